# SPDX-License-Identifier: MIT
"""File names for printed documents: portable, unique and still readable."""

from __future__ import annotations

import re
import unicodedata

# Letters that do not decompose into an ASCII letter and a mark.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "đ": "d"})


def file_name(candidate_id: int, name: str) -> str:
    """A portable file name: the id (unique) and the name in ASCII letters."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    plain = decomposed.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()[:60]
    return f"{candidate_id:06d}-{slug or 'candidate'}.pdf"
