# SPDX-License-Identifier: MIT
"""`make bench`: every benchmark, each against a baseline measured in the same run.

- start-up: a process that opens the main window on a 10,000-candidate database and shows the
  loaded table, against a process that shows a bare PySide6 window;
- demo: `hireapp demo --candidates 10000`, against the same number of rows inserted by plain
  sqlite3 executemany into one bare table (the floor for writing that much).
"""

from __future__ import annotations

import argparse
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile

from benchmarks.harness import Result, median_seconds, python_process

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
assert window.model.rowCount() == 10000, window.model.rowCount()
"""


def _demo(path: pathlib.Path, candidates: int) -> None:
    path.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "hireapp", "--db", str(path), "demo", "--candidates",
                    str(candidates), "--seed", "1"], check=True, capture_output=True)  # fmt: skip


def _row_counts(path: pathlib.Path) -> int:
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


def main() -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--candidates", type=int, default=10_000)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    results = []
    with tempfile.TemporaryDirectory(prefix="hireapp-bench-") as folder:
        base = pathlib.Path(folder)
        env["XDG_CONFIG_HOME"] = str(base / "config")
        database = base / "demo.sqlite3"
        print(f"building a {args.candidates:,}-candidate database…", flush=True)

        demo_runs = max(1, args.runs // 2)
        demo = median_seconds(lambda: _demo(database, args.candidates), demo_runs)
        rows = _row_counts(database)
        scratch = base / "bare.sqlite3"
        floor = median_seconds(lambda: _bare_inserts(scratch, rows), demo_runs)
        results.append(Result(f"demo --candidates {args.candidates} ({rows:,} rows)", demo,
                              demo_runs, "sqlite3 executemany of as many rows", floor))  # fmt: skip

        bare = median_seconds(python_process(BARE_WINDOW, env=env), args.runs)
        started = median_seconds(python_process(MAIN_WINDOW, str(database), env=env), args.runs)
        results.append(Result("start-up to the loaded main window", started, args.runs,
                              "a bare PySide6 window process", bare))  # fmt: skip

    print()
    for result in results:
        print(result.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
