# SPDX-License-Identifier: MIT
"""Printing a summary: at most 300 dpi, off the GUI thread, with progress and Cancel.

The printer is a real QPrinter at HighResolution (1200 dpi) writing a PDF file, as "Print to file"
does; the file is read back with pypdf and rendered with pdftoppm.
"""

from __future__ import annotations

import io
import pathlib
import shutil
import subprocess
import threading
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from hireapp.gui import reports
from hireapp.gui.app import create_application
from hireapp.services.comparison import comparison_rows
from hireapp.services.demo import generate_demo
from hireapp.services.reports import PdfDocument, candidate_summary_pdf
from hireapp.storage.session import Database

MB = 1024 * 1024


def _three_page_summary(db: Database) -> PdfDocument:
    generate_demo(db, candidates=12, seed=5)
    for row in sorted(comparison_rows(db), key=lambda r: r.name):
        if row.submitted:
            built = candidate_summary_pdf(db, row.id)
            if len(pypdf.PdfReader(io.BytesIO(built.data)).pages) == 3:
                return built
    raise AssertionError("the demo has no candidate with a 3-page summary")


def _pdf_printer(path: pathlib.Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    create_application()
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


def test_a_three_page_summary_prints_small_with_every_page(
    qtbot: QtBot, sqlite_db: Database, tmp_path: pathlib.Path, window: QMainWindow
) -> None:
    built = _three_page_summary(sqlite_db)
    target = tmp_path / "printed.pdf"
    printer = _pdf_printer(target)
    assert printer.resolution() == 1200  # what made 10.5 MB before
    job = reports.print_to(window, built, printer)
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        pass
    assert finished.args == [True]
    size = target.stat().st_size
    assert size <= 2 * MB, f"{size / MB:.1f} MB"
    printed = pypdf.PdfReader(target)
    assert len(printed.pages) == 3
    # Every image in the print job is at most 300 dpi on the page.
    for page in printed.pages:
        width_inches = float(page.mediabox.width) / 72
        for image in page.images:
            assert image.image is not None
            assert image.image.width / width_inches <= 301
    assert "Printed 3 pages" in window.statusBar().currentMessage()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_printed_pages_show_the_summary_on_white_paper(
    qtbot: QtBot, sqlite_db: Database, tmp_path: pathlib.Path, window: QMainWindow
) -> None:
    built = _three_page_summary(sqlite_db)
    target = tmp_path / "printed.pdf"
    job = reports.print_to(window, built, _pdf_printer(target))
    qtbot.waitSignal(job.finished, timeout=60_000).wait()
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(target),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    (png,) = tmp_path.glob("page*.png")
    image = QImage(str(png))
    pixels = [
        image.pixelColor(x, y).lightness()
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
    ]
    # Mostly paper (a transparent page once printed black), and some ink.
    assert sum(p > 240 for p in pixels) > 0.7 * len(pixels)
    assert any(p < 100 for p in pixels)


def test_printing_leaves_the_window_responsive(
    qtbot: QtBot, sqlite_db: Database, tmp_path: pathlib.Path, window: QMainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    built = _three_page_summary(sqlite_db)
    painted_on: list[threading.Thread] = []
    original = reports.paint_pages

    def spy(*args: Any) -> int:
        painted_on.append(threading.current_thread())
        return original(*args)

    monkeypatch.setattr(reports, "paint_pages", spy)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    job = reports.print_to(window, built, _pdf_printer(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    timer.stop()
    assert painted_on and painted_on[0] is not threading.main_thread()
    assert ticks, "the GUI thread ran its timer while the pages were painted"


def test_cancelling_a_print_stops_it_and_leaves_no_half_file(
    qtbot: QtBot, sqlite_db: Database, tmp_path: pathlib.Path, window: QMainWindow
) -> None:
    built = _three_page_summary(sqlite_db)
    target = tmp_path / "printed.pdf"
    job = reports.print_to(window, built, _pdf_printer(target))
    assert job.progress is not None
    # As the Cancel button of the progress dialog does.
    job.progress.cancel()
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        pass
    assert finished.args == [False]
    assert not target.exists()
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_slow_print_shows_a_cancellable_progress_dialog(
    qtbot: QtBot, sqlite_db: Database, tmp_path: pathlib.Path, window: QMainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    built = _three_page_summary(sqlite_db)
    release = threading.Event()
    original = reports._band

    def slow_band(*args: Any) -> QImage:
        release.wait(10)
        return original(*args)

    monkeypatch.setattr(reports, "_band", slow_band)
    target = tmp_path / "printed.pdf"
    job = reports.print_to(window, built, _pdf_printer(target))
    qtbot.waitUntil(lambda: job.progress_dialog is not None and job.progress_dialog.isVisible(),
                    timeout=5_000)  # fmt: skip
    dialog = job.progress_dialog
    assert isinstance(dialog, QProgressDialog)
    assert "Printing" in dialog.labelText()
    (cancel,) = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        pass
    assert finished.args == [False] and not target.exists()


def test_print_to_file_suggests_the_file_name_not_the_title(sqlite_db: Database) -> None:
    """Found by a newcomer: the print dialog offered "Debrief: Ann Lee.pdf", colon and all."""
    from hireapp.gui.reports import printer_for
    from hireapp.services.debrief import debrief_pdf
    from tests.reports.test_debrief_pdf import _panel

    create_application()
    built = debrief_pdf(sqlite_db, _panel(sqlite_db, 2, "Calm"))
    printer = printer_for(built)
    assert ":" not in printer.docName()
    assert printer.docName() == built.file_name.removesuffix(".pdf")
    assert (printer.fromPage(), printer.toPage()) == (1, 1)
