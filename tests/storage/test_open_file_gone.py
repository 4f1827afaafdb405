# SPDX-License-Identifier: MIT
"""A database file deleted or replaced while open is noticed at the next write (issue 10, item 8).

SQLite keeps writing into a deleted file's inode, which no one will open again: 300 answers typed
after the file was removed were "saved" into the void. Now the next write says so.
"""

from __future__ import annotations

import os
import pathlib

import pytest

from hireapp.errors import DatabaseGone, DatabaseUnavailable
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database


@pytest.fixture
def opened(tmp_path: pathlib.Path) -> Database:
    db = Database(str(tmp_path / "live.sqlite3"))
    create_candidate(db, name="Before", email="before@example.org", position="Agent")
    return db


def test_a_deleted_file_refuses_the_next_write(opened: Database, tmp_path: pathlib.Path) -> None:
    try:
        for suffix in ("", "-wal", "-shm"):
            path = tmp_path / f"live.sqlite3{suffix}"
            if path.exists():
                os.unlink(path)
        with pytest.raises(DatabaseGone) as caught:
            create_candidate(opened, name="After", email="after@example.org", position="Agent")
        message = str(caught.value)
        assert "deleted or replaced" in message and "live.sqlite3" in message
        assert "\n" not in message
        assert isinstance(caught.value, DatabaseUnavailable)  # kept and retried, not dropped
    finally:
        opened.dispose()


def test_a_replaced_file_refuses_the_next_write(opened: Database, tmp_path: pathlib.Path) -> None:
    other = Database(str(tmp_path / "other.sqlite3"))
    other.dispose()
    try:
        os.replace(tmp_path / "other.sqlite3", tmp_path / "live.sqlite3")
        with pytest.raises(DatabaseGone):
            create_candidate(opened, name="After", email="after@example.org", position="Agent")
    finally:
        opened.dispose()


def test_an_untouched_file_goes_on_saving(opened: Database) -> None:
    try:
        create_candidate(opened, name="After", email="after@example.org", position="Agent")
    finally:
        opened.dispose()
