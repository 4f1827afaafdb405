# SPDX-License-Identifier: MIT
"""Erasure and the retention purge remove a candidate's decisions and outcomes too, with the
audit entries about them; a recent decision or outcome keeps a candidate out of the purge."""

from __future__ import annotations

import datetime as dt
import pathlib

from sqlalchemy import func, select, update

from hireapp.services.decisions import record_decision
from hireapp.services.outcomes import record_outcome
from hireapp.services.privacy import erase_candidate, purge, stale_candidates
from hireapp.storage.models import (
    AuditEvent,
    Candidate,
    Decision,
    Interview,
    Outcome,
    OutcomeMeasure,
    OutcomeRating,
)
from hireapp.storage.session import Database
from tests.factories import add_candidate, opened, take_interview

RATIONALE = "Quistgaard-rationale: best on ownership"
LONG_AGO = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def _hire_with_outcome(
    db: Database, email: str, name: str, *, when: dt.datetime | None = None
) -> int:
    candidate = add_candidate(db, name=name, email=email)
    take_interview(db, candidate=email)
    record_decision(db, candidate, decision="hold", rationale="Wait", decided_by="A", now=when)
    record_decision(db, candidate, decision="hire", rationale=RATIONALE, decided_by="B", now=when)
    record_outcome(
        db, candidate, review_days=90, still_employed=True, ratings={"urgency": 4},
        measures={"csat": 4.5}, now=when,
    )  # fmt: skip
    return candidate


def _rows(db: Database, candidate_id: int) -> dict[str, int]:
    with db.read() as session:
        outcome_ids = select(Outcome.id).where(Outcome.candidate_id == candidate_id)

        def count(query: object) -> int:
            return int(session.scalar(query) or 0)  # type: ignore[call-overload]

        return {
            "decisions": count(select(func.count()).where(Decision.candidate_id == candidate_id)),
            "outcomes": count(select(func.count()).where(Outcome.candidate_id == candidate_id)),
            "ratings": count(select(func.count()).where(OutcomeRating.outcome_id.in_(outcome_ids))),
            "measures": count(
                select(func.count()).where(OutcomeMeasure.outcome_id.in_(outcome_ids))
            ),
            "audit": count(
                select(func.count()).where(
                    AuditEvent.entity == "candidate", AuditEvent.entity_id == candidate_id
                )
            ),
        }


def test_erasure_removes_decisions_outcomes_and_their_audit(db: Database) -> None:
    zoe = _hire_with_outcome(db, "zoe@example.org", "Zoë Ørsted")
    ann = _hire_with_outcome(db, "ann@example.org", "Ann Lee")
    kept = {"decisions": 2, "outcomes": 1, "ratings": 1, "measures": 1, "audit": 3}
    assert _rows(db, zoe) == _rows(db, ann) == kept
    erase_candidate(db, "zoe@example.org")
    assert _rows(db, zoe) == dict.fromkeys(kept, 0)
    assert _rows(db, ann) == kept
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 2
        assert session.scalar(select(func.count()).select_from(Outcome)) == 1


def test_erased_rationales_leave_the_sqlite_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "h.sqlite3"
    with opened(path) as db:
        _hire_with_outcome(db, "zoe@example.org", "Zoë Ørsted")
        assert RATIONALE.encode() in path.read_bytes() + _wal(path)
        summary = erase_candidate(db, "zoe@example.org")
        assert summary.scrubbed
        assert RATIONALE.encode() not in path.read_bytes() + _wal(path)


def _wal(path: pathlib.Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_purge_removes_stale_decisions_and_spares_recent_outcomes(db: Database) -> None:
    old = _hire_with_outcome(db, "old@example.org", "Old Hire", when=LONG_AGO)
    # Hired long ago too, but their one-year review was recorded just now: not stale.
    reviewed = _hire_with_outcome(db, "rev@example.org", "Reviewed Hire", when=LONG_AGO)
    record_outcome(db, reviewed, review_days=365, still_employed=True)
    with db.write() as session:
        for table, column in ((Candidate, Candidate.id), (Interview, Interview.candidate_id)):
            stamp = Candidate.created_at if table is Candidate else Interview.updated_at
            session.execute(
                update(table).where(column.in_([old, reviewed])).values({stamp: LONG_AGO})
            )
    stale = stale_candidates(db, "12m")
    assert [c.email for c in stale] == ["old@example.org"]
    purge(db, stale)
    assert _rows(db, old) == dict.fromkeys(_rows(db, old), 0)
    assert _rows(db, reviewed)["outcomes"] == 2
