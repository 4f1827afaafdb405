# SPDX-License-Identifier: MIT
"""Insight: halo by candidate, each interviewer's leniency, halo and order effects, agreement.

Fetches only the numbers each figure needs (scores per interview, or count, sum and sum of
squares per candidate and question) and leaves the formulas to hireapp.domain.statistics and
hireapp.domain.order_effects. The halo of a candidate is the read model's
(hireapp.services.comparison.figures). Only submitted interviews count; with a viewer, the
candidates they are still interviewing are left out of every figure and counted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING, Final, Literal

from sqlalchemy import ColumnElement, and_, func, select, true

from hireapp.domain import statistics as stats
from hireapp.domain.layout import merged_layout
from hireapp.services.comparison.figures import ComparisonRow, comparison_rows, withheld_from
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.models import Answer, Candidate, Interview, Interviewer, RubricVersion
from hireapp.storage.session import Database

if TYPE_CHECKING:  # the order-effect statistics load on first use, off the start-up path
    from hireapp.domain import order_effects as order
    from hireapp.domain.validity import Correlation


@dataclass(frozen=True)
class CandidateHalo:
    id: int
    name: str
    impression: float
    structured: float
    gap: float


@dataclass(frozen=True)
class InterviewerInsight:
    """One interviewer: halo, leniency against colleagues, and what the impression predicts.

    mean_gap: mean of (impression - structured) over their submitted interviews; flagged: how many
    of those are a level or more apart. leniency: None when they shared no candidate.
    impression_r: Pearson's r between their impressions and their own structured scores.
    """

    id: int
    name: str
    interviews: int
    mean_gap: float | None
    flagged: int
    leniency: float | None
    shared_candidates: int
    impression_r: float | None


@dataclass(frozen=True)
class QuestionAgreement:
    id: str
    title: str
    icc: float | None
    label: str
    candidates: int
    ratings: int
    within_sd: float | None


LAST_SLOT: Final = 5
"""Positions in the day from this one on are shown together ("5th+"): few interviewers do more."""


@dataclass(frozen=True)
class SlotMean:
    """The mean structured score (0-100) at one position in the day; slot LAST_SLOT holds the
    fifth and every later interview of a day."""

    slot: int
    mean: float
    n: int


Drift = Literal["toward", "away"]


@dataclass(frozen=True)
class InterviewerOrder:
    """One interviewer's order effects (hireapp.domain.order_effects), on structured scores.

    by_slot: mean by position in the local day, 1st to 4th and 5th+; by_position: every position
    apart. running_mean: score against the mean of that day's earlier scores. longest_run: the
    most interviews they did in a row on one day; long_runs: the runs of more than four, with
    their local days and times.
    """

    id: int
    name: str
    interviews: int
    days: int
    by_slot: tuple[SlotMean, ...]
    by_position: tuple[order.PositionMean, ...]
    running_mean: Correlation
    longest_run: int
    long_runs: tuple[order.Run, ...]

    @property
    def past_four(self) -> bool:
        """Whether they did more than four interviews in a row on some day."""
        return bool(self.long_runs)

    @property
    def drift(self) -> Drift | None:
        """Which way scores go with the day's earlier ones, only when the 95% interval of the
        running-mean correlation excludes 0: "toward" (assimilation), "away" (contrast)."""
        r = self.running_mean
        if r.r is None or not r.excludes_zero:
            return None
        return "toward" if r.r > 0 else "away"


@dataclass(frozen=True)
class Insight:
    halo_candidates: tuple[CandidateHalo, ...]  # flagged ones, largest gap first
    interviewers: tuple[InterviewerInsight, ...]
    agreement: tuple[QuestionAgreement, ...]  # in rubric order
    candidates: int
    interviews: int
    withheld: int = 0  # candidates left out because the viewer is still interviewing them
    order: tuple[InterviewerOrder, ...] = ()  # by name


def _in_position(position_id: int | None, viewer_id: int | None = None) -> ColumnElement[bool]:
    """Interviews of a position's candidates (every interview for None), leaving out the
    candidates `viewer_id` is still interviewing."""
    scope: ColumnElement[bool] = true()
    if position_id is not None:
        scope = Interview.candidate_id.in_(
            select(Candidate.id).where(Candidate.position_id == position_id)
        )
    if viewer_id is not None:
        scope = and_(scope, Interview.candidate_id.not_in(withheld_from(viewer_id)))
    return scope


def halo_by_candidate(
    db: Database, position_id: int | None = None, viewer_id: int | None = None
) -> list[CandidateHalo]:
    """The candidates whose impression and structured score are a level or more apart."""
    return _flagged(comparison_rows(db, position_id, viewer_id))


def _flagged(rows: list[ComparisonRow]) -> list[CandidateHalo]:
    flagged = [
        CandidateHalo(r.id, r.name, r.impression, r.structured, r.halo_gap)
        for r in rows
        if r.halo and r.impression is not None and r.structured is not None
        and r.halo_gap is not None
    ]  # fmt: skip
    return sorted(flagged, key=lambda h: (-abs(h.gap), h.name.casefold(), h.id))


def interviewer_insight(
    db: Database, position_id: int | None = None, viewer_id: int | None = None
) -> list[InterviewerInsight]:
    """Halo, leniency and impression-to-evidence correlation for every interviewer, by name."""
    with db.read() as session:
        rows = session.execute(
            select(
                Interview.candidate_id,
                Interview.interviewer_id,
                Interview.impression_score,
                Interview.structured_score,
            ).where(Interview.status == "submitted", _in_position(position_id, viewer_id))
        ).all()
        names = {r.id: r.name for r in session.execute(select(Interviewer.id, Interviewer.name))}
    by_candidate: dict[int, dict[int, float]] = {}
    pairs: dict[int, list[tuple[float | None, float | None]]] = {}
    for candidate_id, interviewer_id, impression, structured in rows:
        pairs.setdefault(interviewer_id, []).append((impression, structured))
        if structured is not None:
            by_candidate.setdefault(candidate_id, {})[interviewer_id] = structured
    lean = stats.leniency(by_candidate)
    result = []
    for interviewer_id, own in pairs.items():
        both = [(i, s) for i, s in own if i is not None and s is not None]
        calibration = lean.get(interviewer_id)
        result.append(
            InterviewerInsight(
                id=interviewer_id,
                name=names[interviewer_id],
                interviews=len(own),
                mean_gap=stats.halo_gap(both),
                flagged=sum(1 for i, s in both if stats.is_halo(i - s)),
                leniency=None if calibration is None else calibration.value,
                shared_candidates=0 if calibration is None else calibration.candidates,
                impression_r=stats.pearson(both),
            )
        )
    return sorted(result, key=lambda r: (r.name.casefold(), r.id))


def question_agreement(
    db: Database, position_id: int | None = None, viewer_id: int | None = None
) -> list[QuestionAgreement]:
    """ICC(1) per question over submitted interviews; from counts and sums per candidate."""
    with db.read() as session:
        groups = session.execute(
            select(
                Answer.question_id,
                func.count(Answer.score),
                func.sum(Answer.score),
                func.sum(Answer.score * Answer.score),
            )
            .select_from(Interview)
            .join(Answer, Answer.interview_id == Interview.id)
            .where(
                Interview.status == "submitted",
                Answer.score.is_not(None),
                _in_position(position_id, viewer_id),
            )
            .group_by(Answer.question_id, Interview.candidate_id)
        ).all()
        contents = session.execute(
            select(RubricVersion.content).order_by(RubricVersion.id.desc())
        ).scalars()
        rubrics = [stored_rubric(content) for content in contents]
    sums: dict[str, list[stats.GroupSums]] = {}
    for question_id, count, total, squares in groups:
        sums.setdefault(question_id, []).append(
            stats.GroupSums(int(count), float(total or 0), float(squares or 0))
        )
    titles = {q.id: q.title for section in merged_layout(rubrics) for q in section.questions}
    order = list(titles) + sorted(set(sums) - set(titles))
    result = []
    for question_id in order:
        if question_id not in sums:
            continue
        agreement = stats.icc1_from_sums(sums[question_id])
        result.append(
            QuestionAgreement(
                id=question_id,
                title=titles.get(question_id, question_id),
                icc=agreement.icc,
                label=stats.agreement_label(agreement.icc),
                candidates=agreement.candidates,
                ratings=agreement.ratings,
                within_sd=agreement.within_sd,
            )
        )
    return result


def order_effects(
    db: Database,
    position_id: int | None = None,
    viewer_id: int | None = None,
    tz: tzinfo | None = None,
) -> list[InterviewerOrder]:
    """Order effects for every interviewer with a submitted, scored interview, by name.

    The score is the interview's structured score, not its overall: the overall mixes in the
    first impression by a weight each rubric sets, so it would measure the impression's share as
    much as the order, while the structured score is the anchored evidence that the rubric asks
    to judge against its own descriptions, the same for every slot of the day. Interviews with
    every question skipped have none and are left out. "Day" is the start time's date in `tz`,
    by default the machine's local time zone (with its daylight-saving rules at that moment).
    """
    with db.read() as session:
        rows = session.execute(
            select(Interview.interviewer_id, Interview.started_at, Interview.structured_score)
            .where(
                Interview.status == "submitted",
                Interview.structured_score.is_not(None),
                _in_position(position_id, viewer_id),
            )
            .order_by(Interview.started_at, Interview.id)
        ).all()
        names = {r.id: r.name for r in session.execute(select(Interviewer.id, Interviewer.name))}
    from hireapp.domain import order_effects as order

    found = order.order_effects(
        # Converted here rather than by the domain's `tz`: astimezone(None) follows the
        # machine's zone with the offset of each moment, where a fixed tzinfo could not.
        order.SubmittedInterview(who, started.astimezone(tz), float(score))
        for who, started, score in rows
        if score is not None  # the query leaves none out; this tells the type checker
    )
    result = [_interviewer_order(effects, names[effects.interviewer]) for effects in found]
    return sorted(result, key=lambda r: (r.name.casefold(), r.id))


def _interviewer_order(effects: order.InterviewerOrder[int], name: str) -> InterviewerOrder:
    slots: dict[int, list[float]] = {}
    for placed in effects.interviews:
        slots.setdefault(min(placed.position, LAST_SLOT), []).append(placed.score)
    return InterviewerOrder(
        id=effects.interviewer,
        name=name,
        interviews=len(effects.interviews),
        days=effects.days,
        by_slot=tuple(
            SlotMean(slot, math.fsum(scores) / len(scores), len(scores))
            for slot, scores in sorted(slots.items())
        ),
        by_position=effects.by_position,
        running_mean=effects.running_mean,
        longest_run=max(placed.run_position for placed in effects.interviews),
        long_runs=effects.long_runs,
    )


def insight(
    db: Database,
    position_id: int | None = None,
    viewer_id: int | None = None,
    tz: tzinfo | None = None,
) -> Insight:
    """Every insight figure for a position (or all), for the Insight panel.

    With `viewer_id`, the candidates that interviewer is still interviewing are left out. `tz`:
    the time zone of the order effects' days, by default the machine's.
    """
    rows = comparison_rows(db, position_id, viewer_id)
    halo = _flagged(rows)
    interviewers = interviewer_insight(db, position_id, viewer_id)
    agreement = question_agreement(db, position_id, viewer_id)
    by_order = order_effects(db, position_id, viewer_id, tz)
    with db.read() as session:
        candidates, interviews = session.execute(
            select(
                func.count(func.distinct(Interview.candidate_id)), func.count(Interview.id)
            ).where(Interview.status == "submitted", _in_position(position_id, viewer_id))
        ).one()
    return Insight(
        halo_candidates=tuple(halo),
        interviewers=tuple(interviewers),
        agreement=tuple(agreement),
        candidates=int(candidates),
        interviews=int(interviews),
        withheld=sum(1 for r in rows if r.withheld),
        order=tuple(by_order),
    )
