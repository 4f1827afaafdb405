# SPDX-License-Identifier: MIT
"""The GUI's language: which one, and loading its translators (ours and Qt's own).

The language follows the system locale unless the user chose one in View > Language… (kept in
QSettings, applied at the next start). Our catalogues are resources/translations/hireapp_<lang>.qm,
compiled from translations/*.ts by tools/translations.py; Qt's own texts (standard dialog buttons)
come from qtbase_<lang>.qm in PySide6's translations folder. English is the source language and
needs no file. The pseudo-locale ("pseudo") brackets and lengthens every text so untranslated or
clipped texts stand out; it is offered only to developers (HIREAPP_PSEUDO_LOCALE=1).

Formatting convention (docs/translations.md): a text with values is translated as a template with
named fields, then filled with str.format: `self.tr("Delete {name}?").format(name=name)`; counts
use Qt's plural form: `self.tr("%n candidate(s)", "", count)`. Dates and numbers go through
`locale()` so they follow the chosen language.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from hireapp import assets
from hireapp.gui.settings import LANGUAGE_KEY

SYSTEM = ""  # the stored value meaning "follow the system locale"
ENGLISH = "en"
PSEUDO = "pseudo"
PSEUDO_ENV = "HIREAPP_PSEUDO_LOCALE"
SHIPPED = ("de",)  # languages with a catalogue, besides English (the source texts)

# Kept here so Python does not collect a translator Qt still uses, and so a second install()
# (tests, screenshots) can remove the previous ones.
_installed: list[QTranslator] = []


@dataclass(frozen=True)
class Language:
    """One choice in the language setting: the value stored and the name shown."""

    code: str
    name: str


def choices() -> list[Language]:
    """The languages a user may choose; the pseudo-locale only for developers."""
    system = QCoreApplication.translate("Language", "System ({language})").format(
        language=QLocale.system().nativeLanguageName() or "English"
    )
    offered = [Language(SYSTEM, system), Language(ENGLISH, "English"), Language("de", "Deutsch")]
    if pseudo_offered():
        offered.append(Language(PSEUDO, "[Þšéûðö ~~~]"))
    return offered


def pseudo_offered() -> bool:
    return os.environ.get(PSEUDO_ENV, "") not in ("", "0")


def chosen() -> str:
    """The stored choice: SYSTEM, ENGLISH, a shipped language or PSEUDO."""
    value = str(QSettings().value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    known = {SYSTEM, ENGLISH, PSEUDO, *SHIPPED}
    return value if value in known else SYSTEM


def choose(code: str) -> None:
    """Remember a choice for the next start."""
    QSettings().setValue(LANGUAGE_KEY, code)


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language a choice means here: SYSTEM becomes the first shipped UI language of the
    system's locale, else English."""
    if choice != SYSTEM:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        language = name.replace("-", "_").split("_")[0].lower()
        if language in SHIPPED:
            return language
        if language == ENGLISH:
            return ENGLISH
    return ENGLISH


def install(choice: str | None = None) -> str:
    """Load the translators for a choice (the stored one when None) into the application.

    Returns the language in effect ("en", "de", "pseudo"). Also sets the default QLocale, so
    dates and numbers formatted through `locale()` follow the language while keeping the
    system's country (English in Germany writes 1.234,5).
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the application before loading translations"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = resolve(chosen() if choice is None else choice)
    system = QLocale.system()
    if language in SHIPPED:
        QLocale.setDefault(QLocale(QLocale.codeToLanguage(language), system.territory()))
    elif language == ENGLISH and system.language() not in (QLocale.Language.C,):
        QLocale.setDefault(QLocale(QLocale.Language.English, system.territory()))
    else:
        QLocale.setDefault(system)
    if language == ENGLISH:
        return language
    ours = QTranslator(app)
    if ours.load(f"hireapp_{language}", str(assets.resource_path("translations"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language in SHIPPED:
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    return language


def uninstall() -> None:
    """Back to the English source texts and the system locale (tests, screenshots)."""
    app = QCoreApplication.instance()
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def locale() -> QLocale:
    """The locale dates and numbers are shown in (the default one install() set)."""
    return QLocale()
