# SPDX-License-Identifier: MIT
"""Candidates with their aggregated scores, computed by the database in one query.

Each interview stores its own computed scores when it changes, so the aggregate is one GROUP BY
over interviews, not a scan of every answer. Only submitted interviews count toward the scores;
drafts are counted separately, since a half-finished interview would drag a mean around.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Label, and_, case, func, select

from hireapp.services.people import find_position
from hireapp.storage.models import RECOMMENDATIONS, Candidate, Interview, Position, Recommendation
from hireapp.storage.session import Database


@dataclass(frozen=True)
class CandidateScores:
    """A candidate's line in a position's list; scores 0-100, None without a submitted interview."""

    id: int
    name: str
    email: str
    position: str
    status: str
    submitted: int
    drafts: int
    overall: float | None
    impression: float | None
    structured: float | None
    strong_no: int
    no: int
    yes: int
    strong_yes: int
    # True when the viewing interviewer's own interview of this candidate is still a draft: the
    # scores are then withheld, so colleagues' ratings cannot colour theirs.
    withheld: bool = False

    @property
    def stage(self) -> str:
        """Where the candidate is in the interviews: interviewed, in progress or waiting."""
        if self.submitted:
            return "interviewed"
        return "in progress" if self.drafts else "waiting"


def candidate_scores(
    db: Database, position: str | None = None, viewer_id: int | None = None
) -> list[CandidateScores]:
    """Every candidate (of one position, by id or title, if given) with aggregates, by name.

    With `viewer_id`, the scores of candidates that this interviewer is still interviewing
    (a draft of theirs) are withheld: independent scoring.
    """
    submitted = Interview.status == "submitted"

    def submitted_mean(column: Any) -> ColumnElement[Any]:
        return func.avg(case((submitted, column)))

    def tally(value: str) -> Label[Any]:
        return func.coalesce(
            func.sum(case((and_(submitted, Recommendation.value == value), 1), else_=0)), 0
        ).label(value)

    query = (
        select(
            Candidate.id,
            Candidate.name,
            Candidate.email,
            Position.title.label("position"),
            Candidate.status,
            func.count(case((submitted, Interview.id))).label("submitted"),
            func.count(case((Interview.status == "draft", Interview.id))).label("drafts"),
            submitted_mean(Interview.overall).label("overall"),
            submitted_mean(Interview.impression_score).label("impression"),
            submitted_mean(Interview.structured_score).label("structured"),
            *(tally(value) for value in RECOMMENDATIONS),
            func.coalesce(
                func.max(
                    case(
                        (
                            and_(
                                Interview.status == "draft", Interview.interviewer_id == viewer_id
                            ),
                            1,
                        ),
                        else_=0,
                    )
                ),
                0,
            ).label("viewer_draft"),
        )
        .join(Position, Position.id == Candidate.position_id)
        .outerjoin(Interview, Interview.candidate_id == Candidate.id)
        .outerjoin(Recommendation, Recommendation.interview_id == Interview.id)
        .group_by(Candidate.id, Candidate.name, Candidate.email, Position.title, Candidate.status)
        .order_by(Candidate.name, Candidate.id)
    )
    with db.read() as session:
        if position is not None:
            query = query.where(Candidate.position_id == find_position(session, position).id)
        rows = session.execute(query).all()
    return [_scores(row) for row in rows]


def _scores(row: Any) -> CandidateScores:
    if row.viewer_draft:
        return CandidateScores(
            id=row.id, name=row.name, email=row.email, position=row.position, status=row.status,
            submitted=row.submitted, drafts=row.drafts, overall=None, impression=None,
            structured=None, strong_no=0, no=0, yes=0, strong_yes=0, withheld=True,
        )  # fmt: skip
    return CandidateScores(
        id=row.id,
        name=row.name,
        email=row.email,
        position=row.position,
        status=row.status,
        submitted=row.submitted,
        drafts=row.drafts,
        overall=_float(row.overall),
        impression=_float(row.impression),
        structured=_float(row.structured),
        strong_no=int(row.strong_no),
        no=int(row.no),
        yes=int(row.yes),
        strong_yes=int(row.strong_yes),
    )


def _float(value: object) -> float | None:
    # PostgreSQL's avg() gives Decimal for integers and float for floats; be explicit.
    return None if value is None else float(value)  # type: ignore[arg-type]
