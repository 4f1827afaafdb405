# SPDX-License-Identifier: MIT
"""A database built by the first release, filled, then upgraded: every value is still there."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import pathlib
import uuid
from typing import Any

import pytest
from sqlalchemy import text

from hireapp.errors import DatabaseProblem
from hireapp.storage.migrate import upgrade_to_head
from hireapp.storage.session import HEAD_REVISION, Database
from tests import pgserver

_names = itertools.count(1)

# Rows as the first schema (0001) had them, written with plain SQL: the models are newer.
ROWS: dict[str, list[dict[str, Any]]] = {
    "positions": [{"id": 1, "title": "Agent", "created_at": "2026-01-02 03:04:05.123456"}],
    "candidates": [
        {"id": 1, "name": "Zoë Ørsted", "email": "zoe@example.org", "phone": "+49 1",
         "position_id": 1, "status": "active", "created_at": "2026-01-02 03:04:05.000001"},
        {"id": 2, "name": "Ann O'Brien", "email": "ann@example.org", "phone": None,
         "position_id": 1, "status": "hired", "created_at": "2026-01-03 00:00:00.000000"},
    ],
    "interviewers": [{"id": 1, "name": "Maria", "created_at": "2026-01-01 00:00:00.000000"},
                     {"id": 2, "name": "Jonas", "created_at": "2026-01-01 00:00:00.000000"}],
    "rubric_versions": [{"id": 1, "slug": "r", "title": "R", "label": "1", "content_hash": "h" * 64,
                         "content": '{"x": "ü"}', "created_at": "2026-01-01 00:00:00.000000"}],
    "interviews": [
        {"id": 1, "candidate_id": 1, "interviewer_id": 1, "rubric_version_id": 1,
         "status": "submitted", "started_at": "2026-02-01 09:00:00.000000",
         "updated_at": "2026-02-01 10:00:00.000000", "submitted_at": "2026-02-01 10:00:00.000000",
         "current_page": None, "overall": 62.5, "impression_score": 75.0,
         "structured_score": 62.5, "answered_count": 1, "skipped_count": 1},
        {"id": 2, "candidate_id": 2, "interviewer_id": 2, "rubric_version_id": 1,
         "status": "draft", "started_at": "2026-02-02 09:00:00.000000",
         "updated_at": "2026-02-02 09:30:00.000000", "submitted_at": None,
         "current_page": "question:q2", "overall": None, "impression_score": None,
         "structured_score": None, "answered_count": 0, "skipped_count": 0},
    ],
    "first_impressions": [
        {"interview_id": 1, "score": 4, "cues": '["warm"]', "note": "Friendly",
         "arrived_at": "2026-02-01 09:00:01.000000", "seconds_since_arrival": 21.5,
         "recorded_at": "2026-02-01 09:00:30.000000", "locked_at": "2026-02-01 09:02:00.000000"},
    ],
    "answers": [
        {"id": 1, "interview_id": 1, "question_id": "q1", "score": 3, "skipped": False,
         "skip_reason": None, "note": "Good “story”", "answered_at": "2026-02-01 09:10:00.000000",
         "updated_at": "2026-02-01 09:11:00.000000", "seconds_spent": 120.25},
        {"id": 2, "interview_id": 1, "question_id": "q2", "score": None, "skipped": True,
         "skip_reason": "Ran out of time", "note": "",
         "answered_at": "2026-02-01 09:20:00.000000",
         "updated_at": "2026-02-01 09:20:00.000000", "seconds_spent": None},
    ],
    "recommendations": [
        {"interview_id": 1, "value": "yes", "strengths": "Owns it", "concerns": "",
         "updated_at": "2026-02-01 09:59:00.000000"},
    ],
    "audit_events": [
        {"id": 1, "at": "2026-02-01 10:00:00.000000", "actor": "Maria", "action": "submit",
         "entity": "interview", "entity_id": 1, "interview_id": 1, "reason": "",
         "detail": '{"overall": 62.5}'},
    ],
}  # fmt: skip


def _empty_url(kind: str, tmp_path: pathlib.Path, request: pytest.FixtureRequest) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'old.sqlite3'}"
    server: pgserver.PostgresServer = request.getfixturevalue("pg_server")
    return server.create_database(f"upgrade_{os.getpid()}_{next(_names)}")


def _read_all(db: Database, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [
            tuple(row)
            for row in conn.execute(
                text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {columns[0]}")
            )
        ]


def _plain(value: Any) -> Any:
    """Timestamps as the text written above, whichever database gave them back."""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_first_release_database_upgrades_with_every_value_intact(
    kind: str, tmp_path: pathlib.Path, request: pytest.FixtureRequest
) -> None:
    url = _empty_url(kind, tmp_path, request)
    db = Database(url, migrate=False)
    try:
        upgrade_to_head(db.engine, revision="0001")
        assert db.current_revision() == "0001"
        with db.engine.begin() as conn:
            if kind == "postgres":
                conn.exec_driver_sql("SET TIME ZONE 'UTC'")
            for table, rows in ROWS.items():
                columns = list(rows[0])
                conn.execute(
                    text(
                        f"INSERT INTO {table} ({', '.join(columns)}) "
                        f"VALUES ({', '.join(':' + c for c in columns)})"
                    ),
                    rows,
                )
        db.upgrade()
        assert db.current_revision() == HEAD_REVISION
        for table, rows in ROWS.items():
            columns = list(rows[0])
            stored = [tuple(_plain(v) for v in row) for row in _read_all(db, table, columns)]
            if kind == "postgres":
                # PostgreSQL hands timestamps back in the session's zone; compare in UTC.
                with db.engine.connect() as conn:
                    conn.exec_driver_sql("SET TIME ZONE 'UTC'")
                    stored = [
                        tuple(
                            _plain(v.astimezone(dt.UTC)) if hasattr(v, "astimezone") else v
                            for v in row
                        )
                        for row in conn.execute(
                            text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {columns[0]}")
                        )
                    ]
            assert stored == [tuple(row.values()) for row in rows], table
        uids = [row[0] for row in _read_all(db, "interviews", ["uid", "id"])]
        assert len(set(uids)) == 2 and all(uuid.UUID(u).version == 4 for u in uids)
        db.dispose()
        # A database written by a newer hireapp is refused, clearly and without change.
        db = Database(url, migrate=False)
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        with pytest.raises(DatabaseProblem, match="written by a newer version of hireapp"):
            Database(url)
    finally:
        db.dispose()
