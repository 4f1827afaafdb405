# SPDX-License-Identifier: MIT
"""The table follows the database: what another process commits shows within 2 s, no F5.

The other process is real, with its own connections, as another copy of the app or a colleague's
machine on the same PostgreSQL server would be. Runs on SQLite and on PostgreSQL. The user's
selection, scroll position, sort and search stay as they were.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hireapp.gui.app import create_application
from hireapp.gui.compare import ComparisonView
from hireapp.gui.compare.model import COLUMN_KEYS
from hireapp.services.comparison import comparison_rows
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database
from tests.factories import take_interview

COL = {key: n for n, key in enumerate(COLUMN_KEYS)}

# Another copy of the app: adds a candidate, interviews the one given, says when it committed.
OTHER_PROCESS = """
import sys, time
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database
from tests.factories import take_interview

url, name, email, interviewed = sys.argv[1:5]
db = Database(url, migrate=False)  # the test migrated it already
create_candidate(db, name=name, email=email, position="Agent")
if interviewed:
    take_interview(db, candidate=int(interviewed), interviewer="Colleague Elsewhere", levels=5,
                   impression=5, recommendation="strong_yes")
print(time.time())
db.dispose()
"""


def in_another_process(
    qtbot: QtBot, url: str, name: str, email: str, interviewed: int | None = None
) -> float:
    """Run the other process while this one's event loop runs; when it last committed."""
    arguments = [url, name, email, "" if interviewed is None else str(interviewed)]
    process = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROCESS, *arguments], stdout=subprocess.PIPE, text=True
    )
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=120_000)
    finally:
        process.kill()
        output, _ = process.communicate()
    assert process.returncode == 0
    return float(output.split()[-1])


def _when(view: ComparisonView, shown: Callable[[], bool]) -> dict[str, float]:
    """Notes the wall-clock time of the first reload after which `shown()` holds."""
    seen: dict[str, float] = {}

    def check(_count: int) -> None:
        if "at" not in seen and shown():
            seen["at"] = time.time()

    view.updated.connect(check)
    return seen


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    QSettings().clear()
    yield application
    QSettings().clear()


@pytest.fixture
def shown_view(qtbot: QtBot, db: Database, app: QApplication) -> Callable[[], ComparisonView]:
    def open_one() -> ComparisonView:
        view = ComparisonView(db)
        qtbot.addWidget(view)
        view.resize(1100, 420)  # room for a dozen rows of 40: the table scrolls
        view.show()
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.set_position(None)
        assert view.following(timeout=10), "the view does not follow the database"
        return view

    return open_one


def _fill(db: Database, count: int) -> None:
    for n in range(count):
        create_candidate(db, name=f"Candidate {n:02d}", email=f"c{n}@example.org", position="Agent")


def _row_of(view: ComparisonView, candidate_id: int) -> int:
    model = view.model
    return next(r for r in range(model.rowCount()) if model.row_at(r).id == candidate_id)


def _top_id(view: ComparisonView) -> int:
    return view.model.row_at(view.table.rowAt(0)).id


def test_a_candidate_added_and_an_interview_submitted_elsewhere_show_within_2_s(
    qtbot: QtBot, db: Database, db_url: str, shown_view: Callable[[], ComparisonView]
) -> None:
    _fill(db, 40)
    view = shown_view()
    table, model = view.table, view.model
    chosen = model.row_at(25).id
    table.selectRow(25)
    table.scrollTo(model.index(20, 0), table.ScrollHint.PositionAtTop)
    top = _top_id(view)
    assert top == model.row_at(20).id and table.verticalScrollBar().value() > 0
    assert model.row_at(25).overall is None

    seen = _when(view, lambda: model.rowCount() == 41 and model.row_at(26).overall is not None)
    committed = in_another_process(
        qtbot, db_url, "Aaron Aardvark", "aaron@example.org", interviewed=chosen
    )
    qtbot.waitUntil(lambda: "at" in seen, timeout=2000)
    latency = seen["at"] - committed
    print(f"shown {latency:.2f} s after the other process's last commit")
    assert latency < 2.0
    assert model.row_at(0).name == "Aaron Aardvark", "the sort by name is kept"
    row = _row_of(view, chosen)
    assert row == 26  # one row lower: Aaron sorts first
    assert model.row_at(row).overall == 100.0 and model.index(row, COL["overall"]).data() == "100"
    assert view.selected_candidate_ids() == [chosen], "the selection follows its candidate"
    assert table.currentIndex().row() == row
    assert _top_id(view) == top, "the same candidate stays at the top of the view"
    assert "41 of 41 candidates shown, 1 interviewed" in view.count_label.text()
    assert [r.id for r in model.visible_rows()] == [
        r.id for r in sorted(comparison_rows(db), key=lambda r: r.name.casefold())
    ]


def test_a_change_elsewhere_leaves_the_search_being_typed_and_the_sort_alone(
    qtbot: QtBot, db: Database, db_url: str, shown_view: Callable[[], ComparisonView]
) -> None:
    _fill(db, 12)
    take_interview(db, candidate="c3@example.org", levels=2)
    view = shown_view()
    view.table.sortByColumn(COL["overall"], Qt.SortOrder.DescendingOrder)
    view.activateWindow()
    view.focus_search()
    qtbot.keyClicks(view.search, "candidate 0")
    cursor = view.search.cursorPosition()
    shown = view.model.rowCount()
    assert 0 < shown < 12
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (2, 3, 4):
        selection.select(view.model.index(row, 0), flags)
    chosen = view.selected_candidate_ids()

    seen = _when(view, lambda: view.model.row_at(0).id == chosen[1])
    committed = in_another_process(
        qtbot, db_url, "Candidate 0A", "c0a@example.org", interviewed=chosen[1]
    )
    qtbot.waitUntil(lambda: "at" in seen, timeout=2000)
    assert seen["at"] - committed < 2.0
    assert view.model.rowCount() == shown + 1
    assert view.search.text() == "candidate 0" and view.search.hasFocus()
    assert view.search.cursorPosition() == cursor
    assert view.model.row_at(0).id == chosen[1], "sorted by overall, highest first, as before"
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == COL["overall"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert set(view.selected_candidate_ids()) == set(chosen)
    # Typing goes on into the same box, and filters the new rows.
    qtbot.keyClicks(view.search, "a")
    assert [view.model.row_at(r).name for r in range(view.model.rowCount())] == ["Candidate 0A"]


def test_a_commit_that_changes_nothing_shown_leaves_the_table_untouched(
    qtbot: QtBot, db: Database, db_url: str, shown_view: Callable[[], ComparisonView]
) -> None:
    _fill(db, 5)
    view = shown_view()
    view.table.selectRow(2)
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    with db.write() as session:  # a write that changes no figure (an empty unit of work)
        session.flush()
    qtbot.wait(1500)  # three polls
    assert resets == [] and view.selected_candidate_ids() == [view.model.row_at(2).id]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_hidden_table_catches_up_when_shown_again(
    qtbot: QtBot, db: Database, shown_view: Callable[[], ComparisonView]
) -> None:
    _fill(db, 3)
    view = shown_view()
    view.hide()  # the window minimised, say: no reloads meanwhile
    create_candidate(db, name="Ann Later", email="later@example.org", position="Agent")
    qtbot.wait(1200)
    assert view.model.rowCount() == 3
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=2000)
    view.stop_following()
    create_candidate(db, name="Ben Unseen", email="unseen@example.org", position="Agent")
    qtbot.wait(1200)
    assert view.model.rowCount() == 4, "a view that stopped following does not reload"
