# SPDX-License-Identifier: MIT
"""Demo data: complete, deterministic, and a database that keeps working afterwards."""

from __future__ import annotations

from sqlalchemy import func, select

from hireapp.services import interviews as iv
from hireapp.services.comparison import comparison_rows
from hireapp.services.demo import generate_demo
from hireapp.services.people import (
    create_candidate,
    ensure_position,
    position_id,
)
from hireapp.storage.models import Answer, Interview
from hireapp.storage.session import Database
from tests.factories import start_interview


def test_the_database_keeps_working_after_the_demo(db: Database) -> None:
    ensure_position(db, "Store associate")  # exists before: the demo must reuse it
    summary = generate_demo(db, candidates=25, seed=3)
    assert summary.candidates == 25 and summary.interviews >= 50
    # Ordinary inserts after the bulk load get fresh ids (PostgreSQL sequences advanced).
    new = create_candidate(db, name="After Demo", email="after@example.org", position="Agent")
    interview_id = start_interview(db, candidate=new.id, interviewer="New Interviewer")
    iv.answer_question(db, interview_id, "urgency", score=4)
    assert len(comparison_rows(db)) == 26
    assert len(comparison_rows(db, position_id(db, "Store associate"))) >= 1


def test_demo_interviews_carry_scores_that_match_their_answers(db: Database) -> None:
    progress: list[tuple[int, int]] = []
    generate_demo(
        db, candidates=12, seed=9, progress=lambda done, total: progress.append((done, total))
    )
    assert progress[-1] == (12, 12)
    with db.read() as session:
        drafts = session.scalar(select(func.count()).where(Interview.status == "draft"))
        answers = session.scalar(select(func.count()).select_from(Answer))
        ids = session.scalars(select(Interview.id)).all()
    assert answers and answers > 0
    assert drafts is not None
    for interview_id in ids:
        state = iv.get_interview(db, interview_id)
        with db.read() as session:
            stored = session.get_one(Interview, interview_id)
            assert stored.structured_score == state.scores.structured
            assert stored.answered_count == state.scores.answered
