# SPDX-License-Identifier: MIT
"""The Validity view (issue 14, item 3) on the demo's planted relation: the plain-words answer
first, every figure of the service in its cell with the interval in the tooltip and a sign where
the interval excludes 0, a position chosen by keyboard, and nothing but the count below 30 hires."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hireapp.domain.validity import STRUCTURED
from hireapp.gui.app import create_application
from hireapp.gui.validity import ValidityWindow
from hireapp.services.demo import generate_demo
from hireapp.services.validity import validity
from hireapp.storage.session import Database
from tests.factories import add_candidate, take_interview


def _open(qtbot: QtBot, db: Database) -> ValidityWindow:
    create_application()
    QSettings().clear()
    window = ValidityWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    qtbot.waitExposed(window)
    return window


def test_the_demos_figures_in_the_view(qtbot: QtBot, sqlite_db: Database) -> None:
    generate_demo(sqlite_db, candidates=200, seed=1)
    expected = validity(sqlite_db)
    window = _open(qtbot, sqlite_db)
    text = window.headline.text()
    assert "Did liking in the first 30 seconds predict how customers rated this person?" in text
    assert expected.report.headline.answer.split(":")[0] in text  # "Not clearly" / "Yes, ..."
    assert f"{expected.report.hires} hires with an outcome" in window.progress.text()
    table = window.figures
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert headers[0] == "csat" and "Still employed" in headers
    assert rows[:2] == ["First impression", "Structured score"]
    [figure] = [f for f in expected.figures_for("csat") if f.predictor == STRUCTURED]
    cell = table.item(1, 0)
    assert cell.text().startswith(f"{figure.correlation.r:.2f}")
    assert cell.text().endswith("*") == figure.correlation.excludes_zero
    assert f"n = {figure.correlation.n}" in cell.toolTip() and "95% interval" in cell.toolTip()
    assert window.added.rowCount() == len(expected.outcomes)
    assert "Only people who were hired have outcomes" in window.note.text()

    # Another position, chosen by keyboard: the figures follow.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.position.count() > 1, timeout=10_000)
    window.position.setFocus()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(window.position, Qt.Key.Key_Down)
    chosen = window.position.currentData()
    assert window.result is not None and window.result.position == chosen
    assert chosen in window.progress.text()


def test_below_thirty_hires_only_the_count(qtbot: QtBot, sqlite_db: Database) -> None:
    add_candidate(sqlite_db, name="Ann Lee", email="ann@example.org", position="Agent")
    take_interview(sqlite_db, candidate="ann@example.org", interviewer="Ines One")
    window = _open(qtbot, sqlite_db)
    assert "0 of 30 hires with an outcome so far" in window.progress.text()
    assert window.figures.rowCount() == 0 and window.added.rowCount() == 0
    assert window.figures.isHidden() and window.added.isHidden()  # no empty tables shown
    assert "no customer rating" in window.headline.text()
