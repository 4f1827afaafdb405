# SPDX-License-Identifier: MIT
"""The first 30 seconds cannot go wrong, and messages mean what they say (issue 11, items 2-3).

Found by a person at the keyboard: a level key before Space left Space dead; Ctrl+Return before
the candidate arrived locked an empty impression for good; a locked impression showed 0:30 and a
full bar; an empty skip reason or Submit with open questions said "Not saved", which reads as
data loss in the room.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hireapp.gui.interview.countdown import ManualClock
from hireapp.gui.interview.skip import SkipDialog
from hireapp.gui.interview.window import IMPRESSION, WRAP_UP, InterviewWindow, question_key
from hireapp.services import interviews as iv
from hireapp.services.interviews import ImpressionState
from hireapp.storage.session import Database
from tests.gui.test_interview import (
    KEYS,
    QUESTIONS,
    all_saved,
    interview,
    open_window,
    press,
    when_dialog_opens,
)

__all__ = ["interview", "open_window"]  # fixtures, imported to be used here

Open = Callable[..., InterviewWindow]


def _impression(db: Database, interview: int) -> ImpressionState | None:
    return iv.get_interview(db, interview).impression


def test_a_level_before_space_starts_the_countdown_and_space_stays_alive(
    qtbot: QtBot, open_window: Open, sqlite_db: Database, interview: int
) -> None:
    clock = ManualClock()
    window = open_window(clock=clock)
    page = window.impression_page
    # Tab onto a level without choosing it: Space then marks the arrival, not a level.
    page.scale.buttons[2].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert window.countdown.running
    assert page.scale.value is None
    clock.advance(5)
    press(qtbot, KEYS[4])
    all_saved(qtbot, window)
    stored = _impression(sqlite_db, interview)
    assert stored is not None and stored.arrived_at is not None
    assert stored.score == 4 and stored.seconds_since_arrival == 5


def test_a_level_chosen_before_space_is_the_arrival(
    qtbot: QtBot, open_window: Open, sqlite_db: Database, interview: int
) -> None:
    window = open_window(clock=ManualClock())
    press(qtbot, KEYS[3])  # the candidate is plainly there
    assert window.countdown.running
    assert not window.impression_page.arrive_button.isEnabled()
    all_saved(qtbot, window)
    stored = _impression(sqlite_db, interview)
    assert stored is not None and stored.arrived_at is not None and stored.score == 3
    # Space afterwards neither restarts the countdown nor changes the level.
    press(qtbot, Qt.Key.Key_Space)
    assert window.impression_page.scale.value == 3


def test_leaving_before_arrival_asks_once_and_keeps_the_impression_open(
    qtbot: QtBot, open_window: Open, sqlite_db: Database, interview: int
) -> None:
    window = open_window(clock=ManualClock())
    asked: list[str] = []

    def answer(button: str) -> Callable[[QWidget], None]:
        def handle(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            asked.append(dialog.text())
            [chosen] = [b for b in dialog.buttons() if b.text().replace("&", "") == button]
            chosen.click()

        return handle

    when_dialog_opens(answer("Stay"))
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # to the wrap-up
    assert len(asked) == 1 and "No first impression" in asked[0]
    assert window.current_key == IMPRESSION
    when_dialog_opens(answer("Move on"))
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_key == question_key(QUESTIONS[0].id)
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # not asked again
    assert len(asked) == 2 and QApplication.activeModalWidget() is None
    all_saved(qtbot, window)
    stored = _impression(sqlite_db, interview)
    assert stored is None or not stored.locked  # nothing locked
    # Back on the page the candidate can still arrive, and be rated.
    window.go_to(IMPRESSION)
    press(qtbot, Qt.Key.Key_Space)
    assert window.countdown.running
    press(qtbot, KEYS[5])
    all_saved(qtbot, window)
    stored = _impression(sqlite_db, interview)
    assert stored is not None and stored.score == 5 and not stored.locked


def test_an_unrecorded_impression_locks_at_the_first_answer_and_says_so(
    qtbot: QtBot, open_window: Open, sqlite_db: Database, interview: int
) -> None:
    window = open_window(clock=ManualClock())
    window.go_to(question_key(QUESTIONS[0].id))
    press(qtbot, KEYS[4])
    all_saved(qtbot, window)
    stored = _impression(sqlite_db, interview)
    assert stored is not None and stored.locked and stored.score is None
    page = window.impression_page
    assert "Press Space" not in page.timer_message.text()
    assert not page.space.isEnabled() and not page.arrive_button.isVisible()


def test_a_locked_impression_shows_when_it_was_recorded(
    qtbot: QtBot, open_window: Open, sqlite_db: Database, interview: int
) -> None:
    clock = ManualClock()
    window = open_window(clock=clock)
    press(qtbot, Qt.Key.Key_Space)
    clock.advance(7)
    window.countdown.tick()
    press(qtbot, KEYS[4])
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # locks it
    all_saved(qtbot, window)
    window.close()
    reopened = open_window(clock=ManualClock())
    reopened.go_to(IMPRESSION)
    page = reopened.impression_page
    assert "Recorded 7 s after arrival" in page.timer_message.text()
    assert page.countdown_label.text() == "0:23"  # not a full 0:30, as if it never ran
    assert page.progress.value() == 230


def test_an_empty_skip_reason_is_said_at_the_field_not_as_a_failed_save(
    qtbot: QtBot, open_window: Open, sqlite_db: Database, interview: int
) -> None:
    window = open_window(clock=ManualClock())
    window.go_to(question_key(QUESTIONS[0].id))
    all_saved(qtbot, window)
    seen: list[tuple[bool, bool, bool]] = []

    def empty_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, SkipDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append((ok.isEnabled(), dialog.hint.isVisible(), True))
        qtbot.keyClicks(dialog.reason, "   ")  # spaces are no reason
        seen.append((ok.isEnabled(), dialog.hint.isVisible(), True))
        qtbot.keyClicks(dialog.reason, "no retail work yet")
        seen.append((ok.isEnabled(), dialog.hint.isVisible(), True))
        dialog.reject()

    when_dialog_opens(empty_then_cancel)
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert [s[:2] for s in seen] == [(False, True), (False, True), (True, False)]
    assert window.saved_label.text().startswith("✓")
    assert not window.banner.isVisible()
    assert not iv.get_interview(sqlite_db, interview).answers.get(QUESTIONS[0].id)


def test_submit_with_open_questions_says_so_beside_submit_until_fixed(
    qtbot: QtBot, open_window: Open, sqlite_db: Database, interview: int
) -> None:
    window = open_window(clock=ManualClock())
    press(qtbot, KEYS[4])
    for question in QUESTIONS[:-1]:
        window.go_to(question_key(question.id))
        press(qtbot, KEYS[3])
    window.go_to(WRAP_UP)
    all_saved(qtbot, window)
    window.submit()
    problem = window.wrap_up.problem
    assert problem.isVisible() and QUESTIONS[-1].title in problem.text()
    assert window.saved_label.text().startswith("✓")  # nothing failed to save
    assert not window.banner.isVisible()
    window.go_to(question_key(QUESTIONS[-1].id))
    press(qtbot, KEYS[2])
    window.go_to(WRAP_UP)
    qtbot.waitUntil(lambda: "the recommendation" in problem.text(), timeout=5000)
    qtbot.waitUntil(lambda: window.wrap_up.recommendation_buttons["yes"].isEnabled())
    window.wrap_up.recommendation_buttons["yes"].setFocus()
    press(qtbot, KEYS[3])
    qtbot.waitUntil(lambda: not problem.isVisible(), timeout=5000)


def test_the_amend_dialog_has_no_blank_bands(qtbot: QtBot) -> None:
    """The explanation and the levels once sat between two large blank bands."""
    from hireapp.domain.rubric import default_rubric_path, load_rubric
    from hireapp.gui.interview.amend import AmendDialog

    dialog = AmendDialog(load_rubric(default_rubric_path()), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    layout = dialog.layout()
    assert layout is not None
    items = [layout.itemAt(i) for i in range(layout.count())]
    line = dialog.fontMetrics().height()
    for above, below in itertools.pairwise(items):
        gap = below.geometry().top() - above.geometry().bottom()
        assert gap <= layout.spacing() + 2, (above, below, gap)
    blank = sum(item.geometry().height() for item in items if item.spacerItem() is not None)
    assert blank < 2 * line


def test_alt_digit_while_typing_a_note_keeps_the_keys_in_the_note(
    qtbot: QtBot, open_window: Open, sqlite_db: Database, interview: int
) -> None:
    """Found at the keyboard: after Alt+3 the rest of the sentence went to the scale, lost."""
    window = open_window(clock=ManualClock())
    window.go_to(question_key(QUESTIONS[0].id))
    page = window.question_pages[QUESTIONS[0].id]
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # into the notes
    qtbot.keyClicks(page.notes, "abc ")
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.scale.value == 3
    assert QApplication.focusWidget() is page.notes
    press(qtbot, Qt.Key.Key_D)
    press(qtbot, Qt.Key.Key_E)
    all_saved(qtbot, window)
    answer = iv.get_interview(sqlite_db, interview).answers[QUESTIONS[0].id]
    assert answer.note == "abc de" and answer.score == 3


def test_the_impression_is_timed_when_the_level_is_chosen_not_at_the_last_key_of_its_note(
    qtbot: QtBot, open_window: Open, sqlite_db: Database, interview: int
) -> None:
    clock = ManualClock()
    window = open_window(clock=clock)
    press(qtbot, Qt.Key.Key_Space)
    clock.advance(6)
    press(qtbot, KEYS[4])
    clock.advance(40)  # the note written long after
    window.impression_page.note.setFocus()
    qtbot.keyClicks(window.impression_page.note, "warm greeting")
    all_saved(qtbot, window)
    stored = _impression(sqlite_db, interview)
    assert stored is not None and stored.note == "warm greeting"
    assert stored.seconds_since_arrival == 6
