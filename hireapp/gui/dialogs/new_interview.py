# SPDX-License-Identifier: MIT
"""Starting an interview: the candidate (or a new one), you as interviewer, the rubric.

The interviewer is remembered between runs: it is the same person on the same laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from hireapp.errors import HireappError
from hireapp.gui.dialogs.candidate import CandidateDialog
from hireapp.gui.forms.ui_new_interview_dialog import Ui_NewInterviewDialog
from hireapp.gui.settings import INTERVIEWER_KEY, remembered_interviewer
from hireapp.services import interviews as service
from hireapp.services.people import (
    CandidateInfo,
    ensure_interviewer,
    list_candidates,
    list_interviewers,
)
from hireapp.services.rubrics import ensure_default_rubric, list_rubric_versions
from hireapp.storage.session import Database


class NewInterviewDialog(QDialog):
    """On accept, `interview_id` is the new interview, or the existing one to resume."""

    def __init__(self, db: Database, candidate_id: int | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.ui = Ui_NewInterviewDialog()
        self.ui.setupUi(self)
        self.interview_id: int | None = None
        self.resumed = False
        self._candidates: list[CandidateInfo] = []
        self._fill_candidates(candidate_id)
        combo = self.ui.candidateCombo
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.currentIndexChanged.connect(self._check)
        combo.editTextChanged.connect(self._check)
        for info in list_interviewers(db):
            self.ui.interviewerCombo.addItem(info.name)
        self.ui.interviewerCombo.setCurrentText(remembered_interviewer())
        self.ui.interviewerCombo.editTextChanged.connect(self._check)
        default = ensure_default_rubric(db)
        for version in list_rubric_versions(db):
            label = f"{version.title} {version.label} ({version.questions} questions)"
            self.ui.rubricCombo.addItem(label, version.id)
        self.ui.rubricCombo.setCurrentIndex(max(0, self.ui.rubricCombo.findData(default.id)))
        self.ui.newCandidateButton.clicked.connect(self._new_candidate)
        self.ui.buttonBox.accepted.connect(self._start)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._check()

    def _fill_candidates(self, select_id: int | None) -> None:
        combo = self.ui.candidateCombo
        combo.blockSignals(True)
        combo.clear()
        self._candidates = list_candidates(self.db)
        for info in self._candidates:
            combo.addItem(f"{info.name} <{info.email}>", info.id)
        index = combo.findData(select_id) if select_id is not None else -1
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setEditText("")
        combo.blockSignals(False)

    def chosen_candidate(self) -> CandidateInfo | None:
        combo = self.ui.candidateCombo
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
        return self._candidates[index] if index >= 0 else None

    def _problem(self) -> str:
        if self.chosen_candidate() is None:
            return "Choose a candidate from the list, or create a new one."
        if not self.ui.interviewerCombo.currentText().strip():
            return "Enter your name as the interviewer."
        return ""

    def _check(self) -> None:
        candidate = self.chosen_candidate()
        self.ui.positionValue.setText("" if candidate is None else candidate.position)
        problem = self._problem()
        self.ui.problemLabel.setText(problem)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def _new_candidate(self) -> None:
        dialog = CandidateDialog(self.db, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self._fill_candidates(dialog.created.id)
            self._check()
            self.ui.interviewerCombo.setFocus()

    def _start(self) -> None:
        candidate = self.chosen_candidate()
        if candidate is None:
            return
        try:
            interviewer = ensure_interviewer(self.db, self.ui.interviewerCombo.currentText())
            existing = service.find_interview(self.db, candidate.id, interviewer.id)
            if existing is not None:
                # One interview per interviewer and candidate: carry on with that one.
                self.interview_id, self.resumed = existing, True
            else:
                self.interview_id = service.start_interview(
                    self.db, candidate=candidate.id, interviewer_id=interviewer.id,
                    rubric_version_id=int(self.ui.rubricCombo.currentData()),
                )  # fmt: skip
        except HireappError as exc:
            self.ui.problemLabel.setText(str(exc))
            return
        QSettings().setValue(INTERVIEWER_KEY, interviewer.name)
        self.accept()
