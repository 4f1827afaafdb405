# SPDX-License-Identifier: MIT
"""Commands that write, while another program holds SQLite's write lock past the busy timeout.

Each waits the busy timeout, then says in one line that the database is busy and to try again,
exits 2 and changes nothing: never a traceback, never the driver's "database is locked".
"""

from __future__ import annotations

import pathlib
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from hireapp.services.people import list_candidates
from tests.cli.clirun import assert_clean_failure, hireapp
from tests.factories import opened, record_interview

HOLD = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("LOCKED", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("ROLLBACK")
"""


@pytest.mark.slow
def test_writing_commands_meet_a_held_lock_with_one_plain_line(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "busy.sqlite3"
    with opened(path) as db:
        record_interview(db)
        before = len(list_candidates(db))
    export = tmp_path / "interviews.json"
    assert hireapp("--db", str(path), "interviews", "export", "-o", str(export)).returncode == 0
    csv = tmp_path / "candidates.csv"
    csv.write_text("name,email,position\nAda Byron,ada@example.org,Agent\n", "utf-8")
    commands = [
        ["candidates", "import", str(csv)],
        ["interviews", "import", str(export)],
        ["demo", "--candidates", "3"],
        ["candidates", "erase", "zoe@example.org", "--yes"],
    ]
    with subprocess.Popen([sys.executable, "-c", HOLD, str(path), "90"],
                          stdout=subprocess.PIPE, text=True) as holder:  # fmt: skip
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
            with ThreadPoolExecutor(len(commands)) as pool:  # they wait at the same time
                results = list(pool.map(lambda c: hireapp("--db", str(path), *c), commands))
            assert holder.poll() is None, "the lock ended before the commands gave up"
        finally:
            holder.kill()  # a killed holder's lock goes with it
    for result in results:
        assert_clean_failure(result, "is busy", "try again")
        assert "locked" not in result.stderr
    with opened(path) as db:
        assert len(list_candidates(db)) == before  # nothing half-written
