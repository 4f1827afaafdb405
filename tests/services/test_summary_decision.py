# SPDX-License-Identifier: MIT
"""The summary PDF prints the candidate's current decision: what, why, who, when, and how long
after the last interview; read back from the real PDF."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
from sqlalchemy import update

from hireapp.services.decisions import record_decision
from hireapp.services.reports import candidate_summary_pdf
from hireapp.storage.models import Interview
from hireapp.storage.session import Database
from tests.factories import add_candidate, take_interview

SUBMITTED = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def _text(db: Database, key: str) -> str:
    data = candidate_summary_pdf(db, key).data
    return " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages
    )


def test_the_summary_pdf_shows_the_current_decision(db: Database) -> None:
    add_candidate(db)
    interview = take_interview(db)
    with db.write() as session:
        session.execute(
            update(Interview).where(Interview.id == interview).values(submitted_at=SUBMITTED)
        )
    assert "Decision: none recorded yet." in _text(db, "zoe@example.org")
    record_decision(
        db, "zoe@example.org", decision="hold", rationale="Superseded reason",
        decided_by="Jonas Becker", now=SUBMITTED + dt.timedelta(days=1),
    )  # fmt: skip
    record_decision(
        db, "zoe@example.org", decision="hire", rationale="Owned every example <fully> & calmly",
        decided_by="Grace Okafor", now=SUBMITTED + dt.timedelta(days=2, hours=3),
    )  # fmt: skip
    text = _text(db, "zoe@example.org")
    assert (
        "Decision: Hire · decided by Grace Okafor on 2026-11-04 12:00 UTC, "
        "2 days after the last interview"
    ) in text
    assert "Rationale: Owned every example <fully> & calmly" in text
    assert "Superseded reason" not in text
