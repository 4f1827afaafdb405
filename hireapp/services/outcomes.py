# SPDX-License-Identifier: MIT
"""How hired candidates do on the job: outcomes at review points, entered one by one or from CSV.

An outcome belongs to a candidate the panel decided to hire and to one of their position's review
points (days after the hire decision; 90 and 365 unless the position sets its own). It says
whether the person is still employed, the manager's level on each of the rubric's questions (the
same anchored 1-5 scales the interviewers used, keyed by the question ids of the rubric version
the candidate was interviewed with) and any numeric measures (`csat` 4.3, say). Recording a
review point again replaces what it said; the audit trail keeps the values before.

The CSV import checks every row first and then imports all of them or none; every problem names
the line and the field. Columns (header names matched case-insensitively, any order):
`candidate` (id or email), `review_days`, `still_employed` (yes/no, true/false, 1/0), optionally
`recorded_by`, `rating.QUESTION-ID` (1-5, empty for not rated) and `measure.NAME` (a number,
empty for not measured).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import Select, delete, insert, select
from sqlalchemy.orm import Session

from hireapp.domain.rubric import Question
from hireapp.errors import (
    ConstraintViolated,
    ImportIssue,
    ImportRejected,
    InvalidInput,
    ValueRefused,
)
from hireapp.services.files import MAX_ISSUES, decode_text, read_upload
from hireapp.services.people import clean_text, find_candidate, find_position
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.chunks import chunked
from hireapp.storage.models import (
    AuditEvent,
    Candidate,
    Decision,
    Interview,
    Outcome,
    OutcomeMeasure,
    OutcomeRating,
    ReviewPoint,
    RubricVersion,
    new_uid,
    utcnow,
)
from hireapp.storage.session import Database

DEFAULT_REVIEW_DAYS: Final = (90, 365)
MAX_REVIEW_DAYS: Final = 3650
MAX_ROWS: Final = 100_000
MAX_BYTES: Final = 50 * 1024 * 1024
_MEASURE_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,99}$")
_YES: Final = frozenset({"yes", "y", "true", "1"})
_NO: Final = frozenset({"no", "n", "false", "0"})
_FIXED: Final = ("candidate", "review_days", "still_employed", "recorded_by")
_WRITE_CHUNK: Final = 2_000


@dataclass(frozen=True)
class OutcomeInfo:
    id: int
    candidate_id: int
    review_days: int
    still_employed: bool
    ratings: dict[str, int]
    measures: dict[str, float]
    recorded_at: dt.datetime
    recorded_by: str
    position_id: int = 0  # the candidate's position
    rubric_version_id: int | None = None  # whose question ids the ratings are keyed by


# --- checking values --------------------------------------------------------------------------


def clean_review_days(value: int | str, field: str = "review_days") -> int:
    """A whole number of days from 1 to MAX_REVIEW_DAYS."""
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or not 1 <= int(text) <= MAX_REVIEW_DAYS:
        raise InvalidInput(field, f"{text!r} is not a number of days from 1 to {MAX_REVIEW_DAYS:,}")
    return int(text)


def clean_employed(value: str | bool, field: str = "still_employed") -> bool:
    if isinstance(value, bool):
        return value
    text = value.strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise InvalidInput(field, f"{value.strip()!r} is neither yes nor no")


def clean_level(value: int | str, field: str) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or text not in ("1", "2", "3", "4", "5"):
        raise InvalidInput(field, f"{text!r} is not a level from 1 to 5")
    return int(text)


def clean_measure_name(value: str, field: str = "measure") -> str:
    name = value.strip().lower()
    if not _MEASURE_NAME.match(name):
        raise InvalidInput(
            field,
            f"{value.strip()!r} is not a measure name (lower-case letters, digits, '.', '_', '-')",
        )
    return name


def clean_measure(value: float | str, field: str) -> float:
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        raise InvalidInput(field, f"{text!r} is not a number") from None
    if not math.isfinite(number):
        raise InvalidInput(field, f"{text!r} is not a finite number")
    return number


# --- review points ----------------------------------------------------------------------------


def _review_points(session: Session, position_id: int) -> tuple[int, ...]:
    days = session.scalars(
        select(ReviewPoint.days)
        .where(ReviewPoint.position_id == position_id)
        .order_by(ReviewPoint.days)
    ).all()
    return tuple(days) or DEFAULT_REVIEW_DAYS


def review_points(db: Database, position: str) -> tuple[int, ...]:
    """A position's review points in days after the hire (by id or title)."""
    with db.read() as session:
        return _review_points(session, find_position(session, position).id)


def set_review_points(db: Database, position: str, days: Iterable[int | str]) -> tuple[int, ...]:
    """Set a position's review points; an empty list goes back to the defaults (90, 365)."""
    chosen = tuple(sorted({clean_review_days(d, "review points") for d in days}))
    with db.write() as session:
        found = find_position(session, position)
        before = _review_points(session, found.id)
        session.execute(delete(ReviewPoint).where(ReviewPoint.position_id == found.id))
        if chosen:
            session.execute(
                insert(ReviewPoint), [{"position_id": found.id, "days": d} for d in chosen]
            )
        session.add(
            AuditEvent(
                action="review-points",
                entity="position",
                entity_id=found.id,
                detail=json.dumps({"before": before, "after": chosen or DEFAULT_REVIEW_DAYS}),
            )
        )
    return chosen or DEFAULT_REVIEW_DAYS


# --- one candidate -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    """What an outcome of one candidate is checked against."""

    candidate_id: int
    name: str
    hired: bool
    review_points: tuple[int, ...]
    rubric_version_id: int | None
    dimensions: frozenset[str]


def _newest_versions(session: Session, candidate_ids: Sequence[int]) -> dict[int, int]:
    """Each candidate's rubric version: their newest submitted interview's, else their newest
    interview's (candidates without an interview are absent)."""
    best: dict[int, tuple[tuple[Any, ...], int]] = {}
    for chunk in chunked(candidate_ids):
        for row in session.execute(
            select(
                Interview.candidate_id,
                Interview.rubric_version_id,
                Interview.status,
                Interview.submitted_at,
                Interview.started_at,
                Interview.id,
            ).where(Interview.candidate_id.in_(chunk))
        ):
            rank = (row.status == "submitted", row.submitted_at or row.started_at, row.id)
            if row.candidate_id not in best or rank > best[row.candidate_id][0]:
                best[row.candidate_id] = (rank, row.rubric_version_id)
    return {candidate: version for candidate, (_rank, version) in best.items()}


class _Targets:
    """Candidates looked up in bulk (a few queries per 500), with what their outcomes are checked
    against: a hire decision, their position's review points, their rubric's question ids."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.found: dict[str, _Target | None] = {}
        self.rubrics: dict[int, frozenset[str]] = {}
        self.points: dict[int, tuple[int, ...]] = {}

    def get(self, key: str) -> _Target | None:
        key = key.strip().lower()
        if key not in self.found:
            self.load([key])
        return self.found[key]

    def load(self, keys: Iterable[str]) -> None:
        """Look up these candidates (ids or emails) at once."""
        wanted = sorted({k.strip().lower() for k in keys} - set(self.found))
        ids = [int(k) for k in wanted if k.isdigit()]
        emails = [k for k in wanted if "@" in k]
        people: dict[str, Any] = {}
        columns = (Candidate.id, Candidate.email, Candidate.name, Candidate.position_id)
        for id_chunk in chunked(ids):
            people.update(
                (str(r.id), r)
                for r in self.session.execute(select(*columns).where(Candidate.id.in_(id_chunk)))
            )
        for email_chunk in chunked(emails):
            people.update(
                (r.email, r)
                for r in self.session.execute(
                    select(*columns).where(Candidate.email.in_(email_chunk))
                )
            )
        candidate_ids = sorted({r.id for r in people.values()})
        hired: set[int] = set()
        for chunk in chunked(candidate_ids):
            hired.update(
                self.session.scalars(
                    select(Decision.candidate_id).where(
                        Decision.candidate_id.in_(chunk), Decision.decision == "hire"
                    )
                )
            )
        versions = _newest_versions(self.session, candidate_ids)
        for version in sorted(set(versions.values()) - set(self.rubrics)):
            content = self.session.scalar(
                select(RubricVersion.content).where(RubricVersion.id == version)
            )
            assert content is not None, "rubric_version_id is a foreign key"
            self.rubrics[version] = frozenset(q.id for q in stored_rubric(content).questions())
        for position in sorted({r.position_id for r in people.values()} - set(self.points)):
            self.points[position] = _review_points(self.session, position)
        for key in wanted:
            row = people.get(key)
            if row is None:
                self.found[key] = None
                continue
            newest = versions.get(row.id)
            self.found[key] = _Target(
                candidate_id=row.id,
                name=row.name,
                hired=row.id in hired,
                review_points=self.points[row.position_id],
                rubric_version_id=newest,
                dimensions=frozenset() if newest is None else self.rubrics[newest],
            )


def _problems(
    target: _Target, review_days: int, ratings: Mapping[str, int], *, rating_field: str
) -> list[tuple[str, str]]:
    """(field, message) for each way this outcome does not fit the candidate."""
    found: list[tuple[str, str]] = []
    if not target.hired:
        found.append(
            (
                "candidate",
                f"{target.name} has no hire decision: outcomes are kept for hired candidates "
                "only (record the decision first)",
            )
        )
        return found
    if review_days not in target.review_points:
        points = ", ".join(str(d) for d in target.review_points)
        found.append(
            ("review_days", f"{review_days} is not a review point of the position ({points})")
        )
    for dimension in ratings:
        if dimension not in target.dimensions:
            where = rating_field.format(dimension)
            if not target.dimensions:
                found.append((where, f"{target.name} has no interview, so no rubric to rate on"))
            else:
                found.append((where, f"is not a question of {target.name}'s interview rubric"))
    return found


@dataclass(frozen=True)
class _Row:
    line: int
    candidate: str
    review_days: int
    still_employed: bool
    recorded_by: str
    ratings: dict[str, int]
    measures: dict[str, float]


def _write(
    session: Session, rows: Sequence[tuple[_Row, _Target]], source: str, now: dt.datetime
) -> None:
    """Replace the review points these rows give and write them, audited, in bulk."""
    by_key = {(target.candidate_id, row.review_days): (row, target) for row, target in rows}
    before: dict[tuple[int, int], dict[str, Any]] = {}
    keys = list(by_key)
    for chunk in chunked(sorted({k[0] for k in keys})):
        old = session.execute(
            select(Outcome.id, Outcome.candidate_id, Outcome.review_days, Outcome.still_employed)
            .where(Outcome.candidate_id.in_(chunk))
            .with_for_update()
        ).all()
        replaced = [o for o in old if (o.candidate_id, o.review_days) in by_key]
        for o in replaced:
            before[(o.candidate_id, o.review_days)] = {"still_employed": o.still_employed}
        for part in chunked([o.id for o in replaced]):
            session.execute(delete(Outcome).where(Outcome.id.in_(part)))
    uids = {key: new_uid() for key in keys}
    session.execute(
        insert(Outcome),
        [
            {
                "uid": uids[key],
                "candidate_id": key[0],
                "review_days": key[1],
                "still_employed": row.still_employed,
                "rubric_version_id": target.rubric_version_id,
                "recorded_at": now,
                "recorded_by": row.recorded_by,
            }
            for key, (row, target) in by_key.items()
        ],
    )
    ids: dict[str, int] = {}
    for part in chunked(list(uids.values())):
        ids.update(
            (uid, id_)
            for uid, id_ in session.execute(
                select(Outcome.uid, Outcome.id).where(Outcome.uid.in_(part))
            )
        )
    ratings = [
        {"outcome_id": ids[uids[key]], "dimension": dimension, "level": level}
        for key, (row, _t) in by_key.items()
        for dimension, level in row.ratings.items()
    ]
    measures = [
        {"outcome_id": ids[uids[key]], "name": name, "value": value}
        for key, (row, _t) in by_key.items()
        for name, value in row.measures.items()
    ]
    if ratings:
        session.execute(insert(OutcomeRating), ratings)
    if measures:
        session.execute(insert(OutcomeMeasure), measures)
    session.execute(
        insert(AuditEvent),
        [
            {
                "at": now,
                "actor": row.recorded_by,
                "action": "outcome",
                "entity": "candidate",
                "entity_id": key[0],
                "interview_id": None,
                "reason": source,
                "detail": json.dumps(
                    {
                        "review_days": key[1],
                        "before": before.get(key),
                        "after": {
                            "still_employed": row.still_employed,
                            "ratings": row.ratings,
                            "measures": row.measures,
                        },
                    },
                    sort_keys=True,
                    ensure_ascii=False,
                ),
            }
            for key, (row, _t) in by_key.items()
        ],
    )


def record_outcome(
    db: Database,
    candidate: str | int,
    *,
    review_days: int,
    still_employed: bool,
    ratings: Mapping[str, int] | None = None,
    measures: Mapping[str, float] | None = None,
    recorded_by: str = "",
    now: dt.datetime | None = None,
) -> OutcomeInfo:
    """Record (or replace) a hired candidate's outcome at one of their review points.

    Raises:
        InvalidInput: naming the field, for a candidate without a hire decision, a review point
            the position does not have, a question not in the candidate's rubric, a level
            outside 1-5 or a measure that is not a finite number.
    """
    days = clean_review_days(review_days)
    levels = {d.strip(): clean_level(v, f"rating.{d.strip()}") for d, v in (ratings or {}).items()}
    values = {
        clean_measure_name(n, f"measure.{n}"): clean_measure(v, f"measure.{n}")
        for n, v in (measures or {}).items()
    }
    by = clean_text("recorded_by", recorded_by) if recorded_by.strip() else ""
    when = now or utcnow()
    with db.write() as session:
        found = find_candidate(session, str(candidate))
        session.get_one(Candidate, found.id, with_for_update=True)
        target = _Targets(session).get(str(found.id))
        assert target is not None
        problems = _problems(target, days, levels, rating_field="rating.{}")
        if problems:
            raise InvalidInput(*problems[0])
        row = _Row(0, str(found.id), days, still_employed, by, levels, values)
        _write(session, [(row, target)], "recorded in hireapp", when)
    return next(o for o in outcomes_of(db, found.id) if o.review_days == days)


def _loaded(session: Session, query: Select[Outcome, int]) -> list[OutcomeInfo]:
    """The outcomes the query selects (with their candidate's position), ratings and measures
    read in a few queries per 500 outcomes rather than one per outcome."""
    rows = session.execute(query).all()
    ids = [row.id for row, _position in rows]
    ratings: dict[int, dict[str, int]] = {i: {} for i in ids}
    measures: dict[int, dict[str, float]] = {i: {} for i in ids}
    for chunk in chunked(ids):
        for outcome_id, dimension, level in session.execute(
            select(OutcomeRating.outcome_id, OutcomeRating.dimension, OutcomeRating.level).where(
                OutcomeRating.outcome_id.in_(chunk)
            )
        ):
            ratings[outcome_id][dimension] = level
        for outcome_id, name, value in session.execute(
            select(OutcomeMeasure.outcome_id, OutcomeMeasure.name, OutcomeMeasure.value).where(
                OutcomeMeasure.outcome_id.in_(chunk)
            )
        ):
            measures[outcome_id][name] = value
    return [
        OutcomeInfo(
            id=row.id,
            candidate_id=row.candidate_id,
            review_days=row.review_days,
            still_employed=row.still_employed,
            ratings=dict(sorted(ratings[row.id].items())),
            measures=dict(sorted(measures[row.id].items())),
            recorded_at=row.recorded_at,
            recorded_by=row.recorded_by,
            position_id=position_id,
            rubric_version_id=row.rubric_version_id,
        )
        for row, position_id in rows
    ]


def _with_position() -> Select[Outcome, int]:
    return select(Outcome, Candidate.position_id).join(
        Candidate, Candidate.id == Outcome.candidate_id
    )


@dataclass(frozen=True)
class OutcomeForm:
    """What recording an outcome for one candidate offers: their review points, the questions of
    their rubric (the manager rates on the same anchored scales), and what is recorded so far."""

    candidate_id: int
    name: str
    hired: bool
    review_points: tuple[int, ...]
    questions: tuple[Question, ...]  # of the candidate's rubric version, in its order
    recorded: dict[int, OutcomeInfo]  # by review point
    hired_at: dt.datetime | None = None  # the first hire decision: day 0 of the review points

    def due(self, review_days: int) -> dt.datetime | None:
        """When the review point falls (None without a hire decision)."""
        return None if self.hired_at is None else self.hired_at + dt.timedelta(days=review_days)


def outcome_form(db: Database, candidate: str | int) -> OutcomeForm:
    """The form for a candidate's outcomes (by id or email); NotFound for no such candidate."""
    with db.read() as session:
        candidate_id = find_candidate(session, str(candidate)).id
        target = _Targets(session).get(str(candidate_id))
        assert target is not None
        hired_at = hire_date(session, candidate_id)
        content = (
            None
            if target.rubric_version_id is None
            else session.scalar(
                select(RubricVersion.content).where(RubricVersion.id == target.rubric_version_id)
            )
        )
    questions = () if content is None else tuple(stored_rubric(content).questions())
    recorded = {o.review_days: o for o in outcomes_of(db, candidate_id)}
    return OutcomeForm(candidate_id, target.name, target.hired, target.review_points, questions,
                       recorded, hired_at)  # fmt: skip


def outcomes_of(db: Database, candidate: str | int) -> list[OutcomeInfo]:
    """A candidate's outcomes, by review point."""
    with db.read() as session:
        candidate_id = find_candidate(session, str(candidate)).id
        return _loaded(
            session,
            _with_position()
            .where(Outcome.candidate_id == candidate_id)
            .order_by(Outcome.review_days),
        )


def all_outcomes(
    db: Database, position_id: int | None = None, review_days: int | None = None
) -> list[OutcomeInfo]:
    """Every outcome (of one position's candidates, at one review point, when given), by
    candidate and review point: the outcome side of the validity figures, read in bulk."""
    query = _with_position().order_by(Outcome.candidate_id, Outcome.review_days)
    if position_id is not None:
        query = query.where(Candidate.position_id == position_id)
    if review_days is not None:
        query = query.where(Outcome.review_days == review_days)
    with db.read() as session:
        return _loaded(session, query)


def hire_date(session: Session, candidate_id: int) -> dt.datetime | None:
    """When the panel first decided to hire the candidate: day 0 of the review points."""
    return session.scalar(
        select(Decision.decided_at)
        .where(Decision.candidate_id == candidate_id, Decision.decision == "hire")
        .order_by(Decision.decided_at, Decision.id)
        .limit(1)
    )


# --- the CSV import ----------------------------------------------------------------------------


@dataclass
class _Check:
    source: str
    rows: list[_Row] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)

    def add(self, line: int | None, where: str, message: str) -> None:
        if len(self.issues) < MAX_ISSUES:
            self.issues.append(ImportIssue(self.source, line, where, message))

    @property
    def full(self) -> bool:
        return len(self.issues) >= MAX_ISSUES


@dataclass(frozen=True)
class _Columns:
    fixed: dict[str, int]
    ratings: dict[str, int]  # question id -> column
    measures: dict[str, int]  # measure name -> column
    width: int


def _header(row: list[str], check: _Check) -> _Columns | None:
    fixed: dict[str, int] = {}
    ratings: dict[str, int] = {}
    measures: dict[str, int] = {}
    seen: set[str] = set()
    for index, raw in enumerate(row):
        name = raw.strip().lower()
        shown = raw.strip() or f"column {index + 1} (empty)"
        if name in seen:
            check.add(1, name, "the column appears twice")
            continue
        seen.add(name)
        if name in _FIXED:
            fixed[name] = index
        elif name.startswith("rating.") and len(name) > len("rating."):
            ratings[name[len("rating.") :]] = index
        elif name.startswith("measure."):
            try:
                measures[clean_measure_name(name[len("measure.") :], shown)] = index
            except InvalidInput as exc:
                check.add(1, shown, exc.message)
        else:
            check.add(
                1,
                shown,
                "unknown column (candidate, review_days, still_employed, recorded_by, "
                "rating.QUESTION, measure.NAME)",
            )
    for name in _FIXED[:3]:
        if name not in fixed:
            check.add(1, name, "the column is missing")
    if check.issues:
        return None
    return _Columns(fixed, ratings, measures, len(row))


def _row(line: int, row: list[str], columns: _Columns, check: _Check) -> _Row | None:
    if len(row) != columns.width:
        check.add(line, "", f"has {len(row)} fields; the header has {columns.width}")
        return None
    before = len(check.issues)
    candidate = row[columns.fixed["candidate"]].strip()
    if not candidate:
        check.add(line, "candidate", "is required (an id or an email)")
    days = 0
    employed = False
    by = ""
    try:
        days = clean_review_days(row[columns.fixed["review_days"]])
    except InvalidInput as exc:
        check.add(line, "review_days", exc.message)
    try:
        employed = clean_employed(row[columns.fixed["still_employed"]])
    except InvalidInput as exc:
        check.add(line, "still_employed", exc.message)
    if "recorded_by" in columns.fixed and row[columns.fixed["recorded_by"]].strip():
        try:
            by = clean_text("recorded_by", row[columns.fixed["recorded_by"]])
        except InvalidInput as exc:
            check.add(line, "recorded_by", exc.message)
    ratings: dict[str, int] = {}
    for dimension, index in columns.ratings.items():
        if row[index].strip():
            try:
                ratings[dimension] = clean_level(row[index], f"rating.{dimension}")
            except InvalidInput as exc:
                check.add(line, exc.field, exc.message)
    measures: dict[str, float] = {}
    for name, index in columns.measures.items():
        if row[index].strip():
            try:
                measures[name] = clean_measure(row[index], f"measure.{name}")
            except InvalidInput as exc:
                check.add(line, exc.field, exc.message)
    if len(check.issues) != before:
        return None
    return _Row(line, candidate, days, employed, by, ratings, measures)


def _read_rows(text: str, check: _Check) -> None:
    """The good rows into check.rows; problems with the others into check.issues."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    columns: _Columns | None = None
    line = 1
    try:
        for row in reader:
            start, line = line, reader.line_num + 1
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if columns is None:
                columns = _header(row, check)
                if columns is None:
                    return
                continue
            if check.full:
                break
            if len(check.rows) + len(check.issues) >= MAX_ROWS:
                check.add(start, "", f"more than {MAX_ROWS:,} rows")
                break
            found = _row(start, row, columns, check)
            if found is not None:
                check.rows.append(found)
    except csv.Error as exc:
        check.add(line, "", f"is not valid CSV: {exc}")
    if columns is None and not check.issues:
        check.add(1, "", "the file is empty; no header row")


def _check_csv(session: Session, data: bytes, source: str) -> tuple[_Check, list[Any]]:
    check = _Check(source)
    if len(data) > MAX_BYTES:
        check.add(None, "", "is larger than 50 MB")
        return check, []
    try:
        text = decode_text(data, source)
    except ImportRejected as exc:
        check.issues.extend(exc.issues)
        return check, []
    _read_rows(text, check)
    del text
    targets = _Targets(session)
    targets.load(row.candidate for row in check.rows)
    paired: list[tuple[_Row, _Target]] = []
    first: dict[tuple[int, int], int] = {}
    for row in check.rows:
        if check.full:
            break
        target = targets.get(row.candidate)
        if target is None:
            check.add(row.line, "candidate", f"no candidate {row.candidate!r} (id or email)")
            continue
        problems = _problems(target, row.review_days, row.ratings, rating_field="rating.{}")
        for where, message in problems:
            check.add(row.line, where, message)
        key = (target.candidate_id, row.review_days)
        if key in first:
            check.add(
                row.line,
                "review_days",
                f"{target.name} at {row.review_days} days is also on line {first[key]}",
            )
            continue
        first[key] = row.line
        if not problems:
            paired.append((row, target))
    return check, paired


@dataclass(frozen=True)
class OutcomeImportSummary:
    imported: int
    candidates: int

    def lines(self) -> list[str]:
        """The summary as the CLI prints it."""
        return [
            f"imported {self.imported} outcome{'s' if self.imported != 1 else ''} of "
            f"{self.candidates} candidate{'s' if self.candidates != 1 else ''}"
        ]


def import_outcomes_csv(
    db: Database, data: bytes, source: str, *, now: dt.datetime | None = None
) -> OutcomeImportSummary:
    """Import every outcome in these CSV bytes, or (ImportRejected) none of them."""
    try:
        with db.write() as session:
            check, paired = _check_csv(session, data, source)
            if check.issues:
                # In the file's order: those found reading it and those found against the database.
                raise ImportRejected(sorted(check.issues, key=lambda i: i.line or 0))
            when = now or utcnow()
            # In pieces, so the rows built for the inserts stay small however long the file.
            for start in range(0, len(paired), _WRITE_CHUNK):
                piece = paired[start : start + _WRITE_CHUNK]
                _write(session, piece, f"imported from {os.path.basename(source)}", when)
    except (ConstraintViolated, ValueRefused) as exc:
        raise ImportRejected([ImportIssue(source, None, "", str(exc))]) from exc
    return OutcomeImportSummary(len(paired), len({t.candidate_id for _r, t in paired}))


def import_outcomes_file(db: Database, path: str | os.PathLike[str]) -> OutcomeImportSummary:
    """import_outcomes_csv for a file."""
    return import_outcomes_csv(db, read_upload(path), str(path))
