# SPDX-License-Identifier: MIT
"""Interviews with known start times for the order-effects tests of the service, view and CLI.

The times are written as wall-clock times in LOCAL (UTC+2) and stored in UTC, so a figure that
reckoned days in UTC would come out differently (Noor's two interviews fall on one local day but
on two UTC days). Every interview answers all questions at one level, so its structured score is
(level - 1) * 25 points.

    Maya   Mon 2 Nov: 09:00 L4, 10:00 L3, 11:00 L5, 12:30 L2, 14:00 L4  (five in a row: flagged)
           Tue 3 Nov: 09:00 L3, 13:00 L4                                  (two runs)
    Omar   Mon 2 Nov: 09:00, 10:30, 12:00, 13:30 all L3                   (four in a row: not)
    Lea    2 Nov 15:00 L1, 16:00 L1; 3 Nov L5, L5; 4 Nov L3, L3; 5 Nov L2, L2 (each 15:00, 16:00)
    Noor   2 Nov 23:30 UTC L2 and 3 Nov 00:30 UTC L4: both on Tue 3 Nov locally
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import update

from hireapp.storage.models import Interview
from hireapp.storage.session import Database
from tests.factories import add_candidate, take_interview

LOCAL = dt.timezone(dt.timedelta(hours=2))
POSIX_TZ = "XYZ-2"  # the same zone for the TZ environment variable: two hours east of UTC

MAYA = [
    ((2, 9, 0), 4), ((2, 10, 0), 3), ((2, 11, 0), 5), ((2, 12, 30), 2), ((2, 14, 0), 4),
    ((3, 9, 0), 3), ((3, 13, 0), 4),
]  # fmt: skip
OMAR = [((2, 9, 0), 3), ((2, 10, 30), 3), ((2, 12, 0), 3), ((2, 13, 30), 3)]
LEA = [
    ((day, hour, 0), level)
    for day, level in ((2, 1), (3, 5), (4, 3), (5, 2))
    for hour in (15, 16)
]  # fmt: skip
NOOR_UTC = [(dt.datetime(2026, 11, 2, 23, 30, tzinfo=dt.UTC), 2),
            (dt.datetime(2026, 11, 3, 0, 30, tzinfo=dt.UTC), 4)]  # fmt: skip


def local(day: int, hour: int, minute: int) -> dt.datetime:
    """A wall-clock time in November 2026 in LOCAL."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=LOCAL)


def points(level: int) -> float:
    return (level - 1) * 25.0


def _interview(db: Database, who: str, started: dt.datetime, level: int, n: int) -> int:
    email = f"c{n}@example.org"
    add_candidate(db, name=f"Candidate {n}", email=email, position="Agent")
    interview = take_interview(db, candidate=email, interviewer=who, levels=level)
    with db.write() as session:
        session.execute(
            update(Interview).where(Interview.id == interview).values(started_at=started)
        )
    return interview


def build_order_case(db: Database) -> None:
    """The interviews of the module docstring, submitted, with their start times."""
    numbers = itertools.count(1)
    for who, plan in (("Maya", MAYA), ("Omar", OMAR), ("Lea", LEA)):
        for (day, hour, minute), level in plan:
            _interview(db, who, local(day, hour, minute), level, next(numbers))
    for started, level in NOOR_UTC:
        _interview(db, "Noor", started, level, next(numbers))


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's time zone set to LOCAL for the test (and the child processes it starts)."""
    monkeypatch.setenv("TZ", POSIX_TZ)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
