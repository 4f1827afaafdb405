# SPDX-License-Identifier: MIT
"""The table's fair score columns (hidden until chosen) and its Decision column and filter."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hireapp.domain.formatting import whole
from hireapp.gui.app import create_application
from hireapp.gui.compare import ComparisonView
from hireapp.gui.compare.model import COLUMN_KEYS, withheld_long
from hireapp.gui.compare.view import SETTINGS_HIDDEN
from hireapp.gui.compare.words import withheld_tip
from hireapp.services.comparison import comparison_rows
from hireapp.services.comparison.fair import clear_cache
from hireapp.services.decisions import record_decision
from hireapp.services.people import create_candidate, ensure_interviewer
from hireapp.storage.session import Database
from tests.factories import take_interview

COL = {key: n for n, key in enumerate(COLUMN_KEYS)}


@dataclass(frozen=True)
class Case:
    db: Database
    ids: dict[str, int]
    xena: int


@pytest.fixture
def case(sqlite_db: Database) -> Iterator[Case]:
    """Ann (hire) and Ben (reject) seen by Xena and Yuri, Eve by Yuri alone, Dan undecided,
    Cleo submitted by Yuri and still a draft of Xena's, who is the one looking."""
    create_application()
    QSettings().clear()
    clear_cache()
    db = sqlite_db
    ids = {
        name: create_candidate(
            db, name=name, email=f"{name.lower()}@example.org", position="Agent"
        ).id
        for name in ("Ann", "Ben", "Cleo", "Dan", "Eve")
    }
    for name, interviewer, level in [
        ("Ann", "Xena", 5), ("Ann", "Yuri", 4), ("Ben", "Xena", 3), ("Ben", "Yuri", 1),
        ("Dan", "Xena", 4), ("Dan", "Yuri", 3), ("Cleo", "Yuri", 5), ("Eve", "Yuri", 2),
    ]:  # fmt: skip
        take_interview(db, candidate=f"{name.lower()}@example.org", interviewer=interviewer,
                       levels=level, impression=3)  # fmt: skip
    take_interview(db, candidate="cleo@example.org", interviewer="Xena", levels=[2], submit=False)
    record_decision(db, ids["Ann"], decision="hire", rationale="Strong", decided_by="Panel")
    record_decision(db, ids["Ben"], decision="reject", rationale="Weak", decided_by="Panel")
    record_decision(db, ids["Cleo"], decision="advance", rationale="Next", decided_by="Panel")
    yield Case(db, ids, ensure_interviewer(db, "Xena").id)
    QSettings().clear()


def _open(qtbot: QtBot, case: Case) -> ComparisonView:
    view = ComparisonView(case.db)
    view.viewer = lambda: case.xena
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.set_position(None)
    return view


def _cell(
    view: ComparisonView, name: str, key: str, role: int = Qt.ItemDataRole.DisplayRole
) -> Any:
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == name)
    return model.data(model.index(row, COL[key]), role)


def _names(view: ComparisonView) -> set[str]:
    return {view.model.row_at(r).name for r in range(view.model.rowCount())}


def test_fair_columns_are_chosen_from_the_header_menu_and_mark_one_interviewer(
    qtbot: QtBot, case: Case
) -> None:
    view = _open(qtbot, case)
    shown = view.visible_column_keys()
    assert "decision" in shown and "fair" not in shown and "fair_interval" not in shown
    assert all(view.model.row_at(r).fair is None for r in range(view.model.rowCount()))
    assert _cell(view, "Ann", "decision") == "Hire" and _cell(view, "Dan", "decision") == ""

    action = next(a for a in view.column_menu().actions() if a.text() == "Fair score")
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        action.setChecked(True)
    view.set_column_visible("fair_interval", True)
    expected = {r.id: r.fair for r in comparison_rows(case.db, None, case.xena, fair=True)}
    eve = expected[case.ids["Eve"]]
    assert eve is not None and eve.single_interviewer
    assert _cell(view, "Eve", "fair") == f"{whole(eve.adjusted)} †"
    assert "one interviewer only" in _cell(view, "Eve", "fair", Qt.ItemDataRole.ToolTipRole)
    assert "one interviewer only" in _cell(view, "Eve", "fair", Qt.ItemDataRole.AccessibleTextRole)
    ann = expected[case.ids["Ann"]]
    assert ann is not None and not ann.single_interviewer
    assert _cell(view, "Ann", "fair") == str(whole(ann.adjusted))
    assert _cell(view, "Ann", "fair_interval") == f"{whole(ann.low)}–{whole(ann.high)}"
    # Cleo is still Xena's draft: no fair score and no decision, and the cells say why.
    assert expected[case.ids["Cleo"]] is None
    for key in ("fair", "fair_interval", "decision"):
        assert _cell(view, "Cleo", key) == ""
        assert _cell(view, "Cleo", key, Qt.ItemDataRole.AccessibleTextRole) == withheld_long()
        assert _cell(view, "Cleo", key, Qt.ItemDataRole.ToolTipRole) == withheld_tip()
    # The choice is remembered; a new table fits the fair scores in its first load.
    again = _open(qtbot, case)
    assert "fair" in again.visible_column_keys()
    assert _cell(again, "Ann", "fair") == str(whole(ann.adjusted))


def test_the_decision_filter_works_from_the_keyboard(qtbot: QtBot, case: Case) -> None:
    view = _open(qtbot, case)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    view.recommendation_filter.setFocus()
    qtbot.waitUntil(view.recommendation_filter.hasFocus, timeout=1000)
    qtbot.keyClick(view.recommendation_filter, Qt.Key.Key_Tab)
    assert view.decision_filter.hasFocus(), "Tab does not reach the decision filter"
    qtbot.keyClick(view.decision_filter, Qt.Key.Key_Down)  # Advance
    qtbot.keyClick(view.decision_filter, Qt.Key.Key_Down)  # Hire
    assert view.decision_filter.currentText() == "Decision: Hire"
    assert _names(view) == {"Ann"}
    qtbot.keyClick(view.decision_filter, Qt.Key.Key_Down)  # Reject
    assert _names(view) == {"Ben"}
    qtbot.keyClick(view.decision_filter, Qt.Key.Key_Up)
    qtbot.keyClick(view.decision_filter, Qt.Key.Key_Up)  # Advance: Cleo's is withheld
    assert view.model.rowCount() == 0
    qtbot.keyClick(view.decision_filter, Qt.Key.Key_End)  # No decision yet
    assert view.decision_filter.currentText() == "No decision yet"
    assert _names(view) == {"Dan", "Eve"}
    view.clear_filters()
    assert view.decision_filter.currentIndex() == 0 and len(_names(view)) == 5


def test_columns_saved_before_fair_scores_take_their_defaults(qtbot: QtBot, case: Case) -> None:
    QSettings().setValue(SETTINGS_HIDDEN, json.dumps(["email"]))  # chosen before they existed
    view = _open(qtbot, case)
    shown = view.visible_column_keys()
    assert "position" in shown and "email" not in shown
    assert "decision" in shown and "fair" not in shown and "fair_interval" not in shown


def test_side_by_side_puts_the_fair_score_under_the_structured_one(
    qtbot: QtBot, case: Case
) -> None:
    from hireapp.gui.compare.side_by_side import SideBySideDialog, SideBySideModel
    from hireapp.gui.compare.words import withheld

    ids = [case.ids["Ann"], case.ids["Eve"], case.ids["Cleo"]]
    dialog = SideBySideDialog(case.db, ids, viewer_id=case.xena)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=20_000)
    model = dialog.table.model()
    fair_row = SideBySideModel.FAIR
    assert model.headerData(fair_row, Qt.Orientation.Vertical) == "Fair score (80% interval)"
    assert model.headerData(fair_row - 1, Qt.Orientation.Vertical) == "Structured"
    expected = {r.id: r.fair for r in comparison_rows(case.db, None, case.xena, fair=True)}
    ann, eve = expected[case.ids["Ann"]], expected[case.ids["Eve"]]
    assert ann is not None and eve is not None
    texts = [model.data(model.index(fair_row, n)) for n in range(3)]
    assert texts[0] == f"{whole(ann.adjusted)} ({whole(ann.low)}–{whole(ann.high)})"
    assert texts[1] == f"{whole(eve.adjusted)} † ({whole(eve.low)}–{whole(eve.high)})"
    assert texts[2] == withheld()
    tip = model.data(model.index(fair_row, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Eve: ") and "one interviewer only" in tip
