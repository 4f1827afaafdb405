# SPDX-License-Identifier: MIT
"""Offered on start: the interviews that were begun and not submitted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hireapp.services.interviews import UnfinishedInterview


def _where(page: str | None) -> str:
    if not page or page == "impression":
        return "at the first impression"
    if page == "wrap-up":
        return "at the wrap-up"
    return f"at question “{page.split(':', 1)[1]}”"


class ResumeDialog(QDialog):
    """Lists unfinished interviews, newest first; `chosen` is the one to resume."""

    def __init__(self, pending: Sequence[UnfinishedInterview],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle("Unfinished interviews")
        self.chosen: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            "These interviews were started and not submitted. Everything entered so far is "
            "saved; resume one where it stopped."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName("Unfinished interviews")
        for interview in pending:
            when = interview.updated_at.astimezone()
            item = QListWidgetItem(
                f"{interview.candidate_name} · {interview.position} · {interview.interviewer}"
                f" · {when:%Y-%m-%d %H:%M} · {_where(interview.current_page)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, interview.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        resume = buttons.addButton("&Resume", QDialogButtonBox.ButtonRole.AcceptRole)
        resume.setDefault(True)
        buttons.addButton("&Later", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def accept(self) -> None:
        """Overrides QDialog.accept: remembers the chosen interview."""
        item = self.list.currentItem()
        self.chosen = None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
