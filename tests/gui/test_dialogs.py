# SPDX-License-Identifier: MIT
"""The dialogs in front of an interview: what they refuse, what they remember."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from hireapp.gui.app import create_application
from hireapp.gui.dialogs.candidate import CandidateDialog
from hireapp.gui.dialogs.new_interview import NewInterviewDialog
from hireapp.services import interviews as iv
from hireapp.services.people import create_candidate, get_candidate
from hireapp.storage.session import Database


@pytest.fixture(autouse=True)
def _app() -> None:
    create_application()
    QSettings().clear()


def test_the_candidate_dialog_says_what_is_wrong_and_refuses_duplicates(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    create_candidate(sqlite_db, name="Taken", email="taken@example.org", position="Agent")
    dialog = CandidateDialog(sqlite_db, "Agent")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "name" in dialog.ui.problemLabel.text()
    qtbot.keyClicks(dialog.ui.nameEdit, "Søren Kaya")
    qtbot.keyClicks(dialog.ui.emailEdit, "soren@")
    assert not ok.isEnabled() and "not an email address" in dialog.ui.problemLabel.text()
    dialog.ui.emailEdit.setText("TAKEN@example.org")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.created is None and "already used by candidate Taken" in (
        dialog.ui.problemLabel.text()
    )  # fmt: skip
    dialog.ui.emailEdit.setText("soren@example.org")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.created is not None
    assert get_candidate(sqlite_db, "soren@example.org").name == "Søren Kaya"


def test_the_candidate_dialog_refuses_a_control_character_where_it_stands(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    # A NUL pasted into a name once made a second "Ian One" that looked the same.
    dialog = CandidateDialog(sqlite_db, "Agent")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    dialog.ui.nameEdit.setText("Ian\x00 One")
    dialog.ui.emailEdit.setText("ian@example.org")
    assert not ok.isEnabled()
    assert "(U+0000) at character 4" in dialog.ui.problemLabel.text()
    dialog.ui.nameEdit.setText("Ian One")
    assert ok.isEnabled()


def test_new_interview_remembers_the_interviewer_and_resumes_an_existing_one(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    candidate = create_candidate(sqlite_db, name="Ann", email="ann@example.org", position="Agent")
    dialog = NewInterviewDialog(sqlite_db, candidate.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.positionValue.text() == "Agent"
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no interviewer yet
    qtbot.keyClicks(dialog.ui.interviewerCombo, "Henrik Lund")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    first = dialog.interview_id
    assert first is not None and not dialog.resumed
    assert iv.get_interview(sqlite_db, first).interviewer == "Henrik Lund"

    again = NewInterviewDialog(sqlite_db, candidate.id)
    qtbot.addWidget(again)
    assert again.ui.interviewerCombo.currentText() == "Henrik Lund"  # remembered
    qtbot.mouseClick(again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert again.interview_id == first and again.resumed


def test_the_candidate_must_be_one_from_the_list(qtbot: QtBot, sqlite_db: Database) -> None:
    create_candidate(sqlite_db, name="Ann", email="ann@example.org", position="Agent")
    dialog = NewInterviewDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.ui.interviewerCombo.setEditText("Mei Chen")
    dialog.ui.candidateCombo.setEditText("Somebody unknown")
    assert "Choose a candidate" in dialog.ui.problemLabel.text()
    dialog.ui.candidateCombo.setEditText("Ann <ann@example.org>")
    assert dialog.ui.problemLabel.text() == ""


def test_one_enter_in_position_creates_the_candidate_after_the_name_was_completed(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    # Typing "Sto" completes "Store associate" in place; the first Enter used to be spent on
    # accepting that completion, and only a second one pressed OK.
    create_candidate(sqlite_db, name="Ann", email="ann@example.org", position="Store associate")
    dialog = CandidateDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Bo Ek")
    qtbot.keyClicks(dialog.ui.emailEdit, "bo@example.org")
    combo = dialog.ui.positionCombo
    combo.setFocus()
    combo.clearEditText()
    qtbot.keyClicks(combo, "Sto")
    assert combo.currentText() == "Store associate"  # completed in place
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.position == "Store associate"


def test_enter_in_position_with_something_missing_does_not_close(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    dialog = CandidateDialog(sqlite_db, "Agent")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.positionCombo.setFocus()
    qtbot.keyClick(dialog.ui.positionCombo, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.created is None
    assert "name" in dialog.ui.problemLabel.text()
