# SPDX-License-Identifier: MIT
"""HR's table read as a user reads it: names in their language's order, every column in view at
1,100 px after a restart, and every header and cell explained, withheld ones included."""

from __future__ import annotations

import os
import pathlib
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hireapp.domain.independence import WITHHELD
from hireapp.gui.app import create_application
from hireapp.gui.compare import ComparisonView
from hireapp.gui.compare.model import COLUMN_KEYS, COLUMNS
from hireapp.services.demo import generate_demo
from hireapp.services.people import create_candidate, ensure_interviewer
from hireapp.storage.session import Database
from tests.surfaces.case import ANN, BO, build_case

COL = {key: n for n, key in enumerate(COLUMN_KEYS)}
NAMES = [
    "Zoë Silva",
    "Zoë Ångström",
    "zoe adams",
    "Örjan Berg",
    "Oskar Lind",
    "Émile Roy",
    "Eve Ek",
]


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    QSettings().clear()
    yield application
    QSettings().clear()
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def open_view(
    qtbot: QtBot, sqlite_db: Database, app: QApplication
) -> Callable[..., ComparisonView]:
    def open_one(width: int = 1100, viewer: int | None = None) -> ComparisonView:
        view = ComparisonView(sqlite_db)
        view.viewer = lambda: viewer
        qtbot.addWidget(view)
        view.resize(width, 600)
        view.show()
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.set_position(None)
        return view

    return open_one


def _names(view: ComparisonView) -> list[str]:
    return [view.model.row_at(r).name for r in range(view.model.rowCount())]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        # English (and German) sort Å and Ö with A and O, É with E, whatever the case.
        ("en_US", ["Émile Roy", "Eve Ek", "Örjan Berg", "Oskar Lind", "zoe adams", "Zoë Ångström",
                   "Zoë Silva"]),
        # Swedish sorts Å and Ö as letters of their own after Z.
        ("sv_SE", ["Émile Roy", "Eve Ek", "Oskar Lind", "zoe adams", "Zoë Silva", "Zoë Ångström",
                   "Örjan Berg"]),
    ],
)  # fmt: skip
def test_names_sort_as_the_users_language_sorts_them(
    qtbot: QtBot, sqlite_db: Database, open_view: Callable[..., ComparisonView], locale: str,
    expected: list[str],
) -> None:  # fmt: skip
    QLocale.setDefault(QLocale(locale))
    for n, name in enumerate(NAMES[:4]):
        create_candidate(sqlite_db, name=name, email=f"c{n}@example.org", position="Agent")
    view = open_view()
    assert _names(view) == [name for name in expected if name in NAMES[:4]]
    # Names added later are placed among those already sorted, in the same order.
    for n, name in enumerate(NAMES[4:], start=4):
        create_candidate(sqlite_db, name=name, email=f"c{n}@example.org", position="Agent")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert _names(view) == expected
    view.table.sortByColumn(COL["name"], Qt.SortOrder.DescendingOrder)
    assert _names(view) == expected[::-1]
    # Ties in any other column come out in the language's name order too.
    view.table.sortByColumn(COL["status"], Qt.SortOrder.AscendingOrder)
    assert _names(view) == expected


def test_the_c_locale_still_sorts_names_by_unicode_not_by_code_point(
    sqlite_db: Database, open_view: Callable[..., ComparisonView]
) -> None:
    QLocale.setDefault(QLocale.c())
    for n, name in enumerate(["Zoë Silva", "Zoë Ångström", "Zoe Adams"]):
        create_candidate(sqlite_db, name=name, email=f"c{n}@example.org", position="Agent")
    assert _names(open_view()) == ["Zoe Adams", "Zoë Ångström", "Zoë Silva"]


def _last_section_visible(view: ComparisonView) -> tuple[int, int, int]:
    """(where the last column ends, the viewport's width, the horizontal scroll range)."""
    header = view.table.horizontalHeader()
    last = max(n for n in range(len(COLUMNS)) if not view.table.isColumnHidden(n))
    end = header.sectionViewportPosition(last) + header.sectionSize(last)
    return end, view.table.viewport().width(), view.table.horizontalScrollBar().maximum()


def test_every_column_is_in_view_at_1100_px_after_a_restart_in_a_wider_window(
    qtbot: QtBot, sqlite_db: Database, open_view: Callable[..., ComparisonView],
    tmp_path: pathlib.Path,
) -> None:  # fmt: skip
    generate_demo(sqlite_db, candidates=60, seed=3)  # more rows than fit: a vertical scrollbar
    wide = open_view(width=1700)
    wide.table.setColumnWidth(COL["name"], 210)  # a width the user chose is kept
    qtbot.wait(50)
    wide.close()

    view = open_view(width=1100)
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().isVisible(), timeout=2000)
    end, viewport, scroll = _last_section_visible(view)
    assert end <= viewport and scroll == 0, "the last column hides behind the scrollbar"
    assert view.table.columnWidth(COL["name"]) == 210
    # Every header reads whole at this width.
    metrics = view.table.horizontalHeader().fontMetrics()
    for n in view.visible_column_keys():
        text = COLUMNS[COL[n]].header
        assert view.table.columnWidth(COL[n]) >= metrics.horizontalAdvance(text) + 10, text
    # The search box shows its whole hint, Ctrl+F included.
    search = view.search
    assert search.width() >= search.fontMetrics().horizontalAdvance(search.placeholderText())
    # For a person to look at: the table as it opens after the restart.
    shots = pathlib.Path(os.environ.get("HIREAPP_SHOTS", str(tmp_path)))
    assert view.grab().save(str(shots / "table-1100.png"))


def test_headers_explain_the_formats_and_every_cell_has_a_tooltip(
    sqlite_db: Database, open_view: Callable[..., ComparisonView]
) -> None:
    case = build_case(sqlite_db)
    view = open_view()
    model = view.model
    header = {
        key: model.headerData(COL[key], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for key in COLUMN_KEYS
    }
    assert "2 (1) is 2 submitted and 1 draft" in header["interviews"]
    assert "strong no / no / yes / strong yes" in header["recommendations"]
    assert "0 / 1 / 2 / 0 is one no and two yes" in header["recommendations"]
    assert all(WITHHELD in header[c.key] for c in COLUMNS if c.figure)
    row_of = {model.row_at(r).id: r for r in range(model.rowCount())}
    bo, ann = row_of[case.bo], row_of[case.ann]

    def cell(row: int, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
        return str(model.index(row, COL[key]).data(role))

    tip = Qt.ItemDataRole.ToolTipRole
    assert cell(bo, "interviews") == "2 (1)"
    assert cell(bo, "interviews", tip) == (
        "2 submitted interviews and 1 draft still in progress (the number in brackets); "
        "drafts count in no figure until they are submitted."
    )
    shown_tally = cell(ann, "recommendations")
    assert shown_tally == " / ".join(map(str, ANN.tally))
    assert cell(ann, "recommendations", tip) == (
        "Recommendations of 2 submitted interviews: 0 strong no, 1 no, 0 yes, 1 strong yes."
    )
    assert cell(bo, "overall", tip).startswith(f"Overall score: {BO.overall} of 100")
    assert f"{ANN.disagreement} points" in cell(ann, "disagreement", tip)
    assert "flagged" in cell(ann, "halo", tip).casefold()
    for r in range(model.rowCount()):
        for key in COLUMN_KEYS:
            assert len(cell(r, key, tip)) > 5, (model.row_at(r).name, key)


def test_withheld_cells_say_so_in_the_cell_and_its_tooltip(
    sqlite_db: Database, open_view: Callable[..., ComparisonView]
) -> None:
    case = build_case(sqlite_db)
    jonas = ensure_interviewer(sqlite_db, "Jonas Becker").id  # his draft of Bo is open
    view = open_view(viewer=jonas)
    model = view.model
    bo = next(r for r in range(model.rowCount()) if model.row_at(r).id == case.bo)
    for column in COLUMNS:
        index = model.index(bo, COL[column.key])
        if column.figure:
            assert WITHHELD in index.data()
            assert "Hidden until you submit your own interview" in index.data(
                Qt.ItemDataRole.ToolTipRole
            )
        else:
            assert WITHHELD not in str(index.data())
    # One cell across the figures, so the words read whole rather than cut in each column.
    first = min(COL[c.key] for c in COLUMNS if c.figure)
    assert view.table.columnSpan(bo, first) == sum(1 for c in COLUMNS if c.figure)
    assert "hidden for 1 you are still interviewing" in view.count_label.text()
