# SPDX-License-Identifier: MIT
"""Side by side: 2-5 candidates, every question with each one's levels and anchor texts.

One bar chart per rubric section. QtCharts is imported only when the charts are built (this
module itself is imported only when the dialog opens), so start-up never pays for it.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hireapp.domain.formatting import (
    TALLY_ORDER,
    halo_text,
    interviews_explained,
    interviews_text,
    level_text,
    score_text,
    tally_explained,
    tally_text,
)
from hireapp.domain.independence import WITHHELD
from hireapp.errors import HireappError
from hireapp.gui.operations import Operation, error_message, show_warning
from hireapp.services.comparison import QuestionCell, SideBySide, side_by_side
from hireapp.storage.session import Database

_Index = QModelIndex | QPersistentModelIndex
_LOADING = "Loading…"
WITHHELD_TIP = (
    "Hidden until you submit your own interview of this candidate, so that colleagues' scores "
    "cannot colour yours."
)


CHART_LABEL_CHARS = 14
"""A question's title under its bars wraps at about this many characters a line."""


def _wrapped(title: str) -> str:
    """A chart label on as many lines as it needs, never cut short ("Pleasant un…")."""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(title, CHART_LABEL_CHARS))


def _cell_text(cell: QuestionCell) -> str:
    if cell.withheld:
        return WITHHELD
    if cell.mean is None:
        return "skipped" if cell.skipped else "–"
    levels = ", ".join(str(level) for level in cell.levels)
    return f"{level_text(cell.mean)}  ({levels})  {cell.anchor or ''}"


def _cell_tooltip(cell: QuestionCell) -> str:
    if cell.withheld:
        return WITHHELD_TIP
    if cell.mean is None:
        return "Not scored in a submitted interview" + (
            f"; skipped {cell.skipped}×" if cell.skipped else ""
        )
    levels = ", ".join(str(level) for level in cell.levels)
    text = (
        f"Mean level {level_text(cell.mean)} from {levels}.\n"
        f"At this level the rubric says: {cell.anchor}"
    )
    if cell.skipped:
        text += f"\nSkipped in {cell.skipped} interview(s)."
    return text


class SideBySideModel(QAbstractTableModel):
    """Rows: the headline figures, then every question; columns: the candidates."""

    HEADLINES = (
        "Interviews", "Overall", "First impression", "Structured", "Halo gap", "Disagreement",
        "Recommendations",
    )  # fmt: skip
    TOOLTIPS = (
        "Submitted interviews, with drafts still in progress in brackets: 2 (1) is 2 submitted "
        "and 1 draft; drafts count in no figure",
        "Overall score 0-100, mean of submitted interviews",
        "The 30-second likeability, 0-100",
        "Weighted mean of the anchored answers, 0-100",
        "First impression minus structured score, averaged over the interviews with both; "
        "⚠ at a level (25 points) or more",
        "Largest gap between two interviewers' structured scores, in points",
        f"How many submitted interviews recommended {TALLY_ORDER}: 0 / 1 / 2 / 0 is one no and "
        "two yes",
    )

    def __init__(self, data: SideBySide, parent: Any = None) -> None:
        super().__init__(parent)
        self._data = data
        self._questions = [
            (section.title, question) for section in data.sections for question in section.questions
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Overrides QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.HEADLINES) + len(self._questions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Overrides QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self._data.candidates)

    def _headline(self, row: int, column: int) -> str:
        c = self._data.candidates[column]
        if row == 0:
            return interviews_text(c.submitted, c.drafts)
        if c.withheld:
            return WITHHELD
        if row in (1, 2, 3):
            return score_text((c.overall, c.impression, c.structured)[row - 1], "–")
        if row == 4:
            return halo_text(c.halo_gap, c.halo, "–")
        if row == 5:
            return score_text(c.disagreement, "–")
        return tally_text(c.recommendations)

    def _headline_tooltip(self, row: int, column: int) -> str:
        c = self._data.candidates[column]
        if row == 0:
            return interviews_explained(c.submitted, c.drafts)
        if c.withheld:
            return WITHHELD_TIP
        if row == len(self.HEADLINES) - 1 and c.recommendations and c.submitted:
            return f"{self.TOOLTIPS[row]}.\n{c.name}: {tally_explained(c.recommendations)}."
        return self.TOOLTIPS[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Overrides QAbstractTableModel.data."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row < len(self.HEADLINES):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headline(row, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._headline_tooltip(row, column)
            return None
        cell = self._questions[row - len(self.HEADLINES)][1].cells[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _cell_tooltip(cell)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Overrides QAbstractTableModel.headerData."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._data.candidates):
                return self._data.candidates[section].name
            return None
        if 0 <= section < len(self.HEADLINES):
            return self.HEADLINES[section]
        if 0 <= section - len(self.HEADLINES) < len(self._questions):
            return self._questions[section - len(self.HEADLINES)][1].title
        return None


class SideBySideDialog(QDialog):
    """The chosen candidates question by question, with a chart per section."""

    loaded = Signal()

    def __init__(
        self, db: Database, candidate_ids: Sequence[int], parent: QWidget | None = None,
        viewer_id: int | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle("Side by side")
        self.resize(1100, 760)
        self.status = QLabel(_LOADING)
        self.status.setWordWrap(True)
        self.table = QTableView()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.charts_box = QWidget()
        self.charts_layout = QVBoxLayout(self.charts_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 3)
        layout.addWidget(scroll, 2)
        layout.addWidget(buttons)
        self.data: SideBySide | None = None
        self.chart_views: list[QWidget] = []
        ids = list(candidate_ids)
        operation = (
            Operation(self, lambda: side_by_side(db, ids, viewer_id), title="Side by side")
            .success(self._show)
            .failure(self._failed)
        )
        operation.finished.connect(self._over)
        operation.run()

    def _show(self, data: SideBySide) -> None:
        self.data = data
        names = ", ".join(c.name for c in data.candidates)
        self.setWindowTitle(f"Side by side: {names}")
        text = (
            "Each cell: the mean level over submitted interviews, each interviewer's level in "
            "brackets, and what the rubric describes at that level. Hover for details."
        )
        if data.withheld:
            hidden = ", ".join(c.name for c in data.withheld)
            text += (
                f"\nScores of {hidden} are {WITHHELD} your own interview: colleagues' scores "
                "stay hidden until then, and the charts leave them out."
            )
        self.status.setText(text)
        model = SideBySideModel(data, self.table)
        self.table.setModel(model)
        self.table.resizeRowsToContents()
        for n, section in enumerate(data.sections):
            view = self._chart(data, n)
            self.chart_views.append(view)
            self.charts_layout.addWidget(QLabel(f"<b>{html.escape(section.title)}</b>"))
            self.charts_layout.addWidget(view)

    def _chart(self, data: SideBySide, section_index: int) -> QWidget:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QValueAxis,
        )

        section = data.sections[section_index]
        series = QBarSeries()
        for n, candidate in enumerate(data.candidates):
            if candidate.withheld:
                continue  # an empty bar would read as a score of 0
            bars = QBarSet(candidate.name)
            # An unscored question shows as an empty bar (0) rather than hiding the category.
            bars.append([q.cells[n].mean or 0.0 for q in section.questions])
            series.append(bars)
        chart = QChart()
        chart.setTitle(f"{section.title}: mean level per question")
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_wrapped(q.title) for q in section.questions])
        categories.setTruncateLabels(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        levels = QValueAxis()
        levels.setRange(0, 5)
        levels.setTickCount(6)
        levels.setLabelFormat("%d")
        levels.setTitleText("Level (1-5)")
        chart.addAxis(levels, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(levels)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(320)
        return view

    def _failed(self, exc: HireappError) -> None:
        # Said in a message over the table, not as one line in an empty window; the dialog goes.
        self.status.setText(f"The comparison could not be loaded: {error_message(exc)}")
        show_warning(
            self.parentWidget(),
            "Side by side",
            f"The candidates cannot be compared side by side.\n\n{error_message(exc)}",
        )
        self.close()

    def _over(self, ok: bool) -> None:
        if not ok and self.data is None and self.status.text() == _LOADING:
            self.status.setText("The comparison could not be loaded.")
        self.loaded.emit()
