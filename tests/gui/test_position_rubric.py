# SPDX-License-Identifier: MIT
"""A rubric per position (issue 13, item 4): a new interview uses the position's rubric unless the
interviewer picks another; changing it never touches interviews already started."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from hireapp.domain.rubric import default_rubric_path, load_rubric
from hireapp.gui.app import create_application
from hireapp.gui.dialogs.new_interview import NewInterviewDialog
from hireapp.gui.settings import remember_interviewer
from hireapp.services import interviews as iv
from hireapp.services.people import position_id
from hireapp.services.rubrics import (
    ensure_default_rubric,
    register_rubric,
    rubric_for_position,
    set_position_rubric,
)
from hireapp.storage.session import Database
from tests.cli.clirun import assert_clean_failure, hireapp
from tests.factories import add_candidate, start_interview


def _shorter_rubric(db: Database) -> int:
    """A second version of the rubric: its first section only."""
    rubric = load_rubric(default_rubric_path())
    shorter = rubric.model_copy(update={"version": "lead", "sections": rubric.sections[:1]})
    return register_rubric(db, shorter).id


def test_a_position_uses_its_rubric_and_started_interviews_keep_theirs(db: Database) -> None:
    default = ensure_default_rubric(db).id
    add_candidate(db, name="Ann Lee", email="ann@example.org", position="Lead")
    lead = position_id(db, "Lead")
    assert rubric_for_position(db, lead) == default
    before = start_interview(db, candidate="ann@example.org", interviewer="Ines One")
    chosen = _shorter_rubric(db)
    set_position_rubric(db, "Lead", chosen)
    assert rubric_for_position(db, lead) == chosen
    assert iv.get_interview(db, before).rubric_version_id == default  # untouched
    set_position_rubric(db, "Lead", None)
    assert rubric_for_position(db, lead) == default
    with pytest.raises(Exception, match="no rubric version 999"):
        set_position_rubric(db, "Lead", 999)


def test_the_command_line_sets_a_positions_rubric(db: Database, db_url: str) -> None:
    add_candidate(db, name="Ann Lee", email="ann@example.org", position="Lead")
    chosen = _shorter_rubric(db)
    done = hireapp("--db", db_url, "rubric", "use", str(chosen), "--position", "Lead")
    assert done.returncode == 0, done.stderr
    assert rubric_for_position(db, position_id(db, "Lead")) == chosen
    assert_clean_failure(hireapp("--db", db_url, "rubric", "use", "1", "--position", "Nope"),
                         "no position 'Nope'")  # fmt: skip


def test_the_new_interview_dialog_follows_the_candidates_position(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    create_application()
    QSettings().clear()
    remember_interviewer("Ines One")
    default = ensure_default_rubric(sqlite_db).id
    add_candidate(sqlite_db, name="Ann Lee", email="ann@example.org", position="Lead")
    bob = add_candidate(sqlite_db, name="Bob Ray", email="bob@example.org", position="Agent")
    chosen = _shorter_rubric(sqlite_db)
    set_position_rubric(sqlite_db, "Lead", chosen)
    dialog = NewInterviewDialog(sqlite_db, bob)
    qtbot.addWidget(dialog)
    combo = dialog.ui.rubricCombo
    assert combo.currentData() == default  # Agent has none of its own
    candidates = dialog.ui.candidateCombo
    candidates.setCurrentIndex(candidates.findText("Ann Lee", Qt.MatchFlag.MatchStartsWith))
    assert combo.currentData() == chosen
    assert "Lead" in combo.toolTip()
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.interview_id is not None
    assert iv.get_interview(sqlite_db, dialog.interview_id).rubric_version_id == chosen


def test_a_rubric_picked_by_hand_stays_picked(qtbot: QtBot, sqlite_db: Database) -> None:
    create_application()
    QSettings().clear()
    remember_interviewer("Ines One")
    default = ensure_default_rubric(sqlite_db).id
    add_candidate(sqlite_db, name="Ann Lee", email="ann@example.org", position="Lead")
    bob = add_candidate(sqlite_db, name="Bob Ray", email="bob@example.org", position="Agent")
    set_position_rubric(sqlite_db, "Lead", _shorter_rubric(sqlite_db))
    dialog = NewInterviewDialog(sqlite_db, bob)
    qtbot.addWidget(dialog)
    combo = dialog.ui.rubricCombo
    combo.setCurrentIndex(combo.findData(default))
    combo.activated.emit(combo.currentIndex())  # as a user's choice in the list does
    candidates = dialog.ui.candidateCombo
    candidates.setCurrentIndex(candidates.findText("Ann Lee", Qt.MatchFlag.MatchStartsWith))
    assert combo.currentData() == default
