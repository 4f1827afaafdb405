# SPDX-License-Identifier: MIT
"""View > Language…: the GUI's language, kept for the next start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hireapp.gui import i18n


class LanguageDialog(QDialog):
    """One radio button per language; OK stores the choice, which applies at the next start
    (every window would otherwise need to re-read its texts while open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        self.changed = False
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        current = i18n.chosen()
        self.buttons: dict[str, QRadioButton] = {}
        for language in i18n.choices():
            button = QRadioButton(language.name, self)
            button.setChecked(language.code == current)
            self.group.addButton(button)
            self.buttons[language.code] = button
            layout.addWidget(button)
        note = QLabel(self.tr("The new language applies when hireapp starts again."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def selected(self) -> str:
        """The code of the checked language."""
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return i18n.SYSTEM

    def accept(self) -> None:
        """Overrides QDialog.accept: store the choice when it differs from the stored one."""
        choice = self.selected()
        self.changed = choice != i18n.chosen()
        if self.changed:
            i18n.choose(choice)
        super().accept()
