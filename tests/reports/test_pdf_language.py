# SPDX-License-Identifier: MIT
"""The PDFs in the user's language (issue 12, item 2): the same catalogues as the GUI, read back.

A German summary, shortlist comparison and debrief carry German headings, labels, dates and
decimal commas and none of the English ones; with no language chosen they stay English.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator

import pytest

from hireapp.domain import catalogue
from hireapp.reports import write_candidate_summary, write_comparison
from hireapp.services.debrief import debrief_pdf
from hireapp.services.decisions import record_decision
from hireapp.services.reports import candidate_report, comparison_report
from hireapp.storage.session import Database
from tests.reports.conftest import flat, pdf_text, record_interview

GERMAN_DAY = re.compile(
    r"\b\d{1,2}\. (Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.) \d{4}\b"
)
ENGLISH_DAY = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")


@pytest.fixture
def german() -> Iterator[None]:
    assert catalogue.use("de") == "de"
    yield
    catalogue.use(None)


def _summary(db: Database, email: str) -> str:
    out = io.BytesIO()
    write_candidate_summary(candidate_report(db, email), out)
    return flat("\n".join(pdf_text(out.getvalue())[1]))


def _comparison(db: Database, emails: list[str]) -> str:
    out = io.BytesIO()
    write_comparison(comparison_report(db, emails), out)
    return flat("\n".join(pdf_text(out.getvalue())[1]))


def _two(db: Database, candidate_with: Callable[..., str]) -> tuple[str, str]:
    first = candidate_with("Zoë Ørsted", "zoe@example.com")
    second = candidate_with("Ayşe Yılmaz", "ayse@example.com")
    record_interview(db, first, "Maria Keller", [5] * 8, impression=2, strengths="Ruhig.")
    record_interview(db, first, "Jonas Becker", [4] * 8, impression=2)
    record_interview(db, second, "Maria Keller", [2] * 8, impression=5)
    return first, second


def test_a_german_summary_has_german_headings_dates_and_no_english_ones(
    db: Database, candidate_with: Callable[..., str], german: None
) -> None:
    first, _second = _two(db, candidate_with)
    text = _summary(db, first)
    for heading in (
        "Zusammenfassung der Person · strukturierte Interviews",
        "Stelle",
        "Bewertungsbogen",
        "Gesamt (0–100)",
        "Erster Eindruck, 30 s",
        "Mittelwerte über 2 abgegebene Interviews.",
        "Notizen, Stärken und Bedenken",
        "Stärken: Ruhig.",
        "Entscheidung:",
        "Seite 1 von",
        "Vertraulich: personenbezogene Daten",
        "Empfehlung: Ja",
    ):
        assert heading in text, heading
    for english in (
        "Candidate summary",
        "Position",
        "Notes, strengths and concerns",
        "Strengths:",
        "Recommendation",
        "Confidential",
        "Page 1 of",
        "Means over",
    ):
        assert english not in text, english
    assert GERMAN_DAY.search(text) and not ENGLISH_DAY.search(text)


def test_a_german_shortlist_has_german_rows_and_decimal_commas(
    db: Database, candidate_with: Callable[..., str], german: None
) -> None:
    first, second = _two(db, candidate_with)
    text = _comparison(db, [first, second])
    assert "Vergleich der engeren Wahl" in text
    assert "Gesamt 88 25" in text
    assert "Erster Eindruck (30 s) 25 100" in text
    assert "Urgency 4,5 2,0" in text  # the rubric's own words stay; the figures take a comma
    assert "Empfehlungen 2 ja 1 ja" in text
    # The halo sentence, in the GUI's German words, with a decimal comma.
    assert "im Mittel 63 Punkte (2,5 Stufen)" in text
    assert "im Mittel 75 Punkte (3,0 Stufen)" in text
    for english in ("Shortlist comparison", "Recommendations", "First impression", "4.5"):
        assert english not in text, english
    assert GERMAN_DAY.search(text)


def test_a_german_debrief_has_german_headings_and_decision(
    db: Database, candidate_with: Callable[..., str], german: None
) -> None:
    first, _second = _two(db, candidate_with)
    record_decision(db, first, decision="hold", rationale="Second call", decided_by="Ina Lead")
    document = debrief_pdf(db, first)
    text = flat("\n".join(pdf_text(document.data)[1]))
    for heading in (
        "Nachbesprechung des Gremiums",
        "Entscheidung",
        "Zurückgestellt: Second call",
        "Erster Eindruck und Belege",
        "Fragen, die uneinigsten zuerst",
        "2 abgegebene Interviews.",
        "Empfiehlt",
    ):
        assert heading in text, heading
    for english in ("Panel debrief", "Decision", "On hold", "First impression", "Question"):
        assert english not in text, english


def test_without_a_choice_the_documents_stay_english(
    db: Database, candidate_with: Callable[..., str]
) -> None:
    # The tests' environment says HIREAPP_LANGUAGE=en (tests/conftest.py), as a C locale would.
    assert catalogue.current() == "en"
    first, second = _two(db, candidate_with)
    text = _summary(db, first)
    assert "Candidate summary · structured interviews" in text
    assert "Means over 2 submitted interviews." in text
    assert ENGLISH_DAY.search(text) and not GERMAN_DAY.search(text)
    assert "Urgency 4.5 2.0" in _comparison(db, [first, second])


def test_the_language_follows_the_environment() -> None:
    assert catalogue.from_environment({"HIREAPP_LANGUAGE": "de"}) == "de"
    assert catalogue.from_environment({"LANG": "de_DE.UTF-8"}) == "de"
    assert catalogue.from_environment({"LANGUAGE": "fr:de", "LANG": "fr_FR.UTF-8"}) == "de"
    assert catalogue.from_environment({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"
    assert catalogue.from_environment({"LANG": "fr_FR.UTF-8"}) == "en"  # no French catalogue
    assert catalogue.from_environment({}) == "en"
    assert catalogue.from_environment({"HIREAPP_LANGUAGE": "en", "LANG": "de_DE"}) == "en"


def test_counts_take_their_singular_in_both_languages() -> None:
    text = "%n submitted interviews."
    assert catalogue.translate("DebriefPdf", text, "", 1) == "1 submitted interview."
    assert catalogue.translate("DebriefPdf", text, "", 3) == "3 submitted interviews."
    catalogue.use("de")
    try:
        assert catalogue.translate("DebriefPdf", text, "", 1) == "1 abgegebenes Interview."
        assert catalogue.translate("DebriefPdf", text, "", 0) == "0 abgegebene Interviews."
        assert catalogue.number_text(3.25, 2) == "3,25"
    finally:
        catalogue.use(None)
