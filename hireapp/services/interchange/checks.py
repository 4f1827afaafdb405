# SPDX-License-Identifier: MIT
"""Checking a parsed file against the database before anything is written, and telling conflicts.

Every problem is collected (up to MAX_ISSUES) and the file is refused as a whole. Conflicts are
told apart with content hashes: each interview remembers the hash it had when it was last
exchanged (`synced_hash`), and the file says, for each interview, the hash it was based on. An
incoming interview replaces the local one when it continues exactly the local version, or when
the local one is unchanged since it was last exchanged and the file's copy is newer; when both
sides changed, the local one stays and the conflict is reported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hireapp.domain.rubric import Rubric, rubric_from_json
from hireapp.domain.scoring import open_questions
from hireapp.errors import ImportIssue, ImportRejected, InvalidInput, RubricError
from hireapp.services.files import MAX_ISSUES
from hireapp.services.interchange.format import InterviewFile, InterviewRecord, content_hash
from hireapp.services.people import clean_text, normalise_email
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.models import RubricVersion


@dataclass(frozen=True)
class ImportConflict:
    """An interview changed both here and in the file since they were last exchanged."""

    uid: str
    candidate: str
    interviewer: str
    reason: str
    # The file would rewrite what is final here (a submitted interview, a locked impression):
    # then the whole import is refused, not only this interview.
    rewrites_history: bool = False

    def __str__(self) -> str:
        return f"{self.candidate}, interviewed by {self.interviewer} ({self.uid}): {self.reason}"


@dataclass(frozen=True)
class Checked:
    """An incoming interview with its names cleaned and its rubric resolved."""

    index: int
    record: InterviewRecord
    email: str
    name: str
    position: str
    interviewer: str
    rubric: Rubric
    digest: str


def _check_rubrics(
    session: Session, document: InterviewFile, issue: Any
) -> dict[str, tuple[Rubric, str | None]]:
    """Rubrics by hash: those in the file (with their content), then those only stored here."""
    rubrics: dict[str, tuple[Rubric, str | None]] = {}
    for index, item in enumerate(document.rubrics):
        where = f"rubrics[{index}]"
        try:
            rubric = rubric_from_json(item.content)
        except RubricError as exc:
            issue(where + ".content", "is not a valid rubric: " + "; ".join(
                i.message for i in exc.issues[:3]
            ))  # fmt: skip
            continue
        if rubric.content_hash() != item.content_hash:
            issue(where + ".content_hash", "does not match the rubric's content")
            continue
        rubrics[item.content_hash] = (rubric, rubric.canonical_json())
    wanted = {r.rubric for r in document.interviews} - set(rubrics)
    if wanted:
        for digest, content in session.execute(
            select(RubricVersion.content_hash, RubricVersion.content).where(
                RubricVersion.content_hash.in_(sorted(wanted))
            )
        ):
            rubrics[digest] = (stored_rubric(content), None)
    return rubrics


def _check_interview(
    index: int, record: InterviewRecord, rubric: Rubric, issue: Any
) -> Checked | None:
    where = f"interviews[{index}]"
    problems = 0

    def bad(place: str, message: str) -> None:
        nonlocal problems
        problems += 1
        issue(f"{where}.{place}", message)

    email = name = position = interviewer = ""
    try:
        email = normalise_email(record.candidate.email)
        name = clean_text("name", record.candidate.name)
        position = clean_text("position", record.candidate.position)
        interviewer = clean_text("interviewer", record.interviewer)
    except InvalidInput as exc:
        field_name = "interviewer" if exc.field == "interviewer" else f"candidate.{exc.field}"
        bad(field_name, exc.message)
    questions = [q.id for q in rubric.questions()]
    seen: set[str] = set()
    for number, answer in enumerate(record.answers):
        if answer.question_id not in questions:
            bad(f"answers[{number}].question_id", f"{answer.question_id!r} is not in the rubric")
        elif answer.question_id in seen:
            bad(f"answers[{number}].question_id", f"{answer.question_id!r} is answered twice")
        seen.add(answer.question_id)
    if record.first_impression is not None:
        known = {cue.id for cue in rubric.first_impression.cues}
        unknown = sorted(set(record.first_impression.cues) - known)
        if unknown:
            bad("first_impression.cues", f"not in the rubric: {', '.join(unknown)}")
    if record.status == "submitted":
        answered = [a.question_id for a in record.answers if a.score is not None]
        if open_questions(
            questions, answered, [a.question_id for a in record.answers if a.skipped]
        ):
            bad("status", "a submitted interview has every question answered or skipped")
        if record.recommendation is None or record.recommendation.value is None:
            bad("recommendation", "a submitted interview has a recommendation")
    if problems:
        return None
    return Checked(index, record, email, name, position, interviewer, rubric, content_hash(record))


def check_document(
    session: Session, document: InterviewFile, source: str
) -> tuple[list[Checked], dict[str, tuple[Rubric, str | None]]]:
    issues: list[ImportIssue] = []

    def issue(where: str, message: str) -> None:
        if len(issues) < MAX_ISSUES:
            issues.append(ImportIssue(source, None, where, message))

    rubrics = _check_rubrics(session, document, issue)
    checked: list[Checked] = []
    uids: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    for index, record in enumerate(document.interviews):
        if record.uid in uids:
            issue(f"interviews[{index}].uid", f"repeats interviews[{uids[record.uid]}]")
            continue
        uids[record.uid] = index
        found = rubrics.get(record.rubric)
        if found is None:
            issue(
                f"interviews[{index}].rubric",
                "names a rubric version that is neither in the file nor in this database",
            )
            continue
        item = _check_interview(index, record, found[0], issue)
        if item is None:
            continue
        pair = (item.email, item.interviewer)
        if pair in pairs:
            issue(
                f"interviews[{index}]",
                f"a second interview of {item.email} by {item.interviewer} "
                f"(first: interviews[{pairs[pair]}])",
            )
            continue
        pairs[pair] = index
        checked.append(item)
    if issues:
        raise ImportRejected(issues)
    return checked, rubrics


Verdict = Literal["same", "keep", "conflict", "take"]


def reconcile(item: Checked, mine: str, synced: str | None, updated_at: dt.datetime) -> Verdict:
    """What an import does with an interview this database already has.

    Args:
        item: the incoming interview.
        mine: the content hash of this database's copy.
        synced: the hash this database's copy had when it was last exchanged (None if never).
        updated_at: when this database's copy last changed.

    Returns:
        "same" when both say the same, "take" for the file's copy, "keep" for this database's
        (the file is an older copy), "conflict" when both changed since they were exchanged.
    """
    if mine == item.digest:
        return "same"
    if item.record.base_hash is not None and item.record.base_hash == mine:
        return "take"  # the file continues exactly this database's version
    # Otherwise take it only if this database has not changed the interview since it was last
    # exchanged, and the file is newer than that.
    unchanged_here = synced is not None and mine == synced
    if not (unchanged_here or item.digest == synced):
        return "conflict"
    if not unchanged_here or item.record.updated_at <= updated_at:
        return "keep"  # the file is an older copy; this database has moved on since
    return "take"
