# SPDX-License-Identifier: MIT
"""Malformed interview files: never an unhandled exception, never a change on refusal."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hireapp.errors import ImportRejected
from hireapp.services.interchange import export_interviews, import_interview_data
from hireapp.storage.session import Database
from tests.factories import opened, record_interview, table_counts

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A real export, for mutating."""
    folder = tmp_path_factory.mktemp("good")
    with opened(folder / "source.sqlite3") as db:
        record_interview(db)
        export_interviews(db, folder / "x.json")
    data: dict[str, Any] = json.loads((folder / "x.json").read_text("utf-8"))
    return data


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _replace(document: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = json.loads(json.dumps(document))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return copy


def _import_never_half(db: Database, data: bytes) -> None:
    before = table_counts(db)
    try:
        import_interview_data(db, data, "fuzz.json")
    except ImportRejected as exc:
        assert exc.issues
        assert table_counts(db) == before


SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(choice=st.integers(min_value=0), value=JSON)
def test_a_value_replaced_anywhere(
    sqlite_db: Database, good: dict[str, Any], choice: int, value: Any
) -> None:
    paths = _paths(good)
    document = _replace(good, paths[choice % len(paths)], value)
    _import_never_half(sqlite_db, json.dumps(document).encode())


@SETTINGS
@given(data=st.binary(max_size=200), cut=st.integers(min_value=0))
def test_bytes_and_truncated_files(
    sqlite_db: Database, good: dict[str, Any], data: bytes, cut: int
) -> None:
    _import_never_half(sqlite_db, data)
    whole = json.dumps(good).encode()
    _import_never_half(sqlite_db, whole[: cut % len(whole)])
