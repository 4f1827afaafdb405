# SPDX-License-Identifier: MIT
"""Opening a second Database on a file keeps the locks the first one's connections hold.

POSIX drops all of a process's locks on a file when any descriptor of that file closes, so code
that opened and closed the database file (to create it, or to read its header) beside a live
connection would let another process write into a transaction in progress.
"""

from __future__ import annotations

import pathlib
import sqlite3
import subprocess
import sys

from tests.factories import opened

# Another process: try to write, then to take the file out of WAL mode (which needs the whole
# file to itself), without waiting; print what SQLite said each time.
OTHER_PROCESS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
for statement in ("BEGIN IMMEDIATE", "PRAGMA journal_mode = DELETE"):
    try:
        conn.execute(statement).fetchall()
        print("done")
        if statement.startswith("BEGIN"):
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        print(exc)
"""


def _other_process_tries(path: pathlib.Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.splitlines()


def test_a_second_database_on_the_file_keeps_the_first_connections_locks(
    tmp_path: pathlib.Path,
) -> None:
    path = tmp_path / "h.sqlite3"
    with opened(path):
        pass  # a hireapp database in WAL mode, as the app leaves it
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE alembic_version SET version_num = version_num")
        assert _other_process_tries(path) == ["database is locked"] * 2
        with opened(path) as second:
            with second.read() as session:
                assert session.connection().exec_driver_sql("SELECT 1").scalar() == 1
            # The first connection still holds its locks: nobody else may write or switch the
            # journal away beneath its transaction.
            assert _other_process_tries(path) == ["database is locked"] * 2
        assert _other_process_tries(path) == ["database is locked"] * 2
        holder.execute("COMMIT")
    finally:
        holder.close()
    assert _other_process_tries(path)[0] == "done"
