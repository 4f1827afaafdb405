# SPDX-License-Identifier: MIT
"""How a search matches a name: without regard to case or accents, word by word.

"zoe" finds "Zoë", "angstrom" finds "Ångström", "orsted" finds "Ørsted": people type names as
their keyboard allows. One rule for every search box, so that a name found in one is found in all.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters that carry their mark inside them, so that decomposing leaves them whole.
_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe"})


def folded(text: str) -> str:
    """The text as searches compare it: case folded, accents and other marks removed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(query: str, haystack: str) -> bool:
    """Whether every word of the query is in the haystack (already `folded`)."""
    return all(word in haystack for word in folded(query).split())


def search_text(parts: Iterable[str]) -> str:
    """The folded text a search looks in, from the parts shown (a name, an email...)."""
    return folded(" ".join(parts))
