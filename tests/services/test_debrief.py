# SPDX-License-Identifier: MIT
"""The panel's debrief (issue 14, item 1): questions ordered by disagreement, each interviewer's
level and note side by side, the first impression beside the evidence, drafts counted, and the
rule that an interviewer still interviewing the candidate sees no one else's levels."""

from __future__ import annotations

import pytest

from hireapp.errors import InvalidInput, NotFound
from hireapp.services import interviews as iv
from hireapp.services.debrief import debrief
from hireapp.services.decisions import record_decision
from hireapp.services.people import ensure_interviewer
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, add_candidate, start_interview, take_interview


def _panel(db: Database) -> int:
    """Ann interviewed by three: levels chosen so each question's spread is known."""
    ann = add_candidate(db, name="Ann Lee", email="ann@example.org", position="Agent")
    rest = len(QUESTIONS) - 3
    # Question 0: 1, 4, 3 (spread 3); question 1: 2, 3, 2 (1); question 2: 5, 5, 3 (2); the
    # rest 4 from everyone (0).
    take_interview(db, candidate=ann, interviewer="Ines One", levels=[1, 2, 5] + [4] * rest,
                   impression=5)  # fmt: skip
    second = start_interview(db, candidate=ann, interviewer="Bo Two")
    for question, level in zip(QUESTIONS, [4, 3, 5] + [4] * rest, strict=True):
        iv.answer_question(db, second, question, score=level, note=f"Bo on {question}")
    iv.set_wrap_up(db, second, recommendation="strong_yes", strengths="Calm", concerns="None")
    iv.submit_interview(db, second)
    take_interview(db, candidate=ann, interviewer="Cy Three", levels=[3, 2, 3] + [4] * rest,
                   skip={QUESTIONS[4]: "ran out of time"}, impression=2)  # fmt: skip
    start_interview(db, candidate=ann, interviewer="Di Four")  # a draft, still open
    return ann


def test_questions_by_disagreement_with_every_interviewers_answer(db: Database) -> None:
    ann = _panel(db)
    panel = debrief(db, ann)
    assert [i.interviewer for i in panel.interviews] == ["Ines One", "Bo Two", "Cy Three"]
    assert panel.drafts == 1
    order = [q.id for q in panel.questions]
    # Spread 3, then 2, then 1, then the rest (spread 0) in the rubric's order.
    assert order[:3] == [QUESTIONS[0], QUESTIONS[2], QUESTIONS[1]]
    assert order[3:] == [q for q in QUESTIONS[3:]]
    assert [q.id for q in panel.disputed] == [QUESTIONS[0], QUESTIONS[2]]
    first = panel.questions[0]
    assert first.levels == (1, 4, 3) and first.spread == 3
    assert first.ratings[1] is not None and first.ratings[1].note == f"Bo on {QUESTIONS[0]}"
    skipped = next(q for q in panel.questions if q.id == QUESTIONS[4])
    assert skipped.ratings[2] is not None and skipped.ratings[2].skipped
    assert skipped.ratings[2].skip_reason == "ran out of time"
    assert skipped.levels == (4, 4)
    # The first impression beside the evidence: Ines liked Ann (5) more than her answers show.
    ines, bo, cy = panel.interviews
    assert ines.impression_level == 5 and ines.impression == 100
    # Her levels 1, 2, 5 and 4 on the rest, equally weighted: (0 + 25 + 100 + 75 * 5) / 8 on
    # the 0-100 scale of the table.
    assert ines.structured == pytest.approx(62.5)
    assert ines.halo_gap == pytest.approx(100 - 62.5)
    assert bo.impression is None and bo.halo_gap is None
    assert bo.recommendation == "strong_yes" and bo.strengths == "Calm"
    assert cy.halo_gap is not None and cy.halo_gap < 0
    # The headline figures are the read model's, as in the table.
    assert panel.candidate.submitted == 3 and panel.candidate.drafts == 1


def test_an_interviewer_still_interviewing_sees_nothing_and_decisions_are_listed(
    db: Database,
) -> None:
    ann = _panel(db)
    still = ensure_interviewer(db, "Di Four").id
    with pytest.raises(InvalidInput, match="still interviewing Ann Lee"):
        debrief(db, ann, viewer_id=still)
    done = ensure_interviewer(db, "Bo Two").id
    assert debrief(db, ann, viewer_id=done).questions[0].spread == 3
    lead = "Ina Lead"
    record_decision(db, ann, decision="hold", rationale="Talk about question one", decided_by=lead)
    record_decision(db, ann, decision="advance", rationale="Agreed after the debrief",
                    decided_by=lead)  # fmt: skip
    panel = debrief(db, ann)
    assert [d.decision for d in panel.decisions] == ["advance", "hold"]
    assert panel.candidate.decision == "advance"
    with pytest.raises(NotFound):
        debrief(db, 99_999)
