# SPDX-License-Identifier: MIT
"""The Insight dialog: halo, interviewer calibration and agreement, each explained in plain words.

The figures come from hireapp.services.comparison.insight in the background; the formulas and
their limits are in docs/insight.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hireapp.domain.statistics import HALO_THRESHOLD, LEVEL_POINTS, MIN_CORRELATION_PAIRS
from hireapp.gui.workers import run_in_background
from hireapp.services.comparison import Insight, insight
from hireapp.storage.session import Database

_Index = QModelIndex | QPersistentModelIndex

HALO_TEXT = (
    "<b>Halo: where the first impression and the evidence disagree.</b> For every submitted "
    "interview, the 30-second likeability and the structured score (the anchored answers) are "
    "both on 0-100, where one anchor level is 25 points. The gap is impression minus structured. "
    f"A candidate is flagged ⚠ when the mean gap is {HALO_THRESHOLD:.0f} points (one level) or "
    "more either way. A large positive gap means the candidate was liked more than their answers "
    "support, so check that liking is not deciding; a large negative gap means good answers from "
    "someone who made a weak first impression."
)
CALIBRATION_TEXT = (
    "<b>Interviewers: leniency and what their first impression predicts.</b> "
    "<i>Leniency</i> compares each interviewer with the colleagues who interviewed the same "
    "candidates: for each shared candidate, their structured score minus the mean of the others' "
    "scores, averaged. +10 means they score about 10 points (0.4 of a level) higher than "
    "colleagues who saw the same people; read figures near 0 as calibrated. "
    "<i>Impression → score</i> is the correlation (Pearson's r, -1 to 1) between their "
    "first impressions and their own structured scores: near 1, their answers' scores follow "
    "their first liking closely, which may be a halo in their scoring; near 0, they score the "
    f"answers independently of it. It needs at least {MIN_CORRELATION_PAIRS} interviews with "
    "both parts and some variation. <i>Mean gap</i> and <i>flagged</i> show how often their own "
    "interviews have a halo gap."
)
AGREEMENT_TEXT = (
    "<b>Agreement: is a question scored consistently?</b> For each question, the intraclass "
    "correlation ICC(1) says how much of the variation in its scores lies between candidates "
    "rather than between interviewers scoring the same candidate. 1 means interviewers always "
    "agree; near 0 means a score says more about who asked than about the candidate. Read below "
    ".5 as poor, .5-.75 moderate, .75-.9 good, above .9 excellent. <i>Spread</i> is the typical "
    "difference, in levels, between two interviewers' scores of the same candidate. Questions "
    "with poor agreement need clearer anchors or interviewer training."
)


def _num(value: float | None, fmt: str) -> str:
    return "–" if value is None else format(value, fmt)


class RecordsModel(QAbstractTableModel):
    """A small read-only table of prepared text, with a tooltip per row."""

    def __init__(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], parent: Any = None,
        tooltips: Sequence[str] = (), numeric_from: int = 1,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._tooltips = list(tooltips)
        self._numeric_from = numeric_from

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Overrides QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Overrides QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Overrides QAbstractTableModel.data."""
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.row() < len(self._tooltips):
            return self._tooltips[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self._numeric_from:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Overrides QAbstractTableModel.headerData."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


def _page(text: str, *tables: tuple[str, RecordsModel]) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    explanation = QLabel(text, wordWrap=True)
    explanation.setTextFormat(Qt.TextFormat.RichText)
    layout.addWidget(explanation)
    for title, model in tables:
        if title:
            layout.addWidget(QLabel(f"<b>{title}</b>"))
        view = QTableView()
        view.setModel(model)
        model.setParent(view)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view, 1)
    return page


def halo_model(data: Insight) -> RecordsModel:
    rows, tips = [], []
    for h in data.halo_candidates:
        rows.append([h.name, f"{h.impression:.0f}", f"{h.structured:.0f}", f"{h.gap:+.0f}",
                     f"{h.gap / LEVEL_POINTS:+.1f}"])  # fmt: skip
        tips.append(
            f"{h.name}: impression {h.impression:.0f}, answers {h.structured:.0f}; "
            + (
                "liked more than the answers support"
                if h.gap > 0
                else "answers better than the first impression"
            )
        )
    headers = ["Candidate", "First impression", "Structured", "Gap (points)", "Gap (levels)"]
    return RecordsModel(headers, rows, tooltips=tips)


def interviewer_model(data: Insight) -> RecordsModel:
    rows, tips = [], []
    for i in data.interviewers:
        rows.append([
            i.name, str(i.interviews), _num(i.leniency, "+.1f"), str(i.shared_candidates),
            _num(i.impression_r, ".2f"), _num(i.mean_gap, "+.1f"), str(i.flagged),
        ])  # fmt: skip
        if i.leniency is None:
            tips.append(f"{i.name} shared no candidate with a colleague: no leniency yet.")
        else:
            kind = "more leniently" if i.leniency > 0 else "more severely"
            tips.append(
                f"{i.name} scores {abs(i.leniency):.1f} points "
                f"({abs(i.leniency) / LEVEL_POINTS:.2f} levels) {kind} than colleagues on the "
                f"same {i.shared_candidates} candidates."
            )
    headers = ["Interviewer", "Interviews", "Leniency", "Shared candidates", "Impression → score",
               "Mean gap", "Flagged"]  # fmt: skip
    return RecordsModel(headers, rows, tooltips=tips)


def agreement_model(data: Insight) -> RecordsModel:
    rows = [
        [a.title, _num(a.icc, ".2f"), a.label, str(a.candidates), str(a.ratings),
         _num(a.within_sd, ".2f")]
        for a in data.agreement
    ]  # fmt: skip
    tips = [
        f"{a.title}: ICC(1) over {a.candidates} candidates with two or more ratings "
        f"({a.ratings} ratings)"
        for a in data.agreement
    ]
    headers = ["Question", "ICC(1)", "Agreement", "Candidates", "Ratings", "Spread (levels)"]
    return RecordsModel(headers, rows, tooltips=tips)


class InsightDialog(QDialog):
    """Every insight figure for a position, each with what it means."""

    loaded = Signal()

    def __init__(
        self, db: Database, position_id: int | None, parent: QWidget | None = None,
        viewer_id: int | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle("Insight")
        self.resize(860, 620)
        self.tabs = QTabWidget()
        self.status = QLabel("Computing…")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.data: Insight | None = None
        run_in_background(lambda: insight(db, position_id, viewer_id), self._show, self._failed)

    def _show(self, data: Insight) -> None:
        self.data = data
        if data.interviews == 0:
            self.status.setText(
                "No submitted interviews here yet: the figures appear once interviews are "
                "submitted. Try another position, or all positions."
            )
        else:
            self.status.setText(
                f"Based on {data.interviews:,} submitted interviews of {data.candidates:,} "
                "candidates. Hover over a row for its meaning."
            )
        flagged = len(data.halo_candidates)
        self.tabs.addTab(
            _page(HALO_TEXT, (f"Candidates flagged ({flagged:,})", halo_model(data))),
            f"Halo ({flagged:,})",
        )
        self.tabs.addTab(_page(CALIBRATION_TEXT, ("", interviewer_model(data))), "Interviewers")
        self.tabs.addTab(_page(AGREEMENT_TEXT, ("", agreement_model(data))), "Agreement")
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(f"The figures could not be computed: {exc}")
        self.loaded.emit()
