# SPDX-License-Identifier: MIT
"""The Insight dialog: halo, interviewer calibration and agreement, each explained in plain words.

The figures come from hireapp.services.comparison.insight in the background; the formulas and
their limits are in docs/insight.md.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from hireapp.domain.formatting import gap_text, levels_text, score_text
from hireapp.domain.statistics import (
    HALO_THRESHOLD,
    LEVEL_POINTS,
    MIN_CORRELATION_PAIRS,
    halo_sentence,
)
from hireapp.errors import HireappError
from hireapp.gui.models.records import RecordsModel
from hireapp.gui.operations import Operation, error_message
from hireapp.services.comparison import Insight, insight
from hireapp.storage.session import Database

_COMPUTING = "Computing…"

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
        rows.append([h.name, score_text(h.impression), score_text(h.structured),
                     gap_text(h.gap), levels_text(h.gap)])  # fmt: skip
        tips.append(f"{h.name}: {halo_sentence(h.gap)}")
    headers = ["Candidate", "First impression", "Structured", "Gap (points)", "Gap (levels)"]
    return RecordsModel(headers, rows, tooltips=tips, numeric=range(1, len(headers)))


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
    return RecordsModel(headers, rows, tooltips=tips, numeric=range(1, len(headers)))


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
    # "Agreement" is a word (poor, good...), so it stays left-aligned.
    return RecordsModel(headers, rows, tooltips=tips, numeric={1, 3, 4, 5})


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
        self.status = QLabel(_COMPUTING)
        self.status.setWordWrap(True)  # a long line would widen the dialog past the screen
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.data: Insight | None = None
        operation = (
            Operation(self, lambda: insight(db, position_id, viewer_id), title="Insight")
            .success(self._show)
            .failure(self._failed)
        )
        operation.finished.connect(self._over)
        operation.run()

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
        if data.withheld:
            self.status.setText(
                self.status.text() + f" {data.withheld:,} candidate"
                + (" you are" if data.withheld == 1 else "s you are")
                + " still interviewing left out of every figure until you submit your own "
                "interview."
            )  # fmt: skip
        flagged = len(data.halo_candidates)
        self.tabs.addTab(
            _page(HALO_TEXT, (f"Candidates flagged ({flagged:,})", halo_model(data))),
            f"Halo ({flagged:,})",
        )
        self.tabs.addTab(_page(CALIBRATION_TEXT, ("", interviewer_model(data))), "Interviewers")
        self.tabs.addTab(_page(AGREEMENT_TEXT, ("", agreement_model(data))), "Agreement")

    def _failed(self, exc: HireappError) -> None:
        self.status.setText(f"The figures could not be computed: {error_message(exc)}")

    def _over(self, ok: bool) -> None:
        if not ok and self.data is None and self.status.text() == _COMPUTING:
            self.status.setText("The figures could not be computed.")
        self.loaded.emit()
