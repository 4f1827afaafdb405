# SPDX-License-Identifier: MIT
"""Files holding candidates' data are private and whole: 0600, in a 0700 folder, and on a full
disk one line and no partial file (issue 10, item 13).

A full disk is made real for a child process with RLIMIT_FSIZE: past the limit every write fails
with EFBIG, as on a full file system, without needing one.
"""

from __future__ import annotations

import os
import pathlib
import resource
import signal
import stat
import subprocess
import sys

import pytest

from hireapp.services.demo import generate_demo
from hireapp.storage.session import Database
from tests.cli.clirun import assert_clean_failure, hireapp


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("files") / "demo.sqlite3"
    db = Database(str(path))
    generate_demo(db, candidates=40, seed=2)
    db.dispose()
    return str(path)


def _mode(path: pathlib.Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_exports_and_summaries_are_private(demo: str, tmp_path: pathlib.Path) -> None:
    scores, table = tmp_path / "scores.csv", tmp_path / "table.csv"
    summaries, summary = tmp_path / "summaries", tmp_path / "one.pdf"
    assert hireapp("--db", demo, "export", "scores", str(scores)).returncode == 0
    listed = hireapp("--db", demo, "candidates", "list", "--format", "csv")
    assert listed.returncode == 0
    assert hireapp("--db", demo, "report", "--position", "1", "-o", str(summaries)).returncode == 0
    first = next(line for line in listed.stdout.splitlines()[1:] if ",interviewed," in line)
    candidate = first.split(",")[0]
    assert hireapp("--db", demo, "report", candidate, "-o", str(summary)).returncode == 0
    from hireapp.services.comparison import comparison_rows, write_comparison_csv

    db = Database(demo)
    try:
        write_comparison_csv(table, comparison_rows(db))
    finally:
        db.dispose()
    for path in (scores, table, summary, *summaries.glob("*.pdf")):
        assert _mode(path) == 0o600, path
    assert _mode(summaries) == 0o700


def _limited(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG as an error, not a killed process


@pytest.mark.parametrize(
    "command",
    [["export", "scores", "{out}/scores.csv"], ["report", "1", "-o", "{out}/summary.pdf"],
     ["backup", "{out}/copy.sqlite3"]],
    ids=["export scores", "report", "backup"],
)  # fmt: skip
def test_a_full_disk_is_one_line_and_leaves_no_file(
    demo: str, tmp_path: pathlib.Path, command: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    args = [part.format(out=out) for part in command]
    result = subprocess.run(
        [sys.executable, "-m", "hireapp", "--db", demo, *args],
        capture_output=True, text=True, timeout=300, preexec_fn=lambda: _limited(40_000),
        env={**os.environ},
    )  # fmt: skip
    assert_clean_failure(result, "cannot write")
    assert list(out.iterdir()) == []  # no partial file, no temporary left behind
