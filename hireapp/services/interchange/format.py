# SPDX-License-Identifier: MIT
"""The interchange file, format version 2: its pydantic models, its JSON Schema, its parsing.

Version 2 adds the panel's decisions and the outcomes of hired candidates beside the interviews;
a version 1 file (interviews only) is still read. The JSON Schema is generated from
`InterviewFile` and committed as resources/schemas/interviews-v2.schema.json (version 1's stays
beside it, as it was). Interviews, decisions and outcomes are identified by their uid, candidates
by email, interviewers by name, rubric versions by the hash of their content (the file carries the
rubric itself, so the target database can store a version it has not seen).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Annotated, Any, Final, Literal, Self

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from hireapp.domain.text import control_character
from hireapp.errors import ImportIssue, ImportRejected
from hireapp.services.files import MAX_ISSUES, decode_text
from hireapp.services.interchange import scan

FORMAT_NAME: Final = "hireapp-interviews"
FORMAT_VERSION: Final = 2
MAX_TEXT = 20_000
_UID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_HASH = r"^[0-9a-f]{64}$"


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


def _no_control(value: str, *, multiline: bool) -> str:
    found = control_character(value, multiline=multiline)
    if found is not None:
        position, code = found
        raise ValueError(
            f"contains a control character ({code}) at character {position}; "
            "remove it and try again"
        )
    return value


def _line(value: str) -> str:
    return _no_control(value, multiline=False)


def _lines(value: str) -> str:
    return _no_control(value, multiline=True)


Stamp = Annotated[AwareDatetime, AfterValidator(_utc)]
# Every text field refuses NUL and other control characters, which are invisible on screen and on
# paper (and NUL is refused by PostgreSQL); tab and newline only in what is written as paragraphs.
Line = Annotated[str, AfterValidator(_line)]
Text = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_lines)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, allow_inf_nan=False)


class CandidateRecord(_Record):
    """Who was interviewed; matched by email in the database that imports the file."""

    name: Line = Field(min_length=1, max_length=200)
    email: Line = Field(min_length=3, max_length=320)
    phone: Line | None = Field(default=None, max_length=50)
    position: Line = Field(min_length=1, max_length=200)
    status: Literal["active", "hired", "rejected", "withdrawn"] = "active"


class ImpressionRecord(_Record):
    """The 30-second first impression."""

    score: int | None = Field(default=None, ge=1, le=5)
    cues: list[Annotated[Line, Field(max_length=100)]] = Field(default_factory=list)
    note: Text = ""
    arrived_at: Stamp | None = None
    seconds_since_arrival: float | None = Field(default=None, ge=0)
    recorded_at: Stamp
    locked_at: Stamp | None = None


class AnswerRecord(_Record):
    """One question's score, or its skip with a reason."""

    question_id: Line = Field(min_length=1, max_length=100)
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
    actor: Line = Field(default="", max_length=200)
    action: Line = Field(min_length=1, max_length=50)
    entity: Line = Field(min_length=1, max_length=50)
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
    interviewer: Line = Field(min_length=1, max_length=200)
    rubric: str = Field(pattern=_HASH, description="content hash of the rubric version")
    status: Literal["draft", "submitted"]
    started_at: Stamp
    updated_at: Stamp
    submitted_at: Stamp | None = None
    current_page: Line | None = Field(default=None, max_length=100)
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
    # No upper limit beyond the file's: a rubric that `rubric validate` and `add` accept (whose
    # descriptions have no limit) must travel with its interviews.
    content: str = Field(min_length=2)


class DecisionRecord(_Record):
    """A decision of the panel about a candidate (version 2). Never changed once made: a later
    decision supersedes it, and the newest is the candidate's current one."""

    uid: str = Field(pattern=_UID, description="identity of the decision across databases")
    candidate: CandidateRecord
    position: Line = Field(
        min_length=1, max_length=200, description="the position the candidate was decided for"
    )
    decision: Literal["advance", "hire", "reject", "hold"]
    rationale: Text = Field(min_length=1)
    decided_by: Line = Field(min_length=1, max_length=200)
    decided_at: Stamp
    last_interview_at: Stamp | None = Field(
        default=None,
        description="when the candidate's last submitted interview was submitted, as the "
        "decision saw it",
    )


class OutcomeRecord(_Record):
    """How a hired candidate did at a review point (version 2)."""

    uid: str = Field(pattern=_UID, description="identity of the outcome across databases")
    candidate: CandidateRecord
    review_days: int = Field(ge=1, le=3650, description="days after the hire decision")
    still_employed: bool
    rubric: str | None = Field(
        default=None,
        pattern=_HASH,
        description="content hash of the rubric version whose question ids the ratings use",
    )
    ratings: dict[Annotated[Line, Field(min_length=1, max_length=100)], int] = Field(
        default_factory=dict, description="the manager's level (1-5) by question id"
    )
    measures: dict[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,99}$")], float] = Field(
        default_factory=dict, description="numeric measures by name, e.g. csat"
    )
    recorded_at: Stamp
    recorded_by: Line = Field(default="", max_length=200)

    @model_validator(mode="after")
    def _levels(self) -> Self:
        for key, level in self.ratings.items():
            if not 1 <= level <= 5:
                raise ValueError(f"ratings.{key}: {level} is not a level from 1 to 5")
        if self.ratings and self.rubric is None:
            raise ValueError("ratings need the rubric whose questions they rate")
        return self


class InterviewFile(_Record):
    """A hireapp interview interchange file, format version 2 (version 1 is read too)."""

    model_config = ConfigDict(
        title="hireapp interviews",
        json_schema_extra={
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://hireapp.invalid/schemas/interviews-v2.schema.json",
        },
    )

    format: Literal["hireapp-interviews"]
    version: Literal[1, 2]
    exported_at: Stamp
    rubrics: list[RubricRecord] = Field(default_factory=list)
    interviews: list[InterviewRecord] = Field(default_factory=list)
    decisions: list[DecisionRecord] = Field(default_factory=list)
    outcomes: list[OutcomeRecord] = Field(default_factory=list)


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


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


_LISTS: Final[dict[str, type[_Record]]] = {
    "rubrics": RubricRecord,
    "interviews": InterviewRecord,
    "decisions": DecisionRecord,
    "outcomes": OutcomeRecord,
}


class _Issues:
    """Validation problems, collected until MAX_ISSUES: what is kept never exceeds that."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.found: list[ImportIssue] = []

    @property
    def full(self) -> bool:
        return len(self.found) >= MAX_ISSUES

    def validate(self, model: type[_Record], text: str, prefix: tuple[int | str, ...]) -> Any:
        """The JSON `text` validated as `model`, or None noting why."""
        try:
            return model.model_validate_json(text)
        except ValidationError as exc:
            # errors() of one item is small; the whole file's would grow ~500x its size.
            for error in exc.errors(include_url=False):
                if self.full:
                    break
                where = _location((*prefix, *error["loc"]))
                self.found.append(ImportIssue(self.source, None, where, error["msg"]))
            return None


def parse_interview_file(data: bytes, source: str) -> InterviewFile:
    """The file's content, validated; ImportRejected naming its first problems otherwise.

    The text is checked to be JSON without building its lists (`scan`), then its rubrics and
    interviews are validated one at a time, stopping at MAX_ISSUES problems: a broken file costs
    memory in proportion to its size, not to its number of problems.
    """

    def reject(message: str, line: int | None = None, where: str = "") -> ImportRejected:
        return ImportRejected([ImportIssue(source, line, where, message)])

    text = decode_text(data, source)
    try:
        spans = scan.members(text)
    except json.JSONDecodeError as exc:
        raise reject(f"is not valid JSON: {exc.msg}", exc.lineno) from exc
    except RecursionError as exc:
        raise reject("is nested too deeply to be an interview file") from exc

    def value(key: str) -> Any:
        assert spans is not None
        start, end = spans.get(key, (0, 0))
        return json.loads(text[start:end]) if end else None

    if spans is None or value("format") != FORMAT_NAME:
        raise reject(f'is not a hireapp interview file (no "format": "{FORMAT_NAME}")')
    version = value("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise reject(
            f"was written by a newer hireapp (format version {version}; this one reads "
            f"version {FORMAT_VERSION}): update hireapp to import it"
        )
    # The lists are validated element by element; a list member that is no list stays in the
    # rest, to be reported as such.
    lists = {key: spans[key][0] for key in _LISTS if text[spans.get(key, (-1, 0))[0] :][:1] == "["}
    rest = ", ".join(
        f"{json.dumps(key)}: {'[]' if key in lists else text[start:end]}"
        for key, (start, end) in spans.items()
    )
    issues = _Issues(source)
    try:
        head = issues.validate(InterviewFile, "{" + rest + "}", ())
        items: dict[str, list[Any]] = {}
        for key, model in _LISTS.items():
            items[key] = []
            if key not in lists:
                continue
            for index, (start, end) in enumerate(scan.elements(text, lists[key])):
                if issues.full:
                    break
                items[key].append(issues.validate(model, text[start:end], (key, index)))
    except RecursionError as exc:
        raise reject("is nested too deeply to be an interview file") from exc
    if head is not None and head.version == 1:
        for key in ("decisions", "outcomes"):
            if key in spans:
                issues.found.append(
                    ImportIssue(source, None, key, "needs format version 2 (this file says 1)")
                )
    if issues.found:
        raise ImportRejected(issues.found)
    assert isinstance(head, InterviewFile)
    return head.model_copy(update=items)
