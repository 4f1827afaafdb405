# SPDX-License-Identifier: MIT
"""The program's own text outside the GUI (the PDFs, the command line), from the GUI's catalogues.

The GUI translates through Qt; the reports and the command line may not load Qt, so they read the
same catalogues here, in plain Python. `tools/translations.py release` writes each catalogue's
finished translations as resources/translations/hireapp_<lang>.json beside its .qm, so a wheel and
the bundle carry them with the other resources.

    from hireapp.domain.catalogue import translate
    translate("SummaryPdf", "Rationale")                 # "Begründung" in German
    translate("SummaryPdf", "%n draft interviews", "", count)   # a plural: %n becomes the count

The function is named `translate` and called with its arguments in place (context, text,
disambiguation, count) because that is what pyside6-lupdate recognises in any Python file: the
same extraction as the GUI's QCoreApplication.translate, into the same .ts files. A count given by
keyword is not seen by lupdate; pass it in place.

Which language: `use(language)` (the GUI calls it with its own choice), else the environment
variable HIREAPP_LANGUAGE, else the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else
English. A language without a catalogue falls back to English, the source texts.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import threading
from typing import Any

from hireapp import assets

ENGLISH = "en"
PSEUDO = "pseudo"
LANGUAGE_ENV = "HIREAPP_LANGUAGE"
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_lock = threading.Lock()
_chosen: str | None = None  # set by use(); None: from the environment
_loaded: dict[str, dict[str, Any]] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate under `context`; returns it as it is, to translate where shown."""
    return text


@functools.cache
def available() -> tuple[str, ...]:
    """The languages with a catalogue (English, the source, always); looked up once a run."""
    folder = assets.resource_path("translations")
    found = {p.stem.removeprefix("hireapp_") for p in folder.glob("hireapp_*.json")}
    return tuple(sorted(found | {ENGLISH}))


def _known(code: str) -> str | None:
    """A language code ("de_DE.UTF-8", "de-AT", "de") as one with a catalogue, else None."""
    language = code.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if not language or language in ("c", "posix"):
        return None
    if language == PSEUDO:
        return PSEUDO
    return language if language in available() else None


def from_environment(environ: dict[str, str] | None = None) -> str:
    """The language the environment asks for: HIREAPP_LANGUAGE, else the locale, else English.

    Like gettext, LANGUAGE may list several ("de:en"); the first with a catalogue wins. A locale
    of C or POSIX, or one whose language has no catalogue, means English.
    """
    env = os.environ if environ is None else environ
    asked = env.get(LANGUAGE_ENV, "").strip()
    if asked:
        return _known(asked) or ENGLISH
    for name in _ENVIRONMENT:
        value = env.get(name, "").strip()
        if not value:
            continue
        for part in value.split(":"):
            found = _known(part)
            if found is not None:
                return found
            if part.split("_")[0].split(".")[0].lower() == ENGLISH:
                return ENGLISH
        if name != "LANGUAGE":
            # The first of LC_ALL, LC_MESSAGES, LANG that is set decides, as in POSIX.
            return ENGLISH
    return ENGLISH


def use(language: str | None) -> str:
    """Print in `language` from now on (None: as the environment says); the language in effect."""
    global _chosen
    with _lock:
        _chosen = None if language is None else (_known(language) or ENGLISH)
    return current()


def current() -> str:
    """The language texts are translated into now."""
    chosen = _chosen
    return from_environment() if chosen is None else chosen


def _catalogue(language: str) -> dict[str, Any]:
    with _lock:
        found = _loaded.get(language)
        if found is None:
            path = assets.resource_path(f"translations/hireapp_{language}.json")
            try:
                found = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                found = {}
            _loaded[language] = found
        return found


def _key(source: str, disambiguation: str) -> str:
    # As the JSON keys them: the source, and after a control character the comment if any.
    return f"{source}\x04{disambiguation}" if disambiguation else source


def translate(context: str, source: str, disambiguation: str = "", n: int | None = None) -> str:
    """`source` in the current language; with a count `n`, its plural form with %n filled in.

    Only finished translations are in the catalogue; anything else reads as the English source.
    Values go in afterwards with str.format, as in the GUI (docs/translations.md).
    """
    language = current()
    found = _catalogue(language).get(context, {}).get(_key(source, disambiguation))
    if n is None:
        return found if isinstance(found, str) else source
    if not isinstance(found, list) and language != ENGLISH:
        # An untranslated plural reads as English does, singular from the English catalogue.
        found = _catalogue(ENGLISH).get(context, {}).get(_key(source, disambiguation))
    forms = found if isinstance(found, list) and found else [source]
    form = forms[_plural_index(language, n, len(forms))] or source
    return form.replace("%Ln", str(n)).replace("%n", str(n))


def _plural_index(language: str, n: int, forms: int) -> int:
    """Which of a plural's forms a count takes: English and German have one (n == 1) and other."""
    if forms == 1:
        return 0
    return 0 if abs(n) == 1 else 1


# --- dates and numbers on paper ---------------------------------------------------------------

_MONTHS = (
    QT_TRANSLATE_NOOP("Months", "Jan"),
    QT_TRANSLATE_NOOP("Months", "Feb"),
    QT_TRANSLATE_NOOP("Months", "Mar"),
    QT_TRANSLATE_NOOP("Months", "Apr"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "Jun"),
    QT_TRANSLATE_NOOP("Months", "Jul"),
    QT_TRANSLATE_NOOP("Months", "Aug"),
    QT_TRANSLATE_NOOP("Months", "Sep"),
    QT_TRANSLATE_NOOP("Months", "Oct"),
    QT_TRANSLATE_NOOP("Months", "Nov"),
    QT_TRANSLATE_NOOP("Months", "Dec"),
)


def day_text(value: dt.datetime | dt.date) -> str:
    """A day as people write it on paper: "14 Oct 2026", in German "14. Okt. 2026"."""
    pattern = translate("Dates", "{day} {month} {year}", "format: a day on paper")
    month = translate("Months", _MONTHS[value.month - 1])
    return pattern.format(day=value.day, month=month, year=value.year)


def number_text(value: float, decimals: int = 1) -> str:
    """A figure with decimals in the current language's way: "3.5", in German "3,5"."""
    text = f"{value:.{decimals}f}"
    point = translate("Numbers", ".", "format: the decimal separator")
    return text.replace(".", point) if point != "." else text


def decimal(text: str) -> str:
    """A number already formatted with a point ("3.5", "+2.0") with the language's separator."""
    point = translate("Numbers", ".", "format: the decimal separator")
    return text.replace(".", point) if point != "." else text


# --- words the services hand over in English, printed in the document's language -------------

DASH = "–"

_RECOMMENDATIONS = {
    "strong_no": QT_TRANSLATE_NOOP("Recommendation", "Strong no"),
    "no": QT_TRANSLATE_NOOP("Recommendation", "No"),
    "yes": QT_TRANSLATE_NOOP("Recommendation", "Yes"),
    "strong_yes": QT_TRANSLATE_NOOP("Recommendation", "Strong yes"),
}
# The decisions as hireapp.services.decisions labels them, and the withheld figure's words
# (hireapp.domain.independence.WITHHELD): the documents receive the English and print these.
_ENGLISH_WORDS = {
    "Advance": QT_TRANSLATE_NOOP("Decision", "Advance"),
    "Hire": QT_TRANSLATE_NOOP("Decision", "Hire"),
    "Reject": QT_TRANSLATE_NOOP("Decision", "Reject"),
    "On hold": QT_TRANSLATE_NOOP("Decision", "On hold"),
}
_WITHHELD = QT_TRANSLATE_NOOP("PdfPages", "hidden until you submit")


def recommendation(value: str | None, missing: str = DASH) -> str:
    """A recommendation ("strong_yes") as the document's language reads it ("Strong yes")."""
    label = _RECOMMENDATIONS.get(value or "")
    return missing if label is None else translate("Recommendation", label)


def recommendation_word(label: str) -> str:
    """A recommendation already in English words ("Strong yes", or a dash) translated."""
    return translate("Recommendation", label) if label in _RECOMMENDATIONS.values() else label


def decision_label(label: str) -> str:
    """A decision's English label (Hire, On hold ...) in the document's language."""
    return translate("Decision", label) if label in _ENGLISH_WORDS else label


def withheld() -> str:
    """What a figure hidden from the reader reads ("hidden until you submit")."""
    return translate("PdfPages", _WITHHELD)


def after_interview(text: str) -> str:
    """The services' "2 days after the last interview" (hireapp.services.decisions) in the
    document's language; a text it does not recognise is printed as given."""
    if text == "before any interview was submitted":
        return translate("PdfPages", "before any interview was submitted")
    if text == "before the last interview was submitted":
        return translate("PdfPages", "before the last interview was submitted")
    if text == "right after the last interview":
        return translate("PdfPages", "right after the last interview")
    found = re.fullmatch(r"(\d+) (day|hour|minute)s? after the last interview", text)
    if found is None:
        return text
    count = int(found.group(1))
    unit = found.group(2)
    if unit == "day":
        return translate("PdfPages", "%n days after the last interview", "", count)
    if unit == "hour":
        return translate("PdfPages", "%n hours after the last interview", "", count)
    return translate("PdfPages", "%n minutes after the last interview", "", count)
