# SPDX-License-Identifier: MIT
"""Building interviews through the real services, and reading PDFs back."""

from __future__ import annotations

import io
import pathlib
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pypdf
import pytest

from hireapp.services import interviews as iv
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, start_interview


@dataclass(frozen=True)
class Recorded:
    interview_id: int
    interviewer: str
    levels: dict[str, int]


def record_interview(
    db: Database,
    candidate: str,
    interviewer: str,
    levels: Sequence[int],
    *,
    impression: int = 4,
    impression_note: str = "",
    notes: dict[str, str] | None = None,
    recommendation: str = "yes",
    strengths: str = "",
    concerns: str = "",
    submit: bool = True,
) -> Recorded:
    """An interview taken as an interviewer does, through the services."""
    interview = start_interview(db, candidate=candidate, interviewer=interviewer)
    iv.record_arrival(db, interview)
    iv.record_impression(
        db,
        interview,
        score=impression,
        cues=["greeting", "smile"],
        note=impression_note,
        seconds_since_arrival=21.0,
    )
    notes = notes or {}
    given: dict[str, int] = {}
    for question, level in zip(QUESTIONS, levels, strict=False):
        iv.answer_question(db, interview, question, score=level, note=notes.get(question))
        given[question] = level
    if submit:
        iv.set_wrap_up(
            db, interview, recommendation=recommendation, strengths=strengths, concerns=concerns
        )
        iv.submit_interview(db, interview)
    return Recorded(interview, interviewer, given)


@pytest.fixture
def candidate_with(db: Database) -> Callable[[str, str], str]:
    """Adds a candidate; returns their email."""

    def make(name: str, email: str, position: str = "Customer service representative") -> str:
        return create_candidate(db, name=name, email=email, position=position).email

    return make  # type: ignore[return-value]


def pdf_text(data: bytes) -> tuple[pypdf.PdfReader, list[str]]:
    """The reader and each page's text."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return reader, [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    """Extracted text with line breaks and hyphen-free wrapping undone, for phrase checks."""
    return " ".join(text.split())


def render_png(pdf: pathlib.Path, page: int = 1, resolution: int = 60) -> pathlib.Path:
    """A page rendered by poppler's pdftoppm, as a user's viewer would."""
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(resolution), "-f", str(page), "-l", str(page),
         "-singlefile", str(pdf), str(prefix)],
        check=True, capture_output=True,
    )  # fmt: skip
    return prefix.with_suffix(".png")
