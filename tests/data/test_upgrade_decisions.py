# SPDX-License-Identifier: MIT
"""A database of schema 0004, filled, upgraded to 0005: every value stays, decisions and outcomes
can be written at once, and the tables are exactly the models'."""

from __future__ import annotations

import itertools
import os
import pathlib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from hireapp.services.comparison import comparison_rows
from hireapp.services.decisions import record_decision
from hireapp.services.outcomes import outcomes_of, record_outcome
from hireapp.services.rubrics import ensure_default_rubric
from hireapp.storage.migrate import upgrade_to_head
from hireapp.storage.models import Base
from hireapp.storage.session import HEAD_REVISION, Database
from tests import pgserver

_names = itertools.count(1)


def _url(kind: str, tmp_path: pathlib.Path, request: pytest.FixtureRequest) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'v4.sqlite3'}"
    server: pgserver.PostgresServer = request.getfixturevalue("pg_server")
    return server.create_database(f"upgrade5_{os.getpid()}_{next(_names)}")


STATEMENTS = (
    "INSERT INTO positions (id, title, created_at) VALUES (1, 'Agent', '2026-01-02 03:04:05')",
    "INSERT INTO candidates (id, name, email, phone, position_id, status, created_at) VALUES "
    "(1, 'Zoë Ørsted', 'zoe@example.org', NULL, 1, 'active', '2026-01-02 03:04:05')",
    "INSERT INTO interviewers (id, name, created_at) VALUES (1, 'Maria', '2026-01-01 00:00:00')",
    "INSERT INTO interviews (id, uid, candidate_id, interviewer_id, rubric_version_id, status, "
    "started_at, updated_at, submitted_at, overall, impression_score, structured_score, "
    "answered_count, skipped_count, revision) VALUES (1, '11111111-1111-4111-8111-111111111111', "
    "1, 1, :rubric, 'submitted', '2026-02-01 09:00:00', '2026-02-01 10:00:00', "
    "'2026-02-01 10:00:00', 62.5, 75.0, 62.5, 8, 0, 3)",
    "INSERT INTO position_rubrics (position_id, rubric_version_id, set_at) "
    "VALUES (1, :rubric, '2026-01-05 00:00:00')",
)


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_0004_database_upgrades_and_takes_decisions_and_outcomes(
    kind: str, tmp_path: pathlib.Path, request: pytest.FixtureRequest
) -> None:
    url = _url(kind, tmp_path, request)
    db = Database(url, migrate=False)
    try:
        upgrade_to_head(db.engine, revision="0004")
        assert db.current_revision() == "0004"
        rubric = ensure_default_rubric(db).id
        with db.engine.begin() as conn:
            if kind == "postgres":
                conn.exec_driver_sql("SET TIME ZONE 'UTC'")
            for statement in STATEMENTS:
                conn.execute(text(statement), {"rubric": rubric})
        db.upgrade()
        assert db.current_revision() == HEAD_REVISION == "0005"
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            assert conn.execute(text("SELECT name, email, status FROM candidates")).one() == (
                "Zoë Ørsted",
                "zoe@example.org",
                "active",
            )
            assert conn.execute(
                text("SELECT overall, revision, answered_count FROM interviews")
            ).one() == (62.5, 3, 8)
            assert conn.execute(text("SELECT position_id FROM position_rubrics")).scalar() == 1
        (row,) = comparison_rows(db)
        assert row.decision is None and row.overall == 62.5
        made = record_decision(
            db, "zoe@example.org", decision="hire", rationale="Strong", decided_by="Maria"
        )
        assert made.last_interview_at is not None
        assert made.last_interview_at.isoformat() == "2026-02-01T10:00:00+00:00"
        record_outcome(db, 1, review_days=365, still_employed=True, ratings={"urgency": 5})
        assert [o.ratings for o in outcomes_of(db, 1)] == [{"urgency": 5}]
        (row,) = comparison_rows(db)
        assert (row.decision, row.status) == ("hire", "hired")
    finally:
        db.dispose()
