# SPDX-License-Identifier: MIT
"""The panel's decision: kept as history, the newest current, read by every surface from the read
model, with the time since the last interview kept and a rationale required."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update

from hireapp.errors import Conflict, InvalidInput, NotFound
from hireapp.services.comparison import comparison_rows
from hireapp.services.decisions import (
    after_interview_text,
    current_decision,
    decision_history,
    decisions_by_id,
    record_decision,
)
from hireapp.storage.models import AuditEvent, Candidate, Decision, Interview
from hireapp.storage.session import Database
from tests.factories import add_candidate, start_interview, take_interview

DAY = dt.timedelta(days=1)
MONDAY = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def _interviewed_on(db: Database, when: dt.datetime, email: str = "zoe@example.org") -> None:
    """A submitted interview of the candidate whose submission is dated `when`."""
    interview = take_interview(db, candidate=email)
    with db.write() as session:
        session.execute(
            update(Interview).where(Interview.id == interview).values(submitted_at=when)
        )


def test_a_later_decision_supersedes_and_the_history_stays(db: Database) -> None:
    add_candidate(db)
    _interviewed_on(db, MONDAY)
    first = record_decision(
        db, "zoe@example.org", decision="hold", rationale="Waiting for the round",
        decided_by="Maria Keller", now=MONDAY + 2 * DAY,
    )  # fmt: skip
    second = record_decision(
        db, "zoe@example.org", decision="hire", rationale="Best of the round.\nStarts in May.",
        decided_by="Grace Okafor", now=MONDAY + 3 * DAY + dt.timedelta(hours=5),
    )  # fmt: skip
    history = decision_history(db, "zoe@example.org")
    assert [d.decision for d in history] == ["hire", "hold"]
    assert current_decision(db, "zoe@example.org") == second
    assert first.after_interview_text == "2 days after the last interview"
    assert second.after_interview_text == "3 days after the last interview"
    assert second.rationale == "Best of the round.\nStarts in May."
    with db.read() as session:
        assert session.scalar(select(Candidate.status)) == "hired"
        audit = session.execute(
            select(AuditEvent.actor, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.detail)
            .where(AuditEvent.action == "decide")
            .order_by(AuditEvent.id)
        ).all()
    assert [tuple(a[:3]) for a in audit] == [
        ("Maria Keller", "candidate", first.candidate_id),
        ("Grace Okafor", "candidate", first.candidate_id),
    ]
    assert json.loads(audit[1].detail)["supersedes"] == first.id


def test_the_read_model_gives_every_surface_the_current_decision(db: Database) -> None:
    zoe = add_candidate(db)
    ann = add_candidate(db, name="Ann Lee", email="ann@example.org")
    add_candidate(db, name="Bo Undecided", email="bo@example.org")
    _interviewed_on(db, MONDAY)
    _interviewed_on(db, MONDAY, email="ann@example.org")
    # Entered out of order: the newest by decided_at is current, whatever was typed last.
    record_decision(
        db, zoe, decision="reject", rationale="No", decided_by="A", now=MONDAY + 4 * DAY
    )
    record_decision(db, zoe, decision="advance", rationale="Yes", decided_by="B", now=MONDAY + DAY)
    record_decision(
        db, ann, decision="hire", rationale="Clear yes", decided_by="Mei Chen",
        now=MONDAY + dt.timedelta(hours=3),
    )  # fmt: skip
    rows = {r.email: r for r in comparison_rows(db)}
    assert rows["zoe@example.org"].decision == "reject"
    assert rows["ann@example.org"].decision_label == "Hire"
    assert rows["bo@example.org"].decision is None and rows["bo@example.org"].decision_label == ""
    assert rows["bo@example.org"].decision_id is None
    # What a surface shows beside it is read by the id the read model gives.
    shown = decisions_by_id(db, [r.decision_id for r in rows.values()])
    zoe_now = shown[rows["zoe@example.org"].decision_id or 0]
    assert (zoe_now.decided_by, zoe_now.after_interview_text) == (
        "A", "4 days after the last interview",
    )  # fmt: skip
    ann_now = shown[rows["ann@example.org"].decision_id or 0]
    assert (ann_now.rationale, ann_now.decided_at) == ("Clear yes", MONDAY + dt.timedelta(hours=3))
    assert ann_now.after_interview_text == "3 hours after the last interview"
    assert len(shown) == 2
    # Filtered by candidate ids, the window function still ranks only those candidates' rows.
    only = comparison_rows(db, candidate_ids=[zoe])
    assert [r.decision for r in only] == ["reject"]


def test_the_decision_is_withheld_while_the_viewer_interviews(db: Database) -> None:
    zoe = add_candidate(db)
    _interviewed_on(db, MONDAY)
    record_decision(db, zoe, decision="hire", rationale="Yes", decided_by="Maria Keller")
    draft = start_interview(db, interviewer="Jonas Becker")
    with db.read() as session:
        viewer = session.scalar(select(Interview.interviewer_id).where(Interview.id == draft))
    (row,) = comparison_rows(db, viewer_id=viewer)
    assert row.withheld and row.decision is None and row.decision_id is None


def test_a_decision_needs_a_known_value_a_rationale_and_a_name(db: Database) -> None:
    add_candidate(db)
    with pytest.raises(InvalidInput, match="--decision: 'maybe' is not one of"):
        record_decision(db, "zoe@example.org", decision="maybe", rationale="x", decided_by="A")
    with pytest.raises(InvalidInput, match="--rationale: is required"):
        record_decision(db, "zoe@example.org", decision="hire", rationale="  \n", decided_by="A")
    with pytest.raises(InvalidInput, match="--by: is required"):
        record_decision(db, "zoe@example.org", decision="hire", rationale="ok", decided_by=" ")
    with pytest.raises(InvalidInput, match="control character"):
        record_decision(db, "zoe@example.org", decision="hire", rationale="a\x00b", decided_by="A")
    with pytest.raises(NotFound):
        record_decision(db, "nobody@example.org", decision="hire", rationale="x", decided_by="A")
    with db.read() as session:
        assert session.scalars(select(Decision)).all() == []


def test_a_decision_made_meanwhile_refuses_a_stale_one(db: Database) -> None:
    zoe = add_candidate(db)
    seen = None  # the panel opened the candidate before any decision
    made = record_decision(db, zoe, decision="hold", rationale="x", decided_by="A", seen=seen)
    with pytest.raises(Conflict, match="another decision was recorded meanwhile"):
        record_decision(db, zoe, decision="hire", rationale="y", decided_by="B", seen=seen)
    record_decision(db, zoe, decision="hire", rationale="y", decided_by="B", seen=made.id)
    assert len(decision_history(db, zoe)) == 2


def test_time_after_the_interview_in_words() -> None:
    assert after_interview_text(None) == "before any interview was submitted"
    assert after_interview_text(dt.timedelta(seconds=20)) == "right after the last interview"
    assert after_interview_text(dt.timedelta(minutes=1)) == "1 minute after the last interview"
    assert after_interview_text(dt.timedelta(hours=25)) == "1 day after the last interview"
    assert after_interview_text(-DAY) == "before the last interview was submitted"
