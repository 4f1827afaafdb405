# SPDX-License-Identifier: MIT
"""The main window, driven as a user would, on a real database file."""

from __future__ import annotations

import html
import os
import pathlib
from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, QTimer
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from hireapp.domain.formatting import score_text
from hireapp.gui.app import create_application
from hireapp.gui.compare.model import COLUMNS
from hireapp.gui.dialogs.shortcuts import ShortcutsDialog
from hireapp.gui.interview.window import InterviewWindow
from hireapp.gui.main_window import SHORTCUTS, MainWindow, shortcut_keys
from hireapp.gui.reports import PdfPreviewDialog
from hireapp.services.comparison import comparison_rows
from hireapp.services.demo import generate_demo
from hireapp.services.people import position_id
from hireapp.services.reports import candidate_summary_pdf
from hireapp.storage.session import Database
from tests.factories import start_interview

OVERALL = next(n for n, column in enumerate(COLUMNS) if column.key == "overall")
EMAIL = next(n for n, column in enumerate(COLUMNS) if column.key == "email")


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
    model = window.comparison.model
    assert model.rowCount() == 30
    # The figures on screen are the database's aggregates.
    expected = {row.email: row for row in comparison_rows(sqlite_db)}
    for r in range(model.rowCount()):
        want = expected[model.index(r, EMAIL).data()]
        shown = model.index(r, OVERALL).data()
        assert shown == score_text(want.overall)
    assert "30 of 30 candidates shown" in window.comparison.count_label.text()


def test_choosing_a_position_filters_and_is_remembered(
    qtbot: QtBot, open_window: Callable[[], MainWindow], sqlite_db: Database
) -> None:
    generate_demo(sqlite_db, candidates=40, seed=5)
    window = open_window()
    combo = window.ui.positionCombo
    with qtbot.waitSignal(window.candidates_loaded, timeout=10_000) as loaded:
        combo.setCurrentIndex(combo.findText("Store associate"))
    expected = len(comparison_rows(sqlite_db, position_id(sqlite_db, "Store associate")))
    assert loaded.args == [expected] and window.comparison.model.rowCount() == expected
    # A new window opens on the same position.
    assert open_window().ui.positionCombo.currentText() == "Store associate"


def test_an_empty_database_says_what_to_do(open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    window.show()
    text = window.comparison.empty_label.text()
    assert window.comparison.empty_label.isVisible()
    assert "New interview" in text and "Ctrl+N" in text and "hireapp demo" in text


def test_the_menus_offer_every_action_with_its_shortcut(
    open_window: Callable[[], MainWindow],
) -> None:
    window = open_window()
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles == ["File", "Interview", "Candidates", "View", "Help"]
    shortcuts = {
        action.text().replace("&", ""): action.shortcut().toString()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
    }
    assert shortcuts["New interview…"] == "Ctrl+N"
    assert shortcuts["Quit"] == "Ctrl+Q"
    assert shortcuts["Print summary…"] == "Ctrl+P"
    assert "About hireapp" in shortcuts and "Export interviews…" in shortcuts


def test_comparing_needs_two_to_ten_selected_candidates(
    qtbot: QtBot, open_window: Callable[[], MainWindow], sqlite_db: Database
) -> None:
    generate_demo(sqlite_db, candidates=5, seed=8)
    window = open_window()
    window.show()
    window.compare_as_pdf()
    assert "Select 2 to 10" in window.statusBar().currentMessage()
    selection = window.comparison.table.selectionModel()
    model = window.comparison.model
    for row in (0, 2):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    assert window.selected_candidate_ids() == [model.row_at(0).id, model.row_at(2).id]


def test_save_as_pdf_starts_in_documents_then_in_the_folder_last_used(
    qtbot: QtBot, open_window: Callable[[], MainWindow], sqlite_db: Database,
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # The user's documents folder, as the desktop names it (XDG user-dirs, private to the tests).
    documents = tmp_path / "My documents"
    documents.mkdir()
    config = pathlib.Path(os.environ["XDG_CONFIG_HOME"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n')
    generate_demo(sqlite_db, candidates=5, seed=8)
    window = open_window()
    window.show()
    model = window.comparison.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).submitted)
    window.comparison.table.selectRow(row)
    started_in: list[str] = []
    reports_folder = tmp_path / "reports"
    reports_folder.mkdir()

    def choose(_parent: object, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        started_in.append(folder)
        return str(reports_folder / f"summary-{len(started_in)}.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.ui.actionSaveSummary.trigger()
    target = reports_folder / "summary-1.pdf"
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=20_000)
    assert started_in == [str(documents)]
    assert str(documents) != os.getcwd()
    # The next time, and after a restart (the settings are what a new window reads).
    again = open_window()
    again.comparison.table.selectRow(row)
    again.ui.actionSaveSummary.trigger()
    assert started_in[1] == str(reports_folder)
    qtbot.waitUntil((reports_folder / "summary-2.pdf").exists, timeout=20_000)


def _keys(window: QWidget) -> set[str]:
    """Every key sequence bound in a window: its actions' shortcuts and its QShortcuts."""
    found: set[str] = set()
    for action in [*window.findChildren(QAction), *window.actions()]:
        found.update(key.toString() for key in action.shortcuts())
    for shortcut in window.findChildren(QShortcut):
        found.update(key.toString() for key in shortcut.keys())
    return found - {""}


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_f1_lists_every_shortcut_of_the_main_window_an_interview_and_a_preview(
    qtbot: QtBot, open_window: Callable[[], MainWindow], sqlite_db: Database,
    tmp_path: pathlib.Path,
) -> None:  # fmt: skip
    generate_demo(sqlite_db, candidates=5, seed=8)
    window = open_window()
    window.show()
    interview = InterviewWindow(sqlite_db, _a_draft(sqlite_db))
    qtbot.addWidget(interview)
    submitted = next(r for r in comparison_rows(sqlite_db) if r.submitted)
    preview = PdfPreviewDialog(candidate_summary_pdf(sqlite_db, submitted.id))
    qtbot.addWidget(preview)
    listed = shortcut_keys()
    for name, bound in (("main window", _keys(window)), ("interview", _keys(interview)),
                        ("preview", _keys(preview))):  # fmt: skip
        assert bound, name
        assert bound <= listed, f"{name}: not in the F1 list: {sorted(bound - listed)}"
    # The keys handled by the pages themselves, which no action names.
    assert {"Space", "1", "5", "Esc", "Left", "Right"} <= listed
    assert "Ctrl+D" in _keys(window)  # Side by side, from the comparison view

    shown: list[str] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        dialog.grab().save(str(tmp_path / "shortcuts.png"))
        shown.append(dialog.text())
        dialog.close()

    QTimer.singleShot(0, read)
    window.ui.actionShortcuts.trigger()
    text = html.unescape(shown[0])
    for _title, rows in SHORTCUTS:
        for row in rows:
            assert row.shown in text and row.does in text


def _a_draft(db: Database) -> int:
    candidate = next(r for r in comparison_rows(db))
    return start_interview(db, candidate=candidate.id, interviewer="F1 Reader")
