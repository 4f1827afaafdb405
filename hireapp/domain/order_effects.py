# SPDX-License-Identifier: MIT
"""Order effects: does an interviewer's score depend on when in their day the interview fell?

Interviewers tire, and a candidate can be judged against the ones just before rather than against
the rubric (a contrast effect) or carried along by the day's mood (assimilation). Per interviewer,
from their submitted interviews' start times and overall scores, this module gives:

- each interview's position in its local day (1st, 2nd, ...) and the mean score by position;
- each interview's running mean: the mean of that interviewer's earlier scores the same day, and
  the correlation between score and running mean over the interviews that have one (positive:
  scores drift with the day, assimilation; negative: a candidate after strong ones scores lower,
  contrast), with n and a 95% interval (validity.correlation);
- runs of interviews "in a row" and a flag for an interviewer past four in a row.

Definitions, exactly:

- Local day: the calendar date of the start time in `tz` when given and the time is aware; an
  aware time without `tz` keeps its own offset; a naive time is taken as local wall-clock time
  already. Positions, runs and gaps are reckoned on that local wall clock.
- In a row: consecutive interviews (by start time) of one interviewer on the same local day where
  each starts less than RUN_GAP (2 hours) after the previous one started. A gap of 2 hours or more,
  or a new day, starts a new run. Interviews starting at the same minute count in input order.
- Past four in a row: a run of more than RUN_LIMIT (4) interviews; the fifth and later
  interviews of such a run are the ones "past four" (`run_position > 4`).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Final, Generic, TypeVar

from hireapp.domain.validity import Correlation, correlation

R = TypeVar("R", bound=Hashable)

RUN_GAP: Final = timedelta(hours=2)
"""Interviews starting less than this apart on the same day are in a row."""

RUN_LIMIT: Final = 4
"""More interviews in a row than this are flagged."""


@dataclass(frozen=True)
class SubmittedInterview(Generic[R]):
    """One submitted interview: who, when it started, and its overall score."""

    interviewer: R
    started_at: datetime
    score: float


@dataclass(frozen=True)
class PlacedInterview:
    """An interview placed in its interviewer's day.

    position: 1 for the day's first interview. run: which run of the day (1-based); run_position:
    place within that run. earlier_mean: mean score of the same day's earlier interviews, None for
    the day's first.
    """

    started_at: datetime
    day: date
    score: float
    position: int
    run: int
    run_position: int
    earlier_mean: float | None

    @property
    def past_limit(self) -> bool:
        """Whether this is the fifth or a later interview in a row."""
        return self.run_position > RUN_LIMIT


@dataclass(frozen=True)
class PositionMean:
    """The mean score of an interviewer's interviews at one position in the day."""

    position: int
    mean: float
    n: int


@dataclass(frozen=True)
class Run:
    """Interviews in a row: the day, first and last start, and how many."""

    day: date
    first: datetime
    last: datetime
    interviews: int


@dataclass(frozen=True)
class InterviewerOrder(Generic[R]):
    """One interviewer's order effects. long_runs: the runs of more than RUN_LIMIT."""

    interviewer: R
    interviews: tuple[PlacedInterview, ...]
    days: int
    by_position: tuple[PositionMean, ...]
    running_mean: Correlation
    long_runs: tuple[Run, ...]

    @property
    def past_four(self) -> bool:
        """Whether the interviewer ever did more than four interviews in a row."""
        return bool(self.long_runs)


def local_time(moment: datetime, tz: tzinfo | None) -> datetime:
    """The wall-clock time the day and gaps are reckoned on (naive); see the module docstring."""
    if moment.tzinfo is not None and tz is not None:
        moment = moment.astimezone(tz)
    return moment.replace(tzinfo=None)


def order_effects(
    interviews: Iterable[SubmittedInterview[R]], tz: tzinfo | None = None
) -> tuple[InterviewerOrder[R], ...]:
    """Order effects for every interviewer, in the order they first appear."""
    by_interviewer: dict[R, list[SubmittedInterview[R]]] = {}
    for interview in interviews:
        by_interviewer.setdefault(interview.interviewer, []).append(interview)
    return tuple(_one(who, items, tz) for who, items in by_interviewer.items())


def _place(items: list[SubmittedInterview[R]], tz: tzinfo | None) -> list[PlacedInterview]:
    timed = sorted(
        ((local_time(i.started_at, tz), i.score) for i in items), key=lambda pair: pair[0]
    )
    placed: list[PlacedInterview] = []
    previous: datetime | None = None
    position = run = run_position = 0
    day_scores: list[float] = []
    for moment, score in timed:
        if previous is None or moment.date() != previous.date():
            position = run = run_position = 0
            day_scores = []
        if previous is None or position == 0 or moment - previous >= RUN_GAP:
            run += 1
            run_position = 0
        position += 1
        run_position += 1
        earlier = math.fsum(day_scores) / len(day_scores) if day_scores else None
        placed.append(
            PlacedInterview(moment, moment.date(), score, position, run, run_position, earlier)
        )
        day_scores.append(score)
        previous = moment
    return placed


def _one(who: R, items: list[SubmittedInterview[R]], tz: tzinfo | None) -> InterviewerOrder[R]:
    placed = _place(items, tz)
    at_position: dict[int, list[float]] = {}
    for p in placed:
        at_position.setdefault(p.position, []).append(p.score)
    by_position = tuple(
        PositionMean(position, math.fsum(scores) / len(scores), len(scores))
        for position, scores in sorted(at_position.items())
    )
    runs: dict[tuple[date, int], list[PlacedInterview]] = {}
    for p in placed:
        runs.setdefault((p.day, p.run), []).append(p)
    long_runs = tuple(
        Run(day, members[0].started_at, members[-1].started_at, len(members))
        for (day, _), members in runs.items()
        if len(members) > RUN_LIMIT
    )
    return InterviewerOrder(
        interviewer=who,
        interviews=tuple(placed),
        days=len({p.day for p in placed}),
        by_position=by_position,
        running_mean=correlation((p.score, p.earlier_mean) for p in placed),
        long_runs=long_runs,
    )
