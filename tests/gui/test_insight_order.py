# SPDX-License-Identifier: MIT
"""Insight's Order effects tab, as HR reads it and reaches it by keyboard, on hand-made days.

The interviews and their hand-calculated figures are those of tests/order_case.py; the
machine's time zone is set to the case's (two hours east of UTC) for the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hireapp.gui import i18n
from hireapp.gui.app import create_application
from hireapp.gui.compare.insight import InsightDialog, order_model
from hireapp.storage.session import Database
from tests.order_case import build_order_case, local_zone

__all__ = ["local_zone"]  # a fixture, used by name

pytestmark = pytest.mark.usefixtures("local_zone")


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    QSettings().clear()
    yield application
    i18n.uninstall()
    QSettings().clear()
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def dialog(qtbot: QtBot, app: QApplication, sqlite_db: Database) -> InsightDialog:
    build_order_case(sqlite_db)
    shown = InsightDialog(sqlite_db, None)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.show()
    assert shown.data is not None
    return shown


def _rows(table: QTableView) -> dict[str, list[str]]:
    model = table.model()
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def _order_table(dialog: InsightDialog) -> QTableView:
    titles = [dialog.tabs.tabText(n) for n in range(dialog.tabs.count())]
    page = dialog.tabs.widget(titles.index("Order effects"))
    return page.findChildren(QTableView)[0]


def test_the_order_effects_tab_shows_the_hand_calculated_figures(
    dialog: InsightDialog, qtmodeltester: ModelTester
) -> None:
    table = _order_table(dialog)
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Interviewer", "Interviews", "Days", "1st", "2nd", "3rd", "4th", "5th+",
        "Running mean r", "95% interval", "n", "Reading", "In a row",
    ]  # fmt: skip
    rows = _rows(table)
    assert list(rows) == ["Lea", "Maya", "Noor", "Omar"]
    # Maya: positions Mon 75 50 100 25 75, Tue 50 75; r = -1.3 / sqrt(5.2 x 0.7) on five pairs,
    # interval tanh(atanh(r) -+ 1.96 / sqrt(2)).
    assert rows["Maya"] == [
        "Maya", "7", "2", "62.5", "62.5", "100.0", "25.0", "75.0", "-0.68", "-0.98 to 0.50",
        "5", "No clear drift with the day's earlier scores.",
        "⚑ 5 interviews in a row on 2 Nov 2026",
    ]  # fmt: skip
    # Four in a row: no flag, in words or in sign.
    assert rows["Omar"][3:8] == ["50.0", "50.0", "50.0", "50.0", "–"]
    assert rows["Omar"][-1] == "Longest run: 4"
    assert "⚑" not in "".join(rows["Omar"] + rows["Lea"] + rows["Noor"])
    # Lea's scores equal the running mean every time: r = 1, interval 1 to 1, excluding 0.
    assert rows["Lea"][8:12] == [
        "1.00", "1.00 to 1.00", "4", "Scores drift toward the day's earlier scores.",
    ]  # fmt: skip
    # Noor's two interviews fall on one local day (23:30 and 00:30 UTC).
    assert rows["Noor"][2:5] == ["1", "25.0", "75.0"]
    tip = model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "1st: 62.5 over 2 interviews" in tip and "3rd: 100.0 over 1 interview," in tip
    assert "⚑ 5 interviews in a row on 2 Nov 2026" in tip
    assert model.index(1, 5).data(Qt.ItemDataRole.AccessibleDescriptionRole) == tip
    qtmodeltester.check(order_model(dialog.data), force_py=True)  # type: ignore[arg-type]


def test_the_tab_is_reached_by_keyboard_and_named(qtbot: QtBot, dialog: InsightDialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    dialog.tabs.tabBar().setFocus()
    for _ in range(3):
        qtbot.keyClick(dialog.tabs.tabBar(), Qt.Key.Key_Right)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Order effects"
    table = _order_table(dialog)
    qtbot.keyClick(dialog.tabs.tabBar(), Qt.Key.Key_Tab)
    assert table.hasFocus()  # straight from the tab bar to the tab's table, not to Close
    assert table.accessibleName() == "Order effects"
    explanation = dialog.tabs.currentWidget().findChildren(type(dialog.status))[0]
    assert explanation.accessibleName() == "What the Order effects figures mean"
    assert "in a row" in explanation.text() and len(explanation.text()) > 200


def test_the_tab_speaks_german(app: QApplication, dialog: InsightDialog) -> None:
    assert dialog.data is not None
    i18n.install("de")
    model = order_model(dialog.data)
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }
    assert rows["Maya"][3] == "62,5"
    assert rows["Maya"][-1] == "⚑ 5 Interviews in Folge am 2. Nov. 2026"
    assert rows["Omar"][-1] == "Längste Folge: 4"
    assert rows["Lea"][11] == "Die Bewertungen nähern sich den früheren des Tages an."
