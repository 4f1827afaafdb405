# SPDX-License-Identifier: MIT
"""The GUI's language: which one, and loading its translators (ours and Qt's own).

The language follows the system locale unless the user chose one in View > Language… (kept in
QSettings, applied at the next start). Our catalogues are resources/translations/hireapp_<lang>.qm,
compiled from translations/*.ts by tools/translations.py; Qt's own texts (standard dialog buttons)
come from qtbase_<lang>.qm in PySide6's translations folder. English is the source language; its
file holds only the singular forms of plural texts ("%n questions" -> "1 question"). The
pseudo-locale ("pseudo") brackets and lengthens every text so untranslated or
clipped texts stand out; it is offered only to developers (HIREAPP_PSEUDO_LOCALE=1).

Formatting convention (docs/translations.md): a text with values is translated as a template with
named fields, then filled with str.format: `self.tr("Delete {name}?").format(name=name)`; counts
use Qt's plural form with the English plural as source: `self.tr("%n candidates", "", count)`.
Dates and numbers go through `locale()` so they follow the chosen language.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from hireapp import assets
from hireapp.domain import catalogue
from hireapp.domain.rubric import Anchors
from hireapp.gui.settings import LANGUAGE_KEY

SYSTEM = ""  # the stored value meaning "follow the system locale"
ENGLISH = "en"
PSEUDO = "pseudo"
PSEUDO_ENV = "HIREAPP_PSEUDO_LOCALE"
SHIPPED = ("de",)  # languages with a catalogue, besides English (the source texts)

# Kept here so Python does not collect a translator Qt still uses, and so a second install()
# (tests, screenshots) can remove the previous ones.
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate under `context` and returns it untranslated (typed as str,
    unlike PySide6's own): for texts kept in tables and translated when shown."""
    return text


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
    # The PDFs the GUI prints speak the same language (they read the catalogues without Qt).
    catalogue.use(language)
    system = QLocale.system()
    if language in SHIPPED:
        QLocale.setDefault(QLocale(QLocale.codeToLanguage(language), system.territory()))
    elif language == ENGLISH and system.language() not in (QLocale.Language.C,):
        QLocale.setDefault(QLocale(QLocale.Language.English, system.territory()))
    else:
        QLocale.setDefault(system)
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
    catalogue.use(None)


def locale() -> QLocale:
    """The locale dates and numbers are shown in (the default one install() set)."""
    return QLocale()


def day_text(moment: dt.datetime) -> str:
    """A day as people write it here ("1 Dec 2026", "1. Dez. 2026"), in local time.

    The pattern is a translatable text (marked as a format, so the pseudo-locale leaves it) and
    the month's name comes from the locale."""
    pattern = QCoreApplication.translate("Dates", "d MMM yyyy", "format: a day")
    return locale().toString(_qt(moment), pattern)


def moment_text(moment: dt.datetime) -> str:
    """A day and a time of day, in local time ("1 Dec 2026, 14:05")."""
    pattern = QCoreApplication.translate("Dates", "d MMM yyyy, HH:mm", "format: a day and time")
    return locale().toString(_qt(moment), pattern)


def time_text(moment: dt.datetime) -> str:
    """A time of day, in local time ("14:05")."""
    return locale().toString(_qt(moment).time(), QLocale.FormatType.ShortFormat)


def number_text(value: float, decimals: int = 1) -> str:
    """A number with the locale's decimal separator ("3.5", "3,5")."""
    return locale().toString(value, "f", decimals)


def _qt(moment: dt.datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )


# The recommendation's four values as the GUI shows them; the English words are the domain's
# (hireapp.domain.recommendation), marked here so the GUI can translate them.
_RECOMMENDATIONS = {
    "strong_no": QT_TRANSLATE_NOOP("Recommendation", "Strong no"),
    "no": QT_TRANSLATE_NOOP("Recommendation", "No"),
    "yes": QT_TRANSLATE_NOOP("Recommendation", "Yes"),
    "strong_yes": QT_TRANSLATE_NOOP("Recommendation", "Strong yes"),
}


def recommendation_label(value: str) -> str:
    """A recommendation ("strong_yes") as the GUI's language reads it."""
    return QCoreApplication.translate("Recommendation", _RECOMMENDATIONS.get(value, value))


def level_text(anchors: Anchors, level: int) -> str:
    """What a level means, in the GUI's language where the rubric leaves it undescribed (the
    rubric's own words are the company's and stay as written). Mirrors Anchors.describe."""
    described = anchors.text_for(level)
    if described is not None:
        return described
    known = dict(anchors.items())
    below = max(known_level for known_level in known if known_level < level)
    above = min(known_level for known_level in known if known_level > level)
    return QCoreApplication.translate(
        "Anchors", "Between {below} ({below_gist}) and {above} ({above_gist})"
    ).format(
        below=below, below_gist=_gist(known[below]), above=above, above_gist=_gist(known[above])
    )


def _gist(text: str, words: int = 6) -> str:
    parts = text.split()
    short = " ".join(parts[:words]).rstrip(".;,:")
    return short if len(parts) <= words else short + "…"
