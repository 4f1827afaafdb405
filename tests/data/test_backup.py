# SPDX-License-Identifier: MIT
"""Backups are consistent single files; a restore refuses anything that is not one of ours."""

from __future__ import annotations

import os
import pathlib
import sqlite3
import stat

import pytest

from hireapp.errors import DatabaseProblem, InvalidInput, NotAHireappDatabase
from hireapp.services.backup import backup, describe_backup, restore
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database
from tests.factories import opened, record_interview, snapshot, table_counts


def test_backup_then_restore_brings_everything_back(
    sqlite_db: Database, tmp_path: pathlib.Path
) -> None:
    record_interview(sqlite_db)
    before = snapshot(sqlite_db)
    target = tmp_path / "copy.sqlite3"
    info = backup(sqlite_db, target)
    assert (info.candidates, info.interviews) == (1, 1)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert not target.with_name("copy.sqlite3-wal").exists()
    with pytest.raises(InvalidInput, match="already exists"):
        backup(sqlite_db, target)
    create_candidate(sqlite_db, name="Later", email="later@example.org", position="Agent")
    restore(sqlite_db, target)
    assert snapshot(sqlite_db) == before
    assert table_counts(sqlite_db)["candidates"] == 1
    assert describe_backup(target).interviews == 1


def test_restore_refuses_what_is_not_a_hireapp_database(
    sqlite_db: Database, tmp_path: pathlib.Path
) -> None:
    record_interview(sqlite_db)
    before = snapshot(sqlite_db)
    text = tmp_path / "notes.txt"
    text.write_text("hello " * 100)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    newer = tmp_path / "newer.sqlite3"
    backup(sqlite_db, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    cases = {
        text: "not an SQLite file",
        other: "not a hireapp one",
        newer: "newer version of hireapp",
        tmp_path / "missing.sqlite3": "cannot be read",
    }
    for path, message in cases.items():
        with pytest.raises(NotAHireappDatabase, match=message):
            restore(sqlite_db, path)
    assert snapshot(sqlite_db) == before


def test_postgresql_is_pointed_to_its_own_tools(pg_url: str, tmp_path: pathlib.Path) -> None:
    with opened(pg_url) as db:
        with pytest.raises(DatabaseProblem, match="pg_dump"):
            backup(db, tmp_path / "x")
        with pytest.raises(DatabaseProblem, match="pg_restore"):
            restore(db, tmp_path / "x")


def _altered_copy(db: Database, path: pathlib.Path, *statements: str) -> pathlib.Path:
    """A real backup of `db`, then changed by hand: hireapp's table names, another schema."""
    backup(db, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
    return path


def test_restore_refuses_hireapps_table_names_with_other_columns_or_indexes(
    sqlite_db: Database, tmp_path: pathlib.Path
) -> None:
    record_interview(sqlite_db)
    before = snapshot(sqlite_db)
    cases = {
        "has other columns in the table candidates": (
            "ALTER TABLE candidates RENAME COLUMN email TO mail",
        ),
        "has other indexes in the table interviews": ("DROP INDEX ix_interviews_interviewer_id",),
        "has an extra table notes": ("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",),
        "lacks the table audit_events": ("DROP TABLE audit_events",),
    }
    for number, (problem, statements) in enumerate(cases.items()):
        altered = _altered_copy(sqlite_db, tmp_path / f"altered-{number}.sqlite3", *statements)
        with pytest.raises(NotAHireappDatabase, match=problem):
            restore(sqlite_db, altered)
    assert snapshot(sqlite_db) == before
    assert not list(tmp_path.glob("*before-restore*"))  # refused before anything was copied


def test_restore_refuses_the_database_itself(tmp_path: pathlib.Path) -> None:
    with opened(tmp_path / "hireapp.sqlite3") as db:
        record_interview(db)
        before = snapshot(db)
        with pytest.raises(InvalidInput, match="is the database itself"):
            restore(db, tmp_path / "." / "hireapp.sqlite3")
        assert snapshot(db) == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_restore_keeps_the_replaced_database_as_a_dated_safety_copy(
    tmp_path: pathlib.Path,
) -> None:
    with opened(tmp_path / "hireapp.sqlite3") as db:
        record_interview(db)
        target = tmp_path / "copy.sqlite3"
        backup(db, target)
        create_candidate(db, name="Later", email="later@example.org", position="Agent")
        replaced = snapshot(db)
        info = restore(db, target)
        assert info.safety_copy is not None
        safety = pathlib.Path(info.safety_copy)
        assert safety.parent == tmp_path
        assert safety.name.startswith("hireapp-before-restore-20")
        assert safety.suffix == ".sqlite3"
        assert stat.S_IMODE(os.stat(safety).st_mode) == 0o600
        assert table_counts(db)["candidates"] == 1
    with opened(safety) as kept:
        assert snapshot(kept) == replaced
