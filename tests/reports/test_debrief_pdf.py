# SPDX-License-Identifier: MIT
"""The debrief PDF (issue 14, item 1): the panel's disagreements first, the impression beside the
evidence, the decision, and never more than three pages, however long the notes; read back."""

from __future__ import annotations

import io
import pathlib

from pypdf import PdfReader

from hireapp.services import interviews as iv
from hireapp.services.debrief import debrief_pdf
from hireapp.services.decisions import record_decision
from hireapp.storage.session import Database
from tests.cli.clirun import assert_clean_failure, hireapp
from tests.factories import QUESTIONS, add_candidate, start_interview


def _text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _panel(db: Database, interviewers: int, note: str, *, all_disputed: bool = False) -> int:
    ann = add_candidate(db, name="Ann Lee", email="ann@example.org", position="Agent")
    for number in range(interviewers):
        interview = start_interview(db, candidate=ann, interviewer=f"Interviewer {number}")
        iv.record_impression(db, interview, score=5 if number == 0 else 3)
        for index, question in enumerate(QUESTIONS):
            # The first question: 1 from the first interviewer, 5 from the others (disputed).
            level = (1 if number == 0 else 5) if index == 0 else 3
            if all_disputed:  # every question: 1 and 5 in turn
                level = 1 if number % 2 == 0 else 5
            iv.answer_question(db, interview, question, score=level,
                               note=f"{note} ({number}/{index})")  # fmt: skip
        iv.set_wrap_up(db, interview, recommendation="yes")
        iv.submit_interview(db, interview)
    return ann


def test_the_debrief_shows_the_disagreement_first_and_the_decision(sqlite_db: Database) -> None:
    ann = _panel(sqlite_db, 2, "Calm with an angry caller")
    record_decision(sqlite_db, ann, decision="hold", rationale="Second call with the team lead",
                    decided_by="Ina Lead")  # fmt: skip
    document = debrief_pdf(sqlite_db, ann)
    pages, text = _text(document.data)
    assert pages == 1
    assert document.file_name.startswith("debrief-") and document.file_name.endswith(".pdf")
    assert "Ann Lee" in text and "Panel debrief" in text
    assert "On hold: Second call with the team lead" in text
    assert "⚑ 1 question with levels two or more apart" in text
    assert "⚑ 4" in text  # the spread of the first question, marked
    # The notes of the disputed question only: both interviewers', at their levels.
    assert "A (1): Calm with an angry caller (0/0)" in text
    assert "B (5): Calm with an angry caller (1/0)" in text
    assert "(0/1)" not in text
    # The first impression beside the evidence: A's 5 against 3s and a 1.
    assert "5 / 5" in text and "3 / 5" in text


def test_long_notes_from_a_large_panel_still_fit_three_pages(sqlite_db: Database) -> None:
    long = "The candidate described the whole escalation in detail. " * 40  # ~2,300 characters
    ann = _panel(sqlite_db, 6, long, all_disputed=True)
    document = debrief_pdf(sqlite_db, ann)
    pages, text = _text(document.data)
    assert pages <= 3
    assert "Ann Lee" in text and "Interviewer 5" in text
    # 8 disputed questions x 6 notes of 2,300 characters: shortened until the pages fit.
    assert "shortened" in text or "did not fit three pages" in text
    assert "⚑ 8 questions with levels two or more apart" in text


def test_the_command_line_writes_the_debrief(
    sqlite_db: Database, sqlite_url: str, tmp_path: pathlib.Path
) -> None:
    _panel(sqlite_db, 2, "Calm")
    target = tmp_path / "debrief.pdf"
    done = hireapp("--db", sqlite_url, "debrief", "ann@example.org", "-o", str(target))
    assert done.returncode == 0, done.stderr
    pages, text = _text(target.read_bytes())
    assert pages == 1 and "Panel debrief" in text and "Ann Lee" in text
    assert_clean_failure(
        hireapp("--db", sqlite_url, "debrief", "nobody@example.org", "-o", str(target)),
        "nobody@example.org",
    )
