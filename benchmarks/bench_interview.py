# SPDX-License-Identifier: MIT
"""The interviewer's two waits, measured in one offscreen process.

- a key press choosing a score until its row is committed, against committing a one-row update
  with plain sqlite3 on the same file (the floor for a durable write, synchronous=FULL as the
  app);
- the same key press with synchronous=FULL (the app, durable across a power cut) against
  synchronous=NORMAL (what the app used before, which may lose the last commits);
- opening an interview of 20 questions until its window is shown, against showing a bare window
  with 22 empty pages;
- the longest stall of the GUI thread (the longest gap between ticks of a 10 ms timer) while keys
  are pressed and another process holds SQLite's write lock for 3 s, against the same keys with no
  other writer. Writes leave the GUI thread through the window's write queue, so the lock should
  delay the saves, not the window.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys

from benchmarks.context import Context
from benchmarks.harness import Result

PROBE = r"""
import pathlib, sqlite3, statistics, sys, time, tomllib
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget
from hireapp.domain.rubric import default_rubric_path, parse_rubric
from hireapp.gui.app import create_application
from hireapp.gui.interview.window import InterviewWindow, question_key
from hireapp.services import interviews as iv
from hireapp.services.people import create_candidate, ensure_interviewer
from hireapp.services.rubrics import register_rubric
from hireapp.storage.session import Database
from sqlalchemy import event

folder, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
app = create_application()
text = default_rubric_path().read_text("utf-8")
# 20 questions: the 8 of the default rubric, repeated under new ids.
blocks = text.split("[[sections.questions]]")
extra = []
for copy in range(2):
    for block in blocks[1:]:
        extra.append(block.replace('id = "', f'id = "c{copy}-', 1))
big = "[[sections.questions]]".join(blocks + extra[:12])
rubric = parse_rubric(big.replace('version = "', 'version = "bench-', 1), "bench.toml")
assert len(rubric.questions()) == 20, len(rubric.questions())
db = Database(str(folder / "interview.sqlite3"))
version = register_rubric(db, rubric)
interviewer = ensure_interviewer(db, "Bench")
ids = []
for n in range(runs + 1):
    c = create_candidate(db, name=f"C {n}", email=f"c{n}@example.org", position="P")
    ids.append(iv.start_interview(db, candidate=c.id, interviewer_id=interviewer.id,
                                  rubric_version_id=version.id))

def bare_open():
    window = QMainWindow()
    stack = QStackedWidget()
    for page in range(22):
        stack.addWidget(QLabel(f"page {page}"))
    window.setCentralWidget(stack)
    window.show()
    app.processEvents()
    return window

opened, bare = [], []
windows = []
for interview in ids[:runs]:
    start = time.perf_counter()
    window = InterviewWindow(db, interview)
    window.show()
    app.processEvents()
    opened.append(time.perf_counter() - start)
    windows.append(window)
    start = time.perf_counter()
    windows.append(bare_open())
    bare.append(time.perf_counter() - start)

window = windows[0]
window.activateWindow()
first = rubric.questions()[0].id
window.go_to(question_key(first))
for _ in range(5):
    app.processEvents()
raw = sqlite3.connect(folder / "interview.sqlite3", isolation_level=None)
raw.execute("PRAGMA synchronous = FULL")
# A row of its own that each commit really changes: SQLite skips writing a row updated to the
# value it already holds, which would leave nothing to commit.
raw.execute("CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, score INTEGER)")
raw.execute("INSERT INTO bench_floor VALUES (1, 0)")

def synchronous() -> int:
    with db.connect() as conn:
        return conn.exec_driver_sql("PRAGMA synchronous").scalar()

saves = []
window.saved.connect(lambda: saves.append(1))

def press_keys(keys, floor):
    for n in range(runs * 4):
        level = n % 5 + 1
        target = QApplication.focusWidget() or window
        before = len(saves)
        start = time.perf_counter()
        QTest.keyClick(target, getattr(Qt.Key, f"Key_{level}"))
        while len(saves) == before:  # committed by the write queue, and said so
            app.processEvents()
        keys.append(time.perf_counter() - start)
        stored = iv.get_interview(db, ids[0]).answers[first].score
        assert stored == level, (stored, level)
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("UPDATE bench_floor SET score = score + 1 WHERE id = 1")
        raw.execute("COMMIT")
        floor.append(time.perf_counter() - start)

# The app's connections as they are (FULL), and as they were before (NORMAL), in turns so that
# both meet the same load on the machine.
chosen = {"synchronous": None}
def _as_chosen(conn, _record):
    if chosen["synchronous"]:
        conn.execute(f"PRAGMA synchronous = {chosen['synchronous']}")
event.listen(db.engine, "connect", _as_chosen)
keys, floor, keys_normal, unused = [], [], [], []
for _ in range(3):
    for setting, into, raw_into in ((None, keys, floor), ("NORMAL", keys_normal, unused)):
        chosen["synchronous"] = setting
        db.engine.dispose()
        assert synchronous() == (2 if setting is None else 1)
        press_keys(into, raw_into)
key, floor, key_normal = map(statistics.median, (keys, floor, keys_normal))
print(key, floor, statistics.median(opened), statistics.median(bare), key_normal)
"""


STALL = r"""
import pathlib, statistics, subprocess, sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from hireapp.gui.app import create_application
from hireapp.gui.interview.window import InterviewWindow, question_key
from hireapp.services import interviews as iv
from hireapp.services.people import create_candidate, ensure_interviewer
from hireapp.services.rubrics import ensure_default_rubric
from hireapp.storage.session import Database

HOLDER = ("import sqlite3, sys, time\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
          "c.execute('BEGIN IMMEDIATE')\nprint('LOCKED', flush=True)\n"
          "time.sleep(float(sys.argv[2]))\nc.execute('ROLLBACK')\n")
folder, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
app = create_application()
path = folder / "stall.sqlite3"
path.unlink(missing_ok=True)
db = Database(str(path))
c = create_candidate(db, name="Stall", email="stall@example.org", position="P")
interviewer = ensure_interviewer(db, "Bench")
interview = iv.start_interview(db, candidate=c.id, interviewer_id=interviewer.id,
                               rubric_version_id=ensure_default_rubric(db).id)
window = InterviewWindow(db, interview)
window.show()
window.activateWindow()
questions = [q.id for q in window.rubric.questions()]
gap = {"last": time.monotonic(), "longest": 0.0}

def tick():
    now = time.monotonic()
    gap["longest"] = max(gap["longest"], now - gap["last"])
    gap["last"] = now

ticker = QTimer()
ticker.setInterval(10)
ticker.timeout.connect(tick)
ticker.start()

def settle(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        tick()  # also between event batches: a stall inside one counts even if a tick is lost
        time.sleep(0.002)

def saved():  # the mark turns to "Saving…" as a key queues a write, to "✓" once all committed
    return window.saved_label.text().startswith("✓")

def round_of_keys(n, locked):
    question = questions[n % len(questions)]
    window.go_to(question_key(question))
    while not saved():
        settle(0.01)
    holder = None
    if locked:
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), "3"],
                                  stdout=subprocess.PIPE, text=True)
        assert holder.stdout.readline().startswith("LOCKED")
    gap["last"], gap["longest"] = time.monotonic(), 0.0
    page = window.question_pages[question]
    end = time.monotonic() + 3
    count = 0
    while time.monotonic() < end:  # a key every 50 ms for 3 s: a note, and now and then a score
        count += 1
        if count % 10 == 0:
            QTest.keyClick(page.scale.buttons[0], getattr(Qt.Key, f"Key_{count // 10 % 5 + 1}"))
        else:
            QTest.keyClick(page.notes, Qt.Key.Key_A)
        tick()
        settle(0.05)
    while not saved():
        settle(0.01)
    if holder is not None:
        holder.wait()
    return gap["longest"]

free, busy = [], []
for n in range(runs):
    free.append(round_of_keys(2 * n, False))
    busy.append(round_of_keys(2 * n + 1, True))
print(statistics.median(busy), statistics.median(free))
"""


def stall(context: Context, folder: pathlib.Path) -> list[Result]:
    """The longest GUI-thread stall with another writer holding the lock, against none."""
    runs = max(2, context.runs // 2)
    result = subprocess.run(
        [sys.executable, "-c", STALL, str(folder), str(runs)],
        capture_output=True, text=True, env=context.env, timeout=600,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"interview stall benchmark failed:\n{result.stderr}")
    busy, free = map(float, result.stdout.split())
    return [
        Result("longest GUI stall, keys pressed, lock held 3 s", busy, runs,
               "the same keys with no other writer", free),
    ]  # fmt: skip


def run(context: Context) -> list[Result]:
    folder = context.folder / "interview"
    folder.mkdir(exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder), str(max(3, context.runs))],
        capture_output=True, text=True, env=context.env, timeout=600,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"interview benchmark failed:\n{result.stderr}")
    key, floor, opened, bare, key_normal = map(float, result.stdout.split())
    runs = max(3, context.runs)
    return [
        Result("key 1-5 pressed to the answer row committed", key, runs * 12,
               "one-row update committed by plain sqlite3 (FULL)", floor),
        Result("that key press with synchronous=FULL (now)", key, runs * 12,
               "with synchronous=NORMAL (before)", key_normal),
        Result("open an interview of 20 questions, shown", opened, runs,
               "a bare window with 22 empty pages", bare),
        *stall(context, folder),
    ]  # fmt: skip
