# SPDX-License-Identifier: MIT
"""Fair scores: a hand-solved case, a simulation with known truth, and the degenerate designs."""

from __future__ import annotations

import math
import random
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hireapp.domain.fair_scores import (
    Z_80,
    FairScores,
    Rating,
    VarianceComponents,
    fair_scores,
    restricted_deviance,
)

# --- by hand ------------------------------------------------------------------------------------


def test_a_balanced_two_by_two_by_hand() -> None:
    # Ann and Ben, each seen by Xavier and Yusuf:   Xavier  Yusuf
    #                                         Ann      4       5
    #                                         Ben      2       3
    # With known variances s2_t = s2_b = s2_e = 1 (so lambda = s2_e / s2_t = 1) and every
    # candidate seen by every interviewer, the mixed-model equations solve in closed form:
    #   mu      = grand mean = (4 + 5 + 2 + 3) / 4 = 3.5
    #   theta_i = J / (J + lambda) * (candidate mean - mu) = 2/3 * (4.5 - 3.5) = +2/3 (Ann)
    #   b_j     = I / (I + lambda) * (interviewer mean - mu) = 2/3 * (3 - 3.5) = -1/3 (Xavier)
    #   adjusted(Ann) = 3.5 + 2/3 = 4.1667 (raw mean 4.5: shrunk a third of the way to 3.5)
    # The error of the adjusted score, with k = 2/3, I = J = 2, is
    #   (1 - k)(mean theta - theta_i) + (1 - k) * mean e + k * mean e_i
    # so its variance is
    #   s2_t (1-k)^2 (I-1)/I + s2_e / J * ((k + (1-k)/I)^2 + (I-1) ((1-k)/I)^2)
    #   = 1/9 * 1/2 + 1/2 * (25/36 + 1/36) = 2/36 + 13/36 = 15/36
    # and the 80% interval is 4.1667 +- 1.2816 * sqrt(15/36) = 4.1667 +- 0.8273.
    ratings = [
        Rating("Ann", "Xavier", 4.0),
        Rating("Ann", "Yusuf", 5.0),
        Rating("Ben", "Xavier", 2.0),
        Rating("Ben", "Yusuf", 3.0),
    ]
    result = fair_scores(ratings, VarianceComponents(1.0, 1.0, 1.0))
    ann, ben = result.candidates
    assert ann.candidate == "Ann" and ann.raw_mean == 4.5
    assert ann.adjusted == pytest.approx(3.5 + 2 / 3)
    assert ben.adjusted == pytest.approx(3.5 - 2 / 3)
    assert ann.standard_error == pytest.approx(math.sqrt(15 / 36))
    assert Z_80 == pytest.approx(1.2816, abs=1e-4)
    assert ann.low == pytest.approx(4.1667 - 0.8273, abs=1e-4)
    assert ann.high == pytest.approx(4.1667 + 0.8273, abs=1e-4)
    assert (ann.interviewers, ann.ratings, ann.single_interviewer) == (2, 2, False)
    xavier, yusuf = result.interviewers
    assert xavier.interviewer == "Xavier"
    assert xavier.leniency == pytest.approx(-1 / 3) and yusuf.leniency == pytest.approx(1 / 3)
    assert (xavier.ratings, xavier.candidates) == (2, 2)
    assert result.mean == pytest.approx(3.5)
    assert result.connected


def test_a_lenient_interviewers_candidate_is_marked_down() -> None:
    # Xavier scores every shared candidate a level above Yusuf; Cleo met only Xavier and got 5.
    # Her fair score must come down (a level's worth, less the shrinkage), and she is marked.
    ratings = [
        Rating(name, interviewer, score)
        for name, x, y in [("Ann", 4, 3), ("Ben", 3, 2), ("Dee", 5, 4), ("Eli", 2, 1)]
        for interviewer, score in (("Xavier", float(x)), ("Yusuf", float(y)))
    ]
    ratings.append(Rating("Cleo", "Xavier", 5.0))
    result = fair_scores(ratings, VarianceComponents(1.0, 0.25, 0.1))
    cleo = next(c for c in result.candidates if c.candidate == "Cleo")
    ann = next(c for c in result.candidates if c.candidate == "Ann")
    assert cleo.single_interviewer and cleo.interviewers == 1
    assert cleo.raw_mean == 5.0 and cleo.adjusted < 4.7
    # Seen once, she is less certain than Ann, seen twice.
    assert cleo.standard_error > ann.standard_error
    lenient = {i.interviewer: i.leniency for i in result.interviewers}
    assert lenient["Xavier"] > 0.3 and lenient["Yusuf"] == pytest.approx(-lenient["Xavier"])


# --- simulation ---------------------------------------------------------------------------------

BIASES = (0.7, 0.7, 0.7, -0.7, -0.7, -0.7, 0.0, 0.0)
"""Eight interviewers: three lenient, three severe by 0.7 of a level, two neutral (mean 0)."""
CANDIDATES = 60
LEVEL_MEAN, LEVEL_SD, NOISE_SD = 3.0, 0.6, 0.5
REPLICATIONS = 40


def simulated_position(rng: random.Random) -> tuple[list[float], list[Rating[int, int]]]:
    """True levels, and each candidate's ratings by two interviewers drawn at random."""
    levels = [rng.gauss(LEVEL_MEAN, LEVEL_SD) for _ in range(CANDIDATES)]
    ratings = [
        Rating(i, j, level + BIASES[j] + rng.gauss(0.0, NOISE_SD))
        for i, level in enumerate(levels)
        for j in rng.sample(range(len(BIASES)), 2)
    ]
    return levels, ratings


def test_simulation_adjusted_scores_beat_raw_means_and_intervals_cover() -> None:
    """Known truth: adjusted scores are at least 30% closer (RMSE) than raw means, the 80%
    intervals cover 75-85% of true levels, and the adjusted scores are shrunk (spread less than
    the true levels'), which an unshrunk fixed-effects estimate would not be."""
    rng = random.Random(20261201)
    raw_errors: list[float] = []
    adjusted_errors: list[float] = []
    covered = 0
    adjusted_spread: list[float] = []
    true_spread: list[float] = []
    raw_spread: list[float] = []
    lenient_right = 0
    for _ in range(REPLICATIONS):
        levels, ratings = simulated_position(rng)
        result = fair_scores(ratings)
        assert result.converged
        for c in result.candidates:
            truth = levels[c.candidate]
            raw_errors.append((c.raw_mean - truth) ** 2)
            adjusted_errors.append((c.adjusted - truth) ** 2)
            covered += c.low <= truth <= c.high
        adjusted_spread.append(statistics.pvariance([c.adjusted for c in result.candidates]))
        raw_spread.append(statistics.pvariance([c.raw_mean for c in result.candidates]))
        true_spread.append(statistics.pvariance(levels))
        lenient_right += sum(
            (i.leniency > 0) == (BIASES[i.interviewer] > 0)
            for i in result.interviewers
            if BIASES[i.interviewer]
        )
    raw_rmse = math.sqrt(statistics.fmean(raw_errors))
    adjusted_rmse = math.sqrt(statistics.fmean(adjusted_errors))
    coverage = covered / len(adjusted_errors)
    assert len(adjusted_errors) == REPLICATIONS * CANDIDATES
    assert adjusted_rmse <= 0.7 * raw_rmse, (raw_rmse, adjusted_rmse)
    assert 0.75 <= coverage <= 0.85, coverage
    assert statistics.fmean(adjusted_spread) < statistics.fmean(true_spread)
    assert statistics.fmean(true_spread) < statistics.fmean(raw_spread)
    # Every lenient or severe interviewer is found on the right side in every replication.
    assert lenient_right == REPLICATIONS * 6


def test_simulation_recovers_the_variance_components() -> None:
    rng = random.Random(7)
    fits = [fair_scores(simulated_position(rng)[1]).variances for _ in range(20)]
    # True values: levels 0.36, residual 0.25; the fixed biases' variance (n - 1) is 0.42.
    assert statistics.fmean(v.candidate for v in fits) == pytest.approx(0.36, abs=0.06)
    assert statistics.fmean(v.residual for v in fits) == pytest.approx(0.25, abs=0.04)
    assert statistics.fmean(v.interviewer for v in fits) == pytest.approx(0.42, abs=0.12)


# --- degenerate designs -------------------------------------------------------------------------


def test_no_ratings() -> None:
    result: FairScores[str, str] = fair_scores([])
    assert result.candidates == () and result.interviewers == ()
    assert result.variances.total == 0


def test_every_score_equal() -> None:
    ratings = [Rating(c, r, 3.0) for c in "ABC" for r in "XY"]
    result = fair_scores(ratings)
    for c in result.candidates:
        assert c.adjusted == pytest.approx(3.0)
        assert c.high - c.low < 1e-3
    assert all(abs(i.leniency) < 1e-9 for i in result.interviewers)


def test_one_candidate() -> None:
    # Xavier gave 4, Yusuf 2: the candidate's fair score is the panel's mean, 3.
    result = fair_scores([Rating("Ann", "Xavier", 4.0), Rating("Ann", "Yusuf", 2.0)])
    (ann,) = result.candidates
    assert ann.adjusted == pytest.approx(3.0, abs=1e-6)
    assert math.isfinite(ann.low) and ann.low <= 3.0 <= ann.high


def test_one_interviewer_shrinks_toward_the_mean_and_marks_everyone() -> None:
    scores = {"Ann": 5.0, "Ben": 4.0, "Cleo": 2.0, "Dee": 1.0, "Eli": 3.0}
    ratings = [Rating(c, "Xavier", s) for c, s in scores.items()]
    result = fair_scores(ratings, VarianceComponents(1.0, 1.0, 1.0))
    # Known variances, one rating each: mu = 3, adjusted = 3 + s2_t / (s2_t + s2_e) * (y - 3),
    # the interviewer effect being shared by everyone and so absorbed into mu.
    # (Ann: 3 + 1/2 * 2 = 4.)
    for c in result.candidates:
        assert c.single_interviewer
        assert c.adjusted == pytest.approx(3 + 0.5 * (scores[c.candidate] - 3))
    assert result.interviewers[0].leniency == pytest.approx(0.0)
    estimated = fair_scores(ratings)
    assert estimated.converged
    assert all(c.single_interviewer and math.isfinite(c.adjusted) for c in estimated.candidates)


def test_a_candidate_and_interviewer_seen_by_nobody_else_and_a_disconnected_design() -> None:
    connected = [
        Rating(c, r, float(s))
        for c, scores in {"Ann": (4, 3), "Ben": (3, 3), "Dee": (5, 4), "Eli": (2, 2)}.items()
        for r, s in zip(("Xavier", "Yusuf"), scores, strict=True)
    ]
    alone = Rating("Cleo", "Zoe", 5.0)
    result = fair_scores([*connected, alone])
    cleo = next(c for c in result.candidates if c.candidate == "Cleo")
    others = [c for c in result.candidates if c.candidate != "Cleo"]
    assert not result.connected
    assert cleo.group == 1 and {c.group for c in others} == {0}
    assert cleo.single_interviewer
    # Her 5 is split between her and Zoe's leniency: adjusted lies between the mean and 5.
    assert result.mean < cleo.adjusted < 5.0
    assert cleo.standard_error > max(c.standard_error for c in others)
    assert all(math.isfinite(c.low) and math.isfinite(c.high) for c in result.candidates)


def test_repeated_ratings_by_the_same_interviewer_count_once_as_an_interviewer() -> None:
    ratings = [
        Rating("Ann", "Xavier", 4.0),
        Rating("Ann", "Xavier", 5.0),
        Rating("Ben", "Xavier", 2.0),
        Rating("Ben", "Yusuf", 3.0),
    ]
    ann = fair_scores(ratings).candidates[0]
    assert (ann.ratings, ann.interviewers, ann.single_interviewer) == (2, 1, True)
    assert ann.raw_mean == 4.5


def test_the_estimates_maximise_the_restricted_likelihood() -> None:
    _, ratings = simulated_position(random.Random(11))
    fit = fair_scores(ratings)
    assert fit.converged
    best = restricted_deviance(ratings, fit.variances)
    v = fit.variances
    for factor in (0.9, 1.1):
        for nudged in (
            VarianceComponents(v.candidate * factor, v.interviewer, v.residual),
            VarianceComponents(v.candidate, v.interviewer * factor, v.residual),
            VarianceComponents(v.candidate, v.interviewer, v.residual * factor),
        ):
            assert restricted_deviance(ratings, nudged) > best


def test_candidates_who_do_not_differ_converge_to_no_candidate_variance() -> None:
    """The case plain EM crawls through for thousands of steps: every candidate has the same
    true level, so the candidate variance belongs at 0 and the adjusted scores all near 3."""
    rng = random.Random(5)
    ratings = [
        Rating(i, j, 3.0 + BIASES[j] + rng.gauss(0.0, NOISE_SD))
        for i in range(CANDIDATES)
        for j in rng.sample(range(len(BIASES)), 2)
    ]
    fit = fair_scores(ratings)
    assert fit.converged and fit.estimated and fit.iterations < 500
    assert fit.variances.candidate < 0.01
    assert all(abs(c.adjusted - 3.0) < 0.2 for c in fit.candidates)
    # The same ratings as 0-100 points (level 1 is 0, one level 25 points) give the same fit in
    # points: the search ends at the same place whatever the unit.
    points = fair_scores([Rating(r.candidate, r.interviewer, (r.score - 1) * 25) for r in ratings])
    for level, point in zip(fit.candidates, points.candidates, strict=True):
        assert point.adjusted == pytest.approx((level.adjusted - 1) * 25, abs=1e-3)
        assert point.standard_error == pytest.approx(level.standard_error * 25, abs=1e-3)


def test_too_small_a_design_takes_even_thirds_instead_of_a_degenerate_estimate() -> None:
    # Four ratings of three candidates by three interviewers in two unconnected groups leave
    # N - I - J + groups = 4 - 3 - 3 + 2 = 0 degrees of freedom for the residual: the
    # likelihood could put everything on candidates or everything on interviewers and claim
    # near-certainty either way. Total variance of 1, 2, 1, 1: mean 1.25, (3 * 0.0625 +
    # 0.5625) / 4 = 0.1875, so each variance is 0.0625.
    ratings = [Rating(0, 0, 1.0), Rating(1, 1, 2.0), Rating(2, 0, 1.0), Rating(0, 2, 1.0)]
    fit = fair_scores(ratings)
    assert not fit.estimated
    assert fit.variances == VarianceComponents(0.0625, 0.0625, 0.0625)
    assert all(c.standard_error > 0.1 for c in fit.candidates)
    # A position large enough is estimated.
    assert fair_scores(simulated_position(random.Random(3))[1]).estimated


small_designs = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=5),
        st.integers(min_value=0, max_value=3),
        st.integers(min_value=1, max_value=5),
    ),
    min_size=1,
    max_size=20,
)


@settings(max_examples=60, deadline=None)
@given(
    small_designs, st.floats(min_value=-10, max_value=10), st.floats(min_value=0.5, max_value=25)
)
def test_any_small_design_gives_finite_figures_that_follow_the_scale(
    rows: list[tuple[int, int, int]], shift: float, stretch: float
) -> None:
    """Whatever the design: finite, ordered intervals, leniencies summing to 0; and moving or
    stretching the scale (levels to points, say) moves or stretches the fair scores with it."""
    ratings = [Rating(c, r, float(s)) for c, r, s in rows]
    fit = fair_scores(ratings)
    for c in fit.candidates:
        assert math.isfinite(c.adjusted) and c.low <= c.adjusted <= c.high
    assert math.fsum(i.leniency for i in fit.interviewers) == pytest.approx(0.0, abs=1e-6)
    moved = fair_scores(
        [Rating(r.candidate, r.interviewer, shift + stretch * r.score) for r in ratings]
    )
    for before, after in zip(fit.candidates, moved.candidates, strict=True):
        assert after.adjusted == pytest.approx(
            shift + stretch * before.adjusted, abs=1e-3 * stretch
        )
        assert after.standard_error == pytest.approx(
            stretch * before.standard_error, abs=1e-3 * stretch
        )
