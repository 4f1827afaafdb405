# SPDX-License-Identifier: MIT
"""The insight figures HR reads beside the scores: halo, calibration, agreement, disagreement.

Pure functions over plain numbers, so each formula can be checked by hand and by property tests.
Scores are on the stored 0-100 scale (level 1 is 0, level 5 is 100, so one anchor level is 25
points); question-level agreement works on the 1-5 levels, which changes nothing because the
intraclass correlation does not depend on the unit. docs/insight.md explains each figure for HR.

Halo on the raw 0-100 scale, not standardised. The impression and the structured score are both
put on 0-100 by the same rule (level - 1) / 4 * 100 before they are stored, so they already share
a scale whose unit means something to a rater: 25 points is one anchor level. z-scores would make
a candidate's gap depend on who else applied for the position (and on a standard deviation that is
unstable for a small position), would erase an interviewer's systematic leniency, and could not be
explained as "the impression was a level above the evidence". The threshold is a named constant.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, TypeVar

from hireapp.domain.formatting import whole

LEVEL_POINTS: Final = 25.0
"""One anchor level on the 0-100 scale."""

HALO_THRESHOLD: Final = 25.0
"""A gap of one whole anchor level (or more) between impression and evidence is flagged."""

MIN_CORRELATION_PAIRS: Final = 3
"""Fewer pairs than this give no correlation: two points always lie on a line."""

_K = TypeVar("_K", bound=Hashable)
_R = TypeVar("_R", bound=Hashable)


def mean(values: Iterable[float]) -> float | None:
    """The arithmetic mean, None for no values."""
    items = list(values)
    return math.fsum(items) / len(items) if items else None


# --- halo -------------------------------------------------------------------------------------


def halo_gap(pairs: Iterable[tuple[float | None, float | None]]) -> float | None:
    """Mean gap between the 30-second impression and the structured score, in 0-100 points.

    gap = (1/n) * sum(impression_i - structured_i) over the n interviews that have both parts.

    Positive: the impression was better than the evidence from the answers (charm without
    substance); negative: the answers were better than the first seconds suggested. None when no
    interview has both parts.
    """
    gaps = [i - s for i, s in pairs if i is not None and s is not None]
    return mean(gaps)


def is_halo(gap: float | None, threshold: float = HALO_THRESHOLD) -> bool:
    """Whether a gap is large enough to flag: |gap| >= threshold (one anchor level by default)."""
    # A tiny tolerance: a gap of exactly one level computed through floats must still count.
    return gap is not None and abs(gap) >= threshold - 1e-9


def halo_sentence(gap: float | None) -> str | None:
    """The gap in plain words, flagged or not; None without a gap.

    The sentence speaks of the gap alone, the mean over interviews with both parts: the mean
    impression and mean structured score can rest on different interviews (one interviewer may
    have recorded no impression), so their difference is not the gap and is not quoted.
    """
    if gap is None:
        return None
    points = abs(whole(gap))
    levels = abs(gap) / LEVEL_POINTS
    size = f"{points} point{'s' if points != 1 else ''} ({levels:.1f} levels)"
    if points == 0:
        return (
            "Where an interviewer recorded both, the first impression matched the structured score."
        )
    if gap > 0:
        return (
            f"Where an interviewer recorded both, the first impression was on average {size} "
            "above the structured score: the candidate came across better in the first 30 "
            "seconds than their answers bear out."
        )
    return (
        f"Where an interviewer recorded both, the first impression was on average {size} "
        "below the structured score: the answers were stronger than the first 30 seconds "
        "suggested."
    )


def describe_halo(gap: float | None) -> str | None:
    """The plain sentence for a flagged gap (see is_halo), None when the gap is not flagged."""
    return halo_sentence(gap) if is_halo(gap) else None


# --- disagreement between interviewers ----------------------------------------------------------


def disagreement(scores: Iterable[float | None]) -> float | None:
    """How far a candidate's interviewers are apart: max - min of their structured scores.

    The range, in 0-100 points, rather than a standard deviation: with the two to four
    interviewers a candidate usually has it reads directly ("the most and least convinced
    interviewers were 30 points, more than a level, apart"), and the database computes it with
    MAX and MIN. None with fewer than two scores.
    """
    present = [s for s in scores if s is not None]
    if len(present) < 2:
        return None
    return max(present) - min(present)


# --- calibration ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Leniency:
    """An interviewer's mean difference from colleagues, and on how many candidates it rests."""

    value: float
    candidates: int


def leniency(scores: Mapping[_K, Mapping[_R, float]]) -> dict[_R, Leniency]:
    """Each rater's leniency (positive) or severity (negative) against colleagues, 0-100 points.

    For rater r and every candidate c that r and at least one other rater scored:

        d(r, c) = score(r, c) - mean(score(o, c) for the other raters o of c)
        leniency(r) = mean of d(r, c) over those candidates

    Comparing with the colleagues who saw the same candidates removes the candidates' own
    quality, which differs between raters who happened to meet stronger or weaker applicants.
    Raters who never shared a candidate are left out.

    Args:
        scores: candidate -> rater -> that rater's structured score of the candidate.
    """
    differences: dict[_R, list[float]] = {}
    for by_rater in scores.values():
        if len(by_rater) < 2:
            continue
        total = math.fsum(by_rater.values())
        others = len(by_rater) - 1
        for rater, score in by_rater.items():
            differences.setdefault(rater, []).append(score - (total - score) / others)
    return {
        rater: Leniency(value=math.fsum(diffs) / len(diffs), candidates=len(diffs))
        for rater, diffs in differences.items()
    }


def pearson(pairs: Iterable[tuple[float, float]]) -> float | None:
    """Pearson's correlation r of the pairs (x, y).

        r = sum((x - mean x)(y - mean y)) / sqrt(sum((x - mean x)^2) * sum((y - mean y)^2))

    None with fewer than MIN_CORRELATION_PAIRS pairs, or when x or y does not vary (an
    interviewer who gave every candidate the same impression predicts nothing by it).
    """
    items = list(pairs)
    if len(items) < MIN_CORRELATION_PAIRS:
        return None
    mx = math.fsum(x for x, _ in items) / len(items)
    my = math.fsum(y for _, y in items) / len(items)
    sxy = math.fsum((x - mx) * (y - my) for x, y in items)
    sxx = math.fsum((x - mx) ** 2 for x, _ in items)
    syy = math.fsum((y - my) ** 2 for _, y in items)
    # Relative to the values' size: a variance that is only rounding noise counts as none.
    scale = max(1.0, *(abs(v) for pair in items for v in pair)) ** 2 * len(items) * 1e-12
    if sxx <= scale or syy <= scale:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


# --- agreement per question ---------------------------------------------------------------------


@dataclass(frozen=True)
class GroupSums:
    """One candidate's ratings of one question, as count, sum and sum of squares.

    What a database returns from COUNT, SUM and SUM(x * x), so agreement over many thousands of
    answers needs no answer rows in Python.
    """

    count: int
    total: float
    squares: float

    @classmethod
    def of(cls, ratings: Iterable[float]) -> GroupSums:
        items = list(ratings)
        return cls(len(items), math.fsum(items), math.fsum(x * x for x in items))


@dataclass(frozen=True)
class Agreement:
    """ICC(1) for one question and what it rests on.

    icc: None when it cannot be computed (fewer than two candidates with two ratings, or no
    variation at all). within_sd: the typical spread between two ratings of the same candidate,
    in levels (the square root of the within-candidate mean square).
    """

    icc: float | None
    candidates: int
    ratings: int
    within_sd: float | None


def icc1_from_sums(groups: Iterable[GroupSums]) -> Agreement:
    """ICC(1), the one-way random-effects intraclass correlation for a single rating.

    Why ICC(1) and not ICC(2,1): ICC(2,1) needs every rater to rate every target (a crossed
    design) so that rater effects can be separated out. Here each candidate meets two to four of
    the interviewers, a different set each time, so raters are nested in candidates; that is the
    one-way model ICC(1) is for (Shrout & Fleiss 1979, case 1; McGraw & Wong 1996). Rater
    leniency then counts as disagreement, which is what HR should see: the question is scored
    inconsistently whichever reason.

    Unbalanced data, explicitly: candidates have different numbers of ratings n_i. Candidates with
    a single rating say nothing about agreement and are left out. Over the k remaining
    candidates with N = sum n_i ratings, group means m_i and grand mean m:

        MSB = sum n_i (m_i - m)^2 / (k - 1)            between candidates
        MSW = sum sum (x_ij - m_i)^2 / (N - k)          within candidates
        n0  = (N - sum n_i^2 / N) / (k - 1)             the effective ratings per candidate
        ICC(1) = (MSB - MSW) / (MSB + (n0 - 1) * MSW)

    n0 is the usual ANOVA correction for unequal group sizes (it equals n when every candidate
    has n ratings). The result is 1 when ratings of the same candidate never differ, about 0 when
    raters agree no better than chance, and can fall below 0 (down to -1 / (n0 - 1)) when they
    differ more within candidates than between them.
    """
    usable = [g for g in groups if g.count >= 2]
    k = len(usable)
    n_total = sum(g.count for g in usable)
    if k < 2:
        return Agreement(icc=None, candidates=k, ratings=n_total, within_sd=None)
    grand = math.fsum(g.total for g in usable) / n_total
    ssb = math.fsum(g.count * (g.total / g.count - grand) ** 2 for g in usable)
    # sum (x - m_i)^2 = sum x^2 - (sum x)^2 / n_i; clamped, as rounding can make it -0.0000001.
    ssw = max(0.0, math.fsum(g.squares - g.total * g.total / g.count for g in usable))
    msb = ssb / (k - 1)
    msw = ssw / (n_total - k)
    n0 = (n_total - sum(g.count**2 for g in usable) / n_total) / (k - 1)
    within_sd = math.sqrt(msw)
    denominator = msb + (n0 - 1) * msw
    if denominator <= 1e-12:
        return Agreement(icc=None, candidates=k, ratings=n_total, within_sd=within_sd)
    icc = (msb - msw) / denominator
    return Agreement(icc=min(1.0, icc), candidates=k, ratings=n_total, within_sd=within_sd)


def icc1(ratings: Iterable[Sequence[float]]) -> Agreement:
    """ICC(1) of ratings given as one sequence per candidate; see icc1_from_sums."""
    return icc1_from_sums(GroupSums.of(group) for group in ratings)


def agreement_label(icc: float | None) -> str:
    """Plain words for an ICC, after Koo & Li (2016): below .5 poor, .5-.75 moderate, .75-.9
    good, above .9 excellent."""
    if icc is None:
        return "not enough data"
    if icc < 0.5:
        return "poor"
    if icc < 0.75:
        return "moderate"
    if icc < 0.9:
        return "good"
    return "excellent"
