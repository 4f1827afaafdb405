# SPDX-License-Identifier: MIT
"""After an erase, PostgreSQL's planner statistics (pg_stats) hold none of the erased values.

ANALYZE copies sample values of every column (most common values, histogram bounds) into
pg_statistic; deleting the rows, and even VACUUM FULL, leaves them there until the table is
analysed again. These tests search every column's statistics, as text, for the erased values.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from hireapp.services import interviews as iv
from hireapp.services.privacy import erase_candidate
from hireapp.storage.session import Database
from tests.factories import add_candidate, opened, record_interview, start_interview

NAME = "Quirinus Zebedäus Vantongerloo"
EMAIL = "quirinus.vantongerloo@example.org"
NOTE = "Mentioned Zanzibar-lighthouse-project"
SECRETS = ("Vantongerloo", "vantongerloo", "Zanzibar-lighthouse")


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    with opened(pg_url) as database:
        yield database


def _analyze(db: Database) -> None:
    with db.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.exec_driver_sql("ANALYZE")


def _in_statistics(db: Database, secret: str) -> list[str]:
    """The table.column entries of pg_stats whose sampled values mention the secret."""
    with db.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT tablename || '.' || attname FROM pg_stats"
                " WHERE schemaname = current_schema()"
                " AND (most_common_vals::text LIKE :pattern"
                " OR histogram_bounds::text LIKE :pattern"
                " OR most_common_elems::text LIKE :pattern)"
            ),
            {"pattern": f"%{secret}%"},
        ).all()
    return sorted(row[0] for row in rows)


def _erased_interview(db: Database) -> None:
    """The candidate to erase, interviewed, beside a few others so every column has statistics."""
    for number in range(6):
        email = f"other{number}@example.org"
        add_candidate(db, name=f"Other Person {number}", email=email)
        interview = start_interview(db, candidate=email)
        iv.record_impression(db, interview, score=3, note=f"ordinary note {number}")
    interview = record_interview(db, name=NAME, email=EMAIL, submit=False)
    iv.amend_impression(db, interview, score=3, cues=[], note=NOTE, reason="typed late")
    iv.set_wrap_up(db, interview, recommendation="yes", strengths=NOTE, concerns=NOTE)
    iv.submit_interview(db, interview)


def test_erasure_leaves_no_value_in_pg_stats(pg_db: Database) -> None:
    _erased_interview(pg_db)
    _analyze(pg_db)
    for secret in SECRETS:
        assert _in_statistics(pg_db, secret), secret  # the test can see them at all
    erase_candidate(pg_db, EMAIL)
    with pg_db.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.exec_driver_sql("VACUUM FULL")  # not enough on its own
    for secret in SECRETS:
        assert _in_statistics(pg_db, secret) == [], secret
    assert _in_statistics(pg_db, "Other Person")  # the others' statistics are still there


def test_erasing_the_last_candidate_leaves_no_value_in_pg_stats(pg_db: Database) -> None:
    record_interview(pg_db, name=NAME, email=EMAIL)
    record_interview(pg_db, name="Second Vantongerloo", email="second.vantongerloo@example.org")
    _analyze(pg_db)
    assert _in_statistics(pg_db, "Vantongerloo")
    erase_candidate(pg_db, EMAIL)
    erase_candidate(pg_db, "second.vantongerloo@example.org")
    assert _in_statistics(pg_db, "Vantongerloo") == []
    assert _in_statistics(pg_db, "vantongerloo") == []
