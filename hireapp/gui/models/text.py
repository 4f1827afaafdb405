# SPDX-License-Identifier: MIT
"""Text shown in the GUI in the user's language: counts, figures and English plurals.

The domain formats a figure once for every surface ("+2.0", "63"); the GUI shows the same
figure with the locale's decimal point and signs, so rounding never differs between surfaces.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

_DIGITS = frozenset("0123456789")


def number(value: int) -> str:
    """A count in the locale's digits and grouping (1,234 in English, 1.234 in German)."""
    return QLocale().toString(value)


def figure(text: str) -> str:
    """A figure the domain formatted ("+2.0", "-13", "3.5") with the locale's signs and point.

    Anything that is not a plain number (an empty cell, a dash, words) comes back unchanged.
    """
    body = text.lstrip("+-")
    if not body or not set(body) <= _DIGITS | {"."} or body.count(".") > 1:
        return text
    locale = QLocale()
    sign = text[: len(text) - len(body)]
    sign = sign.replace("+", locale.positiveSign()).replace("-", locale.negativeSign())
    return sign + body.replace(".", locale.decimalPoint())


def decimal(value: float, decimals: int) -> str:
    """A number with a fixed count of decimals in the locale's notation (0.4 or 0,4)."""
    return QLocale().toString(float(value), "f", decimals)


def english_plural(text: str, n: int) -> str:
    """A translated "%n candidate(s)" read as English when no translation has the message.

    With no translator for a message, Qt hands back its source with only %n replaced; the
    "(s)" of the English source then becomes "" for one and "s" for any other count. A real
    translation carries its own plural forms and no "(s)", so it passes unchanged.
    """
    return text.replace("(s)", "" if n == 1 else "s")
