# SPDX-License-Identifier: MIT
"""The candidate summary, read back from the PDF as a panel member would read it."""

from __future__ import annotations

import dataclasses
import io
import pathlib
from collections.abc import Callable

import pytest

from hireapp.domain.rubric import default_rubric_path, load_rubric
from hireapp.domain.scoring import to_percent
from hireapp.reports import write_candidate_summary
from hireapp.services.reports import NothingToReport, candidate_report
from hireapp.storage.session import Database
from tests.reports.conftest import flat, pdf_text, record_interview, render_png

RUBRIC = load_rubric(default_rubric_path())
LEVELS = {
    "Maria Keller": [4, 5, 3, 4, 4, 5, 3, 4],
    "Jonas Becker": [2, 3, 3, 2, 4, 3, 2, 3],
    "Aisha Rahman": [5, 4, 4, 5, 3, 4, 5, 5],
}


def build(db: Database, key: str) -> bytes:
    out = io.BytesIO()
    write_candidate_summary(candidate_report(db, key), out)
    return out.getvalue()


def test_summary_has_every_name_score_note_and_page_number(
    db: Database, candidate_with: Callable[[str, str], str]
) -> None:
    email = candidate_with("Anna Schmidt", "anna@example.com")
    for name, levels in LEVELS.items():
        record_interview(
            db, email, name, levels,
            notes={"urgency": f"Urgency note by {name}."},
            strengths=f"Strength seen by {name}.", concerns=f"Concern seen by {name}.",
        )  # fmt: skip
    reader, pages = pdf_text(build(db, email))
    text = "\n".join(pages)
    assert "Anna Schmidt" in pages[0]
    assert "Customer service representative" in pages[0]
    for name in LEVELS:
        assert name in text
        assert f"Urgency note by {name}." in flat(text)
        assert f"Strength seen by {name}." in flat(text)
        assert f"Concern seen by {name}." in flat(text)
    report = candidate_report(db, email)
    # Each question row: the title, every interviewer's level in order, then the mean.
    rows = flat(text)
    for section in report.sections:
        for q in section.questions:
            expected = [LEVELS[i.interviewer][RUBRIC.questions().index(RUBRIC.question(q.id))]
                        for i in report.interviews]  # fmt: skip
            assert list(q.levels) == expected
            cells = " ".join(str(v) for v in expected)
            assert f"{q.title} {cells} {sum(expected) / 3:.1f}" in rows, q.title
    for i in report.interviews:
        assert i.overall is not None and i.structured is not None
        assert f"{i.overall:.0f}" in rows and f"{i.structured:.0f}" in rows
    assert f"{report.overall:.0f}" in pages[0]
    assert f"{to_percent(4):.0f}" in pages[0]  # every first impression was level 4: 75
    assert "Yes 3" in rows
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
    for page in pages:
        assert "Confidential" in page
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Candidate summary: Anna Schmidt"
    assert meta.author == "hireapp"
    assert meta.subject and "Customer service representative" in meta.subject


def test_unicode_names_and_markup_print_literally(
    db: Database, candidate_with: Callable[..., str], tmp_path: pathlib.Path
) -> None:
    email = candidate_with("李小龙 Łukasz Żółć", "lee@example.com")
    hostile = (
        '<b>not bold</b> & <font name="Nope">x</font> "quoted" \'single\' <para> </para> &amp;'
    )
    record_interview(
        db, email, "Zoë Ørsted", [3] * 8,
        impression_note=hostile,
        notes={"urgency": "Ayşe Yılmaz mentioned 你好 & <br/> then\nline two"},
        strengths="<unclosed", concerns="a > b && c < d",
    )  # fmt: skip
    record_interview(db, email, "Ayşe Yılmaz", [4] * 8)
    data = build(db, email)
    reader, pages = pdf_text(data)
    text = flat("\n".join(pages))
    for phrase in ("李小龙", "Łukasz Żółć", "Zoë Ørsted", "Ayşe Yılmaz", "你好"):
        assert phrase in text, phrase
    assert hostile in text
    assert "& <br/> then" in text and "line two" in text
    assert "<unclosed" in text and "a > b && c < d" in text
    assert reader.metadata is not None and reader.metadata.title == (
        "Candidate summary: 李小龙 Łukasz Żółć"
    )
    pdf = tmp_path / "unicode.pdf"
    pdf.write_bytes(data)
    png = render_png(pdf)
    assert png.stat().st_size > 10_000


def test_a_twenty_page_note_flows_across_pages(
    db: Database, candidate_with: Callable[..., str]
) -> None:
    email = candidate_with("Long Note", "long@example.com")
    record_interview(db, email, "Maria Keller", [3] * 8)
    report = candidate_report(db, email)
    # Longer than the app lets anyone type (a printed report must survive any stored text).
    words = [f"word{n}" for n in range(16_000)]
    long_note = " ".join(words[:8000]) + "\n\n" + " ".join(words[8000:])
    first = report.interviews[0]
    stretched = dataclasses.replace(first, impression_note=long_note)
    out = io.BytesIO()
    write_candidate_summary(dataclasses.replace(report, interviews=(stretched,)), out)
    _reader, pages = pdf_text(out.getvalue())
    assert len(pages) >= 20
    text = flat("\n".join(pages))
    assert "word0 word1" in text and "word15999" in text
    # Nothing clipped: every word made it onto some page.
    assert all(f"word{n} " in text + " " for n in range(0, 16_000, 997))
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_candidate_without_interviews_is_a_clear_error(
    db: Database, candidate_with: Callable[..., str]
) -> None:
    email = candidate_with("Nobody Yet", "nobody@example.com")
    with pytest.raises(NothingToReport, match="not been interviewed yet"):
        candidate_report(db, email)
    record_interview(db, email, "Maria Keller", [3, 3], submit=False)
    with pytest.raises(NothingToReport, match="no submitted interview yet"):
        candidate_report(db, email)


def test_drafts_are_left_out_and_said_so(db: Database, candidate_with: Callable[..., str]) -> None:
    email = candidate_with("Draft Case", "draft@example.com")
    record_interview(db, email, "Maria Keller", [4] * 8)
    record_interview(db, email, "Jonas Becker", [1, 1, 1], submit=False)
    report = candidate_report(db, email)
    assert [i.interviewer for i in report.interviews] == ["Maria Keller"]
    assert report.structured == pytest.approx(75.0)
    _reader, pages = pdf_text(build(db, email))
    text = flat("\n".join(pages))
    assert "Not included: 1 draft interview still in progress (Jonas Becker)" in text
    assert "Jonas Becker" not in text.replace("(Jonas Becker)", "")


def test_impression_far_from_the_evidence_gets_a_note(
    db: Database, candidate_with: Callable[..., str]
) -> None:
    email = candidate_with("Charm Only", "charm@example.com")
    record_interview(db, email, "Maria Keller", [1] * 8, impression=5)
    _reader, pages = pdf_text(build(db, email))
    assert "first impression was on average 100 points (4.0 levels) above the structured" in (
        flat(pages[0])
    )
    email = candidate_with("Steady", "steady@example.com")
    record_interview(db, email, "Maria Keller", [4] * 8, impression=4)
    _reader, pages = pdf_text(build(db, email))
    assert "on average" not in flat(pages[0])


def test_table_cells_are_plain_only_when_they_fit_one_line_in_the_main_font() -> None:
    from reportlab.platypus import Paragraph

    from hireapp.reports.summary import CandidateSummaryRenderer

    renderer = CandidateSummaryRenderer()
    style = renderer.styles["cell"]
    # A plain cell is drawn as is: markup needs no escaping and prints as typed.
    assert renderer.text_cell('Ana "Bo" <b>Ng</b> & Co', style, 200) == 'Ana "Bo" <b>Ng</b> & Co'
    assert isinstance(renderer.text_cell("王芳 Wang", style, 200), Paragraph)  # fallback font
    assert isinstance(renderer.text_cell("Maximilian von Hohenzollern", style, 40), Paragraph)
    assert isinstance(renderer.text_cell("two\nlines", style, 200), Paragraph)


def test_markup_in_an_interviewer_name_prints_as_typed_in_every_place(
    db: Database, candidate_with: Callable[..., str]
) -> None:
    email = candidate_with("Plain Cells", "plain@example.com")
    name = 'Ana "Bo" <b>Ng</b> & Co'
    record_interview(db, email, name, [3] * 8)
    _reader, pages = pdf_text(build(db, email))
    text = flat("\n".join(pages))
    # The header row, the interviews table, the chart legend and the notes heading.
    assert text.count(name) >= 4, text
