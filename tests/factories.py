# SPDX-License-Identifier: MIT
"""Shared test builders: databases, candidates and interviews made through the real services, and
a database read back as plain values.

Interviews are taken as an interviewer takes them (start, impression, answers, wrap-up, submit),
so what the tests look at was written by the same code the app runs.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select

from hireapp.domain.rubric import default_rubric_path, load_rubric
from hireapp.services import interviews as iv
from hireapp.services.people import create_candidate, ensure_interviewer
from hireapp.services.rubrics import ensure_default_rubric
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
)
from hireapp.storage.session import Database

RUBRIC = load_rubric(default_rubric_path())
QUESTIONS = [q.id for q in RUBRIC.questions()]
CUES = [cue.id for cue in RUBRIC.first_impression.cues]


# --- building ----------------------------------------------------------------------------------


@contextlib.contextmanager
def opened(url: str | os.PathLike[str], *, migrate: bool = True) -> Iterator[Database]:
    """A database (URL or SQLite path) open for the block, its connections closed after it."""
    database = Database(os.fspath(url), migrate=migrate)
    try:
        yield database
    finally:
        database.dispose()


def add_candidate(
    db: Database,
    *,
    name: str = "Zoë Ørsted",
    email: str = "zoe@example.org",
    position: str = "Agent",
    phone: str | None = None,
) -> int:
    """A candidate, created unless one has this email already; their id."""
    with db.read() as session:
        found = session.scalar(select(Candidate.id).where(Candidate.email == email.strip().lower()))
    if found is not None:
        return found
    return create_candidate(db, name=name, email=email, position=position, phone=phone).id


def start_interview(
    db: Database, *, candidate: str | int = "zoe@example.org", interviewer: str = "Maria Keller"
) -> int:
    """A draft interview of a candidate (email or id) with the default rubric; its id.

    The interviewer is created if new.
    """
    return iv.start_interview(
        db,
        candidate=candidate,
        interviewer_id=ensure_interviewer(db, interviewer).id,
        rubric_version_id=ensure_default_rubric(db).id,
    )


def answer_all(
    db: Database,
    interview_id: int,
    levels: int | Sequence[int] = 4,
    *,
    skip: Mapping[str, str] | None = None,
) -> None:
    """Answer the rubric's questions in order: one level for all, or one each (fewer leave the
    rest open); the questions in `skip` are skipped with their reason instead."""
    chosen = [levels] * len(QUESTIONS) if isinstance(levels, int) else list(levels)
    skip = skip or {}
    for question, level in zip(QUESTIONS, chosen, strict=False):
        if question in skip:
            iv.skip_question(db, interview_id, question, reason=skip[question])
        else:
            iv.answer_question(db, interview_id, question, score=level)


def take_interview(
    db: Database,
    *,
    candidate: str | int = "zoe@example.org",
    interviewer: str = "Maria Keller",
    levels: int | Sequence[int] = 4,
    impression: int | None = None,
    skip: Mapping[str, str] | None = None,
    recommendation: str = "yes",
    submit: bool = True,
) -> int:
    """An interview taken through the services (see answer_all), submitted unless `submit` is
    False; its id. The candidate must exist (add_candidate)."""
    interview = start_interview(db, candidate=candidate, interviewer=interviewer)
    if impression is not None:
        iv.record_impression(db, interview, score=impression)
    answer_all(db, interview, levels, skip=skip)
    if submit:
        iv.set_wrap_up(db, interview, recommendation=recommendation)
        iv.submit_interview(db, interview)
    return interview


def record_interview(
    db: Database,
    *,
    name: str = "Zoë Ørsted",
    email: str = "zoe@example.org",
    interviewer: str = "Maria Keller",
    position: str = "Agent",
    submit: bool = True,
) -> int:
    """A candidate (created if new) interviewed all the way through, with every kind of value:
    arrival, impression with cues and a note, an amendment, scored and skipped questions with
    notes and times, a wrap-up. Its id."""
    add_candidate(db, name=name, email=email, position=position, phone="+49 30 1234567")
    interview = start_interview(db, candidate=email, interviewer=interviewer)
    iv.record_arrival(db, interview)
    iv.record_impression(
        db, interview, score=4, cues=CUES[:2], note="Warm – “quoted” ✓", seconds_since_arrival=21.5
    )
    for number, question in enumerate(QUESTIONS):
        if number == 2:
            iv.skip_question(db, interview, question, reason="Ran out of time")
            continue
        iv.answer_question(
            db, interview, question, score=1 + number % 5, note=f"note {number} ünï",
            seconds_spent=60.25 + number,
        )  # fmt: skip
    iv.amend_impression(db, interview, score=3, cues=CUES[:1], note="On reflection", reason="typo")
    iv.set_current_page(db, interview, "wrap-up")
    if submit:
        iv.set_wrap_up(db, interview, recommendation="yes", strengths="Owns it", concerns="Slow")
        iv.submit_interview(db, interview)
    return interview


# --- reading back ------------------------------------------------------------------------------

# `revision` counts the changes made in one database: local, like an id, never exchanged.
_SKIP = {"id", "interview_id", "candidate_id", "interviewer_id", "rubric_version_id",
         "position_id", "entity_id", "synced_hash", "created_at", "revision"}  # fmt: skip


def _plain(row: Any) -> dict[str, Any]:
    return {
        column.key: getattr(row, column.key)
        for column in row.__table__.columns
        if column.key not in _SKIP
    }


def snapshot(db: Database) -> dict[str, Any]:
    """Every interview and what hangs off it, keyed by uid, with database ids left out."""
    result: dict[str, Any] = {}
    with db.read() as session:
        rows = session.execute(
            select(Interview, Candidate, Position.title, Interviewer.name, RubricVersion)
            .join(Candidate, Candidate.id == Interview.candidate_id)
            .join(Position, Position.id == Candidate.position_id)
            .join(Interviewer, Interviewer.id == Interview.interviewer_id)
            .join(RubricVersion, RubricVersion.id == Interview.rubric_version_id)
        ).all()
        for interview, candidate, position, interviewer, rubric in rows:
            impression = session.get(FirstImpression, interview.id)
            verdict = session.get(Recommendation, interview.id)
            answers = session.scalars(
                select(Answer).where(Answer.interview_id == interview.id)
            ).all()
            audit = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.interview_id == interview.id)
                .order_by(AuditEvent.at)
            ).all()
            result[interview.uid] = {
                "interview": _plain(interview),
                "candidate": _plain(candidate),
                "position": position,
                "interviewer": interviewer,
                "rubric": (rubric.content_hash, rubric.content),
                "impression": None if impression is None else _plain(impression),
                "recommendation": None if verdict is None else _plain(verdict),
                "answers": sorted((_plain(a) for a in answers), key=lambda a: a["question_id"]),
                "audit": [_plain(e) for e in audit],
            }
    return result


def table_counts(db: Database) -> dict[str, int]:
    """How many rows each table holds: a refusal must leave every one of them as it was."""
    models = (Position, Candidate, Interviewer, RubricVersion, Interview, FirstImpression,
              Answer, Recommendation, AuditEvent)  # fmt: skip
    with db.read() as session:
        return {
            m.__tablename__: int(session.scalar(select(func.count()).select_from(m)) or 0)
            for m in models
        }
