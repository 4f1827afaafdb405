# SPDX-License-Identifier: MIT
"""The comparison screen: its model, filters, remembered columns and dialogs, driven as HR would."""

from __future__ import annotations

import csv
import pathlib
import subprocess
import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hireapp.gui.app import create_application
from hireapp.gui.compare import ComparisonModel, ComparisonView, Filter
from hireapp.gui.compare.model import CANDIDATE_ID_ROLE, COLUMN_KEYS, Recommendation
from hireapp.services.comparison import ComparisonRow, comparison_rows
from hireapp.services.demo import generate_demo
from hireapp.services.people import list_positions
from hireapp.storage.session import Database
from tests.factories import add_candidate

COL = {key: n for n, key in enumerate(COLUMN_KEYS)}


def _row(
    id_: int, name: str, *, status: str = "active", overall: float | None = None,
    impression: float | None = None, recs: tuple[int, int, int, int] = (0, 0, 0, 0),
    halo_gap: float | None = None, disagreement: float | None = None, submitted: int = 0,
) -> ComparisonRow:  # fmt: skip
    return ComparisonRow(
        id=id_, name=name, email=f"{name.lower().replace(' ', '.')}@example.org", position_id=1,
        position="Agent", status=status, submitted=submitted, drafts=0, overall=overall,
        impression=impression, structured=overall, strong_no=recs[0], no=recs[1], yes=recs[2],
        strong_yes=recs[3], disagreement=disagreement, halo_gap=halo_gap,
    )  # fmt: skip


ROWS = [
    _row(1, "Ann Lee", overall=40, impression=90, recs=(0, 1, 1, 0), halo_gap=50,
         disagreement=25, submitted=2),
    _row(2, "ben Ortiz", overall=80, impression=70, recs=(0, 0, 1, 2), halo_gap=-10,
         disagreement=50, submitted=3),
    _row(3, "Cleo Park", status="hired", overall=65, impression=40, recs=(1, 0, 1, 0),
         halo_gap=-25, submitted=2, disagreement=0),
    _row(4, "Dan Wu"),
    _row(5, "Eve Adams", status="rejected", overall=20, impression=20, recs=(2, 0, 0, 0),
         halo_gap=0, submitted=2, disagreement=10),
]  # fmt: skip


def _names(model: ComparisonModel) -> list[str]:
    return [model.row_at(r).name for r in range(model.rowCount())]


@pytest.fixture
def app() -> QApplication:
    application = create_application()
    QSettings().clear()
    return application


@pytest.fixture
def open_view(
    qtbot: QtBot, sqlite_db: Database, app: QApplication
) -> Callable[..., ComparisonView]:
    def open_one(position: int | None = None) -> ComparisonView:
        view = ComparisonView(sqlite_db)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.set_position(position)
        return view

    return open_one


# --- the model --------------------------------------------------------------------------------


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, app: QApplication) -> None:
    model = ComparisonModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    model.set_filter(Filter(search="a"))
    model.set_rows(ROWS[:2])
    model.set_rows([])


@pytest.mark.parametrize("key", COLUMN_KEYS)
def test_every_column_sorts_with_empty_values_last(key: str, app: QApplication) -> None:
    model = ComparisonModel()
    model.set_rows(ROWS)
    column = COL[key]
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        from hireapp.gui.compare.model import COLUMNS

        keys = [COLUMNS[column].sort_key(model.row_at(r)) for r in range(model.rowCount())]
        present = [k for k in keys if k is not None]
        assert keys[: len(present)] == present, "empty values go last"
        assert present == sorted(present, reverse=order == Qt.SortOrder.DescendingOrder)


def test_sorting_by_name_ignores_case_and_keeps_the_selection(
    qtbot: QtBot, open_view: Callable[..., ComparisonView]
) -> None:
    view = open_view()
    view.model.set_rows(ROWS)
    view.table.sortByColumn(COL["name"], Qt.SortOrder.AscendingOrder)
    assert _names(view.model) == ["Ann Lee", "ben Ortiz", "Cleo Park", "Dan Wu", "Eve Adams"]
    view.table.selectRow(1)  # ben
    view.table.sortByColumn(COL["overall"], Qt.SortOrder.DescendingOrder)
    assert _names(view.model)[:2] == ["ben Ortiz", "Cleo Park"]
    assert view.selected_candidate_ids() == [2]


def test_filters_build_the_visible_rows(app: QApplication) -> None:
    model = ComparisonModel()
    model.set_rows(ROWS)

    def shown(criteria: Filter) -> set[str]:
        model.set_filter(criteria)
        return {model.row_at(r).name for r in range(model.rowCount())}

    assert shown(Filter(status="hired")) == {"Cleo Park"}
    assert shown(Filter(min_overall=60)) == {"ben Ortiz", "Cleo Park"}
    assert shown(Filter(recommendation=Recommendation.MOSTLY_YES)) == {"ben Ortiz"}
    assert shown(Filter(recommendation=Recommendation.MOSTLY_NO)) == {"Eve Adams"}
    assert shown(Filter(recommendation=Recommendation.ANY_STRONG_NO)) == {"Cleo Park", "Eve Adams"}
    assert shown(Filter(recommendation=Recommendation.NONE_YET)) == {"Dan Wu"}
    assert shown(Filter(halo_only=True)) == {"Ann Lee", "Cleo Park"}
    # Search: every word, in name or email, any case.
    assert shown(Filter(search="PARK")) == {"Cleo Park"}
    assert shown(Filter(search="lee example")) == {"Ann Lee"}
    assert shown(Filter(search="a", min_overall=50, status="active")) == {"ben Ortiz"}
    assert shown(Filter()) == {r.name for r in ROWS} and model.total_count() == 5


def test_the_halo_cell_is_flagged_and_explained(app: QApplication) -> None:
    model = ComparisonModel()
    model.set_rows(ROWS)
    model.sort(COL["name"], Qt.SortOrder.AscendingOrder)
    ann = model.index(0, COL["halo"])
    assert ann.data() == "⚠ +50"
    tip = ann.data(Qt.ItemDataRole.ToolTipRole)
    assert "50 points (2.0 levels) above" in tip and "liking" in tip
    assert model.index(1, COL["halo"]).data() == "-10"
    assert "No submitted interview" in model.index(3, COL["halo"]).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL["name"]).data(CANDIDATE_ID_ROLE) == 1


# --- the view on a real database --------------------------------------------------------------


def test_the_view_shows_the_services_figures(
    sqlite_db: Database, open_view: Callable[..., ComparisonView]
) -> None:
    generate_demo(sqlite_db, candidates=40, seed=3)
    position = list_positions(sqlite_db)[0]
    view = open_view(position.id)
    expected = {r.id: r for r in comparison_rows(sqlite_db, position.id)}
    assert view.model.rowCount() == len(expected) > 0
    for r in range(view.model.rowCount()):
        row = view.model.row_at(r)
        assert row == expected[row.id]
        shown = view.model.index(r, COL["overall"]).data()
        assert shown == ("" if row.overall is None else f"{row.overall:.0f}")
    assert f"of {len(expected)} candidates shown" in view.count_label.text()
    view.set_position(None)


def test_search_typed_with_ctrl_f_and_the_empty_states(
    qtbot: QtBot, sqlite_db: Database, open_view: Callable[..., ComparisonView]
) -> None:
    view = open_view()
    view.show()
    assert view.stack.currentIndex() == 1 and "hireapp demo" in view.empty_label.text()
    generate_demo(sqlite_db, candidates=25, seed=8)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert view.stack.currentIndex() == 0 and view.model.rowCount() == 25
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    name = view.model.row_at(0).name
    qtbot.keyClicks(view.search, name)
    assert all(name.casefold() in view.model.row_at(r).name.casefold()
               for r in range(view.model.rowCount()))  # fmt: skip
    qtbot.keyClicks(view.search, " no such person")
    assert view.model.rowCount() == 0 and view.stack.currentIndex() == 1
    assert "No candidate matches" in view.empty_label.text()
    assert view.clear_button.isVisible()
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 25 and view.search.text() == ""


def test_the_search_finds_names_typed_without_their_accents(
    qtbot: QtBot, sqlite_db: Database, open_view: Callable[..., ComparisonView]
) -> None:
    """As the candidate picker does (one rule, hireapp/domain/search.py): "zoe" finds Zoë,
    "orsted" finds Ørsted, "angstrom" finds Ångström."""
    for name, email in (("Zoë Ørsted", "zoe@example.org"), ("Åsa Ångström", "asa@example.org"),
                        ("Zoltan Kiss", "zk@example.org")):  # fmt: skip
        add_candidate(sqlite_db, name=name, email=email)
    view = open_view()

    def found(query: str) -> list[str]:
        view.search.clear()
        qtbot.keyClicks(view.search, query)
        return sorted(view.model.row_at(r).name for r in range(view.model.rowCount()))

    assert found("zoe") == ["Zoë Ørsted"]
    assert found("ORSTED") == ["Zoë Ørsted"]
    assert found("angstrom asa") == ["Åsa Ångström"]
    assert found("zo") == ["Zoltan Kiss", "Zoë Ørsted"]


def test_filters_in_the_view(sqlite_db: Database, open_view: Callable[..., ComparisonView]) -> None:
    generate_demo(sqlite_db, candidates=60, seed=9)
    view = open_view()
    view.min_score.setValue(60)
    assert all((view.model.row_at(r).overall or 0) >= 60 for r in range(view.model.rowCount()))
    view.min_score.setValue(0)
    view.halo_only.setChecked(True)
    flagged = view.model.rowCount()
    assert flagged == sum(1 for r in comparison_rows(sqlite_db) if r.halo) > 0
    assert "halo" in view.count_label.text()
    view.recommendation_filter.setCurrentIndex(
        view.recommendation_filter.findData(Recommendation.MOSTLY_YES)
    )
    assert all(view.model.row_at(r).yes + view.model.row_at(r).strong_yes > 0
               for r in range(view.model.rowCount()))  # fmt: skip


def test_chosen_columns_widths_and_sort_are_remembered(
    open_view: Callable[..., ComparisonView],
) -> None:
    view = open_view()
    assert "email" not in view.visible_column_keys()  # hidden until chosen
    menu = view.column_menu()
    email = next(a for a in menu.actions() if a.text() == "Email")
    email.setChecked(True)
    view.set_column_visible("disagreement", False)
    view.set_column_visible("name", False)  # the name always stays
    view.table.setColumnWidth(COL["overall"], 133)
    view.table.sortByColumn(COL["structured"], Qt.SortOrder.DescendingOrder)
    again = open_view()
    keys = again.visible_column_keys()
    assert "email" in keys and "disagreement" not in keys and "name" in keys
    assert again.table.columnWidth(COL["overall"]) == 133
    header = again.table.horizontalHeader()
    assert header.sortIndicatorSection() == COL["structured"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_activating_a_row_names_the_candidate(
    qtbot: QtBot, open_view: Callable[..., ComparisonView]
) -> None:
    view = open_view()
    view.model.set_rows(ROWS)
    view.show()
    view.table.setCurrentIndex(view.model.index(2, 0))
    with qtbot.waitSignal(view.candidate_activated) as activated:
        view.table.activated.emit(view.model.index(2, 0))
    assert activated.args == [view.model.row_at(2).id]


def test_exporting_the_visible_table(
    tmp_path: pathlib.Path, sqlite_db: Database, open_view: Callable[..., ComparisonView]
) -> None:
    generate_demo(sqlite_db, candidates=20, seed=10)
    view = open_view()
    view.table.sortByColumn(COL["overall"], Qt.SortOrder.DescendingOrder)
    view.status_filter.setCurrentIndex(view.status_filter.findData("active"))
    path = tmp_path / "table.csv"
    assert view.export_visible(str(path)) == view.model.rowCount()
    with path.open(encoding="utf-8", newline="") as stream:
        names = [row["name"] for row in csv.DictReader(stream)]
    assert names == [view.model.row_at(r).name for r in range(view.model.rowCount())]


# --- dialogs ------------------------------------------------------------------------------------


def _select(view: ComparisonView, rows: list[int]) -> None:
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(view.model.index(row, 0), flags)


def test_side_by_side_opens_with_a_chart_per_section(
    qtbot: QtBot, qtmodeltester: ModelTester, sqlite_db: Database,
    open_view: Callable[..., ComparisonView],
) -> None:  # fmt: skip
    generate_demo(sqlite_db, candidates=20, seed=11)
    view = open_view()
    view.table.sortByColumn(COL["interviews"], Qt.SortOrder.DescendingOrder)
    assert not view.side_by_side_button.isEnabled()
    _select(view, [0, 1, 2])
    assert view.side_by_side_button.isEnabled()
    ids = view.selected_candidate_ids()
    assert len(ids) == 3
    dialog = view.open_side_by_side()
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    from hireapp.gui.compare.side_by_side import SideBySideDialog, SideBySideModel

    assert isinstance(dialog, SideBySideDialog) and dialog.data is not None
    assert [c.id for c in dialog.data.candidates] == ids
    assert len(dialog.chart_views) == len(dialog.data.sections) >= 1
    shown = dialog.table.model()
    assert shown.headerData(0, Qt.Orientation.Horizontal) == dialog.data.candidates[0].name
    assert shown.rowCount() == len(SideBySideModel.HEADLINES) + sum(
        len(s.questions) for s in dialog.data.sections
    )
    assert SideBySideModel.HEADLINES[-2:] == ("Disagreement", "Recommendations")
    # The dialog deletes its own model when closed, so the tester gets one of its own.
    qtmodeltester.check(SideBySideModel(dialog.data), force_py=True)


def test_insight_dialog_explains_each_figure(
    qtbot: QtBot, qtmodeltester: ModelTester, sqlite_db: Database,
    open_view: Callable[..., ComparisonView],
) -> None:  # fmt: skip
    generate_demo(sqlite_db, candidates=40, seed=12)
    view = open_view()
    dialog = view.open_insight()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    from hireapp.gui.compare.insight import InsightDialog

    assert isinstance(dialog, InsightDialog) and dialog.data is not None
    assert [dialog.tabs.tabText(n).split(" (")[0] for n in range(dialog.tabs.count())] == [
        "Halo", "Interviewers", "Agreement", "Order effects",
    ]  # fmt: skip
    from PySide6.QtWidgets import QLabel, QTableView

    from hireapp.gui.compare.insight import agreement_model, halo_model, interviewer_model

    for n in range(dialog.tabs.count()):
        page = dialog.tabs.widget(n)
        explanation = page.findChildren(QLabel)[0].text()
        assert len(explanation) > 200  # a plain-language explanation, not a bare number
    interviewers = dialog.tabs.widget(1).findChildren(QTableView)[0].model()
    assert interviewers.rowCount() == len(dialog.data.interviewers) == 8
    for build in (halo_model, interviewer_model, agreement_model):
        qtmodeltester.check(build(dialog.data), force_py=True)


def test_importing_the_comparison_screen_leaves_qtcharts_alone() -> None:
    code = (
        "import sys, hireapp.gui.compare\n"
        "assert 'PySide6.QtCharts' not in sys.modules, 'QtCharts imported at start-up'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_side_by_side_chart_labels_read_whole(
    qtbot: QtBot, sqlite_db: Database, open_view: Callable[..., ComparisonView]
) -> None:
    # Found live: the category axis cut titles short ("Pleasant un…") at 1,100 px.
    from PySide6.QtGui import QFontMetrics

    from hireapp.gui.compare.side_by_side import SideBySideDialog

    generate_demo(sqlite_db, candidates=20, seed=11)
    view = open_view()
    view.table.sortByColumn(COL["interviews"], Qt.SortOrder.DescendingOrder)
    ids = [view.model.row_at(r).id for r in range(5)]
    dialog = SideBySideDialog(sqlite_db, ids)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 760)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    assert dialog.data is not None
    for section, chart_view in zip(dialog.data.sections, dialog.chart_views, strict=True):
        chart = chart_view.chart()  # type: ignore[attr-defined]
        axis = chart.axes(Qt.Orientation.Horizontal)[0]
        assert not axis.truncateLabels()
        labels = axis.categories()
        titles = [q.title for q in section.questions]
        assert [label.replace("<br>", " ") for label in labels] == titles
        qtbot.waitUntil(lambda chart=chart: chart.plotArea().width() > 0, timeout=2000)
        slot = chart.plotArea().width() / len(titles)
        metrics = QFontMetrics(axis.labelsFont())
        for label in labels:
            for line in label.split("<br>"):
                assert metrics.horizontalAdvance(line) <= slot, (line, slot)
    dialog.close()


def test_side_by_side_explains_its_headlines_per_candidate(
    qtbot: QtBot, sqlite_db: Database, open_view: Callable[..., ComparisonView]
) -> None:
    from hireapp.gui.compare.side_by_side import SideBySideDialog, SideBySideModel

    generate_demo(sqlite_db, candidates=20, seed=11)
    rows = sorted(comparison_rows(sqlite_db), key=lambda r: (-r.drafts, -r.submitted))[:2]
    dialog = SideBySideDialog(sqlite_db, [r.id for r in rows])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    model = dialog.table.model()
    tip = Qt.ItemDataRole.ToolTipRole
    first = rows[0]
    assert model.index(0, 0).data() == f"{first.submitted} ({first.drafts})"
    assert model.index(0, 0).data(tip).startswith(f"{first.submitted} submitted interview")
    assert f"{first.drafts} draft" in model.index(0, 0).data(tip)
    tally = len(SideBySideModel.HEADLINES) - 1
    names = ("strong no", "no", "yes", "strong yes")
    counts = (first.strong_no, first.no, first.yes, first.strong_yes)
    expected = ", ".join(f"{n} {name}" for n, name in zip(counts, names, strict=True))
    assert model.index(tally, 0).data(tip).endswith(f"{first.name}: {expected}.")
    dialog.close()


def test_side_by_side_refused_says_why_in_a_message_not_an_empty_window(
    qtbot: QtBot, sqlite_db: Database, open_view: Callable[..., ComparisonView]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from hireapp.gui.compare.side_by_side import SideBySideDialog

    generate_demo(sqlite_db, candidates=5, seed=13)
    view = open_view()
    view.show()
    gone = view.model.row_at(1).id
    from hireapp.services.privacy import erase_candidate

    erase_candidate(sqlite_db, str(gone), reason="asked to be forgotten")  # after the load
    _select(view, [0, 1])
    dialog = view.open_side_by_side()
    assert isinstance(dialog, SideBySideDialog)

    def warned() -> QMessageBox | None:
        boxes = [w for w in view.findChildren(QMessageBox) if w.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: warned() is not None, timeout=10_000)
    box = warned()
    assert box is not None and box.windowTitle() == "Side by side"
    assert box.text().startswith("The candidates cannot be compared side by side.")
    assert f"no candidate {gone}." in box.text()
    shown = [d for d in view.findChildren(SideBySideDialog) if d.isVisible()]
    assert shown == [], "no empty window is left behind"
    box.close()
