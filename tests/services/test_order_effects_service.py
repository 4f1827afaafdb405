# SPDX-License-Identifier: MIT
"""Insight's order effects on interviews with known start times, on SQLite and PostgreSQL.

Every expected figure is worked out by hand from tests/order_case.py (the Maya example is the
worked example of docs/insight.md, in points instead of levels).
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

from hireapp.services.comparison.insight import InterviewerOrder, insight, order_effects
from hireapp.storage.session import Database
from tests.factories import add_candidate, start_interview, take_interview
from tests.order_case import LOCAL, build_order_case, local, local_zone

__all__ = ["local_zone"]  # a fixture, used by name


@pytest.fixture
def case(db: Database) -> Database:
    build_order_case(db)
    return db


def _by_name(found: list[InterviewerOrder]) -> dict[str, InterviewerOrder]:
    return {o.name: o for o in found}


def _slots(o: InterviewerOrder) -> list[tuple[int, float, int]]:
    return [(s.slot, s.mean, s.n) for s in o.by_slot]


def test_maya_figures_equal_the_hand_calculation(case: Database) -> None:
    maya = _by_name(order_effects(case, tz=LOCAL))["Maya"]
    assert (maya.interviews, maya.days) == (7, 2)
    # Positions: Mon 75, 50, 100, 25, 75; Tue 50, 75 (points).
    assert _slots(maya) == [(1, 62.5, 2), (2, 62.5, 2), (3, 100.0, 1), (4, 25.0, 1), (5, 75.0, 1)]
    # Pairs (score, mean of the day's earlier scores): (50, 75), (100, 62.5), (25, 75),
    # (75, 62.5), (75, 50): deviations -15, 35, -40, 10, 10 and 10, -2.5, 10, -2.5, -15.
    sxy = -15 * 10 + 35 * -2.5 + -40 * 10 + 10 * -2.5 + 10 * -15
    sxx = 15**2 + 35**2 + 40**2 + 10**2 + 10**2
    syy = 10**2 + 2.5**2 + 10**2 + 2.5**2 + 15**2
    r = sxy / math.sqrt(sxx * syy)
    assert r == pytest.approx(-1.3 / math.sqrt(5.2 * 0.7))  # the docs' levels give the same r
    running = maya.running_mean
    assert running.n == 5
    assert running.r == pytest.approx(r)
    half = 1.96 / math.sqrt(5 - 3)
    assert running.low == pytest.approx(math.tanh(math.atanh(r) - half), abs=1e-3)
    assert running.high == pytest.approx(math.tanh(math.atanh(r) + half), abs=1e-3)
    assert maya.drift is None  # -0.98 to 0.50 includes 0: no clear drift on five pairs


def test_five_in_a_row_is_flagged_with_its_day_and_four_is_not(case: Database) -> None:
    found = _by_name(order_effects(case, tz=LOCAL))
    maya, omar = found["Maya"], found["Omar"]
    assert maya.past_four and maya.longest_run == 5
    (run,) = maya.long_runs
    assert (run.day, run.interviews) == (dt.date(2026, 11, 2), 5)
    assert (run.first, run.last) == (dt.datetime(2026, 11, 2, 9, 0), dt.datetime(2026, 11, 2, 14))
    assert not omar.past_four and omar.long_runs == () and omar.longest_run == 4
    assert _slots(omar) == [(1, 50.0, 1), (2, 50.0, 1), (3, 50.0, 1), (4, 50.0, 1)]
    assert omar.running_mean.r is None and omar.running_mean.n == 3  # nothing varies


def test_a_drift_toward_the_days_earlier_scores(case: Database) -> None:
    lea = _by_name(order_effects(case, tz=LOCAL))["Lea"]
    # Pairs (0, 0), (100, 100), (50, 50), (25, 25): r = 1, and its interval (1, 1) excludes 0.
    assert lea.running_mean.r == pytest.approx(1.0)
    assert lea.running_mean.n == 4
    assert lea.drift == "toward"
    assert _slots(lea) == [(1, 43.75, 4), (2, 43.75, 4)]
    assert not lea.past_four and lea.longest_run == 2 and lea.days == 4


def test_the_day_is_the_local_day(case: Database) -> None:
    noor_here = _by_name(order_effects(case, tz=LOCAL))["Noor"]
    assert noor_here.days == 1
    assert _slots(noor_here) == [(1, 25.0, 1), (2, 75.0, 1)]
    noor_utc = _by_name(order_effects(case, tz=dt.UTC))["Noor"]
    assert noor_utc.days == 2
    assert _slots(noor_utc) == [(1, 50.0, 2)]


@pytest.mark.usefixtures("local_zone")
def test_without_a_zone_the_machines_zone_decides(case: Database) -> None:
    # TZ is set to two hours east of UTC: the machine's day is LOCAL's day.
    noor = _by_name(order_effects(case))["Noor"]
    assert noor.days == 1 and noor.by_slot[1].mean == 75.0
    assert _by_name(order_effects(case))["Maya"].long_runs[0].first == local(2, 9, 0).replace(
        tzinfo=None
    )


def test_insight_carries_the_order_effects_by_name(case: Database) -> None:
    data = insight(case)
    assert [o.name for o in data.order] == ["Lea", "Maya", "Noor", "Omar"]


def test_drafts_and_a_viewers_open_candidates_stay_out(case: Database) -> None:
    # Omar's draft counts nowhere; and Maya, still interviewing candidate 1, sees nothing of it.
    add_candidate(case, name="Draft", email="draft@example.org", position="Agent")
    take_interview(case, candidate="draft@example.org", interviewer="Omar", levels=5, submit=False)
    assert _by_name(order_effects(case, tz=LOCAL))["Omar"].interviews == 4
    add_candidate(case, name="Shared", email="shared@example.org", position="Agent")
    take_interview(case, candidate="shared@example.org", interviewer="Omar", levels=1)
    maya_id = _by_name(order_effects(case, tz=LOCAL))["Maya"].id
    assert _by_name(order_effects(case, tz=LOCAL))["Omar"].interviews == 5
    start_interview(case, candidate="shared@example.org", interviewer="Maya")
    seen_by_maya = _by_name(order_effects(case, viewer_id=maya_id, tz=LOCAL))
    assert seen_by_maya["Omar"].interviews == 4
