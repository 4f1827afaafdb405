# SPDX-License-Identifier: MIT
"""Skipping a question: the reason, required, said at the field rather than as a failure."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from hireapp.gui.i18n import QT_TRANSLATE_NOOP

NEEDS_REASON = QT_TRANSLATE_NOOP(
    "SkipDialog", "Say why it is skipped: the reason goes into the summary beside the question."
)


class SkipDialog(QDialog):
    """Why a question is skipped; OK only once a reason is typed."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skip question"))
        layout = QVBoxLayout(self)
        question = QLabel(self.tr("Why is “{question}” skipped?").format(question=title))
        question.setWordWrap(True)
        layout.addWidget(question)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for skipping"))
        self.reason.setPlaceholderText(
            self.tr("For example: the candidate has no work experience yet")
        )
        question.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.hint = QLabel(self.tr(NEEDS_REASON))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("S&kip question"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _check(self) -> None:
        given = bool(self.reason.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(given)
        self.hint.setVisible(not given)

    def text(self) -> str:
        return self.reason.text().strip()
