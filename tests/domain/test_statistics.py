# SPDX-License-Identifier: MIT
"""The insight formulas: hand-computed examples, a published value, and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hireapp.domain.statistics import (
    HALO_THRESHOLD,
    GroupSums,
    Leniency,
    agreement_label,
    disagreement,
    halo_gap,
    icc1,
    icc1_from_sums,
    is_halo,
    leniency,
    mean,
    pearson,
)

levels = st.integers(min_value=1, max_value=5)
scores = st.floats(min_value=0, max_value=100, allow_nan=False)
# Candidates' ratings of one question: 2-40 candidates, each with 1-5 ratings.
rating_groups = st.lists(st.lists(levels, min_size=1, max_size=5), min_size=2, max_size=40)


# --- halo ---------------------------------------------------------------------------------------


def test_halo_gap_by_hand() -> None:
    # Two interviews with both parts: (75 - 25) and (50 - 50); the third has no impression.
    assert halo_gap([(75.0, 25.0), (50.0, 50.0), (None, 100.0)]) == 25.0
    assert halo_gap([(None, 50.0), (50.0, None)]) is None
    assert halo_gap([(0.0, 62.5)]) == -62.5


def test_the_flag_is_one_level_either_way() -> None:
    assert HALO_THRESHOLD == 25.0
    assert is_halo(25.0) and is_halo(-25.0) and is_halo(-80.0)
    assert not is_halo(24.9) and not is_halo(None) and not is_halo(0.0)
    # A level computed through floats still counts as a level.
    assert is_halo(75.0 - 50.00000000000001)


@given(st.lists(st.tuples(scores, scores), min_size=1, max_size=30), scores)
def test_halo_gap_is_the_mean_difference(pairs: list[tuple[float, float]], shift: float) -> None:
    gap = halo_gap(pairs)
    assert gap == pytest.approx(mean(i for i, _ in pairs) - mean(s for _, s in pairs), abs=1e-9)  # type: ignore[operator]
    shifted = halo_gap([(i + shift, s) for i, s in pairs])
    assert shifted == pytest.approx(gap + shift, abs=1e-9)  # type: ignore[operator]


# --- disagreement -------------------------------------------------------------------------------


def test_disagreement_is_the_range() -> None:
    assert disagreement([50.0, 80.0, 62.5]) == 30.0
    assert disagreement([40.0, None]) is None
    assert disagreement([]) is None


@given(st.lists(st.one_of(st.none(), scores), max_size=8))
def test_disagreement_properties(values: list[float | None]) -> None:
    result = disagreement(values)
    present = [v for v in values if v is not None]
    if len(present) < 2:
        assert result is None
    else:
        assert result is not None and 0 <= result <= 100
        assert disagreement(list(reversed(values))) == result


# --- leniency -----------------------------------------------------------------------------------


def test_leniency_by_hand() -> None:
    scores = {
        "c1": {"ann": 80.0, "bob": 60.0, "cy": 40.0},
        "c2": {"ann": 70.0, "bob": 50.0},
        "c3": {"cy": 90.0},  # alone: compared with nobody
    }
    result = leniency(scores)
    # ann: c1 80 - mean(60, 40) = 30; c2 70 - 50 = 20; mean 25.
    assert result["ann"] == Leniency(25.0, 2)
    # bob: c1 60 - mean(80, 40) = 0; c2 50 - 70 = -20; mean -10.
    assert result["bob"] == Leniency(-10.0, 2)
    # cy: c1 40 - mean(80, 60) = -30.
    assert result["cy"] == Leniency(-30.0, 1)


@given(
    st.dictionaries(
        st.integers(0, 50),
        st.dictionaries(st.sampled_from("abcdefgh"), scores, min_size=1, max_size=5),
        max_size=30,
    )
)
def test_leniencies_balance_out(scores: dict[int, dict[str, float]]) -> None:
    # Every candidate's differences sum to zero, so the weighted leniencies do too.
    result = leniency(scores)
    assert math.fsum(v.value * v.candidates for v in result.values()) == pytest.approx(0, abs=1e-6)
    shared = {c for c, by in scores.items() if len(by) >= 2}
    assert sum(v.candidates for v in result.values()) == sum(len(scores[c]) for c in shared)


@given(st.lists(st.tuples(scores, scores), min_size=1, max_size=20), st.floats(-20, 20))
def test_a_constant_bias_shows_as_leniency(pairs: list[tuple[float, float]], bias: float) -> None:
    # Two raters on the same candidates; one adds a constant: leniency is exactly that constant.
    scores = {n: {"fair": s, "biased": s + bias} for n, (s, _) in enumerate(pairs)}
    result = leniency(scores)
    assert result["biased"].value == pytest.approx(bias, abs=1e-9)
    assert result["fair"].value == pytest.approx(-bias, abs=1e-9)


# --- correlation --------------------------------------------------------------------------------


def test_pearson_by_hand() -> None:
    # x = 1, 2, 3; y = 2, 4, 7: sxy = 5, sxx = 2, syy = 114/9, r = 5 / sqrt(2 * 114 / 9).
    assert pearson([(1, 2), (2, 4), (3, 7)]) == pytest.approx(5 / math.sqrt(228 / 9))
    assert pearson([(1, 1), (2, 2), (3, 3)]) == pytest.approx(1.0)
    assert pearson([(1, 3), (2, 2), (3, 1)]) == pytest.approx(-1.0)


def test_pearson_needs_three_pairs_and_variation() -> None:
    assert pearson([(1, 2), (2, 3)]) is None
    assert pearson([(3, 1), (3, 2), (3, 5)]) is None  # the same impression every time
    assert pearson([(0.1, 1), (0.1, 2), (0.1, 5)]) is None


@given(
    st.lists(st.tuples(scores, scores), min_size=3, max_size=30),
    st.floats(0.5, 4),
    st.floats(-50, 50),
)
def test_pearson_properties(pairs: list[tuple[float, float]], scale: float, shift: float) -> None:
    r = pearson(pairs)
    assume(r is not None)
    assert r is not None and -1 <= r <= 1
    assert pearson([(y, x) for x, y in pairs]) == pytest.approx(r, abs=1e-9)
    moved = pearson([(x * scale + shift, y) for x, y in pairs])
    assert moved == pytest.approx(r, abs=1e-6)
    assert pearson([(-x, y) for x, y in pairs]) == pytest.approx(-r, abs=1e-9)


# --- agreement ----------------------------------------------------------------------------------


def test_icc1_matches_shrout_and_fleiss() -> None:
    # The example in Shrout & Fleiss (1979), table 2: six targets, four judges; ICC(1,1) = .17.
    ratings = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
    result = icc1(ratings)
    assert result.icc == pytest.approx(0.166, abs=0.001)
    assert (result.candidates, result.ratings) == (6, 24)


def test_icc1_on_unbalanced_ratings_by_hand() -> None:
    # [1, 3] and [4, 4, 5]; [2] has one rating and is left out. N = 5, k = 2, grand mean 3.4.
    # MSB = 2(2 - 3.4)^2 + 3(13/3 - 3.4)^2 = 98/15; MSW = (2 + 6/9) / 3 = 8/9;
    # n0 = 5 - (4 + 9)/5 = 2.4; ICC = (98/15 - 8/9) / (98/15 + 1.4 * 8/9) = 254/350.
    result = icc1([[1, 3], [4, 4, 5], [2]])
    assert result.icc == pytest.approx(254 / 350)
    assert (result.candidates, result.ratings) == (2, 5)
    assert result.within_sd == pytest.approx(math.sqrt(8 / 9))


def test_icc1_edges() -> None:
    assert icc1([[1, 1], [5, 5], [3, 3]]).icc == 1.0  # raters never differ
    assert icc1([[3, 3], [3, 3]]).icc is None  # nothing varies at all
    assert icc1([[1, 5], [2]]).icc is None  # only one candidate with two ratings
    # Within-candidate spread larger than between: below zero, as low as -1/(n0 - 1).
    assert icc1([[1, 5], [5, 1], [1, 5]]).icc == pytest.approx(-1.0)
    assert icc1([]).icc is None


@given(rating_groups)
def test_icc1_from_sums_equals_icc1_of_ratings(groups: list[list[int]]) -> None:
    direct = icc1(groups)
    sums = icc1_from_sums(GroupSums.of(g) for g in groups)
    if direct.icc is None:
        assert sums.icc is None
    else:
        assert sums.icc == pytest.approx(direct.icc, abs=1e-9)


@given(rating_groups, st.floats(0.5, 10), st.floats(-10, 10))
def test_icc1_properties(groups: list[list[int]], scale: float, shift: float) -> None:
    result = icc1(groups)
    assume(result.icc is not None)
    assert result.icc is not None
    usable = [g for g in groups if len(g) >= 2]
    n_total = sum(len(g) for g in usable)
    n0 = (n_total - sum(len(g) ** 2 for g in usable) / n_total) / (len(usable) - 1)
    assert -1 / (n0 - 1) - 1e-9 <= result.icc <= 1
    # The unit does not matter: 1-5 levels or 0-100 points give the same agreement.
    rescaled = icc1([[x * scale + shift for x in g] for g in groups])
    assert rescaled.icc == pytest.approx(result.icc, abs=1e-6)
    # Neither the order of candidates nor the order of their raters matters.
    shuffled = [list(reversed(g)) for g in reversed(groups)]
    assert icc1(shuffled).icc == pytest.approx(result.icc, abs=1e-9)


def test_agreement_labels() -> None:
    assert [agreement_label(v) for v in (None, 0.2, 0.6, 0.8, 0.95)] == [
        "not enough data", "poor", "moderate", "good", "excellent",
    ]  # fmt: skip
