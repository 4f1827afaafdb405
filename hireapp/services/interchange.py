# SPDX-License-Identifier: MIT
"""Interviews as versioned JSON, from an offline laptop to the team database and back.

The format is the pydantic model `InterviewFile` below; its JSON Schema is generated from it and
committed as resources/schemas/interviews-v1.schema.json (a test keeps the two equal). An import is
checked completely before anything is written and then written in one transaction: a file with any
problem changes nothing. Interviews are identified by their uid, candidates by email,
interviewers by name, rubric versions by the hash of their content (the file carries the rubric
itself, so the target database can store a version it has not seen).

Conflicts are told apart with content hashes: each interview remembers the hash it had when it was
last exchanged (`synced_hash`), and the file says, for each interview, the hash it was based on. An
incoming interview replaces the local one when it continues exactly the local version, or when
the local one is unchanged since it was last exchanged and the file's copy is newer; when both
sides changed, the local one stays and the conflict is reported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import pathlib
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, Final, Literal, Self, cast

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from hireapp.domain.rubric import Rubric, rubric_from_json
from hireapp.domain.scoring import score_interview
from hireapp.errors import (
    ConstraintViolated,
    ImportIssue,
    ImportRejected,
    InvalidInput,
    RubricError,
    ValueRefused,
)
from hireapp.services.people import clean_text, find_candidate, find_position, normalise_email
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.models import (
    CANDIDATE_STATUSES,
    Answer,
    AuditEvent,
    Candidate,
    FirstImpression,
    Interview,
    Interviewer,
    Position,
    Recommendation,
    RubricVersion,
    utcnow,
)
from hireapp.storage.session import Database

FORMAT_NAME: Final = "hireapp-interviews"
FORMAT_VERSION: Final = 1
SCHEMA_FILE = "interviews-v1.schema.json"
MAX_TEXT = 20_000
# A broken file can have thousands of problems; the first ones are enough to act on.
MAX_ISSUES = 200
_UID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_HASH = r"^[0-9a-f]{64}$"


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


Stamp = Annotated[AwareDatetime, AfterValidator(_utc)]
Text = Annotated[str, Field(max_length=MAX_TEXT)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, allow_inf_nan=False)


class CandidateRecord(_Record):
    """Who was interviewed; matched by email in the database that imports the file."""

    name: str = Field(min_length=1, max_length=200)
    email: str = Field(min_length=3, max_length=320)
    phone: str | None = Field(default=None, max_length=50)
    position: str = Field(min_length=1, max_length=200)
    status: Literal["active", "hired", "rejected", "withdrawn"] = "active"


class ImpressionRecord(_Record):
    """The 30-second first impression."""

    score: int | None = Field(default=None, ge=1, le=5)
    cues: list[Annotated[str, Field(max_length=100)]] = Field(default_factory=list)
    note: Text = ""
    arrived_at: Stamp | None = None
    seconds_since_arrival: float | None = Field(default=None, ge=0)
    recorded_at: Stamp
    locked_at: Stamp | None = None


class AnswerRecord(_Record):
    """One question's score, or its skip with a reason."""

    question_id: str = Field(min_length=1, max_length=100)
    score: int | None = Field(default=None, ge=1, le=5)
    skipped: bool = False
    skip_reason: Text | None = None
    note: Text = ""
    answered_at: Stamp
    updated_at: Stamp
    seconds_spent: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _skip_has_reason(self) -> Self:
        if self.skipped and (self.score is not None or not (self.skip_reason or "").strip()):
            raise ValueError("a skipped question has a skip_reason and no score")
        if not self.skipped and self.skip_reason is not None:
            raise ValueError("skip_reason is only for a skipped question")
        return self


class RecommendationRecord(_Record):
    """The verdict and the interviewer's summary."""

    value: Literal["strong_no", "no", "yes", "strong_yes"] | None = None
    strengths: Text = ""
    concerns: Text = ""
    updated_at: Stamp


class AuditRecord(_Record):
    """An entry of the interview's audit trail (an amendment, the submission)."""

    at: Stamp
    actor: str = Field(default="", max_length=200)
    action: str = Field(min_length=1, max_length=50)
    entity: str = Field(min_length=1, max_length=50)
    reason: Text = ""
    detail: Text = "{}"


class InterviewRecord(_Record):
    """One interview with everything recorded in it."""

    uid: str = Field(pattern=_UID, description="identity of the interview across databases")
    base_hash: str | None = Field(
        default=None,
        pattern=_HASH,
        description="content hash of this interview when the exporting database last "
        "exchanged it (null if never): tells a one-sided change from a conflict",
    )
    candidate: CandidateRecord
    interviewer: str = Field(min_length=1, max_length=200)
    rubric: str = Field(pattern=_HASH, description="content hash of the rubric version")
    status: Literal["draft", "submitted"]
    started_at: Stamp
    updated_at: Stamp
    submitted_at: Stamp | None = None
    current_page: str | None = Field(default=None, max_length=100)
    first_impression: ImpressionRecord | None = None
    answers: list[AnswerRecord] = Field(default_factory=list)
    recommendation: RecommendationRecord | None = None
    audit: list[AuditRecord] = Field(default_factory=list)

    @model_validator(mode="after")
    def _submitted_has_time(self) -> Self:
        if (self.status == "submitted") != (self.submitted_at is not None):
            raise ValueError("submitted_at is given exactly when status is submitted")
        return self


class RubricRecord(_Record):
    """A rubric version: its canonical JSON, whose SHA-256 is the hash interviews refer to."""

    content_hash: str = Field(pattern=_HASH)
    content: str = Field(min_length=2, max_length=1_000_000)


class InterviewFile(_Record):
    """A hireapp interview interchange file, format version 1."""

    model_config = ConfigDict(
        title="hireapp interviews",
        json_schema_extra={
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://hireapp.invalid/schemas/interviews-v1.schema.json",
        },
    )

    format: Literal["hireapp-interviews"]
    version: Literal[1]
    exported_at: Stamp
    rubrics: list[RubricRecord] = Field(default_factory=list)
    interviews: list[InterviewRecord] = Field(default_factory=list)


def schema_text() -> str:
    """The JSON Schema of the format, exactly as committed in resources/schemas/."""
    schema = InterviewFile.model_json_schema()
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def content_hash(record: InterviewRecord) -> str:
    """What the interview says, hashed: where the interviewer was, or when saved, left out."""
    data = record.model_dump(
        mode="json",
        include={
            "uid", "interviewer", "rubric", "status", "started_at", "submitted_at",
            "first_impression", "answers", "recommendation",
        },
    )  # fmt: skip
    data["interviewer"] = " ".join(record.interviewer.split())
    data["email"] = record.candidate.email.strip().lower()
    data["answers"] = sorted(data["answers"], key=lambda a: str(a["question_id"]))
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- export ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportSummary:
    interviews: int
    candidates: int
    rubrics: int


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _records(session: Session, ids: Sequence[int]) -> dict[int, InterviewRecord]:
    """The interviews with these ids as interchange records, read in a few queries."""
    result: dict[int, InterviewRecord] = {}
    for chunk in _chunks(ids):
        rows = session.execute(
            select(
                Interview, Candidate, Position.title, Interviewer.name, RubricVersion.content_hash
            )
            .join(Candidate, Candidate.id == Interview.candidate_id)
            .join(Position, Position.id == Candidate.position_id)
            .join(Interviewer, Interviewer.id == Interview.interviewer_id)
            .join(RubricVersion, RubricVersion.id == Interview.rubric_version_id)
            .where(Interview.id.in_(chunk))
        ).all()
        impressions = {
            row.interview_id: row
            for row in session.scalars(
                select(FirstImpression).where(FirstImpression.interview_id.in_(chunk))
            )
        }
        verdicts = {
            row.interview_id: row
            for row in session.scalars(
                select(Recommendation).where(Recommendation.interview_id.in_(chunk))
            )
        }
        answers: dict[int, list[Answer]] = defaultdict(list)
        for answer in session.scalars(
            select(Answer).where(Answer.interview_id.in_(chunk)).order_by(Answer.question_id)
        ):
            answers[answer.interview_id].append(answer)
        audits: dict[int, list[AuditEvent]] = defaultdict(list)
        for event in session.scalars(
            select(AuditEvent)
            .where(AuditEvent.interview_id.in_(chunk))
            .order_by(AuditEvent.at, AuditEvent.id)
        ):
            if event.interview_id is not None:
                audits[event.interview_id].append(event)
        for interview, candidate, position, interviewer, rubric_hash in rows:
            impression = impressions.get(interview.id)
            verdict = verdicts.get(interview.id)
            result[interview.id] = InterviewRecord(
                uid=interview.uid,
                base_hash=interview.synced_hash,
                candidate=CandidateRecord(
                    name=candidate.name,
                    email=candidate.email,
                    phone=candidate.phone,
                    position=position,
                    status=cast(Any, candidate.status),
                ),
                interviewer=interviewer,
                rubric=rubric_hash,
                status=cast(Any, interview.status),
                started_at=interview.started_at,
                updated_at=interview.updated_at,
                submitted_at=interview.submitted_at,
                current_page=interview.current_page,
                first_impression=None
                if impression is None
                else ImpressionRecord(
                    score=impression.score,
                    cues=json.loads(impression.cues),
                    note=impression.note,
                    arrived_at=impression.arrived_at,
                    seconds_since_arrival=impression.seconds_since_arrival,
                    recorded_at=impression.recorded_at,
                    locked_at=impression.locked_at,
                ),
                answers=[
                    AnswerRecord(
                        question_id=a.question_id,
                        score=a.score,
                        skipped=a.skipped,
                        skip_reason=a.skip_reason,
                        note=a.note,
                        answered_at=a.answered_at,
                        updated_at=a.updated_at,
                        seconds_spent=a.seconds_spent,
                    )
                    for a in answers[interview.id]
                ],
                recommendation=None
                if verdict is None
                else RecommendationRecord(
                    value=cast(Any, verdict.value),
                    strengths=verdict.strengths,
                    concerns=verdict.concerns,
                    updated_at=verdict.updated_at,
                ),
                audit=[
                    AuditRecord(
                        at=e.at,
                        actor=e.actor,
                        action=e.action,
                        entity=e.entity,
                        reason=e.reason,
                        detail=e.detail,
                    )
                    for e in audits[interview.id]
                ],
            )
    return result


def parse_date(field_name: str, text: str) -> dt.date:
    """A calendar date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(field_name, f"{text!r} is not a date (YYYY-MM-DD)") from exc


def build_export(
    db: Database,
    *,
    candidate: str | None = None,
    position: str | None = None,
    since: dt.date | dt.datetime | None = None,
) -> InterviewFile:
    """The interviews chosen (all, one candidate's, one position's, or changed since a date)."""
    with db.read() as session:
        query = select(Interview.id).order_by(Interview.id)
        if candidate is not None:
            query = query.where(Interview.candidate_id == find_candidate(session, candidate).id)
        if position is not None:
            position_id = find_position(session, position).id
            query = query.join(Candidate, Candidate.id == Interview.candidate_id).where(
                Candidate.position_id == position_id
            )
        if since is not None:
            if not isinstance(since, dt.datetime):
                since = dt.datetime.combine(since, dt.time(), dt.UTC)
            query = query.where(Interview.updated_at >= since)
        ids = list(session.scalars(query))
        records = _records(session, ids)
        hashes = sorted({r.rubric for r in records.values()})
        rubrics = session.execute(
            select(RubricVersion.content_hash, RubricVersion.content)
            .where(RubricVersion.content_hash.in_(hashes))
            .order_by(RubricVersion.content_hash)
        ).all()
    return InterviewFile(
        format=FORMAT_NAME,
        version=FORMAT_VERSION,
        exported_at=utcnow(),
        rubrics=[RubricRecord(content_hash=h, content=c) for h, c in rubrics],
        interviews=[records[i] for i in ids],
    )


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write a file whole or not at all: a temporary file beside it, then a rename."""
    target = pathlib.Path(path)
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temporary, target)
        except BaseException:
            pathlib.Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InvalidInput(str(target), f"cannot be written: {exc.strerror or exc}") from exc


def export_interviews(
    db: Database,
    path: str | os.PathLike[str],
    *,
    candidate: str | None = None,
    position: str | None = None,
    since: dt.date | dt.datetime | None = None,
) -> ExportSummary:
    """Write the chosen interviews to a JSON file; how many went in."""
    document = build_export(db, candidate=candidate, position=position, since=since)
    text = json.dumps(document.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"))
    return ExportSummary(
        interviews=len(document.interviews),
        candidates=len({r.candidate.email for r in document.interviews}),
        rubrics=len(document.rubrics),
    )


# --- import: reading and checking --------------------------------------------------------------


@dataclass(frozen=True)
class ImportConflict:
    """An interview changed both here and in the file since they were last exchanged."""

    uid: str
    candidate: str
    interviewer: str
    reason: str

    def __str__(self) -> str:
        return f"{self.candidate}, interviewed by {self.interviewer} ({self.uid}): {self.reason}"


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


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def parse_interview_file(data: bytes, source: str) -> InterviewFile:
    """The file's content, validated; ImportRejected naming every problem otherwise."""

    def reject(message: str, line: int | None = None, where: str = "") -> ImportRejected:
        return ImportRejected([ImportIssue(source, line, where, message)])

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise reject("is not UTF-8 text", line) from exc
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise reject(f"is not valid JSON: {exc.msg}", exc.lineno) from exc
    except RecursionError as exc:
        raise reject("is nested too deeply to be an interview file") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise reject(f'is not a hireapp interview file (no "format": "{FORMAT_NAME}")')
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise reject(
            f"was written by a newer hireapp (format version {version}; this one reads "
            f"version {FORMAT_VERSION}): update hireapp to import it"
        )
    try:
        return InterviewFile.model_validate_json(text)
    except ValidationError as exc:
        issues = [
            ImportIssue(source, None, _location(error["loc"]), error["msg"])
            for error in exc.errors(include_url=False)[:MAX_ISSUES]
        ]
        raise ImportRejected(issues) from exc
    except RecursionError as exc:
        raise reject("is nested too deeply to be an interview file") from exc


@dataclass(frozen=True)
class _Checked:
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
) -> _Checked | None:
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
        done = {a.question_id for a in record.answers if a.skipped or a.score is not None}
        if set(questions) - done:
            bad("status", "a submitted interview has every question answered or skipped")
        if record.recommendation is None or record.recommendation.value is None:
            bad("recommendation", "a submitted interview has a recommendation")
    if problems:
        return None
    return _Checked(index, record, email, name, position, interviewer, rubric, content_hash(record))


def _check_document(
    session: Session, document: InterviewFile, source: str
) -> tuple[list[_Checked], dict[str, tuple[Rubric, str | None]]]:
    issues: list[ImportIssue] = []

    def issue(where: str, message: str) -> None:
        issues.append(ImportIssue(source, None, where, message))

    rubrics = _check_rubrics(session, document, issue)
    checked: list[_Checked] = []
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
        raise ImportRejected(issues[:MAX_ISSUES])
    return checked, rubrics


# --- import: writing ---------------------------------------------------------------------------


class _Importer:
    """Writes checked interviews inside one transaction, noting what it did."""

    def __init__(self, session: Session, summary: ImportSummary) -> None:
        self.session = session
        self.summary = summary
        self.rubric_ids: dict[str, int] = {}
        self.positions: dict[str, int] = {}
        self.candidates: dict[str, int] = {}
        self.interviewers: dict[str, int] = {}

    def rubric_id(self, digest: str, rubric: Rubric, content: str | None) -> int:
        if digest not in self.rubric_ids:
            found = self.session.scalar(
                select(RubricVersion.id).where(RubricVersion.content_hash == digest)
            )
            if found is None:
                assert content is not None, "a rubric not stored here comes from the file"
                row = RubricVersion(
                    slug=rubric.id,
                    title=rubric.title,
                    label=rubric.version,
                    content_hash=digest,
                    content=content,
                )
                self.session.add(row)
                self.session.flush()
                found = row.id
                self.summary.new_rubrics += 1
            self.rubric_ids[digest] = found
        return self.rubric_ids[digest]

    def position_id(self, title: str) -> int:
        if title not in self.positions:
            found = self.session.scalar(select(Position.id).where(Position.title == title))
            if found is None:
                row = Position(title=title)
                self.session.add(row)
                self.session.flush()
                found = row.id
                self.summary.new_positions.append(title)
            self.positions[title] = found
        return self.positions[title]

    def candidate_id(self, item: _Checked) -> int:
        if item.email not in self.candidates:
            found = self.session.scalar(select(Candidate.id).where(Candidate.email == item.email))
            if found is None:
                person = item.record.candidate
                phone = (person.phone or "").strip() or None
                status = person.status if person.status in CANDIDATE_STATUSES else "active"
                row = Candidate(
                    name=item.name,
                    email=item.email,
                    phone=phone,
                    position_id=self.position_id(item.position),
                    status=status,
                )
                self.session.add(row)
                self.session.flush()
                found = row.id
                self.summary.new_candidates.append(f"{item.name} <{item.email}>")
            self.candidates[item.email] = found
        return self.candidates[item.email]

    def interviewer_id(self, name: str) -> int:
        if name not in self.interviewers:
            found = self.session.scalar(select(Interviewer.id).where(Interviewer.name == name))
            if found is None:
                row = Interviewer(name=name)
                self.session.add(row)
                self.session.flush()
                found = row.id
                self.summary.new_interviewers.append(name)
            self.interviewers[name] = found
        return self.interviewers[name]

    def conflict(self, item: _Checked, reason: str) -> None:
        self.summary.conflicts.append(
            ImportConflict(item.record.uid, f"{item.name} <{item.email}>", item.interviewer, reason)
        )

    def apply(self, item: _Checked, rubrics: dict[str, tuple[Rubric, str | None]]) -> None:
        record = item.record
        rubric, content = rubrics[record.rubric]
        local = self.session.scalar(select(Interview).where(Interview.uid == record.uid))
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
        mine = content_hash(_records(self.session, [local.id])[local.id])
        if mine == item.digest:
            self.summary.unchanged += 1
            if local.synced_hash != mine:
                local.synced_hash = mine
            return
        if record.base_hash is None or record.base_hash != mine:
            # Not a continuation of exactly our version: take it only if this database has not
            # changed the interview since it was last exchanged, and the file is newer than that.
            unchanged_here = local.synced_hash is not None and mine == local.synced_hash
            if unchanged_here or item.digest == local.synced_hash:
                if not unchanged_here or record.updated_at <= local.updated_at:
                    # The file is an older copy; this database has moved on since: keep it.
                    self.summary.unchanged += 1
                    return
            else:
                self.conflict(item, "changed both here and in the file; kept this database's")
                return
        if local.rubric_version_id != self.rubric_id(record.rubric, rubric, content):
            self.conflict(item, "scored with a different rubric version here; kept this one")
            return
        for model in (Answer, FirstImpression, Recommendation):
            self.session.execute(delete(model).where(model.interview_id == local.id))
        self._fill(local, item, rubric)
        self.summary.updated += 1

    def _fill(self, interview: Interview, item: _Checked, rubric: Rubric) -> None:
        """Set the interview's fields and children from the record, and its scores."""
        record = item.record
        interview.status = record.status
        interview.started_at = record.started_at
        interview.updated_at = record.updated_at
        interview.submitted_at = record.submitted_at
        interview.current_page = record.current_page
        interview.synced_hash = item.digest
        impression = record.first_impression
        scores = score_interview(
            [(q.id, q.weight) for q in rubric.questions()],
            {a.question_id: a.score for a in record.answers if a.score is not None},
            [a.question_id for a in record.answers if a.skipped],
            None if impression is None else impression.score,
            rubric.first_impression.weight,
        )
        interview.overall = scores.overall
        interview.impression_score = scores.impression
        interview.structured_score = scores.structured
        interview.answered_count = scores.answered
        interview.skipped_count = scores.skipped
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
            checked, rubrics = _check_document(session, document, source)
            importer = _Importer(session, summary)
            for item in checked:
                importer.apply(item, rubrics)
            session.flush()
    except (ConstraintViolated, ValueRefused) as exc:
        raise ImportRejected([ImportIssue(source, None, "", str(exc))]) from exc
    return summary


def import_interviews(db: Database, path: str | os.PathLike[str]) -> ImportSummary:
    """Import an interview file: all of it, or (ImportRejected) nothing."""
    source = str(path)
    try:
        data = pathlib.Path(path).read_bytes()
    except OSError as exc:
        raise ImportRejected(
            [ImportIssue(source, None, "", f"cannot be read: {exc.strerror or exc}")]
        ) from exc
    return import_interview_data(db, data, source)


__all__ = [
    "ExportSummary",
    "ImportConflict",
    "ImportSummary",
    "InterviewFile",
    "export_interviews",
    "import_interview_data",
    "import_interviews",
    "parse_interview_file",
    "schema_text",
]
