# SPDX-License-Identifier: MIT
"""Opening the database: where it is, how SQLite is tuned, and bringing the schema up to date.

SQLite by default, in the user's data folder, readable by its owner only, in WAL mode with
foreign keys on and a busy timeout; PostgreSQL through psycopg 3 when a URL says so. The schema
revision is checked with one cheap query; Alembic is imported only when there is work for it.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hireapp.errors import DatabaseProblem

ENV_URL = "HIREAPP_DATABASE_URL"
# The newest migration this version of the code knows; tests check it matches Alembic's head.
HEAD_REVISION = "0002"
KNOWN_REVISIONS = ("0001", "0002")
BUSY_TIMEOUT_MS = 10_000


def default_database_path() -> pathlib.Path:
    """hireapp.sqlite3 in the platform's per-user data folder."""
    import platformdirs

    return pathlib.Path(platformdirs.user_data_dir("hireapp", appauthor=False)) / "hireapp.sqlite3"


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: the one given, else $HIREAPP_DATABASE_URL, else the default file.

    A bare path is accepted as an SQLite file; `postgresql://` means psycopg 3.
    """
    chosen = url or os.environ.get(ENV_URL) or ""
    if not chosen:
        return f"sqlite:///{default_database_path()}"
    if "://" not in chosen:
        return f"sqlite:///{pathlib.Path(chosen).expanduser().resolve()}"
    if chosen.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + chosen.split("://", 1)[1]
    return chosen


def _prepare_sqlite_file(url: URL) -> None:
    """Create the folder and an empty file readable by its owner only, before SQLite does.

    SQLite gives its -wal and -shm files the permissions of the database file, so they inherit
    the 0600 too.
    """
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = pathlib.Path(database)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except OSError as exc:
        raise DatabaseProblem(f"cannot open the database file {path}: {exc.strerror}") from exc


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (the module's
        # own handling defers BEGIN and breaks SAVEPOINT and locking).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A writer takes the write lock at BEGIN, so two processes saving at once wait for each
        # other (busy_timeout) instead of failing half-way with "database is locked".
        if connection.get_execution_options().get("hireapp_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


class Database:
    """An open database: an engine and the sessions made from it.

    `read()` for queries, `write()` for a unit of work that commits on success and rolls back on
    any error, so nothing is ever half-written.
    """

    def __init__(self, url: str | None = None, *, migrate: bool = True) -> None:
        self.url = resolve_url(url)
        try:
            parsed = make_url(self.url)
        except ArgumentError as exc:
            raise DatabaseProblem(f"not a database URL: {self.url}") from exc
        self.dialect = parsed.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise DatabaseProblem(
                f"unsupported database {self.dialect!r}: use an SQLite file or postgresql://"
            )
        kwargs: dict[str, Any] = {}
        if self.dialect == "sqlite":
            _prepare_sqlite_file(parsed)
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        else:
            kwargs["pool_pre_ping"] = True
        try:
            self.engine = create_engine(parsed, **kwargs)
        except ModuleNotFoundError as exc:
            raise DatabaseProblem(
                f"the driver for {self.dialect} is not installed ({exc.name}); "
                "install hireapp[postgres]"
            ) from exc
        if self.dialect == "sqlite":
            _tune_sqlite(self.engine)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(hireapp_write=True), expire_on_commit=False
        )
        if migrate:
            try:
                self.upgrade()
            except BaseException:
                # Refused (a newer schema, say): close the connections opened to find out.
                self.engine.dispose()
                raise

    @property
    def display_name(self) -> str:
        """The URL without its password, for titles and messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    def current_revision(self) -> str | None:
        """The schema revision stored in the database, or None for an empty database."""
        try:
            with self.engine.connect() as conn:
                has_table = self.engine.dialect.has_table(conn, "alembic_version")
                if not has_table:
                    return None
                row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
                return None if row is None else str(row[0])
        except DBAPIError as exc:
            raise DatabaseProblem(f"cannot open {self.display_name}: {_reason(exc)}") from exc

    def upgrade(self) -> None:
        """Bring the schema to the newest revision; refuse a database from a newer hireapp."""
        revision = self.current_revision()
        if revision == HEAD_REVISION:
            return
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseProblem(
                f"{self.display_name} was written by a newer version of hireapp "
                f"(schema {revision}); update hireapp to open it"
            )
        from hireapp.storage.migrate import upgrade_to_head

        upgrade_to_head(self.engine)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; anything it changed is rolled back."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back on any exception."""
        with self._writer() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _reason(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
