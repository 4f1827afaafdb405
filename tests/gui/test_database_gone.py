# SPDX-License-Identifier: MIT
"""A database file deleted or replaced while an interview is open loses nothing.

Once, 300 answers typed after an `rm` were "saved" into the deleted file. Now the next write
notices, the changes wait in the window, and the window offers to save everything (what the old
file held, reached through the connection kept to it, and what waits) to a new file, where the
interview goes on.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import stat
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hireapp.gui.interview.window import GONE, InterviewWindow, question_key
from hireapp.services import interviews as iv
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, opened
from tests.gui.test_autosave_waits import new_interview, open_window, poll_for_dialog, type_note

__all__ = ["open_window"]  # the fixture, imported to be used here


def _save_as(path: pathlib.Path, seen: list[str]) -> Callable[[QWidget], None]:
    """Answer the file chooser with `path`, then the box saying where it all is."""

    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.windowTitle())
        dialog.setDirectory(str(path.parent))
        [name] = [e for e in dialog.findChildren(QLineEdit) if e.objectName() == "fileNameEdit"]
        name.setText(path.name)
        dialog.accept()
        poll_for_dialog(_dismiss(seen))

    return handle


def _dismiss(seen: list[str]) -> Callable[[QWidget], None]:
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    return handle


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_deleted_or_replaced_file_is_saved_whole_to_a_new_file(
    qtbot: QtBot, tmp_path: pathlib.Path, open_window: Callable[[Database, int], InterviewWindow],
    how: str,
) -> None:  # fmt: skip
    path = tmp_path / "hireapp.sqlite3"
    rescued = tmp_path / "rescued" / "saved.sqlite3"
    rescued.parent.mkdir()
    with opened(path) as db:
        interview = new_interview(db)
        window = open_window(db, interview)
        window.go_to(question_key(QUESTIONS[0]))
        type_note(qtbot, window, 0, "typed before")
        qtbot.waitUntil(lambda: iv.get_interview(db, interview).answers.get(QUESTIONS[0])
                        is not None, timeout=5000)  # fmt: skip
        qtbot.waitUntil(lambda: window.saved_label.text().startswith("✓"), timeout=5000)
        if how == "deleted":
            path.unlink()
        else:
            other = tmp_path / "other.sqlite3"
            with opened(other) as elsewhere:
                new_interview(elsewhere)
            shutil.copyfile(other, tmp_path / "replacement")
            os.replace(tmp_path / "replacement", path)
        replacement = path.read_bytes() if how == "replaced" else b""
        type_note(qtbot, window, 0, " and after")
        qtbot.keyClick(window.question_pages[QUESTIONS[0]].scale.buttons[0], Qt.Key.Key_4)
        # Said beside the work, never in a box that would take the keys being typed.
        qtbot.waitUntil(lambda: window.saved_label.text() == GONE, timeout=15_000)
        assert QApplication.activeModalWidget() is None
        assert "deleted or replaced" in window.banner.text()
        assert window.rescue_button.isVisible()
        type_note(qtbot, window, 0, " still typing")  # every key still goes into the note
        seen: list[str] = []
        poll_for_dialog(_save_as(rescued, seen))
        qtbot.mouseClick(window.rescue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=15_000)
        assert f"Everything is saved in {rescued}" in seen[1]
        # What waited lands in the new file, and only then does the window say saved.
        qtbot.waitUntil(lambda: window.saved_label.text().startswith("✓"), timeout=10_000)
        assert db.file == rescued
    with opened(rescued) as copy:
        answer = iv.get_interview(copy, interview).answers[QUESTIONS[0]]
        assert answer.note == "typed before and after still typing"
        assert answer.score == 4
    assert stat.S_IMODE(rescued.stat().st_mode) == 0o600
    if how == "replaced":
        assert path.read_bytes() == replacement  # the file put in its place is not touched
    else:
        assert not path.exists()  # nothing recreated at the old path


def test_closing_with_the_file_gone_offers_to_save_everything(
    qtbot: QtBot, tmp_path: pathlib.Path, open_window: Callable[[Database, int], InterviewWindow]
) -> None:
    """Not "the database is busy" with Wait or lose them: the file is gone, and saving it all
    elsewhere is offered first."""
    path = tmp_path / "hireapp.sqlite3"
    with opened(path) as db:
        window = open_window(db, new_interview(db))
        assert not window.rescue_action.isEnabled()
        window.go_to(question_key(QUESTIONS[0]))
        qtbot.waitUntil(lambda: window.saved_label.text().startswith("✓"), timeout=5000)
        path.unlink()
        type_note(qtbot, window, 0, "waits")
        qtbot.waitUntil(lambda: window.saved_label.text() == GONE, timeout=10_000)
        assert window.rescue_action.isEnabled()
        asked: list[str] = []

        def cancel(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            asked.append(dialog.text())
            assert "Save everything to a new file" in dialog.defaultButton().text().replace("&", "")
            dialog.button(QMessageBox.StandardButton.Cancel).click()

        poll_for_dialog(cancel)
        assert not window.close()
        assert "deleted or replaced" in asked[0] and "busy" not in asked[0]
        assert window.isVisible()
