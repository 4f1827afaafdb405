# SPDX-License-Identifier: MIT
"""`hireapp export scores`, run as a user runs it."""

from __future__ import annotations

import csv
import pathlib

import pytest

from hireapp.cli import COMMAND_MODULES
from hireapp.services.comparison import SCORES_CSV_COLUMNS
from tests.cli.clirun import assert_clean_failure, hireapp

pytestmark = pytest.mark.skipif(
    "export" not in COMMAND_MODULES, reason="'export' is not in COMMAND_MODULES yet"
)


def test_exports_every_answer_in_long_form(tmp_path: pathlib.Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    demo = hireapp("--db", db, "demo", "--candidates", "12", "--seed", "2")
    assert demo.returncode == 0, demo.stderr
    answers = int(demo.stdout.split(" interviews (")[1].split(" answers")[0].split("and ")[-1])
    out = tmp_path / "scores.csv"
    result = hireapp("--db", db, "export", "scores", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {answers:,} answers to {out}"
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == answers and tuple(rows[0]) == SCORES_CSV_COLUMNS
    assert {r["interview_status"] for r in rows} <= {"submitted", "draft"}
    for row in rows:
        assert (row["skipped"] == "yes") == (row["score"] == "")
        assert row["score"] == "" or 1 <= int(row["score"]) <= 5


def test_an_unwritable_file_is_one_line_and_exit_2(tmp_path: pathlib.Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    missing = tmp_path / "no" / "such" / "folder" / "scores.csv"
    assert_clean_failure(hireapp("--db", db, "export", "scores", str(missing)), "cannot write")
    assert_clean_failure(hireapp("--db", db, "export", "scores", str(tmp_path)), "is a folder")
    assert_clean_failure(hireapp("--db", db, "export"), "required")
