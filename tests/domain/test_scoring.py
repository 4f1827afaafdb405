# SPDX-License-Identifier: MIT
"""Scoring: the figures HR reads, checked by hand and by properties over any answers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hireapp.domain.scoring import overall_score, score_interview, structured_score, to_percent

QUESTIONS = [("urgency", 1.5), ("ownership", 1.5), ("pressure", 1.0), ("fair", 1.0)]


def test_levels_map_onto_0_to_100() -> None:
    assert [to_percent(level) for level in (1, 2, 3, 4, 5)] == [0, 25, 50, 75, 100]
    with pytest.raises(ValueError):
        to_percent(6)


def test_weighted_mean_by_hand() -> None:
    # (1.5*75 + 1.5*25 + 1*100) / 4 = 62.5
    scores = score_interview(QUESTIONS, {"urgency": 4, "ownership": 2, "pressure": 5}, [], 3, 0.0)
    assert scores.structured == pytest.approx(62.5)
    assert scores.impression == 50
    assert scores.overall == pytest.approx(62.5)  # impression weight 0: beside, not inside
    assert (scores.answered, scores.skipped, scores.unanswered) == (3, 0, 1)


def test_impression_share_mixes_the_parts() -> None:
    scores = score_interview(QUESTIONS, {"urgency": 5, "ownership": 5}, [], 1, 0.25)
    assert scores.overall == pytest.approx(0.25 * 0 + 0.75 * 100)


def test_skipped_questions_are_left_out_and_counted() -> None:
    with_skip = score_interview(QUESTIONS, {"urgency": 4}, ["fair"], None, 0.0)
    without = score_interview(QUESTIONS, {"urgency": 4}, [], None, 0.0)
    assert with_skip.structured == without.structured == 75
    assert with_skip.skipped == 1 and with_skip.unanswered == 2


def test_missing_parts() -> None:
    nothing = score_interview(QUESTIONS, {}, [], None, 0.0)
    assert nothing.overall is None and nothing.structured is None and nothing.impression is None
    # Only the impression, weighted 0: no overall, since there is no evidence.
    assert score_interview(QUESTIONS, {}, [], 5, 0.0).overall is None
    # With a positive share the impression alone carries the overall.
    assert score_interview(QUESTIONS, {}, [], 5, 0.3).overall == 100
    assert overall_score(None, 40.0, 0.3) == 40


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="both scored and skipped"):
        score_interview(QUESTIONS, {"urgency": 3}, ["urgency"], None, 0.0)
    with pytest.raises(ValueError, match="does not have"):
        structured_score(dict(QUESTIONS), {"nope": 3})
    with pytest.raises(ValueError, match="share"):
        overall_score(50.0, 50.0, 1.5)


levels = st.integers(min_value=1, max_value=5)
question_ids = st.sampled_from([q for q, _ in QUESTIONS])
answer_sets = st.dictionaries(question_ids, levels)
shares = st.floats(min_value=0.0, max_value=1.0)


@given(answers=answer_sets, impression=st.none() | levels, share=shares)
def test_scores_stay_within_0_to_100(answers: dict[str, int], impression: int | None,
                                     share: float) -> None:  # fmt: skip
    scores = score_interview(QUESTIONS, answers, [], impression, share)
    for value in (scores.overall, scores.structured, scores.impression):
        assert value is None or 0 <= value <= 100
    assert scores.answered + scores.skipped + scores.unanswered == len(QUESTIONS)


@given(answers=answer_sets.filter(bool), question=question_ids)
def test_raising_one_answer_never_lowers_the_score(answers: dict[str, int], question: str) -> None:
    before = structured_score(dict(QUESTIONS), answers)
    raised = {**answers, question: min(5, answers.get(question, 1) + 1)}
    after = structured_score(dict(QUESTIONS), raised)
    assert before is not None and after is not None
    if question in answers:
        assert after >= before - 1e-9


@given(answers=answer_sets.filter(bool), factor=st.floats(min_value=0.01, max_value=100))
def test_scaling_every_weight_changes_nothing(answers: dict[str, int], factor: float) -> None:
    scaled = {q: w * factor for q, w in QUESTIONS}
    a = structured_score(dict(QUESTIONS), answers)
    b = structured_score(scaled, answers)
    assert a is not None and b is not None and math.isclose(a, b, abs_tol=1e-9)


@given(level=levels, questions=st.lists(question_ids, min_size=1, unique=True))
def test_all_answers_equal_give_that_level(level: int, questions: list[str]) -> None:
    scores = score_interview(QUESTIONS, dict.fromkeys(questions, level), [], None, 0.0)
    assert scores.structured == pytest.approx(to_percent(level))


@given(answers=answer_sets, impression=levels, share=shares)
def test_overall_lies_between_its_parts(answers: dict[str, int], impression: int,
                                        share: float) -> None:  # fmt: skip
    scores = score_interview(QUESTIONS, answers, [], impression, share)
    parts = [p for p in (scores.impression, scores.structured) if p is not None]
    if scores.overall is not None:
        assert min(parts) - 1e-9 <= scores.overall <= max(parts) + 1e-9
