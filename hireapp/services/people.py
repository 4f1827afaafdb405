# SPDX-License-Identifier: MIT
"""Positions, candidates and interviewers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hireapp.domain.text import checked_text
from hireapp.errors import Conflict, InvalidInput, NotFound
from hireapp.services.unique import inserted_once
from hireapp.storage.models import Candidate, Interviewer, Position
from hireapp.storage.session import Database

# Deliberately plain: one @, no spaces, a dot in the domain. Stricter rules refuse real addresses.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
MAX_NAME = 200
MAX_PHONE = 50


@dataclass(frozen=True)
class PositionInfo:
    id: int
    title: str


@dataclass(frozen=True)
class InterviewerInfo:
    id: int
    name: str


@dataclass(frozen=True)
class CandidateInfo:
    id: int
    name: str
    email: str
    phone: str | None
    position_id: int
    position: str
    status: str


def clean_text(field: str, value: str, *, limit: int = MAX_NAME) -> str:
    """Trim a required one-line text; refuse it empty, too long or with a control character."""
    cleaned = " ".join(checked_text(field, value).split())
    if not cleaned:
        raise InvalidInput(field, "is required")
    if len(cleaned) > limit:
        raise InvalidInput(field, f"is longer than {limit} characters")
    return cleaned


def normalise_email(value: str) -> str:
    """The email as stored: trimmed and lower-cased, checked for a plausible form."""
    email = checked_text("email", value).strip().lower()
    if not email:
        raise InvalidInput("email", "is required")
    if not _EMAIL.match(email) or len(email) > 320:
        raise InvalidInput("email", f"{value.strip()!r} is not an email address")
    return email


def _position_info(position: Position) -> PositionInfo:
    return PositionInfo(id=position.id, title=position.title)


def clean_phone(value: str | None, *, field: str = "phone") -> str | None:
    """A phone number as stored: trimmed, None when empty; refused with a control character."""
    if value is None:
        return None
    phone = " ".join(checked_text(field, value).split())
    if len(phone) > MAX_PHONE:
        raise InvalidInput(field, f"is longer than {MAX_PHONE} characters")
    return phone or None


def position_for(session: Session, title: str) -> Position:
    """The position with this title, created in this transaction if it is new."""
    title = clean_text("position", title)
    for _ in range(3):
        position = session.scalar(select(Position).where(Position.title == title))
        if position is not None:
            return position
        position = Position(title=title)
        if inserted_once(session, position, "uq_positions_title"):
            return position
    raise Conflict(f"position: {title!r} is being changed by another client; try again")


def ensure_position(db: Database, title: str) -> PositionInfo:
    """The position with this title, created if it is new."""
    with db.write() as session:
        return _position_info(position_for(session, title))


def list_positions(db: Database) -> list[PositionInfo]:
    with db.read() as session:
        rows = session.execute(select(Position.id, Position.title).order_by(Position.title))
        return [PositionInfo(id=row.id, title=row.title) for row in rows]


def find_position(session: Session, key: str) -> Position:
    """A position by id or exact title."""
    position = None
    if key.isdigit():
        position = session.get(Position, int(key))
    if position is None:
        position = session.scalar(select(Position).where(Position.title == key.strip()))
    if position is None:
        raise NotFound(f"no position {key!r}")
    return position


def position_id(db: Database, key: str) -> int:
    """The id of a position given by id or exact title (NotFound otherwise)."""
    with db.read() as session:
        return find_position(session, key).id


def ensure_interviewer(db: Database, name: str) -> InterviewerInfo:
    """The interviewer with this name, created if new."""
    name = clean_text("interviewer", name)
    with db.write() as session:
        for _ in range(3):
            interviewer = session.scalar(select(Interviewer).where(Interviewer.name == name))
            if interviewer is not None:
                break
            interviewer = Interviewer(name=name)
            if inserted_once(session, interviewer, "uq_interviewers_name"):
                break
        else:
            raise Conflict(f"interviewer: {name!r} is being changed by another client; try again")
        return InterviewerInfo(id=interviewer.id, name=interviewer.name)


def find_interviewer(db: Database, name: str) -> InterviewerInfo | None:
    """The interviewer of this name, if known."""
    cleaned = " ".join(name.split())
    with db.read() as session:
        row = session.execute(
            select(Interviewer.id, Interviewer.name).where(Interviewer.name == cleaned)
        ).first()
        return None if row is None else InterviewerInfo(id=row.id, name=row.name)


def list_interviewers(db: Database) -> list[InterviewerInfo]:
    with db.read() as session:
        rows = session.execute(select(Interviewer.id, Interviewer.name).order_by(Interviewer.name))
        return [InterviewerInfo(id=row.id, name=row.name) for row in rows]


def _candidate_info(candidate: Candidate, position: Position) -> CandidateInfo:
    return CandidateInfo(
        id=candidate.id,
        name=candidate.name,
        email=candidate.email,
        phone=candidate.phone,
        position_id=position.id,
        position=position.title,
        status=candidate.status,
    )


def _refuse_used_email(session: Session, email: str) -> None:
    existing = session.scalar(select(Candidate.name).where(Candidate.email == email))
    if existing is not None:
        raise Conflict(f"email: {email} is already used by candidate {existing}")


def create_candidate(
    db: Database, *, name: str, email: str, position: str, phone: str | None = None
) -> CandidateInfo:
    """Add a candidate for a position (created if new); the email must not be in use."""
    name = clean_text("name", name)
    email = normalise_email(email)
    phone = clean_phone(phone)
    with db.write() as session:
        _refuse_used_email(session, email)
        position_row = position_for(session, position)
        candidate = Candidate(name=name, email=email, phone=phone, position_id=position_row.id)
        if not inserted_once(session, candidate, "uq_candidates_email"):
            # Another client added this email between our check and our insert.
            _refuse_used_email(session, email)
            raise Conflict(f"email: {email} is already used by another candidate")
        return _candidate_info(candidate, position_row)


def find_candidate(session: Session, key: str) -> Candidate:
    """A candidate by id or email."""
    candidate = None
    key = key.strip()
    if key.isdigit():
        candidate = session.get(Candidate, int(key))
    elif "@" in key:
        candidate = session.scalar(select(Candidate).where(Candidate.email == key.lower()))
    if candidate is None:
        raise NotFound(f"no candidate {key!r} (give an id or an email)")
    return candidate


def get_candidate(db: Database, key: str | int) -> CandidateInfo:
    with db.read() as session:
        candidate = find_candidate(session, str(key))
        position = session.get_one(Position, candidate.position_id)
        return _candidate_info(candidate, position)


def list_candidates(db: Database) -> list[CandidateInfo]:
    """Every candidate with their position, by name: for choosing one in a dialog."""
    with db.read() as session:
        rows = session.execute(
            select(Candidate, Position).join(Position).order_by(Candidate.name, Candidate.id)
        ).all()
        return [_candidate_info(candidate, position) for candidate, position in rows]
