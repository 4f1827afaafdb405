# SPDX-License-Identifier: MIT
"""The Insight dialog: halo, interviewer calibration, agreement and order effects, each explained
in plain words.

The figures come from hireapp.services.comparison.insight in the background; the formulas and
their limits are in docs/insight.md.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
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
from hireapp.domain.order_effects import RUN_GAP, RUN_LIMIT
from hireapp.domain.statistics import HALO_THRESHOLD, LEVEL_POINTS, MIN_CORRELATION_PAIRS
from hireapp.errors import HireappError
from hireapp.gui.compare.words import agreement_word, halo_sentence
from hireapp.gui.i18n import day_text
from hireapp.gui.models.records import RecordsModel
from hireapp.gui.models.text import decimal, english_plural, figure, number
from hireapp.gui.operations import Operation, error_message
from hireapp.services.comparison import Insight, insight
from hireapp.services.comparison.insight import LAST_SLOT, InterviewerOrder
from hireapp.storage.session import Database

translate = QCoreApplication.translate


def halo_text() -> str:
    """The Halo tab's explanation."""
    return translate(
        "Insight",
        "<b>Halo: where the first impression and the evidence disagree.</b> For every submitted "
        "interview, the 30-second likeability and the structured score (the anchored answers) "
        "are both on 0-100, where one anchor level is 25 points. The gap is impression minus "
        "structured. A candidate is flagged ⚠ when the mean gap is {threshold} points (one "
        "level) or more either way. A large positive gap means the candidate was liked more than "
        "their answers support, so check that liking is not deciding; a large negative gap "
        "means good answers from someone who made a weak first impression.",
    ).format(threshold=number(int(HALO_THRESHOLD)))


def calibration_text() -> str:
    """The Interviewers tab's explanation."""
    return translate(
        "Insight",
        "<b>Interviewers: leniency and what their first impression predicts.</b> "
        "<i>Leniency</i> compares each interviewer with the colleagues who interviewed the same "
        "candidates: for each shared candidate, their structured score minus the mean of the "
        "others' scores, averaged. +10 means they score about 10 points (0.4 of a level) higher "
        "than colleagues who saw the same people; read figures near 0 as calibrated. "
        "<i>Impression → score</i> is the correlation (Pearson's r, -1 to 1) between their "
        "first impressions and their own structured scores: near 1, their answers' scores follow "
        "their first liking closely, which may be a halo in their scoring; near 0, they score "
        "the answers independently of it. It needs at least {pairs} interviews with both parts "
        "and some variation. <i>Mean gap</i> and <i>flagged</i> show how often their own "
        "interviews have a halo gap.",
    ).format(pairs=number(MIN_CORRELATION_PAIRS))


def agreement_text() -> str:
    """The Agreement tab's explanation."""
    return translate(
        "Insight",
        "<b>Agreement: is a question scored consistently?</b> For each question, the intraclass "
        "correlation ICC(1) says how much of the variation in its scores lies between "
        "candidates rather than between interviewers scoring the same candidate. 1 means "
        "interviewers always agree; near 0 means a score says more about who asked than about "
        "the candidate. Read below .5 as poor, .5-.75 moderate, .75-.9 good, above .9 "
        "excellent. <i>Spread</i> is the typical difference, in levels, between two "
        "interviewers' scores of the same candidate. Questions with poor agreement need clearer "
        "anchors or interviewer training.",
    )


FLAG_MARK = "⚑"
"""Beside an interviewer past four interviews in a row: a sign as well as words, never colour."""


def order_text() -> str:
    """The Order effects tab's explanation."""
    return translate(
        "Insight",
        "<b>Order effects: does the time of day change a score?</b> Per interviewer, each "
        "submitted interview's structured score (the anchored answers, 0-100, without the first "
        "impression) by its place in that interviewer's day, in this computer's time zone: the "
        "mean of their 1st, 2nd, 3rd, 4th and 5th or later interviews of a day. <i>Running "
        "mean</i> is the correlation (Pearson's r) between a score and the mean of the same "
        "day's earlier scores, with its 95% interval and n: positive means scores drift toward "
        "the day's earlier ones, negative means a candidate after strong ones scores lower "
        "(contrast). It is called a drift only when the interval excludes 0. Interviews starting "
        "less than {hours} hours apart on one day are <i>in a row</i>; {mark} marks an "
        "interviewer who did more than {limit} in a row, when tiredness may tell. Candidates "
        "are not booked at random, so a pattern may come from the booking rather than the "
        "interviewer.",
    ).format(
        hours=number(int(RUN_GAP.total_seconds() // 3600)), mark=FLAG_MARK, limit=number(RUN_LIMIT)
    )


def _computing() -> str:
    return translate("Insight", "Computing…")


def _num(value: float | None, decimals: int, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = decimal(value, decimals)
    return QLocale().positiveSign() + text if signed and value >= 0 else text


def _page(text: str, name: str, *tables: tuple[str, RecordsModel]) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    explanation = QLabel(text, wordWrap=True)
    explanation.setTextFormat(Qt.TextFormat.RichText)
    explanation.setAccessibleName(
        translate("Insight", "What the {tab} figures mean").format(tab=name)
    )
    layout.addWidget(explanation)
    for title, model in tables:
        if title:
            layout.addWidget(QLabel(f"<b>{title}</b>"))
        view = QTableView()
        view.setModel(model)
        model.setParent(view)
        view.setAccessibleName(title or name)
        view.setAccessibleDescription(
            translate("Insight", "Hover over or select a row to read what its figures mean")
        )
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view, 1)
    return page


def halo_model(data: Insight) -> RecordsModel:
    rows, tips = [], []
    for h in data.halo_candidates:
        rows.append([h.name, score_text(h.impression), score_text(h.structured),
                     figure(gap_text(h.gap)), figure(levels_text(h.gap))])  # fmt: skip
        tips.append(f"{h.name}: {halo_sentence(h.gap)}")
    headers = [
        translate("Insight", "Candidate"), translate("Insight", "First impression"),
        translate("Insight", "Structured"), translate("Insight", "Gap (points)"),
        translate("Insight", "Gap (levels)"),
    ]  # fmt: skip
    return RecordsModel(headers, rows, tooltips=tips, numeric=range(1, len(headers)))


def _leniency_tip(name: str, leniency: float | None, shared: int) -> str:
    if leniency is None:
        return translate(
            "Insight", "{name} shared no candidate with a colleague: no leniency yet."
        ).format(name=name)
    if leniency > 0:
        template = translate(
            "Insight",
            "{name} scores {points} points ({levels} levels) more leniently than colleagues on "
            "the same %n candidate(s).",
            None,
            shared,
        )
    else:
        template = translate(
            "Insight",
            "{name} scores {points} points ({levels} levels) more severely than colleagues on "
            "the same %n candidate(s).",
            None,
            shared,
        )
    return english_plural(template, shared).format(
        name=name,
        points=decimal(abs(leniency), 1),
        levels=decimal(abs(leniency) / LEVEL_POINTS, 2),
    )


def interviewer_model(data: Insight) -> RecordsModel:
    rows, tips = [], []
    for i in data.interviewers:
        rows.append([
            i.name, number(i.interviews), _num(i.leniency, 1, signed=True),
            number(i.shared_candidates), _num(i.impression_r, 2), _num(i.mean_gap, 1, signed=True),
            number(i.flagged),
        ])  # fmt: skip
        tips.append(_leniency_tip(i.name, i.leniency, i.shared_candidates))
    headers = [
        translate("Insight", "Interviewer"), translate("Insight", "Interviews"),
        translate("Insight", "Leniency"), translate("Insight", "Shared candidates"),
        translate("Insight", "Impression → score"), translate("Insight", "Mean gap"),
        translate("Insight", "Flagged"),
    ]  # fmt: skip
    return RecordsModel(headers, rows, tooltips=tips, numeric=range(1, len(headers)))


def _agreement_tip(title: str, candidates: int, ratings: int) -> str:
    # The counts are plain names: lupdate skips a translate() whose count is an attribute.
    template = translate(
        "Insight",
        "{title}: ICC(1) over %n candidate(s) with two or more ratings ({ratings})",
        None,
        candidates,
    )
    counted = english_plural(translate("Insight", "%n rating(s)", None, ratings), ratings)
    return english_plural(template, candidates).format(title=title, ratings=counted)


def agreement_model(data: Insight) -> RecordsModel:
    rows = [
        [a.title, _num(a.icc, 2), agreement_word(a.label), number(a.candidates),
         number(a.ratings), _num(a.within_sd, 2)]
        for a in data.agreement
    ]  # fmt: skip
    tips = [_agreement_tip(a.title, a.candidates, a.ratings) for a in data.agreement]
    headers = [
        translate("Insight", "Question"), translate("Insight", "ICC(1)"),
        translate("Insight", "Agreement"), translate("Insight", "Candidates"),
        translate("Insight", "Ratings"), translate("Insight", "Spread (levels)"),
    ]  # fmt: skip
    # "Agreement" is a word (poor, good...), so it stays left-aligned.
    return RecordsModel(headers, rows, tooltips=tips, numeric={1, 3, 4, 5})


def _slot_name(slot: int) -> str:
    names = {
        1: translate("Insight", "1st"), 2: translate("Insight", "2nd"),
        3: translate("Insight", "3rd"), 4: translate("Insight", "4th"),
    }  # fmt: skip
    return names.get(slot, translate("Insight", "5th+"))


def drift_sentence(o: InterviewerOrder) -> str:
    """In plain words, what the running-mean correlation says; a drift only when its 95%
    interval excludes 0."""
    if o.drift == "toward":
        return translate("Insight", "Scores drift toward the day's earlier scores.")
    if o.drift == "away":
        return translate(
            "Insight", "Scores move away from the day's earlier scores (a contrast effect)."
        )
    if o.running_mean.r is None or o.running_mean.low is None:
        return translate("Insight", "Too few interviews, or too little variation, to tell.")
    return translate("Insight", "No clear drift with the day's earlier scores.")


def in_a_row_text(o: InterviewerOrder) -> str:
    """The flag with its dates ("⚑ 6 interviews in a row on 3 Nov 2026"), else the longest run."""
    if not o.past_four:
        return translate("Insight", "Longest run: {count}").format(count=number(o.longest_run))
    return "; ".join(
        translate("Insight", "{mark} {count} interviews in a row on {day}").format(
            mark=FLAG_MARK, count=number(run.interviews), day=day_text(run.first)
        )
        for run in o.long_runs
    )


def _interval(o: InterviewerOrder) -> str:
    low, high = o.running_mean.low, o.running_mean.high
    if low is None or high is None:
        return "–"
    return translate("Insight", "{low} to {high}").format(low=_num(low, 2), high=_num(high, 2))


def _slot_tip(slot: int, mean: float, count: int) -> str:
    # The count is a plain name: lupdate skips a translate() whose count is an attribute.
    template = translate("Insight", "{slot}: {mean} over %n interview(s)", None, count)
    return english_plural(template, count).format(slot=_slot_name(slot), mean=_num(mean, 1))


def _order_tip(o: InterviewerOrder) -> str:
    means = ", ".join(_slot_tip(s.slot, s.mean, s.n) for s in o.by_slot)
    return translate(
        "Insight", "{name}, mean structured score by place in the day: {means}. {drift} {row}"
    ).format(name=o.name, means=means, drift=drift_sentence(o), row=in_a_row_text(o))


def order_model(data: Insight) -> RecordsModel:
    rows, tips = [], []
    for o in data.order:
        slots = {s.slot: s.mean for s in o.by_slot}
        rows.append([
            o.name, number(o.interviews), number(o.days),
            *(_num(slots.get(slot), 1) for slot in range(1, LAST_SLOT + 1)),
            _num(o.running_mean.r, 2), _interval(o), number(o.running_mean.n),
            drift_sentence(o), in_a_row_text(o),
        ])  # fmt: skip
        tips.append(_order_tip(o))
    headers = [
        translate("Insight", "Interviewer"), translate("Insight", "Interviews"),
        translate("Insight", "Days"),
        *(_slot_name(slot) for slot in range(1, LAST_SLOT + 1)),
        translate("Insight", "Running mean r"), translate("Insight", "95% interval"),
        translate("Insight", "n"), translate("Insight", "Reading"),
        translate("Insight", "In a row"),
    ]  # fmt: skip
    return RecordsModel(headers, rows, tooltips=tips, numeric=range(1, 11))


class InsightDialog(QDialog):
    """Every insight figure for a position, each with what it means."""

    loaded = Signal()

    def __init__(
        self, db: Database, position_id: int | None, parent: QWidget | None = None,
        viewer_id: int | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("Insight", "Insight"))
        self.resize(860, 620)
        self.tabs = QTabWidget()
        self.status = QLabel(_computing())
        self.status.setWordWrap(True)  # a long line would widen the dialog past the screen
        self.status.setAccessibleName(translate("Insight", "What the figures are based on"))
        self.tabs.setAccessibleName(translate("Insight", "Insight figures"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.data: Insight | None = None
        self._answered = False  # a handler ran: the status line no longer says "Computing…"
        operation = (
            Operation(
                self,
                lambda: insight(db, position_id, viewer_id),
                title=translate("Insight", "Insight"),
            )
            .success(self._show)
            .failure(self._failed)
        )
        operation.finished.connect(self._over)
        operation.run()

    def _show(self, data: Insight) -> None:
        self.data = data
        self._answered = True
        interviews, candidates, withheld = data.interviews, data.candidates, data.withheld
        if interviews == 0:
            text = translate(
                "Insight",
                "No submitted interviews here yet: the figures appear once interviews are "
                "submitted. Try another position, or all positions.",
            )
        else:
            counted = english_plural(
                translate("Insight", "%Ln candidate(s)", None, candidates), candidates
            )
            text = english_plural(
                translate(
                    "Insight",
                    "Based on %Ln submitted interview(s) of {candidates}. Hover over a row for its "
                    "meaning.",
                    None,
                    interviews,
                ),
                interviews,
            ).format(candidates=counted)
        if withheld:
            text += " " + english_plural(
                translate(
                    "Insight",
                    "%Ln candidate(s) you are still interviewing left out of every figure until "
                    "you submit your own interview.",
                    None,
                    withheld,
                ),
                withheld,
            )
        self.status.setText(text)
        flagged = len(data.halo_candidates)
        halo_tab = translate("Insight", "Halo ({count})").format(count=number(flagged))
        self.tabs.addTab(
            _page(
                halo_text(), halo_tab,
                (translate("Insight", "Candidates flagged ({count})").format(count=number(flagged)),
                 halo_model(data)),
            ),
            halo_tab,
        )  # fmt: skip
        interviewers = translate("Insight", "Interviewers")
        self.tabs.addTab(
            _page(calibration_text(), interviewers, ("", interviewer_model(data))), interviewers
        )
        agreement = translate("Insight", "Agreement")
        self.tabs.addTab(_page(agreement_text(), agreement, ("", agreement_model(data))), agreement)
        order = translate("Insight", "Order effects")
        self.tabs.addTab(_page(order_text(), order, ("", order_model(data))), order)
        # The pages are built after the Close button, so by creation order Tab would jump from
        # the tab bar to Close: put each page's table between them (hidden ones are skipped).
        previous: QWidget = self.tabs
        for view in self.tabs.findChildren(QTableView):
            QWidget.setTabOrder(previous, view)
            previous = view
        for button in self._buttons.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button

    def _failed(self, exc: HireappError) -> None:
        self._answered = True
        self.status.setText(
            translate("Insight", "The figures could not be computed: {reason}").format(
                reason=error_message(exc)
            )
        )

    def _over(self, ok: bool) -> None:
        if not ok and not self._answered:
            self.status.setText(translate("Insight", "The figures could not be computed."))
        self.loaded.emit()
