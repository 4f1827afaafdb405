# SPDX-License-Identifier: MIT
"""Does the interview predict the job? The hires' interview figures beside their outcomes.

One read for the Validity view and `hireapp validity`: for the candidates the panel decided to
hire (of one position, or of all), their interview figures from the one read model (the first
impression and the structured score, 0-100, means over submitted interviews) and each question's
mean level, beside the outcomes recorded at one review point (the manager's rating on each
question, their mean, each numeric measure, still employed as 1 or 0). The figures themselves
are computed by hireapp.domain.validity (correlations with 95% intervals, the structured score's
added value over the first impression, nothing below 30 hires).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select

from hireapp.domain.layout import merged_layout
from hireapp.domain.validity import Figure, Hire, ValidityReport, validity_report
from hireapp.services.comparison.figures import comparison_rows
from hireapp.services.outcomes import DEFAULT_REVIEW_DAYS, all_outcomes
from hireapp.services.people import position_id as find_position
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.models import Answer, Candidate, Decision, Interview, RubricVersion
from hireapp.storage.session import Database

CUSTOMER_MEASURE: Final = "csat"
"""The measure the headline is about, unless told otherwise: customers' satisfaction."""
MANAGER_MEAN: Final = "manager's mean rating"
STILL_EMPLOYED: Final = "still employed"


def manager_outcome(title: str) -> str:
    """The outcome name of the manager's rating on one question (dimension)."""
    return f"manager: {title}"


@dataclass(frozen=True)
class Validity:
    position: str | None  # None: every position
    review_days: int
    customer_measure: str
    report: ValidityReport
    # The outcomes in the order every surface lists them: the customers' measure, the manager's
    # mean and per-question ratings (rubric order), other measures, still employed.
    outcomes: tuple[str, ...] = ()

    def figures_for(self, outcome: str) -> list[Figure]:
        """The figures of one outcome: first impression, structured score, then the questions."""
        return [f for f in self.report.figures if f.outcome == outcome]


def validity(
    db: Database,
    position: str | None = None,
    review_days: int = DEFAULT_REVIEW_DAYS[0],
    customer_measure: str = CUSTOMER_MEASURE,
) -> Validity:
    """The validity figures of the hires (of `position`, or all) at the review point."""
    position_id = None if position is None else find_position(db, position)
    heads = {row.id: row for row in comparison_rows(db, position_id)}
    with db.read() as session:
        hired_query = select(Decision.candidate_id).where(Decision.decision == "hire").distinct()
        if position_id is not None:
            hired_query = hired_query.join(Candidate, Candidate.id == Decision.candidate_id).where(
                Candidate.position_id == position_id
            )
        hired = sorted(set(session.scalars(hired_query)) & heads.keys())
        means = session.execute(
            select(Interview.candidate_id, Answer.question_id, func.avg(Answer.score))
            .join(Interview, Interview.id == Answer.interview_id)
            .where(
                Interview.status == "submitted",
                Interview.candidate_id.in_(hired),
                Answer.skipped.is_(False),
                Answer.score.is_not(None),
            )
            .group_by(Interview.candidate_id, Answer.question_id)
        ).all()
        contents = session.scalars(
            select(RubricVersion.content)
            .where(
                RubricVersion.id.in_(
                    select(Interview.rubric_version_id).where(Interview.candidate_id.in_(hired))
                )
            )
            .order_by(RubricVersion.id.desc())
        )
        titles = {
            question.id: question.title
            for section in merged_layout(stored_rubric(content) for content in contents)
            for question in section.questions
        }
    question_means: dict[int, dict[str, float | None]] = {}
    for candidate_id, question_id, mean in means:
        title = titles.get(question_id, question_id)
        question_means.setdefault(candidate_id, {})[title] = float(mean)
    recorded = {o.candidate_id: o for o in all_outcomes(db, position_id, review_days)}
    hires = []
    for candidate_id in hired:
        head = heads[candidate_id]
        outcome = recorded.get(candidate_id)
        measured: dict[str, float | None] = {}
        if outcome is not None:
            ratings = {titles.get(q, q): float(level) for q, level in outcome.ratings.items()}
            if ratings:
                measured[MANAGER_MEAN] = statistics.fmean(ratings.values())
            measured.update((manager_outcome(t), level) for t, level in ratings.items())
            measured.update(outcome.measures)
            measured[STILL_EMPLOYED] = 1.0 if outcome.still_employed else 0.0
        hires.append(
            Hire(
                first_impression=head.impression,
                structured=head.structured,
                questions=question_means.get(candidate_id, {}),
                outcomes=measured,
            )
        )
    report = validity_report(hires, customer_measure)
    seen = {name for hire in hires for name in hire.outcomes}
    managers = [manager_outcome(title) for title in titles.values()]
    measures = sorted(seen - {MANAGER_MEAN, STILL_EMPLOYED, customer_measure, *managers})
    order = [customer_measure, MANAGER_MEAN, *managers, *measures, STILL_EMPLOYED]
    outcomes = tuple(name for name in dict.fromkeys(order) if name in seen)
    return Validity(position, review_days, customer_measure, report, outcomes)
