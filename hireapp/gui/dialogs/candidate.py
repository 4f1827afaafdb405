# SPDX-License-Identifier: MIT
"""Creating a candidate: name required, email well-formed and not in use."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hireapp.errors import HireappError, InvalidInput
from hireapp.gui.dialogs.keys import enter_accepts
from hireapp.gui.forms.ui_candidate_dialog import Ui_CandidateDialog
from hireapp.services.people import (
    CandidateInfo,
    clean_phone,
    clean_text,
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
        for edit in (self.ui.nameEdit, self.ui.emailEdit, self.ui.phoneEdit):
            edit.textChanged.connect(self._check)
        self.ui.positionCombo.currentTextChanged.connect(self._check)
        self.ui.buttonBox.accepted.connect(self._create)
        self.ui.buttonBox.rejected.connect(self.reject)
        # Enter in Position, after it completed the name of a known position, creates at once.
        enter_accepts(
            self.ui.positionCombo, self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        )
        # A screen reader names the line edit typed into, not the combo box around it.
        line = self.ui.positionCombo.lineEdit()
        line.setAccessibleName(self.ui.positionCombo.accessibleName())
        line.setAccessibleDescription(self.tr("Choose a position or type a new one."))
        self._check()

    def _problem(self) -> str:
        """What stops the candidate being created, in the words of the field at fault."""
        if not self.ui.nameEdit.text().strip():
            return self.tr("Enter the candidate's name.")
        if not self.ui.emailEdit.text().strip():
            return self.tr("Enter an email: it identifies the candidate across machines.")
        if not self.ui.positionCombo.currentText().strip():
            return self.tr("Choose or type the position applied for.")
        try:
            # The same checks the service makes, control characters included, as it is typed.
            clean_text("name", self.ui.nameEdit.text())
            normalise_email(self.ui.emailEdit.text())
            clean_phone(self.ui.phoneEdit.text())
            clean_text("position", self.ui.positionCombo.currentText())
        except InvalidInput as exc:
            fields = {
                "name": self.tr("Name"),
                "email": self.tr("Email"),
                "phone": self.tr("Phone"),
                "position": self.tr("Position"),
            }
            field = fields.get(exc.field, exc.field.capitalize())
            return self.tr("{field}: {problem}.").format(field=field, problem=exc.message)
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.ui.problemLabel.setText(problem)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def _field_widget(self, error: HireappError) -> QWidget:
        """The input an error is about (the email, for a conflict over it or anything else)."""
        field = error.field if isinstance(error, InvalidInput) else "email"
        widgets: dict[str, QWidget] = {
            "name": self.ui.nameEdit,
            "phone": self.ui.phoneEdit,
            "position": self.ui.positionCombo,
        }
        email: QWidget = self.ui.emailEdit
        return widgets.get(field, email)

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
            self._field_widget(exc).setFocus()
            return
        self.accept()
