# SPDX-License-Identifier: MIT
"""Writing a checked import: all of it in one transaction, or (ImportRejected) nothing.

An import never rewrites history: a file whose copy of a submitted interview differs, or that
changes a locked first impression without the amendment that explains it, is refused as a whole
(the conflicts are listed, nothing is written). Every change it makes to an existing interview
is written to the audit trail.
"""

from __future__ import annotations

import json
import os
import pathlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hireapp.domain.rubric import Rubric
from hireapp.domain.statuses import CANDIDATE_STATUSES
from hireapp.errors import ConstraintViolated, ImportIssue, ImportRejected, ValueRefused
from hireapp.services.files import read_upload
from hireapp.services.interchange.checks import (
    Checked,
    ImportConflict,
    check_document,
    reconcile,
)
from hireapp.services.interchange.export import interview_records
from hireapp.services.interchange.format import (
    AuditRecord,
    CandidateRecord,
    InterviewRecord,
    content_hash,
    parse_interview_file,
)
from hireapp.services.interchange.results import ResultsImporter, check_results
from hireapp.services.interviews import interview_scores, store_scores
from hireapp.storage.models import (
    Answer,
    AuditEvent,
    Candidate,
    FirstImpression,
    Interview,
    Interviewer,
    Position,
    Recommendation,
    RubricVersion,
)
from hireapp.storage.session import Database


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[ImportConflict] = field(default_factory=list)
    new_candidates: list[str] = field(default_factory=list)
    new_interviewers: list[str] = field(default_factory=list)
    new_positions: list[str] = field(default_factory=list)
    new_rubrics: int = 0
    # Format version 2: decisions added (one already here is never changed), outcomes added or
    # replaced by a later-recorded copy.
    decisions_added: int = 0
    outcomes_added: int = 0
    outcomes_updated: int = 0
    # True when the file would rewrite a submitted interview or a locked impression: then nothing
    # was written, and `conflicts` says which.
    refused: bool = False


class _Refused(Exception):
    """Rolls back an import that would rewrite history."""


def _outline(record: InterviewRecord) -> dict[str, Any]:
    """What an audit entry says an interview was: its verdicts, without notes."""
    impression = record.first_impression
    return {
        "status": record.status,
        "impression": None if impression is None else impression.score,
        "answers": {
            a.question_id: "skipped" if a.skipped else a.score
            for a in sorted(record.answers, key=lambda a: a.question_id)
        },
        "recommendation": None if record.recommendation is None else record.recommendation.value,
    }


def _amendment_explains(here: InterviewRecord, record: InterviewRecord) -> bool:
    """Whether the file's copy changes the locked impression only through an amendment.

    An amendment made where the file comes from travels in its audit trail; its values after
    must be the file's, and nothing else of the impression may differ.
    """
    old, new = here.first_impression, record.first_impression
    if old is None or new is None:
        return False
    known = {(e.at, e.action, e.entity) for e in here.audit}
    amended = [
        e
        for e in record.audit
        if e.action == "amend"
        and e.entity == "first_impression"
        and (e.at, e.action, e.entity) not in known
    ]
    if not amended:
        return False
    try:
        after = json.loads(amended[-1].detail).get("after")
    except (ValueError, AttributeError):
        return False
    values = {"score": new.score, "cues": list(new.cues), "note": new.note}
    rest = new.model_copy(update={"score": old.score, "cues": old.cues, "note": old.note})
    return bool(after == values and rest == old)


def _rewrites_impression(here: InterviewRecord, record: InterviewRecord) -> bool:
    """Whether the file's copy changes this database's locked first impression unexplained."""
    old = here.first_impression
    if old is None or old.locked_at is None or record.first_impression == old:
        return False
    return not _amendment_explains(here, record)


class _Importer:
    """Writes checked interviews inside one transaction, noting what it did."""

    def __init__(self, session: Session, summary: ImportSummary, source: str) -> None:
        self.session = session
        self.summary = summary
        self.source = pathlib.Path(source).name
        self.ids: dict[tuple[str, str], int] = {}

    def _id(
        self,
        column: InstrumentedAttribute[str],
        key: str,
        make: Callable[[], Any],
        note: Callable[[], object],
    ) -> int:
        """The id of the row whose `column` holds `key`; made (and noted) when there is none."""
        cached = (str(column), key)
        if cached not in self.ids:
            found = self.session.scalar(select(column.class_.id).where(column == key))
            if found is None:
                row = make()
                self.session.add(row)
                self.session.flush()
                found = row.id
                note()
            self.ids[cached] = found
        return self.ids[cached]

    def rubric_id(self, digest: str, rubric: Rubric, content: str | None) -> int:
        def make() -> RubricVersion:
            assert content is not None, "a rubric not stored here comes from the file"
            return RubricVersion(
                slug=rubric.id,
                title=rubric.title,
                label=rubric.version,
                content_hash=digest,
                content=content,
            )

        def note() -> None:
            self.summary.new_rubrics += 1

        return self._id(RubricVersion.content_hash, digest, make, note)

    def position_id(self, title: str) -> int:
        return self._id(
            Position.title,
            title,
            lambda: Position(title=title),
            lambda: self.summary.new_positions.append(title),
        )

    def candidate_id(self, item: Checked) -> int:
        return self.person_id(item.email, item.name, item.record.candidate)

    def person_id(self, email: str, name: str, person: CandidateRecord) -> int:
        """The candidate with this email, made from the record (cleaned `name`) if new."""

        def make() -> Candidate:
            return Candidate(
                name=name,
                email=email,
                phone=(person.phone or "").strip() or None,
                position_id=self.position_id(person.position),
                status=person.status if person.status in CANDIDATE_STATUSES else "active",
            )

        return self._id(
            Candidate.email,
            email,
            make,
            lambda: self.summary.new_candidates.append(f"{name} <{email}>"),
        )

    def interviewer_id(self, name: str) -> int:
        return self._id(
            Interviewer.name,
            name,
            lambda: Interviewer(name=name),
            lambda: self.summary.new_interviewers.append(name),
        )

    def conflict(self, item: Checked, reason: str, *, history: bool = False) -> None:
        self.summary.conflicts.append(
            ImportConflict(
                item.record.uid, f"{item.name} <{item.email}>", item.interviewer, reason, history
            )
        )

    def apply(self, item: Checked, rubrics: dict[str, tuple[Rubric, str | None]]) -> None:
        record = item.record
        rubric, content = rubrics[record.rubric]
        # Locked: a window writing this draft meanwhile must see the import's revision, not
        # overwrite it (services/claims.py).
        local = self.session.scalar(
            select(Interview).where(Interview.uid == record.uid).with_for_update()
        )
        if local is None:
            candidate_id = self.candidate_id(item)
            interviewer_id = self.interviewer_id(item.interviewer)
            other = self.session.scalar(
                select(Interview.uid).where(
                    Interview.candidate_id == candidate_id,
                    Interview.interviewer_id == interviewer_id,
                )
            )
            if other is not None:
                self.conflict(item, f"this database has another interview by them ({other})")
                return
            interview = Interview(
                uid=record.uid,
                candidate_id=candidate_id,
                interviewer_id=interviewer_id,
                rubric_version_id=self.rubric_id(record.rubric, rubric, content),
            )
            self.session.add(interview)
            self._fill(interview, item, rubric)
            self.summary.added += 1
            return
        here = interview_records(self.session, [local.id])[local.id]
        mine = content_hash(here)
        verdict = reconcile(item, mine, local.synced_hash, local.updated_at)
        if verdict == "same" and local.synced_hash != mine:
            local.synced_hash = mine
        if verdict == "same" or (
            # A draft copy from before the submission changes nothing.
            verdict == "keep" and (local.status != "submitted" or record.status == "draft")
        ):
            self.summary.unchanged += 1
            return
        if local.status == "submitted":
            self.conflict(
                item,
                f"submitted here on {local.submitted_at:%Y-%m-%d %H:%M} UTC, and the file's copy "
                "differs: a submitted interview is never changed, so nothing in the file was "
                "imported",
                history=True,
            )
            return
        if verdict == "conflict":
            self.conflict(item, "changed both here and in the file; kept this database's")
            return
        if local.rubric_version_id != self.rubric_id(record.rubric, rubric, content):
            self.conflict(item, "scored with a different rubric version here; kept this one")
            return
        if _rewrites_impression(here, record):
            self.conflict(
                item,
                "the file changes the first impression locked here, without an amendment, so "
                "nothing in the file was imported",
                history=True,
            )
            return
        for model in (Answer, FirstImpression, Recommendation):
            self.session.execute(delete(model).where(model.interview_id == local.id))
        local.revision += 1  # a window open on this draft now works from a stale view
        self._fill(local, item, rubric)
        self.session.add(
            AuditEvent(
                actor=here.interviewer,
                action="import",
                entity="interview",
                entity_id=local.id,
                interview_id=local.id,
                reason=f"updated from {self.source}",
                detail=json.dumps(
                    {"before": _outline(here), "after": _outline(record)},
                    sort_keys=True,
                    ensure_ascii=False,
                ),
            )
        )
        self.summary.updated += 1

    def _fill(self, interview: Interview, item: Checked, rubric: Rubric) -> None:
        """Set the interview's fields and children from the record, and its scores."""
        record = item.record
        interview.status = record.status
        interview.started_at = record.started_at
        interview.updated_at = record.updated_at
        interview.submitted_at = record.submitted_at
        interview.current_page = record.current_page
        interview.synced_hash = item.digest
        impression = record.first_impression
        scores = interview_scores(
            rubric,
            {a.question_id: a.score for a in record.answers if a.score is not None},
            [a.question_id for a in record.answers if a.skipped],
            None if impression is None else impression.score,
        )
        store_scores(interview, scores)
        self.session.flush()
        if impression is not None:
            self.session.add(
                FirstImpression(
                    interview_id=interview.id,
                    score=impression.score,
                    cues=json.dumps(impression.cues),
                    note=impression.note,
                    arrived_at=impression.arrived_at,
                    seconds_since_arrival=impression.seconds_since_arrival,
                    recorded_at=impression.recorded_at,
                    locked_at=impression.locked_at,
                )
            )
        if record.answers:
            self.session.execute(
                insert(Answer),
                [{"interview_id": interview.id, **a.model_dump()} for a in record.answers],
            )
        if record.recommendation is not None:
            self.session.add(
                Recommendation(interview_id=interview.id, **record.recommendation.model_dump())
            )
        self._add_audit(interview, record.audit)

    def _add_audit(self, interview: Interview, events: list[AuditRecord]) -> None:
        """The file's audit entries this database does not have yet."""
        have = {
            (row.at, row.action, row.entity)
            for row in self.session.execute(
                select(AuditEvent.at, AuditEvent.action, AuditEvent.entity).where(
                    AuditEvent.interview_id == interview.id
                )
            )
        }
        rows = [
            {"entity_id": interview.id, "interview_id": interview.id, **e.model_dump()}
            for e in events
            if (e.at, e.action, e.entity) not in have
        ]
        if rows:
            self.session.execute(insert(AuditEvent), rows)


def import_interview_data(db: Database, data: bytes, source: str) -> ImportSummary:
    """Import an interview file's bytes: all of it, or (ImportRejected) nothing."""
    document = parse_interview_file(data, source)
    summary = ImportSummary()
    try:
        with db.write() as session:
            checked, rubrics = check_document(session, document, source)
            known = {digest: rubric for digest, (rubric, _content) in rubrics.items()}
            check_results(session, document, known, source)
            importer = _Importer(session, summary, source)
            for item in checked:
                importer.apply(item, rubrics)
            if any(c.rewrites_history for c in summary.conflicts):
                raise _Refused
            results = ResultsImporter(
                session,
                pathlib.Path(source).name,
                importer.person_id,
                importer.position_id,
                lambda digest: importer.rubric_id(
                    digest, *rubrics.get(digest, (known[digest], None))
                ),
            )
            results.decisions(document.decisions)
            results.outcomes(document.outcomes)
            summary.decisions_added = results.summary.decisions_added
            summary.outcomes_added = results.summary.outcomes_added
            summary.outcomes_updated = results.summary.outcomes_updated
            session.flush()
    except _Refused:
        return ImportSummary(conflicts=summary.conflicts, refused=True)
    except (ConstraintViolated, ValueRefused) as exc:
        raise ImportRejected([ImportIssue(source, None, "", str(exc))]) from exc
    return summary


def import_interviews(db: Database, path: str | os.PathLike[str]) -> ImportSummary:
    """Import an interview file: all of it, or (ImportRejected) nothing."""
    return import_interview_data(db, read_upload(path), str(path))
