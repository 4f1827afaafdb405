# SPDX-License-Identifier: MIT
"""Help > Keyboard shortcuts (F1): every key, in two columns that fit a laptop's screen."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

Row = tuple[str, str]  # the keys as shown, what they do


def section_html(title: str, rows: Sequence[Row]) -> str:
    """One window's keys as a table: keys never broken across lines, what they do beside."""
    cells = "".join(
        f"<tr><td style='white-space:pre'><b>{html.escape(keys)}</b></td>"
        f"<td>&nbsp;&nbsp;{html.escape(does)}</td></tr>"
        for keys, does in rows
    )
    return f"<h3>{html.escape(title)}</h3><table cellspacing=2>{cells}</table>"


class ShortcutsDialog(QDialog):
    """The sections given, laid out in columns (a list of sections per column)."""

    def __init__(self, columns: Sequence[Sequence[tuple[str, Sequence[Row]]]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.sections: list[QLabel] = []
        for column in columns:
            label = QLabel("".join(section_html(title, rows) for title, rows in column))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.sections.append(label)
            row.addWidget(label, 1)
        layout.addLayout(row)
        note = QLabel(
            self.tr("In menus, buttons and fields, Alt with the underlined letter does the same.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Everything the dialog lists, as the labels' rich text."""
        return "\n".join(label.text() for label in self.sections)
