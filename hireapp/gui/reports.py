# SPDX-License-Identifier: MIT
"""Previewing, printing and saving the PDF reports from the app.

The PDF is built off the GUI thread by an Operation (a service gathers the data, a renderer lays
it out) while a busy dialog shows; the preview is Qt's own PDF view of exactly those bytes, and
printing paints the same pages, so what is previewed, printed and saved is one document. Errors a
user can act on (a candidate with no submitted interview, say) come back as a message box, never a
traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hireapp.errors import HireappError
from hireapp.gui.operations import Operation, show_warning
from hireapp.services.reports import PdfDocument, candidate_summary_pdf, comparison_pdf
from hireapp.storage.session import Database

ZOOM_STEP = 1.25


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the document's pages (the printer's page range, else all) on the printer.

    Each page is rendered at the printer's resolution and scaled to its printable area, keeping
    the aspect ratio. Returns the number of pages painted.
    """
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, min(last, count)) if first > 0 and last > 0 else range(count)
    painter = QPainter()
    if not painter.begin(printer):
        raise HireappError("the printer could not be opened")
    painted = 0
    try:
        dpi = printer.resolution()
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            size_points = document.pagePointSize(page)
            area = painter.viewport()
            pixels = QSize(
                round(size_points.width() / 72 * dpi), round(size_points.height() / 72 * dpi)
            )
            image: QImage = document.render(page, pixels)
            scaled = pixels.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), scaled), image)
            painted += 1
    finally:
        painter.end()
    return painted


class PdfPreviewDialog(QDialog):
    """A PDF on screen with page navigation, zoom, Print… and Save as PDF…."""

    def __init__(self, built: PdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.built = built
        self.setWindowTitle(built.title)
        self.resize(900, 1000)
        self._bytes = QByteArray(built.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page_label = QLabel(self)
        self.toolbar = QToolBar(self)
        self._add_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page)
        self._show_page(0)

    def _action(
        self, text: str, slot: Callable[[], object], *keys: QKeySequence | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _add_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.previous_action = self._action("◀ Previous", self.previous_page, QKeySequence("PgUp"))
        self.next_action = self._action("Next ▶", self.next_page, QKeySequence("PgDown"))
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addSeparator()
        self._action("Zoom out", self.zoom_out, keys.ZoomOut)
        self._action("Zoom in", self.zoom_in, keys.ZoomIn)
        self._action("Fit width", self.fit_width, QKeySequence("Ctrl+0"))
        self.toolbar.addSeparator()
        self.print_action = self._action("Print…", self.print_document, keys.Print)
        self.save_action = self._action("Save as PDF…", self.save_as, keys.Save)

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _show_page(self, page: int) -> None:
        self.page_label.setText(f"  Page {page + 1} of {self.page_count()}  ")
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page + 1 < self.page_count())

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def zoom_in(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, self.view.zoomFactor() * ZOOM_STEP))

    def zoom_out(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, self.view.zoomFactor() / ZOOM_STEP))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def print_document(self) -> None:
        """Print… : the system print dialog, then the same pages as previewed."""
        print_pdf(self, self.document)

    def save_as(self) -> None:
        """Save as PDF… : the bytes previewed, written where the user chooses."""
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save as PDF", self.built.file_name, "PDF documents (*.pdf)"
        )
        if path:
            write_file(self, path, self.built.data)


def print_pdf(parent: QWidget, document: QPdfDocument) -> None:
    """Ask for a printer and pages, then print them."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, document.pageCount())
    dialog.setWindowTitle("Print")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        paint_pages(document, printer)
    except HireappError as exc:
        show_warning(parent, "Cannot print", str(exc))


def write_file(parent: QWidget, path: str, data: bytes) -> bool:
    """Write the PDF bytes whole or not at all; a message box when the place is not writable."""
    from hireapp.services.files import atomic_write

    try:
        with atomic_write(path, field="Save as PDF") as out:
            out.write(data)
    except HireappError as exc:
        show_warning(parent, "Cannot save the PDF", str(exc))
        return False
    return True


# --- what the main window calls --------------------------------------------------------------


def open_preview(parent: QWidget, built: PdfDocument) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(built, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _build(
    parent: QWidget, title: str, label: str, work: Callable[[], PdfDocument],
    then: Callable[[PdfDocument], object],
) -> Operation[PdfDocument]:  # fmt: skip
    """Build one PDF behind a busy dialog, then hand it to `then`; errors in a warning box."""
    return Operation(parent, work, title=title).with_progress(label).success(then).run()


def preview_candidate(
    parent: QWidget, db: Database, candidate_id: int, *, viewer_id: int | None = None
) -> Operation[PdfDocument]:
    """Candidates > Preview summary: build the summary, then show it in a preview window.

    `viewer_id`: the interviewer using the app; while their own interview of the candidate is
    open there is no summary (the service refuses, the user reads why), as every surface
    withholds colleagues' scores until then.
    """
    return _build(
        parent, "Preview summary", "Preparing the summary…",
        lambda: candidate_summary_pdf(db, candidate_id, viewer_id),
        lambda built: open_preview(parent, built),
    )  # fmt: skip


def print_candidate(
    parent: QWidget, db: Database, candidate_id: int, *, viewer_id: int | None = None
) -> Operation[PdfDocument]:
    """Candidates > Print summary: build the summary, then the print dialog for its pages."""

    def print_built(built: PdfDocument) -> None:
        dialog = PdfPreviewDialog(built, parent)  # holds the loaded document while printing
        try:
            print_pdf(parent, dialog.document)
        finally:
            dialog.deleteLater()

    return _build(
        parent, "Print summary", "Preparing the summary…",
        lambda: candidate_summary_pdf(db, candidate_id, viewer_id), print_built,
    )  # fmt: skip


def save_candidate_pdf(
    parent: QWidget, db: Database, candidate_id: int, path: str | None = None, *,
    viewer_id: int | None = None,
) -> Operation[PdfDocument] | None:  # fmt: skip
    """Candidates > Save summary as PDF: ask where (unless `path` is given), then write it."""
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            parent, "Save summary as PDF", "", "PDF documents (*.pdf)"
        )
        if not path:
            return None
    target = path
    return _build(
        parent, "Save summary as PDF", "Writing the summary…",
        lambda: candidate_summary_pdf(db, candidate_id, viewer_id),
        lambda built: write_file(parent, target, built.data),
    )  # fmt: skip


def compare_as_pdf(
    parent: QWidget, db: Database, candidate_ids: Sequence[int], *,
    viewer_id: int | None = None,
) -> Operation[PdfDocument]:  # fmt: skip
    """Candidates > Compare as PDF: the selected 2-10 candidates side by side, in a preview."""
    ids = list(candidate_ids)
    return _build(
        parent, "Compare as PDF", "Preparing the comparison…",
        lambda: comparison_pdf(db, ids, viewer_id), lambda built: open_preview(parent, built),
    )  # fmt: skip
