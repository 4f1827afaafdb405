# SPDX-License-Identifier: MIT
"""Every SQLite connection syncs the WAL at each commit, so a saved answer survives a power cut.

With `synchronous = NORMAL` in WAL mode SQLite syncs only at checkpoints: a power cut can roll back
the last commits, answers the window had already shown as saved. FULL (2) is the README's promise.
"""

from __future__ import annotations

import contextlib
import pathlib

from tests.factories import opened

FULL = 2


def test_every_connection_syncs_at_each_commit(tmp_path: pathlib.Path) -> None:
    with opened(tmp_path / "h.sqlite3") as db, contextlib.ExitStack() as held:
        # Several connections at once, so the pool opens new ones rather than reusing one.
        seen = []
        for _ in range(3):
            session = held.enter_context(db.read())
            seen.append(session.connection().exec_driver_sql("PRAGMA synchronous").scalar())
            connection = held.enter_context(db.connect())
            seen.append(connection.exec_driver_sql("PRAGMA synchronous").scalar())
            raw = held.enter_context(db.driver_connection())
            seen.append(raw.execute("PRAGMA synchronous").fetchone()[0])
        with db.write() as writer:  # one writer at a time: it takes the write lock at BEGIN
            seen.append(writer.connection().exec_driver_sql("PRAGMA synchronous").scalar())
        assert seen == [FULL] * 10
