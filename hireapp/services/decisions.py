# SPDX-License-Identifier: MIT
"""The panel's decision about a candidate: advance, hire, reject or hold, with its rationale.

A decision is never changed or deleted (short of erasing the candidate): a later one supersedes
it and both stay, so the history of how the panel made up its mind can be read back. The newest
(by decided_at, then id) is the candidate's current decision; every surface shows it from the
read model (hireapp.services.comparison.figures). With each decision the time since the
candidate's last submitted interview is kept, so "decided two days after the last interview"
stays true when a later interview comes in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hireapp.domain.text import checked_text
from hireapp.errors import Conflict, InvalidInput
from hireapp.services.people import clean_text, find_candidate
from hireapp.storage.chunks import chunked
from hireapp.storage.models import DECISIONS, AuditEvent, Candidate, Decision, Interview, utcnow
from hireapp.storage.session import Database

MAX_RATIONALE = 20_000
DECISION_LABELS: Final = {
    "advance": "Advance",
    "hire": "Hire",
    "reject": "Reject",
    "hold": "On hold",
}
# What a decision makes of the candidate's status (shown in the table and carried in exports).
_STATUS: Final = {"advance": "active", "hire": "hired", "reject": "rejected", "hold": "active"}


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    uid: str
    candidate_id: int
    position_id: int
    decision: str
    rationale: str
    decided_by: str
    decided_at: dt.datetime
    last_interview_at: dt.datetime | None

    @property
    def label(self) -> str:
        return DECISION_LABELS[self.decision]

    @property
    def after_interview(self) -> dt.timedelta | None:
        """Time from the last submitted interview to the decision; None without an interview."""
        if self.last_interview_at is None:
            return None
        return self.decided_at - self.last_interview_at

    @property
    def after_interview_text(self) -> str:
        """'2 days after the last interview', or 'before any interview was submitted'."""
        return after_interview_text(self.after_interview)


def after_interview_text(delay: dt.timedelta | None) -> str:
    """The time from the last submitted interview to a decision, in words."""
    if delay is None:
        return "before any interview was submitted"
    seconds = delay.total_seconds()
    if seconds < 0:
        return "before the last interview was submitted"
    for size, unit in ((86_400, "day"), (3_600, "hour"), (60, "minute")):
        if seconds >= size:
            count = int(seconds // size)
            return f"{count} {unit}{'s' if count != 1 else ''} after the last interview"
    return "right after the last interview"


def clean_decision(value: str, field: str = "--decision") -> str:
    """One of advance, hire, reject, hold (case and spaces ignored)."""
    cleaned = value.strip().lower()
    if cleaned == "on hold":
        cleaned = "hold"
    if cleaned not in DECISIONS:
        raise InvalidInput(field, f"{value!r} is not one of {', '.join(DECISIONS)}")
    return cleaned


def clean_rationale(value: str, field: str = "--rationale") -> str:
    """The rationale as written (paragraphs allowed), trimmed; required."""
    text = checked_text(field, value, multiline=True).strip()
    if not text:
        raise InvalidInput(field, "is required: say why, for whoever reads this later")
    if len(text) > MAX_RATIONALE:
        raise InvalidInput(field, f"is longer than {MAX_RATIONALE:,} characters")
    return text


def _info(row: Decision) -> DecisionInfo:
    return DecisionInfo(
        id=row.id,
        uid=row.uid,
        candidate_id=row.candidate_id,
        position_id=row.position_id,
        decision=row.decision,
        rationale=row.rationale,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        last_interview_at=row.last_interview_at,
    )


# The order that puts a candidate's current decision first.
NEWEST_FIRST: Final = (Decision.decided_at.desc(), Decision.id.desc())


def last_interview_at(session: Session, candidate_id: int) -> dt.datetime | None:
    """When the candidate's last submitted interview was submitted."""
    return session.scalar(
        select(func.max(Interview.submitted_at)).where(
            Interview.candidate_id == candidate_id, Interview.status == "submitted"
        )
    )


def current_id(session: Session, candidate_id: int) -> int | None:
    """The id of the candidate's current decision, None without one."""
    return session.scalar(
        select(Decision.id)
        .where(Decision.candidate_id == candidate_id)
        .order_by(*NEWEST_FIRST)
        .limit(1)
    )


def record_decision(
    db: Database,
    candidate: str | int,
    *,
    decision: str,
    rationale: str,
    decided_by: str,
    seen: int | bool | None = False,
    now: dt.datetime | None = None,
) -> DecisionInfo:
    """Record the panel's decision about a candidate (by id or email); it becomes current.

    Args:
        seen: the id of the current decision the panel was looking at (None for "none yet"),
            to refuse the write (Conflict) when someone decided meanwhile; False not to check.
        now: the moment of the decision (UTC); the clock's by default.
    """
    decision = clean_decision(decision)
    rationale = clean_rationale(rationale)
    decided_by = clean_text("--by", decided_by)
    decided_at = now or utcnow()
    with db.write() as session:
        found = find_candidate(session, str(candidate))
        # Locked: two panels deciding at once are put one after the other, so `seen` holds.
        row = session.get_one(Candidate, found.id, with_for_update=True)
        previous = current_id(session, row.id)
        if seen is not False and seen != previous:
            raise Conflict(
                f"{row.name}: another decision was recorded meanwhile; read it, then decide again"
            )
        made = Decision(
            candidate_id=row.id,
            position_id=row.position_id,
            decision=decision,
            rationale=rationale,
            decided_by=decided_by,
            decided_at=decided_at,
            last_interview_at=last_interview_at(session, row.id),
        )
        session.add(made)
        before = row.status
        if row.status != "withdrawn":
            row.status = _STATUS[decision]
        session.flush()
        session.add(
            AuditEvent(
                at=decided_at,
                actor=decided_by,
                action="decide",
                entity="candidate",
                entity_id=row.id,
                reason=rationale,
                detail=json.dumps(
                    {
                        "decision": decision,
                        "supersedes": previous,
                        "status": {"before": before, "after": row.status},
                    },
                    sort_keys=True,
                ),
            )
        )
        return _info(made)


def decision_history(db: Database, candidate: str | int) -> list[DecisionInfo]:
    """Every decision about the candidate, the current one first."""
    with db.read() as session:
        candidate_id = find_candidate(session, str(candidate)).id
        rows = session.scalars(
            select(Decision).where(Decision.candidate_id == candidate_id).order_by(*NEWEST_FIRST)
        )
        return [_info(row) for row in rows]


def decisions_by_id(db: Database, ids: Sequence[int | None]) -> dict[int, DecisionInfo]:
    """The decisions with these ids (None is skipped), for a surface that shows the current
    decisions the read model names (ComparisonRow.decision_id) with their rationale and times."""
    wanted = sorted({i for i in ids if i is not None})
    found: dict[int, DecisionInfo] = {}
    with db.read() as session:
        for chunk in chunked(wanted):
            found.update(
                (row.id, _info(row))
                for row in session.scalars(select(Decision).where(Decision.id.in_(chunk)))
            )
    return found


def current_decision(db: Database, candidate: str | int) -> DecisionInfo | None:
    """The candidate's current decision, None before the first."""
    history = decision_history(db, candidate)
    return history[0] if history else None


def has_hire_decision(session: Session, candidate_id: int) -> bool:
    """Whether the panel ever decided to hire the candidate (outcomes need one)."""
    return (
        session.scalar(
            select(Decision.id)
            .where(Decision.candidate_id == candidate_id, Decision.decision == "hire")
            .limit(1)
        )
        is not None
    )
