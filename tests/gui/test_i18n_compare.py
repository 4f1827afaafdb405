# SPDX-License-Identifier: MIT
"""The comparison screens in German: their words from the catalogue, counts in the right plural,
figures with the German decimal comma, and English again once the translator is gone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hireapp.gui import i18n
from hireapp.gui.app import create_application
from hireapp.gui.compare import ComparisonView
from hireapp.gui.compare.model import COLUMN_KEYS
from hireapp.services.comparison import insight, side_by_side
from hireapp.storage.session import Database
from tests.surfaces.case import Case, build_case

COL = {key: n for n, key in enumerate(COLUMN_KEYS)}


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    QSettings().clear()
    yield application
    i18n.uninstall()
    QSettings().clear()
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def case(sqlite_db: Database) -> Case:
    return build_case(sqlite_db)


def _view(qtbot: QtBot, db: Database) -> ComparisonView:
    view = ComparisonView(db)
    view.viewer = lambda: None
    qtbot.addWidget(view)
    view.resize(1300, 500)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.set_position(None)
    return view


def _row(view: ComparisonView, candidate: int) -> int:
    return next(r for r in range(view.model.rowCount()) if view.model.row_at(r).id == candidate)


def test_the_table_speaks_german_with_german_plurals(
    qtbot: QtBot, app: QApplication, sqlite_db: Database, case: Case
) -> None:
    assert i18n.install("de") == "de"
    view = _view(qtbot, sqlite_db)
    model = view.model
    header = model.headerData(COL["name"], Qt.Orientation.Horizontal)
    assert header == "Person"
    assert view.search.accessibleName() == "Bewerbungen durchsuchen"
    assert view.count_label.text().startswith("2 von 2 Bewerbungen angezeigt, 2 interviewt")
    assert "1 mit Halo-Markierung ⚠" in view.count_label.text()
    bo, ann = _row(view, case.bo), _row(view, case.ann)
    tip = model.index(bo, COL["interviews"]).data(Qt.ItemDataRole.ToolTipRole)
    # Two plurals in one sentence, each by its own count: 2 submitted, 1 draft.
    assert tip.startswith("2 abgegebene Interviews und 1 Entwurf in Arbeit"), tip
    halo = model.index(ann, COL["halo"])
    assert halo.data() == "⚠ +50"
    assert halo.data(Qt.ItemDataRole.AccessibleTextRole) == "+50 Punkte, Halo-Markierung"
    assert "klares Nein" in model.index(ann, COL["recommendations"]).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    # Back in English once the translator is removed, for the same rows.
    i18n.uninstall()
    assert model.headerData(COL["name"], Qt.Orientation.Horizontal) == "Candidate"
    assert model.index(ann, COL["halo"]).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "+50 points, halo flag"
    )


def test_insight_and_side_by_side_show_german_figures(
    qtbot: QtBot, app: QApplication, sqlite_db: Database, case: Case
) -> None:
    from hireapp.gui.compare.insight import halo_model
    from hireapp.gui.compare.side_by_side import SideBySideModel

    data = insight(sqlite_db)
    english_model = halo_model(data)  # held: an index outliving its model crashes
    english = [english_model.index(0, c).data() for c in range(5)]
    assert english[3:] == ["+50", "+2.0"]
    i18n.install("de")
    model = halo_model(data)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Abstand (Stufen)"
    # The same rounding as every surface, written with the German decimal comma.
    assert [model.index(0, c).data() for c in range(5)][3:] == ["+50", "+2,0"]
    assert "2,0" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    side = SideBySideModel(side_by_side(sqlite_db, [case.ann, case.bo]))
    headlines = [
        side.headerData(row, Qt.Orientation.Vertical) for row in range(len(side.HEADLINES))
    ]
    assert "Halo-Abstand" in headlines
    assert "Halo gap" not in headlines
