# SPDX-License-Identifier: MIT
"""Interview scores as pure functions.

Answers are on the anchored 1-5 scale; reports use 0-100 (1 is 0, 5 is 100). The structured part is
the weighted mean of the answered questions; skipped questions are left out and counted, never
treated as a low score. The 30-second impression is its own part. The overall score mixes the two
by the rubric's impression weight (its share of the overall, 0 by default) and falls back to
whichever part exists when the other is missing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

MIN_LEVEL = 1
MAX_LEVEL = 5


@dataclass(frozen=True)
class ScoreBreakdown:
    """An interview's scores on 0-100 (None where there is nothing to score) and its counts."""

    overall: float | None
    impression: float | None
    structured: float | None
    answered: int
    skipped: int
    unanswered: int


def _clamp(value: float) -> float:
    # A weighted mean of values in 0-100 can drift past the ends by a rounding error
    # (100.00000000000001), which the database's range check would refuse.
    return min(100.0, max(0.0, value))


def to_percent(level: float) -> float:
    """A level on the 1-5 scale as 0-100."""
    if not MIN_LEVEL <= level <= MAX_LEVEL:
        raise ValueError(f"a level is between {MIN_LEVEL} and {MAX_LEVEL}, got {level}")
    return (level - MIN_LEVEL) / (MAX_LEVEL - MIN_LEVEL) * 100.0


def structured_score(weights: Mapping[str, float], answers: Mapping[str, int]) -> float | None:
    """Weighted mean of the answered questions on 0-100; None if nothing weighted was answered."""
    total_weight = 0.0
    total = 0.0
    for question_id, level in answers.items():
        if question_id not in weights:
            raise ValueError(f"answer to a question the rubric does not have: {question_id!r}")
        weight = weights[question_id]
        total_weight += weight
        total += weight * to_percent(level)
    if total_weight <= 0:
        return None
    return _clamp(total / total_weight)


def overall_score(
    impression: float | None, structured: float | None, impression_weight: float
) -> float | None:
    """The two parts (0-100) mixed by the impression's share; a missing part gives way."""
    if not 0.0 <= impression_weight <= 1.0:
        raise ValueError(f"the impression weight is a share from 0 to 1, got {impression_weight}")
    parts = [(impression, impression_weight), (structured, 1.0 - impression_weight)]
    present = [(value, share) for value, share in parts if value is not None and share > 0]
    shares = sum(share for _value, share in present)
    if not present or shares <= 0:
        return None
    return _clamp(sum(value * share for value, share in present) / shares)


def score_interview(
    questions: Sequence[tuple[str, float]],
    answers: Mapping[str, int],
    skipped: Collection[str],
    impression: int | None,
    impression_weight: float,
) -> ScoreBreakdown:
    """Score one interview.

    Args:
        questions: the rubric's (question id, weight) pairs in order.
        answers: the level (1-5) given for each scored question.
        skipped: ids of the questions skipped with a reason.
        impression: the first-impression likeability level, if recorded.
        impression_weight: the rubric's share of the impression in the overall score.
    """
    weights = dict(questions)
    both = set(answers) & set(skipped)
    if both:
        raise ValueError(f"a question cannot be both scored and skipped: {sorted(both)}")
    structured = structured_score(weights, answers)
    impression_part = None if impression is None else to_percent(impression)
    skipped_known = sum(1 for question_id in skipped if question_id in weights)
    return ScoreBreakdown(
        overall=overall_score(impression_part, structured, impression_weight),
        impression=impression_part,
        structured=structured,
        answered=len(answers),
        skipped=skipped_known,
        unanswered=len(weights) - len(answers) - skipped_known,
    )


def open_questions(
    rubric_question_ids: Sequence[str], answered_ids: Collection[str], skipped_ids: Collection[str]
) -> list[str]:
    """The rubric's questions, in its order, neither answered nor skipped.

    A verdict and a submission wait until this is empty, so a recommendation cannot lead the
    ratings it should follow.
    """
    done = set(answered_ids) | set(skipped_ids)
    return [question_id for question_id in rubric_question_ids if question_id not in done]
