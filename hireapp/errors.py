# SPDX-License-Identifier: MIT
"""Exceptions a user can act on: each says what is wrong and where.

The GUI shows them in a dialog, the CLI prints them and exits 2. Anything else escaping is a bug.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


class HireappError(Exception):
    """Base of every error meant for the user rather than for a traceback."""


class NotFound(HireappError):
    """A candidate, position, interviewer, interview or rubric that does not exist."""


class InvalidInput(HireappError):
    """A value a user typed or a file supplied is not acceptable."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class Conflict(HireappError):
    """The change would break a uniqueness rule (an email already in use, say)."""


class InterviewLocked(HireappError):
    """The interview was submitted; it can no longer be changed."""


class ImpressionLocked(HireappError):
    """The first impression is locked; a change must be an amendment with a reason."""


class InterviewInUse(HireappError):
    """Another window (on this machine or another) has the draft interview open for writing.

    `holder` says where ("anna on laptop-7"), `since` when it opened it (UTC). The user may open
    the interview read-only or take it over explicitly.
    """

    def __init__(self, message: str, *, holder: str, since: dt.datetime) -> None:
        super().__init__(message)
        self.holder = holder
        self.since = since


class InterviewChangedElsewhere(HireappError):
    """A write from a stale view of an interview: it was taken over, or changed by someone else
    since this window last read it. The write was refused; nothing was merged."""


class DatabaseProblem(HireappError):
    """The database cannot be opened, used or changed, or is of a schema this version does not know.

    The message is one line naming the database and what went wrong. It never holds SQL text or a
    statement's values: those contain candidates' names and notes. The driver's own exception stays
    in `__cause__`, for developers.
    """


class DatabaseBusy(DatabaseProblem):
    """Another program holds a lock on the data: trying again in a moment may succeed."""


class DatabaseUnavailable(DatabaseProblem):
    """The database cannot be reached, opened, read or written (server, file, disk, permissions)."""


class DatabaseGone(DatabaseUnavailable):
    """The database file was deleted or replaced while the program had it open.

    Nothing written from now on would reach the file others see; what was entered since must be
    kept and saved elsewhere, not dropped.
    """


class ValueRefused(DatabaseProblem):
    """The database refused a value: too long for its column, out of range, of the wrong type."""


class ConstraintViolated(DatabaseProblem):
    """The schema refused a change (UNIQUE, CHECK, FOREIGN KEY, NOT NULL).

    `constraint` names the rule (uq_candidates_email, or table.column for NOT NULL), or is empty
    when the database does not say which.
    """

    def __init__(self, message: str, constraint: str = "") -> None:
        super().__init__(message)
        self.constraint = constraint


@dataclass(frozen=True)
class RubricIssue:
    """One problem in a rubric file: the file, the place inside it, and what is wrong."""

    file: str
    location: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.location}" if self.location else self.file
        return f"{where}: {self.message}"


class RubricError(HireappError):
    """A rubric file that cannot be used, with every problem found in it."""

    def __init__(self, issues: list[RubricIssue]) -> None:
        super().__init__("\n".join(str(issue) for issue in issues))
        self.issues = issues


@dataclass(frozen=True)
class ImportIssue:
    """One problem in an imported file: the file, the line (when known), the field, and what."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}: line {self.line}"
        if self.field:
            where = f"{where}: {self.field}"
        return f"{where}: {self.message}"


class ImportRejected(HireappError):
    """A file refused as a whole, with every problem found in it; nothing was imported."""

    def __init__(self, issues: list[ImportIssue]) -> None:
        super().__init__("\n".join(str(issue) for issue in issues))
        self.issues = issues


class ConfirmationNeeded(HireappError):
    """A destructive command was not confirmed (no terminal to ask, and no --yes)."""


class NotAHireappDatabase(HireappError):
    """A file offered for restore that is not a hireapp database this version can use."""
