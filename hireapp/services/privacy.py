# SPDX-License-Identifier: MIT
"""Erasing a candidate on request, and the retention purge.

Erasure removes every row about the candidate (their interviews, impressions, answers,
recommendations and the audit entries of those interviews) and leaves one anonymous tombstone in
the audit trail, saying that a candidate was erased and when, but not who. On SQLite, deleting a
row only marks its bytes free: the erase runs with `PRAGMA secure_delete`, which overwrites them,
then the write-ahead log is checkpointed and truncated and the file rebuilt by VACUUM, so neither
the file nor its -wal holds the name or email afterwards. On PostgreSQL the rows are deleted and
the server reclaims their space (see docs/data.md).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hireapp.errors import InvalidInput
from hireapp.services.people import CandidateInfo, find_candidate, get_candidate
from hireapp.storage.chunks import chunked
from hireapp.storage.models import AuditEvent, Candidate, Interview, Position, utcnow
from hireapp.storage.session import Database

_AGE = re.compile(r"^\s*(\d{1,4})\s*([dwmy])\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class ErasureSummary:
    candidates: int
    interviews: int
    # False when another program kept the SQLite log busy, so it could not be emptied yet.
    scrubbed: bool


@dataclass(frozen=True)
class StaleCandidate:
    """A candidate the retention purge would remove."""

    id: int
    name: str
    email: str
    position: str
    last_activity: dt.datetime


def describe_candidate(db: Database, key: str) -> CandidateInfo:
    """The candidate an erase would remove, by id or email, for the confirmation question."""
    return get_candidate(db, key)


def _delete_candidates(session: Session, ids: Sequence[int], reason: str) -> int:
    """Delete the candidates and everything about them; the number of interviews removed."""
    interviews = 0
    for chunk in chunked(ids):
        interview_ids = list(
            session.scalars(select(Interview.id).where(Interview.candidate_id.in_(chunk)))
        )
        interviews += len(interview_ids)
        for part in chunked(interview_ids):
            session.execute(delete(AuditEvent).where(AuditEvent.interview_id.in_(part)))
        session.execute(
            delete(AuditEvent).where(
                AuditEvent.entity == "candidate", AuditEvent.entity_id.in_(chunk)
            )
        )
        # Interviews, impressions, answers and recommendations go by ON DELETE CASCADE.
        session.execute(delete(Candidate).where(Candidate.id.in_(chunk)))
        for _ in chunk:
            # The tombstone says that a candidate was erased and why, never who.
            session.add(
                AuditEvent(
                    action="erase",
                    entity="candidate",
                    entity_id=None,
                    reason=reason,
                    detail=json.dumps({"interviews_removed": len(interview_ids)}),
                )
            )
    return interviews


def scrub_sqlite(db: Database) -> bool:
    """Empty the write-ahead log and rebuild the file, so freed pages keep no old bytes.

    Returns False when another connection kept the log from being emptied.
    """
    with db.driver_connection() as connection:
        cursor = connection.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("VACUUM")
        busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        cursor.close()
        return bool(busy == 0)


def _erase(db: Database, ids: Sequence[int], reason: str) -> ErasureSummary:
    with db.write() as session:
        if db.dialect == "sqlite":
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        interviews = _delete_candidates(session, ids, reason)
    scrubbed = scrub_sqlite(db) if db.dialect == "sqlite" else True
    return ErasureSummary(candidates=len(ids), interviews=interviews, scrubbed=scrubbed)


def erase_candidate(
    db: Database, key: str, *, reason: str = "erasure on request"
) -> ErasureSummary:
    """Remove a candidate (by id or email) and everything about them, leaving no trace."""
    with db.read() as session:
        candidate_id = find_candidate(session, key).id
    return _erase(db, [candidate_id], reason)


def cutoff_for(age: str, now: dt.datetime | None = None) -> dt.datetime:
    """The moment `age` ago: 30d, 6w, 12m, 2y (days, weeks, calendar months, years)."""
    match = _AGE.match(age)
    if match is None:
        raise InvalidInput("--older-than", f"{age!r} is not an age such as 30d, 6w, 12m or 2y")
    count, unit = int(match.group(1)), match.group(2).lower()
    now = now or utcnow()
    if unit in "dw":
        return now - dt.timedelta(days=count * (7 if unit == "w" else 1))
    months = count * (12 if unit == "y" else 1)
    year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
    if year < 1:
        raise InvalidInput("--older-than", f"{age!r} reaches back before the year 1")
    day = now.day
    while True:
        try:
            return now.replace(year=year, month=month + 1, day=day)
        except ValueError:
            day -= 1  # 31 March minus one month is 28 or 29 February


def stale_candidates(
    db: Database, older_than: str, now: dt.datetime | None = None
) -> list[StaleCandidate]:
    """Candidates with no activity (added, or an interview changed) since the cutoff."""
    cutoff = cutoff_for(older_than, now)
    last = func.coalesce(func.max(Interview.updated_at), Candidate.created_at)
    with db.read() as session:
        rows = session.execute(
            select(Candidate.id, Candidate.name, Candidate.email, Position.title)
            .add_columns(last.label("last"))
            .join(Position, Position.id == Candidate.position_id)
            .outerjoin(Interview, Interview.candidate_id == Candidate.id)
            .where(Candidate.created_at < cutoff)
            .group_by(Candidate.id, Candidate.name, Candidate.email, Position.title)
            .having(last < cutoff)
            .order_by(Candidate.id)
        ).all()
    return [StaleCandidate(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def purge(db: Database, stale: Sequence[StaleCandidate]) -> ErasureSummary:
    """Erase the candidates listed by stale_candidates(), as an erasure each."""
    if not stale:
        return ErasureSummary(candidates=0, interviews=0, scrubbed=True)
    return _erase(db, [c.id for c in stale], "retention purge")
