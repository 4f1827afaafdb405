# SPDX-License-Identifier: MIT
"""One interview, one writer, with real processes on SQLite and PostgreSQL.

Two copies of the app once both showed "saved" while the database ended with a mix neither
showed. Now a draft is claimed by the window writing it: a second claim is refused while the
first is live (read-only or an explicit, audited take-over), and every write carries the claim
and the revision it was made from, so a write from a stale view is refused, never merged.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest
from sqlalchemy import select

from hireapp.errors import InterviewChangedElsewhere, InterviewInUse
from hireapp.services import claims
from hireapp.services import interviews as iv
from hireapp.services.interchange import export_interviews, import_interviews
from hireapp.services.interviews import unfinished_interviews
from hireapp.storage.models import AuditEvent, InterviewClaim
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, add_candidate, opened, start_interview
from tests.other_instance import OtherInstance


@pytest.fixture
def interview(db: Database) -> int:
    add_candidate(db)
    return start_interview(db)


def _claim(db: Database, interview: int, *, take_over: bool = False) -> claims.Claim:
    claim = claims.new_claim(interview, iv.get_interview(db, interview).revision)
    claims.claim_interview(db, claim, take_over=take_over)
    return claim


def _note(db: Database, interview: int, number: int = 0) -> str:
    answer = iv.get_interview(db, interview).answers.get(QUESTIONS[number])
    return "" if answer is None else answer.note


def test_a_second_instance_is_told_who_has_the_interview_and_changes_nothing(
    db: Database, db_url: str, interview: int
) -> None:
    other = OtherInstance(db_url, interview)
    try:
        assert other.greeting == "CLAIMED"
        assert other.ask(f"note {QUESTIONS[0]} theirs") == "OK"
        with pytest.raises(InterviewInUse) as refused:
            _claim(db, interview)
        assert str(claims.this_process()) in str(refused.value)  # who, on which machine
        assert refused.value.holder == str(claims.this_process())
        # Its writes go on landing: the refused claim took nothing from it.
        assert other.ask(f"note {QUESTIONS[0]} theirs, still") == "OK"
        assert _note(db, interview) == "theirs, still"
    finally:
        other.close()


def test_a_take_over_is_audited_and_the_other_window_can_no_longer_save(
    db: Database, db_url: str, interview: int
) -> None:
    other = OtherInstance(db_url, interview)
    try:
        assert other.greeting == "CLAIMED"
        mine = _claim(db, interview, take_over=True)
        iv.save_note(db, interview, QUESTIONS[0], "mine", claim=mine)
        answer = other.ask(f"note {QUESTIONS[0]} theirs, from a stale window")
        assert answer.startswith("REFUSED InterviewChangedElsewhere")
        assert "took this interview over" in answer
        assert other.ask("renew").startswith("REFUSED InterviewChangedElsewhere")
        assert _note(db, interview) == "mine"  # nothing merged
        with db.read() as session:
            audit = session.scalars(
                select(AuditEvent.detail).where(AuditEvent.action == "take over")
            ).all()
        assert [json.loads(detail)["to"] for detail in audit] == [str(claims.this_process())]
    finally:
        other.close()


def test_a_claim_left_by_a_killed_process_is_taken_without_asking(
    db: Database, db_url: str, interview: int
) -> None:
    other = OtherInstance(db_url, interview)
    assert other.greeting == "CLAIMED"
    other.kill()
    mine = _claim(db, interview)
    iv.save_note(db, interview, QUESTIONS[0], "after the crash", claim=mine)
    assert _note(db, interview) == "after the crash"
    with db.read() as session:
        assert (
            session.scalars(select(AuditEvent).where(AuditEvent.action == "take over")).all() == []
        )


def test_a_released_claim_leaves_the_interview_free(
    db: Database, db_url: str, interview: int
) -> None:
    other = OtherInstance(db_url, interview)
    try:
        assert other.ask("release") == "OK"
        _claim(db, interview)  # no question asked
    finally:
        other.close()


def _claim_from_elsewhere(db: Database, interview: int, seen_ago: float) -> None:
    """A claim as a window on another machine leaves it, last renewed `seen_ago` seconds ago."""
    seen = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seen_ago)
    with db.write() as session:
        session.add(
            InterviewClaim(interview_id=interview, token="f" * 32, host="laptop-7",
                           account="anna", pid=1, claimed_at=seen, seen_at=seen)
        )  # fmt: skip


def test_another_machines_claim_counts_until_it_is_not_renewed(
    db: Database, interview: int
) -> None:
    _claim_from_elsewhere(db, interview, seen_ago=claims.HEARTBEAT_S)
    with pytest.raises(InterviewInUse, match="anna on laptop-7"):
        _claim(db, interview)
    with db.write() as session:
        row = session.get(InterviewClaim, interview)
        assert row is not None
        row.seen_at -= dt.timedelta(seconds=claims.STALE_AFTER_S)
    _claim(db, interview)  # its window is gone: taken without asking


def test_a_write_from_a_view_older_than_another_change_is_refused(
    db: Database, interview: int
) -> None:
    """The window read the draft; something not holding the claim (the command line, say)
    changed it; the window's next write was made from a stale view."""
    mine = _claim(db, interview)
    iv.save_note(db, interview, QUESTIONS[0], "typed in the window", claim=mine)
    iv.save_note(db, interview, QUESTIONS[1], "changed elsewhere")
    with pytest.raises(InterviewChangedElsewhere, match="changed elsewhere"):
        iv.save_note(db, interview, QUESTIONS[0], "typed from the stale view", claim=mine)
    assert _note(db, interview) == "typed in the window"


def test_an_import_that_updates_an_open_draft_makes_the_windows_view_stale(
    db: Database, tmp_path: pathlib.Path
) -> None:
    with opened(tmp_path / "laptop.sqlite3") as laptop:
        add_candidate(laptop)
        draft = start_interview(laptop)
        iv.save_note(laptop, draft, QUESTIONS[0], "first copy")
        export_interviews(laptop, tmp_path / "one.json")
        assert import_interviews(db, tmp_path / "one.json").added == 1
        [here] = [row.id for row in unfinished_interviews(db, None)]
        mine = _claim(db, here)
        iv.save_note(laptop, draft, QUESTIONS[0], "second copy")
        export_interviews(laptop, tmp_path / "two.json")
    assert import_interviews(db, tmp_path / "two.json").updated == 1
    with pytest.raises(InterviewChangedElsewhere, match="changed elsewhere"):
        iv.save_note(db, here, QUESTIONS[0], "typed from the stale view", claim=mine)
    assert _note(db, here) == "second copy"


def test_every_change_counts_a_revision(db: Database, interview: int) -> None:
    before = iv.get_interview(db, interview).revision
    iv.record_arrival(db, interview)
    iv.save_note(db, interview, QUESTIONS[0], "one")
    iv.answer_question(db, interview, QUESTIONS[0], score=3)
    assert iv.get_interview(db, interview).revision == before + 3
