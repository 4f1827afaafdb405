# SPDX-License-Identifier: MIT
"""Every window and dialog under the pseudo-locale: no text left in English, no label cut off.

The pseudo-locale (tools/translations.py) brackets every translated text and makes it about 40%
longer ("[Šåṽé åļļ ~~~~]"). A visible text with letters outside brackets was never translated; a
label or button narrower than its text is cut off, as a longer German word would be. The walk
looks at what a user reads: window titles, labels, buttons, group boxes, menus and their actions,
tool tips, placeholders, list items, combo items and table headers.

What may stay unbracketed, and why (kept short on purpose):
- the test data: candidates' names, emails, positions, interviewers, notes, the rubric's own
  texts (its questions, anchors and cues are the company's data, not the program's);
- numbers, scores, punctuation and symbols;
- proper names and formats that read the same in every language: hireapp, PDF, CSV, JSON, and
  each language's own name in the language setting (English, Deutsch);
- key names Qt prints for shortcuts (Ctrl+N, Esc, Left): Qt translates them itself in
  German, and the pseudo-locale has no catalogue of Qt's own;
- month names QLocale writes in dates (the locale's, not ours);
- the CSV format's column names (name, email, phone, position), shown as the file must spell them;
- single capital letters (A, B, C…) that stand for interviewers in the debrief, as in its PDF.
"""

from __future__ import annotations

import pathlib
import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEventLoop, QLocale, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hireapp.gui import i18n
from hireapp.gui.app import create_application
from hireapp.services.people import list_candidates, list_interviewers, list_positions
from hireapp.services.rubrics import ensure_default_rubric, rubric_of_version
from hireapp.storage.session import Database

PROPER_NAMES = ("hireapp", "PDF", "CSV", "JSON", "sqlite3", "English", "Deutsch")
CSV_COLUMNS = ("name", "email", "phone", "position")
KEY_NAMES = (
    r"\b(?:Ctrl|Shift|Alt|Meta|Strg|Umschalt)\+\S+|\bF\d{1,2}\b|\b(?:Esc|Enter|Return|Space|"
    r"Left|Right|Up|Down|PgUp|PgDown|Del|Find|Tab|Home|End)\b"
)
_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_LETTER = re.compile(r"[^\W\d_]")


@pytest.fixture
def pseudo(qtbot: QtBot) -> Iterator[None]:
    create_application()
    assert i18n.install(i18n.PSEUDO) == i18n.PSEUDO
    yield
    i18n.uninstall()


def _untranslated(text: str, allowed: list[str]) -> str:
    """What is left of a text once its translated (bracketed) parts and the allowed ones are
    taken out; empty when nothing there needed translating."""
    left = text.replace("&&", "&")
    while True:  # a translated template holding a translated value: brackets in brackets
        shorter = _BRACKETED.sub(" ", left)
        if shorter == left:
            break
        left = shorter
    left = re.sub(r"<[^<>]*>|&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;", " ", left)  # rich text
    for value in allowed:
        left = left.replace(value, " ")
    left = re.sub(KEY_NAMES, " ", left)
    left = re.sub(r"(?<!\w)[A-Z](?!\w)", " ", left)  # an interviewer's letter
    return left.strip() if _LETTER.search(left) else ""


def _texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user reads in a window."""
    yield "window title", window.windowTitle()
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield f"tool tip of {name}", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"placeholder of {name}", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"item of {name}", widget.itemText(index)
        if isinstance(widget, QListWidget):
            for index in range(widget.count()):
                yield f"item of {name}", widget.item(index).text()
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"tab of {name}", widget.tabText(index)
        if isinstance(widget, QHeaderView) and widget.isVisible() and widget.model() is not None:
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                header = model.headerData(section, widget.orientation())
                if isinstance(header, str):
                    yield f"header of {name}", header
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            yield "menu", menu.title()
            for action in menu.actions():
                if not action.isSeparator():
                    yield f"action in {menu.title()}", action.text().split("\t")[0]


def _clipped(window: QWidget) -> list[str]:
    """Labels and buttons narrower than their text, neither wrapping nor eliding it."""
    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.pixmap().isNull()):
            continue
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} px, "
                         f"needs {widget.minimumSizeHint().width()}")  # fmt: skip
    return found


def _test_data(db: Database) -> list[str]:
    """Every text the test data brings: longest first, so a name goes before a part of it."""
    values: set[str] = set()
    for candidate in list_candidates(db):
        values |= {candidate.name, candidate.email, candidate.position, f"<{candidate.email}>"}
    values |= {person.name for person in list_interviewers(db)}
    values |= {position.title for position in list_positions(db)}
    rubric = rubric_of_version(db, ensure_default_rubric(db).id)
    first = rubric.first_impression
    values |= {first.title, first.prompt, *(cue.label for cue in first.cues)}
    values |= {first.anchors.text_for(level) or "" for level in range(1, 6)}
    for section in rubric.sections:
        values.add(section.title)
        for question in section.questions:
            values |= {question.title, question.text, *question.probes}
            values |= {question.anchors.text_for(level) or "" for level in range(1, 6)}
    values |= {rubric.title for rubric in [rubric] if hasattr(rubric, "title")}
    locale = QLocale()
    values |= {locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)}
    values |= set(PROPER_NAMES) | set(CSV_COLUMNS)
    values.discard("")
    return sorted(values, key=len, reverse=True)


def _check(window: QWidget, allowed: list[str], problems: list[str], label: str) -> None:
    """Look at the window as shown, then at each further page of its tab widgets."""
    window.show()
    QApplication.processEvents()
    QApplication.processEvents()
    _look(window, allowed, problems, label)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != shown:
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                _look(window, allowed, problems, f"{label} ({tabs.tabText(index)})")
        tabs.setCurrentIndex(shown)


def _look(window: QWidget, allowed: list[str], problems: list[str], label: str) -> None:
    for where, text in _texts(window):
        left = _untranslated(text, allowed)
        line = f"{label}: {where}: {text!r} (untranslated: {left!r})"
        if left and not any(line.split(": ", 1)[1] == seen.split(": ", 1)[1] for seen in problems):
            problems.append(line)
    for clipped in _clipped(window):
        if not any(clipped in seen for seen in problems):
            problems.append(f"{label}: clipped {clipped}")


def _screens(demo: Database, empty: Database) -> list[tuple[str, Callable[[], QWidget]]]:
    """The screenshots' screens, and every page and dialog they do not show."""
    from hireapp.gui.dialogs.language import LanguageDialog
    from hireapp.gui.interview.skip import SkipDialog
    from hireapp.gui.interview.window import InterviewWindow
    from hireapp.gui.main_window import MainWindow
    from hireapp.gui.screenshots import screens

    listed = screens(demo, empty)
    made = dict(listed)

    def every_page() -> QWidget:
        window = made["interview-question"]()
        assert isinstance(window, InterviewWindow)
        return window

    def shortcuts() -> QWidget:
        window = made["main-window"]()
        assert isinstance(window, MainWindow)
        return window.shortcuts_dialog()

    extra: list[tuple[str, Callable[[], QWidget]]] = [
        ("every interview page", every_page),
        ("skip", lambda: SkipDialog("Tell me about a difficult customer")),
        ("language", LanguageDialog),
        ("shortcuts", shortcuts),
    ]
    return listed + extra + _other_screens(demo)


def _waited(widget: QWidget, *signals: SignalInstance) -> QWidget:
    """The widget once its background loading said it is done (at most 15 s each)."""
    for signal in signals:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(15_000, loop.quit)
        loop.exec()
    return widget


def _other_screens(demo: Database) -> list[tuple[str, Callable[[], QWidget]]]:
    """The windows and dialogs beyond the main window and the interview: comparisons, reports,
    data, rubrics, the debrief."""
    from hireapp.gui.compare.insight import InsightDialog
    from hireapp.gui.compare.side_by_side import SideBySideDialog
    from hireapp.gui.data_actions import CandidateImportDialog
    from hireapp.gui.debrief import DebriefWindow
    from hireapp.gui.reports import PdfPreviewDialog
    from hireapp.gui.rubric_editor import RubricEditor
    from hireapp.gui.rubrics import NewRubric, PositionChoice, RubricsWindow
    from hireapp.gui.validity import ValidityWindow
    from hireapp.services.comparison import comparison_rows
    from hireapp.services.reports import candidate_summary_pdf

    rows = sorted(comparison_rows(demo), key=lambda row: -row.submitted)
    two = [rows[0].id, rows[1].id]
    default = ensure_default_rubric(demo).id

    def side_by_side() -> QWidget:
        dialog = SideBySideDialog(demo, two)
        return _waited(dialog, dialog.loaded)

    def insight() -> QWidget:
        dialog = InsightDialog(demo, None)
        return _waited(dialog, dialog.loaded)

    def rubrics() -> QWidget:
        window = RubricsWindow(demo)
        return _waited(window, window.loaded)

    def editor() -> QWidget:
        window = RubricEditor.from_version(demo, default)
        return _waited(window, window.figures_shown)

    def debrief() -> QWidget:
        window = DebriefWindow(demo, rows[0].id)
        return _waited(window, window.loaded)

    def validity() -> QWidget:
        window = ValidityWindow(demo)
        return _waited(window, window.loaded)

    return [
        ("side by side", side_by_side),
        ("insight", insight),
        ("summary preview", lambda: PdfPreviewDialog(candidate_summary_pdf(demo, rows[0].id))),
        ("candidate import", lambda: CandidateImportDialog(demo)),
        ("rubrics", rubrics),
        ("new rubric", lambda: NewRubric(None, set())),
        ("rubric for a position", lambda: PositionChoice(["Store associate"], "2026.1")),
        ("rubric editor", editor),
        ("debrief", debrief),
        ("validity", validity),
    ]


def test_every_screen_is_translated_and_nothing_is_cut_off(
    qtbot: QtBot, pseudo: None, sqlite_db: Database, tmp_path: pathlib.Path
) -> None:
    from hireapp.gui.interview.window import InterviewWindow
    from hireapp.gui.screenshots import _settled
    from hireapp.services.demo import generate_demo

    generate_demo(sqlite_db, candidates=30, seed=1)
    empty = Database(f"sqlite:///{tmp_path}/empty.sqlite3")
    try:
        problems: list[str] = []
        opened: list[QWidget] = []
        screens = _screens(sqlite_db, empty)
        allowed = _test_data(sqlite_db)
        for label, make in screens:
            window = make()
            opened.append(window)
            _check(window, allowed, problems, label)
            if isinstance(window, InterviewWindow) and label == "every interview page":
                for key in list(window._page_keys):
                    window.go_to(key)
                    _settled(window)  # the save mark's text set, and laid out
                    _check(window, allowed, problems, f"{label} ({key})")
        for window in opened:
            window.close()
            window.deleteLater()
        QApplication.processEvents()
    finally:
        empty.dispose()
    assert not problems, "\n".join(problems)


def test_the_walk_sees_english_and_a_label_cut_off(qtbot: QtBot) -> None:
    """The checks themselves: English outside brackets is found, allowed data and keys are not,
    and a label squeezed below its text's width is reported."""
    assert _untranslated("Save all", []) == "Save all"
    assert _untranslated("[Šåṽé {name} ~~] Ctrl+S", []) == ""
    assert _untranslated("[Åððéð ~~] Anna Berg: 3 of 5", ["Anna Berg"]) == ": 3 of 5"
    assert _untranslated("[Åððéð ~~] Anna Berg: 3 [öƒ ~] 5", ["Anna Berg"]) == ""
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("[Ŕéçöŕðéð, åñð ļöçķéð ŵĥéñ ţĥé ǫûéšţîöñš ƀéĝåñ ~~~~~~~~~~~~~~~~~~]", host)
    label.setFixedWidth(40)
    host.show()
    assert len(_clipped(host)) == 1
    label.setWordWrap(True)
    assert _clipped(host) == []
