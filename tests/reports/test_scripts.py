# SPDX-License-Identifier: MIT
"""Names and notes in any script, in every PDF: drawn with real glyphs, read back as typed.

Each document is built through the services from a candidate named in the script, with notes in
it, then read back by poppler's pdftotext (the engine of the usual Linux viewers). The glyph check
reads the embedded font subsets themselves: every character code the pages draw must map to a
real glyph, not to glyph 0 (.notdef, the empty box).
"""

from __future__ import annotations

import io
import os
import pathlib
import re
import shutil
import struct
import subprocess
import unicodedata
from collections.abc import Callable

import pypdf
import pytest
from pypdf.generic import ByteStringObject, TextStringObject

from hireapp.reports import write_candidate_summary, write_comparison
from hireapp.reports.scripts import break_lines, itemise, parse
from hireapp.services.reports import candidate_report, comparison_report
from hireapp.storage.session import Database
from tests.reports.conftest import record_interview, render_png

# script: (candidate's name, a note in the same script)
SCRIPTS = {
    "arabic": ("محمد عبد الله", "العميل كان غاضبا، وقد هدأته بلطف خلال 5 دقائق."),
    "hebrew": ("שרה לוי", "הלקוחה הייתה מרוצה מאוד (תודה!)"),
    "devanagari": ("प्रिया शर्मा", "ग्राहक की समस्या धैर्य से सुलझाई"),
    "bengali": ("সুমন দাস", "গ্রাহকের প্রশ্নের উত্তর দিয়েছেন"),
    "tamil": ("தமிழ்செல்வி முருகன்", "வாடிக்கையாளரிடம் பொறுமையாக பேசினார்"),
    "thai": ("สมชาย ใจดี", "ลูกค้าพอใจมาก"),
    "chinese": ("李小龙", "客户非常满意"),
    "emoji": ("Ana Lima 😀", "Great with customers 👍🏽 🚀 ❤️ 🎉 👨‍👩‍👧"),
    # A Latin name beside an Arabic one on one line, and a Latin note beside an Arabic one, with
    # markup typed into it (printed as typed).
    "mixed": ("Omar Haddad عمر حداد", "Calm & clear <b>(هادئ مع العملاء)</b> 2 times."),
}


# The invisible bidi controls: marks, embeddings, overrides and isolates (pdftotext adds some).
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normal(text: str) -> str:
    """Text as compared: NFKC, no bidi controls, spaces collapsed."""
    return " ".join(BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text)).split())


def pdftotext(pdf: bytes) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def _cmap_format6(font: bytes) -> dict[int, int]:
    """Character code to glyph id of a subset as ReportLab embeds it (one format 6 cmap)."""
    (count,) = struct.unpack_from(">H", font, 4)
    for i in range(count):
        tag, _sum, offset, _length = struct.unpack_from(">4sIII", font, 12 + 16 * i)
        if tag == b"cmap":
            (table_offset,) = struct.unpack_from(">I", font, offset + 8)
            start = offset + table_offset
            fmt, _len, _lang, first, entries = struct.unpack_from(">5H", font, start)
            assert fmt == 6, fmt
            ids = struct.unpack_from(f">{entries}H", font, start + 10)
            return {first + n: gid for n, gid in enumerate(ids)}
    raise AssertionError("no cmap")


def notdef_codes(pdf: bytes) -> list[tuple[str, int]]:
    """(font, code) of every character drawn with glyph 0 on any page."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    missing = []
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        cmaps = {
            name: _cmap_format6(font.get_object()["/FontDescriptor"]["/FontFile2"].get_data())
            for name, font in fonts.items()
            if "/FontFile2" in font.get_object().get("/FontDescriptor", {})
        }
        current = None
        content = pypdf.generic.ContentStream(page.get_contents(), reader)
        for operands, operator in content.operations:
            if operator == b"Tf":
                current = operands[0]
            elif operator in (b"Tj", b"TJ") and current in cmaps:
                strings = operands[0] if operator == b"TJ" else [operands[0]]
                for s in strings:
                    if isinstance(s, TextStringObject):
                        raw = s.get_original_bytes()
                    elif isinstance(s, ByteStringObject):
                        raw = bytes(s)
                    else:
                        continue
                    missing += [(str(current), c) for c in raw if cmaps[current].get(c, 0) == 0]
    return missing


def summary_pdf(db: Database, candidate_with: Callable[..., str], script: str) -> bytes:
    name, note = SCRIPTS[script]
    email = candidate_with(name, f"{script}@example.com")
    record_interview(
        db, email, "Maria Keller", [4, 3, 5, 4, 4, 3, 4, 5],
        impression_note=note, notes={"urgency": note}, strengths=note,
    )  # fmt: skip
    record_interview(db, email, name, [3, 3, 4, 4, 3, 3, 4, 4], concerns=note)
    out = io.BytesIO()
    write_candidate_summary(candidate_report(db, email), out)
    return out.getvalue()


def keep_screenshots(pdf: bytes, tmp_path: pathlib.Path, stem: str) -> list[pathlib.Path]:
    """Every page rendered by poppler; kept in $HIREAPP_SCRIPT_SCREENSHOTS when it is set."""
    path = tmp_path / f"{stem}.pdf"
    path.write_bytes(pdf)
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    pngs = []
    for page in range(1, pages + 1):
        png = render_png(path, page, 70)
        pngs.append(png.rename(tmp_path / f"{stem}-{page}.png"))
    keep = os.environ.get("HIREAPP_SCRIPT_SCREENSHOTS")
    if keep:
        for png in pngs:
            shutil.copy(png, pathlib.Path(keep) / png.name)
    return pngs


@pytest.mark.parametrize("script", SCRIPTS)
def test_summary_reads_back_name_and_notes_in_every_script(
    db: Database, candidate_with: Callable[..., str], script: str, tmp_path: pathlib.Path
) -> None:
    name, note = SCRIPTS[script]
    pdf = summary_pdf(db, candidate_with, script)
    text = normal(pdftotext(pdf))
    assert normal(name) in text
    # The note, as impression note, question note, strength and concern.
    assert text.count(normal(note)) >= 4, text
    assert notdef_codes(pdf) == []
    pngs = keep_screenshots(pdf, tmp_path, f"scripts-{script}")
    assert all(png.stat().st_size > 0 for png in pngs)


def test_shortlist_reads_back_every_script(
    db: Database, candidate_with: Callable[..., str], tmp_path: pathlib.Path
) -> None:
    emails = []
    for script in ("arabic", "hebrew", "devanagari", "thai", "tamil", "chinese", "emoji"):
        email = candidate_with(SCRIPTS[script][0], f"{script}@example.com")
        record_interview(db, email, "Maria Keller", [4] * 8)
        emails.append(email)
    out = io.BytesIO()
    write_comparison(comparison_report(db, emails), out)
    pdf = out.getvalue()
    text = normal(pdftotext(pdf))
    for script in ("arabic", "hebrew", "devanagari", "thai", "tamil", "chinese", "emoji"):
        # Names are read in the table head and again under the chart.
        assert text.count(normal(SCRIPTS[script][0])) >= 2, (script, text)
    assert notdef_codes(pdf) == []
    keep_screenshots(pdf, tmp_path, "scripts-shortlist")


def test_arabic_is_joined_and_right_to_left(
    db: Database, candidate_with: Callable[..., str]
) -> None:
    """Drawn glyphs are the joined forms, not DejaVu's isolated letters; the run is marked."""
    pdf = summary_pdf(db, candidate_with, "arabic")
    assert b"/ActualText" in pypdf.PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data()
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any(re.search(r"NotoSansArabic", f) for f in fonts), fonts
    # Read back in logical order: the first name first, not "هللا دبع دمحم".
    assert "محمد عبد الله" in normal(pdftotext(pdf))


def test_latin_document_embeds_no_script_font(
    db: Database, candidate_with: Callable[..., str]
) -> None:
    email = candidate_with("Anna Schmidt", "anna@example.com")
    record_interview(db, email, "Maria Keller", [4] * 8, notes={"urgency": "Calm, clear."})
    out = io.BytesIO()
    write_candidate_summary(candidate_report(db, email), out)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    fonts = {str(f["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert fonts and not any("Noto" in f for f in fonts), fonts
    assert all(b"/ActualText" not in p.get_contents().get_data() for p in reader.pages)


def test_a_long_arabic_note_flows_across_pages_in_reading_order(
    db: Database, candidate_with: Callable[..., str]
) -> None:
    # 2,352 different words without digits (two letters, then a third), read back in order.
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    words = [a + b + c for a in letters for b in letters for c in "سمن"]
    note = " ".join(words)
    email = candidate_with("Layla Haddad", "layla@example.com")
    record_interview(db, email, "Maria Keller", [4] * 8, strengths=note)
    out = io.BytesIO()
    write_candidate_summary(candidate_report(db, email), out)
    pdf = out.getvalue()
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) >= 3
    # Page chrome comes between the pages' parts of the note: the note's words, in order.
    known = set(words)
    assert [w for w in normal(pdftotext(pdf)).split() if w in known] == words
    assert notdef_codes(pdf) == []


@pytest.mark.parametrize(
    "text",
    [
        "ลูกค้าพอใจมากเพราะพนักงานช่วยเหลือทันที",  # Thai: no spaces between words
        "क्षत्रियप्रियाशर्माग्राहकसमस्या",  # Devanagari conjuncts
        "வாடிக்கையாளரிடம்பொறுமையாக",  # Tamil
        "👨‍👩‍👧👍🏽👨‍👩‍👧👍🏽👨‍👩‍👧👍🏽",  # a family and skin tones
    ],
)
def test_a_word_wider_than_a_line_is_cut_between_clusters(text: str) -> None:
    [spans] = parse(text)
    lines = break_lines(itemise(spans, False), room=40, size=10)
    parts = ["".join(r.text for r in line.runs) for line in lines]
    assert len(parts) > 1 and "".join(parts) == text
    for part in parts[1:]:
        first = part[0]
        assert unicodedata.category(first) not in ("Mn", "Mc", "Me", "Cf"), parts
        assert first not in "\u0e30\u0e32\u0e33\u0e45" and first != "\U0001f3fd", parts
    for part in parts[:-1]:
        last = part[-1]
        assert unicodedata.combining(last) != 9 and last != "\u200d", parts
        assert not "\u0e40" <= last <= "\u0e44", parts
