# SPDX-License-Identifier: MIT
"""Backup and restore of the SQLite database, safe while the app is running.

Both go through SQLite's online backup API, page by page under SQLite's own locks, so a copy is
consistent even while another hireapp saves answers. A backup is a single self-contained file
(no -wal beside it), readable by its owner only. A restore checks the file first: an SQLite
database, with hireapp's tables, of a schema this version knows, passing SQLite's integrity
check; it is then copied over the open database and brought up to the newest schema. PostgreSQL
has its own tools for this (pg_dump and pg_restore), which the README points to.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass

from hireapp.errors import DatabaseProblem, InvalidInput, NotAHireappDatabase
from hireapp.services.files import atomic_write
from hireapp.storage.session import KNOWN_REVISIONS, Database

_MAGIC = b"SQLite format 3\x00"
_TABLES = ("alembic_version", "candidates", "interviews", "answers", "positions")


@dataclass(frozen=True)
class BackupInfo:
    path: str
    revision: str
    candidates: int
    interviews: int


def _sqlite_only(db: Database, what: str, tool: str) -> None:
    if db.dialect != "sqlite":
        raise DatabaseProblem(
            f"{what} works on SQLite files; for PostgreSQL use {tool} (see docs/data.md)"
        )


@contextlib.contextmanager
def _live_connection(db: Database) -> Iterator[sqlite3.Connection]:
    with db.driver_connection() as connection:
        assert isinstance(connection, sqlite3.Connection)
        yield connection


def _describe(connection: sqlite3.Connection, source: str) -> BackupInfo:
    """What a database file holds; NotAHireappDatabase if it is not one this version can use."""
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not set(_TABLES) <= tables:
            raise NotAHireappDatabase(f"{source} is an SQLite database but not a hireapp one")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = "" if row is None else str(row[0])
        if revision not in KNOWN_REVISIONS:
            raise NotAHireappDatabase(
                f"{source} was written by a newer version of hireapp (schema {revision or '?'}); "
                "update hireapp to restore it"
            )
        check = connection.execute("PRAGMA integrity_check").fetchone()
        if check is None or check[0] != "ok":
            raise NotAHireappDatabase(f"{source} is damaged: {check[0] if check else '?'}")
        candidates = connection.execute("SELECT count(*) FROM candidates").fetchone()[0]
        interviews = connection.execute("SELECT count(*) FROM interviews").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise NotAHireappDatabase(f"{source} cannot be read as a database: {exc}") from exc
    return BackupInfo(source, revision, int(candidates), int(interviews))


def backup(db: Database, path: str | os.PathLike[str]) -> BackupInfo:
    """Copy the open database into a new file, consistently, while others may be writing."""
    _sqlite_only(db, "backup", "pg_dump")
    target = pathlib.Path(path).expanduser().absolute()
    if target.exists():
        raise InvalidInput(str(target), "already exists; choose a new file name")
    with atomic_write(target, field="backup") as handle:
        # SQLite writes the copy through its own connection, closed before the rename.
        copy = sqlite3.connect(handle.name, isolation_level=None)
        try:
            with _live_connection(db) as live:
                live.backup(copy)
            # The copy inherits WAL mode; a backup should be one self-contained file.
            copy.execute("PRAGMA journal_mode = DELETE")
            info = _describe(copy, str(target))
        finally:
            copy.close()
    return info


def inspect_backup(path: str | os.PathLike[str], workdir: str | os.PathLike[str]) -> pathlib.Path:
    """A checked private copy of the file in workdir, ready to restore from."""
    source = pathlib.Path(path)
    try:
        with source.open("rb") as handle:
            head = handle.read(len(_MAGIC))
    except OSError as exc:
        raise NotAHireappDatabase(f"{source} cannot be read: {exc.strerror or exc}") from exc
    if head != _MAGIC:
        raise NotAHireappDatabase(f"{source} is not a hireapp database (not an SQLite file)")
    copy = pathlib.Path(workdir) / "restore.sqlite3"
    shutil.copyfile(source, copy)
    connection = sqlite3.connect(copy, isolation_level=None)
    try:
        _describe(connection, str(source))
    finally:
        connection.close()
    return copy


def describe_backup(path: str | os.PathLike[str]) -> BackupInfo:
    """What a backup file holds, checked as a restore would check it, for the confirmation."""
    with tempfile.TemporaryDirectory(prefix="hireapp-restore-") as workdir:
        copy = inspect_backup(path, workdir)
        connection = sqlite3.connect(copy, isolation_level=None)
        try:
            return _describe(connection, str(path))
        finally:
            connection.close()


def restore(db: Database, path: str | os.PathLike[str]) -> BackupInfo:
    """Replace everything in the open database with the backup's content, then upgrade it."""
    _sqlite_only(db, "restore", "pg_restore or psql")
    with tempfile.TemporaryDirectory(prefix="hireapp-restore-") as workdir:
        copy = inspect_backup(path, workdir)
        source = sqlite3.connect(copy, isolation_level=None)
        try:
            info = _describe(source, str(path))
            with _live_connection(db) as live:
                source.backup(live)
        finally:
            source.close()
    db.engine.dispose()
    db.upgrade()
    return info
