# SPDX-License-Identifier: MIT
"""The main window, driven as a user would, on a real database file."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hireapp.gui.app import create_application
from hireapp.gui.main_window import MainWindow
from hireapp.gui.models.candidates import CandidateTableModel
from hireapp.services.demo import generate_demo
from hireapp.services.listing import candidate_scores
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database

OVERALL, IMPRESSION = 4, 5


@pytest.fixture
def open_window(qtbot: QtBot, sqlite_db: Database) -> Callable[[], MainWindow]:
    """Opens main windows on the test database, with settings from earlier tests cleared."""
    create_application()
    QSettings().clear()

    def open_one() -> MainWindow:
        window = MainWindow(sqlite_db)
        qtbot.addWidget(window)
        qtbot.waitSignal(window.candidates_loaded, timeout=10_000).wait()
        return window

    return open_one


def test_lists_candidates_with_their_scores(
    open_window: Callable[[], MainWindow], sqlite_db: Database
) -> None:
    generate_demo(sqlite_db, candidates=30, seed=4)
    window = open_window()
    window.show()
    model = window.model
    assert model.rowCount() == 30
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    # The figures on screen are the service's figures.
    expected = {row.email: row for row in candidate_scores(sqlite_db)}
    for r in range(model.rowCount()):
        want = expected[model.index(r, 1).data()]
        assert model.index(r, OVERALL).data() == (
            "" if want.overall is None else f"{want.overall:.0f}"
        )
    assert "30 candidates" in window.ui.countLabel.text()


def test_choosing_a_position_filters_and_is_remembered(
    qtbot: QtBot, open_window: Callable[[], MainWindow], sqlite_db: Database
) -> None:
    generate_demo(sqlite_db, candidates=40, seed=5)
    window = open_window()
    combo = window.ui.positionCombo
    with qtbot.waitSignal(window.candidates_loaded, timeout=10_000) as loaded:
        combo.setCurrentIndex(combo.findText("Store associate"))
    expected = len(candidate_scores(sqlite_db, "Store associate"))
    assert loaded.args == [expected] and window.model.rowCount() == expected
    # A new window opens on the same position.
    assert open_window().ui.positionCombo.currentText() == "Store associate"


def test_sorting_a_score_column_puts_empty_scores_last(sqlite_db: Database) -> None:
    generate_demo(sqlite_db, candidates=60, seed=6)
    create_candidate(sqlite_db, name="Not Yet Seen", email="new@example.org", position="Agent")
    model = CandidateTableModel()
    model.set_rows(candidate_scores(sqlite_db))
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        model.sort(OVERALL, order)
        values = [model.row_at(r).overall for r in range(model.rowCount())]
        present = [v for v in values if v is not None]
        assert len(present) == len(values) - 1
        assert values[: len(present)] == present
        assert present == sorted(present, reverse=order == Qt.SortOrder.DescendingOrder)


def test_the_table_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, sqlite_db: Database
) -> None:
    generate_demo(sqlite_db, candidates=10, seed=2)
    model = CandidateTableModel()
    model.set_rows(candidate_scores(sqlite_db))
    qtmodeltester.check(model)
    model.sort(IMPRESSION, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_an_empty_database_says_what_to_do(open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    window.show()
    assert window.ui.emptyLabel.isVisible()
    assert "hireapp demo" in window.ui.emptyLabel.text()
    assert not window.ui.candidateTable.isVisible()
