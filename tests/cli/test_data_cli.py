# SPDX-License-Identifier: MIT
"""`interviews`, `candidates import|erase`, `backup`, `restore`, `purge`, as a user runs them."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

from tests.cli.clirun import assert_clean_failure

# Runs hireapp's real main(), with this commands registered if the command table does
# not list them yet (so these tests pass before and after they are wired in).
LAUNCHER = """
import argparse, sys
import hireapp.cli as cli
import hireapp.cli.candidates as candidates
from hireapp.cli import candidates_data
for name in ("interviews", "data"):
    if name not in cli.COMMAND_MODULES:
        cli.COMMAND_MODULES = (*cli.COMMAND_MODULES, name)
original = candidates.register
def register(commands):
    original(commands)
    parser = commands.choices["candidates"]
    actions = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "import" not in actions.choices:
        candidates_data.add_actions(actions)
candidates.register = register
sys.exit(cli.main(sys.argv[1:]))
"""


def hireapp(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LAUNCHER, *args],
        capture_output=True,
        text=True,
        timeout=300,
        input=stdin,
        env=dict(os.environ),
    )


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_candidates_import_reports_problems_or_imports_all(tmp_path: pathlib.Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email,position\nAnn,ann@example.org,Agent\nBob,bob,Agent\n,x@y.org,A\n")
    result = hireapp("--db", db, "candidates", "import", str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{bad}: line 3: email: 'bob' is not an email address" in result.stderr
    assert f"{bad}: line 4: name: is required" in result.stderr
    assert "nothing was imported" in result.stderr
    good = tmp_path / "good.csv"
    good.write_bytes("\ufeffNAME,Email,Position\nAnn,ann@example.org,Agent\n".encode())
    out = _ok(hireapp("--db", db, "candidates", "import", str(good)))
    assert "imported 1 candidate" in out and "new positions: Agent" in out
    listed = _ok(hireapp("--db", db, "candidates", "list", "--format", "json"))
    assert [c["email"] for c in json.loads(listed)] == ["ann@example.org"]


def test_interviews_travel_by_export_and_import(tmp_path: pathlib.Path) -> None:
    laptop, team = str(tmp_path / "laptop.sqlite3"), str(tmp_path / "team.sqlite3")
    _ok(hireapp("--db", laptop, "demo", "--candidates", "3", "--seed", "4"))
    out = tmp_path / "x.json"
    assert "exported" in _ok(hireapp("--db", laptop, "interviews", "export", "-o", str(out)))
    first = _ok(hireapp("--db", team, "interviews", "import", str(out)))
    assert "0 updated, 0 unchanged, 0 conflicts" in first
    second = _ok(hireapp("--db", team, "interviews", "import", str(out)))
    assert "0 added, 0 updated" in second
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "hireapp-interviews", "version": 7}')
    result = hireapp("--db", team, "interviews", "import", str(broken))
    assert result.returncode == 2 and "newer hireapp" in result.stderr
    result = hireapp("--db", team, "interviews", "export", "--since", "yesterday", "-o", "x")
    assert_clean_failure(result, "--since", "YYYY-MM-DD")


def test_erase_asks_and_refuses_without_a_terminal(tmp_path: pathlib.Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    csv = tmp_path / "c.csv"
    csv.write_text("name,email,position\nZoë Quist,zq@example.org,Agent\n")
    _ok(hireapp("--db", db, "candidates", "import", str(csv)))
    result = hireapp("--db", db, "candidates", "erase", "zq@example.org", stdin="y\n")
    assert_clean_failure(result, "Zoë Quist", "--yes")
    assert_clean_failure(hireapp("--db", db, "candidates", "erase", "nobody@x.org"), "no candidate")
    out = _ok(hireapp("--db", db, "candidates", "erase", "zq@example.org", "--yes"))
    assert "erased candidate 1" in out
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("h.sqlite3*"))
    assert b"zq@example.org" not in raw and "Zoë Quist".encode() not in raw


def test_backup_restore_and_purge(tmp_path: pathlib.Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    _ok(hireapp("--db", db, "demo", "--candidates", "2", "--seed", "1"))
    copy = tmp_path / "copy.sqlite3"
    assert "2 candidates" in _ok(hireapp("--db", db, "backup", str(copy)))
    assert_clean_failure(hireapp("--db", db, "backup", str(copy)), "already exists")
    assert_clean_failure(hireapp("--db", db, "restore", str(copy)), "--yes")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    assert_clean_failure(hireapp("--db", db, "restore", str(notes), "--yes"), "not a hireapp")
    assert "restored" in _ok(hireapp("--db", db, "restore", str(copy), "--yes"))
    # Demo candidates were created in 2026; nothing is 100 years old.
    assert "no candidate" in _ok(hireapp("--db", db, "purge", "--older-than", "100y"))
    listing = _ok(hireapp("--db", db, "purge", "--older-than", "1d"))
    assert "2 candidates would be erased" in listing
    assert "erased 2 candidates" in _ok(hireapp("--db", db, "purge", "--older-than", "1d", "--yes"))
    assert_clean_failure(hireapp("--db", db, "purge", "--older-than", "soon"), "--older-than")


def test_restore_refuses_a_backup_with_other_columns_and_leaves_the_database(
    tmp_path: pathlib.Path,
) -> None:
    import sqlite3

    db = str(tmp_path / "h.sqlite3")
    _ok(hireapp("--db", db, "demo", "--candidates", "2", "--seed", "1"))
    altered = tmp_path / "altered.sqlite3"
    _ok(hireapp("--db", db, "backup", str(altered)))
    with sqlite3.connect(altered) as conn:
        conn.execute("ALTER TABLE interviews RENAME COLUMN overall TO total")
    conn.close()
    before = _ok(hireapp("--db", db, "candidates", "list"))
    result = hireapp("--db", db, "restore", str(altered), "--yes")
    assert_clean_failure(result, str(altered), "has other columns in the table interviews")
    assert _ok(hireapp("--db", db, "candidates", "list")) == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_restore_names_the_safety_copy_it_keeps_and_mends_a_damaged_database(
    tmp_path: pathlib.Path,
) -> None:
    db = tmp_path / "h.sqlite3"
    _ok(hireapp("--db", str(db), "demo", "--candidates", "2", "--seed", "1"))
    copy = tmp_path / "copy.sqlite3"
    _ok(hireapp("--db", str(db), "backup", str(copy)))
    listing = _ok(hireapp("--db", str(db), "candidates", "list"))
    with db.open("r+b") as handle:  # a failing disk: garbage over the second page
        handle.seek(4096)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    damaged = hireapp("--db", str(db), "candidates", "list")
    assert_clean_failure(damaged, "is damaged", f"hireapp --db {db} restore")
    said = _ok(hireapp("--db", str(db), "restore", str(copy), "--yes"))
    kept = sorted(tmp_path.glob("h-before-restore-*.sqlite3"))
    assert len(kept) == 1
    assert said.strip().endswith(f"the replaced database was kept as {kept[0]}")
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"
    assert _ok(hireapp("--db", str(db), "candidates", "list")) == listing
