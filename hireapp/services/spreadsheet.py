# SPDX-License-Identifier: MIT
"""Text bound for spreadsheets, made safe from formula injection."""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """Prefix a cell that a spreadsheet would run as a formula with an apostrophe.

    A candidate named "=HYPERLINK(...)" would otherwise become a live formula when HR opens
    the CSV. The apostrophe shows the text as typed and is the convention spreadsheets honour.
    """
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
