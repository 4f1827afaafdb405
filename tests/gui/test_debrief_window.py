# SPDX-License-Identifier: MIT
"""The Debrief window (issue 14, item 1), driven by keyboard: the disputed questions first with
every note, the decision recorded (and refused when empty or when someone decided meanwhile), the
debrief saved as PDF, and nothing shown to an interviewer still interviewing the candidate."""

from __future__ import annotations

import pathlib
from collections.abc import Callable

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from hireapp.gui.app import create_application
from hireapp.gui.debrief import DebriefWindow
from hireapp.gui.settings import remember_interviewer
from hireapp.services import interviews as iv
from hireapp.services.decisions import current_decision, record_decision
from hireapp.services.people import ensure_interviewer
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, add_candidate, start_interview

CTRL = Qt.KeyboardModifier.ControlModifier


def _panel(db: Database) -> int:
    ann = add_candidate(db, name="Ann Lee", email="ann@example.org", position="Agent")
    for number, name in enumerate(("Ines One", "Bo Two")):
        interview = start_interview(db, candidate=ann, interviewer=name)
        iv.record_impression(db, interview, score=5 - 2 * number)
        for index, question in enumerate(QUESTIONS):
            level = (2 if number == 0 else 5) if index == 3 else 4
            iv.answer_question(db, interview, question, score=level,
                               note=f"{name} on {question}")  # fmt: skip
        iv.set_wrap_up(db, interview, recommendation="yes")
        iv.submit_interview(db, interview)
    return ann


def _poll_for_file_dialog(handle: Callable[[QWidget], None]) -> None:
    """Like poll_for_dialog, but past the busy dialog the PDF's building may show first."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            handle(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def _open(qtbot: QtBot, db: Database, candidate: int, viewer: int | None = None) -> DebriefWindow:
    create_application()
    QSettings().clear()
    remember_interviewer("Ina Lead")
    window = DebriefWindow(db, candidate, viewer)
    # Closed at the end without the question a typed, unrecorded rationale asks.
    qtbot.addWidget(window, before_close_func=lambda w: w.rationale.clear())
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_the_disputed_question_first_with_every_note_and_a_decision_by_keyboard(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    ann = _panel(sqlite_db)
    window = _open(qtbot, sqlite_db, ann)
    assert "Ann Lee" in window.windowTitle()
    assert "2 submitted interviews" in window.summary.text()
    table = window.questions
    assert table.item(0, 0).text() == window.panel.questions[0].title  # type: ignore[union-attr]
    assert window.panel is not None and window.panel.questions[0].id == QUESTIONS[3]
    assert [table.item(0, c).text() for c in (1, 2)] == ["2", "5"]
    assert table.item(0, 3).text() == "⚑ 3"  # a sign, not only bold
    assert table.item(1, 3).text() == "0"
    notes = window.notes.toPlainText()
    assert f"Ines One on {QUESTIONS[3]}" in notes and f"Bo Two on {QUESTIONS[3]}" in notes
    # The impression beside the evidence: Ines 5 / 5 against her answers.
    assert window.people.item(0, 2).text() == "5 / 5"
    assert window.people.item(1, 2).text() == "3 / 5"

    # The decision: none is chosen beforehand, and Ctrl+Return without one is refused at its
    # field; so is an empty rationale; then it is recorded by keyboard.
    assert window.decision.currentData() is None
    window.rationale.setFocus()
    qtbot.keyClicks(window.rationale, "Half typed")
    qtbot.keyClick(window.rationale, Qt.Key.Key_Return, CTRL)
    assert "Choose the decision" in window.problem.text() and window.decision.hasFocus()
    window.rationale.clear()
    qtbot.keyClick(window.decision, Qt.Key.Key_Down)  # (choose) -> Advance
    qtbot.keyClick(window.decision, Qt.Key.Key_Down)  # Advance -> Hire
    assert window.decision.currentData() == "hire"
    qtbot.keyClick(window.decision, Qt.Key.Key_Return, CTRL)
    assert "rationale" in window.problem.text()
    assert window.rationale.hasFocus()
    assert current_decision(sqlite_db, ann) is None
    window.rationale.setFocus()
    qtbot.keyClicks(window.rationale, "Owns problems; the panel agreed after the debrief")
    with qtbot.waitSignal(window.decided, timeout=10_000):
        qtbot.keyClick(window.rationale, Qt.Key.Key_Return, CTRL)
    decided = current_decision(sqlite_db, ann)
    assert decided is not None and decided.decision == "hire"
    assert decided.decided_by == "Ina Lead"
    assert decided.rationale == "Owns problems; the panel agreed after the debrief"
    qtbot.waitUntil(lambda: "Hire" in window.current.text(), timeout=10_000)
    assert window.rationale.toPlainText() == ""
    assert window.decision.currentData() is None  # the next decision is chosen afresh


def test_a_decision_taken_meanwhile_is_not_overwritten(qtbot: QtBot, sqlite_db: Database) -> None:
    ann = _panel(sqlite_db)
    window = _open(qtbot, sqlite_db, ann)
    # Someone else decides while the window is open.
    record_decision(sqlite_db, ann, decision="reject", rationale="Too slow", decided_by="Max")
    window.decision.setCurrentIndex(window.decision.findData("advance"))
    window.rationale.setFocus()
    qtbot.keyClicks(window.rationale, "Advance to the second round")
    qtbot.keyClick(window.rationale, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "Not recorded" in window.problem.text(), timeout=10_000)
    decided = current_decision(sqlite_db, ann)
    assert decided is not None and decided.decision == "reject"
    qtbot.waitUntil(lambda: "Too slow" in window.current.text(), timeout=10_000)
    assert window.rationale.toPlainText() == "Advance to the second round"  # kept to retry


def test_an_interviewer_with_a_draft_sees_no_debrief(qtbot: QtBot, sqlite_db: Database) -> None:
    ann = _panel(sqlite_db)
    start_interview(sqlite_db, candidate=ann, interviewer="Di Four")
    window = _open(qtbot, sqlite_db, ann, ensure_interviewer(sqlite_db, "Di Four").id)
    assert "still interviewing Ann Lee" in window.summary.text()
    assert "No decision" not in window.current.text()  # withheld, not said to be none
    assert window.questions.rowCount() == 0 and window.people.rowCount() == 0
    assert not window.record_button.isEnabled()


def test_the_debrief_saved_as_pdf_from_the_keyboard(
    qtbot: QtBot, sqlite_db: Database, tmp_path: pathlib.Path
) -> None:
    ann = _panel(sqlite_db)
    window = _open(qtbot, sqlite_db, ann)
    target = tmp_path / "debrief.pdf"

    def save_as(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(tmp_path))
        [name] = [e for e in dialog.findChildren(QLineEdit) if e.objectName() == "fileNameEdit"]
        name.setText(target.name)
        dialog.accept()

    _poll_for_file_dialog(save_as)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(target.exists, timeout=10_000)
    reader = PdfReader(str(target))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) <= 3 and "Ann Lee" in text and "⚑ 3" in text


def test_ctrl_shift_d_opens_the_debrief_and_it_stays_open(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    """Found by a newcomer: the window was collected by Python the moment it was shown."""
    import gc

    from hireapp.gui.main_window import MainWindow

    ann = _panel(sqlite_db)
    create_application()
    QSettings().clear()
    main = MainWindow(sqlite_db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitSignal(main.candidates_loaded, timeout=10_000).wait()
    table = main.comparison.table
    table.setFocus()
    table.selectRow(0)  # Ann is the only candidate
    assert main.selected_candidate_id() == ann
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    gc.collect()
    qtbot.wait(200)
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, DebriefWindow) and w.isVisible()]  # fmt: skip
    assert len(shown) == 1 and shown[0].candidate_id == ann
    qtbot.waitUntil(lambda: shown[0].panel is not None, timeout=10_000)
    shown[0].close()
