# SPDX-License-Identifier: MIT
"""An interview taken as a user takes it: the real app on a real X server, the keyboard alone.

The offscreen tests never load Qt's xcb plugin, never see where X puts the keyboard focus and
never go through a real key press. Here `python -m hireapp` runs on Xvfb, xdotool presses the
keys an interviewer presses (README, "The interview"), and the database is then read through the
services. There is no window manager: a newly mapped window is given the focus as one would give
it, but after a dialog the focus must come back by the app's own doing.

Skipped without Xvfb, xdotool or imagemagick's `import`, or when Qt's xcb plugin lacks a
library; HIREAPP_REQUIRE_X=1 (set by .ci/run) makes those failures. A failure leaves a picture
of the screen, `screen.png`, in the test's tmp folder.
"""

from __future__ import annotations

import os
import pathlib
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import IO

import pytest

from hireapp.services import interviews as iv
from hireapp.services.people import find_interviewer, get_candidate
from tests.factories import QUESTIONS, add_candidate, opened

ROOT = pathlib.Path(__file__).resolve().parents[2]
REQUIRE_X = os.environ.get("HIREAPP_REQUIRE_X") == "1"
TIMEOUT_S = 60.0

pytestmark = pytest.mark.slow

CANDIDATE = "Zoë Ørsted"
EMAIL = "zoe.x11@example.org"
INTERVIEWER = "Grace Okafor"
IMPRESSION_NOTE = "Greeted the receptionist by name"
NOTE = "Set a two-hour goal, told the customer, called back at 1:40."
SKIP_REASON = "Ran out of time"
STRENGTHS = "Owns problems"
# Question 1 is scored 3 with a note, question 2 skipped, the rest scored these levels.
LATER_LEVELS = [5, 4, 2, 1, 3, 4]


def _unavailable(reason: str) -> None:
    if REQUIRE_X:
        pytest.fail(f"a real X server is required (HIREAPP_REQUIRE_X=1): {reason}")
    pytest.skip(reason)


@pytest.fixture
def display(tmp_path: pathlib.Path) -> Iterator[str]:
    """A fresh Xvfb, on whichever display number is free; its name (":N")."""
    for program in ("Xvfb", "xdotool", "import"):
        if shutil.which(program) is None:
            _unavailable(f"{program} is not installed (Debian: xvfb, xdotool, imagemagick)")
    libs = subprocess.run([sys.executable, str(ROOT / "tools" / "qt_system_libs.py"), "--check"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    if libs.returncode != 0:
        _unavailable(libs.stderr.strip())
    read, write = os.pipe()
    log = (tmp_path / "xvfb.log").open("wb")
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=[write], stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    os.close(write)
    try:
        # Xvfb writes its display number once it accepts clients.
        ready, _, _ = select.select([read], [], [], 20)
        number = os.read(read, 64).decode().strip() if ready else ""
        if not number:
            pytest.fail(f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text()}")
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(10)
        log.close()


class Screen:
    """xdotool on one display, every wait bounded by the test's overall deadline."""

    def __init__(self, display: str, deadline: float) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.deadline = deadline

    def left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"the interview took more than {TIMEOUT_S:.0f} s")
        return left

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                                text=True, timeout=self.left())  # fmt: skip
        if result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout.strip()

    def window(self, title: str) -> str:
        """Wait for a window whose whole title matches (a regular expression); its id."""
        try:
            found = self.xdotool("search", "--sync", "--onlyvisible", "--name", f"^{title}$")
        except subprocess.TimeoutExpired:
            raise AssertionError(f"no window titled {title!r} appeared") from None
        return found.splitlines()[-1]

    def focused(self) -> str:
        """The window with the keyboard focus; "" when none has it (X's PointerRoot)."""
        result = subprocess.run(["xdotool", "getwindowfocus"], env=self.env, capture_output=True,
                                text=True, timeout=self.left())  # fmt: skip
        return result.stdout.strip() if result.returncode == 0 else ""

    def appears(self, title: str) -> str:
        """A new top-level window, with the keyboard focus a window manager would give it."""
        window = self.window(title)
        if self.focused() != window:
            self.xdotool("windowfocus", "--sync", window)
        return window

    def focus_returns_to(self, window: str, after: str) -> None:
        """The app itself hands the keyboard back to `window` (no window manager does here)."""
        while self.focused() != window:
            if self.left() < 1:
                raise AssertionError(f"the keyboard did not come back to the window after {after}")
            time.sleep(0.05)

    def keys(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "30", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "20", text)

    def titles(self) -> list[str]:
        """The titles of the visible windows, for a failure's message."""

        def run(*args: str) -> str:
            result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                                    text=True, timeout=10)  # fmt: skip
            return result.stdout.strip()

        return [
            run("getwindowname", w) for w in run("search", "--onlyvisible", "--name", ".").split()
        ]

    def picture(self, path: pathlib.Path) -> None:
        subprocess.run(["import", "-window", "root", str(path)], env=self.env,
                       capture_output=True, timeout=30, check=False)  # fmt: skip


def _start_app(
    db_path: pathlib.Path, display: str, folder: pathlib.Path
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(folder / "config"),  # nobody remembered, no settings
        "XDG_DATA_HOME": str(folder / "data"),
    }
    for name in ("QT_SCALE_FACTOR", "HIREAPP_DATABASE_URL", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    output: IO[bytes] = (folder / "app.log").open("wb")
    with output:
        return subprocess.Popen(
            [sys.executable, "-m", "hireapp", "--db", str(db_path)],
            env=env, stdout=output, stderr=subprocess.STDOUT, cwd=folder,
        )  # fmt: skip


def _wait_submitted(db_path: pathlib.Path, screen: Screen) -> iv.InterviewState:
    """Poll the database, as a colleague's copy of the app would, until it holds the interview
    submitted."""
    with opened(db_path) as db:
        while True:
            interviewer = find_interviewer(db, INTERVIEWER)
            candidate = get_candidate(db, EMAIL).id
            found = (
                None if interviewer is None else iv.find_interview(db, candidate, interviewer.id)
            )
            if found is not None:
                state = iv.get_interview(db, found)
                if state.submitted:
                    return state
            if screen.left() < 1:
                raise AssertionError("the interview never reached the database as submitted")
            time.sleep(0.2)


def _interview(screen: Screen) -> None:
    main = screen.appears("hireapp: .*")
    screen.keys("ctrl+n")
    screen.appears("New interview")
    screen.type("Zo")  # the picker completes the candidate's name
    screen.keys("Down", "Return")
    screen.keys("alt+i")
    screen.type(INTERVIEWER)
    screen.keys("Return")
    window = screen.appears("Interview: .*")
    assert window != main

    # First impression: the candidate walks in, a level, one line.
    screen.keys("space")
    screen.keys("4")
    screen.keys("alt+n")
    screen.type(IMPRESSION_NOTE)
    # Question 1: a level, then notes, and Esc back to the scale.
    screen.keys("alt+Right", "3", "alt+o")
    screen.type(NOTE)
    screen.keys("Escape")
    # Question 2: skipped, with a reason asked for in a dialog.
    screen.keys("alt+Right", "ctrl+k")
    screen.appears("Skip question")
    screen.type(SKIP_REASON)
    screen.keys("Return")
    screen.focus_returns_to(window, "the skip dialog")
    for level in LATER_LEVELS:
        screen.keys("alt+Right", str(level))
    # Wrap-up: the recommendation (3 is yes), strengths, submit and confirm.
    screen.keys("ctrl+g", "3", "alt+t")
    screen.type(STRENGTHS)
    screen.keys("ctrl+Return")
    screen.appears("Submit interview")
    screen.keys("alt+y")
    screen.focus_returns_to(window, "the submit confirmation")


def _check(state: iv.InterviewState) -> None:
    """Every answer given from the keyboard is in the database, and the interview submitted."""
    assert state.submitted and state.submitted_at is not None
    assert state.candidate_name == CANDIDATE and state.interviewer == INTERVIEWER
    impression = state.impression
    assert impression is not None
    assert impression.arrived_at is not None
    assert impression.score == 4 and impression.note == IMPRESSION_NOTE
    assert impression.locked
    assert impression.seconds_since_arrival is not None and impression.seconds_since_arrival >= 0
    first, second, *later = QUESTIONS
    answers = state.answers
    assert (answers[first].score, answers[first].note, answers[first].skipped) == (3, NOTE, False)
    assert answers[second].skipped and answers[second].skip_reason == SKIP_REASON
    assert answers[second].score is None
    assert [answers[q].score for q in later] == LATER_LEVELS
    assert all(answers[q].seconds_spent is not None for q in [first, *later])
    assert state.recommendation == "yes" and state.strengths == STRENGTHS
    assert (state.scores.answered, state.scores.skipped, state.scores.unanswered) == (7, 1, 0)


def test_an_interview_taken_from_the_keyboard_alone_is_saved_whole_and_submitted(
    display: str, tmp_path: pathlib.Path
) -> None:
    db_path = tmp_path / "hireapp.sqlite3"
    with opened(db_path) as db:
        add_candidate(db, name=CANDIDATE, email=EMAIL, position="Store associate")
    screen = Screen(display, time.monotonic() + TIMEOUT_S)
    app = _start_app(db_path, display, tmp_path)
    try:
        _interview(screen)
        _check(_wait_submitted(db_path, screen))
    except BaseException:
        # The screen as it was, with the app still running on it.
        screen.picture(tmp_path / "screen.png")
        log = (tmp_path / "app.log").read_text(errors="replace")[-3000:]
        print(f"screen: {tmp_path / 'screen.png'}\nwindows: {screen.titles()}\napp output:\n{log}")
        raise
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(10)
