# SPDX-License-Identifier: MIT
"""Two copies of the app on one interview, through the real interview window.

The other copy is a real process holding the interview's claim (tests/other_instance.py). The
window says who has the interview and offers read-only or a take-over; a window whose interview
was taken over says its change was not saved and goes read-only, never "saved".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hireapp.gui.interview.window import InterviewWindow, question_key
from hireapp.services import interviews as iv
from hireapp.storage.session import Database
from tests.factories import QUESTIONS
from tests.gui.test_autosave_waits import new_interview, open_window, poll_for_dialog, type_note
from tests.other_instance import OtherInstance

__all__ = ["open_window"]  # the fixture, imported to be used here

Open = Callable[[Database, int], InterviewWindow]


def _note(db: Database, interview: int) -> str:
    answer = iv.get_interview(db, interview).answers.get(QUESTIONS[0])
    return "" if answer is None else answer.note


def _answer_box(button_text: str, seen: list[str]) -> Callable[[QWidget], None]:
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        [button] = [b for b in dialog.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    return handle


def test_an_interview_open_elsewhere_opens_read_only_and_writes_nothing(
    qtbot: QtBot, db: Database, db_url: str, open_window: Open
) -> None:
    interview = new_interview(db)
    other = OtherInstance(db_url, interview)
    try:
        assert other.greeting == "CLAIMED"
        assert other.ask(f"note {QUESTIONS[0]} typed over there") == "OK"
        asked: list[str] = []
        poll_for_dialog(_answer_box("Open read-only", asked))
        window = open_window(db, interview)
        qtbot.waitUntil(lambda: window.read_only_reason is not None, timeout=5000)
        assert "is open for writing by" in asked[0]
        assert window.banner.isVisible() and "Read-only" in window.banner.text()
        window.go_to(question_key(QUESTIONS[0]))
        page = window.question_pages[QUESTIONS[0]]
        assert not page.scale.isEnabled() and page.notes.isReadOnly()
        qtbot.keyClick(page.scale.buttons[0], Qt.Key.Key_5)
        window.close()
        # The other copy goes on writing: this window neither changed nor released anything.
        assert other.ask(f"note {QUESTIONS[0]} still theirs") == "OK"
        assert _note(db, interview) == "still theirs"
        assert iv.get_interview(db, interview).answers[QUESTIONS[0]].score is None
    finally:
        other.close()


def test_taking_over_stops_the_other_copy_from_saving(
    qtbot: QtBot, db: Database, db_url: str, open_window: Open
) -> None:
    interview = new_interview(db)
    other = OtherInstance(db_url, interview)
    try:
        asked: list[str] = []
        poll_for_dialog(_answer_box("Take over", asked))
        window = open_window(db, interview)
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        window.go_to(question_key(QUESTIONS[0]))
        type_note(qtbot, window, 0, "mine now")
        qtbot.waitUntil(lambda: _note(db, interview) == "mine now", timeout=5000)
        qtbot.waitUntil(lambda: window.saved_label.text().startswith("✓"), timeout=5000)
        assert window.editable
        assert other.ask(f"note {QUESTIONS[0]} from the old window").startswith(
            "REFUSED InterviewChangedElsewhere"
        )
        assert _note(db, interview) == "mine now"
    finally:
        other.close()


def test_a_window_taken_over_says_not_saved_and_goes_read_only(
    qtbot: QtBot, db: Database, db_url: str, open_window: Open
) -> None:
    interview = new_interview(db)
    window = open_window(db, interview)
    window.go_to(question_key(QUESTIONS[0]))
    type_note(qtbot, window, 0, "before")
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("✓"), timeout=5000)
    other = OtherInstance(db_url, interview, take_over=True)
    try:
        assert other.greeting == "CLAIMED"
        assert other.ask(f"note {QUESTIONS[0]} the other copy's") == "OK"
        type_note(qtbot, window, 0, " and after")
        qtbot.waitUntil(lambda: window.read_only_reason is not None, timeout=5000)
        assert window.saved_label.text() == "⚠ Not saved"
        assert "took this interview over" in window.banner.text()
        assert not window.question_pages[QUESTIONS[0]].scale.isEnabled()
        assert _note(db, interview) == "the other copy's"  # nothing merged
        # What was typed stays on screen to be copied (how much of " and after" got in before
        # the refusal came back varies); nothing more is written or said saved.
        shown = window.question_pages[QUESTIONS[0]].notes.toPlainText()
        assert shown.startswith("before") and " and after".startswith(shown[len("before") :])
        qtbot.wait(300)
        assert window.saved_label.text() == "⚠ Not saved"
    finally:
        other.close()
