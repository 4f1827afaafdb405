# SPDX-License-Identifier: MIT
"""Independent scoring on every GUI surface, driven through the main window's own actions.

Jonas Becker uses this laptop and has a draft interview of Bo Skip; Maria and Lee have submitted
theirs. Until Jonas submits, no surface may show him a colleague's level, note, recommendation or
figure for Bo: the table, its CSV export, Side by side, Insight, the summary's preview, print and
save, and the shortlist PDF. Ann Halo, whom he is not interviewing, stays fully visible.
"""

from __future__ import annotations

import pathlib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hireapp.domain.independence import WITHHELD
from hireapp.gui import reports
from hireapp.gui.app import create_application
from hireapp.gui.compare.model import COLUMN_KEYS
from hireapp.gui.compare.side_by_side import SideBySideDialog
from hireapp.gui.main_window import MainWindow
from hireapp.gui.settings import INTERVIEWER_KEY
from hireapp.storage.session import Database
from tests.reports.conftest import flat, pdf_text
from tests.surfaces.case import ANN, BO, Case, build_case

REFUSAL = "Submit your own interview of Bo Skip first: colleagues' scores stay hidden until then."


@pytest.fixture
def case(sqlite_db: Database) -> Case:
    return build_case(sqlite_db)


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database, case: Case) -> Iterator[MainWindow]:
    create_application()
    QSettings().clear()
    QSettings().setValue(INTERVIEWER_KEY, "Jonas Becker")  # his draft of Bo is open
    main = MainWindow(sqlite_db)
    qtbot.addWidget(main)
    qtbot.waitSignal(main.candidates_loaded, timeout=10_000).wait()
    yield main
    QSettings().clear()


def _select(window: MainWindow, *names: str) -> None:
    table, model = window.comparison.table, window.comparison.model
    table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in range(model.rowCount()):
        if model.row_at(r).name in names:
            table.selectionModel().select(model.index(r, 0), flags)
    assert sorted(model.row_at(i.row()).name for i in table.selectionModel().selectedRows()) == (
        sorted(names)
    )


def _wait_for(qtbot: QtBot, parent: QWidget, kind: type) -> object:
    found: list[object] = []

    def shown() -> None:
        found[:] = [w for w in parent.findChildren(kind) if w.isVisible()]
        assert found

    qtbot.waitUntil(shown, timeout=20_000)
    return found[0]


def _bo_numbers_absent(text: str) -> None:
    """None of Bo's own figures (88 overall, 75 impression, the tally) can be read in `text`."""
    assert "88" not in text and "Lee Wong" not in text
    assert "note by" not in text


def test_the_table_shows_the_words_never_zero(window: MainWindow) -> None:
    model = window.comparison.model
    cells = {
        model.row_at(r).name: {k: model.index(r, n).data() for n, k in enumerate(COLUMN_KEYS)}
        for r in range(model.rowCount())
    }
    for key in ("overall", "impression", "structured", "halo", "recommendations", "disagreement"):
        assert cells["Bo Skip"][key] == f"{WITHHELD} your own interview"
    assert "0 / 0" not in cells["Bo Skip"]["recommendations"]
    assert cells["Ann Halo"]["overall"] == ANN.overall  # not withheld: Jonas submitted his


def test_the_table_export_writes_the_words(window: MainWindow, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "table.csv"
    assert window.comparison.export_visible(str(path)) == 2
    lines = {line.split(",")[1]: line for line in path.read_text(encoding="utf-8").splitlines()}
    assert lines["Bo Skip"].count(WITHHELD) == 10  # every figure column, counts aside
    _bo_numbers_absent(lines["Bo Skip"].replace("bo@example.org", ""))
    assert lines["Ann Halo"].endswith(",62.50,75.00,62.50,50.00,75.00,0,1,0,1,yes")


def test_side_by_side_shows_bo_withheld_beside_ann(qtbot: QtBot, window: MainWindow) -> None:
    _select(window, "Ann Halo", "Bo Skip")
    dialog = window.comparison.open_side_by_side()
    assert isinstance(dialog, SideBySideDialog)
    qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
    model = dialog.table.model()
    bo = [c.name for c in dialog.data.candidates].index("Bo Skip")  # type: ignore[union-attr]
    ann = 1 - bo
    texts = [model.index(r, bo).data() for r in range(1, model.rowCount())]
    assert set(texts) == {WITHHELD}
    assert model.index(1, ann).data() == ANN.overall
    assert "Scores of Bo Skip are hidden until you submit" in dialog.status.text()
    chart_sets = dialog.chart_views[0].chart().series()[0].barSets()  # type: ignore[attr-defined]
    assert [s.label() for s in chart_sets] == ["Ann Halo"]  # no bar of zeros for Bo
    dialog.close()


def test_insight_leaves_bo_out_and_says_so(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.comparison.open_insight()
    qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()  # type: ignore[attr-defined]
    data = dialog.data  # type: ignore[attr-defined]
    assert data.interviews == 2 and data.candidates == 1 and data.withheld == 1
    assert "1 candidate you are still interviewing left out of every figure" in (
        dialog.status.text()  # type: ignore[attr-defined]
    )  # type: ignore[attr-defined]
    dialog.close()


@pytest.mark.parametrize("action", ["actionPreviewSummary", "actionPrintSummary"])
def test_preview_and_print_refuse_with_a_reason(
    qtbot: QtBot, window: MainWindow, action: str
) -> None:
    _select(window, "Bo Skip")
    getattr(window.ui, action).trigger()
    box = _wait_for(qtbot, window, QMessageBox)
    assert isinstance(box, QMessageBox)
    assert box.text() == REFUSAL
    assert not [w for w in window.findChildren(reports.PdfPreviewDialog) if w.isVisible()]
    assert not [w for w in window.findChildren(QPrintDialog) if w.isVisible()]
    box.close()


def test_preview_of_a_candidate_not_being_interviewed_still_opens(
    qtbot: QtBot, window: MainWindow
) -> None:
    _select(window, "Ann Halo")
    window.ui.actionPreviewSummary.trigger()
    dialog = _wait_for(qtbot, window, reports.PdfPreviewDialog)
    assert isinstance(dialog, reports.PdfPreviewDialog)
    _reader, pages = pdf_text(dialog.built.data)
    assert "Halo gap ⚠ +50" in flat(" ".join(pages))
    dialog.close()


def test_save_refuses_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bo.pdf"
    # The file chooser is the platform's; answer it as the user would.
    monkeypatch.setattr(reports.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    _select(window, "Bo Skip")
    window.ui.actionSaveSummary.trigger()
    box = _wait_for(qtbot, window, QMessageBox)
    assert isinstance(box, QMessageBox) and REFUSAL in box.text()
    assert not target.exists()
    box.close()


def test_the_shortlist_pdf_withholds_bo(qtbot: QtBot, window: MainWindow) -> None:
    _select(window, "Ann Halo", "Bo Skip")
    window.ui.actionComparePdf.trigger()
    dialog = _wait_for(qtbot, window, reports.PdfPreviewDialog)
    assert isinstance(dialog, reports.PdfPreviewDialog)
    _reader, pages = pdf_text(dialog.built.data)
    text = flat(" ".join(pages))
    assert f"Overall {ANN.overall} {WITHHELD}" in text or f"Overall {WITHHELD} {ANN.overall}" in (
        text
    )
    assert "Scores of Bo Skip are hidden until you submit your own interview" in text
    _bo_numbers_absent(text)
    assert BO.overall not in text
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_starting_an_interview_withholds_at_once_and_the_export_follows(
    qtbot: QtBot, window: MainWindow, tmp_path: pathlib.Path
) -> None:
    # Found live: after Ctrl+N on a candidate, the table kept showing colleagues' figures (and
    # Export CSV wrote them) until F5.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from hireapp.gui.dialogs.new_interview import NewInterviewDialog

    _select(window, "Ann Halo")
    model = window.comparison.model
    stale = [model.row_at(r) for r in range(model.rowCount())]

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewInterviewDialog)
        dialog.ui.interviewerCombo.setCurrentText("Lee Wong")  # Lee has not met Ann yet
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, accept)
    with qtbot.waitSignal(window.candidates_loaded, timeout=10_000):
        window.ui.actionInterviewCandidate.trigger()
    ann = next(
        model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).name == "Ann Halo"
    )
    assert ann.withheld and ann.overall is None
    # Side by side asks who is interviewing now, not who was when the table was loaded.
    _select(window, "Ann Halo", "Bo Skip")
    dialog = window.comparison.open_side_by_side()
    assert isinstance(dialog, SideBySideDialog)
    qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
    assert dialog.data is not None
    assert {c.name: c.withheld for c in dialog.data.candidates} == {
        "Ann Halo": True, "Bo Skip": False,  # Lee submitted his interview of Bo
    }  # fmt: skip
    dialog.close()
    for interview in list(window.interviews.values()):
        interview.close()
    # An export from a table loaded before the draft began writes what is withheld now.
    window.comparison.model.set_rows(stale)
    path = tmp_path / "after.csv"
    window.comparison.export_visible(str(path))
    line = next(x for x in path.read_text(encoding="utf-8").splitlines() if "Ann Halo" in x)
    assert WITHHELD in line and "62.50" not in line


def test_ctrl_f_reaches_the_search_from_the_table(qtbot: QtBot, window: MainWindow) -> None:
    # Found live: two Ctrl+F shortcuts (window and table area) made the key ambiguous.
    from PySide6.QtTest import QTest

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    table = window.comparison.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.comparison.search.hasFocus)


def test_a_withheld_row_reads_its_words_whole_across_the_figures(window: MainWindow) -> None:
    # Found live: each narrow figure column clipped the words to "hidden …".
    table, model = window.comparison.table, window.comparison.model
    bo = next(r for r in range(model.rowCount()) if model.row_at(r).name == "Bo Skip")
    ann = 1 - bo
    overall = COLUMN_KEYS.index("overall")
    assert table.columnSpan(bo, overall) == 6 and table.columnSpan(ann, overall) == 1
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the span follows the row
    bo = next(r for r in range(model.rowCount()) if model.row_at(r).name == "Bo Skip")
    assert table.columnSpan(bo, overall) == 6 and table.columnSpan(1 - bo, overall) == 1


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_resuming_a_draft_makes_its_interviewer_the_viewer(
    qtbot: QtBot, sqlite_db: Database, case: Case
) -> None:
    # Found in review: with nobody remembered, Resume opened Jonas's draft of Bo and the table
    # went on showing Bo's colleagues' figures, as to HR.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hireapp.gui.dialogs.resume import ResumeDialog
    from hireapp.gui.settings import remembered_interviewer

    create_application()
    QSettings().clear()
    main = MainWindow(sqlite_db)
    qtbot.addWidget(main)
    qtbot.waitSignal(main.candidates_loaded, timeout=10_000).wait()
    assert not any(main.comparison.model.row_at(r).withheld for r in range(2))

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ResumeDialog)
        dialog.accept()  # the only unfinished interview: Jonas's draft of Bo

    QTimer.singleShot(0, choose)
    with qtbot.waitSignal(main.candidates_loaded, timeout=10_000):
        main.offer_resume(always=True)
    assert remembered_interviewer() == "Jonas Becker"
    model = main.comparison.model
    bo = next(model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).name == "Bo Skip")
    assert bo.withheld and bo.overall is None
    for interview in list(main.interviews.values()):
        interview.close()
    QSettings().clear()
