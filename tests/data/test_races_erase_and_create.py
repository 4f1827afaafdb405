# SPDX-License-Identifier: MIT
"""Races between clients of one database: an erase against a submit or an amendment, and several
clients creating the same position, interviewer or candidate at once.

Real concurrency: threads, each with its own `Database` (its own connection pool), started
together at a barrier, as separate copies of the app would be. On PostgreSQL these raced for
real before the fix (audit rows outliving 18 of 20 erasures; raw IntegrityError in up to 16 of
20 concurrent creates); on SQLite writers take the lock at BEGIN, so the same tests check that
the serialised path gives the same answers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

import pytest
from sqlalchemy import func, select

from hireapp.errors import Conflict, NotFound
from hireapp.services import interviews as iv
from hireapp.services.people import create_candidate, ensure_interviewer, ensure_position
from hireapp.services.privacy import erase_candidate
from hireapp.services.rubrics import ensure_default_rubric
from hireapp.storage.models import AuditEvent, Candidate, Interview, Position
from hireapp.storage.session import Database
from tests.factories import CUES, add_candidate, answer_all, opened, start_interview

TRIALS = 20
CLIENTS = 4


@pytest.fixture
def clients(db: Database) -> Iterator[list[Database]]:
    """Separate connection pools on the `db` fixture's database, one per racing thread."""
    opened_dbs = [opened(db.url) for _ in range(CLIENTS)]
    try:
        yield [context.__enter__() for context in opened_dbs]
    finally:
        for context in opened_dbs:
            context.__exit__(None, None, None)


def _race(calls: Sequence[Callable[[], Any]]) -> list[tuple[str, Any]]:
    """Run the calls at once, each on its own thread; ("ok", result) or ("error", exception)."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[tuple[str, Any]] = [("unfinished", None)] * len(calls)

    def run(index: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            outcomes[index] = ("ok", call())
        except Exception as exc:  # every outcome is examined by the test
            outcomes[index] = ("error", exc)

    threads = [threading.Thread(target=run, args=(index, call)) for index, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def _leftovers(db: Database) -> int:
    """Audit rows other than erase tombstones: every candidate of these tests is erased, so any
    such row tells about an erased interview (its interviewer, scores, notes)."""
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action != "erase")
            )
            or 0
        )


def _ready_to_submit(db: Database, trial: int, marker: str) -> int:
    email = f"race{trial}@example.org"
    add_candidate(db, name=f"Racer {trial}", email=email)
    interview = start_interview(db, candidate=email, interviewer=f"Ines {trial}")
    iv.record_impression(db, interview, score=4, cues=CUES[:1], note=marker)
    answer_all(db, interview, 3)
    iv.set_wrap_up(db, interview, recommendation="yes", strengths=marker, concerns=marker)
    return interview


@pytest.mark.parametrize("change", ["submit", "amend", "start"])
def test_no_audit_row_outlives_an_erase_racing_a_change(
    db: Database, clients: list[Database], change: str
) -> None:
    eraser, writer = clients[0], clients[1]
    second = ensure_interviewer(db, "Second Interviewer").id
    rubric = ensure_default_rubric(db).id
    survivors = []
    left = 0  # audit rows left by earlier trials, so each trial counts only its own
    for trial in range(TRIALS):
        marker = f"secret-{change}-{trial}"
        interview = _ready_to_submit(db, trial, marker)
        candidate = f"race{trial}@example.org"

        def write(
            interview: int = interview, marker: str = marker, candidate: str = candidate
        ) -> None:
            if change == "submit":
                iv.submit_interview(writer, interview)
            elif change == "start":
                iv.start_interview(
                    writer, candidate=candidate, interviewer_id=second, rubric_version_id=rubric
                )
            else:
                iv.amend_impression(
                    writer, interview, score=2, cues=[], note=marker + "-after", reason=marker
                )

        erased, written = _race([partial(erase_candidate, eraser, candidate), write])
        assert erased[0] == "ok", erased
        # The change landed before the erase (and went with it), or found the interview gone.
        assert written[0] == "ok" or isinstance(written[1], NotFound), written
        if _leftovers(db) > left:
            survivors.append(trial)
            left = _leftovers(db)
    assert survivors == [], f"{len(survivors)} of {TRIALS} erasures left audit rows"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Interview)) == 0
        assert session.scalar(select(func.count()).select_from(Candidate)) == 0


def _raw_errors(outcomes: list[tuple[str, Any]]) -> list[Any]:
    """The outcomes that are neither a success nor the project's Conflict message."""
    return [value for kind, value in outcomes if kind != "ok" and not isinstance(value, Conflict)]


def _successes(outcomes: list[tuple[str, Any]]) -> list[Any]:
    return [value for kind, value in outcomes if kind == "ok"]


def test_concurrent_creates_of_one_position_all_get_it(
    db: Database, clients: list[Database]
) -> None:
    raw: list[tuple[int, Exception]] = []
    for trial in range(TRIALS):
        title = f"Position {trial}"
        outcomes = _race([partial(ensure_position, c, title) for c in clients])
        raw += [(trial, error) for error in _raw_errors(outcomes)[:1]]
        results = _successes(outcomes)
        assert not results or len({r.id for r in results}) == 1
    assert raw == [], f"{len(raw)} of {TRIALS} trials ended in a raw error"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Position)) == TRIALS


def test_concurrent_creates_of_one_interviewer_all_get_them(
    db: Database, clients: list[Database]
) -> None:
    raw: list[tuple[int, Exception]] = []
    for trial in range(TRIALS):
        name = f"Interviewer {trial}"
        outcomes = _race([partial(ensure_interviewer, c, name) for c in clients])
        raw += [(trial, error) for error in _raw_errors(outcomes)[:1]]
        results = _successes(outcomes)
        assert not results or len({r.id for r in results}) == 1
    assert raw == [], f"{len(raw)} of {TRIALS} trials ended in a raw error"


def test_concurrent_creates_of_candidates_succeed_or_conflict(
    db: Database, clients: list[Database]
) -> None:
    raw: list[tuple[int, Exception]] = []
    for trial in range(TRIALS):
        # Two clients add the same email; all of them need the same new position.
        emails = [f"same{trial}@example.org"] * 2 + [
            f"other{trial}-{n}@example.org" for n in range(CLIENTS - 2)
        ]
        outcomes = _race(
            [
                partial(
                    create_candidate, c, name=f"Cand {e}", email=e, position=f"New role {trial}"
                )
                for c, e in zip(clients, emails, strict=True)
            ]
        )
        if _raw_errors(outcomes):
            raw.append((trial, _raw_errors(outcomes)[0]))
            continue
        results = _successes(outcomes)
        assert sorted(r.email for r in results) == sorted(set(emails))
        assert len({r.position_id for r in results}) == 1
        refused = [value for kind, value in outcomes if kind == "error"]
        assert len(refused) == 1 and "already used by candidate" in str(refused[0])
    assert raw == [], f"{len(raw)} of {TRIALS} trials ended in a raw error"


def test_concurrent_stores_of_one_rubric_all_get_it(db: Database, clients: list[Database]) -> None:
    # Four copies of the app opening a new database at once each store the default rubric.
    from hireapp.domain.rubric import default_rubric_path, load_rubric
    from hireapp.services.rubrics import register_rubric

    base = load_rubric(default_rubric_path())
    raw: list[tuple[int, Exception]] = []
    for trial in range(TRIALS):
        rubric = base.model_copy(update={"version": f"race-{trial}"})
        outcomes = _race([partial(register_rubric, c, rubric) for c in clients])
        raw += [(trial, error) for error in _raw_errors(outcomes)[:1]]
        results = _successes(outcomes)
        assert len(results) == len(clients) and len({r.id for r in results}) == 1
    assert raw == [], f"{len(raw)} of {TRIALS} trials ended in a raw error"
