# SPDX-License-Identifier: MIT
"""The interview's life: start, first impression, answers, wrap-up, submit.

Every call is one small transaction, so the GUI can save each change the moment it is made.
The rules the research asks for are enforced here, not in the screens:
- the first impression is locked once the first question is answered, so it cannot be revised in
  hindsight; a later change is an amendment with a reason, kept in the audit trail;
- the recommendation is taken only after every question is answered or skipped, so a verdict
  cannot lead the ratings;
- a submitted interview is locked: every later change is refused.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hireapp.domain.recommendation import RECOMMENDATIONS
from hireapp.domain.scoring import ScoreBreakdown, open_questions, score_interview
from hireapp.domain.text import checked_text
from hireapp.errors import (
    Conflict,
    ConstraintViolated,
    ImpressionLocked,
    InterviewLocked,
    InvalidInput,
    NotFound,
)
from hireapp.services.claims import Claim, check_claim
from hireapp.services.people import find_candidate
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.models import (
    Answer,
    AuditEvent,
    Candidate,
    FirstImpression,
    Interview,
    Interviewer,
    Position,
    Recommendation,
    RubricVersion,
    utcnow,
)
from hireapp.storage.session import Database

if TYPE_CHECKING:
    from hireapp.domain.rubric import Rubric

MAX_NOTE = 20_000


@dataclass(frozen=True)
class ImpressionState:
    score: int | None
    cues: tuple[str, ...]
    note: str
    arrived_at: dt.datetime | None
    seconds_since_arrival: float | None
    locked: bool


@dataclass(frozen=True)
class AnswerState:
    question_id: str
    score: int | None
    skipped: bool
    skip_reason: str | None
    note: str
    answered_at: dt.datetime
    seconds_spent: float | None


@dataclass(frozen=True)
class InterviewState:
    """Everything the interview screens show, read in one go."""

    id: int
    candidate_id: int
    candidate_name: str
    candidate_email: str
    position: str
    interviewer_id: int
    interviewer: str
    rubric_version_id: int
    status: str
    started_at: dt.datetime
    submitted_at: dt.datetime | None
    current_page: str | None
    revision: int  # grows with every change: a window writes only from the one it read
    impression: ImpressionState | None
    answers: dict[str, AnswerState]
    recommendation: str | None
    strengths: str
    concerns: str
    scores: ScoreBreakdown

    @property
    def submitted(self) -> bool:
        return self.status == "submitted"


# --- helpers shared by the use cases ---------------------------------------------------------


def _note(field: str, value: str) -> str:
    """A multi-line text as typed: tab and newline allowed, other control characters refused."""
    if len(value) > MAX_NOTE:
        raise InvalidInput(field, f"is longer than {MAX_NOTE} characters")
    return checked_text(field, value, multiline=True)


def _level(field: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise InvalidInput(field, f"must be a whole number from 1 to 5, got {value!r}")
    return value


def _open_for_change(session: Session, interview_id: int, claim: Claim | None = None) -> Interview:
    """The interview, locked for this transaction, refusing it when submitted, or when the
    window writing (its `claim`) works from a stale view of it; the change is counted."""
    interview = session.get(Interview, interview_id, with_for_update=True)
    if interview is None:
        raise NotFound(f"no interview {interview_id}")
    if interview.status == "submitted":
        raise InterviewLocked(
            f"interview {interview_id} was submitted on {interview.submitted_at:%Y-%m-%d %H:%M} UTC"
            " and can no longer be changed"
        )
    check_claim(session, interview, claim)
    return interview


def _rubric(session: Session, interview: Interview) -> Rubric:
    content = session.scalar(
        select(RubricVersion.content).where(RubricVersion.id == interview.rubric_version_id)
    )
    assert content is not None, "rubric_version_id is a foreign key"
    return stored_rubric(content)


def _actor(session: Session, interview: Interview) -> str:
    return (
        session.scalar(select(Interviewer.name).where(Interviewer.id == interview.interviewer_id))
        or ""
    )


def _audit(
    session: Session,
    interview: Interview,
    action: str,
    entity: str,
    *,
    reason: str = "",
    detail: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEvent(
            actor=_actor(session, interview),
            action=action,
            entity=entity,
            entity_id=interview.id,
            interview_id=interview.id,
            reason=reason,
            detail=json.dumps(detail or {}, sort_keys=True, ensure_ascii=False),
        )
    )


def interview_scores(
    rubric: Rubric,
    answers: Mapping[str, int],
    skipped: Collection[str],
    impression: int | None,
) -> ScoreBreakdown:
    """An interview's scores by its rubric's weights, from levels, skipped ids and impression."""
    return score_interview(
        [(q.id, q.weight) for q in rubric.questions()],
        answers,
        skipped,
        impression,
        rubric.first_impression.weight,
    )


def score_columns(scores: ScoreBreakdown) -> dict[str, float | int | None]:
    """The interviews table's stored copy of the scores, which the per-position aggregates read.

    Every writer of an interview's answers stores them through this: the services here, an
    import, the demo's bulk rows.
    """
    return {
        "overall": scores.overall,
        "impression_score": scores.impression,
        "structured_score": scores.structured,
        "answered_count": scores.answered,
        "skipped_count": scores.skipped,
    }


def store_scores(interview: Interview, scores: ScoreBreakdown) -> None:
    """Set the interview's stored scores (see score_columns)."""
    for column, value in score_columns(scores).items():
        setattr(interview, column, value)


def _compute_scores(session: Session, interview: Interview, rubric: Rubric) -> ScoreBreakdown:
    rows = session.execute(
        select(Answer.question_id, Answer.score, Answer.skipped).where(
            Answer.interview_id == interview.id
        )
    ).all()
    impression = session.scalar(
        select(FirstImpression.score).where(FirstImpression.interview_id == interview.id)
    )
    return interview_scores(
        rubric,
        {row.question_id: row.score for row in rows if not row.skipped and row.score is not None},
        [row.question_id for row in rows if row.skipped],
        impression,
    )


def _store_scores(session: Session, interview: Interview, rubric: Rubric) -> ScoreBreakdown:
    """Keep the interview's computed scores current, for the per-position aggregates."""
    session.flush()
    scores = _compute_scores(session, interview, rubric)
    store_scores(interview, scores)
    interview.updated_at = utcnow()
    return scores


def _lock_impression(session: Session, interview: Interview) -> None:
    impression = session.get(FirstImpression, interview.id)
    if impression is None:
        # No impression was recorded before the questions began; an empty locked one keeps
        # it from being filled in later with hindsight.
        session.add(FirstImpression(interview_id=interview.id, locked_at=utcnow()))
    elif impression.locked_at is None:
        impression.locked_at = utcnow()


def _impression_values(impression: FirstImpression) -> dict[str, Any]:
    return {
        "score": impression.score,
        "cues": json.loads(impression.cues),
        "note": impression.note,
    }


def _clean_cues(rubric: Rubric, cues: list[str] | tuple[str, ...]) -> list[str]:
    known = [cue.id for cue in rubric.first_impression.cues]
    unknown = sorted(set(cues) - set(known))
    if unknown:
        raise InvalidInput("cues", f"not in this rubric: {', '.join(unknown)}")
    return [cue for cue in known if cue in cues]


# --- use cases -----------------------------------------------------------------------------


def start_interview(
    db: Database, *, candidate: int | str, interviewer_id: int, rubric_version_id: int
) -> int:
    """Open a draft interview of a candidate by an interviewer with a rubric version; its id."""
    with db.write() as session:
        candidate_row = find_candidate(session, str(candidate))
        # Share-lock the candidate: an erase under way (it holds the row for update) finishes
        # first, and then the candidate is gone, rather than the insert breaking a foreign key.
        if (
            session.scalar(
                select(Candidate.id)
                .where(Candidate.id == candidate_row.id)
                .with_for_update(read=True, key_share=True)
            )
            is None
        ):
            raise NotFound(f"no candidate {candidate!r}; it was erased meanwhile")
        interviewer = session.get(Interviewer, interviewer_id)
        if interviewer is None:
            raise NotFound(f"no interviewer {interviewer_id}")
        if session.get(RubricVersion, rubric_version_id) is None:
            raise NotFound(f"no rubric version {rubric_version_id}")
        existing = session.scalar(
            select(Interview.id).where(
                Interview.candidate_id == candidate_row.id,
                Interview.interviewer_id == interviewer_id,
            )
        )
        if existing is not None:
            raise Conflict(
                f"{interviewer.name} already has interview {existing} with {candidate_row.name}; "
                "resume that one"
            )
        interview = Interview(
            candidate_id=candidate_row.id,
            interviewer_id=interviewer_id,
            rubric_version_id=rubric_version_id,
        )
        session.add(interview)
        try:
            session.flush()
        except ConstraintViolated as exc:
            if exc.constraint != "uq_interviews_candidate_interviewer":
                raise
            # Another client started the same interview between our check and our insert.
            raise Conflict(
                f"{interviewer.name} already has an interview with {candidate_row.name}"
            ) from exc
        _audit(session, interview, "start", "interview")
        return interview.id


def find_interview(db: Database, candidate_id: int, interviewer_id: int) -> int | None:
    """The id of this interviewer's interview of this candidate, if there is one."""
    with db.read() as session:
        return session.scalar(
            select(Interview.id).where(
                Interview.candidate_id == candidate_id, Interview.interviewer_id == interviewer_id
            )
        )


def record_arrival(
    db: Database, interview_id: int, at: dt.datetime | None = None, *, claim: Claim | None = None
) -> None:
    """Note when the candidate arrived: the start of the 30-second impression window."""
    with db.write() as session:
        interview = _open_for_change(session, interview_id, claim)
        impression = session.get(FirstImpression, interview.id)
        if impression is not None and impression.locked_at is not None:
            raise ImpressionLocked("the first impression is locked; the arrival cannot change")
        if impression is None:
            impression = FirstImpression(interview_id=interview.id)
            session.add(impression)
        impression.arrived_at = at or utcnow()
        interview.updated_at = utcnow()


def record_impression(
    db: Database,
    interview_id: int,
    *,
    score: int | None,
    cues: list[str] | tuple[str, ...] = (),
    note: str = "",
    seconds_since_arrival: float | None = None,
    claim: Claim | None = None,
) -> None:
    """Save the first impression while it is open (before the first question is answered)."""
    if score is not None:
        _level("likeability", score)
    if seconds_since_arrival is not None and seconds_since_arrival < 0:
        raise InvalidInput("seconds since arrival", "cannot be negative")
    with db.write() as session:
        interview = _open_for_change(session, interview_id, claim)
        rubric = _rubric(session, interview)
        impression = session.get(FirstImpression, interview.id)
        if impression is not None and impression.locked_at is not None:
            raise ImpressionLocked(
                "the first impression was locked when the questions began; "
                "change it as an amendment with a reason"
            )
        if impression is None:
            impression = FirstImpression(interview_id=interview.id)
            session.add(impression)
        impression.score = score
        impression.cues = json.dumps(_clean_cues(rubric, cues))
        impression.note = _note("first impression note", note.strip())
        impression.recorded_at = utcnow()
        if seconds_since_arrival is not None:
            impression.seconds_since_arrival = seconds_since_arrival
        _store_scores(session, interview, rubric)


def lock_impression(db: Database, interview_id: int, *, claim: Claim | None = None) -> None:
    """Lock the first impression: the interview has moved on to the questions."""
    with db.write() as session:
        interview = _open_for_change(session, interview_id, claim)
        _lock_impression(session, interview)


def amend_impression(
    db: Database,
    interview_id: int,
    *,
    score: int | None,
    cues: list[str] | tuple[str, ...],
    note: str,
    reason: str,
    claim: Claim | None = None,
) -> None:
    """Change a locked first impression; the old values and the reason go to the audit trail."""
    reason = _note("reason", reason.strip())
    if not reason:
        raise InvalidInput("reason", "an amendment needs a reason")
    if score is not None:
        _level("likeability", score)
    with db.write() as session:
        interview = _open_for_change(session, interview_id, claim)
        rubric = _rubric(session, interview)
        impression = session.get(FirstImpression, interview.id)
        if impression is None or impression.locked_at is None:
            raise InvalidInput("impression", "is not locked yet; change it directly")
        before = _impression_values(impression)
        impression.score = score
        impression.cues = json.dumps(_clean_cues(rubric, cues))
        impression.note = _note("first impression note", note.strip())
        _audit(
            session,
            interview,
            "amend",
            "first_impression",
            reason=reason,
            detail={"before": before, "after": _impression_values(impression)},
        )
        _store_scores(session, interview, rubric)


def _answer_row(session: Session, interview: Interview, question_id: str) -> Answer:
    answer = session.scalar(
        select(Answer).where(Answer.interview_id == interview.id, Answer.question_id == question_id)
    )
    if answer is None:
        answer = Answer(interview_id=interview.id, question_id=question_id)
        session.add(answer)
    return answer


def _known_question(rubric: Rubric, question_id: str) -> None:
    if question_id not in {q.id for q in rubric.questions()}:
        raise NotFound(f"no question {question_id!r} in rubric {rubric.id} {rubric.version}")


def _answering(
    session: Session, interview_id: int, question_id: str, claim: Claim | None
) -> tuple[Interview, Rubric, Answer]:
    """The open interview, its rubric and the answer row; answering locks the impression."""
    interview = _open_for_change(session, interview_id, claim)
    rubric = _rubric(session, interview)
    _known_question(rubric, question_id)
    _lock_impression(session, interview)
    return interview, rubric, _answer_row(session, interview, question_id)


def answer_question(
    db: Database,
    interview_id: int,
    question_id: str,
    *,
    score: int | None,
    note: str | None = None,
    seconds_spent: float | None = None,
    claim: Claim | None = None,
) -> ScoreBreakdown:
    """Score a question (or clear its score with None), optionally with its note."""
    if score is not None:
        _level("score", score)
    with db.write() as session:
        interview, rubric, answer = _answering(session, interview_id, question_id, claim)
        answer.score = score
        answer.skipped = False
        answer.skip_reason = None
        if note is not None:
            answer.note = _note(f"note on {question_id}", note)
        if seconds_spent is not None:
            answer.seconds_spent = seconds_spent
        answer.updated_at = utcnow()
        return _store_scores(session, interview, rubric)


def save_note(
    db: Database, interview_id: int, question_id: str, note: str, *, claim: Claim | None = None
) -> None:
    """Save a question's note alone; typing a note does not lock the impression."""
    with db.write() as session:
        interview = _open_for_change(session, interview_id, claim)
        _known_question(_rubric(session, interview), question_id)
        answer = _answer_row(session, interview, question_id)
        answer.note = _note(f"note on {question_id}", note)
        answer.updated_at = utcnow()
        interview.updated_at = utcnow()


def skip_question(
    db: Database, interview_id: int, question_id: str, *, reason: str, claim: Claim | None = None
) -> None:
    """Leave a question out of the score, with the reason why."""
    reason = _note(f"skip reason of {question_id}", reason.strip())
    if not reason:
        raise InvalidInput("skip reason", "say why the question was skipped")
    with db.write() as session:
        interview, rubric, answer = _answering(session, interview_id, question_id, claim)
        answer.score = None
        answer.skipped = True
        answer.skip_reason = reason
        answer.updated_at = utcnow()
        _store_scores(session, interview, rubric)


def set_current_page(
    db: Database, interview_id: int, page: str, *, claim: Claim | None = None
) -> None:
    """Remember where the interviewer is, to resume there after a crash."""
    with db.write() as session:
        interview = _open_for_change(session, interview_id, claim)
        interview.current_page = page[:100]


def _open_questions(session: Session, interview: Interview, rubric: Rubric) -> list[str]:
    """The titles of the questions still neither answered nor skipped."""
    rows = session.execute(
        select(Answer.question_id, Answer.score, Answer.skipped).where(
            Answer.interview_id == interview.id
        )
    ).all()
    missing = open_questions(
        [q.id for q in rubric.questions()],
        [row.question_id for row in rows if row.score is not None],
        [row.question_id for row in rows if row.skipped],
    )
    return [rubric.question(question_id).title for question_id in missing]


def set_wrap_up(
    db: Database,
    interview_id: int,
    *,
    recommendation: str | None = None,
    strengths: str | None = None,
    concerns: str | None = None,
    claim: Claim | None = None,
) -> None:
    """Save the recommendation, strengths and concerns (each only if given)."""
    if recommendation is not None and recommendation not in RECOMMENDATIONS:
        raise InvalidInput(
            "recommendation", f"must be one of {', '.join(RECOMMENDATIONS)}, got {recommendation!r}"
        )
    with db.write() as session:
        interview = _open_for_change(session, interview_id, claim)
        if recommendation is not None:
            missing = _open_questions(session, interview, _rubric(session, interview))
            if missing:
                raise InvalidInput(
                    "recommendation",
                    "comes after every question is answered or skipped; still open: "
                    + ", ".join(missing),
                )
        row = session.get(Recommendation, interview.id)
        if row is None:
            row = Recommendation(interview_id=interview.id)
            session.add(row)
        if recommendation is not None:
            row.value = recommendation
        if strengths is not None:
            row.strengths = _note("strengths", strengths)
        if concerns is not None:
            row.concerns = _note("concerns", concerns)
        row.updated_at = utcnow()
        interview.updated_at = utcnow()


def submit_interview(db: Database, interview_id: int, *, claim: Claim | None = None) -> None:
    """Lock the interview for good, once every question and the recommendation are in."""
    with db.write() as session:
        interview = _open_for_change(session, interview_id, claim)
        rubric = _rubric(session, interview)
        missing = _open_questions(session, interview, rubric)
        if missing:
            raise InvalidInput(
                "interview",
                "answer or skip every question before submitting: " + ", ".join(missing),
            )
        recommendation = session.get(Recommendation, interview.id)
        if recommendation is None or recommendation.value is None:
            raise InvalidInput("recommendation", "choose a recommendation before submitting")
        _lock_impression(session, interview)
        _store_scores(session, interview, rubric)
        interview.status = "submitted"
        interview.submitted_at = utcnow()
        _audit(
            session,
            interview,
            "submit",
            "interview",
            detail={"overall": interview.overall, "recommendation": recommendation.value},
        )


def get_interview(db: Database, interview_id: int) -> InterviewState:
    """The whole interview as the screens show it."""
    with db.read() as session:
        row = session.execute(
            select(Interview, Candidate, Position.title, Interviewer.name)
            .join(Candidate, Candidate.id == Interview.candidate_id)
            .join(Position, Position.id == Candidate.position_id)
            .join(Interviewer, Interviewer.id == Interview.interviewer_id)
            .where(Interview.id == interview_id)
        ).first()
        if row is None:
            raise NotFound(f"no interview {interview_id}")
        interview, candidate, position, interviewer = row
        rubric = _rubric(session, interview)
        impression = session.get(FirstImpression, interview.id)
        answers = session.scalars(select(Answer).where(Answer.interview_id == interview.id))
        wrap_up = session.get(Recommendation, interview.id)
        return InterviewState(
            id=interview.id,
            candidate_id=candidate.id,
            candidate_name=candidate.name,
            candidate_email=candidate.email,
            position=position,
            interviewer_id=interview.interviewer_id,
            interviewer=interviewer,
            rubric_version_id=interview.rubric_version_id,
            status=interview.status,
            started_at=interview.started_at,
            submitted_at=interview.submitted_at,
            current_page=interview.current_page,
            revision=interview.revision,
            impression=None
            if impression is None
            else ImpressionState(
                score=impression.score,
                cues=tuple(json.loads(impression.cues)),
                note=impression.note,
                arrived_at=impression.arrived_at,
                seconds_since_arrival=impression.seconds_since_arrival,
                locked=impression.locked_at is not None,
            ),
            answers={
                a.question_id: AnswerState(
                    question_id=a.question_id,
                    score=a.score,
                    skipped=a.skipped,
                    skip_reason=a.skip_reason,
                    note=a.note,
                    answered_at=a.answered_at,
                    seconds_spent=a.seconds_spent,
                )
                for a in answers
            },
            recommendation=None if wrap_up is None else wrap_up.value,
            strengths="" if wrap_up is None else wrap_up.strengths,
            concerns="" if wrap_up is None else wrap_up.concerns,
            scores=_compute_scores(session, interview, rubric),
        )


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    actor: str
    action: str
    entity: str
    reason: str
    detail: dict[str, Any]


def audit_trail(db: Database, interview_id: int) -> list[AuditEntry]:
    """What happened to an interview, oldest first."""
    with db.read() as session:
        rows = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.interview_id == interview_id)
            .order_by(AuditEvent.at, AuditEvent.id)
        )
        return [
            AuditEntry(
                at=r.at,
                actor=r.actor,
                action=r.action,
                entity=r.entity,
                reason=r.reason,
                detail=json.loads(r.detail),
            )
            for r in rows
        ]


@dataclass(frozen=True)
class UnfinishedInterview:
    id: int
    candidate_name: str
    position: str
    interviewer: str
    updated_at: dt.datetime
    current_page: str | None


def unfinished_interviews(
    db: Database, interviewer_id: int | None = None
) -> list[UnfinishedInterview]:
    """Draft interviews, newest first, to offer for resumption on start."""
    with db.read() as session:
        query = (
            select(
                Interview.id,
                Candidate.name,
                Position.title,
                Interviewer.name.label("interviewer"),
                Interview.updated_at,
                Interview.current_page,
            )
            .join(Candidate, Candidate.id == Interview.candidate_id)
            .join(Position, Position.id == Candidate.position_id)
            .join(Interviewer, Interviewer.id == Interview.interviewer_id)
            .where(Interview.status == "draft")
            .order_by(Interview.updated_at.desc())
        )
        if interviewer_id is not None:
            query = query.where(Interview.interviewer_id == interviewer_id)
        return [
            UnfinishedInterview(
                id=r.id,
                candidate_name=r.name,
                position=r.title,
                interviewer=r.interviewer,
                updated_at=r.updated_at,
                current_page=r.current_page,
            )
            for r in session.execute(query)
        ]
