# SPDX-License-Identifier: MIT
"""A hiring lead builds a rubric for a position in the app, from the keyboard (issue 13, "done
when"): a new rubric from the default, questions from the bank, a new section and cue, parts
moved and removed with undo, the use of each question shown beside it, saved, made the position's
rubric, and the next interview for that position uses it. Also: an empty outline and a copy of
another rubric, and the new rubric's id checked before the editor opens."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from hireapp.domain.bank import load_banks
from hireapp.domain.rubric import slug_for
from hireapp.gui.dialogs.new_interview import NewInterviewDialog
from hireapp.gui.rubric_editor import RubricEditor
from hireapp.gui.rubrics import NewRubric, PositionChoice, RubricsWindow
from hireapp.gui.settings import remember_interviewer
from hireapp.services import interviews as iv
from hireapp.services.people import position_id
from hireapp.services.rubric_stats import rubric_stats
from hireapp.services.rubrics import (
    ensure_default_rubric,
    list_rubric_versions,
    rubric_for_position,
    rubric_of_version,
)
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, add_candidate, take_interview
from tests.gui.test_autosave_waits import poll_for_dialog
from tests.gui.test_rubrics_window import _open, _press

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def private_data(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the bank and the draft
    yield


def _interviews(db: Database) -> None:
    """Three interviews on the default rubric with known levels, for the figures."""
    for number, level in enumerate((2, 4, 4)):
        email = f"c{number}@example.org"
        add_candidate(db, name=f"Candidate {number}", email=email, position="Support desk")
        take_interview(db, candidate=email, interviewer="Ines One", levels=level,
                       skip={QUESTIONS[1]: "no time"} if number == 0 else None)  # fmt: skip


def _new_rubric(qtbot: QtBot, window: RubricsWindow, title: str, start: int = 0) -> RubricEditor:
    """Ctrl+Shift+N, the start chosen with the arrow keys, the title typed, Enter."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewRubric)
        for _ in range(start):
            qtbot.keyClick(dialog.start, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.title, title)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    poll_for_dialog(fill)
    _press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)
    editor = window.editor
    assert isinstance(editor, RubricEditor)
    # Not given to qtbot: it deletes itself on close, and each test closes it (clean, so no
    # question about unsaved edits waits for a user).
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _key(qtbot: QtBot, editor: RubricEditor, key: Qt.Key, modifiers: Qt.KeyboardModifier
         = Qt.KeyboardModifier.NoModifier) -> None:  # fmt: skip
    """A key where the focus is in the editor, as a user presses it (the editor active again
    after a dialog, as it is for a user)."""
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    target = QApplication.focusWidget()
    qtbot.keyClick(target if target is not None else editor, key, modifiers)


def _down_to(qtbot: QtBot, editor: RubricEditor, path: tuple[object, ...]) -> None:
    """Home, then the arrow keys in the list of parts until `path` is chosen."""
    editor.tree.setFocus()
    qtbot.waitUntil(editor.tree.hasFocus)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Home)
    for _ in range(60):
        if editor.current == path:
            return
        qtbot.keyClick(editor.tree, Qt.Key.Key_Down)
    raise AssertionError(f"never reached {path}, at {editor.current}")


def _questions(editor: RubricEditor, section: int) -> list[str]:
    return [q["id"] for q in editor.data["sections"][section]["questions"]]


def test_a_rubric_for_a_position_from_the_default_and_the_bank_by_keyboard(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    _interviews(sqlite_db)
    default = ensure_default_rubric(sqlite_db).id
    window = _open(qtbot, sqlite_db)
    editor = _new_rubric(qtbot, window, "Support Desk")
    assert editor.data["id"] == "support-desk" and editor.data["version"] == "1"
    assert editor.source_version == default

    # Beside each question: how its levels were used in the version it starts from.
    qtbot.waitUntil(lambda: bool(editor.figures), timeout=10_000)
    first: tuple[object, ...] = ("sections", 0, "questions", 0)
    _down_to(qtbot, editor, first)
    used = rubric_stats(sqlite_db, default).questions[0]
    assert editor.figures_label is not None
    shown = editor.figures_label.text()
    assert "3 submitted interviews" in shown
    assert f"2: {used.levels[2]} · 3: {used.levels[3]} · 4: {used.levels[4]}" in shown
    assert used.levels[2] == 1 and used.levels[4] == 2  # as the interviews were scored

    # A bank question after the first one, chosen with the arrow keys.
    bank = load_banks()
    picked: list[str] = []

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        [combo] = [w for w in dialog.findChildren(QWidget) if w.inherits("QComboBox")]
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        picked.append(dialog.textValue())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    poll_for_dialog(pick)
    _key(qtbot, editor, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: (len(_questions(editor, 0)) == len(used.levels) and bool(picked))
                    or len(editor.data["sections"][0]["questions"]) > 2)  # fmt: skip
    added = editor.data["sections"][0]["questions"][1]
    assert f"({added['id']})" in picked[0]
    assert added["id"] in {q.id for q in bank.questions}
    assert editor.current == ("sections", 0, "questions", 1)

    # Moved up, undone, redone.
    before = _questions(editor, 0)
    _key(qtbot, editor, Qt.Key.Key_Up, CTRL_SHIFT)
    assert _questions(editor, 0)[:2] == [before[1], before[0]]
    assert editor.current == first
    _key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert _questions(editor, 0) == before
    _key(qtbot, editor, Qt.Key.Key_Z, CTRL_SHIFT)
    assert _questions(editor, 0)[0] == added["id"]

    # A new section: its title typed at once; empty, it cannot be saved until it has a question.
    sections = len(editor.data["sections"])
    _key(qtbot, editor, Qt.Key.Key_N, CTRL_SHIFT)
    assert len(editor.data["sections"]) == sections + 1
    at = editor.current
    assert at == ("sections", 1)
    qtbot.keyClicks(QApplication.focusWidget(), "Closing the call")
    assert editor.data["sections"][1]["title"] == "Closing the call"
    assert not editor.save_action.isEnabled()
    assert "question" in editor.problem_list.text()

    poll_for_dialog(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return))
    _key(qtbot, editor, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(editor.data["sections"][1]["questions"]) == 1)

    # A cue, named as typed; removed and brought back.
    cues = len(editor.data["first_impression"]["cues"])
    _key(qtbot, editor, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.keyClicks(QApplication.focusWidget(), "Looks up from the phone")
    assert editor.data["first_impression"]["cues"][-1]["label"] == "Looks up from the phone"
    editor.tree.setFocus()
    _key(qtbot, editor, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert len(editor.data["first_impression"]["cues"]) == cues
    _key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert len(editor.data["first_impression"]["cues"]) == cues + 1

    # Saved as the new rubric's first version.
    assert editor.save_action.isEnabled(), editor.problem_list.text()
    _key(qtbot, editor, Qt.Key.Key_S, CTRL)
    [new] = [v for v in list_rubric_versions(sqlite_db) if v.slug == "support-desk"]
    stored = rubric_of_version(sqlite_db, new.id)
    assert stored.title == "Support Desk" and stored.version == "1"
    assert [s.title for s in stored.sections][-1] == "Closing the call"
    assert stored.sections[0].questions[0].id == added["id"]
    assert stored.first_impression.cues[-1].label == "Looks up from the phone"
    editor.close()

    # The position's rubric, from the Rubrics window.
    qtbot.waitUntil(lambda: window.selected_id() == new.id, timeout=10_000)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, PositionChoice)
        assert dialog.position.currentText() == "Support desk"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    poll_for_dialog(choose)
    _press(qtbot, window, Qt.Key.Key_U, CTRL)
    assert rubric_for_position(sqlite_db, position_id(sqlite_db, "Support desk")) == new.id

    # The next interview for the position uses it; those done keep the default.
    remember_interviewer("Ines One")
    ann = add_candidate(sqlite_db, name="Ann Lee", email="ann@example.org",
                        position="Support desk")  # fmt: skip
    dialog = NewInterviewDialog(sqlite_db, ann)
    qtbot.addWidget(dialog)
    assert dialog.ui.rubricCombo.currentData() == new.id
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.interview_id is not None
    assert iv.get_interview(sqlite_db, dialog.interview_id).rubric_version_id == new.id
    assert rubric_stats(sqlite_db, default).interviews == 3


def test_an_empty_outline_lists_what_is_left_to_write_and_a_copy_keeps_the_content(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    ensure_default_rubric(sqlite_db)
    add_candidate(sqlite_db, name="Ann Lee", email="ann@example.org", position="Support desk")
    window = _open(qtbot, sqlite_db)
    # The list of starts: the default, a copy of the selected version, an empty outline.
    empty = _new_rubric(qtbot, window, "Blank", start=2)
    assert empty.source_version is None
    assert empty.data["sections"][0]["questions"][0]["text"] == ""
    assert not empty.save_action.isEnabled()
    assert "problems before it can be saved" in empty.problem_list.text()
    _down_to(qtbot, empty, ("sections", 0, "questions", 0))
    assert empty.figures_label is not None
    assert "no interviews" in empty.figures_label.text()
    text = empty.fields[("sections", 0, "questions", 0, "text")]
    assert empty.field_problems[("sections", 0, "questions", 0, "text")].isVisible()
    text.setFocus()
    qtbot.keyClicks(text, "Tell me about a customer you calmed down.")
    assert not empty.field_problems[("sections", 0, "questions", 0, "text")].isVisible()
    empty.undo_stack.setClean()
    empty.close()

    copy = _new_rubric(qtbot, window, "Copy of the default", start=1)
    default = rubric_of_version(sqlite_db, ensure_default_rubric(sqlite_db).id)
    assert copy.data["id"] == "copy-of-the-default" and copy.data["version"] == "1"
    assert [s["id"] for s in copy.data["sections"]] == [s.id for s in default.sections]
    assert copy.save_action.isEnabled()
    copy.close()


def test_the_new_rubrics_id_is_checked_before_the_editor_opens(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    ensure_default_rubric(sqlite_db)
    dialog = NewRubric("Customer service 1", {"customer-service"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title, "Customer Service")
    assert dialog.slug.text() == "customer-service"
    assert "exists" in dialog.problem.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted  # refused, still open
    dialog.slug.setFocus()
    dialog.slug.selectAll()
    qtbot.keyClicks(dialog.slug, "Bad Id")
    assert "lower-case" in dialog.problem.text()
    dialog.slug.selectAll()
    qtbot.keyClicks(dialog.slug, "service-2")
    qtbot.keyClicks(dialog.title, " desk")  # the id typed by hand stays as typed
    assert dialog.slug.text() == "service-2" and dialog.problem.text() == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_question_moves_across_sections_and_a_removed_section_comes_back(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    editor = RubricEditor.from_version(sqlite_db, ensure_default_rubric(sqlite_db).id)
    qtbot.addWidget(editor, before_close_func=lambda e: e.undo_stack.setClean())
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    # The default rubric has one section: a second one after it, with a new question.
    _down_to(qtbot, editor, ("sections", 0))
    _key(qtbot, editor, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClicks(QApplication.focusWidget(), "Second")
    _key(qtbot, editor, Qt.Key.Key_Q, CTRL_SHIFT)
    assert editor.current == ("sections", 1, "questions", 0)
    moving = editor.data["sections"][1]["questions"][0]["id"]
    last_of_first = len(editor.data["sections"][0]["questions"])
    _key(qtbot, editor, Qt.Key.Key_Up, CTRL_SHIFT)  # over the edge: into the section above
    assert editor.data["sections"][0]["questions"][-1]["id"] == moving
    assert editor.current == ("sections", 0, "questions", last_of_first)
    _key(qtbot, editor, Qt.Key.Key_Down, CTRL_SHIFT)  # and back
    assert editor.data["sections"][1]["questions"][0]["id"] == moving

    titles = [s["title"] for s in editor.data["sections"]]
    _down_to(qtbot, editor, ("sections", 1))
    _key(qtbot, editor, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert [s["title"] for s in editor.data["sections"]] == titles[:1] + titles[2:]
    _key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert [s["title"] for s in editor.data["sections"]] == titles
    assert editor.current == ("sections", 1)
    # F6 goes from the parts to the part's first field and back.
    _key(qtbot, editor, Qt.Key.Key_F6)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    _key(qtbot, editor, Qt.Key.Key_F6)
    assert editor.tree.hasFocus()


def test_an_id_from_a_title_in_any_language() -> None:
    assert slug_for("Équipe Service client") == "equipe-service-client"
    assert slug_for("  Support -- Desk (2027) ") == "support-desk-2027"
    assert slug_for("客服") == "rubric"  # nothing left in ASCII: a plain word, edited at once
