# SPDX-License-Identifier: MIT
"""Writing the chosen interviews of a database to an interchange file."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from hireapp.errors import InvalidInput
from hireapp.services.files import atomic_write
from hireapp.services.interchange.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    AnswerRecord,
    AuditRecord,
    CandidateRecord,
    ImpressionRecord,
    InterviewFile,
    InterviewRecord,
    RecommendationRecord,
    RubricRecord,
)
from hireapp.services.interchange.results import decision_records, outcome_records
from hireapp.services.people import find_candidate, find_position
from hireapp.storage.chunks import chunked
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


@dataclass(frozen=True)
class ExportSummary:
    interviews: int
    candidates: int
    rubrics: int
    decisions: int = 0
    outcomes: int = 0


def interview_records(session: Session, ids: Sequence[int]) -> dict[int, InterviewRecord]:
    """The interviews with these ids as interchange records, read in a few queries."""
    result: dict[int, InterviewRecord] = {}
    for chunk in chunked(ids):
        rows = session.execute(
            select(
                Interview, Candidate, Position.title, Interviewer.name, RubricVersion.content_hash
            )
            .join(Candidate, Candidate.id == Interview.candidate_id)
            .join(Position, Position.id == Candidate.position_id)
            .join(Interviewer, Interviewer.id == Interview.interviewer_id)
            .join(RubricVersion, RubricVersion.id == Interview.rubric_version_id)
            .where(Interview.id.in_(chunk))
        ).all()
        impressions = {
            row.interview_id: row
            for row in session.scalars(
                select(FirstImpression).where(FirstImpression.interview_id.in_(chunk))
            )
        }
        verdicts = {
            row.interview_id: row
            for row in session.scalars(
                select(Recommendation).where(Recommendation.interview_id.in_(chunk))
            )
        }
        answers: dict[int, list[Answer]] = defaultdict(list)
        for answer in session.scalars(
            select(Answer).where(Answer.interview_id.in_(chunk)).order_by(Answer.question_id)
        ):
            answers[answer.interview_id].append(answer)
        audits: dict[int, list[AuditEvent]] = defaultdict(list)
        for event in session.scalars(
            select(AuditEvent)
            .where(AuditEvent.interview_id.in_(chunk))
            .order_by(AuditEvent.at, AuditEvent.id)
        ):
            if event.interview_id is not None:
                audits[event.interview_id].append(event)
        for interview, candidate, position, interviewer, rubric_hash in rows:
            impression = impressions.get(interview.id)
            verdict = verdicts.get(interview.id)
            result[interview.id] = InterviewRecord(
                uid=interview.uid,
                base_hash=interview.synced_hash,
                candidate=CandidateRecord(
                    name=candidate.name,
                    email=candidate.email,
                    phone=candidate.phone,
                    position=position,
                    status=cast(Any, candidate.status),
                ),
                interviewer=interviewer,
                rubric=rubric_hash,
                status=cast(Any, interview.status),
                started_at=interview.started_at,
                updated_at=interview.updated_at,
                submitted_at=interview.submitted_at,
                current_page=interview.current_page,
                first_impression=None
                if impression is None
                else ImpressionRecord(
                    score=impression.score,
                    cues=json.loads(impression.cues),
                    note=impression.note,
                    arrived_at=impression.arrived_at,
                    seconds_since_arrival=impression.seconds_since_arrival,
                    recorded_at=impression.recorded_at,
                    locked_at=impression.locked_at,
                ),
                answers=[
                    AnswerRecord.model_validate(a, from_attributes=True)
                    for a in answers[interview.id]
                ],
                recommendation=None
                if verdict is None
                else RecommendationRecord.model_validate(verdict, from_attributes=True),
                audit=[
                    AuditRecord.model_validate(e, from_attributes=True)
                    for e in audits[interview.id]
                ],
            )
    return result


def parse_date(field_name: str, text: str) -> dt.date:
    """A calendar date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(field_name, f"{text!r} is not a date (YYYY-MM-DD)") from exc


def build_export(
    db: Database,
    *,
    candidate: str | None = None,
    position: str | None = None,
    since: dt.date | dt.datetime | None = None,
) -> InterviewFile:
    """The interviews chosen (all, one candidate's, one position's, or changed since a date),
    with the decisions and outcomes of the same candidates (made or recorded since the date)."""
    with db.read() as session:
        query = select(Interview.id).order_by(Interview.id)
        people = select(Candidate.id)
        if candidate is not None:
            candidate_id = find_candidate(session, candidate).id
            query = query.where(Interview.candidate_id == candidate_id)
            people = people.where(Candidate.id == candidate_id)
        if position is not None:
            position_id = find_position(session, position).id
            query = query.join(Candidate, Candidate.id == Interview.candidate_id).where(
                Candidate.position_id == position_id
            )
            people = people.where(Candidate.position_id == position_id)
        if since is not None:
            if not isinstance(since, dt.datetime):
                since = dt.datetime.combine(since, dt.time(), dt.UTC)
            query = query.where(Interview.updated_at >= since)
        ids = list(session.scalars(query))
        records = interview_records(session, ids)
        candidate_ids = list(session.scalars(people))
        decisions = decision_records(session, candidate_ids)
        outcomes = outcome_records(session, candidate_ids)
        if since is not None:
            decisions = [d for d in decisions if d.decided_at >= since]
            outcomes = [o for o in outcomes if o.recorded_at >= since]
        hashes = sorted(
            {r.rubric for r in records.values()} | {o.rubric for o in outcomes if o.rubric}
        )
        rubrics = session.execute(
            select(RubricVersion.content_hash, RubricVersion.content)
            .where(RubricVersion.content_hash.in_(hashes))
            .order_by(RubricVersion.content_hash)
        ).all()
    return InterviewFile(
        format=FORMAT_NAME,
        version=FORMAT_VERSION,
        exported_at=utcnow(),
        rubrics=[RubricRecord(content_hash=h, content=c) for h, c in rubrics],
        interviews=[records[i] for i in ids],
        decisions=decisions,
        outcomes=outcomes,
    )


def export_interviews(
    db: Database,
    path: str | os.PathLike[str],
    *,
    candidate: str | None = None,
    position: str | None = None,
    since: dt.date | dt.datetime | None = None,
) -> ExportSummary:
    """Write the chosen interviews to a JSON file; how many went in."""
    document = build_export(db, candidate=candidate, position=position, since=since)
    text = json.dumps(document.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    with atomic_write(path) as handle:
        handle.write(text.encode("utf-8"))
    return ExportSummary(
        interviews=len(document.interviews),
        candidates=len({r.candidate.email for r in document.interviews}),
        rubrics=len(document.rubrics),
        decisions=len(document.decisions),
        outcomes=len(document.outcomes),
    )
