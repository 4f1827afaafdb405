# SPDX-License-Identifier: MIT
"""The interview's rules, through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

import pathlib

import pytest
from sqlalchemy import select

from hireapp.domain.rubric import default_rubric_path
from hireapp.domain.scoring import open_questions
from hireapp.errors import Conflict, ImpressionLocked, InterviewLocked, InvalidInput, NotFound
from hireapp.services import interviews as iv
from hireapp.services.people import (
    create_candidate,
    ensure_interviewer,
    get_candidate,
    list_interviewers,
    list_positions,
)
from hireapp.services.rubrics import (
    ensure_default_rubric,
    list_rubric_versions,
    register_rubric_file,
    rubric_of_version,
)
from hireapp.storage.models import Interview
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, RUBRIC, add_candidate, answer_all, start_interview


@pytest.fixture
def started(db: Database) -> tuple[Database, int]:
    """A draft interview of Zoë Ørsted by Maria with the default rubric."""
    add_candidate(db, email="Zoe@Example.org")
    return db, start_interview(db, candidate="zoe@example.org", interviewer="Maria")


# --- people ------------------------------------------------------------------------------


def test_candidates_need_a_name_and_a_unique_well_formed_email(db: Database) -> None:
    info = create_candidate(db, name="  Łukasz   Żółć ", email=" LZ@Example.org ", position="Agent")
    assert (info.name, info.email, info.position) == ("Łukasz Żółć", "lz@example.org", "Agent")
    with pytest.raises(InvalidInput, match="name: is required"):
        create_candidate(db, name="  ", email="x@y.org", position="Agent")
    for bad in ("no-at-sign", "a@b", "a b@c.org", "a@@b.org"):
        with pytest.raises(InvalidInput, match="email"):
            create_candidate(db, name="X", email=bad, position="Agent")
    with pytest.raises(Conflict, match="already used by candidate Łukasz Żółć"):
        create_candidate(db, name="Other", email="lz@EXAMPLE.org", position="Agent")
    assert [p.title for p in list_positions(db)] == ["Agent"]
    assert get_candidate(db, "lz@example.org").id == get_candidate(db, info.id).id
    with pytest.raises(NotFound):
        get_candidate(db, "nobody@example.org")


def test_interviewers_are_created_once(db: Database) -> None:
    first = ensure_interviewer(db, "Ayşe Yılmaz")
    again = ensure_interviewer(db, " Ayşe  Yılmaz ")
    assert first == again and len(list_interviewers(db)) == 1


# --- rubric versions -----------------------------------------------------------------------


def test_loading_the_same_rubric_again_makes_no_new_version(
    db: Database, tmp_path: pathlib.Path
) -> None:
    first = ensure_default_rubric(db)
    assert ensure_default_rubric(db) == first
    copy = tmp_path / "copy.toml"
    copy.write_text("# a comment changes nothing\n" + default_rubric_path().read_text("utf-8"))
    assert register_rubric_file(db, copy).id == first.id
    changed = tmp_path / "changed.toml"
    changed.write_text(
        default_rubric_path().read_text("utf-8").replace("seconds = 30", "seconds = 45")
    )
    second = register_rubric_file(db, changed)
    assert second.id != first.id
    assert [v.id for v in list_rubric_versions(db)] == [first.id, second.id]
    assert rubric_of_version(db, first.id).first_impression.seconds == 30
    assert rubric_of_version(db, second.id).first_impression.seconds == 45


# --- the interview -------------------------------------------------------------------------


def test_a_whole_interview_is_stored_and_scored(started: tuple[Database, int]) -> None:
    db, interview_id = started
    iv.record_arrival(db, interview_id)
    iv.record_impression(db, interview_id, score=5, cues=["smile", "greeting"], note="warm",
                         seconds_since_arrival=21.5)  # fmt: skip
    levels = [5, 4, 3, 2, 1, 2, 3]
    for question_id, level in zip(QUESTIONS, levels, strict=False):
        iv.answer_question(db, interview_id, question_id, score=level, note=f"n {question_id}")
    iv.skip_question(db, interview_id, QUESTIONS[-1], reason="ran out of time")
    iv.set_wrap_up(db, interview_id, recommendation="yes", strengths="calm", concerns="slow")
    iv.submit_interview(db, interview_id)

    state = iv.get_interview(db, interview_id)
    assert state.submitted and state.candidate_name == "Zoë Ørsted"
    assert state.impression is not None
    assert state.impression.score == 5 and state.impression.locked
    assert state.impression.cues == ("greeting", "smile")  # rubric order
    assert state.impression.seconds_since_arrival == 21.5
    assert state.answers[QUESTIONS[0]].score == 5
    assert state.answers[QUESTIONS[0]].note == f"n {QUESTIONS[0]}"
    assert state.answers[QUESTIONS[-1]].skipped
    assert state.answers[QUESTIONS[-1]].skip_reason == "ran out of time"
    weights = {q.id: q.weight for q in RUBRIC.questions()}
    expected = sum(weights[q] * (lv - 1) * 25 for q, lv in zip(QUESTIONS, levels, strict=False))
    expected /= sum(weights[q] for q in QUESTIONS[:-1])
    assert state.scores.structured == pytest.approx(expected)
    assert state.scores.impression == 100
    assert (state.scores.answered, state.scores.skipped) == (7, 1)
    assert (state.recommendation, state.strengths, state.concerns) == ("yes", "calm", "slow")
    # The stored copy of the scores, which aggregates use, matches.
    with db.read() as session:
        row = session.get_one(Interview, interview_id)
        assert row.structured_score == pytest.approx(expected)
        assert (row.answered_count, row.skipped_count) == (7, 1)
    assert [e.action for e in iv.audit_trail(db, interview_id)] == ["start", "submit"]


def test_the_impression_locks_when_the_first_question_is_answered(
    started: tuple[Database, int],
) -> None:
    db, interview_id = started
    iv.record_impression(db, interview_id, score=2, cues=["smile"], note="")
    iv.record_impression(db, interview_id, score=3, cues=["smile"], note="changed my mind")
    iv.save_note(db, interview_id, QUESTIONS[0], "typing a note does not lock it")
    iv.record_impression(db, interview_id, score=3, cues=[], note="still open")
    iv.answer_question(db, interview_id, QUESTIONS[0], score=4)
    with pytest.raises(ImpressionLocked, match="amendment"):
        iv.record_impression(db, interview_id, score=5)
    state = iv.get_interview(db, interview_id)
    assert state.impression is not None and state.impression.score == 3


def test_a_locked_impression_changes_only_as_an_amendment_with_a_reason(
    started: tuple[Database, int],
) -> None:
    db, interview_id = started
    iv.record_impression(db, interview_id, score=2, cues=["smile"], note="nervous")
    iv.lock_impression(db, interview_id)
    with pytest.raises(InvalidInput, match="reason"):
        iv.amend_impression(db, interview_id, score=4, cues=[], note="", reason="  ")
    iv.amend_impression(db, interview_id, score=4, cues=["greeting"], note="misread nerves",
                        reason="Clicked 2 instead of 4")  # fmt: skip
    state = iv.get_interview(db, interview_id)
    assert state.impression is not None and state.impression.score == 4
    amendment = iv.audit_trail(db, interview_id)[-1]
    assert (amendment.action, amendment.actor, amendment.reason) == (
        "amend", "Maria", "Clicked 2 instead of 4"
    )  # fmt: skip
    assert amendment.detail["before"] == {"score": 2, "cues": ["smile"], "note": "nervous"}
    assert amendment.detail["after"] == {"score": 4, "cues": ["greeting"], "note": "misread nerves"}


def test_an_impression_not_given_before_the_questions_stays_empty(
    started: tuple[Database, int],
) -> None:
    db, interview_id = started
    iv.answer_question(db, interview_id, QUESTIONS[0], score=3)
    with pytest.raises(ImpressionLocked):
        iv.record_impression(db, interview_id, score=5)
    state = iv.get_interview(db, interview_id)
    assert state.impression is not None and state.impression.score is None


def test_bad_values_are_refused_with_the_field_named(started: tuple[Database, int]) -> None:
    db, interview_id = started
    with pytest.raises(InvalidInput, match="score: must be a whole number from 1 to 5, got 6"):
        iv.answer_question(db, interview_id, QUESTIONS[0], score=6)
    with pytest.raises(InvalidInput, match="likeability"):
        iv.record_impression(db, interview_id, score=0)
    with pytest.raises(InvalidInput, match="cues: not in this rubric: charisma"):
        iv.record_impression(db, interview_id, score=3, cues=["charisma"])
    with pytest.raises(NotFound, match="no question 'nope'"):
        iv.answer_question(db, interview_id, "nope", score=3)
    with pytest.raises(InvalidInput, match="skip reason"):
        iv.skip_question(db, interview_id, QUESTIONS[0], reason=" ")
    with pytest.raises(NotFound, match="no interview 999"):
        iv.answer_question(db, 999, QUESTIONS[0], score=3)


def test_the_recommendation_comes_after_every_question(started: tuple[Database, int]) -> None:
    db, interview_id = started
    iv.answer_question(db, interview_id, QUESTIONS[0], score=3)
    with pytest.raises(InvalidInput, match="still open: Ownership"):
        iv.set_wrap_up(db, interview_id, recommendation="yes")
    iv.set_wrap_up(db, interview_id, strengths="notes may come early")
    with pytest.raises(InvalidInput, match="answer or skip every question before submitting"):
        iv.submit_interview(db, interview_id)
    answer_all(db, interview_id)
    with pytest.raises(InvalidInput, match="choose a recommendation"):
        iv.submit_interview(db, interview_id)
    with pytest.raises(InvalidInput, match="must be one of"):
        iv.set_wrap_up(db, interview_id, recommendation="maybe")
    iv.set_wrap_up(db, interview_id, recommendation="strong_yes")
    iv.submit_interview(db, interview_id)
    assert iv.get_interview(db, interview_id).strengths == "notes may come early"


def test_a_submitted_interview_refuses_every_change(started: tuple[Database, int]) -> None:
    db, interview_id = started
    answer_all(db, interview_id)
    iv.set_wrap_up(db, interview_id, recommendation="no")
    iv.submit_interview(db, interview_id)
    attempts = [
        lambda: iv.answer_question(db, interview_id, QUESTIONS[0], score=1),
        lambda: iv.skip_question(db, interview_id, QUESTIONS[0], reason="x"),
        lambda: iv.save_note(db, interview_id, QUESTIONS[0], "x"),
        lambda: iv.record_impression(db, interview_id, score=1),
        lambda: iv.amend_impression(db, interview_id, score=1, cues=[], note="", reason="x"),
        lambda: iv.set_wrap_up(db, interview_id, recommendation="yes"),
        lambda: iv.submit_interview(db, interview_id),
        lambda: iv.set_current_page(db, interview_id, "question:urgency"),
    ]
    for attempt in attempts:
        with pytest.raises(InterviewLocked, match=r"was submitted on .* can no longer be changed"):
            attempt()
    assert iv.get_interview(db, interview_id).answers[QUESTIONS[0]].score == 4


def test_one_interview_per_interviewer_and_candidate(started: tuple[Database, int]) -> None:
    db, interview_id = started
    state = iv.get_interview(db, interview_id)
    with pytest.raises(Conflict, match="already has interview"):
        iv.start_interview(db, candidate=state.candidate_id, interviewer_id=state.interviewer_id,
                           rubric_version_id=state.rubric_version_id)  # fmt: skip
    other = ensure_interviewer(db, "Jonas")
    second = iv.start_interview(db, candidate=state.candidate_id, interviewer_id=other.id,
                                rubric_version_id=state.rubric_version_id)  # fmt: skip
    assert second != interview_id


def test_unfinished_interviews_are_offered_where_they_stopped(
    started: tuple[Database, int],
) -> None:
    db, interview_id = started
    iv.answer_question(db, interview_id, QUESTIONS[0], score=3)
    iv.set_current_page(db, interview_id, f"question:{QUESTIONS[1]}")
    [unfinished] = iv.unfinished_interviews(db)
    assert (unfinished.id, unfinished.candidate_name, unfinished.current_page) == (
        interview_id, "Zoë Ørsted", f"question:{QUESTIONS[1]}"
    )  # fmt: skip
    answer_all(db, interview_id)
    iv.set_wrap_up(db, interview_id, recommendation="yes")
    iv.submit_interview(db, interview_id)
    assert iv.unfinished_interviews(db) == []


def test_clearing_a_score_takes_it_out_of_the_result(started: tuple[Database, int]) -> None:
    db, interview_id = started
    iv.answer_question(db, interview_id, QUESTIONS[0], score=5)
    scores = iv.answer_question(db, interview_id, QUESTIONS[1], score=1)
    assert scores.structured == pytest.approx(50)
    scores = iv.answer_question(db, interview_id, QUESTIONS[1], score=None)
    assert scores.structured == 100 and scores.answered == 1
    with db.read() as session:
        assert session.scalar(select(Interview.structured_score)) == 100


def test_open_questions_are_those_neither_answered_nor_skipped_in_rubric_order() -> None:
    assert open_questions(["a", "b", "c", "d"], answered_ids={"c"}, skipped_ids=["a"]) == ["b", "d"]
    assert open_questions(["a", "b"], ["b", "a"], []) == []
    assert open_questions(QUESTIONS, [], []) == QUESTIONS


def test_control_characters_in_notes_are_refused_with_their_place(
    started: tuple[Database, int],
) -> None:
    db, interview = started
    first = QUESTIONS[0]
    # Tab and newline belong in multi-line text; they are kept as typed.
    iv.record_impression(db, interview, score=4, note="calm\n\tfriendly")
    iv.save_note(db, interview, first, "line one\nline\ttwo")
    refused = [
        (
            lambda: iv.record_impression(db, interview, score=4, note="ok\x00"),
            "first impression note: contains a control character (U+0000) at character 3",
        ),
        (
            lambda: iv.save_note(db, interview, first, "a\x00b"),
            f"note on {first}: contains a control character (U+0000) at character 2",
        ),
        (
            lambda: iv.answer_question(db, interview, first, score=3, note="\x1b[1mbold"),
            f"note on {first}: contains a control character (U+001B) at character 1",
        ),
        (
            lambda: iv.skip_question(db, interview, first, reason="ran\x00out"),
            f"skip reason of {first}: contains a control character (U+0000) at character 4",
        ),
        (
            lambda: iv.set_wrap_up(db, interview, strengths="keen\x00"),
            "strengths: contains a control character (U+0000) at character 5",
        ),
        (
            lambda: iv.set_wrap_up(db, interview, concerns="\x07late"),
            "concerns: contains a control character (U+0007) at character 1",
        ),
    ]
    for call, expected in refused:
        # On PostgreSQL a NUL used to reach the driver and fail without saying where.
        with pytest.raises(InvalidInput) as caught:
            call()
        assert str(caught.value).startswith(expected), str(caught.value)
    answer_all(db, interview, 3)
    with pytest.raises(InvalidInput, match=r"^first impression note: .*\(U\+0000\)"):
        iv.amend_impression(db, interview, score=2, cues=[], note="x\x00", reason="typo")
    with pytest.raises(InvalidInput, match=r"^reason: .*\(U\+0000\) at character 3"):
        iv.amend_impression(db, interview, score=2, cues=[], note="x", reason="ty\x00po")
    state = iv.get_interview(db, interview)
    assert state.impression is not None and state.impression.note == "calm\n\tfriendly"
    assert state.answers[first].note == "line one\nline\ttwo"
    assert state.strengths == state.concerns == ""
