# SPDX-License-Identifier: MIT
"""Nothing is lost when the app dies: a real process is killed with SIGKILL mid-interview.

The child drives a real interview window by key presses and reports each answer once the window
says it is saved; typing is reported after the autosave interval has passed. It is then killed
without warning. A second process must find every reported answer and note in the database file
and offer to resume the interview on the page where it stopped.
"""

from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys

import pytest

from hireapp.services import interviews as iv
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database
from tests.factories import RUBRIC, start_interview

INTERVIEWER = """
import sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from hireapp.gui.app import create_application
from hireapp.gui.interview.window import InterviewWindow
from hireapp.storage.session import Database

app = create_application()
window = InterviewWindow(Database(sys.argv[1]), int(sys.argv[2]))
window.show()
window.activateWindow()
saves = []
window.saved.connect(lambda: saves.append(1))

def settle(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)

def key(k, modifier=Qt.KeyboardModifier.NoModifier):
    settle(0.05)
    QTest.keyClick(QApplication.focusWidget() or window, k, modifier)

settle(0.3)
key(Qt.Key.Key_Space)
key(Qt.Key.Key_4)
print("SAVED impression 4", flush=True)
alt = Qt.KeyboardModifier.AltModifier
for number, question in enumerate(window.rubric.questions()[:5], start=1):
    key(Qt.Key.Key_Right, alt)
    level = number % 5 + 1
    key(getattr(Qt.Key, f"Key_{level}"))
    print(f"SAVED {question.id} {level}", flush=True)
    key(Qt.Key.Key_O, alt)
    before = len(saves)
    QTest.keyClicks(QApplication.focusWidget(), f"typed before the crash {number}")
    # No save action: the window saves by itself, and says so; then this note must survive.
    deadline = time.monotonic() + 20
    while len(saves) == before and time.monotonic() < deadline:
        settle(0.05)
    print(f"NOTE {question.id}", flush=True)
    key(Qt.Key.Key_Escape)
# Typing still in flight when the process dies may be lost: at most these keystrokes.
QTest.keyClicks(QApplication.focusWidget(), "x")
print("READY", flush=True)
while True:
    settle(1)
"""

RESUMER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hireapp.gui.app import create_application
from hireapp.gui.main_window import MainWindow
from hireapp.storage.session import Database

app = create_application()
window = MainWindow(Database(sys.argv[1]), offer_resume=True)
window.show()

def inspect():
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        QTimer.singleShot(50, inspect)
        return
    print(type(dialog).__name__, flush=True)
    for row in range(dialog.list.count()):
        print(dialog.list.item(row).text(), flush=True)
    dialog.accept()
    QTimer.singleShot(200, lambda: (print("OPENED",
                                          window.interviews[dialog.chosen.id].current_key,
                                          flush=True), app.quit()))

QTimer.singleShot(50, inspect)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


@pytest.mark.slow
def test_a_killed_app_loses_no_answer_and_offers_to_resume(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "crash.sqlite3"
    db = Database(str(path))
    create_candidate(db, name="Łukasz Żółć", email="lz@example.org", position="Agent")
    interview = start_interview(db, candidate="lz@example.org", interviewer="Maria Keller")
    db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # fmt: skip
    reported: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-c", INTERVIEWER, str(path), str(interview)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    ) as child:  # fmt: skip
        assert child.stdout is not None and child.stderr is not None
        try:
            for line in child.stdout:
                reported.append(line.strip())
                if line.strip() == "READY":
                    break
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL
    assert "READY" in reported, errors

    after = Database(str(path))
    state = iv.get_interview(after, interview)
    after.dispose()
    assert state.impression is not None and state.impression.score == 4
    saved = [line.split() for line in reported if line.startswith("SAVED ") and "impression"
             not in line]  # fmt: skip
    assert len(saved) == 5
    for _word, question_id, level in saved:
        assert state.answers[question_id].score == int(level)
    for number, line in enumerate((r for r in reported if r.startswith("NOTE ")), start=1):
        question_id = line.split()[1]
        assert state.answers[question_id].note.startswith(f"typed before the crash {number}")
    assert not state.submitted

    resumed = subprocess.run([sys.executable, "-c", RESUMER, str(path)], capture_output=True,
                             text=True, env=env, timeout=60)  # fmt: skip
    lines = resumed.stdout.splitlines()
    assert lines[0] == "ResumeDialog", resumed.stderr
    offered = "\n".join(lines[1:-1])  # the draft's lines in the resume prompt
    assert "Łukasz Żółć" in offered and "Maria Keller" in offered
    last_question = saved[-1][1]
    # Where it stopped, by the question's title (its id once showed there).
    assert f"“{RUBRIC.question(last_question).title}”" in offered
    assert last_question not in offered
    assert lines[-1] == f"OPENED question:{last_question}"
