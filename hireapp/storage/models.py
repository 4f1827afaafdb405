# SPDX-License-Identifier: MIT
"""The tables, as typed SQLAlchemy 2 models.

Rules that protect the data live in the schema (CHECK, UNIQUE, ON DELETE CASCADE), not only in
Python, so a second client or a hand-written query cannot break them. Relationships are
`lazy="raise"`: no query hides behind an attribute access. Constraint names follow a naming
convention because SQLite's batch migrations can only alter named constraints.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator, TypeEngine

from hireapp.domain.recommendation import RECOMMENDATIONS
from hireapp.domain.statuses import CANDIDATE_STATUSES, INTERVIEW_STATUSES

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """The current time, timezone-aware in UTC: every stored timestamp is UTC."""
    return dt.datetime.now(dt.UTC)


class _SQLiteStamp(sqlite.DATETIME):
    """SQLite's DATETIME column, with the text conversion left to UTCDateTime."""

    def bind_processor(self, dialect: Dialect) -> None:
        return None

    def result_processor(self, dialect: Dialect, coltype: object) -> None:
        return None


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite keeps no zone; without this a value would come back naive from SQLite and aware from
    PostgreSQL, and comparing the two raises. On SQLite the value is written as the same text
    SQLAlchemy's DateTime writes ("YYYY-MM-DD HH:MM:SS.ffffff", which sorts as time does), but by
    one C call: bulk inserts spent a fifth of their time formatting timestamps.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return _SQLiteStamp(timezone=True)  # type: ignore[no-untyped-call]
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        value = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None).isoformat(" ", "microseconds")
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def new_uid() -> str:
    """A fresh random identity for a row that travels between databases."""
    return str(uuid.uuid4())


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Position(Base):
    __tablename__ = "positions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    candidates: Mapped[list[Candidate]] = relationship(back_populates="position", lazy="raise")

    __table_args__ = (CheckConstraint("length(title) > 0", name="title_not_empty"),)


class PositionRubric(Base):
    """The rubric version new interviews for a position use; a position without a row uses the
    default rubric. Changing it never touches an interview already started: each keeps its own
    version. (A table of its own, so that adding it rebuilt no table candidates refer to.)"""

    __tablename__ = "position_rubrics"

    position_id: Mapped[int] = mapped_column(
        ForeignKey("positions.id", ondelete="CASCADE"), primary_key=True
    )
    rubric_version_id: Mapped[int] = mapped_column(
        ForeignKey("rubric_versions.id", ondelete="RESTRICT"), index=True
    )
    set_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Candidate(Base):
    __tablename__ = "candidates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Stored lower-cased: emails identify candidates across machines (import matches on them).
    email: Mapped[str] = mapped_column(String(320), unique=True)
    phone: Mapped[str | None] = mapped_column(String(50))
    position_id: Mapped[int] = mapped_column(
        ForeignKey("positions.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="active")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    position: Mapped[Position] = relationship(back_populates="candidates", lazy="raise")
    interviews: Mapped[list[Interview]] = relationship(
        back_populates="candidate", lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint(_in("status", CANDIDATE_STATUSES), name="status_known"),
    )


class Interviewer(Base):
    __tablename__ = "interviewers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)


class RubricVersion(Base):
    """One immutable version of a rubric, identified by the hash of its content."""

    __tablename__ = "rubric_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(100))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The validated rubric as canonical JSON: scoring and display never need the file again.
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Interview(Base):
    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The interview's identity across databases: an interview exported from a laptop and
    # imported into the team database is the same row there, however the ids differ.
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    # Content hash of the interview as last exchanged with another database (None if never):
    # an import tells "changed only on the other side" from "changed on both sides" by it.
    synced_hash: Mapped[str | None] = mapped_column(String(64))
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    interviewer_id: Mapped[int] = mapped_column(
        ForeignKey("interviewers.id", ondelete="RESTRICT"), index=True
    )
    rubric_version_id: Mapped[int] = mapped_column(
        ForeignKey("rubric_versions.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="draft")
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Where the interviewer was, so an interrupted interview resumes on that page.
    current_page: Mapped[str | None] = mapped_column(String(100))
    # Computed scores, stored whenever an answer changes so that per-position aggregates are a
    # small GROUP BY over interviews rather than a scan of every answer.
    overall: Mapped[float | None] = mapped_column(Float)
    impression_score: Mapped[float | None] = mapped_column(Float)
    structured_score: Mapped[float | None] = mapped_column(Float)
    answered_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    # Counts every change made to the interview. A window writes only from the revision it last
    # saw, so a change made elsewhere meanwhile (another window, an import) is never overwritten.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    candidate: Mapped[Candidate] = relationship(back_populates="interviews", lazy="raise")
    impression: Mapped[FirstImpression | None] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )
    answers: Mapped[list[Answer]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )
    recommendation: Mapped[Recommendation | None] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        # One interview per interviewer and candidate keeps independent scores independent.
        UniqueConstraint(
            "candidate_id", "interviewer_id", name="uq_interviews_candidate_interviewer"
        ),
        CheckConstraint(_in("status", INTERVIEW_STATUSES), name="status_known"),
        CheckConstraint(
            "(status = 'submitted') = (submitted_at IS NOT NULL)", name="submitted_has_time"
        ),
        CheckConstraint("overall IS NULL OR overall BETWEEN 0 AND 100", name="overall_range"),
        CheckConstraint(
            "impression_score IS NULL OR impression_score BETWEEN 0 AND 100",
            name="impression_range",
        ),
        CheckConstraint(
            "structured_score IS NULL OR structured_score BETWEEN 0 AND 100",
            name="structured_range",
        ),
        Index("ix_interviews_status_candidate", "status", "candidate_id"),
    )


class InterviewClaim(Base):
    """Which window, on which machine, has a draft interview open for writing.

    One row per claimed interview. The holder renews `seen_at` while its window is open; a claim
    not renewed for a while (the window crashed, the machine went to sleep) may be taken without
    asking. Opening a claimed interview offers read-only or an explicit take-over.
    """

    __tablename__ = "interview_claims"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(String(32))
    host: Mapped[str] = mapped_column(String(255), default="")
    account: Mapped[str] = mapped_column(String(255), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class FirstImpression(Base):
    """The 30-second impression, its own datum: time-stamped, then locked."""

    __tablename__ = "first_impressions"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[int | None] = mapped_column(Integer)
    # JSON list of cue ids from the rubric, in rubric order.
    cues: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str] = mapped_column(Text, default="")
    arrived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    seconds_since_arrival: Mapped[float | None] = mapped_column(Float)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the first question is answered; from then on a change is an amendment.
    locked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 5", name="score_range"),
        CheckConstraint(
            "seconds_since_arrival IS NULL OR seconds_since_arrival >= 0", name="seconds_positive"
        ),
    )


class Answer(Base):
    """A question's score (1-5) or its skip with a reason, and the interviewer's note."""

    __tablename__ = "answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(100))
    score: Mapped[int | None] = mapped_column(Integer)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    skip_reason: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    seconds_spent: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (
        UniqueConstraint("interview_id", "question_id", name="uq_answers_interview_question"),
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 5", name="score_range"),
        CheckConstraint(
            "(skipped AND score IS NULL AND skip_reason IS NOT NULL AND length(skip_reason) > 0)"
            " OR (NOT skipped AND skip_reason IS NULL)",
            name="skip_has_reason",
        ),
    )


class Recommendation(Base):
    """The verdict, asked only after every question so it cannot lead the ratings."""

    __tablename__ = "recommendations"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[str | None] = mapped_column(String(20))
    strengths: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint(f"value IS NULL OR {_in('value', RECOMMENDATIONS)}", name="value_known"),
    )


class AuditEvent(Base):
    """What changed, when, by whom and why: amendments, submissions, erasures."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    # Not a foreign key: the trail outlives what it describes (an erased candidate leaves only
    # an anonymous tombstone here).
    interview_id: Mapped[int | None] = mapped_column(Integer, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    # JSON object with the values before and after.
    detail: Mapped[str] = mapped_column(Text, default="{}")


DECISIONS = ("advance", "hire", "reject", "hold")


class Decision(Base):
    """What the panel decided about a candidate, why, who and when.

    Never updated: a later decision supersedes an earlier one, which stays as history; the
    newest (by decided_at, then id) is the candidate's current decision.
    """

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The decision's identity across databases, as an interview's uid.
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    # The position the candidate was decided for (their position when the decision was made).
    position_id: Mapped[int] = mapped_column(
        ForeignKey("positions.id", ondelete="RESTRICT"), index=True
    )
    decision: Mapped[str] = mapped_column(String(20))
    rationale: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # When the last submitted interview of the candidate was submitted, as the decision saw it
    # (None without one): the time from interview to decision is kept with the decision.
    last_interview_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint(_in("decision", DECISIONS), name="decision_known"),
        CheckConstraint("length(rationale) > 0", name="rationale_not_empty"),
        CheckConstraint("length(decided_by) > 0", name="decided_by_not_empty"),
    )


class ReviewPoint(Base):
    """A position's own review points, in days after the hire; none: 90 and 365 days."""

    __tablename__ = "review_points"

    position_id: Mapped[int] = mapped_column(
        ForeignKey("positions.id", ondelete="CASCADE"), primary_key=True
    )
    days: Mapped[int] = mapped_column(Integer, primary_key=True)

    __table_args__ = (CheckConstraint("days BETWEEN 1 AND 3650", name="days_range"),)


class Outcome(Base):
    """How a hired candidate is doing at a review point (days after the hire decision)."""

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    review_days: Mapped[int] = mapped_column(Integer)
    still_employed: Mapped[bool] = mapped_column(Boolean)
    # The rubric version whose questions the manager's ratings are keyed by: the one of the
    # candidate's interviews (the newest submitted one's).
    rubric_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("rubric_versions.id", ondelete="RESTRICT"), index=True
    )
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")

    ratings: Mapped[list[OutcomeRating]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )
    measures: Mapped[list[OutcomeMeasure]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        UniqueConstraint("candidate_id", "review_days", name="uq_outcomes_candidate_review"),
        CheckConstraint("review_days BETWEEN 1 AND 3650", name="review_days_range"),
    )


class OutcomeRating(Base):
    """The manager's level (1-5, the rubric's anchored scale) on one of the rubric's questions."""

    __tablename__ = "outcome_ratings"

    outcome_id: Mapped[int] = mapped_column(
        ForeignKey("outcomes.id", ondelete="CASCADE"), primary_key=True
    )
    dimension: Mapped[str] = mapped_column(String(100), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),)


class OutcomeMeasure(Base):
    """A numeric measure at the review point, such as a customer-satisfaction score."""

    __tablename__ = "outcome_measures"

    outcome_id: Mapped[int] = mapped_column(
        ForeignKey("outcomes.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[float] = mapped_column(Float)
