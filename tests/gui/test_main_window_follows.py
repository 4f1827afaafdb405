# SPDX-License-Identifier: MIT
"""The main window follows the database, and Side by side is in its menu.

Positions created elsewhere (another copy of the app, an import on a colleague's machine) join
the Position list without F5, as the table's rows do; Side by side can be found in the menu
as well as by its key.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hireapp.gui.app import create_application
from hireapp.gui.compare.view import SIDE_BY_SIDE_KEY
from hireapp.gui.main_window import MainWindow
from hireapp.storage.session import Database
from tests.factories import add_candidate, record_interview

ELSEWHERE = """
import sys
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database
db = Database(sys.argv[1], migrate=False)
create_candidate(db, name="Nina Night", email="nina@example.org", position="Night shift")
db.dispose()
"""


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    create_application()
    QSettings().clear()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitSignal(window.candidates_loaded, timeout=10_000).wait()
    return window


def test_a_position_created_elsewhere_joins_the_list_by_itself(
    qtbot: QtBot, db: Database, db_url: str
) -> None:
    add_candidate(db)
    window = _window(qtbot, db)
    combo = window.ui.positionCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All positions", "Agent"]
    combo.setCurrentIndex(1)
    subprocess.run([sys.executable, "-c", ELSEWHERE, db_url], check=True, timeout=60)
    qtbot.waitUntil(lambda: combo.findText("Night shift") >= 0, timeout=3000)
    assert combo.currentText() == "Agent"  # what the user chose stays chosen


def test_side_by_side_is_in_the_candidates_menu_with_its_key(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    record_interview(sqlite_db)
    record_interview(sqlite_db, name="Ann Lee", email="ann@example.org")
    window = _window(qtbot, sqlite_db)
    entries = {a.text().replace("&", ""): a for a in window.ui.menuCandidates.actions()}
    action = entries[f"Side by side…\t{SIDE_BY_SIDE_KEY}"]
    assert action.shortcut().isEmpty()  # the view's own key: one shortcut, never ambiguous
    table = window.comparison.table
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(2):
        table.selectionModel().select(window.comparison.model.index(row, 0), flags)
    action.trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() and w.windowTitle().startswith("Side by side:")
                                for w in QApplication.topLevelWidgets()), timeout=5000)  # fmt: skip
    for widget in QApplication.topLevelWidgets():
        if widget.windowTitle().startswith("Side by side"):
            widget.close()
