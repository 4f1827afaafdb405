# SPDX-License-Identifier: MIT
"""Outcomes entered in the app (issue 14, item 2): from the debrief of a hire, by keyboard, the
manager's rating on the interview's own anchored levels and a measure; a bad measure refused at
its row; shown again as recorded; no outcome for a candidate not hired."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from hireapp.gui.outcomes import OutcomeDialog
from hireapp.services.decisions import record_decision
from hireapp.services.outcomes import outcomes_of
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, RUBRIC
from tests.gui.test_debrief_window import _open, _panel

CTRL, CTRL_SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
)


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    """A key pressed where the focus is, as a user's key goes."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key)


def _type(qtbot: QtBot, text: str) -> None:
    for char in text:
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClicks(focus, char)


def _dialog(qtbot: QtBot, db: Database, hired: bool) -> tuple[int, OutcomeDialog | None]:
    ann = _panel(db)
    if hired:  # hired 100 days ago: the 90-day review is due, the one-year review is not
        record_decision(db, ann, decision="hire", rationale="Strong", decided_by="Ina Lead",
                        now=dt.datetime.now(dt.UTC) - dt.timedelta(days=100))  # fmt: skip
    window = _open(qtbot, db, ann)
    assert window.outcome_action.isEnabled() == hired
    if not hired:
        return ann, None
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)
    dialog = window.outcome_dialog
    assert isinstance(dialog, OutcomeDialog)
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=10_000)
    # The rating lists are made once the form is read; Qt shows them a moment later.
    qtbot.waitUntil(lambda: all(combo.isVisible() for combo in dialog.ratings.values()))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return ann, dialog


def test_an_outcome_recorded_by_keyboard_and_shown_again(qtbot: QtBot, sqlite_db: Database) -> None:
    ann, dialog = _dialog(qtbot, sqlite_db, hired=True)
    assert dialog is not None
    assert [dialog.review.itemData(i) for i in range(dialog.review.count())] == [90, 365]
    assert "(due " in dialog.review.itemText(1)
    # Tab from the review point: still employed, then the manager's ratings, then the measures.
    dialog.review.setFocus()
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.employed
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in dialog.ratings.values()
    # The one-year review is refused until it is due.
    dialog.review.setCurrentIndex(1)
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    assert "due on" in dialog.problem.text()
    dialog.review.setCurrentIndex(0)
    first = dialog.ratings[QUESTIONS[0]]
    # The levels read as the interview's anchors.
    anchor = RUBRIC.questions()[0].anchors.text_for(5)
    assert anchor is not None and first.itemText(5) == f"5 – {anchor}"
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    qtbot.keyClick(first, Qt.Key.Key_Down)  # not rated -> 1 -> 2
    assert first.currentData() == 2
    dialog.employed.setFocus()
    qtbot.keyClick(dialog.employed, Qt.Key.Key_Space)  # no longer employed
    table = dialog.measures
    table.setFocus()
    table.setCurrentCell(0, 0)
    _type(qtbot, "csat")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "lots")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(0, 1).text() == "lots")
    assert table.item(0, 0).text() == "csat"
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    assert "Measure on row 1" in dialog.problem.text()
    assert outcomes_of(sqlite_db, ann) == []
    assert table.hasFocus() and table.currentColumn() == 1  # where the problem is
    _type(qtbot, "4.3")  # typing on a cell replaces it; Ctrl+S while still editing takes it
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    assert dialog.problem.text() == ""
    [saved] = outcomes_of(sqlite_db, ann)
    assert saved.review_days == 90 and not saved.still_employed
    assert saved.ratings == {QUESTIONS[0]: 2} and saved.measures == {"csat": 4.3}
    assert saved.recorded_by == "Ina Lead"

    again = OutcomeDialog(sqlite_db, ann)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded, timeout=10_000):
        again.show()
    assert again.review.itemText(0).endswith("(recorded)")
    assert again.ratings[QUESTIONS[0]].currentData() == 2
    assert not again.employed.isChecked()
    assert again.measures.item(0, 0).text() == "csat" and again.measures.item(0, 1).text() == "4.3"


def test_no_outcome_for_a_candidate_not_hired(qtbot: QtBot, sqlite_db: Database) -> None:
    ann, _none = _dialog(qtbot, sqlite_db, hired=False)  # Ctrl+Shift+O is off in its debrief
    dialog = OutcomeDialog(sqlite_db, ann)  # and the dialog itself says why
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=10_000)
    assert "no hire decision" in dialog.intro.text()
    assert not dialog.review.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
