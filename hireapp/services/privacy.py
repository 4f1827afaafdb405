# SPDX-License-Identifier: MIT
"""Erasing a candidate on request, and the retention purge.

Erasure removes every row about the candidate (their interviews, impressions, answers,
recommendations, the panel's decisions, their outcomes after a hire with the manager's ratings and
measures, and the audit entries of all these) and leaves one anonymous tombstone in
the audit trail, saying that a candidate was erased and when, but not who. On SQLite, deleting a
row only marks its bytes free: the erase runs with `PRAGMA secure_delete`, which overwrites them,
then the write-ahead log is checkpointed and truncated and the file rebuilt by VACUUM, so neither
the file nor its -wal holds the name or email afterwards. On PostgreSQL the rows are deleted, the
touched tables analysed again so the planner's statistics (pg_stats) drop the erased values, and
the server reclaims the rows' space (see docs/data.md).

The erase locks the candidate's interviews before it deletes, so a submit or an amendment racing
it cannot leave an audit row behind.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hireapp.errors import InvalidInput
from hireapp.services.people import CandidateInfo, find_candidate, get_candidate
from hireapp.storage.chunks import chunked
from hireapp.storage.models import (
    AuditEvent,
    Candidate,
    Decision,
    Interview,
    Outcome,
    Position,
    utcnow,
)
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
        # Lock the interviews, then the candidates, then the interviews again, before reading
        # anything to delete: a submit or an amendment holding an interview's lock writes its
        # audit row first and commits, and is then seen here; one that comes after finds the
        # interview gone (NotFound). The interviews come first because a change that updates an
        # interview row twice makes PostgreSQL check its foreign key again, which takes a share
        # lock on the candidate: holding the candidate meanwhile would deadlock. The second look
        # finds an interview started while the first waited (the candidate lock waits for it).
        # (FOR UPDATE is PostgreSQL's; SQLite's writers already run one at a time.)
        interviews_of_chunk = (
            select(Interview.id, Interview.candidate_id)
            .where(Interview.candidate_id.in_(chunk))
            .order_by(Interview.id)
            .with_for_update()
        )
        session.execute(interviews_of_chunk).all()
        session.execute(select(Candidate.id).where(Candidate.id.in_(chunk)).with_for_update()).all()
        rows = session.execute(interviews_of_chunk).all()
        interviews += len(rows)
        per_candidate = Counter(row.candidate_id for row in rows)
        for part in chunked([row.id for row in rows]):
            session.execute(delete(AuditEvent).where(AuditEvent.interview_id.in_(part)))
        session.execute(
            delete(AuditEvent).where(
                AuditEvent.entity == "candidate", AuditEvent.entity_id.in_(chunk)
            )
        )
        # Interviews, impressions, answers, recommendations, decisions and outcomes (with their
        # ratings and measures) go by ON DELETE CASCADE; the decisions and outcomes explicitly
        # too, so no rule of the schema is the only thing that removes them.
        session.execute(delete(Decision).where(Decision.candidate_id.in_(chunk)))
        session.execute(delete(Outcome).where(Outcome.candidate_id.in_(chunk)))
        session.execute(delete(Candidate).where(Candidate.id.in_(chunk)))
        for candidate_id in chunk:
            # The tombstone says that a candidate was erased and why, never who.
            session.add(
                AuditEvent(
                    action="erase",
                    entity="candidate",
                    entity_id=None,
                    reason=reason,
                    detail=json.dumps({"interviews_removed": per_candidate[candidate_id]}),
                )
            )
    return interviews


# Every table that holds (or held, before the erase) values about a candidate.
_CANDIDATE_TABLES = (
    "candidates",
    "interviews",
    "first_impressions",
    "answers",
    "recommendations",
    "decisions",
    "outcomes",
    "outcome_ratings",
    "outcome_measures",
    "audit_events",
)


def refresh_statistics(db: Database) -> None:
    """ANALYZE the tables that held candidate data, so PostgreSQL's planner statistics
    (pg_stats: most common values, histogram bounds) no longer hold erased values.

    Deleting rows, and even VACUUM FULL, leave those samples as they were until the table is
    analysed again.
    """
    with db.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        for table in _CANDIDATE_TABLES:
            connection.exec_driver_sql(f"ANALYZE {table}")


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
    if db.dialect == "sqlite":
        scrubbed = scrub_sqlite(db)
    else:
        refresh_statistics(db)
        scrubbed = True
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
    """Candidates with no activity (added, an interview changed, a decision or an outcome
    recorded) since the cutoff."""
    cutoff = cutoff_for(older_than, now)
    last = func.coalesce(func.max(Interview.updated_at), Candidate.created_at)
    # A decision or an outcome recorded since the cutoff is activity too: a hire whose review
    # points are still being recorded is not stale.
    recent = (
        select(Decision.candidate_id)
        .where(Decision.decided_at >= cutoff)
        .union(select(Outcome.candidate_id).where(Outcome.recorded_at >= cutoff))
    )
    with db.read() as session:
        rows = session.execute(
            select(Candidate.id, Candidate.name, Candidate.email, Position.title)
            .add_columns(last.label("last"))
            .join(Position, Position.id == Candidate.position_id)
            .outerjoin(Interview, Interview.candidate_id == Candidate.id)
            .where(Candidate.created_at < cutoff, Candidate.id.not_in(recent))
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
