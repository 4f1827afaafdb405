# SPDX-License-Identifier: MIT
"""Decisions and outcomes in the interchange file (format version 2): written, checked, imported.

A decision is never changed once made, so an import only adds the decisions this database does
not have yet (by uid); one it has is left as it is. An outcome is one per candidate and review
point: the file's copy replaces this database's when it was recorded later, otherwise this
database's stays. An outcome needs a hire decision, here or in the same file; ratings need the
rubric version they rate, in the file or here. Every problem is collected and the file refused as
a whole, as for interviews.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from hireapp.domain.rubric import Rubric
from hireapp.errors import ImportIssue, ImportRejected, InvalidInput
from hireapp.services.files import MAX_ISSUES
from hireapp.services.interchange.format import (
    CandidateRecord,
    DecisionRecord,
    InterviewFile,
    OutcomeRecord,
)
from hireapp.services.people import clean_text, normalise_email
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.chunks import chunked
from hireapp.storage.models import (
    AuditEvent,
    Candidate,
    Decision,
    Outcome,
    OutcomeMeasure,
    OutcomeRating,
    Position,
    RubricVersion,
)

# --- export ------------------------------------------------------------------------------------


def _candidates(session: Session, ids: Sequence[int]) -> dict[int, CandidateRecord]:
    records: dict[int, CandidateRecord] = {}
    for chunk in chunked(sorted(set(ids))):
        for candidate, title in session.execute(
            select(Candidate, Position.title)
            .join(Position, Position.id == Candidate.position_id)
            .where(Candidate.id.in_(chunk))
        ):
            records[candidate.id] = CandidateRecord(
                name=candidate.name,
                email=candidate.email,
                phone=candidate.phone,
                position=title,
                status=cast(Any, candidate.status),
            )
    return records


def decision_records(session: Session, candidate_ids: Sequence[int]) -> list[DecisionRecord]:
    """Every decision about these candidates, oldest first."""
    rows: list[tuple[Decision, str]] = []
    for chunk in chunked(sorted(set(candidate_ids))):
        rows += [
            (decision, title)
            for decision, title in session.execute(
                select(Decision, Position.title)
                .join(Position, Position.id == Decision.position_id)
                .where(Decision.candidate_id.in_(chunk))
            )
        ]
    rows.sort(key=lambda r: (r[0].decided_at, r[0].id))
    people = _candidates(session, [d.candidate_id for d, _t in rows])
    return [
        DecisionRecord(
            uid=d.uid,
            candidate=people[d.candidate_id],
            position=title,
            decision=cast(Any, d.decision),
            rationale=d.rationale,
            decided_by=d.decided_by,
            decided_at=d.decided_at,
            last_interview_at=d.last_interview_at,
        )
        for d, title in rows
    ]


def outcome_records(session: Session, candidate_ids: Sequence[int]) -> list[OutcomeRecord]:
    """Every outcome of these candidates, by candidate and review point."""
    rows: list[tuple[Outcome, str | None]] = []
    for chunk in chunked(sorted(set(candidate_ids))):
        rows += [
            (outcome, digest)
            for outcome, digest in session.execute(
                select(Outcome, RubricVersion.content_hash)
                .outerjoin(RubricVersion, RubricVersion.id == Outcome.rubric_version_id)
                .where(Outcome.candidate_id.in_(chunk))
            )
        ]
    rows.sort(key=lambda r: (r[0].candidate_id, r[0].review_days))
    ids = [o.id for o, _d in rows]
    ratings: dict[int, dict[str, int]] = {i: {} for i in ids}
    measures: dict[int, dict[str, float]] = {i: {} for i in ids}
    for chunk in chunked(ids):
        for r in session.scalars(select(OutcomeRating).where(OutcomeRating.outcome_id.in_(chunk))):
            ratings[r.outcome_id][r.dimension] = r.level
        for m in session.scalars(
            select(OutcomeMeasure).where(OutcomeMeasure.outcome_id.in_(chunk))
        ):
            measures[m.outcome_id][m.name] = m.value
    people = _candidates(session, [o.candidate_id for o, _d in rows])
    return [
        OutcomeRecord(
            uid=o.uid,
            candidate=people[o.candidate_id],
            review_days=o.review_days,
            still_employed=o.still_employed,
            rubric=digest,
            ratings=dict(sorted(ratings[o.id].items())),
            measures=dict(sorted(measures[o.id].items())),
            recorded_at=o.recorded_at,
            recorded_by=o.recorded_by,
        )
        for o, digest in rows
    ]


# --- import ------------------------------------------------------------------------------------


@dataclass
class ResultsSummary:
    decisions_added: int = 0
    outcomes_added: int = 0
    outcomes_updated: int = 0


def _person(record: CandidateRecord) -> tuple[str, str, str]:
    """The candidate's email, name and position as stored (InvalidInput naming the field)."""
    return (
        normalise_email(record.email),
        clean_text("name", record.name),
        clean_text("position", record.position),
    )


def check_results(
    session: Session, document: InterviewFile, rubrics: dict[str, Rubric], source: str
) -> None:
    """Refuse (ImportRejected) decisions and outcomes that cannot be imported as they are.

    `rubrics` are the versions the file carries or this database has, by hash; those an outcome
    names that are neither are looked up here too.
    """
    issues: list[ImportIssue] = []

    def issue(where: str, message: str) -> None:
        if len(issues) < MAX_ISSUES:
            issues.append(ImportIssue(source, None, where, message))

    hired: set[str] = set()
    seen: dict[str, str] = {}
    for index, decision in enumerate(document.decisions):
        where = f"decisions[{index}]"
        if decision.uid in seen:
            issue(f"{where}.uid", f"repeats {seen[decision.uid]}")
        seen[decision.uid] = where
        try:
            email, _name, _position = _person(decision.candidate)
            clean_text("position", decision.position)
            clean_text("decided_by", decision.decided_by)
        except InvalidInput as exc:
            issue(f"{where}.{exc.field}", exc.message)
            continue
        if not decision.rationale.strip():
            issue(f"{where}.rationale", "is required")
        if decision.decision == "hire":
            hired.add(email)
    emails = {
        normalise_email(o.candidate.email) for o in document.outcomes if "@" in o.candidate.email
    }
    for chunk in chunked(sorted(emails - hired)):
        hired.update(
            session.scalars(
                select(Candidate.email)
                .join(Decision, Decision.candidate_id == Candidate.id)
                .where(Candidate.email.in_(chunk), Decision.decision == "hire")
            )
        )
    wanted = {o.rubric for o in document.outcomes if o.rubric is not None} - set(rubrics)
    if wanted:
        for digest, content in session.execute(
            select(RubricVersion.content_hash, RubricVersion.content).where(
                RubricVersion.content_hash.in_(sorted(wanted))
            )
        ):
            rubrics[digest] = stored_rubric(content)
    pairs: dict[tuple[str, int], str] = {}
    for index, outcome in enumerate(document.outcomes):
        where = f"outcomes[{index}]"
        if outcome.uid in seen:
            issue(f"{where}.uid", f"repeats {seen[outcome.uid]}")
        seen[outcome.uid] = where
        try:
            email, name, _position = _person(outcome.candidate)
        except InvalidInput as exc:
            issue(f"{where}.candidate.{exc.field}", exc.message)
            continue
        if email not in hired:
            issue(
                f"{where}.candidate",
                f"{name} <{email}> has no hire decision, here or in the file: outcomes are kept "
                "for hired candidates only",
            )
        key = (email, outcome.review_days)
        if key in pairs:
            issue(f"{where}.review_days", f"the same review point as {pairs[key]}")
        pairs[key] = where
        if outcome.rubric is not None:
            rubric = rubrics.get(outcome.rubric)
            if rubric is None:
                issue(f"{where}.rubric", "names a rubric version neither in the file nor here")
                continue
            questions = {q.id for q in rubric.questions()}
            for dimension in outcome.ratings:
                if dimension not in questions:
                    issue(f"{where}.ratings.{dimension}", "is not a question of that rubric")
    if issues:
        raise ImportRejected(issues)


class ResultsImporter:
    """Writes a checked file's decisions and outcomes, inside the interviews' transaction."""

    def __init__(
        self,
        session: Session,
        source: str,
        candidate_id: Callable[[str, str, CandidateRecord], int],
        position_id: Callable[[str], int],
        rubric_id: Callable[[str], int],
    ) -> None:
        self.session = session
        self.source = source
        self.candidate_id = candidate_id
        self.position_id = position_id
        self.rubric_id = rubric_id
        self.summary = ResultsSummary()

    def _candidate(self, record: CandidateRecord) -> int:
        email, name, position = _person(record)
        return self.candidate_id(email, name, record.model_copy(update={"position": position}))

    def _audit(self, candidate_id: int, action: str, actor: str, detail: dict[str, Any]) -> None:
        self.session.add(
            AuditEvent(
                actor=actor,
                action=action,
                entity="candidate",
                entity_id=candidate_id,
                reason=f"imported from {self.source}",
                detail=json.dumps(detail, sort_keys=True, ensure_ascii=False),
            )
        )

    def decisions(self, records: Sequence[DecisionRecord]) -> None:
        known = {
            uid
            for chunk in chunked([r.uid for r in records])
            for uid in self.session.scalars(select(Decision.uid).where(Decision.uid.in_(chunk)))
        }
        for record in records:
            if record.uid in known:
                continue  # decisions never change: the one here is the same decision
            candidate_id = self._candidate(record.candidate)
            self.session.add(
                Decision(
                    uid=record.uid,
                    candidate_id=candidate_id,
                    position_id=self.position_id(clean_text("position", record.position)),
                    decision=record.decision,
                    rationale=record.rationale.strip(),
                    decided_by=clean_text("decided_by", record.decided_by),
                    decided_at=record.decided_at,
                    last_interview_at=record.last_interview_at,
                )
            )
            self._audit(candidate_id, "decide", record.decided_by, {"decision": record.decision})
            self.summary.decisions_added += 1
        self.session.flush()

    def outcomes(self, records: Sequence[OutcomeRecord]) -> None:
        for record in records:
            candidate_id = self._candidate(record.candidate)
            here = self.session.scalar(
                select(Outcome)
                .where(
                    Outcome.candidate_id == candidate_id,
                    Outcome.review_days == record.review_days,
                )
                .with_for_update()
            )
            if here is not None:
                if here.recorded_at >= record.recorded_at:
                    continue  # this database's is as new or newer
                self.session.execute(delete(Outcome).where(Outcome.id == here.id))
                self.session.flush()
                self.summary.outcomes_updated += 1
            else:
                self.summary.outcomes_added += 1
            outcome = Outcome(
                uid=record.uid,
                candidate_id=candidate_id,
                review_days=record.review_days,
                still_employed=record.still_employed,
                rubric_version_id=None if record.rubric is None else self.rubric_id(record.rubric),
                recorded_at=record.recorded_at,
                recorded_by=record.recorded_by,
            )
            self.session.add(outcome)
            self.session.flush()
            if record.ratings:
                self.session.execute(
                    insert(OutcomeRating),
                    [
                        {"outcome_id": outcome.id, "dimension": k, "level": v}
                        for k, v in record.ratings.items()
                    ],
                )
            if record.measures:
                self.session.execute(
                    insert(OutcomeMeasure),
                    [
                        {"outcome_id": outcome.id, "name": k, "value": v}
                        for k, v in record.measures.items()
                    ],
                )
            self._audit(
                candidate_id,
                "outcome",
                record.recorded_by,
                {"review_days": record.review_days, "replaced": here is not None},
            )
