# SPDX-License-Identifier: MIT
"""The fair score in both PDFs, read back: beside the structured score, with its interval and
the one-interviewer sign, and never for a candidate the viewer is still interviewing."""

from __future__ import annotations

import pytest

from hireapp.domain.formatting import whole
from hireapp.reports.data import SINGLE_INTERVIEWER_MARK, WITHHELD
from hireapp.services.comparison import comparison_rows
from hireapp.services.comparison.fair import FairScore, clear_cache
from hireapp.services.people import create_candidate, ensure_interviewer
from hireapp.services.reports import candidate_summary_pdf, comparison_pdf, comparison_report
from hireapp.storage.session import Database
from tests.factories import take_interview
from tests.reports.conftest import flat, pdf_text


def _fair_text(fair: FairScore) -> str:
    mark = f" {SINGLE_INTERVIEWER_MARK}" if fair.single_interviewer else ""
    return f"{whole(fair.adjusted)}{mark} ({whole(fair.low)}–{whole(fair.high)})"


@pytest.fixture
def panel(sqlite_db: Database) -> tuple[Database, dict[str, int], int]:
    """Ann and Ben seen by a lenient Xena and a severe Yuri, Eve by Yuri alone, Cleo by Yuri and
    still a draft of Xena's."""
    clear_cache()
    db = sqlite_db
    ids = {
        name: create_candidate(
            db, name=name, email=f"{name.lower()}@example.org", position="Agent"
        ).id
        for name in ("Ann", "Ben", "Cleo", "Eve")
    }
    for name, interviewer, level in [
        ("Ann", "Xena", 5), ("Ann", "Yuri", 3), ("Ben", "Xena", 4), ("Ben", "Yuri", 2),
        ("Eve", "Yuri", 4), ("Cleo", "Yuri", 1),
    ]:  # fmt: skip
        take_interview(db, candidate=f"{name.lower()}@example.org", interviewer=interviewer,
                       levels=level, impression=3)  # fmt: skip
    take_interview(db, candidate="cleo@example.org", interviewer="Xena", levels=[2], submit=False)
    return db, ids, ensure_interviewer(db, "Xena").id


def test_the_summary_prints_the_fair_score_beside_the_structured_one(
    panel: tuple[Database, dict[str, int], int],
) -> None:
    db, ids, _xena = panel
    fair = {r.id: r.fair for r in comparison_rows(db, fair=True)}
    eve, ann = fair[ids["Eve"]], fair[ids["Ann"]]
    assert eve is not None and eve.single_interviewer
    assert ann is not None and not ann.single_interviewer

    _reader, pages = pdf_text(candidate_summary_pdf(db, ids["Eve"]).data)
    text = flat(" ".join(pages))
    assert f"Fair score {_fair_text(eve)} beside the structured 75" in text
    assert "† Seen by one interviewer only" in text

    _reader, pages = pdf_text(candidate_summary_pdf(db, ids["Ann"]).data)
    text = flat(" ".join(pages))
    assert f"Fair score {_fair_text(ann)} beside the structured 75" in text
    assert "one interviewer only" not in text


def test_the_shortlist_prints_fair_scores_and_withholds_them(
    panel: tuple[Database, dict[str, int], int],
) -> None:
    db, ids, xena = panel
    hr = {r.id: r.fair for r in comparison_rows(db, fair=True)}
    ann, eve, cleo = hr[ids["Ann"]], hr[ids["Eve"]], hr[ids["Cleo"]]
    assert ann is not None and eve is not None and cleo is not None

    keys = [ids["Ann"], ids["Eve"], ids["Cleo"]]
    _reader, pages = pdf_text(comparison_pdf(db, keys).data)
    text = flat(" ".join(pages))
    assert "Fair score (80% interval)" in text and "† seen by one interviewer only" in text
    for fair in (ann, eve, cleo):
        assert _fair_text(fair) in text

    # Xena is still interviewing Cleo: Cleo's column reads withheld, her fair score is absent.
    assert comparison_report(db, keys, xena).candidates[2].fair is None
    _reader, pages = pdf_text(comparison_pdf(db, keys, xena).data)
    text = flat(" ".join(pages))
    assert _fair_text(ann) in text and _fair_text(eve) in text
    assert _fair_text(cleo) not in text and WITHHELD in text
