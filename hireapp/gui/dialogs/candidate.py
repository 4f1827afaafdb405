# SPDX-License-Identifier: MIT
"""Creating a candidate: name required, email well-formed and not in use."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hireapp.errors import HireappError, InvalidInput
from hireapp.gui.forms.ui_candidate_dialog import Ui_CandidateDialog
from hireapp.services.people import (
    CandidateInfo,
    create_candidate,
    list_positions,
    normalise_email,
)
from hireapp.storage.session import Database


class CandidateDialog(QDialog):
    """Says what is wrong as it is typed; OK only when the candidate can be created."""

    def __init__(self, db: Database, position: str | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.ui = Ui_CandidateDialog()
        self.ui.setupUi(self)
        self.created: CandidateInfo | None = None
        for info in list_positions(db):
            self.ui.positionCombo.addItem(info.title)
        if position:
            self.ui.positionCombo.setCurrentText(position)
        for edit in (self.ui.nameEdit, self.ui.emailEdit):
            edit.textChanged.connect(self._check)
        self.ui.positionCombo.currentTextChanged.connect(self._check)
        self.ui.buttonBox.accepted.connect(self._create)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._check()

    def _problem(self) -> str:
        if not self.ui.nameEdit.text().strip():
            return "Enter the candidate's name."
        email = self.ui.emailEdit.text()
        if not email.strip():
            return "Enter an email: it identifies the candidate across machines."
        try:
            normalise_email(email)
        except InvalidInput as exc:
            return f"Email: {exc.message}."
        if not self.ui.positionCombo.currentText().strip():
            return "Choose or type the position applied for."
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.ui.problemLabel.setText(problem)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def _create(self) -> None:
        try:
            self.created = create_candidate(
                self.db,
                name=self.ui.nameEdit.text(),
                email=self.ui.emailEdit.text(),
                phone=self.ui.phoneEdit.text(),
                position=self.ui.positionCombo.currentText(),
            )
        except HireappError as exc:  # a database problem too: say it where the user looks
            self.ui.problemLabel.setText(str(exc))
            self.ui.emailEdit.setFocus()
            return
        self.accept()
