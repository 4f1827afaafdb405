# SPDX-License-Identifier: MIT
"""Backup and restore of the SQLite database, safe while the app is running.

Both go through SQLite's online backup API, page by page under SQLite's own locks, so a copy is
consistent even while another hireapp saves answers. A backup is a single self-contained file
(no -wal beside it), readable by its owner only. A restore checks the file first: an SQLite
database, with hireapp's tables, of a schema this version knows, passing SQLite's integrity
check, whose every table, column, foreign key and index is what the migrations build for its
revision. The database it replaces is first copied beside it as a dated safety copy; the backup
is then copied over the open database and brought up to the newest schema. PostgreSQL has its own
tools for this (pg_dump and pg_restore), which the README points to.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import os
import pathlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

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
    # After a restore: the copy of the database it replaced, kept beside it.
    safety_copy: str | None = None


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
    return _copy_live(db, target, describe=True)


def save_elsewhere(db: Database, path: str | os.PathLike[str]) -> BackupInfo:
    """Save everything in the database to a new SQLite file, and go on in that file.

    For a file deleted or replaced while hireapp had it open (DatabaseGone): the connection
    kept to it still reaches every committed change, so nothing saved so far is lost, and what
    still waits to be written goes to the new file.
    """
    _sqlite_only(db, "saving to a new file", "pg_dump")
    target = pathlib.Path(path).expanduser().absolute()
    if target.exists():
        raise InvalidInput(str(target), "already exists; choose a new file name")
    info = _copy_live(db, target, describe=True, held=True)
    db.move_to(target)
    return info


# What only the copy's side of a backup can report: the live database is only read.
_WRITE_ERRORS = frozenset({"SQLITE_FULL", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_IOERR"})


def _writing_failed(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name in _WRITE_ERRORS or name.startswith("SQLITE_IOERR_")


def _cannot_write(target: pathlib.Path, exc: sqlite3.Error) -> InvalidInput:
    """The backup file could not be written (a full disk, say): named as the backup's problem."""
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return InvalidInput("backup", f"cannot write {target}: {reason}")


def _copy_live(
    db: Database, target: pathlib.Path, *, describe: bool, held: bool = False
) -> BackupInfo:
    """The open database copied whole into the new file `target`, 0600, through SQLite; from the
    connection kept to the file as it was opened when `held` (the file may be gone)."""
    info = BackupInfo(str(target), "", 0, 0)
    with atomic_write(target, field="backup") as handle:
        # SQLite writes the copy through its own connection, closed before the rename.
        copy = sqlite3.connect(handle.name, isolation_level=None)
        try:
            with db.held_file() if held else _live_connection(db) as live:
                try:
                    live.backup(copy)
                except sqlite3.Error as exc:
                    if _writing_failed(exc):
                        raise _cannot_write(target, exc) from exc
                    raise  # a problem of the live database: the boundary names it
            try:
                # The copy inherits WAL mode; a backup should be one self-contained file.
                copy.execute("PRAGMA journal_mode = DELETE")
                if describe:
                    info = _describe(copy, str(target))
            except sqlite3.Error as exc:
                raise _cannot_write(target, exc) from exc
        finally:
            copy.close()
    return info


# --- the whole schema, compared with what the migrations build -------------------------------


def _schema(connection: sqlite3.Connection) -> dict[str, Any]:
    """Every table with its columns, foreign keys and indexes (with their columns), as values."""
    tables = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    schema: dict[str, Any] = {}
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        columns = [tuple(row[1:]) for row in connection.execute(f"PRAGMA table_info({quoted})")]
        keys = sorted(
            tuple(row[2:]) for row in connection.execute(f"PRAGMA foreign_key_list({quoted})")
        )
        indexes = {}
        for row in connection.execute(f"PRAGMA index_list({quoted})"):
            name = str(row[1])
            index = '"' + name.replace('"', '""') + '"'
            parts = [tuple(r[1:]) for r in connection.execute(f"PRAGMA index_xinfo({index})")]
            indexes[name] = (tuple(row[2:]), parts)
        schema[table] = {"columns": columns, "foreign keys": keys, "indexes": indexes}
    return schema


@functools.cache
def _expected_schema(revision: str) -> dict[str, Any]:
    """The schema the migrations build for `revision`, read from a fresh database."""
    from hireapp.storage.migrate import upgrade_to_head

    with tempfile.TemporaryDirectory(prefix="hireapp-schema-") as folder:
        path = pathlib.Path(folder) / "reference.sqlite3"
        reference = Database(str(path), migrate=False)
        try:
            upgrade_to_head(reference.engine, revision)
        finally:
            reference.dispose()
        connection = sqlite3.connect(path)
        try:
            return _schema(connection)
        finally:
            connection.close()


def _check_schema(connection: sqlite3.Connection, revision: str, source: str) -> None:
    """NotAHireappDatabase naming the first table whose columns or indexes are not hireapp's."""
    found, expected = _schema(connection), _expected_schema(revision)
    if found == expected:
        return
    missing = sorted(set(expected) - set(found))
    extra = sorted(set(found) - set(expected))
    if missing or extra:
        what = f"lacks the table {missing[0]}" if missing else f"has an extra table {extra[0]}"
    else:
        table = next(t for t in sorted(expected) if found[t] != expected[t])
        part = next(
            k
            for k in ("columns", "foreign keys", "indexes")
            if found[table][k] != expected[table][k]
        )
        what = f"has other {part} in the table {table}"
    raise NotAHireappDatabase(
        f"{source} is not a hireapp database of schema {revision}: it {what}; nothing was restored"
    )


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
        info = _describe(connection, str(source))
        try:
            _check_schema(connection, info.revision, str(source))
        except sqlite3.DatabaseError as exc:
            raise NotAHireappDatabase(f"{source} cannot be read as a database: {exc}") from exc
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
    """Replace everything in the open database with the backup's content, then upgrade it.

    The replaced database is first copied beside it, named with the date and time
    (`hireapp-before-restore-20261201-161500.sqlite3`); `safety_copy` in the answer names it.
    """
    _sqlite_only(db, "restore", "pg_restore or psql")
    refuse_the_database_itself(db, path)
    with tempfile.TemporaryDirectory(prefix="hireapp-restore-") as workdir:
        copy = inspect_backup(path, workdir)
        source = sqlite3.connect(copy, isolation_level=None)
        try:
            info = _describe(source, str(path))
            safety = _safety_copy(db)
            with _live_connection(db) as live:
                source.backup(live)
        finally:
            source.close()
    db.engine.dispose()
    db.upgrade()
    return dataclasses.replace(info, safety_copy=str(safety))


def refuse_the_database_itself(db: Database, path: str | os.PathLike[str]) -> None:
    """InvalidInput when `path` is the open database's own file.

    Restoring a file onto itself would restore nothing, and reading it here would open and close
    the live file, dropping this process's locks on it.
    """
    database = db.engine.url.database
    if db.dialect != "sqlite" or not database:
        return
    with contextlib.suppress(OSError):  # a file that cannot be read is refused with its reason
        if os.path.samefile(path, database):
            raise InvalidInput(str(path), "is the database itself; give a backup file")


def _safety_copy(db: Database) -> pathlib.Path:
    """A dated copy of the open database beside it, before a restore replaces it."""
    database = db.engine.url.database
    assert database, "restore works on SQLite files only"
    live = pathlib.Path(database)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = live.with_name(f"{live.stem}-before-restore-{stamp}{live.suffix}")
    serial = 1
    while target.exists():
        serial += 1
        target = live.with_name(f"{live.stem}-before-restore-{stamp}-{serial}{live.suffix}")
    _copy_live(db, target, describe=False)
    return target
