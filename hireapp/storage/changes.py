# SPDX-License-Identifier: MIT
"""Noticing that another process or machine changed the database, cheaply and without SQL polls.

SQLite: `PRAGMA data_version` on a connection of our own changes whenever any *other*
connection committed (another process, or this process's pooled connections); reading it costs
microseconds and starts no transaction that could wait on a writer.

PostgreSQL: every write session sends `NOTIFY hireapp_changes` in its own transaction (so it is
delivered only if the write commits, and at most once per transaction), and a listening
connection of our own, kept by a background thread, receives it. No schema change is needed.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from typing import Any, Protocol, cast

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session, sessionmaker

CHANNEL = "hireapp_changes"
_NOTIFY = text(f"NOTIFY {CHANNEL}")
_log = logging.getLogger(__name__)


def announce_commits(writer: sessionmaker[Session], dialect: str) -> None:
    """Make every write session of `writer` announce its commit to listeners (PostgreSQL only).

    SQLite needs nothing: its data_version counts every commit by itself.
    """
    if dialect != "postgresql":
        return

    def _notify(session: Session) -> None:
        # Sent inside the transaction: PostgreSQL delivers it when, and only if, it commits.
        session.execute(_NOTIFY)

    event.listen(writer, "before_commit", _notify)


class ChangeSource(Protocol):
    def changed(self) -> bool:
        """Whether another connection committed since the last call; never blocks or raises."""

    def wait_ready(self, timeout: float) -> bool:
        """Whether changes are noticed from now on, waiting up to `timeout` s for a listener."""

    def close(self) -> None:
        """Release the connection (and thread) the source holds; it then reports nothing."""


class _Never:
    """For a database no other connection can reach (SQLite in memory)."""

    def changed(self) -> bool:
        return False

    def wait_ready(self, timeout: float) -> bool:
        return False

    def close(self) -> None:
        return None


def never() -> ChangeSource:
    """A source that reports no change, for where none can be followed."""
    return _Never()


class _SqliteDataVersion:
    """Reads `PRAGMA data_version` on a connection of its own, taken out of the pool."""

    def __init__(self, engine: Engine) -> None:
        raw = engine.raw_connection()
        self._connection: Any = cast(Any, raw.driver_connection)  # None once detached
        raw.detach()  # ours for good: the pool's rollbacks and recycling never touch it
        self._raw: Any = raw
        # A poll must never wait for a writer (in WAL mode reading the version never has to; a
        # busy answer during recovery is only a tick without news).
        self._connection.execute("PRAGMA busy_timeout = 0")
        self._version = self._read()

    def _read(self) -> int | None:
        try:
            row = self._connection.execute("PRAGMA data_version").fetchone()
        except Exception as exc:  # the driver's error: report no change, try again next tick
            _log.debug("data_version not read: %s", exc)
            return None
        return None if row is None else int(row[0])

    def changed(self) -> bool:
        if self._connection is None:
            return False
        version = self._read()
        if version is None:
            return False
        changed = self._version is not None and version != self._version
        self._version = version
        return changed

    def wait_ready(self, timeout: float) -> bool:
        return self._connection is not None

    def close(self) -> None:
        if self._connection is not None:
            self._connection = None
            with contextlib.suppress(Exception):
                self._raw.close()


class _PostgresListener:
    """LISTENs on a connection of its own in a daemon thread, reconnecting after a loss.

    After a (re)connection it reports a change once, since notifications sent while it was not
    listening are lost.
    """

    WAIT_S = 0.25  # how long one wait for notifications lasts, so close() is heard promptly
    RETRY_S = (0.5, 1.0, 2.0, 5.0, 10.0)
    STEADY_S = 10.0  # a connection that listened this long is back to the shortest retry

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._news = threading.Event()
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hireapp-listen", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float) -> bool:
        return self._listening.wait(timeout)

    def changed(self) -> bool:
        if not self._news.is_set():
            return False
        self._news.clear()
        return True

    def close(self) -> None:
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=self.WAIT_S * 8)

    def _connect(self) -> tuple[Any, Any]:
        raw = self._engine.raw_connection()
        try:
            connection = cast(Any, raw.driver_connection)  # None once detached
            raw.detach()
            connection.rollback()  # the pool's liveness check may have left a transaction open
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            # Detached, it is no longer the pool's: closed here, not left to the collector.
            with contextlib.suppress(Exception):
                raw.close()
            raise
        return raw, connection

    def _run(self) -> None:
        attempts = 0  # since a connection last listened for long; each waits a little longer
        first = True
        while not self._stop.is_set():
            if attempts and self._stop.wait(self.RETRY_S[min(attempts, len(self.RETRY_S)) - 1]):
                break
            attempts += 1
            try:
                raw, connection = self._connect()
            except Exception as exc:  # unreachable server, refused login: try again later
                _log.debug("cannot listen for changes: %s", exc)
                continue
            if not first:
                self._news.set()  # what was sent while we were away is lost: reload once
            first = False
            self._listening.set()
            since = time.monotonic()
            try:
                while not self._stop.is_set():
                    for _notification in connection.notifies(timeout=self.WAIT_S):
                        self._news.set()
            except TypeError:  # psycopg before 3.2: notifies() takes no timeout
                _log.warning("following changes needs psycopg 3.2 or newer")
                return
            except Exception as exc:  # the connection was lost: listen again on a new one
                _log.debug("stopped listening for changes: %s", exc)
            finally:
                self._listening.clear()
                with contextlib.suppress(Exception):
                    raw.close()
            if time.monotonic() - since > self.STEADY_S:
                attempts = 1  # it had worked for a while: come back quickly
            # else a connection lost at once, again and again, backs off as failures do, so
            # the reload that follows every reconnection cannot come twice a second.


def watch(engine: Engine) -> ChangeSource:
    """A source of change news for the database behind `engine`, its connection its own."""
    backend = engine.url.get_backend_name()
    if backend == "postgresql":
        return _PostgresListener(engine)
    database = engine.url.database
    if backend != "sqlite" or not database or database == ":memory:" or "mode=memory" in database:
        return _Never()
    return _SqliteDataVersion(engine)
