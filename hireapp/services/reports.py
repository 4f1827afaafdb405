# SPDX-License-Identifier: MIT
"""Everything a printed report needs, read in a few queries and handed over as frozen dataclasses.

The renderers in hireapp.reports only lay these out; nothing here knows about ReportLab or Qt.
Only submitted interviews are reported: a draft can stop half-way and its scores would move a mean
around, so drafts are left out of every figure and table and only counted ("1 interview still in
progress, by ..."), which the summary states plainly. A candidate without a submitted interview has
nothing to report and gets a NothingToReport error instead of an empty document.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hireapp.domain.recommendation import RECOMMENDATIONS
from hireapp.domain.rubric import Rubric
from hireapp.errors import InvalidInput, NotFound
from hireapp.services.people import find_candidate, find_position
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.models import (
    Answer,
    Candidate,
    FirstImpression,
    Interview,
    Interviewer,
    Position,
    Recommendation,
    RubricVersion,
)
from hireapp.storage.session import Database

# A gap of a whole level (25 points on 0-100) between the 30-second impression and the evidence is
# worth a sentence on paper: that is where a halo (or its opposite) may be at work.
HALO_GAP = 25.0
RECOMMENDATION_LABELS = {
    "strong_no": "Strong no",
    "no": "No",
    "yes": "Yes",
    "strong_yes": "Strong yes",
}
MIN_COMPARED = 2
MAX_COMPARED = 10
# Enough ids per IN (...) to keep the query count low, few enough for every database's limits.
_CHUNK = 500


class NothingToReport(NotFound):
    """The candidate exists but has no submitted interview to put on paper."""


@dataclass(frozen=True)
class AnswerReport:
    """One interviewer's answer to one question: a level 1-5, or skipped with a reason."""

    level: int | None
    skipped: bool
    skip_reason: str
    note: str


@dataclass(frozen=True)
class InterviewReport:
    """One submitted interview, with everything its interviewer recorded."""

    id: int
    letter: str  # A, B, C...: the column of this interviewer in the question tables
    interviewer: str
    started_at: dt.datetime
    submitted_at: dt.datetime
    rubric: str  # title and version
    overall: float | None
    impression: float | None
    structured: float | None
    answered: int
    skipped: int
    impression_level: int | None
    impression_cues: tuple[str, ...]  # the labels of the cues seen
    impression_note: str
    seconds_since_arrival: float | None
    recommendation: str | None
    strengths: str
    concerns: str
    answers: dict[str, AnswerReport]


@dataclass(frozen=True)
class QuestionReport:
    """A question with every interviewer's level, their mean and what that level looks like."""

    id: str
    title: str
    text: str
    weight: float
    levels: tuple[int | None, ...]  # per interview, in the order of CandidateReport.interviews
    mean: float | None  # mean level 1-5 over the interviewers who scored it
    anchor_level: int | None  # the mean rounded to a level
    anchor: str  # the described behaviour at that level ("" without a mean)


@dataclass(frozen=True)
class SectionReport:
    title: str
    questions: tuple[QuestionReport, ...]


@dataclass(frozen=True)
class DraftInfo:
    interviewer: str
    started_at: dt.datetime


@dataclass(frozen=True)
class CandidateReport:
    """A candidate's summary: submitted interviews only; scores 0-100 are means over them."""

    id: int
    name: str
    email: str
    phone: str | None
    position: str
    status: str
    generated_at: dt.datetime
    interviews: tuple[InterviewReport, ...]
    sections: tuple[SectionReport, ...]
    drafts: tuple[DraftInfo, ...]
    overall: float | None
    impression: float | None
    structured: float | None
    tally: dict[str, int]

    @property
    def interviewers(self) -> tuple[str, ...]:
        return tuple(interview.interviewer for interview in self.interviews)

    @property
    def first_date(self) -> dt.date:
        return min(interview.started_at for interview in self.interviews).date()

    @property
    def last_date(self) -> dt.date:
        return max(interview.submitted_at for interview in self.interviews).date()

    @property
    def halo_note(self) -> str | None:
        """A plain sentence when impression and structured score disagree strongly."""
        return halo_note(self.impression, self.structured)


@dataclass(frozen=True)
class ComparedCandidate:
    """One column of a shortlist comparison."""

    id: int
    name: str
    email: str
    position: str
    interviews: int
    overall: float | None
    impression: float | None
    structured: float | None
    tally: dict[str, int]
    means: dict[str, float]  # question id -> mean level 1-5 (absent when nobody scored it)

    @property
    def halo_note(self) -> str | None:
        return halo_note(self.impression, self.structured)


@dataclass(frozen=True)
class ComparedQuestion:
    id: str
    section: str
    title: str


@dataclass(frozen=True)
class ComparisonReport:
    generated_at: dt.datetime
    candidates: tuple[ComparedCandidate, ...]
    questions: tuple[ComparedQuestion, ...]

    @property
    def positions(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(candidate.position for candidate in self.candidates))


def halo_note(impression: float | None, structured: float | None) -> str | None:
    """Say so when the 30-second impression and the structured score are a level or more apart."""
    if impression is None or structured is None or abs(impression - structured) < HALO_GAP:
        return None
    gap = round(abs(impression - structured))
    if impression > structured:
        return (
            f"The first impression ({impression:.0f}) is {gap} points above the structured score "
            f"({structured:.0f}): the candidate came across better in the first 30 seconds than "
            "their answers bear out."
        )
    return (
        f"The first impression ({impression:.0f}) is {gap} points below the structured score "
        f"({structured:.0f}): the answers were stronger than the first 30 seconds suggested."
    )


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.fmean(present) if present else None


def _letter(index: int) -> str:
    """A, B, ... Z, AA, AB ...: a short column label for an interviewer."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


# An interview as read: the row, its interviewer's name, impression, wrap-up and rubric content.
_Row = tuple[Interview, str, FirstImpression | None, Recommendation | None, str]


def _interview_report(
    index: int, row: _Row, rubric: Rubric, answers: dict[str, AnswerReport]
) -> InterviewReport:
    interview, interviewer, impression, recommendation, _content = row
    assert interview.submitted_at is not None, "only submitted interviews are reported"
    labels = {cue.id: cue.label for cue in rubric.first_impression.cues}
    cues: tuple[str, ...] = ()
    if impression is not None:
        cues = tuple(labels.get(cue, cue) for cue in json.loads(impression.cues or "[]"))
    return InterviewReport(
        id=interview.id,
        letter=_letter(index),
        interviewer=interviewer,
        started_at=interview.started_at,
        submitted_at=interview.submitted_at,
        rubric=f"{rubric.title} {rubric.version}",
        overall=interview.overall,
        impression=interview.impression_score,
        structured=interview.structured_score,
        answered=interview.answered_count,
        skipped=interview.skipped_count,
        impression_level=None if impression is None else impression.score,
        impression_cues=cues,
        impression_note="" if impression is None else impression.note,
        seconds_since_arrival=None if impression is None else impression.seconds_since_arrival,
        recommendation=None if recommendation is None else recommendation.value,
        strengths="" if recommendation is None else recommendation.strengths,
        concerns="" if recommendation is None else recommendation.concerns,
        answers=answers,
    )


def _sections(
    rubrics: Sequence[Rubric], interviews: Sequence[InterviewReport]
) -> tuple[SectionReport, ...]:
    """Every question any interview was scored on, in rubric order (the newest rubric first)."""
    seen: set[str] = set()
    sections: dict[str, list[QuestionReport]] = {}
    for rubric in rubrics:
        for section in rubric.sections:
            for question in section.questions:
                if question.id in seen:
                    continue
                seen.add(question.id)
                levels = tuple(
                    answer.level if (answer := i.answers.get(question.id)) else None
                    for i in interviews
                )
                mean = _mean(levels)
                level = None if mean is None else int(mean + 0.5)  # half rounds up, not to even
                sections.setdefault(section.title, []).append(
                    QuestionReport(
                        id=question.id,
                        title=question.title,
                        text=question.text,
                        weight=question.weight,
                        levels=levels,
                        mean=mean,
                        anchor_level=level,
                        anchor="" if level is None else question.anchors.describe(level),
                    )
                )
    return tuple(SectionReport(title, tuple(qs)) for title, qs in sections.items())


def gather_candidates(session: Session, ids: Sequence[int]) -> dict[int, CandidateReport]:
    """Summaries of these candidates, in three queries per 500; candidates with nothing left out."""
    reports: dict[int, CandidateReport] = {}
    now = dt.datetime.now(dt.UTC)
    for chunk in _chunks(list(ids)):
        candidates = session.execute(
            select(Candidate, Position.title)
            .join(Position, Position.id == Candidate.position_id)
            .where(Candidate.id.in_(chunk))
        ).all()
        rows = session.execute(
            select(
                Interview,
                Interviewer.name,
                FirstImpression,
                Recommendation,
                RubricVersion.content,
            )
            .join(Interviewer, Interviewer.id == Interview.interviewer_id)
            .join(RubricVersion, RubricVersion.id == Interview.rubric_version_id)
            .outerjoin(FirstImpression, FirstImpression.interview_id == Interview.id)
            .outerjoin(Recommendation, Recommendation.interview_id == Interview.id)
            .where(Interview.candidate_id.in_(chunk))
            .order_by(Interview.candidate_id, Interview.started_at, Interview.id)
        ).all()
        submitted_ids = [r[0].id for r in rows if r[0].status == "submitted"]
        answers: dict[int, dict[str, AnswerReport]] = defaultdict(dict)
        for interview_chunk in _chunks(submitted_ids):
            for answer in session.scalars(
                select(Answer).where(Answer.interview_id.in_(interview_chunk))
            ):
                answers[answer.interview_id][answer.question_id] = AnswerReport(
                    level=answer.score,
                    skipped=answer.skipped,
                    skip_reason=answer.skip_reason or "",
                    note=answer.note,
                )
        by_candidate: dict[int, list[_Row]] = defaultdict(list)
        for interview, name, impression, recommendation, content in rows:
            by_candidate[interview.candidate_id].append(
                (interview, name, impression, recommendation, content)
            )
        for candidate, position in candidates:
            rows_of = by_candidate[candidate.id]
            report = _candidate_report(candidate, position, rows_of, answers, now)
            if report is not None:
                reports[candidate.id] = report
    return reports


def _candidate_report(
    candidate: Candidate,
    position: str,
    rows: list[_Row],
    answers: dict[int, dict[str, AnswerReport]],
    now: dt.datetime,
) -> CandidateReport | None:
    submitted = [r for r in rows if r[0].status == "submitted"]
    drafts = tuple(
        DraftInfo(interviewer=r[1], started_at=r[0].started_at)
        for r in rows
        if r[0].status != "submitted"
    )
    if not submitted:
        return None
    rubrics = [stored_rubric(r[4]) for r in submitted]
    interviews = tuple(
        _interview_report(i, r, rubric, answers.get(r[0].id, {}))
        for i, (r, rubric) in enumerate(zip(submitted, rubrics, strict=True))
    )
    tally = dict.fromkeys(RECOMMENDATIONS, 0)
    for interview in interviews:
        if interview.recommendation in tally:
            tally[interview.recommendation] += 1
    # The newest interview's rubric sets the order; older versions add only what it lacks.
    newest_first = list(dict.fromkeys(reversed(rubrics)))
    return CandidateReport(
        id=candidate.id,
        name=candidate.name,
        email=candidate.email,
        phone=candidate.phone,
        position=position,
        status=candidate.status,
        generated_at=now,
        interviews=interviews,
        sections=_sections(newest_first, interviews),
        drafts=drafts,
        overall=_mean(i.overall for i in interviews),
        impression=_mean(i.impression for i in interviews),
        structured=_mean(i.structured for i in interviews),
        tally=tally,
    )


def _nothing_message(session: Session, candidate: Candidate) -> str:
    drafts = session.scalars(
        select(Interview.id).where(Interview.candidate_id == candidate.id)
    ).all()
    if drafts:
        count = len(drafts)
        return (
            f"{candidate.name} has no submitted interview yet ({count} still in progress); "
            "a summary is printed once an interview is submitted"
        )
    return f"{candidate.name} has not been interviewed yet; there is nothing to summarise"


def candidate_report(db: Database, key: str | int) -> CandidateReport:
    """The summary of one candidate, by id or email; NothingToReport without a submitted one."""
    with db.read() as session:
        candidate = find_candidate(session, str(key))
        reports = gather_candidates(session, [candidate.id])
        if candidate.id not in reports:
            raise NothingToReport(_nothing_message(session, candidate))
        return reports[candidate.id]


@dataclass(frozen=True)
class PositionRoster:
    """A position's candidates with a submitted interview (id, name) and how many it has in all."""

    title: str
    candidates: tuple[tuple[int, str], ...]
    total: int


def position_candidates(db: Database, position: str) -> PositionRoster:
    """The candidates of a position (id or title) that a summary can be printed for, by name."""
    with db.read() as session:
        found = find_position(session, position)
        total = session.scalar(
            select(func.count(Candidate.id)).where(Candidate.position_id == found.id)
        )
        rows = session.execute(
            select(Candidate.id, Candidate.name)
            .where(
                Candidate.position_id == found.id,
                Candidate.id.in_(
                    select(Interview.candidate_id).where(Interview.status == "submitted")
                ),
            )
            .order_by(Candidate.name, Candidate.id)
        ).all()
        return PositionRoster(found.title, tuple((r.id, r.name) for r in rows), int(total or 0))


def comparison_report(db: Database, keys: Sequence[str | int]) -> ComparisonReport:
    """A shortlist of 2-10 candidates (ids or emails) side by side, over submitted interviews."""
    unique = list(dict.fromkeys(str(key).strip() for key in keys))
    if not MIN_COMPARED <= len(unique) <= MAX_COMPARED:
        raise InvalidInput(
            "candidates",
            f"compare {MIN_COMPARED} to {MAX_COMPARED} different candidates, got {len(unique)}",
        )
    with db.read() as session:
        found = [find_candidate(session, key) for key in unique]
        ids = list(dict.fromkeys(candidate.id for candidate in found))
        if len(ids) < MIN_COMPARED:
            raise InvalidInput("candidates", "those name the same candidate; compare two or more")
        reports = gather_candidates(session, ids)
        missing = [c for c in found if c.id not in reports]
        if missing:
            names = ", ".join(c.name for c in missing)
            raise NothingToReport(f"no submitted interview yet for {names}; nothing to compare")
    ordered = [reports[i] for i in ids]
    questions: dict[str, ComparedQuestion] = {}
    for report in ordered:
        for section in report.sections:
            for question in section.questions:
                questions.setdefault(
                    question.id, ComparedQuestion(question.id, section.title, question.title)
                )
    compared = tuple(
        ComparedCandidate(
            id=r.id,
            name=r.name,
            email=r.email,
            position=r.position,
            interviews=len(r.interviews),
            overall=r.overall,
            impression=r.impression,
            structured=r.structured,
            tally=r.tally,
            means={q.id: q.mean for s in r.sections for q in s.questions if q.mean is not None},
        )
        for r in ordered
    )
    return ComparisonReport(
        generated_at=dt.datetime.now(dt.UTC),
        candidates=compared,
        questions=tuple(questions.values()),
    )


@dataclass(frozen=True)
class PdfDocument:
    """A finished document: a title for a window, a file name to suggest, and its bytes."""

    title: str
    file_name: str
    data: bytes


def candidate_summary_pdf(db: Database, key: str | int) -> PdfDocument:
    """A candidate's summary (by id or email) rendered to PDF bytes."""
    from hireapp.reports import write_candidate_summary
    from hireapp.reports.batch import file_name

    data = candidate_report(db, str(key))
    out = io.BytesIO()
    write_candidate_summary(data, out)
    return PdfDocument(f"Summary: {data.name}", file_name(data.id, data.name), out.getvalue())


def comparison_pdf(db: Database, keys: Sequence[str | int]) -> PdfDocument:
    """A shortlist comparison of 2-10 candidates (ids or emails) rendered to PDF bytes."""
    from hireapp.reports import write_comparison

    data = comparison_report(db, [str(key) for key in keys])
    out = io.BytesIO()
    write_comparison(data, out)
    names = ", ".join(c.name for c in data.candidates)
    return PdfDocument(f"Comparison: {names}", "shortlist-comparison.pdf", out.getvalue())
