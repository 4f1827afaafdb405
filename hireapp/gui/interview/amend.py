# SPDX-License-Identifier: MIT
"""Amending a locked first impression: the new values and, required, the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hireapp.gui.interview.pages import anchor_choices
from hireapp.gui.interview.scale import ScaleWidget
from hireapp.services.interviews import ImpressionState

if TYPE_CHECKING:
    from hireapp.domain.rubric import Rubric


class AmendDialog(QDialog):
    """The old values filled in; OK only once a reason is given (it goes to the audit trail)."""

    def __init__(self, rubric: Rubric, current: ImpressionState | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend first impression"))
        section = rubric.first_impression
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "The impression was locked when the questions began. An amendment keeps the "
                "original values and your reason in the audit trail."
            )
        )
        explanation.setWordWrap(True)
        # A wrapped label left to itself takes the height it needs at its narrowest, which
        # opened large blank bands above and below it.
        explanation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(explanation)
        self.scale = ScaleWidget(anchor_choices(section.anchors), self.tr("Likeability"))
        self.scale.set_value(None if current is None else current.score)
        layout.addWidget(self.scale)
        layout.addWidget(QLabel(self.tr("Observed:")))
        cues = QGridLayout()
        self.cue_boxes: dict[str, QCheckBox] = {}
        chosen = set() if current is None else set(current.cues)
        for index, cue in enumerate(section.cues):
            box = QCheckBox(cue.label)
            box.setChecked(cue.id in chosen)
            box.setAccessibleName(self.tr("Cue: {cue}").format(cue=cue.label))
            self.cue_boxes[cue.id] = box
            cues.addWidget(box, index // 3, index % 3)
        layout.addLayout(cues)
        form = QFormLayout()
        self.note = QLineEdit("" if current is None else current.note)
        self.note.setAccessibleName(self.tr("First impression note"))
        form.addRow(self.tr("&Note:"), self.note)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setPlaceholderText(self.tr("Required: why does it change?"))
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addStretch(1)  # room a taller window gets goes below, not between the parts
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus()
        # As wide as the interview's own page, so the levels read in a few lines each.
        # The layout's own minimum height is the wrapped texts' height at its narrowest width,
        # which left a large blank band at this width: the minimum is set here instead.
        width = self.fontMetrics().averageCharWidth() * 130
        height = self.heightForWidth(width)
        if height > 0:
            self.setMinimumSize(width, height)
        self.resize(width, max(height, 0))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()))

    def values(self) -> tuple[int | None, list[str], str, str]:
        """The amended score, cues, note, and the reason."""
        cues = [cue_id for cue_id, box in self.cue_boxes.items() if box.isChecked()]
        return self.scale.value, cues, self.note.text(), self.reason.text()
