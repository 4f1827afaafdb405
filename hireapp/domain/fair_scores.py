# SPDX-License-Identifier: MIT
"""Fair scores: candidates' levels with the interviewers' leniency taken out.

Candidates for one position are seen by different interviewers, some lenient, some severe, so a
raw mean rewards the luck of meeting a lenient panel. The model fitted here is the additive
rater-effects model

    score(candidate i, interviewer j) = mu + theta_i + b_j + e

with theta_i ~ N(0, s2_t) the candidate's level, b_j ~ N(0, s2_b) the interviewer's leniency and
e ~ N(0, s2_e) everything else. Both effects are random: an estimate resting on few ratings is
shrunk toward the mean rather than believed in full, which is what keeps a candidate seen once by
a harsh interviewer from being over-corrected.

How it is fitted, in pure Python (the domain layer takes no numpy):

1. The variance components s2_t, s2_b, s2_e are estimated by restricted maximum likelihood (REML)
   with the EM iteration, accelerated by SQUAREM extrapolation (plain EM takes thousands of steps
   when a component belongs near 0) and finished by a simplex search near a boundary, unless the
   caller gives them or the design is too small (see below).
2. With those, Henderson's mixed-model equations give mu (best linear unbiased estimate) and the
   BLUPs of theta and b. The candidates' block of the equations is diagonal, so it is absorbed
   and only a (1 + J) x (1 + J) system is solved, J the number of interviewers. Measured: 500
   candidates and 30 interviewers, three ratings each, take 0.2-0.4 s, or 1.5-2.5 s when a
   variance belongs at 0 and the search has to walk it there (2 shared cores).
3. A candidate's adjusted score is mu + mean(b) + theta_i: the score the candidate would get on
   average from this position's own interviewers. Its prediction-error variance comes from the
   inverse of the equations' matrix, and the 80% interval is adjusted +- 1.2816 * sqrt(variance).
   Interviewers' leniencies are reported as b_j - mean(b), so they sum to zero over the panel.

The scale is the caller's: give levels 1-5 and the adjusted scores are levels 1-5. Intervals are
not clipped to the scale's ends.

Small designs. Three variances can only be told apart when the ratings leave room for a residual:
with N ratings of I candidates by J interviewers in c connected groups, N - I - J + c degrees of
freedom. Below MIN_RESIDUAL_DF (5), or when the estimate puts the residual variance at its floor
(the ratings fit the model exactly, so the likelihood is degenerate and would claim a precision
the data do not have), the variances are not estimated: each is taken as a third of the ratings'
total variance, an even-handed "we cannot tell" that shrinks halfway and gives honest, wide
intervals. `estimated` says which happened; callers can pass known `variances` instead.

Degenerate inputs never raise; what happens:

- No ratings: an empty result with all variances 0.
- Every score equal: nothing varies, every variance is at its floor (see VARIANCE_FLOOR); the
  adjusted score equals the raw score and the interval has (practically) no width. The data give
  no sign of uncertainty, so none is invented; callers may prefer to show no interval when
  `variances.total` is 0.
- One candidate: the candidate's level cannot be told from the mean (no residual degrees of
  freedom, so the variances are thirds as above); the adjusted score is the mean of the
  panel's ratings and the interviewers' leniencies are their differences on that candidate,
  shrunk.
- One interviewer: leniency cannot be told from the mean (the interviewer's effect is absorbed
  into it and reported as 0), so the adjusted scores are the raw means shrunk toward the
  overall mean; every candidate is marked `single_interviewer`.
- A candidate seen by one interviewer only: still scored, with that interviewer's leniency as
  estimated from their other candidates taken out, and marked `single_interviewer`; the interval
  is wider. If that interviewer saw nobody else either, candidate and interviewer effect cannot
  be separated and the difference from the mean is split between them by their variances.
- Disconnected designs (two groups of candidates whose interviewers never overlap): the fit still
  works, because the leniencies are shrunk toward 0; comparing candidates across groups then rests
  on the assumption that the groups' interviewers are equally lenient on average. `connected` is
  False and each candidate carries the number of its `group`.
- The search stops after EM_STEPS and MAX_EVALUATIONS even when not converged (`converged` is
  False); the figures are then those of the best point found, still a valid shrinkage fit.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from statistics import NormalDist
from typing import Final, Generic, TypeVar

C = TypeVar("C", bound=Hashable)
"""Whatever identifies a candidate (an id, a name)."""
R = TypeVar("R", bound=Hashable)
"""Whatever identifies an interviewer."""

INTERVAL_LEVEL: Final = 0.80
Z_80: Final = NormalDist().inv_cdf(0.5 + INTERVAL_LEVEL / 2)
"""1.2816: an 80% interval is the estimate +- Z_80 standard errors."""

VARIANCE_FLOOR: Final = 1e-6
"""No variance component is estimated below this share of the ratings' total variance (or below
1e-12 when nothing varies): a component at 0 would make the equations singular."""

MIN_RESIDUAL_DF: Final = 5
"""Fewer residual degrees of freedom than this and the variances are not estimated (see the
module docstring)."""

EM_STEPS: Final = 100
"""EM steps at most before the simplex takes over (60 candidates and 8 interviewers take 10 to
100)."""
MAX_EVALUATIONS: Final = 600
"""Deviance evaluations at most for the simplex (usually 30 to 80)."""
POLISH_BELOW: Final = 0.05
"""A variance ratio below this after EM is finished by the simplex (see _reml)."""
LOG_RATIO_MIN: Final = math.log(1e-6)
LOG_RATIO_MAX: Final = math.log(1e4)
"""The box the variance ratios s2_t / s2_e and s2_b / s2_e are sought in. A ratio of 10,000
means scores without any noise, which real ratings never are; reaching it counts as degenerate."""
TOLERANCE: Final = 1e-7
"""EM stops when no variance component changes by more than this share of the total variance."""


@dataclass(frozen=True)
class Rating(Generic[C, R]):
    """One submitted interview's overall score of one candidate by one interviewer."""

    candidate: C
    interviewer: R
    score: float


@dataclass(frozen=True)
class VarianceComponents:
    """The model's three variances, in squared score units."""

    candidate: float
    interviewer: float
    residual: float

    @property
    def total(self) -> float:
        return self.candidate + self.interviewer + self.residual


@dataclass(frozen=True)
class CandidateFairScore(Generic[C]):
    """A candidate's raw and adjusted score.

    adjusted: mu + mean leniency + theta_i, on the scale of the ratings. low and high: the 80%
    interval, adjusted -+ Z_80 * standard_error. group: which connected part of the design the
    candidate is in (0 for all when the design is connected).
    """

    candidate: C
    raw_mean: float
    adjusted: float
    low: float
    high: float
    standard_error: float
    interviewers: int
    ratings: int
    single_interviewer: bool
    group: int


@dataclass(frozen=True)
class InterviewerLeniency(Generic[R]):
    """An interviewer's estimated leniency (positive) or severity (negative), in score units,
    relative to the panel's average, and how many ratings it rests on."""

    interviewer: R
    leniency: float
    ratings: int
    candidates: int


@dataclass(frozen=True)
class FairScores(Generic[C, R]):
    """The fit for one position: per candidate, per interviewer, and what it rests on.

    mean: mu + mean leniency, the score of an average candidate from this panel. estimated:
    whether the variances were estimated from these ratings (False when given, or when the design
    was too small, see the module docstring). converged and iterations: how the estimation
    ended (EM steps plus likelihood evaluations; 0 when nothing was estimated).
    """

    candidates: tuple[CandidateFairScore[C], ...]
    interviewers: tuple[InterviewerLeniency[R], ...]
    variances: VarianceComponents
    mean: float
    connected: bool
    converged: bool
    iterations: int
    estimated: bool


def fair_scores(
    ratings: Iterable[Rating[C, R]], variances: VarianceComponents | None = None
) -> FairScores[C, R]:
    """Fit the additive rater-effects model to one position's ratings; see the module docstring.

    Args:
        ratings: every submitted rating; an interviewer may rate a candidate more than once.
        variances: known variance components; estimated by REML when None (and the design
            allows it, see the module docstring).
    """
    items = list(ratings)
    if not items:
        return FairScores((), (), VarianceComponents(0.0, 0.0, 0.0), 0.0, True, True, 0, False)
    design = _Design.of(items)
    groups = _groups(design)
    total_variance = _variance([r.score for r in items])
    floor = max(total_variance * VARIANCE_FLOOR, 1e-12)
    converged, iterations, estimated = True, 0, False
    if variances is None and _residual_df(design, groups) >= MIN_RESIDUAL_DF:
        found, converged, iterations = _reml(design, total_variance, floor)
        # A residual variance at its floor means the ratings fit the model exactly, which real
        # ratings never do: the likelihood is then degenerate, not informative.
        if found.residual > floor:
            variances, estimated = found, True
    if variances is None:
        third = total_variance / 3.0
        variances = VarianceComponents(third, third, third)
    variances = VarianceComponents(
        max(variances.candidate, floor),
        max(variances.interviewer, floor),
        max(variances.residual, floor),
    )
    fit = _solve(design, variances)
    return _result(items, design, groups, fit, variances, converged, iterations, estimated)


def _residual_df(design: _Design, groups: Sequence[int]) -> int:
    """Degrees of freedom left for the residual by the additive model: N - I - J + the number of
    connected groups (each group's candidate and interviewer effects share one constant)."""
    return (
        len(design.rows)
        - design.n_candidates
        - design.n_interviewers
        + (max(groups) + 1 if groups else 0)
    )


# --- the design --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Design:
    """Ratings as indices and the sums the mixed-model equations need."""

    rows: tuple[tuple[int, int, float], ...]  # (candidate index, interviewer index, score)
    n_candidates: int
    n_interviewers: int
    per_candidate: tuple[int, ...]  # n_i
    per_interviewer: tuple[int, ...]  # n_j
    cross: tuple[dict[int, int], ...]  # for candidate i: interviewer j -> ratings of i by j
    sum_candidate: tuple[float, ...]
    sum_interviewer: tuple[float, ...]
    total: float
    squares: float

    @classmethod
    def of(cls, items: Sequence[Rating[C, R]]) -> _Design:
        candidates: dict[C, int] = {}
        interviewers: dict[R, int] = {}
        rows = tuple(
            (
                candidates.setdefault(r.candidate, len(candidates)),
                interviewers.setdefault(r.interviewer, len(interviewers)),
                float(r.score),
            )
            for r in items
        )
        n_i = [0] * len(candidates)
        n_j = [0] * len(interviewers)
        s_i = [0.0] * len(candidates)
        s_j = [0.0] * len(interviewers)
        cross: list[dict[int, int]] = [{} for _ in candidates]
        for i, j, y in rows:
            n_i[i] += 1
            n_j[j] += 1
            s_i[i] += y
            s_j[j] += y
            cross[i][j] = cross[i].get(j, 0) + 1
        return cls(
            rows=rows,
            n_candidates=len(candidates),
            n_interviewers=len(interviewers),
            per_candidate=tuple(n_i),
            per_interviewer=tuple(n_j),
            cross=tuple(cross),
            sum_candidate=tuple(s_i),
            sum_interviewer=tuple(s_j),
            total=math.fsum(y for _, _, y in rows),
            squares=math.fsum(y * y for _, _, y in rows),
        )


@dataclass(frozen=True)
class _Fit:
    """The solution of the mixed-model equations for given variances.

    Unknowns are ordered mu, b_1..b_J (the "front" block) and theta_1..theta_I; the theta block
    of the coefficient matrix is diagonal (d_i = n_i + s2_e / s2_t) and is absorbed. `inverse`
    is the inverse of the absorbed (1 + J) x (1 + J) matrix S; with it every needed element of
    the full inverse follows (see _pev).
    """

    mu: float
    b: tuple[float, ...]
    theta: tuple[float, ...]
    d: tuple[float, ...]
    inverse: tuple[tuple[float, ...], ...]
    log_det: float


def _front_column(design: _Design, i: int) -> list[float]:
    """Column i of the off-diagonal block between (mu, b) and theta: n_i, then N_ji per j."""
    column = [0.0] * (1 + design.n_interviewers)
    column[0] = float(design.per_candidate[i])
    for j, count in design.cross[i].items():
        column[1 + j] = float(count)
    return column


def _solve(design: _Design, v: VarianceComponents) -> _Fit:
    lambda_t = v.residual / v.candidate
    lambda_b = v.residual / v.interviewer
    size = 1 + design.n_interviewers
    # The (mu, b) block of the coefficient matrix and its right-hand side.
    s = [[0.0] * size for _ in range(size)]
    s[0][0] = float(len(design.rows))
    for j, n_j in enumerate(design.per_interviewer):
        s[0][1 + j] = s[1 + j][0] = float(n_j)
        s[1 + j][1 + j] = n_j + lambda_b
    rhs = [design.total, *design.sum_interviewer]
    # Absorb the diagonal theta block: S = A - sum_i B_i B_i' / d_i, rhs -= B_i r_i / d_i.
    d = tuple(n_i + lambda_t for n_i in design.per_candidate)
    columns = [_front_column(design, i) for i in range(design.n_candidates)]
    for i, column in enumerate(columns):
        nonzero = [(k, c) for k, c in enumerate(column) if c]
        for k, ck in nonzero:
            rhs[k] -= ck * design.sum_candidate[i] / d[i]
            for m, cm in nonzero:
                s[k][m] -= ck * cm / d[i]
    inverse, log_det = _invert(s)
    front = [math.fsum(inverse[k][m] * rhs[m] for m in range(size)) for k in range(size)]
    theta = tuple(
        (design.sum_candidate[i] - math.fsum(c * f for c, f in zip(column, front, strict=True)))
        / d[i]
        for i, column in enumerate(columns)
    )
    return _Fit(
        mu=front[0],
        b=tuple(front[1:]),
        theta=theta,
        d=d,
        inverse=tuple(tuple(row) for row in inverse),
        log_det=log_det,
    )


def _quadratic(inverse: Sequence[Sequence[float]], v: Sequence[float]) -> float:
    """v' S^-1 v."""
    return math.fsum(
        v[k] * inverse[k][m] * v[m] for k in range(len(v)) if v[k] for m in range(len(v)) if v[m]
    )


def _theta_block_diagonal(design: _Design, fit: _Fit, i: int) -> float:
    """Element (theta_i, theta_i) of the full inverse: 1/d_i + B_i' S^-1 B_i / d_i^2."""
    column = _front_column(design, i)
    return 1.0 / fit.d[i] + _quadratic(fit.inverse, column) / fit.d[i] ** 2


def _pev(design: _Design, fit: _Fit, i: int) -> float:
    """Prediction-error variance of mu + mean(b) + theta_i, in units of s2_e.

    For the contrast k = (a, e_i) with a = (1, 1/J, ..., 1/J) on (mu, b), the block inverse gives
    k' C^-1 k = (a - B_i/d_i)' S^-1 (a - B_i/d_i) + 1/d_i.
    """
    j_count = design.n_interviewers
    column = _front_column(design, i)
    a = [1.0] + [1.0 / j_count] * j_count
    v = [a_k - c_k / fit.d[i] for a_k, c_k in zip(a, column, strict=True)]
    return _quadratic(fit.inverse, v) + 1.0 / fit.d[i]


def _em_step(
    design: _Design, v: VarianceComponents, floor: float
) -> tuple[VarianceComponents, float]:
    """One EM step for the REML estimates, and -2 log restricted likelihood at `v`.

    With C the mixed-model matrix for the variances v (scaled so that the posterior covariance
    of the unknowns is s2_e * C^-1) and lambda = s2_e / s2, the step sets

        s2_t <- (theta' theta + s2_e * tr C^tt) / I
        s2_b <- (b' b + s2_e * tr C^bb) / J
        s2_e <- (e' e + s2_e * (1 + J + I - lambda_t tr C^tt - lambda_b tr C^bb)) / N

    with e the residuals. The likelihood comes from the same solution (Henderson's identity):

        -2 log L = (N - 1 - I - J) log s2_e + I log s2_t + J log s2_b + log|C|
                   + (e' e + lambda_t theta' theta + lambda_b b' b) / s2_e

    up to a constant, where log|C| = log|S| + sum log d_i for the absorbed matrix S.
    """
    fit = _solve(design, v)
    n = len(design.rows)
    i_count, j_count = design.n_candidates, design.n_interviewers
    trace_t = math.fsum(_theta_block_diagonal(design, fit, i) for i in range(i_count))
    trace_b = math.fsum(fit.inverse[1 + j][1 + j] for j in range(j_count))
    lambda_t = v.residual / v.candidate
    lambda_b = v.residual / v.interviewer
    residuals = math.fsum((y - fit.mu - fit.b[j] - fit.theta[i]) ** 2 for i, j, y in design.rows)
    theta_squares = math.fsum(t * t for t in fit.theta)
    b_squares = math.fsum(b * b for b in fit.b)
    unknowns = 1 + j_count + i_count
    new = VarianceComponents(
        candidate=max((theta_squares + v.residual * trace_t) / i_count, floor),
        interviewer=max((b_squares + v.residual * trace_b) / j_count, floor),
        residual=max(
            (residuals + v.residual * (unknowns - lambda_t * trace_t - lambda_b * trace_b)) / n,
            floor,
        ),
    )
    minus_two_log_l = (
        (n - unknowns) * math.log(v.residual)
        + i_count * math.log(v.candidate)
        + j_count * math.log(v.interviewer)
        + fit.log_det
        + math.fsum(math.log(d) for d in fit.d)
        + (residuals + lambda_t * theta_squares + lambda_b * b_squares) / v.residual
    )
    return new, minus_two_log_l


def restricted_deviance(ratings: Iterable[Rating[C, R]], variances: VarianceComponents) -> float:
    """-2 log restricted likelihood of the ratings under the given variances, up to a constant:
    lower is better. For checking that a fit is the REML estimate."""
    design = _Design.of(list(ratings))
    return _em_step(design, variances, 0.0)[1]


def _reml(
    design: _Design, total_variance: float, floor: float
) -> tuple[VarianceComponents, bool, int]:
    """REML estimates of the variance components, in two stages.

    1. The EM iteration of _em_step, accelerated: each cycle takes two EM steps and extrapolates
       along them (SQUAREM, Varadhan & Roland 2008), keeping the extrapolated point only when it
       is no worse. Plain EM never lowers the likelihood but crawls when a component belongs
       near 0 (interviewers who hardly differ): thousands of steps. At most EM_STEPS.
    2. When EM has not converged, or a variance is below POLISH_BELOW of the residual's (where
       EM's steps become too small for its stopping rule to mean much), Nelder-Mead on the
       restricted deviance profiled over s2_e (see _profiled_deviance) finishes the walk, to a
       boundary if that is where the optimum is. EM alone stopped at slightly different
       points for the same data in different units there; the polish makes the fit follow a
       change of scale and converge.

    Returns the variances, whether the polish converged, and EM steps plus deviance evaluations.
    """
    start = max(total_variance / 3.0, floor)
    x0 = VarianceComponents(start, start, start)
    tolerance = TOLERANCE * max(total_variance, floor)
    steps = 0
    em_converged = False
    while steps < EM_STEPS:
        x1, _ = _em_step(design, x0, floor)
        x2, _ = _em_step(design, x1, floor)
        steps += 2
        r = _difference(x1, x0)
        if max(abs(c) for c in r) <= tolerance:
            x0, em_converged = x1, True
            break
        v = [b - a for a, b in zip(r, _difference(x2, x1), strict=True)]
        norm_v = math.sqrt(math.fsum(c * c for c in v))
        alpha = -math.sqrt(math.fsum(c * c for c in r)) / norm_v if norm_v > 0 else -1.0
        alpha = min(alpha, -1.0)
        jumped = VarianceComponents(
            *(
                max(a - 2 * alpha * rc + alpha * alpha * vc, floor)
                for a, rc, vc in zip(_components(x0), r, v, strict=True)
            )
        )
        # One EM step from the extrapolated point steadies it; keep it only if it is no worse.
        x3, deviance_jumped = _em_step(design, jumped, floor)
        _, deviance_plain = _em_step(design, x2, floor)
        steps += 2
        x0 = x3 if deviance_jumped <= deviance_plain else x2
    begin = (
        _bounded(math.log(x0.candidate / x0.residual)),
        _bounded(math.log(x0.interviewer / x0.residual)),
    )
    if em_converged and min(begin) > math.log(POLISH_BELOW):
        return x0, True, steps
    best, converged, evaluations = _nelder_mead(lambda p: _profiled_deviance(design, p)[0], begin)
    residual = _profiled_deviance(design, best)[1]
    found = VarianceComponents(math.exp(best[0]) * residual, math.exp(best[1]) * residual, residual)
    if max(best) >= LOG_RATIO_MAX - 1e-6:
        # A ratio at its upper bound: the residual is being driven to 0, the degenerate case.
        found = VarianceComponents(found.candidate, found.interviewer, floor)
    return found, converged, steps + evaluations


def _profiled_deviance(design: _Design, log_ratios: tuple[float, float]) -> tuple[float, float]:
    """-2 log restricted likelihood with s2_e at its best for the ratios gamma = s2 / s2_e, and
    that s2_e.

    With s2_t = gamma_t s2_e and s2_b = gamma_b s2_e the deviance of _em_step becomes
    (N - 1) log s2_e + I log gamma_t + J log gamma_b + log|C| + P / s2_e, P the penalised sum of
    squares e'e + theta'theta / gamma_t + b'b / gamma_b, smallest at s2_e = P / (N - 1).
    """
    gamma_t, gamma_b = math.exp(log_ratios[0]), math.exp(log_ratios[1])
    fit = _solve(design, VarianceComponents(gamma_t, gamma_b, 1.0))
    n = len(design.rows)
    residuals = math.fsum((y - fit.mu - fit.b[j] - fit.theta[i]) ** 2 for i, j, y in design.rows)
    penalised = (
        residuals
        + math.fsum(t * t for t in fit.theta) / gamma_t
        + math.fsum(b * b for b in fit.b) / gamma_b
    )
    residual = max(penalised / max(n - 1, 1), 1e-300)
    deviance = (
        max(n - 1, 1) * (math.log(residual) + 1.0)
        + design.n_candidates * log_ratios[0]
        + design.n_interviewers * log_ratios[1]
        + fit.log_det
        + math.fsum(math.log(d) for d in fit.d)
    )
    return deviance, residual


def _bounded(x: float) -> float:
    return min(LOG_RATIO_MAX, max(LOG_RATIO_MIN, x))


def _towards(
    centre: tuple[float, float], worst: tuple[float, float], t: float
) -> tuple[float, float]:
    """centre + t * (centre - worst), clamped: t = 1 reflects, 2 expands, +-1/2 contracts."""
    return (
        _bounded(centre[0] + t * (centre[0] - worst[0])),
        _bounded(centre[1] + t * (centre[1] - worst[1])),
    )


def _nelder_mead(
    f: Callable[[tuple[float, float]], float], start: tuple[float, float]
) -> tuple[tuple[float, float], bool, int]:
    """The minimum of f over the box of log ratios by the Nelder-Mead simplex (reflection 1,
    expansion 2, contraction and shrink 1/2), points clamped into the box. Returns the best
    point, whether the simplex closed in (values within 1e-10, points within 1e-5), and the
    number of evaluations."""

    def clamp(p: Sequence[float]) -> tuple[float, float]:
        return (_bounded(p[0]), _bounded(p[1]))

    points = [clamp(start), clamp((start[0] + 0.5, start[1])), clamp((start[0], start[1] + 0.5))]
    values = [f(p) for p in points]
    evaluations = 3
    while evaluations < MAX_EVALUATIONS:
        order = sorted(range(3), key=values.__getitem__)
        points = [points[k] for k in order]
        values = [values[k] for k in order]
        size = max(abs(a - b) for p in points[1:] for a, b in zip(p, points[0], strict=True))
        if values[2] - values[0] <= 1e-10 and size <= 1e-5:
            return points[0], True, evaluations
        centre = ((points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2)
        worst = points[2]
        reflected = _towards(centre, worst, 1.0)
        value = f(reflected)
        evaluations += 1
        if value < values[0]:
            expanded = _towards(centre, worst, 2.0)
            expanded_value = f(expanded)
            evaluations += 1
            points[2], values[2] = (
                (expanded, expanded_value) if expanded_value < value else (reflected, value)
            )
        elif value < values[1]:
            points[2], values[2] = reflected, value
        else:
            contracted = _towards(centre, worst, 0.5 if value < values[2] else -0.5)
            contracted_value = f(contracted)
            evaluations += 1
            if contracted_value < min(value, values[2]):
                points[2], values[2] = contracted, contracted_value
            else:
                best = points[0]
                points = [best] + [
                    clamp([b + (c - b) / 2 for b, c in zip(best, p, strict=True)])
                    for p in points[1:]
                ]
                values = [values[0], f(points[1]), f(points[2])]
                evaluations += 2
    best_index = min(range(3), key=values.__getitem__)
    return points[best_index], False, evaluations


def _components(v: VarianceComponents) -> tuple[float, float, float]:
    return (v.candidate, v.interviewer, v.residual)


def _difference(a: VarianceComponents, b: VarianceComponents) -> list[float]:
    return [x - y for x, y in zip(_components(a), _components(b), strict=True)]


# --- the result --------------------------------------------------------------------------------


def _groups(design: _Design) -> list[int]:
    """The connected part of the candidate-interviewer graph each candidate belongs to."""
    parent = list(range(design.n_candidates + design.n_interviewers))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in design.rows:
        a, b = find(i), find(design.n_candidates + j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    numbers: dict[int, int] = {}
    return [numbers.setdefault(find(i), len(numbers)) for i in range(design.n_candidates)]


def _result(
    items: Sequence[Rating[C, R]],
    design: _Design,
    groups: Sequence[int],
    fit: _Fit,
    v: VarianceComponents,
    converged: bool,
    iterations: int,
    estimated: bool,
) -> FairScores[C, R]:
    candidates: dict[C, int] = {}
    interviewers: dict[R, int] = {}
    for r in items:
        candidates.setdefault(r.candidate, len(candidates))
        interviewers.setdefault(r.interviewer, len(interviewers))
    mean_b = math.fsum(fit.b) / design.n_interviewers
    scores = []
    for candidate, i in candidates.items():
        adjusted = fit.mu + mean_b + fit.theta[i]
        se = math.sqrt(max(0.0, v.residual * _pev(design, fit, i)))
        seen_by = len(design.cross[i])
        scores.append(
            CandidateFairScore(
                candidate=candidate,
                raw_mean=design.sum_candidate[i] / design.per_candidate[i],
                adjusted=adjusted,
                low=adjusted - Z_80 * se,
                high=adjusted + Z_80 * se,
                standard_error=se,
                interviewers=seen_by,
                ratings=design.per_candidate[i],
                single_interviewer=seen_by == 1,
                group=groups[i],
            )
        )
    candidates_per_interviewer = [0] * design.n_interviewers
    for by_interviewer in design.cross:
        for j in by_interviewer:
            candidates_per_interviewer[j] += 1
    leniencies = tuple(
        InterviewerLeniency(
            interviewer=interviewer,
            leniency=fit.b[j] - mean_b,
            ratings=design.per_interviewer[j],
            candidates=candidates_per_interviewer[j],
        )
        for interviewer, j in interviewers.items()
    )
    return FairScores(
        candidates=tuple(scores),
        interviewers=leniencies,
        variances=v,
        mean=fit.mu + mean_b,
        connected=max(groups) == 0,
        converged=converged,
        iterations=iterations,
        estimated=estimated,
    )


# --- small helpers ------------------------------------------------------------------------------


def _variance(values: Sequence[float]) -> float:
    """The population variance (0 for one value)."""
    m = math.fsum(values) / len(values)
    return math.fsum((x - m) ** 2 for x in values) / len(values)


def _invert(matrix: list[list[float]]) -> tuple[list[list[float]], float]:
    """The inverse of a small symmetric positive-definite matrix and the log of its
    determinant, by Gauss-Jordan elimination with partial pivoting (the matrix is at most
    1 + number of interviewers wide)."""
    size = len(matrix)
    work = [[*row, *(1.0 if k == m else 0.0 for m in range(size))] for k, row in enumerate(matrix)]
    log_det = 0.0
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(work[r][col]))
        work[col], work[pivot] = work[pivot], work[col]
        p = work[col][col]
        log_det += math.log(abs(p))
        row = [x / p for x in work[col]]
        work[col] = row
        for r in range(size):
            if r != col and work[r][col]:
                factor = work[r][col]
                work[r] = [x - factor * y for x, y in zip(work[r], row, strict=True)]
    return [row[size:] for row in work], log_det
