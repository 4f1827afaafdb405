# SPDX-License-Identifier: MIT
"""The error boundary: a driver error leaves the database as one line without SQL or values.

Statements' parameters hold candidates' names and notes, and SQLAlchemy's own exception text
prints the SQL and its parameters. Here each failure is provoked for real (a lock held by another
connection, a broken rule, a file that is not a database) on an SQLite file and on a PostgreSQL
server, and what would reach the user is checked.
"""

from __future__ import annotations

import pathlib
import sqlite3
import stat
from collections.abc import Iterator

import pytest
from sqlalchemy import insert, text

from hireapp.cli import main
from hireapp.errors import (
    ConstraintViolated,
    DatabaseBusy,
    DatabaseProblem,
    DatabaseUnavailable,
    ValueRefused,
)
from hireapp.services import interviews as iv
from hireapp.storage import session as storage_session
from hireapp.storage.models import Answer, Candidate, Position
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, add_candidate, opened, start_interview

SECRET = "Confidential: says her manager Jürgen Sauer drinks at work"
SQL_WORDS = ("INSERT", "UPDATE", "SELECT", "DELETE", "VALUES", "[SQL", "parameters")


def assert_clean(problem: DatabaseProblem, db: Database, *secrets: str) -> str:
    """One line naming the database, with no SQL and none of the values written; the text."""
    message = str(problem)
    assert "\n" not in message and message.strip() == message, message
    assert db.display_name in message, message
    for word in SQL_WORDS:
        assert word not in message, message
    for secret in (SECRET, *secrets):
        assert secret not in message, message
    assert problem.__cause__ is not None, "the driver's exception stays as the cause"
    return message


@pytest.fixture
def quick_sqlite(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """An SQLite database that waits 0.2 s, not 10 s, for a lock someone else holds."""
    monkeypatch.setattr(storage_session, "BUSY_TIMEOUT_MS", 200)
    with opened(tmp_path / "hireapp.sqlite3") as database:
        yield database


@pytest.fixture
def write_lock(quick_sqlite: Database) -> Iterator[sqlite3.Connection]:
    """Another connection holding the file's write lock, as a second hireapp in mid-save."""
    path = quick_sqlite.engine.url.database
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.execute("ROLLBACK")
    other.close()


# --- a lock held by another program ------------------------------------------------------------


def test_a_note_saved_while_another_program_writes_is_busy_in_one_line(
    quick_sqlite: Database, request: pytest.FixtureRequest
) -> None:
    add_candidate(quick_sqlite)
    interview = start_interview(quick_sqlite)
    request.getfixturevalue("write_lock")
    with pytest.raises(DatabaseBusy) as caught:
        iv.save_note(quick_sqlite, interview, QUESTIONS[0], SECRET)
    message = assert_clean(caught.value, quick_sqlite)
    assert "is busy: another program is writing to it" in message
    assert "locked" not in message  # the driver's words add nothing to the sentence (issue 10)


def test_a_core_insert_blocked_by_a_lock_hides_its_sql_and_values(
    quick_sqlite: Database, write_lock: sqlite3.Connection
) -> None:
    # No write option: the plain BEGIN defers the lock to the INSERT, whose SQLAlchemy error
    # text would carry "INSERT INTO positions ..." and the secret as a parameter.
    with pytest.raises(DatabaseBusy) as caught, quick_sqlite.engine.begin() as conn:
        conn.execute(insert(Position).values(title=SECRET))
    assert_clean(caught.value, quick_sqlite)


def test_the_drivers_own_connection_is_behind_the_same_boundary(
    quick_sqlite: Database, write_lock: sqlite3.Connection
) -> None:
    with pytest.raises(DatabaseBusy) as caught, quick_sqlite.driver_connection() as connection:
        connection.execute("INSERT INTO positions (title) VALUES (?)", (SECRET,))
    assert_clean(caught.value, quick_sqlite)


def test_postgresql_lock_timeout_is_busy_in_one_line(pg_url: str) -> None:
    with opened(pg_url) as db:
        with db.write() as session:
            session.execute(insert(Position).values(title="Agent"))
        holder = db.engine.connect()
        holder.exec_driver_sql("LOCK TABLE positions IN ACCESS EXCLUSIVE MODE")
        try:
            with pytest.raises(DatabaseBusy) as caught, db.engine.begin() as conn:
                conn.exec_driver_sql("SET LOCAL lock_timeout = '200ms'")
                conn.execute(insert(Position).values(title=SECRET))
        finally:
            holder.rollback()
            holder.close()
        assert "SQLSTATE 55P03" in assert_clean(caught.value, db)


# --- a rule of the schema broken ---------------------------------------------------------------


def test_a_unique_violation_names_the_rule_and_no_value(db: Database) -> None:
    secret_email = "juergen.sauer.private@example.org"
    add_candidate(db, email=secret_email)
    with pytest.raises(ConstraintViolated) as caught, db.write() as session:
        position = session.scalar(text("SELECT id FROM positions"))
        session.add(Candidate(name=SECRET, email=secret_email, position_id=position))
    message = assert_clean(caught.value, db, secret_email)
    assert caught.value.constraint == "uq_candidates_email"
    assert "uq_candidates_email" in message


def test_check_and_not_null_violations_name_the_same_rule_on_both_databases(db: Database) -> None:
    add_candidate(db)
    interview = start_interview(db)
    with pytest.raises(ConstraintViolated) as caught, db.write() as session:
        session.execute(
            insert(Answer).values(interview_id=interview, question_id="q", score=7, note=SECRET)
        )
    assert caught.value.constraint == "ck_answers_score_range"
    assert_clean(caught.value, db)
    with pytest.raises(ConstraintViolated) as caught, db.write() as session:
        session.execute(insert(Position).values(title=None))
    assert caught.value.constraint == "positions.title"
    assert_clean(caught.value, db)


def test_postgresql_refused_values_stay_out_of_the_message(pg_url: str) -> None:
    with opened(pg_url) as db:
        # PostgreSQL's own message quotes the value: invalid input syntax for type integer: "..."
        with pytest.raises(ValueRefused) as caught, db.write() as session:
            session.execute(
                text("INSERT INTO positions (id, title) VALUES (CAST(:id AS integer), 'x')"),
                {"id": "SECRET-42"},
            )
        assert "SQLSTATE 22P02" in assert_clean(caught.value, db, "SECRET-42")
        with pytest.raises(ValueRefused) as caught, db.write() as session:
            session.execute(insert(Position).values(title=SECRET * 10))
        assert "longer than its column" in assert_clean(caught.value, db)


# --- a database that cannot be used, and what the command line prints -------------------------


def test_a_file_that_is_not_a_database_is_unavailable(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text(SECRET * 100)
    with pytest.raises(DatabaseUnavailable) as caught:
        Database(str(path))
    message = str(caught.value)
    assert "\n" not in message and "not a database" in message and str(path) in message


def test_opening_someone_elses_file_leaves_its_permissions_and_bytes(
    tmp_path: pathlib.Path,
) -> None:
    # Found by pointing --db at /etc/passwd: it was made 0600, so no other user could log in.
    path = tmp_path / "shared.txt"
    path.write_text("not mine to change\n")
    path.chmod(0o644)
    with pytest.raises(DatabaseUnavailable):
        Database(str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert path.read_text() == "not mine to change\n"


def test_the_command_line_prints_a_busy_database_in_one_line_and_exits_2(
    quick_sqlite: Database,
    write_lock: sqlite3.Connection,
    tmp_path: pathlib.Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(f"name,email,position\n{SECRET},secret@example.org,Agent\n", "utf-8")
    status = main(["--db", quick_sqlite.url, "candidates", "import", str(csv)])
    err = capsys.readouterr().err
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hireapp: "), err
    assert "is busy" in lines[0] and quick_sqlite.display_name in lines[0], err
    assert SECRET not in err and "INSERT" not in err and "Traceback" not in err


def test_a_pool_with_no_free_connection_is_busy_in_one_line(tmp_path: pathlib.Path) -> None:
    # The pool's own timeout never reaches the driver-error listener; it is a problem of the
    # database all the same, and must not escape as SQLAlchemy's text.
    from sqlalchemy.pool import QueuePool

    path = tmp_path / "pool.sqlite3"
    db = Database(str(path))
    db.engine.pool = QueuePool(
        lambda: sqlite3.connect(path, check_same_thread=False),
        pool_size=1, max_overflow=0, timeout=0.1,
    )  # fmt: skip
    try:
        with db.connect(), pytest.raises(DatabaseBusy) as caught, db.read() as session:
            session.execute(text("SELECT 1"))
        message = str(caught.value)
        assert "\n" not in message and "busy" in message and str(path) in message
        with db.connect(), pytest.raises(DatabaseBusy), db.write() as session:
            session.execute(text("SELECT 1"))
    finally:
        db.dispose()
