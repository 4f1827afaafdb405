# SPDX-License-Identifier: MIT
"""Validity figures: hand calculations, textbook identities, the 30-hire gate and the words."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hireapp.domain.validity import (
    FIRST_IMPRESSION,
    HEADLINE_QUESTION,
    MIN_HIRES,
    RANGE_RESTRICTION_NOTE,
    STRUCTURED,
    Correlation,
    Hire,
    added_value,
    answer,
    corrected_for_range_restriction,
    correlation,
    correlation_text,
    fisher_interval,
    validity_report,
)

# The worked example of docs/insight.md. Five hires:
IMPRESSION = [1.0, 2.0, 3.0, 4.0, 5.0]  # z; deviations -2 -1 0 1 2, sum of squares 10
STRUCTURED_SCORES = [2.0, 1.0, 4.0, 3.0, 5.0]  # x; deviations -1 -2 1 0 2, sum of squares 10
CUSTOMERS = [1.0, 3.0, 2.0, 5.0, 4.0]  # y; deviations -2 0 -1 2 1, sum of squares 10
# Cross-products: S_xz = 2+2+0+0+4 = 8, S_yz = 4+0+0+2+2 = 8, S_yx = 2+0-1+0+2 = 3,
# so r_xz = 8/10 = 0.8, r_yz = 0.8, r_yx = 0.3.


def test_pearson_and_its_fisher_interval_by_hand() -> None:
    c = correlation(zip(STRUCTURED_SCORES, IMPRESSION, strict=True))
    assert c.r == pytest.approx(0.8) and c.n == 5
    # z = atanh(0.8) = ln(1.8 / 0.2) / 2 = ln(9) / 2 = 1.098612; se = 1 / sqrt(5 - 3) = 0.707107;
    # z -+ 1.959964 * 0.707107 = 1.098612 -+ 1.385904 -> -0.287292 and 2.484516;
    # tanh of those: -0.279640 and 0.986196.
    assert c.low == pytest.approx(-0.279640, abs=1e-6)
    assert c.high == pytest.approx(0.986196, abs=1e-6)
    assert not c.excludes_zero


def test_pairwise_deletion_reports_its_own_n() -> None:
    pairs: list[tuple[float | None, float | None]] = list(
        zip(STRUCTURED_SCORES, IMPRESSION, strict=True)
    )
    with_gaps = [*pairs, (None, 3.0), (4.0, None), (None, None)]
    c = correlation(with_gaps)
    assert c.n == 5 and c.r == pytest.approx(0.8)


def test_partial_correlation_and_delta_r2_by_hand() -> None:
    a = added_value(zip(IMPRESSION, STRUCTURED_SCORES, CUSTOMERS, strict=True))
    assert a.n == 5
    # partial r_yx.z = (0.3 - 0.8 * 0.8) / sqrt((1 - 0.64)(1 - 0.64)) = -0.34 / 0.36 = -0.944444
    assert a.partial.r == pytest.approx(-0.34 / 0.36)
    # R^2 on the impression alone = 0.8^2 = 0.64;
    # Delta R^2 = (0.3 - 0.64)^2 / (1 - 0.64) = 0.1156 / 0.36 = 0.321111; R^2 on both 0.961111.
    assert a.r2_impression == pytest.approx(0.64)
    assert a.delta_r2 == pytest.approx(0.1156 / 0.36)
    assert a.r2_both == pytest.approx(0.64 + 0.1156 / 0.36)
    # The interval of a first-order partial has se = 1 / sqrt(5 - 3 - 1) = 1:
    # atanh(-0.944444) = ln(0.055556 / 1.944444) / 2 = -1.777674, -+ 1.959964 ->
    # tanh(-3.737638) = -0.998867 and tanh(0.182290) = 0.180297.
    assert a.partial.low == pytest.approx(-0.998867, abs=1e-6)
    assert a.partial.high == pytest.approx(0.180297, abs=1e-6)


def test_delta_r2_is_the_squared_semipartial_by_residuals() -> None:
    # Independently: the part of x the impression does not predict is
    # dx - (S_xz / S_zz) dz = dx - 0.8 dz = 0.6, -1.2, 1.0, -0.8, 0.4 (sum of squares 3.6);
    # its cross-product with dy is -1.2 + 0 - 1.0 - 1.6 + 0.4 = -3.4, so the semipartial
    # correlation is -3.4 / sqrt(10 * 3.6) = -3.4 / 6 and its square 0.321111.
    a = added_value(zip(IMPRESSION, STRUCTURED_SCORES, CUSTOMERS, strict=True))
    assert a.delta_r2 == pytest.approx((-3.4 / 6) ** 2)


def _centred(values: list[float]) -> list[float]:
    m = math.fsum(values) / len(values)
    return [v - m for v in values]


def _dot(a: list[float], b: list[float]) -> float:
    return math.fsum(x * y for x, y in zip(a, b, strict=True))


samples = st.lists(
    st.tuples(*(st.integers(min_value=1, max_value=5) for _ in range(3))), min_size=6, max_size=40
)


@given(samples)
def test_identities_against_least_squares(rows: list[tuple[int, int, int]]) -> None:
    """R^2 of both predictors by the normal equations, and the partial correlation as the
    correlation of residuals, agree with the formulas."""
    z = _centred([float(r[0]) for r in rows])
    x = _centred([float(r[1]) for r in rows])
    y = _centred([float(r[2]) for r in rows])
    szz, sxx, syy, sxz = _dot(z, z), _dot(x, x), _dot(y, y), _dot(x, z)
    determinant = szz * sxx - sxz * sxz
    assume(szz > 0 and sxx > 0 and syy > 0 and determinant > 1e-6 * szz * sxx)
    # Normal equations for y = bz z + bx x, solved by Cramer's rule.
    bz = (_dot(y, z) * sxx - _dot(y, x) * sxz) / determinant
    bx = (_dot(y, x) * szz - _dot(y, z) * sxz) / determinant
    sse = math.fsum((yi - bz * zi - bx * xi) ** 2 for yi, zi, xi in zip(y, z, x, strict=True))
    r2_both = 1 - sse / syy
    a = added_value((float(r[0]), float(r[1]), float(r[2])) for r in rows)
    assert a.r2_both == pytest.approx(r2_both, abs=1e-9)
    assert a.r2_impression is not None and a.delta_r2 is not None
    assert a.delta_r2 == pytest.approx(r2_both - a.r2_impression, abs=1e-9)
    # Partial correlation = correlation of the residuals of x and of y after z.
    rx = [xi - sxz / szz * zi for xi, zi in zip(x, z, strict=True)]
    ry = [yi - _dot(y, z) / szz * zi for yi, zi in zip(y, z, strict=True)]
    if _dot(ry, ry) > 1e-9:
        expected = _dot(rx, ry) / math.sqrt(_dot(rx, rx) * _dot(ry, ry))
        assert a.partial.r == pytest.approx(expected, abs=1e-9)


def test_nothing_when_a_value_never_varies_or_the_predictors_coincide() -> None:
    flat = added_value((z, 3.0, y) for z, y in zip(IMPRESSION, CUSTOMERS, strict=True))
    assert flat.delta_r2 is None and flat.partial.r is None and flat.n == 5
    same = added_value((z, z, y) for z, y in zip(IMPRESSION, CUSTOMERS, strict=True))
    assert same.delta_r2 is None
    assert correlation([(1.0, 2.0), (2.0, 2.0), (3.0, 2.0)]).r is None


def test_fisher_interval_edges() -> None:
    assert fisher_interval(0.5, 3) is None  # n - 3 = 0
    assert fisher_interval(1.0, 10) == (1.0, 1.0)
    low, high = fisher_interval(0.0, 103) or (0.0, 0.0)  # se = 0.1: tanh(-+0.196)
    assert high == pytest.approx(-low) == pytest.approx(math.tanh(0.1959964), abs=1e-6)


def test_range_restriction_correction() -> None:
    # u = 2: r_c = 0.3 * 2 / sqrt(1 + 0.09 * 3) = 0.6 / sqrt(1.27) = 0.532414
    assert corrected_for_range_restriction(0.3, 1.0, 2.0) == pytest.approx(0.532414, abs=1e-6)
    assert corrected_for_range_restriction(0.3, 1.5, 1.5) == pytest.approx(0.3)


# --- words --------------------------------------------------------------------------------------


def test_the_answers_in_plain_words() -> None:
    # r = 0.21 on 104 hires: atanh(0.21) = 0.213171, se = 1/sqrt(101) = 0.099504,
    # -+ 0.195024 -> tanh(0.018148) = 0.018146 and tanh(0.408195) = 0.386939.
    lo, hi = fisher_interval(0.21, 104) or (0.0, 0.0)
    assert (round(lo, 2), round(hi, 2)) == (0.02, 0.39)
    assert answer(Correlation(0.21, 104, lo, hi)) == (
        "Yes, weakly: r = 0.21 (95% CI 0.02 to 0.39, n = 104)."
    )
    assert answer(Correlation(0.08, 104, -0.11, 0.27)) == (
        "Not clearly: r = 0.08 (95% CI -0.11 to 0.27, n = 104)."
    )
    assert answer(Correlation(-0.35, 60, -0.55, -0.11)) == (
        "No, the opposite, moderately: r = -0.35 (95% CI -0.55 to -0.11, n = 60)."
    )
    assert answer(Correlation(0.5, 12, 0.1, 0.8)) == "Not known yet: 12 of 30 hires so far."
    assert answer(Correlation(None, 40)).startswith("Cannot tell:")
    assert correlation_text(Correlation(None, 7)) == "7 of 30 hires so far"
    assert correlation_text(Correlation(-0.001, 50, -0.3, 0.3)) == (
        "r = 0.00 (95% CI -0.30 to 0.30, n = 50)"
    )


# --- the report and its gate --------------------------------------------------------------------


def hires(count: int) -> list[Hire]:
    """Hires whose customers' rating follows the impression (planted) and whose manager rating
    follows the structured score; question "Q2" was asked of every third hire only."""
    made = []
    for k in range(count):
        impression = float(1 + k % 5)
        structured = float(1 + (k * 3) % 5)
        made.append(
            Hire(
                first_impression=impression,
                structured=structured,
                questions={"Q1": structured, "Q2": impression if k % 3 == 0 else None},
                outcomes={
                    "customer satisfaction": 60.0 + 5 * impression + (k % 7),
                    "manager: customer focus": structured if k % 2 else None,
                },
            )
        )
    return made


def test_below_thirty_hires_no_figures_only_progress() -> None:
    report = validity_report(hires(MIN_HIRES - 1), customer_outcome="customer satisfaction")
    assert MIN_HIRES == 30
    assert not report.ready and report.hires == 29
    assert report.progress == "29 of 30 hires so far"
    assert report.figures == () and report.added_value == ()
    assert report.headline.answer == "Not known yet: 29 of 30 hires so far."
    assert report.headline.text.startswith(HEADLINE_QUESTION)
    assert report.range_restriction == RANGE_RESTRICTION_NOTE
    # Hires with no outcome yet do not count toward the thirty.
    waiting = [Hire(3.0, 3.0, outcomes={"customer satisfaction": None})] * 5
    assert validity_report([*hires(27), *waiting]).hires == 27


def test_from_thirty_hires_every_figure_with_its_own_n() -> None:
    report = validity_report(hires(45), customer_outcome="customer satisfaction")
    assert report.ready and report.hires == 45
    cells = {(f.predictor, f.outcome): f.correlation for f in report.figures}
    predictors = [FIRST_IMPRESSION, STRUCTURED, "Q1", "Q2"]
    outcomes = ["customer satisfaction", "manager: customer focus"]
    assert list(cells) == [(p, o) for o in outcomes for p in predictors]
    planted = cells[(FIRST_IMPRESSION, "customer satisfaction")]
    assert planted.n == 45 and planted.r is not None and planted.r > 0.8 and planted.excludes_zero
    # Manager ratings exist for the 22 odd-numbered hires: below 30, withheld.
    manager = cells[(STRUCTURED, "manager: customer focus")]
    assert manager.n == 22 and manager.r is None
    assert correlation_text(manager) == "22 of 30 hires so far"
    # Q2 was asked of 15 hires.
    assert cells[("Q2", "customer satisfaction")].n == 15
    assert report.headline.answer.startswith("Yes, strongly: r = ")
    assert report.headline.correlation == planted
    added = {a.outcome: a.added for a in report.added_value}
    assert added["customer satisfaction"].n == 45
    assert added["customer satisfaction"].delta_r2 is not None
    assert added["manager: customer focus"].delta_r2 is None


def test_the_headline_without_a_customer_rating() -> None:
    report = validity_report(hires(40), customer_outcome=None)
    assert report.headline.answer == "Not known: no customer rating has been recorded for any hire."
    assert validity_report(hires(40), "mystery shopper").headline.correlation.n == 0
