# SPDX-License-Identifier: MIT
"""Preview, print and save from the app, on a real database and real PDFs."""

from __future__ import annotations

import pathlib

import pypdf
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hireapp.gui import reports
from hireapp.gui.app import create_application
from hireapp.services.comparison import comparison_rows
from hireapp.services.demo import generate_demo
from hireapp.services.people import create_candidate
from hireapp.services.reports import candidate_summary_pdf
from hireapp.storage.session import Database


def _interviewed(db: Database, count: int) -> list[int]:
    generate_demo(db, candidates=12, seed=5)
    return [row.id for row in sorted(comparison_rows(db), key=lambda r: r.name) if row.submitted][
        :count
    ]


def _wait_for_dialog(qtbot: QtBot, parent: QWidget, kind: type) -> object:
    found: list[object] = []

    def shown() -> None:
        found[:] = [w for w in parent.findChildren(kind) if w.isVisible()]
        assert found

    qtbot.waitUntil(shown, timeout=20_000)
    return found[0]


def test_preview_shows_the_pages_and_navigates(qtbot: QtBot, sqlite_db: Database) -> None:
    create_application()
    parent = QWidget()
    qtbot.addWidget(parent)
    (candidate,) = _interviewed(sqlite_db, 1)
    reports.preview_candidate(parent, sqlite_db, candidate)
    dialog = _wait_for_dialog(qtbot, parent, reports.PdfPreviewDialog)
    assert isinstance(dialog, reports.PdfPreviewDialog)
    assert dialog.page_count() >= 2
    assert "Summary:" in dialog.windowTitle()
    assert f"Page 1 of {dialog.page_count()}" in dialog.page_label.text()
    dialog.next_page()
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    dialog.zoom_in()
    assert dialog.view.zoomFactor() > 1.0
    dialog.close()


def test_printing_paints_the_same_pages(
    qtbot: QtBot, sqlite_db: Database, tmp_path: pathlib.Path
) -> None:
    create_application()
    (candidate,) = _interviewed(sqlite_db, 1)
    built = candidate_summary_pdf(sqlite_db, candidate)
    dialog = reports.PdfPreviewDialog(built)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    painted = reports.paint_pages(dialog.document, printer)
    assert painted == dialog.page_count()
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == painted


def test_save_and_compare(qtbot: QtBot, sqlite_db: Database, tmp_path: pathlib.Path) -> None:
    create_application()
    parent = QWidget()
    qtbot.addWidget(parent)
    first, second = _interviewed(sqlite_db, 2)
    target = tmp_path / "saved.pdf"
    reports.save_candidate_pdf(parent, sqlite_db, first, str(target))
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=20_000)
    assert pypdf.PdfReader(target).metadata.title.startswith("Candidate summary: ")  # type: ignore[union-attr]
    reports.compare_as_pdf(parent, sqlite_db, [first, second])
    dialog = _wait_for_dialog(qtbot, parent, reports.PdfPreviewDialog)
    assert isinstance(dialog, reports.PdfPreviewDialog)
    assert dialog.windowTitle().startswith("Comparison: ")
    dialog.close()


def test_a_candidate_without_interviews_gets_a_message(qtbot: QtBot, sqlite_db: Database) -> None:
    create_application()
    parent = QWidget()
    qtbot.addWidget(parent)
    candidate = create_candidate(sqlite_db, name="New Person", email="new@example.com",
                                 position="Store associate")  # fmt: skip
    job = reports.preview_candidate(parent, sqlite_db, candidate.id)
    box = _wait_for_dialog(qtbot, parent, QMessageBox)
    assert isinstance(box, QMessageBox)
    assert "not been interviewed yet" in box.text()
    assert job is not None
    box.close()
