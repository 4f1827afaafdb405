# SPDX-License-Identifier: MIT
"""Opening the database: where it is, how SQLite is tuned, and bringing the schema up to date.

SQLite by default, in the user's data folder, readable by its owner only, in WAL mode with
foreign keys on and a busy timeout; PostgreSQL through psycopg 3 when a URL says so. The schema
revision is checked with one cheap query; Alembic is imported only when there is work for it.

This is also the error boundary: every driver error raised through the engine (in a session, a
Core connection, at commit, while connecting) leaves as a `DatabaseProblem` whose one-line message
names the database and a plain cause, never the SQL text or its values.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import re
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, PrimaryKeyConstraint, UniqueConstraint, create_engine, event, text
from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy.engine import URL, Connection, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from hireapp.assets import data_folder
from hireapp.errors import (
    ConstraintViolated,
    DatabaseBusy,
    DatabaseGone,
    DatabaseProblem,
    DatabaseUnavailable,
    ValueRefused,
)
from hireapp.storage import changes

ENV_URL = "HIREAPP_DATABASE_URL"
# The newest migration this version of the code knows; tests check it matches Alembic's head.
HEAD_REVISION = "0005"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
BUSY_TIMEOUT_MS = 10_000


def default_database_path() -> pathlib.Path:
    """hireapp.sqlite3 in the platform's per-user data folder."""
    return data_folder() / "hireapp.sqlite3"


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


def _sqlite_path(url: URL) -> pathlib.Path | None:
    """The file an SQLite URL names, or None for an in-memory or URI database."""
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return pathlib.Path(database)


def _prepare_sqlite_file(path: pathlib.Path) -> bool:
    """Create an empty file readable by its owner only, before SQLite does; True if made here.

    SQLite gives its -wal and -shm files the permissions of the database file, so they inherit
    the 0600 too. A file that is there already is never opened here: closing any descriptor of
    it would drop every POSIX lock this process holds on it, those of live connections included.
    Only the default data folder is created; a path in a folder that does not exist is refused,
    so that a typo does not start an empty database.
    """
    if not path.parent.exists():
        if path != default_database_path():
            raise DatabaseUnavailable(
                f"cannot open the database file {path}: the folder {path.parent} does not exist "
                "(check the path, or create the folder first)"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise DatabaseUnavailable(
                f"cannot create the data folder {path.parent}: {exc.strerror}"
            ) from exc
    try:
        # Only a file made here is made private: an existing file keeps the permissions its owner
        # gave it (opening the wrong path once made a system file unreadable to other users).
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    except FileExistsError:
        if path.parent.is_dir():
            return False  # the database file is there already
        raise DatabaseProblem(
            f"cannot open the database file {path}: {path.parent} is not a folder"
        ) from None
    except OSError as exc:
        raise DatabaseProblem(f"cannot open the database file {path}: {exc.strerror}") from exc
    try:
        os.fchmod(fd, 0o600)  # whatever the umask
    finally:
        os.close(fd)
    return True


_HIREAPP_TABLES = frozenset({"alembic_version", "candidates", "interviews", "answers"})


def check_sqlite_file(path: pathlib.Path, *, integrity: bool = True) -> None:
    """Refuse, untouched, an SQLite file that is not hireapp's, or (with `integrity`) is damaged.

    Read through a read-only connection of SQLite itself, before the engine sets WAL mode (which
    writes to the file): a foreign file is left byte for byte as it was, and SQLite, unlike a
    plain open and close, keeps the locks of this process's other connections to the file.
    `PRAGMA quick_check(1)` reads every page (about 0.1 s for the 10,000-candidate demo database,
    see `make bench`) but stops at the first problem.
    """
    name = str(path)
    try:
        connection = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise driver_problem(exc, name) from exc
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        tables = {
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if tables and not _HIREAPP_TABLES <= tables:
            raise DatabaseUnavailable(
                f"cannot open {name}: it is an SQLite database of another program (its tables "
                "are not hireapp's); hireapp leaves it untouched: choose another file"
            )
        if integrity and tables:
            found = connection.execute("PRAGMA quick_check(1)").fetchone()
            if found is None or found[0] != "ok":
                raise DatabaseUnavailable(_damaged(name))
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_CORRUPT"):
            raise DatabaseUnavailable(_damaged(name)) from exc
        raise driver_problem(exc, name) from exc
    finally:
        connection.close()


def _damaged(name: str) -> str:
    return (
        f"the database {name} is damaged; restore your latest backup with "
        f"`hireapp --db {name} restore BACKUP-FILE`, or open another file"
    )


def _identity(path: pathlib.Path | None) -> tuple[int, int] | None:
    """The file's device and inode, or None without a file (memory, not there)."""
    if path is None:
        return None
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


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
        # FULL: WAL is synced at every commit, so an answer shown as saved survives a power cut
        # (NORMAL syncs only at checkpoints and may roll the last commits back); the cost of a key
        # press is in `make bench`.
        cursor.execute("PRAGMA synchronous = FULL")
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

    def __init__(
        self, url: str | None = None, *, migrate: bool = True, check_integrity: bool = True
    ) -> None:
        """Open the database at `url` (see resolve_url).

        Args:
            migrate: bring the schema to the newest revision.
            check_integrity: refuse a damaged SQLite file; `restore` opens one without it, to
                replace its content with a backup.
        """
        self.url = resolve_url(url)
        try:
            parsed = make_url(self.url)
            port = parsed.port
        except ArgumentError as exc:
            raise DatabaseProblem(f"not a database URL: {_without_password(self.url)}") from exc
        except ValueError as exc:  # SQLAlchemy's int() of the port
            raise DatabaseProblem(
                f"not a database URL: {_without_password(self.url)} (the port is not a number)"
            ) from exc
        if port is not None and not 0 < port < 65536:
            raise DatabaseProblem(
                f"not a database URL: {_without_password(self.url)} "
                f"(the port {port} is not between 1 and 65535)"
            )
        self.dialect = parsed.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise DatabaseProblem(
                f"unsupported database {self.dialect!r}: use an SQLite file or postgresql://"
            )
        self._file: pathlib.Path | None = None
        self._file_identity: tuple[int, int] | None = None
        self._held: sqlite3.Connection | None = None
        self._held_lock = threading.Lock()
        if self.dialect == "sqlite":
            path = _sqlite_path(parsed)
            self._file = path
            if path is not None and not _prepare_sqlite_file(path):
                check_sqlite_file(path, integrity=check_integrity)
        self._start_engine(parsed)
        if migrate:
            try:
                self.upgrade()
            except BaseException:
                # Refused (a newer schema, say): close the connections opened to find out.
                self.engine.dispose()
                raise
        self._hold_file()

    def _start_engine(self, parsed: URL) -> None:
        kwargs: dict[str, Any] = {}
        if self.dialect == "sqlite":
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
        event.listen(self.engine, "handle_error", self._on_error)
        if self.dialect == "sqlite":
            _tune_sqlite(self.engine)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(hireapp_write=True), expire_on_commit=False
        )
        # Other copies of the app learn of every write at once (PostgreSQL's NOTIFY).
        changes.announce_commits(self._writer, self.dialect)

    def _hold_file(self) -> None:
        """Keep one connection to the SQLite file open for as long as it is used, its WAL read.

        Should the file be deleted or replaced while the app runs (DatabaseGone), this
        connection still reaches what it held, WAL included, so `copy_held_file` can save it all
        to a new file: a new connection would open whatever is at the path now, or nothing.
        """
        self._file_identity = _identity(self._file)
        if self._file is None or self._file_identity is None:
            return
        held = sqlite3.connect(self._file, isolation_level=None, check_same_thread=False)
        try:
            held.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            held.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the WAL
        except sqlite3.Error as exc:
            held.close()
            raise driver_problem(exc, self.display_name) from exc
        self._held = held

    @property
    def file(self) -> pathlib.Path | None:
        """The SQLite file, or None (PostgreSQL, memory)."""
        return self._file

    @property
    def gone(self) -> bool:
        """Whether the SQLite file was deleted or replaced since it was opened."""
        return self._file_identity is not None and _identity(self._file) != self._file_identity

    @contextlib.contextmanager
    def held_file(self) -> Iterator[sqlite3.Connection]:
        """The connection kept to the SQLite file as it was opened (see `_hold_file`)."""
        if self._held is None:
            raise DatabaseProblem(f"{self.display_name} is not an SQLite file")
        with self._held_lock:
            yield self._held

    def move_to(self, path: pathlib.Path) -> None:
        """Go on in the SQLite file at `path`, a whole copy of this database made just now.

        Every connection to the old file is closed; what waits to be written goes to the new
        file from now on.
        """
        if self.dialect != "sqlite" or self._file is None:
            raise DatabaseProblem(f"{self.display_name} is not an SQLite file")
        check_sqlite_file(path)
        self.dispose()
        self.url = f"sqlite:///{path.absolute()}"
        self._file = path.absolute()
        self._start_engine(make_url(self.url))
        self._hold_file()

    def _check_file(self) -> None:
        """DatabaseGone when the SQLite file was deleted or replaced since it was opened.

        SQLite goes on writing into a deleted file's inode, which nobody will ever open again:
        300 answers typed after a `rm` were "saved" into the void. Checked before every write;
        a stat costs microseconds.
        """
        if self.gone:
            raise DatabaseGone(
                f"the database file {self._file} was deleted or replaced while hireapp had it "
                "open; nothing more can be saved to it"
            )

    @property
    def display_name(self) -> str:
        """The URL without its password, for titles and messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    def current_revision(self) -> str | None:
        """The schema revision stored in the database, or None for an empty database."""
        with self.engine.connect() as conn:
            if not self.engine.dialect.has_table(conn, "alembic_version"):
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            return None if row is None else str(row[0])

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
        with self._pool_problems(), self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back on any exception."""
        self._check_file()
        with self._pool_problems(), self._writer() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection for bulk reads that load no ORM objects."""
        with self._pool_problems(), self.engine.connect() as connection:
            yield connection

    @contextlib.contextmanager
    def _pool_problems(self) -> Iterator[None]:
        """The pool's own failures, which never reach handle_error, as DatabaseProblem too."""
        try:
            yield
        except sqlalchemy_exc.TimeoutError as exc:
            raise DatabaseBusy(
                f"the database {self.display_name} is busy: every connection is in use; "
                "try again in a moment"
            ) from exc
        except sqlalchemy_exc.DisconnectionError as exc:
            raise DatabaseUnavailable(
                f"the database {self.display_name} cannot be reached: the connection was lost"
            ) from exc

    @contextlib.contextmanager
    def driver_connection(self) -> Iterator[Any]:
        """The driver's own connection, for what SQLAlchemy does not offer (SQLite's backup API).

        Its errors are turned into DatabaseProblem like those raised through the engine.
        """
        driver_error = self.engine.dialect.loaded_dbapi.Error
        try:
            raw = self.engine.raw_connection()
            try:
                yield raw.driver_connection
            finally:
                raw.close()
        except driver_error as exc:
            raise driver_problem(exc, self.display_name) from exc

    def dispose(self) -> None:
        self.engine.dispose()
        with self._held_lock:
            if self._held is not None:
                self._held.close()
                self._held = None

    def _on_error(self, context: ExceptionContext) -> None:
        """handle_error listener: replace a driver error with the project's DatabaseProblem."""
        if context.is_pre_ping:
            return  # the pool's liveness check must still see the disconnect it looks for
        if not isinstance(context.original_exception, context.dialect.loaded_dbapi.Error):
            return  # SQLAlchemy's own complaints about a statement are bugs, left as they are
        raise driver_problem(
            context.original_exception, self.display_name, disconnect=context.is_disconnect
        )


def _without_password(url: str) -> str:
    """A URL as it can be shown: any password replaced, even where the URL cannot be parsed."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


# --- the error boundary ------------------------------------------------------------------------

# A kind of problem: its class, and the sentence saying it, with {db} for the database's name.
_Kind = tuple[type[DatabaseProblem], str]
_BUSY = "the database {db} is busy: another program is writing to it; try again in a moment"
_CANNOT_OPEN = "cannot open the database {db}"

# By the DB-API class of the driver's exception, when nothing more precise is known.
_BY_CLASS: dict[str, _Kind] = {
    "IntegrityError": (ConstraintViolated, "the database {db} refused a change that breaks a rule"),
    "DataError": (ValueRefused, "the database {db} refused a value that does not fit its column"),
    "OperationalError": (
        DatabaseUnavailable,
        "the database {db} could not do the operation",
    ),
    "ProgrammingError": (DatabaseProblem, "the database {db} is not what this hireapp expects"),
    "InternalError": (DatabaseProblem, "the database {db} reported an internal error"),
    "NotSupportedError": (DatabaseProblem, "the database {db} cannot do what hireapp asked"),
    "InterfaceError": (DatabaseUnavailable, "lost the connection to the database {db}"),
    "DatabaseError": (DatabaseProblem, "the database {db} reported an error"),
}

# SQLite's primary result codes (sqlite3 exceptions carry them as sqlite_errorname).
_SQLITE_CODES: dict[str, _Kind] = {
    "SQLITE_BUSY": (DatabaseBusy, _BUSY),
    "SQLITE_LOCKED": (DatabaseBusy, _BUSY),
    "SQLITE_CANTOPEN": (DatabaseUnavailable, _CANNOT_OPEN),
    "SQLITE_PERM": (DatabaseUnavailable, _CANNOT_OPEN + ": permission denied"),
    "SQLITE_IOERR": (DatabaseUnavailable, "cannot read or write the database {db}"),
    "SQLITE_FULL": (DatabaseUnavailable, "cannot write to the database {db}: the disk is full"),
    "SQLITE_CORRUPT": (
        DatabaseUnavailable,
        "the database {db} is damaged: restore your latest backup with "
        "`hireapp restore BACKUP-FILE`",
    ),
    "SQLITE_NOTADB": (DatabaseUnavailable, _CANNOT_OPEN + ": the file is not a database"),
    "SQLITE_READONLY": (DatabaseUnavailable, "cannot write to the database {db}: it is read-only"),
}
# SQLite messages known to hold no values: only these are shown as the reason.
_SQLITE_SAFE = re.compile(
    r"database is locked|database table is locked|disk I/O error|unable to open database file"
    r"|database disk image is malformed|file is not a database|database or disk is full"
    r"|attempt to write a readonly database|no such (?:table|column): [\w.]+"
)
_SQLITE_CONSTRAINT = re.compile(
    r"(UNIQUE|PRIMARY KEY|CHECK|NOT NULL|FOREIGN KEY) constraint failed(?:: ([\w.]+(?:, [\w.]+)*))?"
)

# PostgreSQL's SQLSTATE codes, or their class (the first two characters).
_PG_STATES: dict[str, _Kind] = {
    "23": _BY_CLASS["IntegrityError"],
    "22": _BY_CLASS["DataError"],
    "22001": (ValueRefused, "the database {db} refused a text longer than its column allows"),
    "40": (DatabaseBusy, "the database {db} is busy: another client changed the same data"),
    "55P03": (DatabaseBusy, _BUSY),
    "08": (DatabaseUnavailable, "lost the connection to the database {db}"),
    "57": (DatabaseUnavailable, "the database {db} stopped the operation (server shutdown?)"),
    "53": (DatabaseUnavailable, "the database {db} is out of disk space or memory"),
    "3D": (DatabaseUnavailable, _CANNOT_OPEN + ": it does not exist on the server"),
    "28": (DatabaseUnavailable, _CANNOT_OPEN + ": the server refused the login"),
    "42501": (DatabaseUnavailable, "the database {db} refused the operation: permission denied"),
    "42P01": (DatabaseProblem, "the database {db} lacks a table this hireapp needs"),
    "25006": (DatabaseUnavailable, "cannot write to the database {db}: it is read-only"),
}
# What libpq says when a connection fails (it gives no SQLSTATE then), in fixed words.
_PG_CONNECT_REASONS = (
    ("Connection refused", "connection refused: is the server running?"),
    ("does not exist", "no such database or user"),
    ("password authentication failed", "the password was refused"),
    ("no password supplied", "a password is needed"),
    ("could not translate host name", "unknown host name"),
    ("timeout expired", "timed out"),
)


def driver_problem(
    error: BaseException, database: str, *, disconnect: bool = False
) -> DatabaseProblem:
    """The DatabaseProblem for a driver's exception: one line, no SQL text, no values.

    Args:
        error: the exception the DB-API driver (sqlite3, psycopg) raised.
        database: the database's display name (no password).
        disconnect: SQLAlchemy found the connection to be gone.
    """
    kind, sentence = _BY_CLASS.get(_dbapi_class(error), _BY_CLASS["DatabaseError"])
    reason = constraint = ""
    errorname = getattr(error, "sqlite_errorname", None)
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(errorname, str):
        kind, sentence, reason, constraint = _sqlite_diagnosis(error, errorname, kind, sentence)
    elif isinstance(sqlstate, str):
        found = _PG_STATES.get(sqlstate) or _PG_STATES.get(sqlstate[:2])
        kind, sentence = found or (kind, sentence)
        reason = f"SQLSTATE {sqlstate}"
        constraint = _pg_constraint(error)
    elif _dbapi_class(error) == "OperationalError":
        kind, sentence = DatabaseUnavailable, _CANNOT_OPEN
        text = str(error)
        reason = next((words for known, words in _PG_CONNECT_REASONS if known in text), "")
    if disconnect:
        kind, sentence = DatabaseUnavailable, "lost the connection to the database {db}"
    message = sentence.format(db=database)
    if kind is ConstraintViolated and constraint:
        message = f"the database {database} refused the change: it breaks the rule {constraint}"
    message += f" ({reason})" if reason else ""
    message = " ".join(message.split())
    if kind is ConstraintViolated:
        return ConstraintViolated(message, constraint)
    return kind(message)


def _dbapi_class(error: BaseException) -> str:
    """The DB-API 2 exception class the driver's exception belongs to (PEP 249 names)."""
    for klass in type(error).__mro__:
        if klass.__name__ in _BY_CLASS:
            return klass.__name__
    return "DatabaseError"


def _sqlite_diagnosis(
    error: BaseException, errorname: str, kind: type[DatabaseProblem], sentence: str
) -> tuple[type[DatabaseProblem], str, str, str]:
    """Kind, sentence, safe reason and constraint name from an sqlite3 exception."""
    text = str(error).strip()
    primary = "_".join(errorname.split("_")[:2])
    kind, sentence = _SQLITE_CODES.get(primary, (kind, sentence))
    reason = text if _SQLITE_SAFE.fullmatch(text) else errorname
    if kind is DatabaseBusy:
        reason = ""  # "database is locked" says less than the sentence, and alarms
    constraint = ""
    found = _SQLITE_CONSTRAINT.fullmatch(text)
    if primary == "SQLITE_CONSTRAINT" and found is not None:
        rule, columns = found.group(1), found.group(2) or ""
        reason = f"{rule} constraint failed"
        if rule in ("UNIQUE", "PRIMARY KEY") and columns:
            constraint = _unique_name(columns) or columns
        elif rule == "FOREIGN KEY":
            constraint = "foreign key"
        else:
            constraint = columns
    return kind, sentence, reason, constraint


def _unique_name(columns: str) -> str | None:
    """The schema's name for the UNIQUE rule SQLite reports as "table.a, table.b"."""
    from hireapp.storage.models import Base

    qualified = [part.strip().split(".", 1) for part in columns.split(",")]
    if any(len(part) != 2 for part in qualified) or len({t for t, _ in qualified}) != 1:
        return None
    table = Base.metadata.tables.get(qualified[0][0])
    if table is None:
        return None
    names = [column for _table, column in qualified]
    for rule in table.constraints:
        if (
            isinstance(rule, UniqueConstraint | PrimaryKeyConstraint)
            and [c.name for c in rule.columns] == names
        ):
            return str(rule.name)
    return None


def _pg_constraint(error: BaseException) -> str:
    """The rule a PostgreSQL error names (diag fields hold identifiers, never values)."""
    diag = getattr(error, "diag", None)
    if diag is None:
        return ""
    if diag.constraint_name:
        return str(diag.constraint_name)
    if diag.table_name and diag.column_name:
        return f"{diag.table_name}.{diag.column_name}"
    return ""
