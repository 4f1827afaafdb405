# SPDX-License-Identifier: MIT
"""In English and German, no two controls of one screen and no two actions of one menu share an
Alt+letter.

A translation chooses its own underlined letters; two alike on one screen make Alt+letter cycle
between them instead of acting, and in a menu make the letter do nothing at once.
"""

from __future__ import annotations

import pathlib
import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from hireapp.gui import i18n
from hireapp.gui.app import create_application
from hireapp.storage.session import Database
from tests.gui.test_i18n_pseudo import _screens


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[str]:
    create_application()
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.uninstall()


def _letter(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return None if found is None else found.group(1).lower()


def _twice(texts: list[str]) -> list[list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = _letter(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(text)
    return [same for same in by_letter.values() if len(same) > 1]


def _clashes(window: QWidget, label: str) -> list[str]:
    shown = [
        widget.text()
        for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel)
        if widget.isVisible() and (not isinstance(widget, QLabel) or widget.buddy() is not None)
    ]
    found = []
    if isinstance(window, QMainWindow):
        shown += [action.text() for action in window.menuBar().actions()]
        for menu in window.menuBar().findChildren(QMenu):
            texts = [action.text() for action in menu.actions()]
            found += [f"{label}: menu {menu.title()}: {same}" for same in _twice(texts)]
    return found + [f"{label}: {same}" for same in _twice(shown)]


def test_every_screen_has_distinct_alt_letters(
    qtbot: QtBot, language: str, sqlite_db: Database, tmp_path: pathlib.Path
) -> None:
    from hireapp.gui.interview.window import InterviewWindow
    from hireapp.gui.screenshots import _settled
    from hireapp.services.demo import generate_demo

    generate_demo(sqlite_db, candidates=20, seed=1)
    empty = Database(f"sqlite:///{tmp_path}/empty.sqlite3")
    found: list[str] = []
    opened: list[QWidget] = []
    try:
        for label, make in _screens(sqlite_db, empty):
            window = make()
            opened.append(window)
            window.show()
            QApplication.processEvents()
            found += _clashes(window, label)
            if isinstance(window, InterviewWindow) and label == "every interview page":
                for key in list(window._page_keys):
                    window.go_to(key)
                    _settled(window)
                    found += _clashes(window, f"{label} ({key})")
        for window in opened:
            window.close()
            window.deleteLater()
        QApplication.processEvents()
    finally:
        empty.dispose()
    assert not found, "\n".join(sorted(set(found)))
