# SPDX-License-Identifier: MIT
"""The Validity view: does the interview predict how hires do on the job?

For HR and the hiring lead, once hires have outcomes. The first line answers the question the
app was built on (did liking in the first 30 seconds predict how customers rated the person?),
then a table gives the correlation of each interview figure (rows: the first impression, the
structured score, each question) with each outcome (columns: the customers' measure, the
manager's ratings, other measures, still employed), with its 95% interval and n in the cell's
tooltip; a figure whose interval excludes 0 is marked * (a sign, not a colour alone). Below it,
what the structured score adds to the first impression, and the note on range restriction.
Nothing is shown below 30 hires but how far it is ("12 of 30 hires so far").

Read off the GUI thread (services.validity).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hireapp.domain.validity import (
    FIRST_IMPRESSION,
    MIN_HIRES,
    STRUCTURED,
    Correlation,
    Headline,
    strength,
)
from hireapp.errors import HireappError
from hireapp.gui.i18n import locale
from hireapp.gui.operations import Operation, error_message
from hireapp.gui.windows import fit_to_screen
from hireapp.services.outcomes import DEFAULT_REVIEW_DAYS
from hireapp.services.people import list_positions
from hireapp.services.validity import MANAGER_MEAN, STILL_EMPLOYED, Validity, validity
from hireapp.storage.session import Database

SIGNIFICANT = "*"


def _number(value: float) -> str:
    """A figure with two decimals in the locale's way; never "-0.00"."""
    rounded = round(value, 2)
    return locale().toString(rounded + 0.0 if rounded != 0 else 0.0, "f", 2)


class ValidityWindow(QMainWindow):
    """Interview figures against hires' outcomes, for one position or all."""

    loaded = Signal()  # figures shown (tests wait on it)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.result: Validity | None = None
        self.setWindowTitle(self.tr("Validity · hireapp"))
        self.position = QComboBox()
        self.position.setAccessibleName(self.tr("Position"))
        self.position.addItem(self.tr("Every position"), None)
        self.review = QComboBox()
        self.review.setAccessibleName(self.tr("Review point"))
        for days in DEFAULT_REVIEW_DAYS:
            self.review.addItem(self.tr("%n days after the hire", "", days), days)
        choices = QFormLayout()
        choices.addRow(self.tr("&Position:"), self.position)
        choices.addRow(self.tr("&Review point:"), self.review)
        self.headline = QLabel(self.tr("Counting…"))
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setAccessibleName(self.tr("The answer"))
        self.progress = QLabel("")
        self.progress.setWordWrap(True)
        self.progress.setAccessibleName(self.tr("Hires counted"))
        self.figures = self._table(self.tr("Correlations of interview figures with outcomes"))
        self.added = self._table(self.tr("What the structured score adds"))
        self.legend = QLabel(
            self.tr("Each cell: the correlation r (-1 to 1) of the row's interview figure with "
                    "the column's outcome; {mark} its 95% interval excludes 0. The interval and "
                    "n are in the cell's tooltip.").format(mark=SIGNIFICANT)
        )  # fmt: skip
        self.legend.setWordWrap(True)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About range restriction"))
        figures_caption = QLabel(self.tr("&Correlations"))
        figures_caption.setBuddy(self.figures)
        added_caption = QLabel(self.tr("What the structured score &adds to the first impression"))
        added_caption.setBuddy(self.added)
        self.captions = (figures_caption, added_caption)
        body = QWidget()
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addLayout(choices)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.progress)
        layout.addWidget(figures_caption)
        layout.addWidget(self.figures, 3)
        layout.addWidget(self.legend)
        layout.addWidget(added_caption)
        layout.addWidget(self.added, 1)
        layout.addWidget(self.note)
        self.setCentralWidget(body)
        menu = self.menuBar().addMenu(self.tr("&Validity"))
        for text, key, slot in (
            (self.tr("&Refresh"), "F5", self.refresh),
            (self.tr("&Close"), "Ctrl+W", self.close),
        ):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(key))
            act.triggered.connect(slot)
            menu.addAction(act)
            self.addAction(act)
        fit_to_screen(self, 1150, 720)
        self._load_positions()
        self.position.currentIndexChanged.connect(self.refresh)
        self.review.currentIndexChanged.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _table(name: str) -> QTableWidget:
        table = QTableWidget(0, 0)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        return table

    def _load_positions(self) -> None:
        db = self.db
        Operation(self, lambda: list_positions(db), title=self.tr("Positions")).success(
            lambda positions: [self.position.addItem(p.title, p.title) for p in positions]
        ).run()

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.db
        position = self.position.currentData()
        days = int(self.review.currentData())
        self.headline.setText(self.tr("Counting…"))
        Operation(self, lambda: validity(db, position, days), title=self.tr("Validity")).success(
            self._show
        ).failure(self._not_shown).run()

    def _not_shown(self, exc: HireappError) -> None:
        self.headline.setText(html.escape(error_message(exc)))
        self.loaded.emit()

    def _show(self, result: Validity) -> None:
        if result.position != self.position.currentData() or result.review_days != int(
            self.review.currentData()
        ):
            return  # another choice was made meanwhile; its figures come next
        self.result = result
        report = result.report
        question = self.tr(
            "Did liking in the first 30 seconds predict how customers rated this person?"
        )
        self.headline.setText(
            f"<b>{html.escape(question)}</b><br>{html.escape(self.answer(report.headline))}"
        )
        where = result.position or self.tr("Every position")
        hires = report.hires
        if report.ready:
            self.progress.setText(
                self.tr("{where}, outcomes %n days after the hire:", "", result.review_days)
                .format(where=where) + " "
                + self.tr("%n hires with an outcome; n in each figure counts the hires with both "
                          "of its values.", "", hires)
            )  # fmt: skip
        else:
            self.progress.setText(
                self.tr("{where}: {n} of {minimum} hires with an outcome so far. The figures are "
                        "shown from {minimum} on; before that they swing too widely to "
                        "read.").format(where=where, n=hires, minimum=MIN_HIRES)
            )  # fmt: skip
        for widget in (self.figures, self.added, self.legend, *self.captions):
            widget.setVisible(report.ready)
        self._show_figures(result)
        self._show_added(result)
        self.note.setText(
            self.tr(
                "Only people who were hired have outcomes. Those turned down were mostly the ones "
                "who scored low, so the hires' scores cover a narrower range than all "
                "applicants' did, and a correlation computed among hires understates the one "
                "among everyone interviewed: the figures here are, if anything, too low. A weak "
                "correlation can hide an interview that does separate good applicants from poor "
                "ones; it cannot show what the people not hired would have done."
            )
        )
        self.loaded.emit()

    def answer(self, headline: Headline) -> str:
        """The headline's answer in the user's language (the same rule as the domain's words:
        yes or no only when the 95% interval excludes 0)."""
        c = headline.correlation
        if c.n == 0:
            return self.tr("Not known: no customer rating has been recorded for any hire.")
        if c.n < MIN_HIRES:
            return self.tr(
                "Not known yet: {n} of the {minimum} hires it needs have a customer rating."
            ).format(n=c.n, minimum=MIN_HIRES)
        if c.r is None:
            return self.tr("Cannot tell: a value does not vary (n = {n}).").format(n=c.n)
        figure = self.cell_text(c)[1]
        words = {
            "very weakly": self.tr("very weakly"), "weakly": self.tr("weakly"),
            "moderately": self.tr("moderately"), "strongly": self.tr("strongly"),
        }[strength(c.r)]  # fmt: skip
        if not c.excludes_zero:
            return self.tr("Not clearly: {figure}.").format(figure=figure)
        if c.r > 0:
            return self.tr("Yes, {strength}: {figure}.").format(strength=words, figure=figure)
        return self.tr("No, the opposite, {strength}: {figure}.").format(
            strength=words, figure=figure
        )

    def outcome_name(self, name: str) -> str:
        """An outcome as a column header."""
        if name == MANAGER_MEAN:
            return self.tr("Manager's mean rating")
        if name == STILL_EMPLOYED:
            return self.tr("Still employed")
        if name.startswith("manager: "):
            return self.tr("Manager: {question}").format(question=name.removeprefix("manager: "))
        return name

    def predictor_name(self, name: str) -> str:
        if name == FIRST_IMPRESSION:
            return self.tr("First impression")
        if name == STRUCTURED:
            return self.tr("Structured score")
        return name

    def cell_text(self, c: Correlation) -> tuple[str, str]:
        """A correlation as shown in a cell, and its tooltip."""
        if c.r is None:
            return "–", self.tr("Not shown: n = {n}").format(n=c.n)
        text = _number(c.r) + (f" {SIGNIFICANT}" if c.excludes_zero else "")
        if c.low is None or c.high is None:
            return text, self.tr("n = {n}").format(n=c.n)
        tip = self.tr("r = {r}, 95% interval {low} to {high}, n = {n}").format(
            r=_number(c.r), low=_number(c.low), high=_number(c.high), n=c.n
        )
        return text, tip

    def _show_figures(self, result: Validity) -> None:
        table = self.figures
        outcomes = list(result.outcomes) if result.report.ready else []
        predictors: list[str] = []
        for outcome in outcomes:
            for figure in result.figures_for(outcome):
                if figure.predictor not in predictors:
                    predictors.append(figure.predictor)
        table.clear()
        table.setColumnCount(len(outcomes))
        table.setRowCount(len(predictors))
        table.setHorizontalHeaderLabels([self.outcome_name(o) for o in outcomes])
        table.setVerticalHeaderLabels([self.predictor_name(p) for p in predictors])
        for column, outcome in enumerate(outcomes):
            for figure in result.figures_for(outcome):
                text, tip = self.cell_text(figure.correlation)
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(predictors.index(figure.predictor), column, item)

    def _show_added(self, result: Validity) -> None:
        table = self.added
        headers = [self.tr("Outcome"), self.tr("R² impression"), self.tr("R² both"),
                   self.tr("ΔR²"), self.tr("Partial r"), self.tr("n")]  # fmt: skip
        added = {a.outcome: a.added for a in result.report.added_value}
        rows = [o for o in result.outcomes if o in added] if result.report.ready else []
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        table.verticalHeader().setVisible(False)

        def figure(value: float | None) -> str:
            return "–" if value is None else _number(value)

        for row, outcome in enumerate(rows):
            value = added[outcome]
            partial, tip = self.cell_text(value.partial)
            cells = [
                (self.outcome_name(outcome), ""),
                (figure(value.r2_impression), self.tr("R² of the outcome on the first impression")),
                (figure(value.r2_both), self.tr("R² on the first impression and the structured "
                                                "score")),
                (figure(value.delta_r2), self.tr("What adding the structured score adds to R²")),
                (partial, tip),
                (str(value.n), ""),
            ]  # fmt: skip
            for column, (text, cell_tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                if cell_tip:
                    item.setToolTip(cell_tip)
                table.setItem(row, column, item)


def open_validity(db: Database) -> ValidityWindow:
    """A Validity window of its own (non-modal), deleted when closed."""
    window = ValidityWindow(db)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
