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
- month names QLocale writes in dates (the locale's, not ours).
"""

from __future__ import annotations

import pathlib
import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
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
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount() if not isinstance(model, QAbstractListModel) else 1
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
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
    values |= set(PROPER_NAMES)
    values.discard("")
    return sorted(values, key=len, reverse=True)


def _check(window: QWidget, allowed: list[str], problems: list[str], label: str) -> None:
    window.show()
    QApplication.processEvents()
    QApplication.processEvents()
    for where, text in _texts(window):
        left = _untranslated(text, allowed)
        if left:
            problems.append(f"{label}: {where}: {text!r} (untranslated: {left!r})")
    problems.extend(f"{label}: clipped {line}" for line in _clipped(window))


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
    return listed + extra


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
