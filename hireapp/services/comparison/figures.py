# SPDX-License-Identifier: MIT
"""The one read model of a candidate's figures, and the independence rule applied to it.

Every surface that shows a candidate's overall score, first impression, structured score, halo
gap, disagreement or recommendation tally takes it from `comparison_rows`: the comparison table,
`hireapp candidates list`, Side by side, Insight, the summary and shortlist PDFs and every CSV.
A figure computed anywhere else is a second path that will one day forget a rule.

The figures are one GROUP BY over interviews, which store their computed scores when saved, so
10,000 candidates need no answer rows at all. Only submitted interviews count: a half-finished
interview would drag a mean around; drafts are counted.

Independent scoring lives here too: while the viewing interviewer's own interview of a candidate
is a draft, that candidate's figures are withheld (None, never 0), so a colleague's rating cannot
colour theirs. Front ends pass the viewer; the command line passes none and is HR's full view.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Final

from sqlalchemy import Connection, Select, case, func, select

from hireapp.domain import statistics as stats
from hireapp.domain.formatting import tally_text
from hireapp.domain.independence import WITHHELD
from hireapp.domain.recommendation import RECOMMENDATIONS
from hireapp.services.comparison.fair import FairScore, fair_scores_of
from hireapp.services.decisions import DECISION_LABELS
from hireapp.storage.models import Candidate, Decision, Interview, Position, Recommendation
from hireapp.storage.session import Database

__all__ = [
    "WITHHELD", "ComparisonRow", "comparison_query", "comparison_rows", "figures_by_id",
    "withheld_from", "withheld_ids",
]  # fmt: skip


@dataclass(frozen=True)
class ComparisonRow:
    """A candidate's figures; scores 0-100, None without a submitted interview or when withheld.

    halo_gap: mean of (impression - structured) over submitted interviews with both parts, as
    hireapp.domain.statistics.halo_gap defines it. disagreement: max - min of the structured scores
    of the submitted interviews (two or more). strong_no ... strong_yes: the recommendation tally.
    """

    id: int
    name: str
    email: str
    position_id: int
    position: str
    status: str
    submitted: int
    drafts: int
    overall: float | None
    impression: float | None
    structured: float | None
    strong_no: int | None
    no: int | None
    yes: int | None
    strong_yes: int | None
    disagreement: float | None
    halo_gap: float | None
    # The candidate's current decision (the newest; see hireapp.services.decisions) and its id,
    # None before the first: a surface that shows its rationale, who and when reads them by the
    # id (decisions_by_id), so every surface shows the same decision. Withheld like the figures:
    # knowing the verdict would colour an open interview.
    decision: str | None = None
    decision_id: int | None = None
    # Set when the viewing interviewer's own interview of this candidate is still a draft: every
    # figure above is then None, so a surface that forgets to check shows nothing, never 0.
    withheld: bool = False
    # The fair score (structured score with interviewers' leniency taken out, with its 80%
    # interval; hireapp.services.comparison.fair), only when asked for (`fair=True`: a fit takes
    # up to seconds) and never for a withheld row.
    fair: FairScore | None = None

    @property
    def stage(self) -> str:
        """Where the candidate is in the interviews: interviewed, in progress or waiting."""
        if self.submitted:
            return "interviewed"
        return "in progress" if self.drafts else "waiting"

    @property
    def decision_label(self) -> str:
        """The current decision as shown (Hire, On hold ...), empty before the first."""
        return DECISION_LABELS.get(self.decision or "", "")

    @property
    def halo(self) -> bool:
        """Whether impression and evidence are a whole level or more apart."""
        return stats.is_halo(self.halo_gap)

    @property
    def halo_note(self) -> str | None:
        """The plain sentence for a flagged halo gap, None without one."""
        return stats.describe_halo(self.halo_gap)

    @property
    def recommendations(self) -> dict[str, int]:
        """The tally by value (strong_no ... strong_yes); empty when withheld."""
        counts = (self.strong_no, self.no, self.yes, self.strong_yes)
        if self.withheld or any(c is None for c in counts):
            return {}
        return {value: int(c or 0) for value, c in zip(RECOMMENDATIONS, counts, strict=True)}

    @property
    def tally(self) -> str:
        """Recommendations as strong no / no / yes / strong yes, or the withheld text."""
        if self.withheld:
            return WITHHELD
        return tally_text(self.recommendations)


def comparison_query(
    position_id: int | None = None, candidate_ids: Sequence[int] | None = None
) -> Select[Any]:
    """The figures as one statement (the benchmark also times it bare).

    Submitted interviews are aggregated per candidate in a subquery (drafts are only counted, in
    a second one) and joined to the candidates after. Measured on SQLite with 10,000 demo
    candidates, this is about a quarter faster than grouping the joined candidates: the WHERE
    on status uses the (status, candidate_id) index instead of a CASE in every aggregate, and no
    GROUP BY over several text columns has to sort.
    """
    structured = Interview.structured_score
    submitted = (
        select(
            Interview.candidate_id,
            func.count().label("submitted"),
            func.avg(Interview.overall).label("overall"),
            func.avg(Interview.impression_score).label("impression"),
            func.avg(structured).label("structured"),
            *(func.count(case((Recommendation.value == v, 1))).label(v) for v in RECOMMENDATIONS),
            case((func.count(structured) >= 2, func.max(structured) - func.min(structured))).label(
                "disagreement"
            ),
            # statistics.halo_gap in SQL: the difference is NULL when either part is missing and
            # avg() skips NULLs, so the mean runs over the interviews that have both.
            func.avg(Interview.impression_score - structured).label("halo_gap"),
        )
        .outerjoin(Recommendation, Recommendation.interview_id == Interview.id)
        .where(Interview.status == "submitted")
        .group_by(Interview.candidate_id)
    )
    drafts = (
        select(Interview.candidate_id, func.count().label("drafts"))
        .where(Interview.status == "draft")
        .group_by(Interview.candidate_id)
    )
    query = select(
        Candidate.id,
        Candidate.name,
        Candidate.email,
        Candidate.position_id,
        Position.title.label("position"),
        Candidate.status,
    ).join(Position, Position.id == Candidate.position_id)
    if position_id is not None:
        of_position = Interview.candidate_id.in_(
            select(Candidate.id).where(Candidate.position_id == position_id)
        )
        submitted, drafts = submitted.where(of_position), drafts.where(of_position)
        query = query.where(Candidate.position_id == position_id)
    if candidate_ids is not None:
        chosen = Interview.candidate_id.in_(candidate_ids)
        submitted, drafts = submitted.where(chosen), drafts.where(chosen)
        query = query.where(Candidate.id.in_(candidate_ids))
    s = submitted.subquery("submitted_scores")
    d = drafts.subquery("draft_counts")
    # The current decision: the newest of the candidate's, found through the index on
    # candidate_id for each row; only its value and id, not its texts and times. Measured on
    # SQLite with 10,000 demo candidates (9,000 decisions), in CPU time: this adds 14 ms to the
    # statement's 68; ranking every decision with row_number() in a subquery and reading its
    # rationale, who and both times cost about 65 ms more in all.
    current = (
        select(Decision.id)
        .where(Decision.candidate_id == Candidate.id)
        .order_by(Decision.decided_at.desc(), Decision.id.desc())
        .limit(1)
        .correlate(Candidate)
        .scalar_subquery()
    )
    return (
        query.outerjoin(s, s.c.candidate_id == Candidate.id)
        .outerjoin(d, d.c.candidate_id == Candidate.id)
        .outerjoin(Decision, Decision.id == current)
        .add_columns(
            func.coalesce(s.c.submitted, 0).label("submitted"),
            func.coalesce(d.c.drafts, 0).label("drafts"),
            s.c.overall,
            s.c.impression,
            s.c.structured,
            *(func.coalesce(s.c[v], 0).label(v) for v in RECOMMENDATIONS),
            s.c.disagreement,
            s.c.halo_gap,
            Decision.decision,
            Decision.id.label("decision_id"),
        )
    )


# The query's columns, in order; `withheld` and `fair` are not among them (they keep their
# defaults until set).
_ROW_FIELDS: Final = tuple(
    f.name for f in fields(ComparisonRow) if f.name not in ("withheld", "fair")
)


def _comparison_row(values: Iterable[Any]) -> ComparisonRow:
    # Measured: the frozen dataclass's __init__ (one object.__setattr__ per field) took 28 ms
    # for 10,000 rows, filling the instance dict directly 13 ms; the table's budget is 150 ms.
    # Every column is already of its field's type on both databases: counts are integers, and
    # averages and differences of the Float score columns are floats on PostgreSQL too.
    row = object.__new__(ComparisonRow)
    row.__dict__.update(zip(_ROW_FIELDS, values, strict=True))
    return row


def withheld_from(viewer_id: int | None) -> Select[Any]:
    """The candidates this interviewer is still interviewing (a draft of theirs)."""
    return select(Interview.candidate_id).where(
        Interview.interviewer_id == viewer_id, Interview.status == "draft"
    )


def withheld_ids(connection: Connection, viewer_id: int | None) -> set[int]:
    """The candidates whose figures `viewer_id` may not see yet; none for no viewer (HR, CLI)."""
    if viewer_id is None:
        return set()
    return set(connection.execute(withheld_from(viewer_id)).scalars())


def _withheld_row(row: ComparisonRow) -> ComparisonRow:
    return replace(
        row, overall=None, impression=None, structured=None, strong_no=None, no=None, yes=None,
        strong_yes=None, disagreement=None, halo_gap=None, decision=None, decision_id=None,
        withheld=True,
    )  # fmt: skip


def comparison_rows(
    db: Database,
    position_id: int | None = None,
    viewer_id: int | None = None,
    *,
    candidate_ids: Sequence[int] | None = None,
    fair: bool = False,
) -> list[ComparisonRow]:
    """Every candidate of a position (of all, for None; or just `candidate_ids`) with figures.

    Unordered: each surface sorts as its reader chose. With `viewer_id`, the figures of the
    candidates that interviewer is still interviewing are withheld. With `fair`, each row not
    withheld carries its fair score, every candidate's position fitted on its own (slow: off
    the GUI thread).
    """
    # A Core connection, not an ORM session: the ORM's handling of the statement cost a further
    # 15-20 ms on 10,000 rows, for nothing, as no ORM objects are loaded.
    query = comparison_query(position_id, candidate_ids)
    with db.connect() as connection:
        rows = [_comparison_row(values) for values in connection.execute(query)]
        hidden = withheld_ids(connection, viewer_id)
    if hidden:
        rows = [_withheld_row(row) if row.id in hidden else row for row in rows]
    return _with_fair(db, rows) if fair else rows


def _with_fair(db: Database, rows: list[ComparisonRow]) -> list[ComparisonRow]:
    """The rows with their fair scores; a withheld row stays without."""
    scores = fair_scores_of(db, {row.position_id for row in rows})
    return [
        row if row.withheld or row.id not in scores else _fair_row(row, scores[row.id])
        for row in rows
    ]


def _fair_row(row: ComparisonRow, fair: FairScore) -> ComparisonRow:
    # As _comparison_row: dataclasses.replace took 260 ms for 10,000 rows, copying the instance
    # dict about 10 ms.
    copy = object.__new__(ComparisonRow)
    copy.__dict__.update(row.__dict__, fair=fair)
    return copy


def figures_by_id(
    db: Database, candidate_ids: Sequence[int], viewer_id: int | None = None, *, fair: bool = False
) -> dict[int, ComparisonRow]:
    """The figures of these candidates, by id (ids that name no candidate are absent); `fair`
    as for comparison_rows."""
    rows = comparison_rows(db, viewer_id=viewer_id, candidate_ids=candidate_ids, fair=fair)
    return {r.id: r for r in rows}
