# SPDX-License-Identifier: MIT
"""Order effects on hand-made days: positions, running means, runs and the past-four flag."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from hireapp.domain.order_effects import (
    RUN_GAP,
    RUN_LIMIT,
    PositionMean,
    SubmittedInterview,
    order_effects,
)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute)


# The worked example of docs/insight.md: Maya's two days.
MAYA = [
    # Monday 2 March: five interviews, each starting under two hours after the one before.
    SubmittedInterview("Maya", at(2, 9), 4.0),
    SubmittedInterview("Maya", at(2, 10), 3.0),
    SubmittedInterview("Maya", at(2, 11), 5.0),
    SubmittedInterview("Maya", at(2, 12, 30), 2.0),
    SubmittedInterview("Maya", at(2, 14), 4.0),
    # Tuesday 3 March: two, four hours apart (given out of order on purpose).
    SubmittedInterview("Maya", at(3, 13), 4.0),
    SubmittedInterview("Maya", at(3, 9), 3.0),
]


def test_positions_means_by_position_and_running_means_by_hand() -> None:
    (maya,) = order_effects(MAYA)
    assert maya.interviewer == "Maya" and maya.days == 2
    assert [p.position for p in maya.interviews] == [1, 2, 3, 4, 5, 1, 2]
    assert [p.day for p in maya.interviews[-2:]] == [date(2026, 3, 3)] * 2
    # Position 1: Monday 4, Tuesday 3 -> 3.5; position 2: Monday 3, Tuesday 4 -> 3.5.
    assert maya.by_position == (
        PositionMean(1, 3.5, 2),
        PositionMean(2, 3.5, 2),
        PositionMean(3, 5.0, 1),
        PositionMean(4, 2.0, 1),
        PositionMean(5, 4.0, 1),
    )
    # The mean of the same day's earlier scores: Monday -, 4, (4+3)/2, (4+3+5)/3, (4+3+5+2)/4;
    # Tuesday -, 3.
    assert [p.earlier_mean for p in maya.interviews] == [None, 4.0, 3.5, 4.0, 3.5, None, 3.0]


def test_score_against_running_mean_by_hand() -> None:
    (maya,) = order_effects(MAYA)
    # Pairs (score, earlier mean): (3, 4), (5, 3.5), (2, 4), (4, 3.5), (4, 3).
    # Scores: mean 3.6, deviations -0.6 1.4 -1.6 0.4 0.4, sum of squares 5.2.
    # Running means: mean 3.6, deviations 0.4 -0.1 0.4 -0.1 -0.6, sum of squares 0.7.
    # Cross-products: -0.24 - 0.14 - 0.64 - 0.04 - 0.24 = -1.3.
    # r = -1.3 / sqrt(5.2 * 0.7) = -1.3 / 1.907878 = -0.681385: after good interviews the
    # next score was lower (a contrast effect, on five pairs, so only a hint).
    assert maya.running_mean.n == 5
    assert maya.running_mean.r == pytest.approx(-1.3 / math.sqrt(5.2 * 0.7))
    assert maya.running_mean.r == pytest.approx(-0.681385, abs=1e-6)


def test_five_in_a_row_is_past_four() -> None:
    (maya,) = order_effects(MAYA)
    assert RUN_LIMIT == 4 and RUN_GAP == timedelta(hours=2)
    assert maya.past_four
    (run,) = maya.long_runs
    assert (run.day, run.first, run.last, run.interviews) == (
        date(2026, 3, 2),
        at(2, 9),
        at(2, 14),
        5,
    )
    assert [p.past_limit for p in maya.interviews] == [False] * 4 + [True] + [False] * 2
    # Tuesday's two interviews are four hours apart: two runs of one.
    assert [(p.run, p.run_position) for p in maya.interviews[-2:]] == [(1, 1), (2, 1)]


def test_a_gap_of_exactly_two_hours_breaks_a_run_and_four_is_not_flagged() -> None:
    noor = [
        SubmittedInterview("Noor", at(4, 9), 3.0),
        SubmittedInterview("Noor", at(4, 11), 3.0),  # exactly 2 hours later: a new run
        SubmittedInterview("Noor", at(4, 11, 45), 3.0),
        SubmittedInterview("Noor", at(4, 13, 44), 3.0),  # 1 h 59 later: same run
        SubmittedInterview("Noor", at(4, 14, 30), 3.0),
    ]
    omar = [SubmittedInterview("Omar", at(4, 9 + k), 4.0) for k in range(4)]
    result = {o.interviewer: o for o in order_effects([*noor, *omar])}
    assert [(p.run, p.run_position) for p in result["Noor"].interviews] == [
        (1, 1),
        (2, 1),
        (2, 2),
        (2, 3),
        (2, 4),
    ]
    assert not result["Noor"].past_four
    assert not result["Omar"].past_four and result["Omar"].long_runs == ()
    # Nobody's scores vary, so there is no correlation to speak of, and no crash.
    assert result["Omar"].running_mean.r is None and result["Omar"].running_mean.n == 3


def test_runs_do_not_cross_midnight() -> None:
    late = [SubmittedInterview("Pia", at(5, 22) + timedelta(minutes=30 * k), 3.0) for k in range(6)]
    (pia,) = order_effects(late)
    # 22:00, 22:30, 23:00, 23:30 on the 5th; 00:00, 00:30 on the 6th.
    assert [p.position for p in pia.interviews] == [1, 2, 3, 4, 1, 2]
    assert not pia.past_four


def test_local_day_in_the_given_time_zone() -> None:
    utc = UTC
    plus_two = timezone(timedelta(hours=2))
    # 21:30 and 22:30 UTC on 2 March are 23:30 on the 2nd and 00:30 on the 3rd at UTC+2.
    interviews = [
        SubmittedInterview("Raj", datetime(2026, 3, 2, 21, 30, tzinfo=utc), 3.0),
        SubmittedInterview("Raj", datetime(2026, 3, 2, 22, 30, tzinfo=utc), 5.0),
    ]
    (in_utc,) = order_effects(interviews)
    (local,) = order_effects(interviews, tz=plus_two)
    assert in_utc.days == 1 and [p.position for p in in_utc.interviews] == [1, 2]
    assert local.days == 2 and [p.position for p in local.interviews] == [1, 1]
    assert [p.day for p in local.interviews] == [date(2026, 3, 2), date(2026, 3, 3)]


def test_same_start_time_keeps_input_order_and_nothing_is_empty() -> None:
    twins = [SubmittedInterview("Sam", at(6, 10), 2.0), SubmittedInterview("Sam", at(6, 10), 4.0)]
    (sam,) = order_effects(twins)
    assert [(p.position, p.score) for p in sam.interviews] == [(1, 2.0), (2, 4.0)]
    assert order_effects([]) == ()
