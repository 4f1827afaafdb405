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
