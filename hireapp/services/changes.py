# SPDX-License-Identifier: MIT
"""Whether the database changed since we last looked, for screens that follow it live.

A change committed by another process, on another machine, or by this app's own other
connections, is noticed without querying any table: see hireapp.storage.changes for how on
SQLite and PostgreSQL. A front end asks `changed()` on a timer and reloads what it shows.
"""

from __future__ import annotations

import logging

from hireapp.errors import HireappError
from hireapp.storage import changes
from hireapp.storage.session import Database

_log = logging.getLogger(__name__)


class ChangeWatch:
    """News of commits to one database; `changed()` is cheap enough for a GUI timer.

    It holds a connection of its own (and on PostgreSQL a listening thread) until `close()`.
    A watch that could not start reports no change, and the screen works as before, by
    explicit refreshes.
    """

    def __init__(self, db: Database) -> None:
        self._source: changes.ChangeSource
        try:
            self._source = changes.watch(db.engine)
        except HireappError as exc:
            _log.info("not following changes to %s: %s", db.display_name, exc)
            self._source = changes.never()

    def changed(self) -> bool:
        """Whether anything was committed since the last call (or since the watch began)."""
        return self._source.changed()

    def wait_ready(self, timeout: float) -> bool:
        """Whether changes are followed from now on; waits up to `timeout` s for a listener."""
        return self._source.wait_ready(timeout)

    def close(self) -> None:
        """Stop following; safe to call more than once."""
        self._source.close()
