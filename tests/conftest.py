# SPDX-License-Identifier: MIT
"""Shared fixtures: an offscreen Qt, private data folders, and databases on SQLite and PostgreSQL.

Storage and service tests take the `db` fixture and so run twice: on a real SQLite file and on a
real PostgreSQL server that this suite starts on loopback. Without PostgreSQL's binaries those runs
skip, unless HIREAPP_REQUIRE_POSTGRES=1 (CI), where they fail.
"""

from __future__ import annotations

import atexit
import itertools
import os
import pathlib
import shutil
import tempfile
from collections.abc import Iterator

# Before anything imports Qt: no screen here, and nothing may touch the user's real data folders.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_PRIVATE = pathlib.Path(tempfile.mkdtemp(prefix="hireapp-tests-"))
atexit.register(shutil.rmtree, _PRIVATE, ignore_errors=True)
os.environ["XDG_DATA_HOME"] = str(_PRIVATE / "data")
os.environ["XDG_CONFIG_HOME"] = str(_PRIVATE / "config")
os.environ["XDG_CACHE_HOME"] = str(_PRIVATE / "cache")
os.environ["XDG_RUNTIME_DIR"] = str(_PRIVATE / "runtime")
(_PRIVATE / "runtime").mkdir(mode=0o700)
os.environ.pop("HIREAPP_DATABASE_URL", None)
# The PDFs and the command line print in English here, whatever the machine's locale says
# (hireapp.domain.catalogue); a test that wants German says so.
os.environ["HIREAPP_LANGUAGE"] = "en"

import pytest  # noqa: E402

from hireapp.storage.session import Database  # noqa: E402
from tests import pgserver  # noqa: E402
from tests.factories import opened  # noqa: E402

REQUIRE_POSTGRES = os.environ.get("HIREAPP_REQUIRE_POSTGRES") == "1"
_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pgserver.PostgresServer]:
    """One PostgreSQL server for the whole run, with a migrated template database."""
    try:
        server = pgserver.start_server()
    except RuntimeError as exc:
        if REQUIRE_POSTGRES:
            pytest.fail(f"PostgreSQL is required (HIREAPP_REQUIRE_POSTGRES=1): {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    try:
        with opened(server.create_database("hireapp_template")):
            pass  # migrated on opening
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: pgserver.PostgresServer) -> str:
    """A fresh, migrated PostgreSQL database for one test."""
    import psycopg

    name = f"test_{os.getpid()}_{next(_names)}"
    with psycopg.connect(
        host="127.0.0.1", port=pg_server.port, user="hireapp", dbname="postgres", autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE hireapp_template')
    return pg_server.url(name)


@pytest.fixture
def sqlite_url(tmp_path: pathlib.Path) -> str:
    return f"sqlite:///{tmp_path / 'hireapp.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest) -> str:
    """The URL of a fresh database, once on SQLite and once on PostgreSQL."""
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An open, migrated database, on both back ends."""
    with opened(db_url) as database:
        yield database


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    """An open, migrated SQLite database, for tests about SQLite itself."""
    with opened(sqlite_url) as database:
        yield database
