# SPDX-License-Identifier: MIT
"""The Rubrics window (issue 13, item 1, its first part): every version, where it is used, how
each question's levels were used, export, a position's rubric; driven from the keyboard."""

from __future__ import annotations

import pathlib

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from hireapp.domain.rubric import default_rubric_path, load_rubric, parse_rubric
from hireapp.gui.app import create_application
from hireapp.gui.main_window import MainWindow
from hireapp.gui.rubrics import QUESTION_COLUMNS, PositionChoice, RubricsWindow
from hireapp.services.people import position_id
from hireapp.services.rubric_stats import rubric_stats
from hireapp.services.rubrics import ensure_default_rubric, register_rubric, rubric_for_position
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, add_candidate, take_interview
from tests.gui.test_autosave_waits import poll_for_dialog

COLUMN = {name: n for n, name in enumerate(QUESTION_COLUMNS)}


def _data(db: Database) -> int:
    """Two positions, interviews with known levels on the default rubric, and a second version."""
    for number, level in enumerate((2, 4, 4)):
        email = f"c{number}@example.org"
        add_candidate(db, name=f"Candidate {number}", email=email, position="Agent")
        take_interview(db, candidate=email, interviewer="Ines One", levels=level,
                       skip={QUESTIONS[1]: "no time"} if number == 0 else None)  # fmt: skip
    add_candidate(db, name="Lead Person", email="lead@example.org", position="Lead")
    rubric = load_rubric(default_rubric_path())
    return register_rubric(db, rubric.model_copy(update={"version": "lead"})).id


def _open(qtbot: QtBot, db: Database) -> RubricsWindow:
    create_application()
    QSettings().clear()
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitSignal(main.candidates_loaded, timeout=10_000).wait()
    _press(
        qtbot,
        main,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window = main.rubrics_window
    assert isinstance(window, RubricsWindow)
    qtbot.waitUntil(lambda: window.version_table.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.stats is not None, timeout=10_000)
    return window


def _press(qtbot: QtBot, window: QWidget, key: Qt.Key,
           modifiers: Qt.KeyboardModifier) -> None:  # fmt: skip
    """A key pressed in the window once it is the active one (after a dialog, it is again)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, key, modifiers)


def test_versions_and_the_use_of_each_question(qtbot: QtBot, sqlite_db: Database) -> None:
    second = _data(sqlite_db)
    window = _open(qtbot, sqlite_db)
    table = window.version_table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "lead"  # newest first
    default = ensure_default_rubric(sqlite_db).id
    default_row = 1
    assert table.item(default_row, 3).text() == "the default"
    assert table.item(default_row, 4).text() == "3"
    table.selectRow(default_row)
    qtbot.waitUntil(lambda: window.stats is not None and window.stats.version_id == default,
                    timeout=10_000)  # fmt: skip
    expected = rubric_stats(sqlite_db, default)
    questions = window.question_table
    for row, question in enumerate(expected.questions):
        assert questions.item(row, COLUMN["Question"]).text() == question.title
        for level in range(1, 6):
            assert questions.item(row, COLUMN[str(level)]).text() == str(question.levels[level])
        assert questions.item(row, COLUMN["Skipped"]).text() == str(question.skipped)
    assert questions.item(1, COLUMN["Skipped"]).text() == "1"
    assert "3 submitted interviews" in window.summary.text()
    assert second != default


def test_export_and_use_for_a_position_from_the_keyboard(
    qtbot: QtBot, sqlite_db: Database, tmp_path: pathlib.Path
) -> None:
    second = _data(sqlite_db)
    window = _open(qtbot, sqlite_db)
    window.version_table.selectRow(0)  # the "lead" version
    target = tmp_path / "lead.toml"

    def save_as(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(tmp_path))
        [name] = [e for e in dialog.findChildren(QLineEdit) if e.objectName() == "fileNameEdit"]
        name.setText(target.name)
        dialog.accept()

    poll_for_dialog(save_as)
    _press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=5000)
    again = parse_rubric(target.read_text("utf-8"), str(target))
    assert again.version == "lead"

    def choose_lead(dialog: QWidget) -> None:
        assert isinstance(dialog, PositionChoice)
        dialog.position.setCurrentIndex(dialog.position.findText("Lead"))
        dialog.accept()

    poll_for_dialog(choose_lead)
    _press(qtbot, window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert rubric_for_position(sqlite_db, position_id(sqlite_db, "Lead")) == second
    qtbot.waitUntil(lambda: window.version_table.item(0, 3).text() == "Lead", timeout=5000)
