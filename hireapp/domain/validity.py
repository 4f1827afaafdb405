# SPDX-License-Identifier: MIT
"""Does the interview predict the job? Correlations of interview figures with hires' outcomes.

For every hire the interview left predictors (the first impression, the structured score, each
question's score) and the job later left outcomes (the manager's rating per dimension, numeric
measures such as customer satisfaction, still employed as 1 or 0). This module computes, in pure
Python:

- Pearson's r of each predictor with each outcome, its n and a 95% confidence interval by
  Fisher's z (a 0/1 outcome makes r the point-biserial correlation; the interval is then rougher);
- the structured score's added value over the first impression: the partial correlation of the
  structured score with the outcome controlling the impression, and Delta R^2, what adding the
  structured score to a regression of the outcome on the impression adds to R^2;
- a plain-words headline for the question hireapp was built on, and a note on range restriction.

Missing values are deleted pairwise: each figure uses every hire that has the values it needs,
and reports its own n. Figures are shown only from MIN_HIRES up (per figure as well as overall):
below that, correlations swing so widely that reading them misleads more than it informs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Final

from hireapp.domain.statistics import pearson

MIN_HIRES: Final = 30
"""No figure is shown on fewer hires than this."""

CONFIDENCE: Final = 0.95
Z_95: Final = NormalDist().inv_cdf(0.5 + CONFIDENCE / 2)
"""1.96: the 95% interval on Fisher's z scale is z +- Z_95 / sqrt(n - 3 - controls)."""

FIRST_IMPRESSION: Final = "first impression"
STRUCTURED: Final = "structured score"

HEADLINE_QUESTION: Final = (
    "Did liking in the first 30 seconds predict how customers rated this person?"
)

RANGE_RESTRICTION_NOTE: Final = (
    "Only people who were hired have outcomes. Those turned down were mostly the ones who "
    "scored low, so the hires' scores cover a narrower range than all applicants' did, and a "
    "correlation computed among hires understates the one among everyone interviewed: the "
    "figures here are, if anything, too low. A weak correlation can hide an interview that "
    "does separate good applicants from poor ones; it cannot show what the people not hired "
    "would have done."
)


@dataclass(frozen=True)
class Correlation:
    """A correlation with its n and 95% interval.

    r, low and high are None when not computed: fewer than MIN_HIRES pairs once gated (see
    `gated`), fewer than the formula needs, or a side that does not vary.
    """

    r: float | None
    n: int
    low: float | None = None
    high: float | None = None

    @property
    def excludes_zero(self) -> bool:
        """Whether the 95% interval lies wholly on one side of 0."""
        return self.low is not None and self.high is not None and (self.low > 0 or self.high < 0)


@dataclass(frozen=True)
class Hire:
    """One hired person's interview figures and outcomes; None (or absent) where missing.

    questions: question name -> that question's score. outcomes: outcome name -> value, such as
    "manager: customer focus" -> 4, "customer satisfaction" -> 87.5, "still employed" -> 1.
    """

    first_impression: float | None
    structured: float | None
    questions: Mapping[str, float | None] = field(default_factory=dict)
    outcomes: Mapping[str, float | None] = field(default_factory=dict)

    def predictor(self, name: str) -> float | None:
        if name == FIRST_IMPRESSION:
            return self.first_impression
        if name == STRUCTURED:
            return self.structured
        return self.questions.get(name)


@dataclass(frozen=True)
class AddedValue:
    """What the structured score adds to the first impression in predicting one outcome.

    n: hires with all three values. r2_impression: R^2 of the outcome on the impression alone;
    r2_both: on both; delta_r2 = r2_both - r2_impression. partial: the structured score's
    correlation with the outcome, the impression held constant, with its interval.
    """

    n: int
    r2_impression: float | None
    r2_both: float | None
    delta_r2: float | None
    partial: Correlation


@dataclass(frozen=True)
class Figure:
    """One predictor's correlation with one outcome (gated: r is None below MIN_HIRES)."""

    predictor: str
    outcome: str
    correlation: Correlation


@dataclass(frozen=True)
class OutcomeAddedValue:
    outcome: str
    added: AddedValue


@dataclass(frozen=True)
class Headline:
    """The plain-words answer to HEADLINE_QUESTION, and the figure it rests on."""

    question: str
    answer: str
    correlation: Correlation

    @property
    def text(self) -> str:
        return f"{self.question} {self.answer}"


@dataclass(frozen=True)
class ValidityReport:
    """Everything the Validity view and `hireapp validity` show for one set of hires.

    hires: hires with at least one outcome recorded. ready: hires >= MIN_HIRES; when not ready,
    figures and added_value are empty and progress says how far it is ("12 of 30 hires so far").
    """

    hires: int
    ready: bool
    progress: str
    headline: Headline
    figures: tuple[Figure, ...]
    added_value: tuple[OutcomeAddedValue, ...]
    range_restriction: str = RANGE_RESTRICTION_NOTE


# --- the formulas --------------------------------------------------------------------------------


def _complete(rows: Iterable[Sequence[float | None]]) -> list[tuple[float, ...]]:
    """The rows with no value missing (pairwise deletion, one figure at a time)."""
    return [tuple(v for v in row if v is not None) for row in rows if None not in row]


def fisher_interval(r: float, n: int, controls: int = 0) -> tuple[float, float] | None:
    """The 95% interval of a correlation by Fisher's z transformation.

        z = atanh(r),  se = 1 / sqrt(n - 3 - controls),  interval = tanh(z -+ 1.96 * se)

    `controls` is the number of variables held constant (1 for a first-order partial
    correlation). None when n - 3 - controls < 1; a perfect correlation gives (r, r).
    """
    dof = n - 3 - controls
    if dof < 1:
        return None
    if abs(r) >= 1.0:
        return (r, r)
    z = math.atanh(r)
    half = Z_95 / math.sqrt(dof)
    return (math.tanh(z - half), math.tanh(z + half))


def correlation(pairs: Iterable[tuple[float | None, float | None]]) -> Correlation:
    """Pearson's r (statistics.pearson) over the pairs with both values, with n and interval."""
    complete = [(x, y) for x, y in _complete(pairs)]
    r = pearson(complete)
    if r is None:
        return Correlation(None, len(complete))
    interval = fisher_interval(r, len(complete))
    low, high = interval if interval else (None, None)
    return Correlation(r, len(complete), low, high)


def _three_correlations(
    rows: Sequence[tuple[float, ...]],
) -> tuple[float, float, float] | None:
    """r(outcome, impression), r(outcome, structured), r(impression, structured) on the rows."""
    r_yz = pearson((y, z) for z, _, y in rows)
    r_yx = pearson((y, x) for _, x, y in rows)
    r_xz = pearson((x, z) for z, x, _ in rows)
    if r_yz is None or r_yx is None or r_xz is None:
        return None
    return r_yz, r_yx, r_xz


def added_value(
    rows: Iterable[tuple[float | None, float | None, float | None]],
) -> AddedValue:
    """The structured score's value over the first impression, from (impression, structured,
    outcome) triples; hires missing any of the three are left out of this figure.

    With y the outcome, z the impression, x the structured score and r their correlations:

        partial r_yx.z = (r_yx - r_yz r_xz) / sqrt((1 - r_yz^2)(1 - r_xz^2))
        R^2(y ~ z)     = r_yz^2
        R^2(y ~ z + x) = (r_yz^2 + r_yx^2 - 2 r_yz r_yx r_xz) / (1 - r_xz^2)
        Delta R^2      = (r_yx - r_yz r_xz)^2 / (1 - r_xz^2)

    Delta R^2 is the squared semipartial correlation of y with the part of x that z does not
    predict. Nothing is computed when a variable does not vary, or when impression and
    structured score are perfectly correlated (their contributions cannot be separated).
    """
    complete = _complete(rows)
    n = len(complete)
    found = _three_correlations(complete)
    if found is None or abs(found[2]) >= 1.0 - 1e-12:
        return AddedValue(n, None, None, None, Correlation(None, n))
    r_yz, r_yx, r_xz = found
    r2_impression = r_yz**2
    delta = (r_yx - r_yz * r_xz) ** 2 / (1 - r_xz**2)
    partial_r: float | None = None
    partial = Correlation(None, n)
    if abs(r_yz) < 1.0 - 1e-12:
        partial_r = max(
            -1.0, min(1.0, (r_yx - r_yz * r_xz) / math.sqrt((1 - r_yz**2) * (1 - r_xz**2)))
        )
        interval = fisher_interval(partial_r, n, controls=1)
        low, high = interval if interval else (None, None)
        partial = Correlation(partial_r, n, low, high)
    return AddedValue(
        n=n,
        r2_impression=r2_impression,
        r2_both=min(1.0, r2_impression + delta),
        delta_r2=delta,
        partial=partial,
    )


def gated(c: Correlation) -> Correlation:
    """The correlation as shown: withheld (r None, n kept) below MIN_HIRES pairs."""
    return c if c.n >= MIN_HIRES else Correlation(None, c.n)


def _gated_added(a: AddedValue) -> AddedValue:
    if a.n >= MIN_HIRES:
        return a
    return AddedValue(a.n, None, None, None, Correlation(None, a.n))


def corrected_for_range_restriction(r: float, sd_hires: float, sd_applicants: float) -> float:
    """Thorndike's case II estimate of the correlation among all applicants.

        u = sd_applicants / sd_hires,   r_c = r u / sqrt(1 + r^2 (u^2 - 1))

    It assumes selection on the predictor alone and a linear, equally spread relation; a rough
    guide, not a measurement. With u = 1 (no restriction) it returns r.
    """
    u = sd_applicants / sd_hires
    return r * u / math.sqrt(1 + r * r * (u * u - 1))


# --- words ---------------------------------------------------------------------------------------


def progress_text(hires: int) -> str:
    """How far from enough hires: "12 of 30 hires so far"."""
    return f"{hires} of {MIN_HIRES} hires so far"


def _number(value: float) -> str:
    text = f"{value:.2f}"
    return "0.00" if text == "-0.00" else text


def correlation_text(c: Correlation) -> str:
    """ "r = 0.21 (95% CI 0.02 to 0.38, n = 104)"; the progress below MIN_HIRES; a reason when
    r could not be computed."""
    if c.n < MIN_HIRES:
        return progress_text(c.n)
    if c.r is None:
        return f"cannot be computed: a value does not vary (n = {c.n})"
    if c.low is None or c.high is None:
        return f"r = {_number(c.r)} (n = {c.n})"
    return f"r = {_number(c.r)} (95% CI {_number(c.low)} to {_number(c.high)}, n = {c.n})"


def strength(r: float) -> str:
    """Cohen's rough words for a correlation's size: below .1 very weakly, below .3 weakly,
    below .5 moderately, else strongly."""
    size = abs(r)
    if size < 0.1:
        return "very weakly"
    if size < 0.3:
        return "weakly"
    if size < 0.5:
        return "moderately"
    return "strongly"


def answer(c: Correlation) -> str:
    """Plain words for whether a predictor predicted an outcome, by whether the 95% interval
    excludes 0: "Yes, weakly: r = 0.21 (95% CI 0.02 to 0.38, n = 104)." / "Not clearly: ..." /
    "No, the opposite, weakly: ..." / "Not known yet: 12 of 30 hires so far."."""
    if c.n < MIN_HIRES:
        return f"Not known yet: {progress_text(c.n)}."
    figure = correlation_text(c)
    if c.r is None:
        return f"Cannot tell: {figure}."
    if not c.excludes_zero:
        return f"Not clearly: {figure}."
    if c.r > 0:
        return f"Yes, {strength(c.r)}: {figure}."
    return f"No, the opposite, {strength(c.r)}: {figure}."


def first_impression_headline(
    hires: Sequence[Hire], customer_outcome: str | None, question: str = HEADLINE_QUESTION
) -> Headline:
    """The answer to HEADLINE_QUESTION: the first impression's correlation with the customers'
    rating (the outcome named `customer_outcome`), in plain words."""
    if customer_outcome is None or not any(
        h.outcomes.get(customer_outcome) is not None for h in hires
    ):
        return Headline(
            question,
            "Not known: no customer rating has been recorded for any hire.",
            Correlation(None, 0),
        )
    c = correlation((h.first_impression, h.outcomes.get(customer_outcome)) for h in hires)
    return Headline(question, answer(c), gated(c))


# --- the report ----------------------------------------------------------------------------------


def _names(mappings: Iterable[Mapping[str, float | None]]) -> list[str]:
    """Keys in the order first seen."""
    seen: dict[str, None] = {}
    for mapping in mappings:
        for name in mapping:
            seen.setdefault(name, None)
    return list(seen)


def validity_report(hires: Iterable[Hire], customer_outcome: str | None = None) -> ValidityReport:
    """Every figure for the Validity view, gated at MIN_HIRES hires with an outcome.

    Args:
        hires: the hired candidates, whatever their outcomes so far.
        customer_outcome: the outcome the headline is about (customers' rating of the person).
    """
    items = list(hires)
    with_outcome = [h for h in items if any(v is not None for v in h.outcomes.values())]
    count = len(with_outcome)
    headline = first_impression_headline(with_outcome, customer_outcome)
    if count < MIN_HIRES:
        return ValidityReport(count, False, progress_text(count), headline, (), ())
    predictors = [FIRST_IMPRESSION, STRUCTURED, *_names(h.questions for h in with_outcome)]
    outcomes = _names(h.outcomes for h in with_outcome)
    figures = tuple(
        Figure(
            predictor,
            outcome,
            gated(correlation((h.predictor(predictor), h.outcomes.get(outcome)) for h in items)),
        )
        for outcome in outcomes
        for predictor in predictors
    )
    added = tuple(
        OutcomeAddedValue(
            outcome,
            _gated_added(
                added_value(
                    (h.first_impression, h.structured, h.outcomes.get(outcome)) for h in items
                )
            ),
        )
        for outcome in outcomes
    )
    return ValidityReport(count, True, f"{count} hires", headline, figures, added)
