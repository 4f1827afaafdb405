# SPDX-License-Identifier: MIT
"""`hireapp insight order` on hand-made days (tests/order_case.py), run as a user runs it.

The child process gets the case's time zone (two hours east of UTC) through TZ.
"""

from __future__ import annotations

import json
import math

import pytest

from hireapp.storage.session import Database
from tests.cli.clirun import assert_clean_failure, hireapp
from tests.order_case import POSIX_TZ, build_order_case

ZONE = {"TZ": POSIX_TZ}


@pytest.fixture
def url(sqlite_db: Database, sqlite_url: str) -> str:
    build_order_case(sqlite_db)
    return sqlite_url


def test_the_table_prints_the_hand_calculated_figures(url: str) -> None:
    result = hireapp("--db", url, "insight", "order", env=ZONE)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "(XYZ, UTC+0200)" in lines[0]
    rows = {line.split()[0]: line.split() for line in lines if line.startswith(("Maya", "Omar"))}
    # Maya: 7 interviews on 2 days, means by position 62.5 62.5 100 25 75, r -0.68 on 5 pairs.
    assert rows["Maya"][:13] == [
        "Maya", "7", "2", "62.5", "62.5", "100.0", "25.0", "75.0", "-0.68", "-0.98", "to",
        "0.50", "5",
    ]  # fmt: skip
    assert rows["Maya"][13:] == ["⚑", "5", "in", "a", "row", "on", "2026-11-02"]
    assert rows["Omar"][3:8] == ["50.0", "50.0", "50.0", "50.0", "-"]
    assert rows["Omar"][-2:] == ["longest", "4"]
    assert "Maya: No clear drift with the day's earlier scores." in lines
    assert "Lea: Scores drift toward the day's earlier scores." in lines
    assert "⚑ Maya: 5 interviews in a row on 2026-11-02, 09:00 to 14:00." in lines
    assert not any(line.startswith("⚑ Omar") for line in lines)


def test_json_carries_the_same_figures(url: str) -> None:
    result = hireapp("--db", url, "insight", "order", "--format", "json", env=ZONE)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["score"] == "structured"
    found = {row["interviewer"]: row for row in data["interviewers"]}
    maya, omar, noor = found["Maya"], found["Omar"], found["Noor"]
    assert [(m["position"], m["mean"], m["n"]) for m in maya["mean_by_position"]] == [
        ("1st", 62.5, 2), ("2nd", 62.5, 2), ("3rd", 100.0, 1), ("4th", 25.0, 1), ("5th+", 75.0, 1),
    ]  # fmt: skip
    r = -1.3 / math.sqrt(5.2 * 0.7)
    assert maya["running_mean"]["r"] == pytest.approx(r)
    low = math.tanh(math.atanh(r) - 1.96 / math.sqrt(5 - 3))
    assert maya["running_mean"]["low"] == pytest.approx(low, abs=1e-3)
    assert maya["running_mean"]["n"] == 5
    assert maya["past_four"] is True
    assert maya["runs_past_four"] == [
        {"day": "2026-11-02", "first": "2026-11-02T09:00", "last": "2026-11-02T14:00",
         "interviews": 5},
    ]  # fmt: skip
    assert omar["past_four"] is False and omar["longest_run"] == 4
    assert omar["runs_past_four"] == []
    assert found["Lea"]["drift"] == "toward"
    assert noor["days"] == 1  # 23:30 and 00:30 UTC are one day two hours east


def test_a_position_narrows_and_an_unknown_one_is_one_clear_line(url: str) -> None:
    result = hireapp("--db", url, "insight", "order", "--position", "Agent", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["interviewers"]) == 4
    assert_clean_failure(
        hireapp("--db", url, "insight", "order", "--position", "Astronaut"), "Astronaut"
    )
