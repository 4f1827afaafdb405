# SPDX-License-Identifier: MIT
"""The comparison as CSV for spreadsheets: the table's rows, and every answer in long form.

Text that a spreadsheet would run as a formula is neutralised; a withheld figure is written as
the words every surface shows, never as 0 or an empty cell that reads as "no score".
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
from collections.abc import Iterable, Iterator
from typing import IO, Final

from sqlalchemy import select

from hireapp.domain.formatting import decimal_text
from hireapp.services.comparison.figures import WITHHELD, ComparisonRow
from hireapp.services.files import atomic_write
from hireapp.services.rubrics import stored_rubric
from hireapp.services.spreadsheet import spreadsheet_safe
from hireapp.storage.models import (
    Answer,
    Candidate,
    Interview,
    Interviewer,
    Position,
    RubricVersion,
)
from hireapp.storage.session import Database

COMPARISON_CSV_COLUMNS: Final = (
    "id", "name", "email", "position", "status", "stage", "submitted_interviews",
    "draft_interviews", "overall", "first_impression", "structured", "halo_gap", "disagreement",
    "strong_no", "no", "yes", "strong_yes",
    # Added last, so that scripts reading `candidates list --format csv` by position still work.
    "halo_flag",
)  # fmt: skip


def comparison_csv_row(r: ComparisonRow) -> list[object]:
    """One candidate's line under COMPARISON_CSV_COLUMNS (the table's export and the CLI's)."""
    head: list[object] = [
        r.id, spreadsheet_safe(r.name), spreadsheet_safe(r.email), spreadsheet_safe(r.position),
        r.status, r.stage, r.submitted, r.drafts,
    ]  # fmt: skip
    if r.withheld:
        return [*head, *[WITHHELD] * (len(COMPARISON_CSV_COLUMNS) - len(head))]
    return [
        *head, decimal_text(r.overall), decimal_text(r.impression), decimal_text(r.structured),
        decimal_text(r.halo_gap), decimal_text(r.disagreement), *r.recommendations.values(),
        "yes" if r.halo else "",
    ]  # fmt: skip


def write_comparison_rows(stream: IO[str], rows: Iterable[ComparisonRow]) -> int:
    """The comparison rows, in the order given, as CSV text; the number of rows written."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COMPARISON_CSV_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(comparison_csv_row(row))
        count += 1
    return count


def write_comparison_csv(path: str | os.PathLike[str], rows: Iterable[ComparisonRow]) -> int:
    """The comparison rows, in the order given, as a CSV file; the number of rows written."""
    with _csv_file(path) as stream:
        return write_comparison_rows(stream, rows)


@contextlib.contextmanager
def _csv_file(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """A UTF-8 text file written whole or not at all (see services.files.atomic_write)."""
    with atomic_write(path, field="file") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            yield text
            text.flush()
        finally:
            text.detach()  # the binary file is atomic_write's to close


SCORES_CSV_COLUMNS: Final = (
    "candidate", "email", "position", "interviewer", "interview_status", "question_id",
    "question_title", "score", "skipped", "skip_reason", "answered_at",
)  # fmt: skip


def _stamp(value: dt.datetime | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):  # SQLite's raw text, when read through a bare column
        value = dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def export_scores_csv(db: Database, path: str | os.PathLike[str]) -> int:
    """Every answer in long form, one row each, as CSV; the number of answers written.

    Drafts are included and marked by interview_status, so HR can tell them apart. Text that a
    spreadsheet would run as a formula is neutralised.
    """
    query = (
        select(
            Candidate.name,
            Candidate.email,
            Position.title,
            Interviewer.name,
            Interview.status,
            Interview.rubric_version_id,
            Answer.question_id,
            Answer.score,
            Answer.skipped,
            Answer.skip_reason,
            Answer.answered_at,
        )
        .join(Interview, Interview.id == Answer.interview_id)
        .join(Candidate, Candidate.id == Interview.candidate_id)
        .join(Position, Position.id == Candidate.position_id)
        .join(Interviewer, Interviewer.id == Interview.interviewer_id)
        .order_by(Candidate.name, Candidate.id, Interviewer.name, Answer.answered_at, Answer.id)
    )
    count = 0
    with _csv_file(path) as stream, db.read() as session:
        titles: dict[tuple[int, str], str] = {}
        for version_id, content in session.execute(select(RubricVersion.id, RubricVersion.content)):
            for question in stored_rubric(content).questions():
                titles[(version_id, question.id)] = question.title
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(SCORES_CSV_COLUMNS)
        for row in session.execute(query.execution_options(yield_per=5000)):
            (name, email, position, interviewer, status, version_id, question_id, score,
             skipped, reason, answered_at) = row  # fmt: skip
            writer.writerow([
                spreadsheet_safe(name), spreadsheet_safe(email), spreadsheet_safe(position),
                spreadsheet_safe(interviewer), status, spreadsheet_safe(question_id),
                spreadsheet_safe(titles.get((version_id, question_id), question_id)),
                "" if score is None else score, "yes" if skipped else "no",
                spreadsheet_safe(reason or ""), _stamp(answered_at),
            ])  # fmt: skip
            count += 1
    return count
