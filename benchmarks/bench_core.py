# SPDX-License-Identifier: MIT
"""Start-up and demo data.

- start-up: a process that opens the main window on the 10,000-candidate database and shows the
  loaded table, against a process that shows a bare PySide6 window;
- demo: `hireapp demo --candidates 10000`, against the same number of rows inserted by plain
  sqlite3 executemany into one bare table (the floor for writing that much);
- opening the 10,000-candidate database as every command and the app do (the checks at open,
  PRAGMA quick_check(1) included), against the same open without the integrity check, and that
  against a bare sqlite3 connection reading the schema revision.
"""

from __future__ import annotations

import pathlib
import sqlite3

from benchmarks.context import Context, build_demo
from benchmarks.harness import Result, median_seconds, python_process
from hireapp.storage.session import Database

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""

MAIN_WINDOW = """
import sys
from hireapp.gui.app import create_application
from hireapp.storage.session import Database
app = create_application()
from hireapp.gui.main_window import MainWindow
window = MainWindow(Database(sys.argv[1]))
window.candidates_loaded.connect(lambda n: app.quit())
window.show()
app.exec()
assert window.comparison.model.total_count() == int(sys.argv[2])
"""


def _row_count(path: pathlib.Path) -> int:
    with sqlite3.connect(path) as conn:
        tables = ("candidates", "interviews", "answers", "first_impressions", "recommendations",
                  "audit_events")  # fmt: skip
        return sum(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables)


def _bare_inserts(path: pathlib.Path, rows: int) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b TEXT, c REAL, d TEXT)")
    stamp = "2026-10-30 17:00:00.000000"
    with conn:
        conn.executemany("INSERT INTO t (a, b, c, d) VALUES (?, ?, ?, ?)",
                         ((n, "some note text", n * 0.5, stamp) for n in range(rows)))  # fmt: skip
    conn.close()


def _open(path: pathlib.Path, *, check_integrity: bool) -> None:
    Database(str(path), check_integrity=check_integrity).dispose()


def _bare_open(path: pathlib.Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("SELECT version_num FROM alembic_version").fetchone()
    conn.close()


def _opening(context: Context) -> list[Result]:
    path = context.demo_database
    runs = max(5, context.runs)
    checked = median_seconds(lambda: _open(path, check_integrity=True), runs)
    unchecked = median_seconds(lambda: _open(path, check_integrity=False), runs)
    bare = median_seconds(lambda: _bare_open(path), runs)
    size = path.stat().st_size / 1e6
    return [Result(f"open the {context.candidates:,}-candidate database ({size:.0f} MB), checked",
                   checked, runs, "the same open without the integrity check", unchecked),
            Result("open without the integrity check", unchecked, runs,
                   "bare sqlite3 connect + read the revision", bare)]  # fmt: skip


def run(context: Context) -> list[Result]:
    runs = max(1, context.runs // 2)
    scratch = context.folder / "demo-timed.sqlite3"
    demo = median_seconds(lambda: build_demo(scratch, context.candidates), runs)
    rows = _row_count(scratch)
    floor = median_seconds(lambda: _bare_inserts(context.folder / "bare.sqlite3", rows), runs)
    results = [Result(f"demo --candidates {context.candidates} ({rows:,} rows)", demo, runs,
                      "sqlite3 executemany of as many rows", floor)]  # fmt: skip
    bare = median_seconds(python_process(BARE_WINDOW, env=context.env), context.runs)
    shown = python_process(MAIN_WINDOW, str(context.demo_database), str(context.candidates),
                           env=context.env)  # fmt: skip
    started = median_seconds(shown, context.runs)
    results.append(Result("start-up to the loaded main window", started, context.runs,
                          "a bare PySide6 window process", bare))  # fmt: skip
    return results + _opening(context)
