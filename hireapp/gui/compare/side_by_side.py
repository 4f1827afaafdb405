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

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
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

from hireapp.domain.formatting import interviews_text, level_text, score_text, tally_text
from hireapp.errors import HireappError
from hireapp.gui.compare.model import gap_cell
from hireapp.gui.compare.words import (
    fair_explained,
    fair_text,
    interval_text,
    interviews_explained,
    tally_explained,
    tally_order,
    withheld,
    withheld_tip,
)
from hireapp.gui.i18n import QT_TRANSLATE_NOOP
from hireapp.gui.models.text import english_plural, figure
from hireapp.gui.operations import Operation, error_message, show_warning
from hireapp.services.comparison import QuestionCell, SideBySide, side_by_side
from hireapp.services.comparison.fair import FairScore
from hireapp.storage.session import Database

translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex


def _fair_words(fair: FairScore) -> str:
    return fair_explained(fair.raw, fair.adjusted, fair.low, fair.high, fair.single_interviewer)


def _loading() -> str:
    return translate("SideBySide", "Loading…")


CHART_LABEL_CHARS = 14
"""A question's title under its bars wraps at about this many characters a line."""

# Each candidate's bars carry a pattern as well as a colour, so the bars and the legend tell the
# candidates apart for a reader who cannot tell the colours apart (or prints in black and white).
BAR_PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
)


def _wrapped(title: str) -> str:
    """A chart label on as many lines as it needs, never cut short ("Pleasant un…")."""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(title, CHART_LABEL_CHARS))


def _cell_text(cell: QuestionCell) -> str:
    if cell.withheld:
        return withheld()
    if cell.mean is None:
        return translate("SideBySide", "skipped") if cell.skipped else "–"
    levels = ", ".join(str(level) for level in cell.levels)
    return f"{figure(level_text(cell.mean))}  ({levels})  {cell.anchor or ''}"


def _cell_tooltip(cell: QuestionCell) -> str:
    if cell.withheld:
        return withheld_tip()
    if cell.mean is None:
        text = translate("SideBySide", "Not scored in a submitted interview")
        if cell.skipped:
            text += translate("SideBySide", "; skipped {count}×").format(count=cell.skipped)
        return text
    levels = ", ".join(str(level) for level in cell.levels)
    text = translate(
        "SideBySide", "Mean level {mean} from {levels}.\nAt this level the rubric says: {anchor}"
    ).format(mean=figure(level_text(cell.mean)), levels=levels, anchor=cell.anchor)
    skipped = cell.skipped  # a plain name: lupdate skips a count written as an attribute
    if skipped:
        text += "\n" + english_plural(
            translate("SideBySide", "Skipped in %n interview(s).", None, skipped), skipped
        )
    return text


def _cell_accessible(cell: QuestionCell) -> str:
    """A question cell for assistive technology: the level in words, then the anchor."""
    if cell.withheld or cell.mean is None:
        return _cell_text(cell)
    levels = ", ".join(str(level) for level in cell.levels)
    return translate(
        "SideBySide", "Mean level {mean}; each interviewer's level: {levels}. {anchor}"
    ).format(mean=figure(level_text(cell.mean)), levels=levels, anchor=cell.anchor or "")


class SideBySideModel(QAbstractTableModel):
    """Rows: the headline figures, then every question; columns: the candidates."""

    # English sources; headerData and the tooltips show them translated.
    HEADLINES = (
        QT_TRANSLATE_NOOP("SideBySide", "Interviews"),
        QT_TRANSLATE_NOOP("SideBySide", "Overall"),
        QT_TRANSLATE_NOOP("SideBySide", "First impression"),
        QT_TRANSLATE_NOOP("SideBySide", "Structured"),
        QT_TRANSLATE_NOOP("SideBySide", "Fair score (80% interval)"),
        QT_TRANSLATE_NOOP("SideBySide", "Halo gap"),
        QT_TRANSLATE_NOOP("SideBySide", "Disagreement"),
        QT_TRANSLATE_NOOP("SideBySide", "Recommendations"),
    )
    TOOLTIPS = (
        QT_TRANSLATE_NOOP("SideBySide", "Submitted interviews, with drafts still in progress in "
                          "brackets: 2 (1) is 2 submitted and 1 draft; drafts count in no figure"),
        QT_TRANSLATE_NOOP("SideBySide", "Overall score 0-100, mean of submitted interviews"),
        QT_TRANSLATE_NOOP("SideBySide", "The 30-second likeability, 0-100"),
        QT_TRANSLATE_NOOP("SideBySide", "Weighted mean of the anchored answers, 0-100"),
        QT_TRANSLATE_NOOP("SideBySide", "The structured score with the interviewers' leniency or "
                          "severity taken out, fitted over the position's candidates, with its "
                          "80% interval; † when one interviewer only saw the candidate"),
        QT_TRANSLATE_NOOP("SideBySide", "First impression minus structured score, averaged over "
                          "the interviews with both; ⚠ at a level (25 points) or more"),
        QT_TRANSLATE_NOOP("SideBySide", "Largest gap between two interviewers' structured "
                          "scores, in points"),
        QT_TRANSLATE_NOOP("SideBySide", "How many submitted interviews recommended {order}: "
                          "0 / 1 / 2 / 0 is one no and two yes"),
    )  # fmt: skip

    FAIR, HALO, DISAGREEMENT = 4, 5, 6  # rows of the headlines named above

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
            return withheld()
        if row in (1, 2, 3):
            return score_text((c.overall, c.impression, c.structured)[row - 1], "–")
        if row == self.FAIR:
            if c.fair is None:
                return "–"
            return f"{fair_text(c.fair.adjusted, c.fair.single_interviewer)} " + translate(
                "SideBySide", "({interval})"
            ).format(interval=interval_text(c.fair.low, c.fair.high))
        if row == self.HALO:
            return gap_cell(c.halo_gap, c.halo) or "–"
        if row == self.DISAGREEMENT:
            return score_text(c.disagreement, "–")
        return tally_text(c.recommendations)

    def _headline_accessible(self, row: int, column: int) -> str:
        """A headline for assistive technology: the flag and the tally in words."""
        c = self._data.candidates[column]
        if row == 0:
            return interviews_explained(c.submitted, c.drafts)
        if not c.withheld and row == self.FAIR and c.fair is not None:
            return _fair_words(c.fair)
        if not c.withheld and row == self.HALO and c.halo_gap is not None and c.halo:
            return translate("SideBySide", "{points} points, halo flag").format(
                points=gap_cell(c.halo_gap, False)
            )
        if not c.withheld and row == len(self.HEADLINES) - 1 and c.submitted:
            return tally_explained(c.recommendations)
        return self._headline(row, column)

    def _headline_tip(self, row: int) -> str:
        return translate("SideBySide", self.TOOLTIPS[row]).format(order=tally_order())

    def _headline_tooltip(self, row: int, column: int) -> str:
        c = self._data.candidates[column]
        if row == 0:
            return interviews_explained(c.submitted, c.drafts)
        if c.withheld:
            return withheld_tip()
        if row == len(self.HEADLINES) - 1 and c.recommendations and c.submitted:
            return f"{self._headline_tip(row)}.\n{c.name}: {tally_explained(c.recommendations)}."
        if row == self.FAIR and c.fair is not None:
            return f"{c.name}: {_fair_words(c.fair)}"
        return self._headline_tip(row)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Overrides QAbstractTableModel.data."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        tip_roles = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)
        if row < len(self.HEADLINES):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headline(row, column)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self._headline_accessible(row, column)
            if role in tip_roles:
                return self._headline_tooltip(row, column)
            return None
        cell = self._questions[row - len(self.HEADLINES)][1].cells[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(cell)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _cell_accessible(cell)
        if role in tip_roles:
            return _cell_tooltip(cell)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Overrides QAbstractTableModel.headerData."""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._data.candidates):
                return self._data.candidates[section].name
            return None
        if 0 <= section < len(self.HEADLINES):
            return translate("SideBySide", self.HEADLINES[section])
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
        self.setWindowTitle(translate("SideBySide", "Side by side"))
        self.resize(1100, 760)
        self.status = QLabel(_loading())
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("SideBySide", "How to read the comparison"))
        self.table = QTableView()
        self.table.setAccessibleName(translate("SideBySide", "Candidates question by question"))
        self.table.setAccessibleDescription(
            translate(
                "SideBySide",
                "One column per candidate: the headline figures, then each question's mean "
                "level, each interviewer's level and the rubric's words for it",
            )
        )
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.charts_box = QWidget()
        self.charts_layout = QVBoxLayout(self.charts_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts_box)
        scroll.setAccessibleName(translate("SideBySide", "Charts per section"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 3)
        layout.addWidget(scroll, 2)
        layout.addWidget(buttons)
        self.data: SideBySide | None = None
        self._answered = False  # a handler ran: the status line no longer says "Loading…"
        self.chart_views: list[QWidget] = []
        ids = list(candidate_ids)
        operation = (
            Operation(
                self,
                lambda: side_by_side(db, ids, viewer_id),
                title=translate("SideBySide", "Side by side"),
            )
            .success(self._show)
            .failure(self._failed)
        )
        operation.finished.connect(self._over)
        operation.run()

    def _show(self, data: SideBySide) -> None:
        self.data = data
        self._answered = True
        names = ", ".join(c.name for c in data.candidates)
        self.setWindowTitle(translate("SideBySide", "Side by side: {names}").format(names=names))
        text = translate(
            "SideBySide",
            "Each cell: the mean level over submitted interviews, each interviewer's level in "
            "brackets, and what the rubric describes at that level. Hover for details.",
        )
        if data.withheld:
            hidden = ", ".join(c.name for c in data.withheld)
            text += "\n" + translate(
                "SideBySide",
                "Scores of {names} are {withheld} your own interview: colleagues' scores stay "
                "hidden until then, and the charts leave them out.",
            ).format(names=hidden, withheld=withheld())
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
        if self.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5:
            # A light chart in a dark window glares; the dark theme keeps its text readable.
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setTitle(
            translate("SideBySide", "{section}: mean level per question").format(
                section=section.title
            )
        )
        chart.addSeries(series)
        for n, bars in enumerate(series.barSets()):
            # After addSeries, when the chart's theme has given each set its colour.
            bars.setBrush(QBrush(bars.color(), BAR_PATTERNS[n % len(BAR_PATTERNS)]))
            bars.setPen(QPen(bars.color(), 1.5))  # the outline shows a hatched bar whole
        categories = QBarCategoryAxis()
        categories.append([_wrapped(q.title) for q in section.questions])
        categories.setTruncateLabels(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        levels = QValueAxis()
        levels.setRange(0, 5)
        levels.setTickCount(6)
        levels.setLabelFormat("%d")
        levels.setTitleText(translate("SideBySide", "Level (1-5)"))
        chart.addAxis(levels, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(levels)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(320)
        view.setAccessibleName(chart.title())
        view.viewport().setAccessibleName(chart.title())
        view.setAccessibleDescription(
            translate(
                "SideBySide",
                "Bars per question, one per candidate, each candidate with its own pattern; the "
                "table above holds the same levels as text",
            )
        )
        return view

    def _failed(self, exc: HireappError) -> None:
        self._answered = True
        # Said in a message over the table, not as one line in an empty window; the dialog goes.
        self.status.setText(
            translate("SideBySide", "The comparison could not be loaded: {reason}").format(
                reason=error_message(exc)
            )
        )
        show_warning(
            self.parentWidget(),
            translate("SideBySide", "Side by side"),
            translate("SideBySide", "The candidates cannot be compared side by side.")
            + "\n\n"
            + error_message(exc),
        )
        self.close()

    def _over(self, ok: bool) -> None:
        if not ok and not self._answered:
            self.status.setText(translate("SideBySide", "The comparison could not be loaded."))
        self.loaded.emit()
