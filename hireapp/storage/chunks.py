# SPDX-License-Identifier: MIT
"""Long `IN (...)` lists cut into pieces every database accepts.

SQLite allows 32,766 bound parameters a statement and PostgreSQL 65,535; 500 a piece keeps the
number of queries low and stays far below both.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final, TypeVar

IN_CHUNK: Final = 500

_T = TypeVar("_T")


def chunked(values: Sequence[_T], size: int = IN_CHUNK) -> Iterator[Sequence[_T]]:
    """`values` in consecutive pieces of at most `size`, for one `IN (...)` query each."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
