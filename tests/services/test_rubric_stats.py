# SPDX-License-Identifier: MIT
"""Which anchors work: each question's level counts, skips, agreement and flags, against a hand
calculation (issue 13, item 5), on both databases, and through `hireapp rubric stats`."""

from __future__ import annotations

import json

import pytest

from hireapp.domain.anchor_use import question_flags
from hireapp.services.rubric_stats import rubric_stats
from hireapp.services.rubrics import ensure_default_rubric
from hireapp.storage.session import Database
from tests.cli.clirun import hireapp
from tests.factories import QUESTIONS, add_candidate, take_interview

# The first question's levels: three candidates, two interviewers each.
LEVELS = {"a": (5, 5), "b": (3, 2), "c": (1, 2)}


def _interviews(db: Database) -> None:
    for key, levels in LEVELS.items():
        add_candidate(db, name=f"Candidate {key}", email=f"{key}@example.org")
        for interviewer, level in zip(("Ines One", "Jon Two"), levels, strict=True):
            take_interview(db, candidate=f"{key}@example.org", interviewer=interviewer,
                           levels=[level] + [4] * (len(QUESTIONS) - 1))  # fmt: skip
    for key in ("d", "e"):  # one interview each, the first question skipped
        add_candidate(db, name=f"Candidate {key}", email=f"{key}@example.org")
        take_interview(db, candidate=f"{key}@example.org", interviewer="Ines One",
                       skip={QUESTIONS[0]: "no time"})  # fmt: skip
    add_candidate(db, name="Candidate f", email="f@example.org")
    take_interview(db, candidate="f@example.org", levels=1, submit=False)  # a draft: not counted


def test_the_figures_match_a_hand_calculation(db: Database) -> None:
    _interviews(db)
    use = rubric_stats(db, ensure_default_rubric(db).id)
    assert use.interviews == 8  # submitted only
    first = use.questions[0]
    assert first.id == QUESTIONS[0]
    assert first.levels == {1: 1, 2: 2, 3: 1, 4: 0, 5: 2}
    assert first.skipped == 2
    # ICC(1) by hand: group means 5, 2.5, 1.5; grand mean 3; MSB = (2*4 + 2*.25 + 2*2.25) / 2
    # = 6.5; MSW = (0 + .5 + .5) / (6 - 3) = 1/3; n0 = 2; ICC = (6.5 - 1/3) / (6.5 + 1/3).
    assert first.icc == pytest.approx((6.5 - 1 / 3) / (6.5 + 1 / 3))
    assert first.agreement == "excellent"
    assert first.flags == ("skipped in 25% of interviews",)  # 2 of 8
    second = use.questions[1]
    assert second.levels == {1: 0, 2: 0, 3: 0, 4: 8, 5: 0} and second.skipped == 0
    assert second.icc is None  # no variation at all: agreement cannot be told
    assert second.flags == ()  # 8 ratings: too few to call piled up


def test_the_command_line_shows_the_same_figures(db: Database, db_url: str) -> None:
    _interviews(db)
    version = ensure_default_rubric(db).id
    shown = hireapp("--db", db_url, "rubric", "stats", str(version), "--format", "json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    first = data["questions"][0]
    assert first["levels"] == {"1": 1, "2": 2, "3": 1, "4": 0, "5": 2}
    assert first["flags"] == ["skipped in 25% of interviews"]
    table = hireapp("--db", db_url, "rubric", "stats", str(version))
    assert "8 submitted interviews" in table.stdout and "0.90 excellent" in table.stdout


def test_flags_at_their_thresholds() -> None:
    even = {1: 6, 2: 6, 3: 6, 4: 6, 5: 6}
    assert question_flags(even, 0, 30, 0.8) == []
    assert question_flags({1: 0, 2: 8, 3: 7, 4: 7, 5: 7}, 0, 29, None) == []  # 29 ratings
    assert question_flags({1: 0, 2: 8, 3: 8, 4: 7, 5: 7}, 0, 30, None) == [
        "level 1 never chosen in 30 ratings"
    ]
    assert question_flags({1: 0, 2: 0, 3: 10, 4: 10, 5: 10}, 0, 30, None) == [
        "levels 1, 2 never chosen in 30 ratings"
    ]
    assert question_flags({3: 6, 4: 4}, 0, 10, None) == []  # 60%: not more than 60%
    assert question_flags({3: 7, 4: 3}, 0, 10, None) == ["70% of ratings at level 3"]
    assert question_flags({3: 9}, 0, 9, None) == []  # fewer than 10 ratings
    assert question_flags(even, 0, 30, 0.4) == []
    assert question_flags(even, 0, 30, 0.39) == ["low agreement between interviewers (ICC 0.39)"]
    assert question_flags(even, 6, 30, None) == []  # 20%: not more than 20%
    assert question_flags(even, 7, 30, None) == ["skipped in 23% of interviews"]
