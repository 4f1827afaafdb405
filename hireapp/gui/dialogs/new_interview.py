# SPDX-License-Identifier: MIT
"""Starting an interview: the candidate (or a new one), you as interviewer, the rubric.

The interviewer is remembered between runs: it is the same person on the same laptop. Each
interviewer interviews a candidate once: when you already have an interview of the chosen
candidate, the dialog says so and its button opens that one (read only once submitted) instead
of starting another. The candidate box offers every candidate whose name or email holds each word
typed, case and accents aside ("zoe" finds "Zoë"), by the one rule of `hireapp.domain.search`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QStringListModel, QTimer
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QPushButton, QWidget

from hireapp.domain.search import matches, search_text
from hireapp.errors import HireappError
from hireapp.gui import i18n
from hireapp.gui.dialogs.candidate import CandidateDialog
from hireapp.gui.dialogs.keys import enter_accepts
from hireapp.gui.forms.ui_new_interview_dialog import Ui_NewInterviewDialog
from hireapp.gui.settings import INTERVIEWER_KEY, remembered_interviewer
from hireapp.services import interviews as service
from hireapp.services.drafts import OwnInterview, own_interview
from hireapp.services.people import (
    CandidateInfo,
    ensure_interviewer,
    list_candidates,
    list_interviewers,
)
from hireapp.services.rubrics import (
    ensure_default_rubric,
    list_rubric_versions,
    rubric_for_position,
)
from hireapp.storage.session import Database


def _button_text(kind: str) -> str:
    """The start button's text: start a new interview, open a submitted one, resume a draft."""
    texts = {
        "start": QCoreApplication.translate("NewInterviewDialog", "&Start interview"),
        "open": QCoreApplication.translate("NewInterviewDialog", "&Open interview"),
        "resume": QCoreApplication.translate("NewInterviewDialog", "&Resume interview"),
    }
    return texts[kind]


class NewInterviewDialog(QDialog):
    """On accept, `interview_id` is the new interview, or the existing one to resume.

    `existing` is the interview the chosen interviewer already has of the chosen candidate, if
    any; `resumed` is True when that one was opened rather than a new one started.
    """

    def __init__(self, db: Database, candidate_id: int | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.ui = Ui_NewInterviewDialog()
        self.ui.setupUi(self)
        self.interview_id: int | None = None
        self.resumed = False
        self.existing: OwnInterview | None = None
        self._candidates: list[CandidateInfo] = []
        self._haystacks: dict[str, str] = {}
        self.start_button: QPushButton = self.ui.buttonBox.button(
            QDialogButtonBox.StandardButton.Ok
        )
        self.start_button.setText(_button_text("start"))
        combo = self.ui.candidateCombo
        # The completer offers the candidates whose name or email holds every word typed,
        # accents and case aside; it is refilled as the user types.
        self._matches = QStringListModel(self)
        self.completer = QCompleter(self._matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        combo.setCompleter(self.completer)
        self._fill_candidates(candidate_id)
        combo.lineEdit().textEdited.connect(self._offer_matches)
        combo.currentIndexChanged.connect(self._check)
        combo.editTextChanged.connect(self._check)
        for info in list_interviewers(db):
            self.ui.interviewerCombo.addItem(info.name)
        self.ui.interviewerCombo.setCurrentText(remembered_interviewer())
        self.ui.interviewerCombo.editTextChanged.connect(self._check)
        default = ensure_default_rubric(db)
        for version in list_rubric_versions(db):
            label = self.tr("{title} {version} (%n questions)", "", version.questions).format(
                title=version.title, version=version.label
            )
            self.ui.rubricCombo.addItem(label, version.id)
        self.ui.rubricCombo.setCurrentIndex(max(0, self.ui.rubricCombo.findData(default.id)))
        # The position's own rubric, unless the interviewer picks another (by id, cached).
        self._rubric_picked = False
        self._position_rubrics: dict[int, int] = {}
        self.ui.rubricCombo.activated.connect(self._rubric_chosen)
        self.ui.newCandidateButton.clicked.connect(self._new_candidate)
        self.ui.buttonBox.accepted.connect(self._start)
        self.ui.buttonBox.rejected.connect(self.reject)
        # Enter after an inline completion of the interviewer's name starts at once.
        enter_accepts(self.ui.interviewerCombo, self.start_button)
        # The keyboard types into an editable combo box's line edit: a screen reader says that
        # field's name, so it carries the combo box's name and says what typing does.
        hints = {
            self.ui.candidateCombo: self.tr(
                "Type part of a name or email: the candidates who match are offered."
            ),
            self.ui.interviewerCombo: self.tr("Your name; a name not yet listed is added."),
        }
        for editable, hint in hints.items():
            line = editable.lineEdit()
            line.setAccessibleName(editable.accessibleName())
            line.setAccessibleDescription(hint)
        self._check()

    def _fill_candidates(self, select_id: int | None) -> None:
        combo = self.ui.candidateCombo
        combo.blockSignals(True)
        combo.clear()
        self._candidates = list_candidates(self.db)
        self._haystacks = {}
        for info in self._candidates:
            label = f"{info.name} <{info.email}>"
            combo.addItem(label, info.id)
            self._haystacks[label] = search_text((info.name, info.email))
        index = combo.findData(select_id) if select_id is not None else -1
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setEditText("")
        combo.blockSignals(False)

    def matching(self, typed: str) -> list[str]:
        """The candidates (as listed) whose name and email hold every word typed."""
        return [label for label, haystack in self._haystacks.items() if matches(typed, haystack)]

    def _offer_matches(self, typed: str) -> None:
        found = self.matching(typed) if typed.strip() else []
        self._matches.setStringList(found)
        if found and found != [typed]:
            self.completer.complete()
            # After the line edit has had its say about the popup (it unmarks every row).
            QTimer.singleShot(0, self._mark_first_match)
        else:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()

    def _mark_first_match(self) -> None:
        """Mark the first match, so that Enter takes it; without telling the line edit, which
        would replace what is being typed with it."""
        popup = self.completer.popup()
        if popup is None or not popup.isVisible() or popup.currentIndex().isValid():
            return
        self.completer.blockSignals(True)
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        self.completer.blockSignals(False)

    def chosen_candidate(self) -> CandidateInfo | None:
        combo = self.ui.candidateCombo
        text = combo.currentText()
        for index in range(combo.count()):
            if combo.itemText(index) == text:
                return self._candidates[index]
        return None

    def _problem(self) -> str:
        if self.chosen_candidate() is None:
            return self.tr("Choose a candidate from the list, or create a new one.")
        if not self.ui.interviewerCombo.currentText().strip():
            return self.tr("Enter your name as the interviewer.")
        return ""

    def _notice(self, existing: OwnInterview | None) -> str:
        if existing is None:
            return ""
        once = self.tr(
            "Each interviewer interviews a candidate once, so no second interview is started; "
            "Open interview shows yours (read only)."
        )
        if existing.submitted and existing.submitted_at is None:
            text = self.tr("You already interviewed {name}: submitted.")
            return text.format(name=existing.candidate_name) + " " + once
        if existing.submitted and existing.submitted_at is not None:
            text = self.tr("You already interviewed {name}: submitted on {day}.")
            day = i18n.day_text(existing.submitted_at)
            return text.format(name=existing.candidate_name, day=day) + " " + once
        return self.tr(
            "You already started interviewing {name} on {day} and have not submitted it. "
            "Resume interview carries on where it stopped."
        ).format(name=existing.candidate_name, day=i18n.day_text(existing.started_at))

    def _rubric_chosen(self) -> None:
        self._rubric_picked = True
        self.ui.rubricCombo.setToolTip(self.tr("Chosen for this interview"))

    def _follow_position_rubric(self, candidate: CandidateInfo) -> None:
        """Select the rubric the candidate's position uses, unless one was picked by hand."""
        if self._rubric_picked:
            return
        version = self._position_rubrics.get(candidate.position_id)
        if version is None:
            try:
                version = rubric_for_position(self.db, candidate.position_id)
            except HireappError:
                return  # the rubric shown stays; starting will say what is wrong
            self._position_rubrics[candidate.position_id] = version
        combo = self.ui.rubricCombo
        index = combo.findData(version)
        if index >= 0:
            combo.setCurrentIndex(index)
            combo.setToolTip(
                self.tr("The rubric new interviews for {position} use").format(
                    position=candidate.position
                )
            )

    def _check(self) -> None:
        candidate = self.chosen_candidate()
        self.ui.positionValue.setText("" if candidate is None else candidate.position)
        if candidate is not None:
            self._follow_position_rubric(candidate)
        problem = self._problem()
        self.existing = None
        if not problem and candidate is not None:
            try:
                self.existing = own_interview(
                    self.db, candidate.id, self.ui.interviewerCombo.currentText()
                )
            except HireappError as exc:  # a database problem: said where the user looks
                problem = str(exc)
        self.ui.noticeLabel.setText(self._notice(self.existing))
        self.ui.noticeLabel.setVisible(self.existing is not None)
        if self.existing is None:
            self.start_button.setText(_button_text("start"))
        else:
            self.start_button.setText(_button_text("open" if self.existing.submitted else "resume"))
        self.ui.problemLabel.setText(problem)
        self.start_button.setEnabled(not problem)

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
                # One interview per interviewer and candidate: the dialog said so and offered it.
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
