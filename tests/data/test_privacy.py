# SPDX-License-Identifier: MIT
"""An erased candidate leaves no trace, in the tables or in the bytes of the SQLite files."""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest
from sqlalchemy import select, update

from hireapp.errors import InvalidInput, NotFound
from hireapp.services.privacy import cutoff_for, erase_candidate, purge, stale_candidates
from hireapp.storage.models import AuditEvent, Candidate, Interview
from hireapp.storage.session import Database
from tests.factories import (
    add_candidate,
    opened,
    record_interview,
    start_interview,
    table_counts,
)

NAME = "Zoë Ørsted-Quistgaard"
EMAIL = "zoe.quistgaard@example.org"


def _file_bytes(path: pathlib.Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            data += part.read_bytes()
    return data


def test_erasure_leaves_no_trace_in_the_sqlite_files(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "h.sqlite3"
    with opened(path) as db:
        record_interview(db, name=NAME, email=EMAIL)
        record_interview(db, name=NAME, email=EMAIL, interviewer="Jonas Becker", submit=False)
        record_interview(db, name="Ann Lee", email="ann@example.org")
        raw = _file_bytes(path)
        assert NAME.encode() in raw and EMAIL.encode() in raw  # the test can see them at all
        summary = erase_candidate(db, EMAIL)
        assert (summary.candidates, summary.interviews, summary.scrubbed) == (1, 2, True)
        raw = _file_bytes(path)
        for secret in (NAME, EMAIL, "Ørsted", "quistgaard"):
            assert secret.encode("utf-8") not in raw, secret
        assert b"ann@example.org" in raw
        with db.read() as session:
            tombstones = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "erase")
            ).all()
            assert len(tombstones) == 1 and tombstones[0].entity_id is None
            assert session.scalar(select(Candidate.email)) == "ann@example.org"
            assert len(session.scalars(select(Interview)).all()) == 1


def test_erasure_removes_every_row_on_both_databases(db: Database) -> None:
    record_interview(db, name=NAME, email=EMAIL)
    with db.read() as session:
        candidate_id = session.scalar(select(Candidate.id))
    erase_candidate(db, str(candidate_id))
    counts = table_counts(db)
    assert counts["candidates"] == counts["interviews"] == counts["answers"] == 0
    assert counts["first_impressions"] == counts["recommendations"] == 0
    assert counts["audit_events"] == 1
    with pytest.raises(NotFound):
        erase_candidate(db, EMAIL)


def test_purge_lists_and_removes_only_the_stale(db: Database) -> None:
    record_interview(db, name=NAME, email=EMAIL)
    record_interview(db, name="Ann Lee", email="ann@example.org")
    long_ago = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    with db.write() as session:
        old = session.scalar(select(Candidate.id).where(Candidate.email == EMAIL))
        session.execute(update(Candidate).where(Candidate.id == old).values(created_at=long_ago))
        session.execute(
            update(Interview).where(Interview.candidate_id == old).values(updated_at=long_ago)
        )
    stale = stale_candidates(db, "12m")
    assert [c.email for c in stale] == [EMAIL]
    assert stale[0].last_activity == long_ago
    assert table_counts(db)["candidates"] == 2  # listing deletes nothing
    purge(db, stale)
    with db.read() as session:
        assert list(session.scalars(select(Candidate.email))) == ["ann@example.org"]


def test_ages_are_read_as_days_weeks_months_years() -> None:
    now = dt.datetime(2026, 3, 31, 12, tzinfo=dt.UTC)
    assert cutoff_for("30d", now) == now - dt.timedelta(days=30)
    assert cutoff_for("2w", now) == now - dt.timedelta(days=14)
    assert cutoff_for("1m", now) == dt.datetime(2026, 2, 28, 12, tzinfo=dt.UTC)
    assert cutoff_for("12m", now) == dt.datetime(2025, 3, 31, 12, tzinfo=dt.UTC)
    assert cutoff_for("2Y", now) == dt.datetime(2024, 3, 31, 12, tzinfo=dt.UTC)
    for bad in ("12", "m", "-1m", "12 months"):
        with pytest.raises(InvalidInput, match="--older-than"):
            cutoff_for(bad, now)


def test_each_purge_tombstone_counts_its_own_candidates_interviews(db: Database) -> None:
    # Three stale candidates with 0, 1 and 3 interviews, one recent with 2.
    counts = {"none@example.org": 0, "one@example.org": 1, "three@example.org": 3}
    for email, interviews in {**counts, "recent@example.org": 2}.items():
        add_candidate(db, name=f"Person {email}", email=email)
        for number in range(interviews):
            start_interview(db, candidate=email, interviewer=f"Interviewer {number}")
    long_ago = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    with db.write() as session:
        old = select(Candidate.id).where(Candidate.email.in_(counts))
        session.execute(update(Candidate).where(Candidate.id.in_(old)).values(created_at=long_ago))
        session.execute(
            update(Interview).where(Interview.candidate_id.in_(old)).values(updated_at=long_ago)
        )
    stale = stale_candidates(db, "12m")
    assert sorted(c.email for c in stale) == sorted(counts)
    summary = purge(db, stale)
    assert (summary.candidates, summary.interviews) == (3, 4)
    with db.read() as session:
        details = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "erase").order_by(AuditEvent.id)
        ).all()
    # Tombstones name no one; they are written in the purge's order, by candidate id.
    assert [json.loads(detail)["interviews_removed"] for detail in details] == [0, 1, 3]
