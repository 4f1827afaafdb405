# SPDX-License-Identifier: MIT
"""Record how a hire is doing at a review point: still employed, the manager's rating on the
rubric's own anchored scales, and measures such as customer satisfaction.

Opened from the Debrief window (Ctrl+Shift+O) for a candidate the panel decided to hire. A review
point already recorded is shown as recorded and can be corrected (the service replaces it and
keeps an audit entry). Every value is checked by the service; a refusal names the field and the
dialog stays open with what was typed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hireapp.errors import HireappError, InvalidInput
from hireapp.gui.i18n import day_text
from hireapp.gui.operations import Operation, error_message
from hireapp.gui.settings import remembered_interviewer
from hireapp.services.outcomes import OutcomeForm, OutcomeInfo, outcome_form, record_outcome
from hireapp.storage.session import Database

BLANK_MEASURE_ROWS = 2


class OutcomeDialog(QDialog):
    """One hire's outcome at one review point."""

    loaded = Signal()  # the form is filled (tests wait on it)
    recorded = Signal(object)  # the OutcomeInfo stored

    def __init__(self, db: Database, candidate_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.candidate_id = candidate_id
        self.form: OutcomeForm | None = None
        self.setWindowTitle(self.tr("Record an outcome"))
        self.intro = QLabel(self.tr("Loading…"))
        self.intro.setWordWrap(True)
        self.review = QComboBox()
        self.review.setAccessibleName(self.tr("Review point"))
        self.employed = QCheckBox(self.tr("Still &employed"))
        self.employed.setChecked(True)
        self.ratings: dict[str, QComboBox] = {}
        self.ratings_box = QGroupBox(self.tr("The manager's rating, on the interview's scales"))
        QFormLayout(self.ratings_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.ratings_box)
        scroll.setAccessibleName(self.tr("The manager's rating"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the ratings themselves
        self.measures = QTableWidget(0, 2)
        self.measures.setHorizontalHeaderLabels([self.tr("Measure"), self.tr("Value")])
        self.measures.horizontalHeader().setStretchLastSection(True)
        self.measures.setAccessibleName(self.tr("Measures, such as customer satisfaction"))
        self.measures.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.measures.setToolTip(
            self.tr(
                "A name (lower-case letters, digits, . _ -) and a number, such as csat 4.3; "
                "Ctrl+Shift+A adds a row"
            )
        )
        self.by = QLineEdit(remembered_interviewer())
        self.by.setAccessibleName(self.tr("Recorded by"))
        top = QFormLayout()
        top.addRow(self.tr("&Review point:"), self.review)
        top.addRow("", self.employed)
        bottom = QFormLayout()
        bottom.addRow(self.tr("Recorded &by:"), self.by)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Return ends the edit of a measure's cell; it must not save the dialog half-typed.
        # Saving is Ctrl+S or the button (Alt with its underlined letter).
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        measures_caption = QLabel(self.tr("&Measures:"))
        measures_caption.setBuddy(self.measures)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(scroll, 3)
        layout.addWidget(measures_caption)
        layout.addWidget(self.measures, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.add_measure_row)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.review.currentIndexChanged.connect(self._show_recorded)
        self.resize(720, 680)
        db_ = db
        Operation(self, lambda: outcome_form(db_, candidate_id), title=self.windowTitle()).success(
            self._fill
        ).failure(self._not_loaded).run()

    # --- filling ------------------------------------------------------------------------------

    def _not_loaded(self, exc: HireappError) -> None:
        self.intro.setText(error_message(exc))
        self._enable(False)
        self.loaded.emit()

    def _enable(self, on: bool) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(on)
        for widget in (self.review, self.employed, self.ratings_box, self.measures, self.by):
            widget.setEnabled(on)

    def _fill(self, form: OutcomeForm) -> None:
        self.form = form
        self.setWindowTitle(self.tr("Outcome: {name}").format(name=form.name))
        if not form.hired:
            self.intro.setText(
                self.tr("Outcomes are recorded for hires: {name} has no hire decision yet. "
                        "Record the decision in the debrief first.").format(name=form.name)
            )  # fmt: skip
            self._enable(False)
            self.loaded.emit()
            return
        self.intro.setText(
            self.tr("How {name} is doing, at a review point after the hire. The manager rates "
                    "on the questions the interview asked, with the same described levels.").format(
                name=form.name)
        )  # fmt: skip
        layout = self.ratings_box.layout()
        assert isinstance(layout, QFormLayout)
        for question in form.questions:
            combo = QComboBox()
            combo.addItem(self.tr("– not rated"), None)
            for level in range(1, 6):
                described = question.anchors.text_for(level)
                label = f"{level}" if described is None else f"{level} – {described}"
                combo.addItem(label, level)
                combo.setItemData(combo.count() - 1, described or "", Qt.ItemDataRole.ToolTipRole)
            combo.setAccessibleName(question.title)
            combo.setAccessibleDescription(question.text)
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.ratings[question.id] = combo
            layout.addRow(question.title, combo)
        # Tab in the order the form reads (the ratings are made now, after the fields below).
        chain = [self.review, self.employed, *self.ratings.values(), self.measures, self.by]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.review.blockSignals(True)
        now = dt.datetime.now(dt.UTC)
        for days in form.review_points:
            due = form.due(days)
            if days in form.recorded:
                note = self.tr(" (recorded)")
            elif due is not None and due > now:
                note = self.tr(" (due {day})").format(day=day_text(due))
            else:
                note = ""
            self.review.addItem(self.tr("%n days after the hire", "", days) + note, days)
        self.review.blockSignals(False)
        self._show_recorded()
        self._enable(True)
        self.review.setFocus()
        self.loaded.emit()

    def _show_recorded(self) -> None:
        """The chosen review point's recorded values, or an empty form."""
        if self.form is None or self.review.currentData() is None:
            return
        recorded: OutcomeInfo | None = self.form.recorded.get(int(self.review.currentData()))
        self.employed.setChecked(True if recorded is None else recorded.still_employed)
        for question_id, combo in self.ratings.items():
            level = None if recorded is None else recorded.ratings.get(question_id)
            combo.setCurrentIndex(0 if level is None else combo.findData(level))
        measures = {} if recorded is None else recorded.measures
        self.measures.setRowCount(0)
        for name, value in measures.items():
            self._measure_row(name, f"{value:g}")
        for _ in range(BLANK_MEASURE_ROWS):
            self._measure_row("", "")
        # Who records: as recorded, else the person using the app (never the last one shown).
        self.by.setText(recorded.recorded_by if recorded is not None and recorded.recorded_by
                        else remembered_interviewer())  # fmt: skip

    def _measure_row(self, name: str, value: str) -> None:
        row = self.measures.rowCount()
        self.measures.insertRow(row)
        self.measures.setItem(row, 0, QTableWidgetItem(name))
        self.measures.setItem(row, 1, QTableWidgetItem(value))

    def add_measure_row(self) -> None:
        self._measure_row("", "")
        self.measures.setCurrentCell(self.measures.rowCount() - 1, 0)
        self.measures.setFocus()

    # --- saving -------------------------------------------------------------------------------

    def _end_edit(self) -> None:
        """A cell still being typed in counts as typed (Ctrl+S before Return or Tab)."""
        if self.measures.state() == QAbstractItemView.State.EditingState:
            # The focus leaving the cell's editor: its delegate commits it and closes it.
            self.measures.setFocus()

    def _measures(self) -> dict[str, float] | None:
        """The measures typed; None (and the problem shown at its row) when one is not valid."""
        self._end_edit()
        found: dict[str, float] = {}
        for row in range(self.measures.rowCount()):
            name_item, value_item = self.measures.item(row, 0), self.measures.item(row, 1)
            name = "" if name_item is None else name_item.text().strip()
            text = "" if value_item is None else value_item.text().strip()
            if not name and not text:
                continue
            try:
                value = float(text.replace(",", "."))
            except ValueError:
                value = math.nan
            if not name or not math.isfinite(value):
                self.problem.setText(
                    self.tr("Measure on row {row}: give a name and a number, such as csat 4.3.")
                    .format(row=row + 1)
                )  # fmt: skip
                self.measures.setCurrentCell(row, 0 if not name else 1)
                self.measures.setFocus()
                return None
            found[name] = value
        return found

    def save(self) -> None:
        if self.form is None or not self.form.hired or self.review.currentData() is None:
            return
        due = self.form.due(int(self.review.currentData()))
        if due is not None and due > dt.datetime.now(dt.UTC):
            self.problem.setText(
                self.tr("This review point is due on {day}: record it then.").format(
                    day=day_text(due))
            )  # fmt: skip
            self.review.setFocus()
            return
        measures = self._measures()
        if measures is None:
            return
        ratings = {
            question_id: int(combo.currentData())
            for question_id, combo in self.ratings.items()
            if combo.currentData() is not None
        }
        db, candidate = self.db, self.candidate_id
        days, employed, by = (
            int(self.review.currentData()),
            self.employed.isChecked(),
            self.by.text(),
        )
        self.problem.setText("")
        Operation(
            self,
            lambda: record_outcome(db, candidate, review_days=days, still_employed=employed,
                                   ratings=ratings, measures=measures, recorded_by=by),
            title=self.tr("Record an outcome"),
        ).success(self._saved).failure(self._refused).run()  # fmt: skip

    def _saved(self, info: OutcomeInfo) -> None:
        self.recorded.emit(info)
        # Closed once the operation that called this is done with its parent (this dialog,
        # deleted on close when opened from the debrief).
        QTimer.singleShot(0, self.accept)

    def _refused(self, exc: HireappError) -> None:
        where = f"{exc.field}: " if isinstance(exc, InvalidInput) else ""
        self.problem.setText(self.tr("Not saved: {problem}").format(
            problem=where + (exc.message if isinstance(exc, InvalidInput) else error_message(exc))
        ))  # fmt: skip
