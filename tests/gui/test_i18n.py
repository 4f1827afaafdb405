# SPDX-License-Identifier: MIT
"""The GUI's language: German from its catalogue and Qt's, the system's language by default, a
choice kept for the next start, English plurals, dates in the locale (issue 12, item 2)."""

from __future__ import annotations

import datetime as dt
import os
import pathlib
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from hireapp.gui import i18n
from hireapp.gui.app import create_application
from hireapp.gui.dialogs.language import LanguageDialog
from hireapp.gui.main_window import MainWindow
from hireapp.storage.session import Database


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[None]:
    """The application with settings from earlier tests cleared; English again afterwards."""
    create_application()
    QSettings().clear()
    yield
    i18n.uninstall()
    QSettings().clear()


def test_german_reaches_menus_dialogs_and_qt_s_own_buttons(
    qtbot: QtBot, app: None, sqlite_db: Database
) -> None:
    assert i18n.install("de") == "de"
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    qtbot.waitSignal(window.candidates_loaded, timeout=10_000).wait()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Datei", "&Interview"]
    assert window.ui.actionNewInterview.text() == "&Neues Interview…"
    assert window.actionLanguage.text() == "&Sprache…"
    # The key stays the key: translating the form did not touch its shortcut.
    assert window.ui.actionNewInterview.shortcut().toString() == "Ctrl+N"
    dialog = LanguageDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sprache"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"  # from Qt's qtbase_de.qm


def test_the_language_follows_the_system_unless_chosen(app: None) -> None:
    german = QLocale(QLocale.Language.German, QLocale.Country.Austria)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert i18n.resolve(i18n.SYSTEM, german) == "de"
    assert i18n.resolve(i18n.SYSTEM, french) == "en"  # no French: the source texts
    assert i18n.resolve(i18n.ENGLISH, german) == "en"
    assert i18n.chosen() == i18n.SYSTEM


def test_choosing_a_language_is_kept_for_the_next_start(
    qtbot: QtBot, app: None, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.PSEUDO_ENV, raising=False)
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    qtbot.waitSignal(window.candidates_loaded, timeout=10_000).wait()
    seen: list[list[str]] = []

    def choose_german() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LanguageDialog):
            QTimer.singleShot(20, choose_german)
            return
        seen.append([button.text() for button in dialog.buttons.values()])
        dialog.buttons["de"].click()
        dialog.accept()

    QTimer.singleShot(20, choose_german)
    window.actionLanguage.trigger()
    assert seen and seen[0][1:] == ["English", "Deutsch"]  # no pseudo-locale for users
    assert i18n.chosen() == "de"
    assert "starts again" in window.statusBar().currentMessage()
    # What the next start does with the stored choice:
    assert i18n.install() == "de"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"


def test_developers_can_choose_the_pseudo_locale(
    qtbot: QtBot, app: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1")
    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    assert i18n.PSEUDO in dialog.buttons
    dialog.buttons[i18n.PSEUDO].click()
    dialog.accept()
    assert i18n.install() == i18n.PSEUDO
    assert QCoreApplication.translate("MainWindow", "&File").startswith("[&")


def test_english_says_one_question_and_eight_questions(app: None) -> None:
    """The source texts are English plurals; the English catalogue gives the singular."""
    i18n.install("en")
    text = "{title} {version} (%n questions)"
    assert QCoreApplication.translate("NewInterviewDialog", text, "", 1).endswith("(1 question)")
    assert QCoreApplication.translate("NewInterviewDialog", text, "", 8).endswith("(8 questions)")
    i18n.install("de")
    assert QCoreApplication.translate("NewInterviewDialog", text, "", 1).endswith("(1 Frage)")
    assert QCoreApplication.translate("NewInterviewDialog", text, "", 8).endswith("(8 Fragen)")


def test_dates_and_numbers_follow_the_language(app: None) -> None:
    moment = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    i18n.install("de")
    assert i18n.day_text(moment) in ("1. Dez. 2026", "1. Dez 2026")
    assert i18n.number_text(3.5) == "3,5"
    i18n.install("en")
    assert i18n.day_text(moment) == "1 Dec 2026"
    assert i18n.number_text(3.5) == "3.5"


def test_a_german_system_starts_in_german(tmp_path: pathlib.Path) -> None:
    """LANG=de_DE and nothing chosen: the app that starts speaks German (a separate process, as
    the locale is read once when Qt starts)."""
    script = (
        "from hireapp.gui.app import create_application\n"
        "from hireapp.gui import i18n\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "create_application()\n"
        "print(i18n.install(), QCoreApplication.translate('MainWindow', '&File'))\n"
    )
    env = {
        **os.environ,
        "LANG": "de_DE.UTF-8",
        "LC_ALL": "de_DE.UTF-8",
        "LANGUAGE": "",
        "XDG_CONFIG_HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["de", "&Datei"]
