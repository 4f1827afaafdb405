# SPDX-License-Identifier: MIT
"""What text a person may enter: no NUL or other control characters, wherever it comes from.

A NUL in a name made a second "Ian One" that looks the same in SQLite and was refused by
PostgreSQL without a location; control characters are invisible on screen and on paper. So every
input (GUI fields, CSV, interchange JSON, the command line) is checked here, once, before it
reaches a database. Tab and newline are allowed in multi-line text (notes, strengths, concerns)
and nowhere else.
"""

from __future__ import annotations

import unicodedata

from hireapp.errors import InvalidInput

_MULTILINE_ALLOWED = frozenset("\t\n\r")


def control_character(value: str, *, multiline: bool = False) -> tuple[int, str] | None:
    """The position (from 1) and the name of the first character not allowed, or None."""
    for index, char in enumerate(value):
        if multiline and char in _MULTILINE_ALLOWED:
            continue
        # Cc: C0 and C1 controls, NUL among them. Cs: lone surrogates, which no UTF-8 can carry.
        if unicodedata.category(char) in ("Cc", "Cs"):
            return index + 1, f"U+{ord(char):04X}"
    return None


def checked_text(field: str, value: str, *, multiline: bool = False) -> str:
    """`value` unchanged, or InvalidInput naming the field, the character and where it stands."""
    found = control_character(value, multiline=multiline)
    if found is not None:
        position, code = found
        raise InvalidInput(
            field,
            f"contains a control character ({code}) at character {position}; "
            "remove it and try again",
        )
    return value
