# SPDX-License-Identifier: MIT
"""The panel's debrief of one candidate: where the interviewers disagree, side by side.

One read for the Debrief window and the debrief PDF, so both show the same thing: every question
of the rubrics the candidate was scored with, ordered by how far apart the interviewers' levels
are (two levels or more apart first, as the panel should talk about those), each interviewer's
level, skip and note beside the others'; each interviewer's first impression beside their
structured score (the evidence); the drafts still open, counted; the decisions taken so far.

The headline figures come from the one read model (services.comparison.figures), so the debrief,
the table and the PDFs agree. An interviewer who is still interviewing the candidate (a draft of
theirs) sees nothing of the others: the debrief is refused to them, as the table withholds.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from sqlalchemy import func, select

from hireapp.domain.layout import merged_layout
from hireapp.errors import InvalidInput, NotFound
from hireapp.services.comparison.figures import ComparisonRow, figures_by_id
from hireapp.services.decisions import DecisionInfo, decision_history
from hireapp.services.people import find_candidate
from hireapp.services.reports import PdfDocument
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.models import (
    Answer,
    FirstImpression,
    Interview,
    Interviewer,
    Recommendation,
    RubricVersion,
)
from hireapp.storage.session import Database

if TYPE_CHECKING:
    from hireapp.reports.debrief import DebriefReport

APART: Final = 2
"""Levels two or more apart on a question are a disagreement the panel should discuss."""


@dataclass(frozen=True)
class PanelInterview:
    """One submitted interview of the candidate: who, when, and what they concluded."""

    id: int
    interviewer: str
    submitted_at: dt.datetime | None
    impression_level: int | None  # the first-impression level chosen (1-5)
    impression_note: str
    # Scores on the table's 0-100 scale: the impression, the weighted question levels (the
    # evidence) and the two mixed by the rubric's impression weight.
    impression: float | None
    structured: float | None
    overall: float | None
    recommendation: str | None
    strengths: str
    concerns: str

    @property
    def halo_gap(self) -> float | None:
        """Impression minus evidence in points, as the table's halo gap is for one interview."""
        if self.impression is None or self.structured is None:
            return None
        return self.impression - self.structured


@dataclass(frozen=True)
class Rating:
    """One interviewer's answer to one question: a level, or skipped with a reason; the note."""

    level: int | None
    skipped: bool
    skip_reason: str
    note: str


@dataclass(frozen=True)
class QuestionDebrief:
    id: str
    title: str
    section: str
    ratings: tuple[Rating | None, ...]  # in the order of Debrief.interviews; None: not asked

    @property
    def levels(self) -> tuple[int, ...]:
        return tuple(r.level for r in self.ratings if r is not None and r.level is not None)

    @property
    def spread(self) -> int | None:
        """The highest level minus the lowest; None below two levels."""
        levels = self.levels
        return max(levels) - min(levels) if len(levels) >= 2 else None

    @property
    def disputed(self) -> bool:
        return (self.spread or 0) >= APART


@dataclass(frozen=True)
class Debrief:
    candidate: ComparisonRow  # the read model's row: figures, status and current decision
    interviews: tuple[PanelInterview, ...]  # submitted, oldest first
    drafts: int  # interviews of the candidate not submitted yet
    questions: tuple[QuestionDebrief, ...]  # most disagreement first, then rubric order
    decisions: tuple[DecisionInfo, ...]  # newest first

    @property
    def disputed(self) -> tuple[QuestionDebrief, ...]:
        return tuple(q for q in self.questions if q.disputed)


def debrief(db: Database, candidate: int | str, viewer_id: int | None = None) -> Debrief:
    """The debrief of a candidate (by id, or id or email as typed). NotFound for no such
    candidate; InvalidInput for a viewer who is still interviewing them (their own draft first,
    then the others' levels)."""
    if isinstance(candidate, str):
        with db.read() as session:
            candidate = find_candidate(session, candidate).id
    candidate_id = candidate
    heads = figures_by_id(db, [candidate_id], viewer_id)
    if candidate_id not in heads:
        raise NotFound(f"no candidate {candidate_id}")
    head = heads[candidate_id]
    if head.withheld:
        raise InvalidInput(
            "candidate",
            f"you are still interviewing {head.name}: submit your interview first, then the "
            "debrief shows the others' levels",
        )
    with db.read() as session:
        rows = session.execute(
            select(Interview, Interviewer.name, FirstImpression, Recommendation)
            .join(Interviewer, Interviewer.id == Interview.interviewer_id)
            .outerjoin(FirstImpression, FirstImpression.interview_id == Interview.id)
            .outerjoin(Recommendation, Recommendation.interview_id == Interview.id)
            .where(Interview.candidate_id == candidate_id, Interview.status == "submitted")
            .order_by(Interview.submitted_at, Interview.id)
        ).all()
        drafts = int(
            session.scalar(
                select(func.count())
                .select_from(Interview)
                .where(Interview.candidate_id == candidate_id, Interview.status == "draft")
            )
            or 0
        )
        ids = [row[0].id for row in rows]
        answers = session.execute(
            select(Answer.interview_id, Answer.question_id, Answer.score, Answer.skipped,
                   Answer.skip_reason, Answer.note)
            .where(Answer.interview_id.in_(ids))
        ).all()  # fmt: skip
        contents = session.execute(
            select(RubricVersion.content)
            .where(RubricVersion.id.in_({row[0].rubric_version_id for row in rows}))
            .order_by(RubricVersion.id.desc())
        ).scalars()
        rubrics = [stored_rubric(content) for content in contents]
        # Read while the session is open: the rows' objects are not loaded after it.
        interviews = tuple(
            PanelInterview(
                id=interview.id,
                interviewer=name,
                submitted_at=interview.submitted_at,
                impression_level=impression.score if impression is not None else None,
                impression_note=impression.note if impression is not None else "",
                impression=interview.impression_score,
                structured=interview.structured_score,
                overall=interview.overall,
                recommendation=recommendation.value if recommendation is not None else None,
                strengths=recommendation.strengths if recommendation is not None else "",
                concerns=recommendation.concerns if recommendation is not None else "",
            )
            for interview, name, impression, recommendation in rows
        )
    given: dict[tuple[int, str], Rating] = {
        (interview_id, question_id): Rating(score, bool(skipped), skip_reason or "", note or "")
        for interview_id, question_id, score, skipped, skip_reason, note in answers
    }
    questions = [
        QuestionDebrief(
            id=question.id,
            title=question.title,
            section=section.title,
            ratings=tuple(given.get((interview_id, question.id)) for interview_id in ids),
        )
        for section in merged_layout(rubrics)
        for question in section.questions
    ]
    # Stable: equal spreads keep the rubric's order; questions without two levels last.
    questions.sort(key=lambda q: -(q.spread if q.spread is not None else -1))
    return Debrief(
        candidate=head,
        interviews=interviews,
        drafts=drafts,
        questions=tuple(questions),
        decisions=tuple(decision_history(db, candidate_id)),
    )


NOTE_ROOMS: Final = (600, 300, 150, 60, 0)
"""Characters of each note the debrief PDF prints, tried in turn until it fits MAX_PAGES."""
MAX_PAGES: Final = 3


def debrief_report(panel: Debrief, note_room: int = NOTE_ROOMS[0]) -> DebriefReport:
    """The debrief as the PDF prints it: interviewers lettered A, B, ... in submission order."""
    from hireapp.domain.recommendation import RECOMMENDATION_LABELS
    from hireapp.reports.debrief import DebriefInterviewer, DebriefQuestion, DebriefReport
    from hireapp.services.reports import _letter, decision_report
    from hireapp.storage.models import utcnow

    letters = [_letter(index) for index in range(len(panel.interviews))]

    def cell(rating: Rating | None) -> str:
        if rating is None:
            return "–"
        if rating.skipped:
            return "skipped"
        return "–" if rating.level is None else str(rating.level)

    candidate = panel.candidate
    return DebriefReport(
        candidate_id=candidate.id,
        name=candidate.name,
        position=candidate.position,
        generated_at=utcnow(),
        overall=candidate.overall,
        impression=candidate.impression,
        structured=candidate.structured,
        drafts=panel.drafts,
        interviewers=tuple(
            DebriefInterviewer(
                letter=letter,
                name=interview.interviewer,
                submitted_at=interview.submitted_at,
                impression_level=interview.impression_level,
                impression=interview.impression,
                structured=interview.structured,
                halo_gap=interview.halo_gap,
                recommendation=RECOMMENDATION_LABELS.get(interview.recommendation or "", "–"),
            )
            for letter, interview in zip(letters, panel.interviews, strict=True)
        ),
        questions=tuple(
            DebriefQuestion(
                title=question.title,
                section=question.section,
                cells=tuple(cell(rating) for rating in question.ratings),
                spread=question.spread,
                disputed=question.disputed,
                notes=tuple(
                    (letter, cell(rating), rating.note or rating.skip_reason)
                    for letter, rating in zip(letters, question.ratings, strict=True)
                    if rating is not None and (rating.note or rating.skip_reason).strip()
                ),
            )
            for question in panel.questions
        ),
        decisions=tuple(filter(None, map(decision_report, panel.decisions))),
        note_room=note_room,
    )


def debrief_pdf(db: Database, candidate: int | str, viewer_id: int | None = None) -> PdfDocument:
    """The candidate's debrief as PDF bytes, at most MAX_PAGES pages: the notes on disputed
    questions are shortened, then left out, until it fits."""
    from hireapp.reports.debrief import DebriefRenderer
    from hireapp.reports.naming import file_name

    panel = debrief(db, candidate, viewer_id)
    candidate_id = panel.candidate.id
    renderer = DebriefRenderer()
    for room in NOTE_ROOMS:
        out = io.BytesIO()
        pages = renderer.build(debrief_report(panel, room), out)
        if pages <= MAX_PAGES:
            break
    name = panel.candidate.name
    return PdfDocument(f"Debrief: {name}", "debrief-" + file_name(candidate_id, name),
                       out.getvalue(), kind="debrief", about=name)  # fmt: skip
