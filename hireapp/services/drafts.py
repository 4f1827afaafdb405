# SPDX-License-Identifier: MIT
"""An interviewer's own interviews, as the way back into them shows them.

- `unfinished` lists every draft, newest first, with where it stopped in the rubric's words (the
  question's title and number, not its id) and how far it got, for the resume prompt;
- `own_interview` finds the interview an interviewer already has of a candidate (one each), so
  that starting a second one says so and offers that one instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select

from hireapp.services.people import find_interviewer
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.models import Candidate, Interview, Interviewer, Position, RubricVersion
from hireapp.storage.session import Database

PageKind = Literal["impression", "question", "wrap-up"]


@dataclass(frozen=True)
class DraftPage:
    """Where a draft stopped: the first impression, a question, or the wrap-up."""

    kind: PageKind
    question_title: str | None = None
    question_number: int | None = None  # from 1, in the order the rubric asks them
    questions: int = 0


@dataclass(frozen=True)
class Draft:
    id: int
    candidate_id: int
    candidate_name: str
    position: str
    interviewer_id: int
    interviewer: str
    started_at: dt.datetime
    updated_at: dt.datetime
    page: DraftPage
    done: int  # questions answered or skipped
    questions: int


def _page(key: str | None, titles: list[str], ids: list[str]) -> DraftPage:
    if key == "wrap-up":
        return DraftPage("wrap-up", questions=len(ids))
    if key and key.startswith("question:") and key.split(":", 1)[1] in ids:
        number = ids.index(key.split(":", 1)[1])
        return DraftPage("question", titles[number], number + 1, len(ids))
    return DraftPage("impression", questions=len(ids))


def unfinished(db: Database) -> list[Draft]:
    """Every draft interview, newest change first, with the page it stopped on."""
    with db.read() as session:
        rows = session.execute(
            select(
                Interview.id,
                Interview.candidate_id,
                Candidate.name.label("candidate"),
                Position.title.label("position"),
                Interview.interviewer_id,
                Interviewer.name.label("interviewer"),
                Interview.started_at,
                Interview.updated_at,
                Interview.current_page,
                Interview.answered_count,
                Interview.skipped_count,
                Interview.rubric_version_id,
            )
            .join(Candidate, Candidate.id == Interview.candidate_id)
            .join(Position, Position.id == Candidate.position_id)
            .join(Interviewer, Interviewer.id == Interview.interviewer_id)
            .where(Interview.status == "draft")
            .order_by(Interview.updated_at.desc(), Interview.id.desc())
        ).all()
        versions = {row.rubric_version_id for row in rows}
        # One row per rubric version in use: a handful.
        contents: dict[int, str] = {
            version: content
            for version, content in session.execute(
                select(RubricVersion.id, RubricVersion.content).where(
                    RubricVersion.id.in_(versions)
                )
            )
        }
    questions: dict[int, tuple[list[str], list[str]]] = {}
    for version, content in contents.items():
        asked = stored_rubric(content).questions()
        questions[version] = ([q.title for q in asked], [q.id for q in asked])
    drafts = []
    for row in rows:
        titles, ids = questions[row.rubric_version_id]
        drafts.append(
            Draft(
                id=row.id,
                candidate_id=row.candidate_id,
                candidate_name=row.candidate,
                position=row.position,
                interviewer_id=row.interviewer_id,
                interviewer=row.interviewer,
                started_at=row.started_at,
                updated_at=row.updated_at,
                page=_page(row.current_page, titles, ids),
                done=(row.answered_count or 0) + (row.skipped_count or 0),
                questions=len(ids),
            )
        )
    return drafts


@dataclass(frozen=True)
class OwnInterview:
    """The interview an interviewer already has of a candidate."""

    id: int
    candidate_name: str
    interviewer: str
    submitted: bool
    started_at: dt.datetime
    submitted_at: dt.datetime | None


def own_interview(db: Database, candidate_id: int, interviewer_name: str) -> OwnInterview | None:
    """The interview this interviewer (by name) has of this candidate, if any."""
    interviewer = find_interviewer(db, interviewer_name) if interviewer_name.strip() else None
    if interviewer is None:
        return None
    with db.read() as session:
        row = session.execute(
            select(
                Interview.id,
                Interview.status,
                Interview.started_at,
                Interview.submitted_at,
                Candidate.name,
            )
            .join(Candidate, Candidate.id == Interview.candidate_id)
            .where(
                Interview.candidate_id == candidate_id,
                Interview.interviewer_id == interviewer.id,
            )
        ).first()
    if row is None:
        return None
    return OwnInterview(
        id=row.id,
        candidate_name=row.name,
        interviewer=interviewer.name,
        submitted=row.status == "submitted",
        started_at=row.started_at,
        submitted_at=row.submitted_at,
    )
