# SPDX-License-Identifier: MIT
"""Fair scores: each candidate's structured score with the interviewers' leniency taken out.

The rating is each submitted interview's **structured score** (0-100), not its overall score:
leniency is a habit in applying the anchored scales, and the structured score is where the
anchors are applied; the overall score also carries the first impression, which the table shows
apart (and whose pull the halo gap measures), so adjusting it would mix two questions. The raw
score beside the fair one is therefore the Structured column. Interviews without a scored answer
give no rating.

Every position is fitted on its own (hireapp.domain.fair_scores): interviewers' leniency is
measured among the candidates they saw for that position. A fit of hundreds of candidates takes
up to seconds, so callers run this off the GUI thread; results are kept per position and its
exact ratings (the data version that matters: any submitted, amended or deleted interview
changes them), so a reload with nothing new costs one query.

The figures of a candidate the viewer is still interviewing are withheld by the read model
(hireapp.services.comparison.figures), which attaches no fair score to such a row. The fit itself
uses every submitted rating of the position, so it does not depend on who is looking.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select

from hireapp.domain.formatting import SINGLE_INTERVIEWER_MARK
from hireapp.storage.models import Candidate, Interview
from hireapp.storage.session import Database

__all__ = [
    "SINGLE_INTERVIEWER_MARK", "FairScore", "clear_cache", "fair_scores_of",
    "position_ratings",
]  # fmt: skip


SCALE_LOW: Final = 0.0
SCALE_HIGH: Final = 100.0

_CACHE_SIZE: Final = 64
"""Positions' fits kept (each a few kB per hundred candidates)."""


@dataclass(frozen=True)
class FairScore:
    """A candidate's fair score for their position, 0-100.

    raw: the mean structured score of the ratings fitted (the Structured column); adjusted: the
    score with the interviewers' leniency taken out and shrunk toward the position's mean; low
    and high: its 80% interval, clipped to 0-100 (the model's is not); single_interviewer: every
    rating came from one interviewer, so the adjustment rests on how that interviewer rated
    others.
    """

    raw: float
    adjusted: float
    low: float
    high: float
    interviewers: int
    ratings: int
    single_interviewer: bool


_Ratings = tuple[tuple[int, int, float], ...]  # (candidate, interviewer, structured score)
_cache: OrderedDict[_Ratings, dict[int, FairScore]] = OrderedDict()
_lock = threading.Lock()


def clear_cache() -> None:
    """Forget every fit (for tests and benchmarks that time a fit from cold)."""
    with _lock:
        _cache.clear()


def position_ratings(db: Database, position_ids: Iterable[int]) -> dict[int, _Ratings]:
    """Each position's ratings: its submitted interviews' structured scores, in interview order."""
    wanted = sorted(set(position_ids))
    if not wanted:
        return {}
    query = (
        select(
            Candidate.position_id,
            Interview.candidate_id,
            Interview.interviewer_id,
            Interview.structured_score,
        )
        .join(Candidate, Candidate.id == Interview.candidate_id)
        .where(
            Interview.status == "submitted",
            Interview.structured_score.is_not(None),
            Candidate.position_id.in_(wanted),
        )
        .order_by(Interview.id)
    )
    found: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    with db.connect() as connection:
        for position_id, candidate_id, interviewer_id, score in connection.execute(query):
            if score is not None:  # excluded by the query; the type does not know
                found[position_id].append((candidate_id, interviewer_id, float(score)))
    return {p: tuple(found.get(p, ())) for p in wanted}


def _clipped(value: float) -> float:
    return min(max(value, SCALE_LOW), SCALE_HIGH)


def _fit(ratings: _Ratings) -> dict[int, FairScore]:
    with _lock:
        if ratings in _cache:
            _cache.move_to_end(ratings)
            return _cache[ratings]
    # Imported on first use: the table's first screen does not need the model.
    from hireapp.domain.fair_scores import Rating, fair_scores

    # Fitted outside the lock: two threads may fit the same ratings once each, which is cheaper
    # than one waiting seconds for the other.
    fit = fair_scores(Rating(c, i, s) for c, i, s in ratings)
    scores = {
        f.candidate: FairScore(
            raw=f.raw_mean,
            adjusted=f.adjusted,
            low=_clipped(f.low),
            high=_clipped(f.high),
            interviewers=f.interviewers,
            ratings=f.ratings,
            single_interviewer=f.single_interviewer,
        )
        for f in fit.candidates
    }
    with _lock:
        _cache[ratings] = scores
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return scores


def fair_scores_of(db: Database, position_ids: Iterable[int]) -> dict[int, FairScore]:
    """The fair scores of every rated candidate of these positions, by candidate id.

    Candidates without a submitted interview with scored answers are absent. Each position is
    fitted separately; see the module docstring for the rating and the cache.
    """
    result: dict[int, FairScore] = {}
    for ratings in position_ratings(db, position_ids).values():
        if ratings:
            result.update(_fit(ratings))
    return result
