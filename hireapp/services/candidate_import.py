# SPDX-License-Identifier: MIT
"""Candidates from a CSV file: every row checked first, then all imported or none.

Columns `name`, `email`, `position` and optionally `phone`, in any order, header names matched
case-insensitively; quoting as in RFC 4180 (a quoted field may hold commas, quotes doubled, line
breaks); UTF-8 with or without a byte-order mark. Every bad row is reported with its line number
and field; a control character (a line break inside a quoted name among them) is one such
problem, named with its place in the field. A candidate whose email is already in the database
is reported and left as it is; two rows with the same email are a problem. Positions not yet
known are created.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hireapp.errors import (
    ConstraintViolated,
    ImportIssue,
    ImportRejected,
    InvalidInput,
    ValueRefused,
)
from hireapp.services.files import MAX_ISSUES, decode_text, read_upload
from hireapp.services.people import (
    clean_phone,
    clean_text,
    normalise_email,
    position_for,
)
from hireapp.storage.chunks import chunked
from hireapp.storage.models import Candidate, Position
from hireapp.storage.session import Database

REQUIRED = ("name", "email", "position")
OPTIONAL = ("phone",)
MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class CsvCandidate:
    """A good row: where it was and its cleaned values."""

    line: int
    name: str
    email: str
    phone: str | None
    position: str


@dataclass(frozen=True)
class ExistingCandidate:
    """A row whose email is already a candidate here: reported, not imported."""

    line: int
    email: str
    name: str


@dataclass
class CsvCheck:
    """What an import of the file would do, or the problems that stop it."""

    source: str
    rows: list[CsvCandidate] = field(default_factory=list)
    existing: list[ExistingCandidate] = field(default_factory=list)
    new_positions: list[str] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass(frozen=True)
class CsvImportSummary:
    imported: int
    existing: list[ExistingCandidate]
    new_positions: list[str]

    def lines(self) -> list[str]:
        """The summary as the CLI prints it."""
        text = [f"imported {self.imported} candidate{'s' if self.imported != 1 else ''}"]
        if self.new_positions:
            text.append("new positions: " + ", ".join(self.new_positions))
        for row in self.existing:
            text.append(f"line {row.line}: {row.email} is already candidate {row.name}; skipped")
        return text


def _header(row: list[str], check: CsvCheck) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, raw in enumerate(row):
        name = raw.strip().lower()
        if name not in REQUIRED + OPTIONAL:
            shown = raw.strip() or f"column {index + 1} (empty)"
            check.issues.append(
                ImportIssue(check.source, 1, shown, "unknown column (name, email, phone, position)")
            )
        elif name in columns:
            check.issues.append(ImportIssue(check.source, 1, name, "the column appears twice"))
        else:
            columns[name] = index
    for name in REQUIRED:
        if name not in columns:
            check.issues.append(ImportIssue(check.source, 1, name, "the column is missing"))
    return None if check.issues else columns


def _row(
    line: int, row: list[str], columns: dict[str, int], width: int, check: CsvCheck
) -> CsvCandidate | None:
    if len(row) != width:
        check.issues.append(
            ImportIssue(check.source, line, "", f"has {len(row)} fields; the header has {width}")
        )
        return None
    values: dict[str, str] = {}
    bad = False
    for name, cleaner in (("name", clean_text), ("position", clean_text)):
        try:
            values[name] = cleaner(name, row[columns[name]])
        except InvalidInput as exc:
            check.issues.append(ImportIssue(check.source, line, name, exc.message))
            bad = True
    try:
        values["email"] = normalise_email(row[columns["email"]])
    except InvalidInput as exc:
        check.issues.append(ImportIssue(check.source, line, "email", exc.message))
        bad = True
    phone = None
    try:
        phone = clean_phone(row[columns["phone"]]) if "phone" in columns else None
    except InvalidInput as exc:
        check.issues.append(ImportIssue(check.source, line, "phone", exc.message))
        bad = True
    if bad:
        return None
    return CsvCandidate(line, values["name"], values["email"], phone, values["position"])


def _read_rows(text: str, check: CsvCheck) -> list[CsvCandidate]:
    """The good rows; problems with the others go into check.issues."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[CsvCandidate] = []
    columns: dict[str, int] | None = None
    width = 0
    line = 1
    try:
        for row in reader:
            start, line = line, reader.line_num + 1
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if columns is None:
                columns = _header(row, check)
                if columns is None:
                    return []
                width = len(row)
                continue
            if len(rows) + len(check.issues) >= MAX_ROWS:
                check.issues.append(
                    ImportIssue(check.source, start, "", f"more than {MAX_ROWS:,} rows")
                )
                break
            candidate = _row(start, row, columns, width, check)
            if candidate is not None:
                rows.append(candidate)
    except csv.Error as exc:
        check.issues.append(ImportIssue(check.source, line, "", f"is not valid CSV: {exc}"))
    if columns is None and not check.issues:
        check.issues.append(ImportIssue(check.source, 1, "", "the file is empty; no header row"))
    return rows


def _duplicates(rows: list[CsvCandidate], check: CsvCheck) -> None:
    first: dict[str, int] = {}
    for row in rows:
        if row.email in first:
            check.issues.append(
                ImportIssue(
                    check.source, row.line, "email",
                    f"{row.email} is also on line {first[row.email]}",
                )
            )  # fmt: skip
        else:
            first[row.email] = row.line


def _against_database(session: Session, check: CsvCheck, rows: list[CsvCandidate]) -> None:
    emails = sorted({row.email for row in rows})
    known: dict[str, str] = {}
    for chunk in chunked(emails):
        known.update(
            (email, name)
            for email, name in session.execute(
                select(Candidate.email, Candidate.name).where(Candidate.email.in_(chunk))
            )
        )
    titles = sorted({row.position for row in rows if row.email not in known})
    existing_titles = {
        title
        for chunk in chunked(titles)
        for title in session.scalars(select(Position.title).where(Position.title.in_(chunk)))
    }
    check.new_positions = [t for t in titles if t not in existing_titles]
    for row in rows:
        if row.email in known:
            check.existing.append(ExistingCandidate(row.line, row.email, known[row.email]))
        else:
            check.rows.append(row)


def _check(session: Session, data: bytes, source: str) -> CsvCheck:
    check = CsvCheck(source)
    if len(data) > MAX_BYTES:
        check.issues.append(ImportIssue(source, None, "", "is larger than 50 MB"))
        return check
    try:
        text = decode_text(data, source)
    except ImportRejected as exc:
        check.issues.extend(exc.issues)
        return check
    rows = _read_rows(text, check)
    _duplicates(rows, check)
    if check.issues:
        check.issues = check.issues[:MAX_ISSUES]
        return check
    _against_database(session, check, rows)
    return check


def check_candidates_csv(db: Database, data: bytes, source: str) -> CsvCheck:
    """What importing these bytes would do, without doing it (for the dialog's preview)."""
    with db.read() as session:
        return _check(session, data, source)


def check_candidates_file(db: Database, path: str | os.PathLike[str]) -> CsvCheck:
    """check_candidates_csv for a file; an unreadable file is a problem in the result."""
    try:
        data = read_upload(path)
    except ImportRejected as exc:
        return CsvCheck(str(path), issues=exc.issues)
    return check_candidates_csv(db, data, str(path))


def import_candidates_csv(db: Database, data: bytes, source: str) -> CsvImportSummary:
    """Import every new candidate in these CSV bytes, or (ImportRejected) none of them."""
    try:
        with db.write() as session:
            check = _check(session, data, source)
            if check.issues:
                raise ImportRejected(check.issues)
            wanted = sorted({row.position for row in check.rows})
            positions: dict[str, int] = {
                title: position_id
                for chunk in chunked(wanted)
                for title, position_id in session.execute(
                    select(Position.title, Position.id).where(Position.title.in_(chunk))
                )
            }
            for title in check.new_positions:
                # Another client may be creating the same position: take theirs if so.
                positions[title] = position_for(session, title).id
            if check.rows:
                session.execute(
                    insert(Candidate),
                    [
                        {
                            "name": row.name,
                            "email": row.email,
                            "phone": row.phone,
                            "position_id": positions[row.position],
                        }
                        for row in check.rows
                    ],
                )
    except (ConstraintViolated, ValueRefused) as exc:
        # Another client added one of these emails between the check and the insert.
        raise ImportRejected([ImportIssue(source, None, "", str(exc))]) from exc
    return CsvImportSummary(len(check.rows), check.existing, check.new_positions)


def import_candidates_file(db: Database, path: str | os.PathLike[str]) -> CsvImportSummary:
    """import_candidates_csv for a file."""
    return import_candidates_csv(db, read_upload(path), str(path))
