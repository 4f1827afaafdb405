# SPDX-License-Identifier: MIT
"""New interview: a candidate I already interviewed, the accent-blind picker, every mnemonic."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hireapp.gui.app import create_application
from hireapp.gui.dialogs.candidate import CandidateDialog
from hireapp.gui.dialogs.new_interview import NewInterviewDialog
from hireapp.gui.dialogs.resume import ResumeDialog
from hireapp.gui.main_window import MainWindow
from hireapp.gui.settings import remember_interviewer
from hireapp.services import interviews as iv
from hireapp.services.drafts import unfinished
from hireapp.storage.models import Interview
from hireapp.storage.session import Database
from tests.factories import add_candidate, start_interview, take_interview

# Offscreen, a completer's popup cannot be raised or grab the keyboard; it still works.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture(autouse=True)
def _app() -> None:
    create_application()
    QSettings().clear()


def _interviews(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Interview)) or 0)


# --- a candidate I already interviewed -------------------------------------------------------


def test_a_candidate_i_interviewed_is_said_so_and_my_interview_is_offered(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    ann = add_candidate(sqlite_db, name="Ann Berg", email="ann@example.org")
    mine = take_interview(sqlite_db, candidate=ann, interviewer="Henrik Lund")
    remember_interviewer("Henrik Lund")
    before = _interviews(sqlite_db)
    dialog = NewInterviewDialog(sqlite_db, ann)
    qtbot.addWidget(dialog)
    dialog.show()
    notice = dialog.ui.noticeLabel
    assert notice.isVisible()
    assert notice.text().startswith("You already interviewed Ann Berg: submitted on ")
    assert "read only" in notice.text()
    assert dialog.start_button.text().replace("&", "") == "Open interview"
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.interview_id == mine and dialog.resumed
    assert _interviews(sqlite_db) == before  # no second interview


def test_my_unfinished_interview_is_offered_for_resuming(qtbot: QtBot, sqlite_db: Database) -> None:
    ann = add_candidate(sqlite_db, name="Ann Berg", email="ann@example.org")
    draft = start_interview(sqlite_db, candidate=ann, interviewer="Henrik Lund")
    take_interview(sqlite_db, candidate=ann, interviewer="Mei Chen")  # a colleague's is no matter
    remember_interviewer("Henrik Lund")
    dialog = NewInterviewDialog(sqlite_db, ann)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "You already started interviewing Ann Berg" in dialog.ui.noticeLabel.text()
    assert dialog.start_button.text().replace("&", "") == "Resume interview"
    # Another interviewer typed in: nothing to say, a new interview starts.
    dialog.ui.interviewerCombo.setEditText("Nadia Rahman")
    assert not dialog.ui.noticeLabel.isVisible()
    assert dialog.start_button.text().replace("&", "") == "Start interview"
    dialog.ui.interviewerCombo.setEditText("Henrik Lund")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.interview_id == draft and dialog.resumed


def test_ctrl_n_on_a_candidate_i_interviewed_asks_before_opening_it(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    ann = add_candidate(sqlite_db, name="Ann Berg", email="ann@example.org")
    mine = take_interview(sqlite_db, candidate=ann, interviewer="Henrik Lund")
    remember_interviewer("Henrik Lund")
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitSignal(window.candidates_loaded, timeout=10_000).wait()
    window.comparison.table.selectRow(0)
    said: list[str] = []

    def read_and_open() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewInterviewDialog)
        said.append(dialog.ui.noticeLabel.text())
        dialog.start_button.click()

    QTimer.singleShot(0, read_and_open)
    with qtbot.waitSignal(window.interview_opened, timeout=10_000) as opened:
        window.interview_selected()  # Enter on the selected candidate; Ctrl+N opens the same
    assert said and said[0].startswith("You already interviewed Ann Berg")
    assert opened.args[0].interview_id == mine
    assert "Opened your submitted interview of Ann Berg: read only." in (
        window.statusBar().currentMessage()
    )
    for interview_window in list(window.interviews.values()):
        interview_window.close()


# --- the picker searches as the main search does ---------------------------------------------


def _picker(qtbot: QtBot, db: Database) -> NewInterviewDialog:
    add_candidate(db, name="Zoë Ørsted", email="zoe@example.org")
    add_candidate(db, name="Anaïs Ångström", email="anais@example.org")
    add_candidate(db, name="Zoe Adams", email="zadams@example.org")
    add_candidate(db, name="Bo Ek", email="bo@example.org")
    dialog = NewInterviewDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.candidateCombo.setFocus()
    return dialog


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("zoe", ["Zoe Adams <zadams@example.org>", "Zoë Ørsted <zoe@example.org>"]),
        ("ZOË", ["Zoe Adams <zadams@example.org>", "Zoë Ørsted <zoe@example.org>"]),
        ("orsted", ["Zoë Ørsted <zoe@example.org>"]),
        ("angstrom anais", ["Anaïs Ångström <anais@example.org>"]),
        ("zadams", ["Zoe Adams <zadams@example.org>"]),
    ],
)
def test_the_candidate_picker_ignores_case_and_accents(
    qtbot: QtBot, sqlite_db: Database, typed: str, found: list[str]
) -> None:
    dialog = _picker(qtbot, sqlite_db)
    qtbot.keyClicks(dialog.ui.candidateCombo, typed)
    popup = dialog.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    model = dialog.completer.completionModel()
    shown = sorted(str(model.index(r, 0).data()) for r in range(model.rowCount()))
    assert shown == sorted(found)


def test_a_candidate_found_without_accents_is_chosen_with_the_keyboard(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    dialog = _picker(qtbot, sqlite_db)
    qtbot.keyClicks(dialog.ui.candidateCombo, "orsted")
    popup = dialog.completer.popup()
    assert popup is not None
    qtbot.waitUntil(lambda: popup.isVisible() and popup.currentIndex().row() == 0)
    assert dialog.ui.candidateCombo.currentText() == "orsted"  # still what was typed
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the first match
    chosen = dialog.chosen_candidate()
    assert chosen is not None and chosen.name == "Zoë Ørsted"
    assert dialog.ui.positionValue.text() == "Agent"
    # Another search; Down moves to the second match.
    combo = dialog.ui.candidateCombo
    combo.clearEditText()
    qtbot.keyClicks(combo, "zoe")
    qtbot.waitUntil(lambda: popup.isVisible() and popup.currentIndex().row() == 0)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    chosen = dialog.chosen_candidate()
    assert chosen is not None and chosen.name == "Zoë Ørsted"  # after "Zoe Adams"


# --- every mnemonic works ----------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return None if found is None else found.group(1).upper()


def _mnemonic_widgets(dialog: QWidget) -> list[tuple[str, QWidget]]:
    """(letter, the widget it should reach) for every visible label and button with one."""
    found: list[tuple[str, QWidget]] = []
    for label in dialog.findChildren(QLabel):
        letter = _mnemonic(label.text())
        if letter and label.isVisible():
            buddy = label.buddy()
            assert buddy is not None, f"{label.text()!r} has a mnemonic but no buddy"
            found.append((letter, buddy))
    for button in dialog.findChildren(QAbstractButton):
        letter = _mnemonic(button.text())
        if letter and button.isVisible():
            found.append((letter, button))
    return found


def _press_each(qtbot: QtBot, dialog: QDialog, start: QWidget) -> list[str]:
    """Press Alt+letter for each mnemonic from `start`; what did not reach its widget."""
    widgets = _mnemonic_widgets(dialog)
    letters = [letter for letter, _ in widgets]
    assert len(letters) == len(set(letters)), f"a letter is used twice: {letters}"
    failed = []
    for letter, widget in widgets:
        start.setFocus()
        qtbot.waitUntil(start.hasFocus)
        typed_before = start.currentText() if isinstance(start, QComboBox) else None
        if isinstance(widget, QAbstractButton):
            # A mnemonic animates the click: clicked follows when the button comes back up.
            with qtbot.waitSignal(widget.clicked, timeout=2_000, raising=False) as clicked:
                qtbot.keyClick(start, getattr(Qt.Key, f"Key_{letter}"),
                               Qt.KeyboardModifier.AltModifier)  # fmt: skip
            reached = clicked.signal_triggered
        else:
            qtbot.keyClick(start, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
            reached = widget.hasFocus()
        if isinstance(start, QComboBox):
            assert start.currentText() == typed_before, f"Alt+{letter} typed into the box"
        if not reached:
            failed.append(f"Alt+{letter}")
    return failed


def _shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_every_mnemonic_of_the_new_interview_dialog_reaches_its_widget(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    pressed: list[str] = []
    monkeypatch.setattr(NewInterviewDialog, "_new_candidate", lambda self: pressed.append("new"))
    monkeypatch.setattr(NewInterviewDialog, "_start", lambda self: pressed.append("start"))
    ann = add_candidate(sqlite_db, name="Ann Berg", email="ann@example.org")
    remember_interviewer("Henrik Lund")
    dialog = _shown(qtbot, NewInterviewDialog(sqlite_db, ann))
    letters = {letter for letter, _ in _mnemonic_widgets(dialog)}
    assert {"C", "N", "I", "R", "S"} <= letters  # Alt+N: New candidate, as its name says
    assert _press_each(qtbot, dialog, dialog.ui.candidateCombo) == []
    assert pressed == ["new", "start"] or sorted(pressed) == ["new", "start"]


def test_alt_n_in_the_candidate_box_opens_new_candidate_instead_of_typing_n(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(NewInterviewDialog, "_new_candidate", lambda self: opened.append(True))
    dialog = _shown(qtbot, NewInterviewDialog(sqlite_db))
    combo = dialog.ui.candidateCombo
    combo.setFocus()
    qtbot.keyClicks(combo, "A")
    qtbot.keyClick(combo, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: opened == [True])
    assert combo.currentText() == "A"


@pytest.mark.parametrize("which", ["candidate", "resume"])
def test_every_mnemonic_of_the_other_dialogs_reaches_its_widget(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    dialog: QDialog
    if which == "candidate":
        monkeypatch.setattr(CandidateDialog, "_create", lambda self: None)
        dialog = _shown(qtbot, CandidateDialog(sqlite_db, "Agent"))
        start: QWidget = dialog.ui.nameEdit
    else:
        ann = add_candidate(sqlite_db, name="Ann Berg", email="ann@example.org")
        start_interview(sqlite_db, candidate=ann, interviewer="Henrik Lund")
        start_interview(sqlite_db, candidate=ann, interviewer="Mei Chen")
        me = iv.get_interview(sqlite_db, unfinished(sqlite_db)[-1].id).interviewer_id
        monkeypatch.setattr(ResumeDialog, "accept", lambda self: None)
        monkeypatch.setattr(ResumeDialog, "reject", lambda self: None)
        dialog = _shown(qtbot, ResumeDialog(unfinished(sqlite_db), me))
        start = dialog.list
    assert _press_each(qtbot, dialog, start) == []
