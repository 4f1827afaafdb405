# SPDX-License-Identifier: MIT
"""Previewing, printing and saving the PDF reports from the app.

The PDF is built off the GUI thread by an Operation (a service gathers the data, a renderer lays
it out) while a busy dialog shows; the preview is Qt's own PDF view of exactly those bytes, and
printing paints the same pages, so what is previewed, printed and saved is one document. Errors a
user can act on (a candidate with no submitted interview, say) come back as a message box, never a
traceback.
"""

from __future__ import annotations

import pathlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hireapp.errors import HireappError
from hireapp.gui.models.text import english_plural, number
from hireapp.gui.operations import Operation, Progress, as_sentence, show_warning
from hireapp.gui.settings import remember_save_folder, save_folder
from hireapp.services.reports import PdfDocument, candidate_summary_pdf, comparison_pdf
from hireapp.storage.session import Database

translate = QCoreApplication.translate

ZOOM_STEP = 1.25


# Printing rasterises each page (Qt draws a PDF page only as an image). Printers lay toner at
# 300-600 dpi and halftone at that; rendering at the printer's full resolution (1200 dpi on a PDF
# printer) made a 3-page summary 10.5 MB of images and froze the window about 5 s.
MAX_PRINT_DPI = 300
# At a printer's resolution text is drawn as the printer draws it, without anti-aliasing (grey
# edge pixels quadruple the compressed size and a printer halftones them anyway); below this, on
# a screen-resolution device, anti-aliased text reads better.
ALIASED_TEXT_DPI = 200
# Pages are rendered and handed to the printer in bands this many rows high: compressing one band
# into the print job holds Python's lock for about 10 ms, so the GUI thread, which needs that lock
# to run, never waits longer than that.
BAND_ROWS = 256
BAND_OVERLAP = 8


class PrintCancelled(HireappError):
    """The user cancelled a print under way."""

    def __init__(self, painted: int, total: int) -> None:
        super().__init__(
            english_plural(
                translate("Reports", "printing was cancelled after {painted} of %n page(s)", None,
                          total),
                total,
            ).format(painted=number(painted))
        )  # fmt: skip
        self.painted, self.total = painted, total


def print_dpi(printer: QPrinter) -> int:
    """The resolution pages are rendered at for this printer: its own, at most MAX_PRINT_DPI."""
    return max(1, min(printer.resolution(), MAX_PRINT_DPI))


def _pages(printer: QPrinter, count: int) -> range:
    """The pages (from 0) the printer's range asks for, else all."""
    first, last = printer.fromPage(), printer.toPage()
    return range(first - 1, min(last, count)) if first > 0 and last > 0 else range(count)


def _band(document: QPdfDocument, page: int, size: QSize, top: int, rows: int,
          flags: QPdfDocumentRenderOptions.RenderFlag) -> QImage:  # fmt: skip
    """Rows `top` to `top + rows` of the page rendered at `size`, on white paper."""
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(size)
    options.setScaledClipRect(QRect(0, top, size.width(), rows))
    options.setRenderFlags(flags)
    rendered = document.render(page, QSize(size.width(), rows), options)
    # The page renders on a transparent background; the paper is white, and an image without
    # alpha needs no soft mask in the print job.
    band = QImage(rendered.size(), QImage.Format.Format_RGB32)
    band.fill(Qt.GlobalColor.white)
    painter = QPainter(band)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return band


def paint_pages(document: QPdfDocument, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint the document's pages (the printer's page range, else all) on the printer.

    Each page is rendered at `print_dpi` and scaled to the printable area, keeping the aspect
    ratio, in bands of BAND_ROWS rows. Runs on any thread (QPainter may paint on a QPrinter off
    the GUI thread); `progress` gets the pages done and is asked whether to stop. A cancelled print
    is aborted; a PDF file half written is removed. Returns the number of pages painted.

    Raises:
        HireappError: when the printer cannot be opened, or the print was cancelled.
    """
    pages = _pages(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise HireappError(translate("Reports", "the printer could not be opened"))
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)  # no JPEG blur on text
    dpi = print_dpi(printer)
    flags = QPdfDocumentRenderOptions.RenderFlag.None_
    if dpi >= ALIASED_TEXT_DPI:
        flags = QPdfDocumentRenderOptions.RenderFlag.TextAliased
    painted = 0
    cancelled = False
    try:
        for number, page in enumerate(pages):
            if progress is not None:
                progress.report(number, len(pages))
            if number:
                printer.newPage()
            size_points = document.pagePointSize(page)
            area = painter.viewport()
            pixels = QSize(
                round(size_points.width() / 72 * dpi), round(size_points.height() / 72 * dpi)
            )
            target = pixels.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            scale = target.height() / pixels.height()
            for top in range(0, pixels.height(), BAND_ROWS):
                if progress is not None and progress.cancelled:
                    cancelled = True
                    break
                # Each band reaches a few rows into the next, which is drawn over it: a viewer
                # that smooths each image's edges then blends the same page beneath, not a seam.
                rows = min(BAND_ROWS + BAND_OVERLAP, pixels.height() - top)
                y0, y1 = round(top * scale), round((top + rows) * scale)
                painter.drawImage(
                    QRect(area.left(), area.top() + y0, target.width(), y1 - y0),
                    _band(document, page, pixels, top, rows, flags),
                )
            if cancelled:
                break
            painted += 1
        if cancelled:
            printer.abort()
    finally:
        painter.end()
    if cancelled:
        _remove_partial_file(printer)
        raise PrintCancelled(painted, len(pages))
    if progress is not None:
        progress.report(len(pages), len(pages))
    return painted


def _remove_partial_file(printer: QPrinter) -> None:
    """A cancelled print to a PDF file leaves no half document behind."""
    name = printer.outputFileName()
    if name and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        pathlib.Path(name).unlink(missing_ok=True)


def _print_work(data: bytes, printer: QPrinter) -> Callable[[Progress], int]:
    """The work of one print job, for a pool thread: its own document, loaded from the bytes."""

    def work(progress: Progress) -> int:
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            raise HireappError(translate("Reports", "the document to print could not be read"))
        try:
            return paint_pages(document, printer, progress)
        finally:
            document.close()

    return work


class PdfPreviewDialog(QDialog):
    """A PDF on screen with page navigation, zoom, Print… and Save as PDF…."""

    def __init__(self, built: PdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.built = built
        self.setWindowTitle(document_title(built))
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
        self.page_label.setAccessibleName(translate("Reports", "Page shown"))
        self.toolbar = QToolBar(self)
        self.toolbar.setAccessibleName(translate("Reports", "Preview tools"))
        self.view.setAccessibleName(translate("Reports", "Document preview"))
        self.view.setAccessibleDescription(document_title(built))
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
        self, text: str, name: str, slot: Callable[[], object],
        *keys: QKeySequence | QKeySequence.StandardKey,
    ) -> QAction:  # fmt: skip
        """A toolbar action; `name` is what assistive technology reads for its button."""
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(name)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                button.setAccessibleDescription(
                    translate("Reports", "Shortcut: {keys}").format(keys=shortcut)
                )
        return action

    def _add_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.previous_action = self._action(
            translate("Reports", "◀ Previous"), translate("Reports", "Previous page"),
            self.previous_page, QKeySequence("PgUp"),
        )  # fmt: skip
        self.next_action = self._action(
            translate("Reports", "Next ▶"), translate("Reports", "Next page"), self.next_page,
            QKeySequence("PgDown"),
        )  # fmt: skip
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addSeparator()
        zoom_out, zoom_in = translate("Reports", "Zoom out"), translate("Reports", "Zoom in")
        self._action(zoom_out, zoom_out, self.zoom_out, keys.ZoomOut)
        self._action(zoom_in, zoom_in, self.zoom_in, keys.ZoomIn)
        fit = translate("Reports", "Fit width")
        self._action(fit, fit, self.fit_width, QKeySequence("Ctrl+0"))
        self.toolbar.addSeparator()
        self.print_action = self._action(
            translate("Reports", "Print…"), translate("Reports", "Print"), self.print_document,
            keys.Print,
        )  # fmt: skip
        self.save_action = self._action(
            translate("Reports", "Save as PDF…"), translate("Reports", "Save as PDF"),
            self.save_as, keys.Save,
        )  # fmt: skip

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _show_page(self, page: int) -> None:
        self.page_label.setText(
            "  "
            + translate("Reports", "Page {page} of {count}").format(
                page=number(page + 1), count=number(self.page_count())
            )
            + "  "
        )
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
        print_pdf(self, self.built)

    def save_as(self) -> None:
        """Save as PDF… : the bytes previewed, written where the user chooses."""
        suggested = pathlib.Path(save_folder()) / self.built.file_name
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("Reports", "Save as PDF"),
            str(suggested),
            translate("Reports", "PDF documents (*.pdf)"),
        )
        if path:
            remember_save_folder(path)
            write_file(self, path, self.built.data)


def document_title(built: PdfDocument) -> str:
    """The document's title in the user's language ("Summary: Ann Lee")."""
    template = {
        "summary": translate("Reports", "Summary: {about}"),
        "comparison": translate("Reports", "Comparison: {about}"),
        "debrief": translate("Reports", "Debrief: {about}"),
    }.get(built.kind)
    return built.title if template is None else template.format(about=built.about)


def printer_for(built: PdfDocument) -> QPrinter:
    """A printer set up for the document: all its pages, and as the name a "print to file"
    suggests, its file name (not its title, whose colon a file name should not carry)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(built.file_name.removesuffix(".pdf"))
    printer.setFromTo(1, page_count(built.data))
    return printer


def print_pdf(parent: QWidget, built: PdfDocument) -> Operation[int] | None:
    """Ask for a printer and pages, then print them off the GUI thread (see `print_to`)."""
    printer = printer_for(built)
    count = printer.toPage()
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, count)
    dialog.setWindowTitle(translate("Reports", "Print"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return print_to(parent, built, printer)


def print_to(parent: QWidget, built: PdfDocument, printer: QPrinter) -> Operation[int]:
    """Print the document on a printer already set up, on a pool thread.

    A progress dialog with Cancel shows while the pages are painted; the window stays
    responsive. The status bar of `parent`'s window (if it has one) says when it is done.
    """

    def done(pages: int) -> None:
        window = parent.window()
        if isinstance(window, QMainWindow):
            text = english_plural(
                translate("Reports", "Printed %n page(s) of “{title}”.", None, pages), pages
            )
            window.statusBar().showMessage(text.format(title=document_title(built)), 5000)

    def failed(exc: HireappError) -> None:
        if isinstance(exc, PrintCancelled):
            window = parent.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(as_sentence(str(exc)), 5000)
            return
        show_warning(parent, translate("Reports", "Cannot print"), as_sentence(str(exc)))

    return (
        Operation(parent, _print_work(built.data, printer), title=translate("Reports", "Print"))
        .with_progress(
            translate("Reports", "Printing “{title}”…").format(title=document_title(built)),
            cancellable=True,
        )
        .success(done)
        .failure(failed)
        .run()
    )


def page_count(data: bytes) -> int:
    """How many pages a PDF has, read by Qt's own PDF library."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        return max(1, document.pageCount())
    finally:
        document.close()


def write_file(parent: QWidget, path: str, data: bytes) -> bool:
    """Write the PDF bytes whole or not at all; a message box when the place is not writable."""
    from hireapp.services.files import atomic_write

    try:
        with atomic_write(path, field=translate("Reports", "Save as PDF")) as out:
            out.write(data)
    except HireappError as exc:
        show_warning(parent, translate("Reports", "Cannot save the PDF"), str(exc))
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
        parent, translate("Reports", "Preview summary"),
        translate("Reports", "Preparing the summary…"),
        lambda: candidate_summary_pdf(db, candidate_id, viewer_id),
        lambda built: open_preview(parent, built),
    )  # fmt: skip


def print_candidate(
    parent: QWidget, db: Database, candidate_id: int, *, viewer_id: int | None = None
) -> Operation[PdfDocument]:
    """Candidates > Print summary: build the summary, then the print dialog for its pages."""

    return _build(
        parent, translate("Reports", "Print summary"),
        translate("Reports", "Preparing the summary…"),
        lambda: candidate_summary_pdf(db, candidate_id, viewer_id),
        lambda built: print_pdf(parent, built),
    )  # fmt: skip


def save_candidate_pdf(
    parent: QWidget, db: Database, candidate_id: int, path: str | None = None, *,
    viewer_id: int | None = None,
) -> Operation[PdfDocument] | None:  # fmt: skip
    """Candidates > Save summary as PDF: ask where (unless `path` is given), then write it."""
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("Reports", "Save summary as PDF"),
            save_folder(),
            translate("Reports", "PDF documents (*.pdf)"),
        )
        if not path:
            return None
        remember_save_folder(path)
    target = path
    return _build(
        parent, translate("Reports", "Save summary as PDF"),
        translate("Reports", "Writing the summary…"),
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
        parent, translate("Reports", "Compare as PDF"),
        translate("Reports", "Preparing the comparison…"),
        lambda: comparison_pdf(db, ids, viewer_id), lambda built: open_preview(parent, built),
    )  # fmt: skip
