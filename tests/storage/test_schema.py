# SPDX-License-Identifier: MIT
"""The schema protects the data by itself, on both databases, and migrations build exactly it."""

from __future__ import annotations

import datetime as dt
import os
import pathlib
import sqlite3
import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import delete, func, insert, select, text, update

from hireapp.errors import ConstraintViolated, DatabaseProblem
from hireapp.storage.migrate import head_revision
from hireapp.storage.models import (
    Answer,
    AuditEvent,
    Base,
    Candidate,
    FirstImpression,
    Interview,
    Interviewer,
    Position,
    Recommendation,
    RubricVersion,
    utcnow,
)
from hireapp.storage.session import HEAD_REVISION, KNOWN_REVISIONS, Database, resolve_url
from tests.factories import opened


def _seed(db: Database) -> dict[str, int]:
    """A position, candidate, interviewer, rubric version and interview, by raw inserts."""
    with db.write() as s:
        s.execute(insert(Position), [{"id": 1, "title": "Agent"}])
        s.execute(
            insert(Candidate), [{"id": 1, "name": "Ann", "email": "a@x.org", "position_id": 1}]
        )
        s.execute(insert(Interviewer), [{"id": 1, "name": "Iv"}])
        s.execute(insert(RubricVersion), [{"id": 1, "slug": "r", "title": "R", "label": "1",
                                           "content_hash": "h", "content": "{}"}])  # fmt: skip
        s.execute(insert(Interview), [{"id": 1, "candidate_id": 1, "interviewer_id": 1,
                                       "rubric_version_id": 1}])  # fmt: skip
    return {"candidate": 1, "interview": 1}


def _refused(db: Database, statement: object) -> None:
    with pytest.raises(ConstraintViolated), db.write() as s:
        s.execute(statement)  # type: ignore[call-overload]


def test_migrations_build_exactly_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_the_code_knows_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION


def test_scores_outside_1_to_5_are_refused(db: Database) -> None:
    _seed(db)
    _refused(db, insert(Answer).values(interview_id=1, question_id="q", score=6))
    _refused(db, insert(Answer).values(interview_id=1, question_id="q", score=0))
    _refused(db, insert(FirstImpression).values(interview_id=1, score=9))


def test_a_skip_needs_a_reason_and_no_score(db: Database) -> None:
    _seed(db)
    _refused(db, insert(Answer).values(interview_id=1, question_id="q", skipped=True))
    _refused(db, insert(Answer).values(interview_id=1, question_id="q", skipped=True,
                                       skip_reason="x", score=3))  # fmt: skip
    with db.write() as s:
        s.execute(insert(Answer).values(interview_id=1, question_id="q", skipped=True,
                                        skip_reason="no time"))  # fmt: skip


def test_one_answer_per_question_and_one_email_per_candidate(db: Database) -> None:
    _seed(db)
    with db.write() as s:
        s.execute(insert(Answer).values(interview_id=1, question_id="q", score=3))
    _refused(db, insert(Answer).values(interview_id=1, question_id="q", score=4))
    _refused(db, insert(Candidate).values(name="B", email="a@x.org", position_id=1))
    _refused(db, insert(Interview).values(candidate_id=1, interviewer_id=1, rubric_version_id=1))


def test_status_and_recommendation_values_are_checked(db: Database) -> None:
    _seed(db)
    _refused(db, update(Interview).values(status="finished"))
    # Submitted without a time, or a time without being submitted: both refused.
    _refused(db, update(Interview).values(status="submitted"))
    _refused(db, insert(Recommendation).values(interview_id=1, value="maybe"))
    _refused(db, update(Interview).values(overall=100.5))


def test_foreign_keys_are_enforced(db: Database) -> None:
    _seed(db)
    _refused(db, insert(Answer).values(interview_id=99, question_id="q", score=3))
    # A position with candidates cannot go, and neither can an interviewer with interviews.
    _refused(db, delete(Position))
    _refused(db, delete(Interviewer))


def test_deleting_a_candidate_cascades_to_everything_about_them(db: Database) -> None:
    _seed(db)
    with db.write() as s:
        s.execute(insert(Answer).values(interview_id=1, question_id="q", score=3))
        s.execute(insert(FirstImpression).values(interview_id=1, score=4))
        s.execute(insert(Recommendation).values(interview_id=1, value="yes"))
        s.execute(insert(AuditEvent).values(action="submit", entity="interview", interview_id=1))
        s.execute(delete(Candidate))
    with db.read() as s:
        for model in (Interview, Answer, FirstImpression, Recommendation):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        # The audit trail is not a foreign key: it outlives what it describes.
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 1


def test_timestamps_come_back_aware_and_in_utc(db: Database) -> None:
    _seed(db)
    moment = dt.datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with db.write() as s:
        s.execute(update(Interview).values(started_at=moment))
    with db.read() as s:
        stored = s.scalar(select(Interview.started_at))
    assert stored == moment and stored is not None and stored.tzinfo == dt.UTC
    with pytest.raises(Exception, match="timezone-aware"), db.write() as s:
        s.execute(update(Interview).values(started_at=dt.datetime(2026, 1, 1)))
    assert utcnow().tzinfo == dt.UTC


def test_sqlite_file_is_private_in_wal_mode_with_foreign_keys(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "sub" / "h.sqlite3"
    path.parent.mkdir()  # only the default data folder is created (see tests/storage/test_open_*)
    with opened(path) as db:
        _seed(db)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            assert stat.S_IMODE(os.stat(wal).st_mode) == 0o600
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_a_write_that_fails_leaves_nothing_behind(db: Database) -> None:
    _seed(db)
    with pytest.raises(ConstraintViolated), db.write() as s:
        s.execute(insert(Answer).values(interview_id=1, question_id="a", score=3))
        s.execute(insert(Answer).values(interview_id=1, question_id="b", score=7))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Answer)) == 0


def test_a_database_from_a_newer_hireapp_is_refused(db_url: str) -> None:
    with opened(db_url), opened(db_url, migrate=False) as db:
        with db.write() as s:
            s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(DatabaseProblem, match="newer version of hireapp"):
            db.upgrade()


def test_an_empty_database_is_migrated_on_open(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "new.sqlite3"
    with opened(path):
        pass
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert {"candidates", "interviews", "answers", "alembic_version"} <= tables


def test_urls_resolve_from_flag_environment_or_default(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HIREAPP_DATABASE_URL", raising=False)
    assert resolve_url(None).endswith("/hireapp/hireapp.sqlite3")
    assert resolve_url(None).startswith(f"sqlite:///{os.environ['XDG_DATA_HOME']}")
    monkeypatch.setenv("HIREAPP_DATABASE_URL", "postgresql://u@h/db")
    assert resolve_url(None) == "postgresql+psycopg://u@h/db"
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"


def test_unusable_databases_get_a_clear_message(tmp_path: pathlib.Path) -> None:
    with pytest.raises(DatabaseProblem, match="unsupported database"):
        Database("mysql://u@h/db")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseProblem, match="cannot open the database file"):
        Database(str(blocker / "inside.sqlite3"))
    not_db = tmp_path / "notes.txt"
    not_db.write_text("this is not a database, just some text that is long enough" * 20)
    with pytest.raises(DatabaseProblem, match="cannot open"):
        Database(str(not_db))
