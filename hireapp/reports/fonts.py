# SPDX-License-Identifier: MIT
"""The fonts of every report, and text made safe for ReportLab's Paragraph markup.

DejaVu Sans covers Latin, Greek and Cyrillic in four styles; it has no Chinese, Japanese or
Korean, so runs of characters DejaVu lacks are set in Droid Sans Fallback, switched inside the
paragraph. User text is escaped first: a note saying "<b>" or "&" prints as typed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hireapp.assets import resource_path

SANS = "HireSans"
SANS_BOLD = "HireSans-Bold"
SANS_ITALIC = "HireSans-Oblique"
SANS_BOLD_ITALIC = "HireSans-BoldOblique"
FALLBACK = "HireFallback"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    FALLBACK: "DroidSansFallback.ttf",
}
# Blocks whose letters DejaVu draws unjoined and left to right, or not at all: text with any of
# them is laid out by hireapp.reports.scripts (bidi, shaping) in these Noto fonts.
SCRIPT_BLOCKS = (
    (0x0590, 0x05FF, "HireHebrew"),
    (0xFB1D, 0xFB4F, "HireHebrew"),
    (0x0600, 0x06FF, "HireArabic"),
    (0x0750, 0x077F, "HireArabic"),
    (0x0870, 0x08FF, "HireArabic"),
    (0xFB50, 0xFDFF, "HireArabic"),
    (0xFE70, 0xFEFF, "HireArabic"),
    (0x0900, 0x097F, "HireDevanagari"),
    (0xA8E0, 0xA8FF, "HireDevanagari"),
    (0x1CD0, 0x1CFF, "HireDevanagari"),
    (0x0980, 0x09FF, "HireBengali"),
    (0x0B80, 0x0BFF, "HireTamil"),
    (0x0E00, 0x0E7F, "HireThai"),
)
# Control characters other than tab and newline cannot be set; they would only confuse the parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


@functools.cache
def register_fonts() -> None:
    """Register the fonts with ReportLab once per process."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{file}"))))
    for bold in (0, 1):
        for italic in (0, 1):
            face = (SANS, SANS_ITALIC, SANS_BOLD, SANS_BOLD_ITALIC)[bold * 2 + italic]
            addMapping(SANS, bold, italic, face)
            # The fallback has one style: bold or italic Chinese is set upright and regular.
            addMapping(FALLBACK, bold, italic, FALLBACK)


@functools.cache
def _covered() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(SANS)
    return frozenset(font.face.charToGlyph)


@functools.cache
def _fallback_covered() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(FALLBACK).face.charToGlyph)


def script_block(char: str) -> str | None:
    """The script font of `char` if it lies in one of SCRIPT_BLOCKS."""
    code = ord(char)
    if code < 0x0590:
        return None
    for first, last, font in SCRIPT_BLOCKS:
        if first <= code <= last:
            return font
    return None


@functools.cache
def _covered_chars() -> frozenset[str]:
    """Characters DejaVu sets well (its own, minus the script blocks), as strings, so whole texts
    are checked at C speed (issuperset)."""
    # Beyond 16 bits (emoji) ReportLab's ToUnicode map cannot say which character a glyph is.
    return frozenset(c for c in map(chr, _covered()) if c <= "\uffff" and script_block(c) is None)


def needs_fallback(char: str) -> bool:
    """Whether DejaVu lacks this character and the fallback font has it."""
    code = ord(char)
    return code not in _covered() and code in _fallback_covered()


def in_main_font(text: str) -> bool:
    """Whether DejaVu sets every character of `text`: no run needs another font."""
    return text.isascii() or _covered_chars().issuperset(text)


def one_line(text: str, font: str, size: float, room: float) -> str | None:
    """`text` cleaned, if it can be drawn as a plain string: one line within `room`, in `font`."""
    text = clean(text)
    if "\n" in text or not in_main_font(text):
        return None
    return text if pdfmetrics.stringWidth(text, font, size) <= room else None


def clean(text: str) -> str:
    """Text as it can be set: NFC, no control characters, Windows line ends made plain."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


def runs(text: str, font: str = SANS) -> list[tuple[str, str]]:
    """The text split into (font, characters) runs: `font` where DejaVu has the glyphs."""
    if in_main_font(text):
        return [(font, text)] if text else []
    result: list[tuple[str, str]] = []
    current: list[str] = []
    in_fallback = False
    for char in text:
        fallback = needs_fallback(char)
        if fallback != in_fallback and current:
            result.append((FALLBACK if in_fallback else font, "".join(current)))
            current = []
        in_fallback = fallback
        current.append(char)
    if current:
        result.append((FALLBACK if in_fallback else font, "".join(current)))
    return result


def markup(text: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept, other scripts in the fallback."""
    parts = []
    for font, chunk in runs(clean(text)):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(f'<font face="{FALLBACK}">{escaped}</font>' if font == FALLBACK else escaped)
    return "".join(parts)


def width(text: str, size: float, font: str = SANS) -> float:
    """The printed width of text set in runs, in points."""
    return float(sum(pdfmetrics.stringWidth(c, face, size) for face, c in runs(text, font)))
