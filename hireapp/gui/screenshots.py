# SPDX-License-Identifier: MIT
"""`make screenshots`: every screen with demo data, rendered offscreen to PNG, light and dark.

Run as `python -m hireapp.gui.screenshots OUTPUT_DIR [--tag TAG] [--language LANG]`; with
QT_SCALE_FACTOR=1.5 and `--tag 150` it renders the 150% set. `--language de` or `--language pseudo`
renders the screens in German or in the pseudo-locale, each file named with the language added
(main-window-light-pseudo.png); the default, English, keeps the names as they were. The pictures
are for looking at (clipping, alignment, empty states, long names, the dark palette, texts too
long for their place) and for the README.

They are committed, so they must change only when a screen does. Everything runs at one fixed
instant in UTC (time-machine, a dev dependency): the save mark's time, a submission, a draft's last
change and a PDF's print date reach the screens from `datetime.now()` in the window, the services
and the storage layer alike, and one process-wide clock fixes them all, as well as any added
later. The monotonic clock that Qt, timeouts and the write queue measure with keeps running. The
databases are opened by a relative path so that the About box does not show a temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import pathlib
import tempfile
import time
from collections.abc import Callable, Iterator
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from hireapp.gui import i18n
from hireapp.gui.app import create_application
from hireapp.gui.dialogs.candidate import CandidateDialog
from hireapp.gui.dialogs.new_interview import NewInterviewDialog
from hireapp.gui.dialogs.resume import ResumeDialog
from hireapp.gui.interview.amend import AmendDialog
from hireapp.gui.interview.countdown import ManualClock
from hireapp.gui.interview.window import WRAP_UP, InterviewWindow, question_key
from hireapp.gui.main_window import MainWindow
from hireapp.gui.settings import INTERVIEWER_KEY
from hireapp.gui.theme import dark_palette, readable
from hireapp.services import interviews as iv
from hireapp.services.demo import generate_demo
from hireapp.services.drafts import unfinished
from hireapp.services.people import create_candidate, ensure_interviewer
from hireapp.services.rubrics import ensure_default_rubric
from hireapp.storage.session import Database

_alive: list[QWidget] = []
Screen = Callable[[], QWidget]
# Twelve days after the demo data's last interview (18 Nov 2026), on a working morning.
FIXED_NOW = dt.datetime(2026, 11, 30, 9, 30, tzinfo=dt.UTC)


@contextlib.contextmanager
def fixed_clock(now: dt.datetime = FIXED_NOW) -> Iterator[None]:
    """The wall clock stopped at `now`, in UTC, for the block (the monotonic clock runs on)."""
    import time_machine

    zone = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        with time_machine.travel(now, tick=False):
            yield
    finally:
        if zone is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = zone
        time.tzset()


def _loaded(window: MainWindow) -> MainWindow:
    loop = QEventLoop()
    window.candidates_loaded.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    return window


def _when(signal: Any, window: QWidget) -> QWidget:
    """The window once `signal` came (its figures are read off the GUI thread)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    return window


def _rubrics(demo: Database) -> QWidget:
    from hireapp.gui.rubrics import RubricsWindow

    window = RubricsWindow(demo)
    return _when(window.stats_shown, window)


def _rubric_editor(demo: Database) -> QWidget:
    """The editor on the default rubric's second question, with its use so far beside it."""
    from hireapp.gui.rubric_editor import RubricEditor
    from hireapp.services.rubrics import ensure_default_rubric

    editor = RubricEditor.from_version(demo, ensure_default_rubric(demo).id)
    _when(editor.figures_shown, editor)
    root = editor.tree.invisibleRootItem().child(0)
    section = None if root is None else root.child(root.childCount() - 1)
    question = None if section is None else section.child(1)
    if question is not None:
        editor.tree.setCurrentItem(question)
    return editor


def _debrief(demo: Database) -> QWidget:
    """The debrief of the candidate the panel disagrees about most."""
    from hireapp.gui.debrief import DebriefWindow
    from hireapp.services.comparison import comparison_rows

    rows = comparison_rows(demo)
    most = max(rows, key=lambda r: (r.disagreement or 0, -r.id))
    window = DebriefWindow(demo, most.id)
    window.resize(1150, 720)  # as on a laptop's screen (the offscreen one is smaller)
    return _when(window.loaded, window)


def _validity(demo: Database) -> QWidget:
    from hireapp.gui.validity import ValidityWindow

    window = ValidityWindow(demo)
    window.resize(1150, 720)
    return _when(window.loaded, window)


def _save(widget: QWidget, path: pathlib.Path) -> None:
    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)


def _about(window: MainWindow) -> QWidget:
    _alive.append(window)  # the window must outlive its dialog
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About hireapp"))
    box.setText(window.about_text())
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    return box


def _interview(db: Database) -> int:
    """An interview part-way through, with a long name and notes."""
    candidate = create_candidate(
        db, name="Maximiliane Alexandra Özdemir-Wolkenstein-Łukaszewicz",
        email="long.name@example.org", position="Customer service representative",
    )  # fmt: skip
    interviewer = ensure_interviewer(db, "Grace Okafor")
    interview = iv.start_interview(db, candidate=candidate.id, interviewer_id=interviewer.id,
                                   rubric_version_id=ensure_default_rubric(db).id)  # fmt: skip
    iv.record_arrival(db, interview)
    iv.record_impression(db, interview, score=4, cues=["greeting", "eye-contact", "warm-tone"],
                         note="Greeted the receptionist by name on the way in",
                         seconds_since_arrival=24.0)  # fmt: skip
    return interview


def _arriving(db: Database) -> int:
    """An interview whose candidate is walking in: nothing recorded yet, the impression open."""
    candidate = create_candidate(db, name="Chloé Martin-Dubois", email="chloe.md@example.org",
                                 position="Store associate")  # fmt: skip
    interviewer = ensure_interviewer(db, "Grace Okafor")
    return iv.start_interview(db, candidate=candidate.id, interviewer_id=interviewer.id,
                              rubric_version_id=ensure_default_rubric(db).id)  # fmt: skip


def _arrival_page(db: Database, interview: int) -> QWidget:
    """The first impression 11 s after arrival: the countdown running, a level, cues and a line
    chosen. Staged on the page, not saved, so that every theme pictures the same moment (a saved
    arrival would show the next window a recorded impression instead)."""
    clock = ManualClock()
    window = InterviewWindow(db, interview, clock=clock)
    page = window.impression_page
    window.countdown.start()
    page.show_started()
    page.scale.set_value(4)
    for cue in ("greeting", "smile", "warm-tone"):
        box = page.cue_boxes[cue]
        box.blockSignals(True)
        box.setChecked(True)
        box.blockSignals(False)
    page.note.setText("Held the door for the courier on the way in")
    clock.advance(11.4)
    window.countdown.tick()
    return _settled(window)


def _interview_page(db: Database, interview: int, key: str) -> QWidget:
    clock = ManualClock()
    window = InterviewWindow(db, interview, clock=clock)
    window.go_to(key)
    return _settled(window)


def _settled(window: InterviewWindow) -> InterviewWindow:
    """The window once its saves have landed, as a person would see it a moment later ("✓ All
    changes saved", not "Saving…"). The mark is set when the write queue's signal reaches the GUI
    thread, after the queue is idle, and laid out in a later pass: pictured any earlier, it came
    out clipped in one run of three."""
    window.writes.wait_idle(10.0)
    deadline = time.monotonic() + 10.0
    while "✓" not in window.saved_label.text() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    QApplication.processEvents()
    QApplication.processEvents()
    return window


def _finished(db: Database) -> int:
    candidate = create_candidate(db, name="Zoë Ørsted", email="zoe@example.org",
                                 position="Contact centre agent")  # fmt: skip
    interviewer = ensure_interviewer(db, "Grace Okafor")
    interview = iv.start_interview(db, candidate=candidate.id, interviewer_id=interviewer.id,
                                   rubric_version_id=ensure_default_rubric(db).id)  # fmt: skip
    iv.record_impression(db, interview, score=3, cues=["smile"], note="Quiet start")
    for number, question in enumerate(ensure_questions(db, interview), start=1):
        iv.answer_question(db, interview, question, score=number % 5 + 1,
                           note="Specific story; checked back the next day.")  # fmt: skip
    iv.set_wrap_up(db, interview, recommendation="yes", strengths="Owns problems",
                   concerns="Could set clearer time goals")  # fmt: skip
    iv.submit_interview(db, interview)
    return interview


def ensure_questions(db: Database, interview: int) -> list[str]:
    from hireapp.services.rubrics import rubric_of_version

    state = iv.get_interview(db, interview)
    return [q.id for q in rubric_of_version(db, state.rubric_version_id).questions()]


def _dialog(
    make: Callable[[], QDialog], prepare: Callable[[QDialog], None] | None = None
) -> Screen:
    def screen() -> QWidget:
        dialog = make()
        if prepare is not None:
            prepare(dialog)
        return dialog

    return screen


def _bad_email(dialog: QDialog) -> None:
    assert isinstance(dialog, CandidateDialog)
    dialog.ui.nameEdit.setText("Ayşe Yılmaz")
    dialog.ui.emailEdit.setText("ayse.yilmaz@example")


def screens(demo: Database, empty: Database) -> list[tuple[str, Screen]]:
    interview = _interview(demo)
    finished = _finished(demo)
    arriving = _arriving(demo)
    first = ensure_questions(demo, interview)[0]
    note = "Set a two-hour goal, told the customer, and called back at 1:40."
    iv.answer_question(demo, interview, first, score=4, note=note)
    state = iv.get_interview(demo, interview)
    return [
        ("main-window", lambda: _loaded(MainWindow(demo))),
        ("main-window-empty", lambda: _loaded(MainWindow(empty))),
        ("about", lambda: _about(_loaded(MainWindow(demo)))),
        ("new-interview", _dialog(lambda: NewInterviewDialog(demo, state.candidate_id))),
        ("new-candidate", _dialog(lambda: CandidateDialog(demo, "Store associate"), _bad_email)),
        ("interview-impression", lambda: _arrival_page(demo, arriving)),
        ("interview-impression-locked", lambda: _interview_page(demo, interview, "impression")),
        ("interview-question", lambda: _interview_page(demo, interview, question_key(first))),
        ("interview-wrap-up", lambda: _interview_page(demo, interview, WRAP_UP)),
        ("interview-submitted", lambda: _interview_page(demo, finished, question_key(first))),
        (
            "amend-impression",
            _dialog(lambda: AmendDialog(InterviewWindow(demo, interview).rubric, state.impression)),
        ),
        # Offered to Grace Okafor, whom this machine remembers: her drafts first.
        ("resume", _dialog(lambda: ResumeDialog(unfinished(demo), state.interviewer_id))),
        ("rubrics", lambda: _rubrics(demo)),
        ("rubric-editor", lambda: _rubric_editor(demo)),
        ("debrief", lambda: _debrief(demo)),
        ("validity", lambda: _validity(demo)),
    ]


def _pdf_page(data: bytes, path: pathlib.Path, dpi: int = 100) -> None:
    """The first page of a PDF as the app's own preview draws it (QtPdf), to PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    page = document.render(0, size)
    sheet = QImage(size, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    painter.drawImage(0, 0, page)
    painter.end()
    if not sheet.save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)


def render_reports(demo: Database, output: pathlib.Path, viewer: str) -> None:
    """The summary and shortlist PDFs as the README shows them, for the viewer on this machine:
    a shortlist with a candidate they are still interviewing shows that column withheld."""
    from hireapp.services.comparison import comparison_rows
    from hireapp.services.people import find_interviewer
    from hireapp.services.reports import candidate_summary_pdf, comparison_pdf

    found = find_interviewer(demo, viewer)
    viewer_id = None if found is None else found.id
    rows = sorted(comparison_rows(demo, viewer_id=viewer_id), key=lambda r: (r.name, r.id))
    shown = [r for r in rows if r.submitted >= 2 and not r.withheld]
    hidden = [r for r in rows if r.withheld]
    summary = candidate_summary_pdf(demo, shown[0].id, viewer_id)
    _pdf_page(summary.data, output / "report-summary.png")
    shortlist = [r.id for r in shown[1:4]] + [r.id for r in hidden[:1]]
    _pdf_page(comparison_pdf(demo, shortlist, viewer_id).data, output / "report-comparison.png")


def render_all(output: pathlib.Path, tag: str = "", language: str = i18n.ENGLISH) -> None:
    output = output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    app = create_application(["hireapp-screenshots"])
    app.setStyle("Fusion")
    # English unless asked: the pictures must not change with the locale of the machine.
    i18n.install(language)
    light = readable(app.palette())  # as the app starts (hireapp.gui.app.run_gui)
    suffix = "".join(f"-{part}" for part in (tag, language) if part and part != i18n.ENGLISH)
    with tempfile.TemporaryDirectory(prefix="hireapp-shots-") as folder, fixed_clock(), \
            contextlib.chdir(folder):  # fmt: skip
        os.environ["XDG_CONFIG_HOME"] = str(pathlib.Path(folder) / "config")
        QSettings().clear()
        QSettings().setValue(INTERVIEWER_KEY, "Grace Okafor")
        demo = Database("sqlite:///demo.sqlite3")
        generate_demo(demo, candidates=200, seed=1)
        empty = Database("sqlite:///empty.sqlite3")
        listed = screens(demo, empty)
        themes = [("light", light), ("dark", dark_palette())]
        for theme, palette in themes:
            app.setPalette(palette)
            for name, make in listed:
                widget = make()
                if isinstance(widget, QDialog | QMessageBox):
                    widget.adjustSize()
                else:
                    widget.resize(widget.sizeHint().expandedTo(widget.size()))
                _save(widget, output / f"{name}-{theme}{suffix}.png")
                widget.close()
        if not suffix:  # the PDFs are not translated yet: rendered once, with the English set
            render_reports(demo, output, "Grace Okafor")
        demo.dispose()
        empty.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m hireapp.gui.screenshots")
    parser.add_argument("output", nargs="?", default="docs/screenshots")
    parser.add_argument("--tag", default="", help="added to each file name, e.g. 150")
    parser.add_argument(
        "--language",
        default=i18n.ENGLISH,
        choices=[i18n.ENGLISH, *i18n.SHIPPED, i18n.PSEUDO],
        help="render the screens in this language (its name is added to each file name)",
    )
    arguments = parser.parse_args()
    render_all(pathlib.Path(arguments.output), arguments.tag, arguments.language)
