# SPDX-License-Identifier: MIT
"""A second database, as on an interviewer's offline laptop, beside the `db` fixture."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator

import pytest

from hireapp.storage.session import Database
from tests.factories import opened


@pytest.fixture
def laptop(tmp_path: pathlib.Path) -> Iterator[Database]:
    """An SQLite file of its own (`sqlite_db` is the same file as `db` on SQLite)."""
    with opened(tmp_path / "laptop.sqlite3") as database:
        yield database
