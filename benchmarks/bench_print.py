# SPDX-License-Identifier: MIT
"""Printing a 3-page candidate summary to a 1200-dpi PDF printer, in one offscreen process.

- the longest stall of the GUI thread (the longest gap between ticks of a 10 ms QTimer, the event
  loop running as in the app) while the app prints through `reports.print_to`, against the same
  print done the way the app printed before: every page rasterised at the printer's resolution
  on the GUI thread (the goal is at most 100 ms);
- the printed file's size, against the old way's (the goal is at most 2 MB);
- the time from Print to the finished file, against the old way's.

The old way is kept here, as it was, only as the baseline. It takes several seconds a run, so it
runs at most twice.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys

from benchmarks.context import Context
from benchmarks.harness import Result

STALL_LIMIT_S = 0.100
SIZE_LIMIT_BYTES = 2 * 1024 * 1024

PROBE = r"""
import io, pathlib, statistics, sys, time
import pypdf
from PySide6.QtCore import QEventLoop, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow
from hireapp.gui import reports
from hireapp.gui.app import create_application
from hireapp.services.comparison import comparison_rows
from hireapp.services.demo import generate_demo
from hireapp.services.reports import candidate_summary_pdf
from hireapp.storage.session import Database

folder, runs, old_runs = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
app = create_application()
path = folder / "print.sqlite3"
path.unlink(missing_ok=True)
db = Database(str(path))
generate_demo(db, candidates=12, seed=5)
built = None
for row in sorted(comparison_rows(db), key=lambda r: r.name):
    if row.submitted:
        candidate = candidate_summary_pdf(db, row.id)
        if len(pypdf.PdfReader(io.BytesIO(candidate.data)).pages) == 3:
            built = candidate
            break
assert built is not None, "no 3-page summary in the demo"
window = QMainWindow()
window.show()
gap = {"last": time.monotonic(), "longest": 0.0}

def tick():
    now = time.monotonic()
    gap["longest"] = max(gap["longest"], now - gap["last"])
    gap["last"] = now

ticker = QTimer()
ticker.setInterval(10)
ticker.timeout.connect(tick)
ticker.start()

def printer(out):
    p = QPrinter(QPrinter.PrinterMode.HighResolution)
    p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    p.setOutputFileName(str(out))
    assert p.resolution() == 1200
    return p

def settle():
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    loop.exec()

def new_way(out):
    job = reports.print_to(window, built, printer(out))
    loop = QEventLoop()
    job.finished.connect(lambda ok: loop.quit())
    loop.exec()

def old_way(out):
    # What reports.paint_pages did before: each page at the printer's dpi, on the GUI thread.
    preview = reports.PdfPreviewDialog(built)
    document, target = preview.document, printer(out)
    painter = QPainter()
    assert painter.begin(target)
    dpi = target.resolution()
    for page in range(document.pageCount()):
        if page:
            target.newPage()
        size = document.pagePointSize(page)
        area = painter.viewport()
        pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        image = document.render(page, pixels)
        scaled = pixels.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(area.topLeft(), scaled), image)
    painter.end()
    preview.deleteLater()

def measure(way, n, name):
    stalls, sizes, times = [], [], []
    for k in range(n):
        out = folder / f"{name}-{k}.pdf"
        settle()
        gap["last"], gap["longest"] = time.monotonic(), 0.0
        start = time.perf_counter()
        way(out)
        times.append(time.perf_counter() - start)
        settle()  # the tick after the last stall closes it
        stalls.append(gap["longest"])
        assert len(pypdf.PdfReader(out).pages) == 3
        sizes.append(out.stat().st_size)
        out.unlink()
    return statistics.median(stalls), statistics.median(sizes), statistics.median(times)

new = measure(new_way, runs, "new")
old = measure(old_way, old_runs, "old")
print(*new, *old)
"""


@dataclasses.dataclass(frozen=True)
class SizeResult(Result):
    """A file size in MB beside its baseline (the harness's own lines are in ms)."""

    def line(self) -> str:
        text = f"{self.name:<52} {self.median / 1e6:>10.2f} MB  (median of {self.runs})"
        if self.baseline_median:
            ratio = self.median / self.baseline_median
            text += f"\n{'':<4}vs {self.baseline_name:<45} {self.baseline_median / 1e6:>10.2f} MB"
            text += f"  ratio {ratio:.2f}x"
        return text


def run(context: Context) -> list[Result]:
    folder = context.folder / "print"
    folder.mkdir(exist_ok=True)
    runs, old_runs = max(3, context.runs), min(2, context.runs)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder), str(runs), str(old_runs)],
        capture_output=True, text=True, env=context.env, timeout=900,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"print benchmark failed:\n{result.stderr}")
    stall, size, took, old_stall, old_size, old_took = map(float, result.stdout.split())
    verdict = "within" if stall <= STALL_LIMIT_S and size <= SIZE_LIMIT_BYTES else "OVER"
    return [
        Result(f"longest GUI stall printing 3 pages at 1200 dpi ({verdict} 100 ms)", stall,
               runs, "the old way: full dpi on the GUI thread", old_stall),
        SizeResult("printed file, 3-page summary (goal: at most 2 MB)", size, runs,
                   "the old way's file", old_size),
        Result("Print to the finished file, 3 pages", took, runs,
               "the old way", old_took),
    ]  # fmt: skip
