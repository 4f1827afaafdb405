# SPDX-License-Identifier: MIT
"""A change committed by another process is noticed, on SQLite and on PostgreSQL, without F5.

The writer is a real second process with its own connections, as another copy of the app (or a
colleague's machine on the same PostgreSQL server) would be.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from hireapp.errors import HireappError
from hireapp.services.changes import ChangeWatch
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database
from tests.factories import add_candidate

ADD_CANDIDATE = """
import sys
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database

url, name, email = sys.argv[1:4]
db = Database(url, migrate=False)  # the test migrated it already
create_candidate(db, name=name, email=email, position="Agent")
db.dispose()
"""


def add_in_another_process(url: str, name: str, email: str) -> None:
    subprocess.run([sys.executable, "-c", ADD_CANDIDATE, url, name, email], check=True, timeout=60)


def _news_within(watch: ChangeWatch, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watch.changed():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def watch(db: Database) -> Iterator[ChangeWatch]:
    found = ChangeWatch(db)
    assert found.wait_ready(10), "the watch never started listening"
    yield found
    found.close()


def test_a_commit_in_another_process_is_noticed_once(
    db: Database, db_url: str, watch: ChangeWatch
) -> None:
    assert not _news_within(watch, 0.3), "nothing changed yet"
    add_in_another_process(db_url, "Zoë Ångström", "zoe.a@example.org")
    assert _news_within(watch, 2.0)
    assert not _news_within(watch, 0.3), "one commit is reported once"


def test_reads_and_refused_writes_are_no_news(db: Database, watch: ChangeWatch) -> None:
    add_candidate(db, name="Ann Lee", email="ann@example.org")
    assert _news_within(watch, 2.0), "this process's own write, through the pool, is news too"
    with db.read() as session:
        session.execute(text("SELECT count(*) FROM candidates")).one()
    with pytest.raises(HireappError):
        create_candidate(db, name="Ann Again", email="ann@example.org", position="Agent")
    assert not _news_within(watch, 0.5)


def test_a_closed_watch_reports_nothing(db: Database, db_url: str) -> None:
    watch = ChangeWatch(db)
    assert watch.wait_ready(10)
    watch.close()
    watch.close()  # twice is harmless
    add_in_another_process(db_url, "Ann Lee", "ann@example.org")
    assert not _news_within(watch, 0.5)


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_postgres_listener_comes_back_after_losing_its_connection(
    db: Database, db_url: str, watch: ChangeWatch
) -> None:
    with db.connect() as connection:
        ended = connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query LIKE 'LISTEN hireapp_changes%' AND pid <> pg_backend_pid()"
            )
        ).all()
    assert ended == [(True,)]
    # Notifications sent while it was away are lost: coming back counts as news, once.
    assert _news_within(watch, 5.0)
    assert watch.wait_ready(10)
    assert not _news_within(watch, 0.3)
    add_in_another_process(db_url, "Ann Lee", "ann@example.org")
    assert _news_within(watch, 2.0)
