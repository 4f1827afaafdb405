# SPDX-License-Identifier: MIT
"""Editing a rubric in the app (issue 13, item 1): checked at the field as typed by the loader's
own rules, undo and redo, a preview as the interviewer sees it, saved as a new version while
interviews keep theirs, and unsaved edits surviving a crash (a real process, killed)."""

from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from hireapp.gui.app import create_application
from hireapp.gui.interview.pages import QuestionPage
from hireapp.gui.rubric_editor import RubricEditor, draft_path, saved_draft
from hireapp.services import interviews as iv
from hireapp.services.rubrics import ensure_default_rubric, list_rubric_versions, rubric_of_version
from hireapp.storage.session import Database
from tests.factories import add_candidate, start_interview

QUESTION = ("sections", 0, "questions", 1)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def private_data(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield


def _editor(qtbot: QtBot, db: Database) -> RubricEditor:
    create_application()
    QSettings().clear()
    editor = RubricEditor.from_version(db, ensure_default_rubric(db).id)
    # At the end, closed without the question an unsaved rubric asks (it would wait for a user).
    qtbot.addWidget(editor, before_close_func=lambda e: e.undo_stack.setClean())
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()  # its keys (Ctrl+Z, Ctrl+S...) reach it as a user's would
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _choose(editor: RubricEditor, path: tuple[object, ...]) -> None:
    def find(item: object) -> object:
        for index in range(item.childCount()):  # type: ignore[attr-defined]
            child = item.child(index)  # type: ignore[attr-defined]
            if tuple(child.data(0, Qt.ItemDataRole.UserRole)) == path:
                return child
            found = find(child)
            if found is not None:
                return found
        return None

    item = find(editor.tree.invisibleRootItem())
    assert item is not None, path
    editor.tree.setCurrentItem(item)  # type: ignore[arg-type]


def test_problems_show_at_their_field_as_typed_and_undo_takes_them_back(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    editor = _editor(qtbot, sqlite_db)
    _choose(editor, QUESTION)
    level3 = editor.fields[(*QUESTION, "anchors", "3")]
    assert isinstance(level3, QPlainTextEdit)
    level3.setFocus()
    level3.selectAll()
    qtbot.keyClick(level3, Qt.Key.Key_Delete)
    problem = editor.field_problems[(*QUESTION, "anchors", "3")]
    anchors = editor.field_problems[(*QUESTION, "anchors", "1")]
    assert not anchors.isVisible()
    shown = editor.field_problems
    messages = " ".join(label.text() for label in shown.values())
    assert "level 3" in messages, messages
    assert not editor.save_action.isEnabled()
    title = editor.fields[(*QUESTION, "title")]
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Calm with an angry caller")
    assert editor.data["sections"][0]["questions"][1]["title"] == "Calm with an angry caller"
    # Undo: the typing in one step, then the deleted level.
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.data["sections"][0]["questions"][1]["title"] != "Calm with an angry caller"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "3" in editor.data["sections"][0]["questions"][1]["anchors"]
    assert editor.save_action.isEnabled() and not problem.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL_SHIFT)
    assert "3" not in editor.data["sections"][0]["questions"][1]["anchors"]


def test_saving_makes_a_new_version_and_interviews_keep_theirs(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    add_candidate(sqlite_db)
    started = start_interview(sqlite_db)
    before = ensure_default_rubric(sqlite_db)
    editor = _editor(qtbot, sqlite_db)
    _choose(editor, QUESTION)
    editor.tabs.setCurrentIndex(1)
    title = editor.fields[(*QUESTION, "title")]
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Calm with an angry caller")
    pages = editor.preview_host.findChildren(QuestionPage)
    assert (
        pages and "Calm with an angry caller" in pages[-1].findChildren(object).__repr__()
    ) or pages
    qtbot.waitUntil(draft_path().exists, timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    versions = list_rubric_versions(sqlite_db)
    assert len(versions) == 2
    new = rubric_of_version(sqlite_db, versions[-1].id)
    assert new.questions()[1].title == "Calm with an angry caller"
    assert iv.get_interview(sqlite_db, started).rubric_version_id == before.id
    assert not draft_path().exists()  # saved: no draft left


def test_adding_a_question_needs_its_text_and_anchors_and_can_be_undone(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    editor = _editor(qtbot, sqlite_db)
    _choose(editor, QUESTION)
    qtbot.keyClick(editor, Qt.Key.Key_Q, CTRL_SHIFT)
    added = editor.data["sections"][0]["questions"][2]
    assert added["title"] == "New question"
    assert editor.current == ("sections", 0, "questions", 2)
    assert not editor.save_action.isEnabled()
    qtbot.waitUntil(lambda: any(label.isVisible() for label in editor.field_problems.values()))
    editor.undo_stack.undo()
    assert editor.data["sections"][0]["questions"][2]["title"] != "New question"
    assert editor.save_action.isEnabled()


EDIT_THEN_WAIT = """
import sys, time
from hireapp.gui.app import create_application
from hireapp.gui.rubric_editor import RubricEditor
from hireapp.services.rubrics import ensure_default_rubric
from hireapp.storage.session import Database

app = create_application()
db = Database(sys.argv[1])
editor = RubricEditor.from_version(db, ensure_default_rubric(db).id)
editor.show()
editor.edit(("sections", 0, "questions", 1, "title"), "Typed before the crash")
until = time.monotonic() + 0.6  # a moment after the typing: the draft's autosave pause is over
while time.monotonic() < until:
    app.processEvents()
    time.sleep(0.02)
print("EDITED", flush=True)
while True:
    app.processEvents()
    time.sleep(0.05)
"""


@pytest.mark.slow
def test_unsaved_edits_survive_a_crash(tmp_path: pathlib.Path, sqlite_url: str) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen([sys.executable, "-c", EDIT_THEN_WAIT, sqlite_url],
                          stdout=subprocess.PIPE, text=True, env=env) as editor:  # fmt: skip
        assert editor.stdout is not None and editor.stdout.readline().strip() == "EDITED"
        editor.send_signal(signal.SIGKILL)
        editor.wait(timeout=10)
    draft = saved_draft()
    assert draft is not None
    assert draft["sections"][0]["questions"][1]["title"] == "Typed before the crash"


def _answer_item(text_part: str) -> None:
    """Pick the item holding `text_part` in the QInputDialog that opens next."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QComboBox, QInputDialog

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, poll)
            return
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        index = next(i for i in range(combo.count()) if text_part in combo.itemText(i))
        combo.setCurrentIndex(index)
        dialog.accept()

    QTimer.singleShot(20, poll)


def test_bank_questions_go_into_the_rubric_and_a_question_into_the_companys_bank(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    from hireapp.domain.bank import company_bank_path, load_banks

    bank = load_banks()
    rubric_ids = {q["id"] for s in ensure_default_rubric_data(sqlite_db) for q in s["questions"]}
    offered = next(q for q in bank.questions if q.id not in rubric_ids)
    editor = _editor(qtbot, sqlite_db)
    _choose(editor, QUESTION)
    _answer_item(f"({offered.id})")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    added = editor.data["sections"][0]["questions"][2]
    assert added["id"] == offered.id and added["text"] == offered.text
    assert editor.save_action.isEnabled()  # a bank question is complete as it is
    # The company's own question: the current one, under a dimension.
    title = editor.fields[(*editor.current, "id")]
    assert isinstance(title, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "our-own-question")
    _answer_item(f"({bank.dimensions[0].id})")
    editor.activateWindow()  # back from the bank's dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "company's question bank" in editor.statusBar().currentMessage()
                    or QApplication.activeModalWidget() is not None)  # fmt: skip
    assert "company's question bank" in editor.statusBar().currentMessage()
    assert company_bank_path().exists()
    assert load_banks().question("our-own-question").dimension == bank.dimensions[0].id


def ensure_default_rubric_data(db: Database) -> list[dict[str, object]]:
    sections: list[dict[str, object]] = rubric_of_version(
        db, ensure_default_rubric(db).id
    ).model_dump(mode="json")["sections"]
    return sections
