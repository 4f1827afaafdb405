# SPDX-License-Identifier: MIT
"""Fair scores through the read model, on both databases, against the model on the same ratings.

Every interview answers all questions at one level, so its structured score is that level on
0-100: level 2 is 25, level 4 is 75 (tests/factories.py).
"""

from __future__ import annotations

import pytest

from hireapp.domain.fair_scores import Rating, fair_scores
from hireapp.services.comparison import comparison_rows, figures_by_id, side_by_side
from hireapp.services.comparison.fair import clear_cache, fair_scores_of, position_ratings
from hireapp.services.people import create_candidate, ensure_interviewer, ensure_position
from hireapp.storage.session import Database
from tests.factories import take_interview


def _candidates(db: Database, position: str, *names: str) -> dict[str, int]:
    return {
        name: create_candidate(
            db, name=name, email=f"{name.lower()}@{position.lower()}.example.org", position=position
        ).id
        for name in names
    }


def _take(db: Database, name: str, position: str, interviewer: str, level: int) -> None:
    email = f"{name.lower()}@{position.lower()}.example.org"
    take_interview(db, candidate=email, interviewer=interviewer, levels=level, impression=3)


def test_one_candidate_two_interviewers_by_hand(db: Database) -> None:
    """One candidate: the fair score is the mean of the panel's ratings (docs/insight.md)."""
    clear_cache()
    ids = _candidates(db, "Solo", "Ann")
    _take(db, "Ann", "Solo", "Xena", 2)  # 25
    _take(db, "Ann", "Solo", "Yuri", 4)  # 75
    (row,) = comparison_rows(db, ensure_position(db, "Solo").id, fair=True)
    assert row.id == ids["Ann"] and row.fair is not None
    assert row.fair.raw == pytest.approx(50.0) == row.structured
    assert row.fair.adjusted == pytest.approx(50.0)
    assert row.fair.low < 50.0 < row.fair.high
    assert (row.fair.interviewers, row.fair.ratings, row.fair.single_interviewer) == (2, 2, False)
    # Without asking, no fit: the table's ordinary load stays fast.
    assert comparison_rows(db, ensure_position(db, "Solo").id)[0].fair is None


def test_the_service_matches_the_model_on_the_same_ratings(db: Database) -> None:
    """A lenient and a severe interviewer over four candidates, one seen by Xena alone, and a
    second position fitted on its own."""
    clear_cache()
    ids = _candidates(db, "Agent", "Ann", "Ben", "Cleo", "Dan")
    other = _candidates(db, "Lead", "Eve", "Fay")
    plan = [
        ("Ann", "Xena", 5), ("Ann", "Yuri", 3), ("Ben", "Xena", 4), ("Ben", "Yuri", 2),
        ("Ben", "Zed", 3), ("Cleo", "Yuri", 3), ("Cleo", "Zed", 4), ("Dan", "Xena", 5),
    ]  # fmt: skip
    for name, interviewer, level in plan:
        _take(db, name, "Agent", interviewer, level)
    for name, interviewer, level in [("Eve", "Xena", 1), ("Fay", "Yuri", 5), ("Eve", "Yuri", 2)]:
        _take(db, name, "Lead", interviewer, level)
    people = {n: ensure_interviewer(db, n).id for n in ("Xena", "Yuri", "Zed")}
    agent = ensure_position(db, "Agent").id
    lead = ensure_position(db, "Lead").id

    expected = fair_scores(
        Rating(ids[n], people[i], (level - 1) * 25.0) for n, i, level in plan
    ).candidates
    rows = {r.id: r for r in comparison_rows(db, agent, fair=True)}
    for want in expected:
        got = rows[want.candidate].fair
        assert got is not None
        assert got.adjusted == pytest.approx(want.adjusted, abs=1e-9)
        assert got.raw == pytest.approx(want.raw_mean) == rows[want.candidate].structured
        assert got.low == pytest.approx(max(0.0, want.low), abs=1e-9)
        assert got.high == pytest.approx(min(100.0, want.high), abs=1e-9)
        assert got.single_interviewer == want.single_interviewer
    dan = rows[ids["Dan"]].fair
    assert dan is not None and dan.single_interviewer and dan.interviewers == 1
    # Xena is the lenient one (5, 4, 5 against Yuri's 3, 2): Dan's 100 comes down.
    assert dan.adjusted < 100.0

    # Every position separately when none is chosen: Agent's figures do not move.
    everyone = {r.id: r for r in comparison_rows(db, None, fair=True)}
    for candidate_id, row in rows.items():
        assert everyone[candidate_id].fair == row.fair
    lead_only = fair_scores(
        Rating(other[n], people[i], (level - 1) * 25.0)
        for n, i, level in [("Eve", "Xena", 1), ("Fay", "Yuri", 5), ("Eve", "Yuri", 2)]
    )
    for want in lead_only.candidates:
        got = everyone[want.candidate].fair
        assert got is not None and got.adjusted == pytest.approx(want.adjusted, abs=1e-9)
    assert set(position_ratings(db, [agent, lead])) == {agent, lead}
    assert set(fair_scores_of(db, [lead])) == set(other.values())


def test_a_candidate_the_viewer_is_still_interviewing_has_no_fair_score(db: Database) -> None:
    clear_cache()
    ids = _candidates(db, "Agent", "Ann", "Ben", "Cleo")
    for name, interviewer, level in [
        ("Ann", "Xena", 4), ("Ann", "Yuri", 3), ("Ben", "Xena", 2), ("Ben", "Yuri", 2),
        ("Cleo", "Yuri", 5),
    ]:  # fmt: skip
        _take(db, name, "Agent", interviewer, level)
    take_interview(
        db, candidate="cleo@agent.example.org", interviewer="Xena", levels=[3], submit=False
    )
    xena = ensure_interviewer(db, "Xena").id
    rows = {r.id: r for r in comparison_rows(db, None, xena, fair=True)}
    assert rows[ids["Cleo"]].withheld and rows[ids["Cleo"]].fair is None
    assert rows[ids["Ann"]].fair is not None and rows[ids["Ben"]].fair is not None
    # HR (no viewer) sees Cleo's; Side by side withholds it as the table does.
    assert figures_by_id(db, [ids["Cleo"]], fair=True)[ids["Cleo"]].fair is not None
    compared = side_by_side(db, [ids["Ann"], ids["Cleo"]], xena)
    assert compared.candidates[0].fair is not None
    assert compared.candidates[1].withheld and compared.candidates[1].fair is None
