# SPDX-License-Identifier: MIT
"""The printed reports' input, built from the one read model, and the reports rendered to bytes.

The renderers in hireapp.reports only lay out the dataclasses of hireapp.reports.data; every figure
on paper (overall, first impression, structured, halo gap and note, tally, question means) comes
from hireapp.services.comparison, as in the table. Only submitted interviews are reported: drafts
are left out of every figure and only counted ("1 interview still in progress, by ..."). A
candidate without a submitted interview gets NothingToReport instead of an empty document.

Independent scoring holds on paper as on screen: with a viewer (the interviewer using the app),
a candidate they are still interviewing has no summary (ScoresWithheld) and a withheld column in a
shortlist. The command line passes no viewer: it is HR's full view.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hireapp.domain import statistics as stats
from hireapp.domain.layout import merged_layout, nearest_level
from hireapp.domain.rubric import Rubric
from hireapp.errors import HireappError, InvalidInput, NotFound
from hireapp.reports.data import (
    AnswerReport,
    CandidateReport,
    ComparedCandidate,
    ComparedQuestion,
    ComparisonReport,
    DecisionReport,
    DraftInfo,
    FairFigure,
    InterviewReport,
    QuestionReport,
    SectionReport,
)
from hireapp.services.comparison.fair import FairScore
from hireapp.services.comparison.figures import ComparisonRow, figures_by_id
from hireapp.services.comparison.side_by_side import (
    MAX_COMPARED,
    MIN_SIDE_BY_SIDE,
    compare_candidates,
)
from hireapp.services.decisions import DecisionInfo, decisions_by_id
from hireapp.services.people import find_candidate, find_position
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.chunks import chunked
from hireapp.storage.models import (
    Answer,
    Candidate,
    FirstImpression,
    Interview,
    Interviewer,
    Recommendation,
    RubricVersion,
)
from hireapp.storage.session import Database

MIN_COMPARED = MIN_SIDE_BY_SIDE


class NothingToReport(NotFound):
    """The candidate exists but has no submitted interview to put on paper."""


class ScoresWithheld(HireappError):
    """The viewer's own interview of the candidate is a draft: colleagues' scores stay hidden."""


def _letter(index: int) -> str:
    """A, B, ... Z, AA, AB ...: a short column label for an interviewer."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


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
    """Every question any interview was scored on, laid out as everywhere (by section id)."""
    sections = []
    for section in merged_layout(rubrics):
        questions = []
        for question in section.questions:
            levels = tuple(
                answer.level if (answer := i.answers.get(question.id)) else None for i in interviews
            )
            mean = stats.mean(level for level in levels if level is not None)
            level = None if mean is None else nearest_level(mean)
            questions.append(
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
        sections.append(SectionReport(section.id, section.title, tuple(questions)))
    return tuple(sections)


def gather_candidates(
    db: Database, ids: Sequence[int], viewer_id: int | None = None
) -> dict[int, CandidateReport]:
    """Summaries of these candidates, a few queries per 500; without a submitted interview, or
    withheld from `viewer_id`, a candidate is left out."""
    reports: dict[int, CandidateReport] = {}
    for chunk in chunked(list(dict.fromkeys(ids))):
        reports.update(_reports_of(db, figures_by_id(db, chunk, viewer_id, fair=True)))
    return reports


def _reports_of(db: Database, figures: dict[int, ComparisonRow]) -> dict[int, CandidateReport]:
    """The summaries of the candidates whose figures are given (up to one chunk of them)."""
    shown = [i for i, row in figures.items() if row.submitted and not row.withheld]
    if not shown:
        return {}
    now = dt.datetime.now(dt.UTC)
    reports: dict[int, CandidateReport] = {}
    decisions = decisions_by_id(db, [figures[i].decision_id for i in shown])
    # Built inside the session: the read session's rollback expires the ORM rows.
    with db.read() as session:
        rows, answers, phones = _read_interviews(session, shown)
        by_candidate: dict[int, list[_Row]] = defaultdict(list)
        for row in rows:
            by_candidate[row[0].candidate_id].append(row)
        for candidate_id in shown:
            report = _candidate_report(
                figures[candidate_id], phones.get(candidate_id), by_candidate[candidate_id],
                answers, now, decisions.get(figures[candidate_id].decision_id or 0),
            )  # fmt: skip
            if report is not None:
                reports[candidate_id] = report
    return reports


def _read_interviews(
    session: Session, candidate_ids: Sequence[int]
) -> tuple[list[_Row], dict[int, dict[str, AnswerReport]], dict[int, str | None]]:
    """Every interview of these candidates (drafts too, to count them), the submitted ones'
    answers, and the candidates' phone numbers."""
    rows: list[_Row] = [
        (interview, name, impression, recommendation, content)
        for interview, name, impression, recommendation, content in session.execute(
            select(Interview, Interviewer.name, FirstImpression, Recommendation,
                   RubricVersion.content)
            .join(Interviewer, Interviewer.id == Interview.interviewer_id)
            .join(RubricVersion, RubricVersion.id == Interview.rubric_version_id)
            .outerjoin(FirstImpression, FirstImpression.interview_id == Interview.id)
            .outerjoin(Recommendation, Recommendation.interview_id == Interview.id)
            .where(Interview.candidate_id.in_(candidate_ids))
            .order_by(Interview.candidate_id, Interview.started_at, Interview.id)
        )
    ]  # fmt: skip
    submitted_ids = [r[0].id for r in rows if r[0].status == "submitted"]
    answers: dict[int, dict[str, AnswerReport]] = defaultdict(dict)
    for part in chunked(submitted_ids):
        for answer in session.scalars(select(Answer).where(Answer.interview_id.in_(part))):
            answers[answer.interview_id][answer.question_id] = AnswerReport(
                level=answer.score,
                skipped=answer.skipped,
                skip_reason=answer.skip_reason or "",
                note=answer.note,
            )
    phones = {
        candidate_id: phone
        for candidate_id, phone in session.execute(
            select(Candidate.id, Candidate.phone).where(Candidate.id.in_(candidate_ids))
        )
    }
    return rows, answers, phones


def _candidate_report(
    figures: ComparisonRow,
    phone: str | None,
    rows: list[_Row],
    answers: dict[int, dict[str, AnswerReport]],
    now: dt.datetime,
    decision: DecisionInfo | None = None,
) -> CandidateReport | None:
    submitted = [r for r in rows if r[0].status == "submitted"]
    if not submitted:
        return None  # submitted after the figures were read: the next report will have it
    drafts = tuple(
        DraftInfo(interviewer=r[1], started_at=r[0].started_at)
        for r in rows
        if r[0].status != "submitted"
    )
    rubrics = [stored_rubric(r[4]) for r in submitted]
    interviews = tuple(
        _interview_report(i, r, rubric, answers.get(r[0].id, {}))
        for i, (r, rubric) in enumerate(zip(submitted, rubrics, strict=True))
    )
    # The newest rubric version sets the order, older ones add only what it lacks: as in Side by
    # side and the shortlist, so a question stands in the same place in every document.
    by_version = {
        r[0].rubric_version_id: rubric for r, rubric in zip(submitted, rubrics, strict=True)
    }
    newest_first = [by_version[v] for v in sorted(by_version, reverse=True)]
    return CandidateReport(
        id=figures.id,
        name=figures.name,
        email=figures.email,
        phone=phone,
        position=figures.position,
        status=figures.status,
        generated_at=now,
        interviews=interviews,
        sections=_sections(newest_first, interviews),
        drafts=drafts,
        overall=figures.overall,
        impression=figures.impression,
        structured=figures.structured,
        halo_gap=figures.halo_gap,
        halo=figures.halo,
        halo_note=figures.halo_note,
        disagreement=figures.disagreement,
        tally=figures.recommendations,
        decision=decision_report(decision),
        fair=fair_figure(figures.fair),
    )


def fair_figure(fair: FairScore | None) -> FairFigure | None:
    """The read model's fair score as the documents take it."""
    if fair is None:
        return None
    return FairFigure(fair.adjusted, fair.low, fair.high, fair.single_interviewer)


def decision_report(made: DecisionInfo | None) -> DecisionReport | None:
    """The current decision (the one the read model names), as the summary prints it."""
    if made is None:
        return None
    return DecisionReport(
        label=made.label,
        rationale=made.rationale,
        decided_by=made.decided_by,
        decided_at=made.decided_at,
        after_interview=made.after_interview_text,
    )


def withheld_message(name: str) -> str:
    """Why there is no summary of a candidate whose interview the viewer has not submitted."""
    return f"submit your own interview of {name} first: colleagues' scores stay hidden until then"


def candidate_report(db: Database, key: str | int, viewer_id: int | None = None) -> CandidateReport:
    """The summary of one candidate, by id or email.

    NothingToReport without a submitted interview; ScoresWithheld while `viewer_id`'s own
    interview of the candidate is a draft.
    """
    with db.read() as session:
        candidate = find_candidate(session, str(key))
        candidate_id, name = candidate.id, candidate.name
    figures = figures_by_id(db, [candidate_id], viewer_id, fair=True)
    if figures[candidate_id].withheld:
        raise ScoresWithheld(withheld_message(name))
    reports = _reports_of(db, figures)
    if candidate_id not in reports:
        raise NothingToReport(_nothing_message(name, figures[candidate_id].drafts))
    return reports[candidate_id]


def _nothing_message(name: str, drafts: int) -> str:
    if drafts:
        return (
            f"{name} has no submitted interview yet ({drafts} still in progress); "
            "a summary is printed once an interview is submitted"
        )
    return f"{name} has not been interviewed yet; there is nothing to summarise"


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


def comparison_report(
    db: Database, keys: Sequence[str | int], viewer_id: int | None = None
) -> ComparisonReport:
    """A shortlist of 2-10 candidates (ids or emails) side by side, over submitted interviews.

    The same comparison as Side by side (hireapp.services.comparison.side_by_side); a candidate
    `viewer_id` is still interviewing is a withheld column.
    """
    unique = list(dict.fromkeys(str(key).strip() for key in keys))
    if not MIN_COMPARED <= len(unique) <= MAX_COMPARED:
        raise InvalidInput(
            "candidates",
            f"compare {MIN_COMPARED} to {MAX_COMPARED} different candidates, got {len(unique)}",
        )
    with db.read() as session:
        found = [(c.id, c.name) for c in (find_candidate(session, key) for key in unique)]
    ids = list(dict.fromkeys(candidate_id for candidate_id, _name in found))
    if len(ids) < MIN_COMPARED:
        raise InvalidInput("candidates", "those name the same candidate; compare two or more")
    compared = compare_candidates(db, ids, viewer_id, most=MAX_COMPARED)
    missing = [c.name for c in compared.candidates if not c.submitted and not c.withheld]
    if missing:
        raise NothingToReport(
            f"no submitted interview yet for {', '.join(missing)}; nothing to compare"
        )
    questions = tuple(
        ComparedQuestion(row.id, section.id, section.title, row.title)
        for section in compared.sections
        for row in section.questions
    )
    candidates = tuple(
        ComparedCandidate(
            id=c.id,
            name=c.name,
            email=c.email,
            position=c.position,
            interviews=c.submitted,
            drafts=c.drafts,
            overall=c.overall,
            impression=c.impression,
            structured=c.structured,
            halo_gap=c.halo_gap,
            halo=c.halo,
            halo_note=c.halo_note,
            disagreement=c.disagreement,
            tally=c.recommendations,
            means={
                row.id: mean
                for section in compared.sections
                for row in section.questions
                if (mean := row.cells[n].mean) is not None
            },
            withheld=c.withheld,
            fair=fair_figure(c.fair),
        )
        for n, c in enumerate(compared.candidates)
    )
    return ComparisonReport(
        generated_at=dt.datetime.now(dt.UTC), candidates=candidates, questions=questions
    )


@dataclass(frozen=True)
class PdfDocument:
    """A finished document: a title for a window, a file name to suggest, and its bytes.

    `kind` ("summary", "comparison", "debrief") and `about` (the names it is about) let a front
    end say the title in the user's language; `title` is the English one (the PDF's own).
    """

    title: str
    file_name: str
    data: bytes
    kind: str = ""
    about: str = ""


def candidate_summary_pdf(
    db: Database, key: str | int, viewer_id: int | None = None
) -> PdfDocument:
    """A candidate's summary (by id or email) rendered to PDF bytes; see candidate_report."""
    from hireapp.reports import write_candidate_summary
    from hireapp.reports.naming import file_name

    data = candidate_report(db, str(key), viewer_id)
    out = io.BytesIO()
    write_candidate_summary(data, out)
    return PdfDocument(f"Summary: {data.name}", file_name(data.id, data.name), out.getvalue(),
                       kind="summary", about=data.name)  # fmt: skip


def comparison_pdf(
    db: Database, keys: Sequence[str | int], viewer_id: int | None = None
) -> PdfDocument:
    """A shortlist comparison of 2-10 candidates (ids or emails) rendered to PDF bytes."""
    from hireapp.reports import write_comparison

    data = comparison_report(db, [str(key) for key in keys], viewer_id)
    out = io.BytesIO()
    write_comparison(data, out)
    names = ", ".join(c.name for c in data.candidates)
    return PdfDocument(f"Comparison: {names}", "shortlist-comparison.pdf", out.getvalue(),
                       kind="comparison", about=names)  # fmt: skip
