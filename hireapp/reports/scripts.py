# SPDX-License-Identifier: MIT
"""Text in any script: a font per run, the bidi step, HarfBuzz shaping, and text that reads back.

ReportLab's Paragraph sets Latin, Greek, Cyrillic and (through the fallback) Chinese, Japanese and
Korean well, and stays the fast path for them. Right-to-left scripts (Arabic, Hebrew), scripts
whose letters change shape with their neighbours (Devanagari, Bengali, Tamil, Thai) and symbols
DejaVu lacks (emoji) take this module instead:

1. each character gets a font (DejaVu for what it sets well, a Noto family per script, Noto Emoji
   and Noto Sans Symbols 2 for the rest), neutral characters such as spaces staying in the run
   they sit in;
2. the Unicode bidi algorithm (python-bidi's reference implementation) gives every character its
   embedding level, so a Latin name beside an Arabic note orders correctly;
3. lines are broken in logical order, then each line's runs are put in visual order (rule L2);
4. each run is shaped by HarfBuzz (joining forms, conjuncts, marks) and drawn glyph by glyph;
5. each shaped run is wrapped in marked content carrying /ActualText, because the glyphs of a
   conjunct or a joined Arabic letter have no character of their own: with it, search, copy and
   pdftotext read the name as typed. Poppler reads the /ActualText of a right-to-left run in
   visual order and reorders it itself, so such a run's text is given reversed.

Scripts with no bold face here (every Noto family is shipped in Regular only, to keep the package
small) are emboldened by stroking the outline, as word processors do.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import uharfbuzz as hb  # type: ignore[import-untyped]
from bidi import algorithm as bidi  # type: ignore[import-untyped]
from bidi import get_display  # type: ignore[import-untyped,unused-ignore]
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from hireapp.assets import resource_path
from hireapp.reports.fonts import (
    FALLBACK,
    SANS,
    SANS_BOLD,
    SANS_BOLD_ITALIC,
    SANS_ITALIC,
    in_main_font,
    register_fonts,
    script_block,
)

# The names match fonts.SCRIPT_BLOCKS.
ARABIC = "HireArabic"
HEBREW = "HireHebrew"
DEVANAGARI = "HireDevanagari"
BENGALI = "HireBengali"
TAMIL = "HireTamil"
THAI = "HireThai"
SYMBOLS = "HireSymbols"
EMOJI = "HireEmoji"

_FILES = {
    ARABIC: "NotoSansArabic-Regular.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    BENGALI: "NotoSansBengali-Regular.ttf",
    TAMIL: "NotoSansTamil-Regular.ttf",
    THAI: "NotoSansThai-Regular.ttf",
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
    EMOJI: "NotoEmoji.ttf",
}
_BASE = {(False, False): SANS, (True, False): SANS_BOLD, (False, True): SANS_ITALIC}
_BASE[(True, True)] = SANS_BOLD_ITALIC
_SANS_FACES = frozenset(_BASE.values())
# Characters that belong to the run they follow: marks, joiners, variation selectors.
_ATTACHED = frozenset({"Mn", "Mc", "Me", "Cf"})
_NEUTRAL = frozenset({"WS", "ON", "CS", "ES", "ET", "EN", "AN", "BN", "NSM", "S"})
# Explicit embeddings and overrides (not isolates or marks) are left out of the reference
# implementation's output; they are dropped before it runs so indexes stay aligned.
_EMBEDDINGS = re.compile("[\u202a-\u202e]")
_TAG = re.compile(r"<(/?)(b|i|br|font)\b[^>]*>|&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);")
_LEVELS = re.compile(r"\blevels: \[(.*?)\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
LRM = "\u200e"
BOLD_STROKE = 0.03  # of the font size: the outline stroked to embolden a Regular-only script


@functools.cache
def register_script_fonts() -> None:
    """Register the script fonts once per process (only a document that needs one loads them)."""
    register_fonts()
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{file}"))))


@functools.cache
def _cmap(font: str) -> frozenset[int]:
    register_script_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def needs_scripts(text: str) -> bool:
    """Whether `text` needs this module: a character outside DejaVu's plain, left-to-right set.

    Chinese, Japanese and Korean characters alone do not: Paragraph sets them in the fallback.
    """
    if in_main_font(text):
        return False
    fallback = _cmap(FALLBACK)
    return any(script_block(c) or (not in_main_font(c) and ord(c) not in fallback) for c in text)


def paragraph(markup: str, style: ParagraphStyle) -> Flowable:
    """A Paragraph of `markup`, or a ScriptParagraph when its text needs bidi or shaping."""
    return ScriptParagraph(markup, style) if needs_scripts(markup) else Paragraph(markup, style)


def font_for(char: str, base: str) -> str:
    """The font that sets `char` in text whose own font is `base` (a DejaVu face)."""
    script = script_block(char)
    if script is not None:
        return script
    code = ord(char)
    if code in _cmap(base):
        return base
    if code in _cmap(FALLBACK):
        return FALLBACK
    if code in _cmap(EMOJI):
        return EMOJI
    if code in _cmap(SYMBOLS):
        return SYMBOLS
    return base


# --- shaping ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Glyph:
    char: str  # a character the embedded subset maps to this glyph
    x: float  # pen position of the glyph, in 1/1000 em from the run's start
    dx: float
    dy: float


@dataclass(frozen=True)
class Shaped:
    glyphs: tuple[Glyph, ...]
    advance: float  # in 1/1000 em
    plain: bool  # every glyph is its character's own: the subset's ToUnicode reads it back


@functools.cache
def _hb_font(font: str) -> Any:
    """HarfBuzz's view of a registered font, read from the file ReportLab read."""
    return hb.Font(hb.Face(hb.Blob.from_file_path(pdfmetrics.getFont(font).face.filename)))


def _char_of(ttf: TTFont, gid: int, advance: float) -> tuple[str, bool]:
    """A character that draws glyph `gid`, and whether it is one of the font's own."""
    face = ttf.face
    chars = face.glyphToChar.get(gid)
    if chars:
        return chr(chars[0]), chars[0] < 0xE000 or chars[0] > 0xF8FF
    # A joining form or conjunct with no character: a private-use code drawing it, as
    # ReportLab's own shaping does; /ActualText carries the real text.
    code = 0xE000
    while code in face.charToGlyph:
        code += 1
    face.charToGlyph[code] = gid
    face.glyphToChar.setdefault(gid, []).append(code)
    face.charWidths[code] = advance
    return chr(code), False


@functools.lru_cache(maxsize=4096)
def shape(font: str, text: str, rtl: bool) -> Shaped:
    """`text` shaped in `font`, glyphs in visual order (left to right)."""
    register_script_fonts()
    ttf = pdfmetrics.getFont(font)
    hb_font = _hb_font(font)
    scale = 1000 / ttf.face.unitsPerEm
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
    hb.shape(hb_font, buf, {"kern": True, "liga": True})
    glyphs = []
    x = 0.0
    # ReportLab's ToUnicode maps keep 16 bits: a character beyond them (emoji) needs /ActualText.
    plain = not rtl and len(buf.glyph_infos) == len(text) and all(ord(c) < 0x10000 for c in text)
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        advance = pos.x_advance * scale
        char, own = _char_of(ttf, info.codepoint, advance)
        plain = plain and own and pos.x_offset == 0 and pos.y_offset == 0
        glyphs.append(Glyph(char, x, pos.x_offset * scale, pos.y_offset * scale))
        x += advance
    return Shaped(tuple(glyphs), x, plain)


# --- bidi and runs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """Characters in logical order sharing a font, a weight and a direction level."""

    text: str
    font: str
    bold: bool
    level: int


def _levels(text: str, rtl_base: bool) -> list[int]:
    """Each character's embedding level, by the current bidi algorithm (UAX #9 with bracket pairs).

    python-bidi 0.6 returns levels only in its debug report (Rust's unicode-bidi, one level per
    UTF-8 byte); its pure-Python reference implementation predates bracket pairs (rule N0), which
    a note such as "... جيدة (3) here" needs. The report is read; should its form ever change,
    the reference implementation is used rather than nothing.
    """
    report = get_display(text, base_dir="R" if rtl_base else "L", debug=True)
    found = _LEVELS.search(report) if isinstance(report, str) else None
    per_byte = [int(n) for n in _LEVEL.findall(found.group(1))] if found else []
    if len(per_byte) == len(text.encode("utf-8")):
        levels = []
        at = 0
        for char in text:
            levels.append(per_byte[at])
            at += len(char.encode("utf-8"))
        return levels
    return _reference_levels(text, rtl_base)


def _reference_levels(text: str, rtl_base: bool) -> list[int]:
    storage = bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl_base else 0
    storage["base_dir"] = "R" if rtl_base else "L"
    bidi.get_embedding_levels(text, storage)
    bidi.explicit_embed_and_overrides(storage)
    bidi.resolve_weak_types(storage)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    return [int(c["level"]) for c in storage["chars"]]


def is_rtl(text: str) -> bool:
    """Whether the first strong character of `text` is right to left (rules P2, P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def itemise(spans: list[tuple[str, bool, bool]], rtl_base: bool) -> list[Run]:
    """Runs of (text, bold, italic) spans: one per change of font, weight or level."""
    text = "".join(t for t, _b, _i in spans)
    levels = _levels(text, rtl_base) if text else []
    runs: list[Run] = []
    chars: list[str] = []
    current: tuple[str, bool, int] | None = None
    index = 0
    for span, bold, italic in spans:
        base = _BASE[(bold, italic)]
        for char in span:
            level = levels[index]
            index += 1
            font = font_for(char, base)
            if current is not None and level == current[2] and font != current[0]:
                kind = unicodedata.category(char)
                attached = kind in _ATTACHED
                neutral = unicodedata.bidirectional(char) in _NEUTRAL and not char.isalpha()
                # Spaces stay in a script's run (it shapes as one piece), not in an emoji font's,
                # whose spaces are as wide as its pictures.
                joins = current[0] not in (EMOJI, SYMBOLS) and ord(char) in _cmap(current[0])
                if attached or (neutral and joins):
                    font = current[0]
            key = (font, bold, level)
            if key != current and chars:
                assert current is not None
                runs.append(Run("".join(chars), current[0], current[1], current[2]))
                chars = []
            current = key
            chars.append(char)
    if chars and current is not None:
        runs.append(Run("".join(chars), current[0], current[1], current[2]))
    return runs


def visual(runs: list[Run]) -> list[Run]:
    """Runs of one line in visual order: rule L2, reversing from the highest level down."""
    if not runs:
        return runs
    order = list(runs)
    top = max(r.level for r in order)
    lowest_odd = min((r.level for r in order if r.level % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i].level >= level:
                j = i
                while j < len(order) and order[j].level >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def run_width(run: Run, size: float) -> float:
    return shape(run.font, run.text, run.level % 2 == 1).advance * size / 1000


# --- lines -----------------------------------------------------------------------------------


@dataclass
class Line:
    runs: list[Run] = field(default_factory=list)  # logical order
    width: float = 0.0


def _split_run(run: Run, at: int) -> tuple[Run, Run]:
    return (
        Run(run.text[:at], run.font, run.bold, run.level),
        Run(run.text[at:], run.font, run.bold, run.level),
    )


def _words(runs: list[Run]) -> Iterator[list[Run]]:
    """The runs cut after each space: the places a line may break."""
    word: list[Run] = []
    for run in runs:
        rest = run
        while True:
            cut = _break_after(rest.text)
            if cut is None or cut == len(rest.text):
                word.append(rest)
                if cut is not None:
                    yield word
                    word = []
                break
            head, rest = _split_run(rest, cut)
            word.append(head)
            yield word
            word = []
    if word:
        yield word


def _break_after(text: str) -> int | None:
    """The index after the first break opportunity in `text`: after a space, or a CJK ideograph."""
    for i, char in enumerate(text):
        if char == " " or (0x3000 <= ord(char) <= 0x9FFF and i + 1 < len(text)):
            end = i + 1
            while end < len(text) and text[end] == " ":
                end += 1
            return end
    return None


def _trimmed(runs: list[Run]) -> list[Run]:
    """A line's runs without the spaces it ends with (logically)."""
    runs = list(runs)
    while runs and not runs[-1].text.rstrip(" "):
        runs.pop()
    if runs and runs[-1].text.endswith(" "):
        last = runs[-1]
        runs[-1] = Run(last.text.rstrip(" "), last.font, last.bold, last.level)
    return runs


def _width(runs: list[Run], size: float) -> float:
    return sum(run_width(r, size) for r in runs)


def _may_cut(text: str, at: int) -> bool:
    """Whether a word too long for a line may be cut before text[at]: not inside a cluster."""
    before, after = text[at - 1], text[at]
    if unicodedata.category(after) in _ATTACHED or "\U0001f3fb" <= after <= "\U0001f3ff":
        return False  # a mark, a joiner or a skin tone belongs to what precedes it
    if before == "\u200d" or unicodedata.combining(before) == 9:
        return False  # after a zero-width joiner or a virama the next letter joins in
    # Thai vowels written before their consonant, and those written after it that are letters.
    return not ("\u0e40" <= before <= "\u0e44" or after in "\u0e30\u0e32\u0e33\u0e45")


def _cut_word(word: list[Run], room: float, size: float) -> tuple[list[Run], list[Run]]:
    """A word wider than a line, cut after the last whole cluster that fits."""
    text = "".join(r.text for r in word)
    cuts = [end for end in range(1, len(text)) if _may_cut(text, end)] or [len(text)]
    best = cuts[0]
    for end in cuts[1:]:
        if _width(_slice(word, 0, end), size) > room:
            break
        best = end
    return _slice(word, 0, best), _slice(word, best, len(text))


def _slice(runs: list[Run], start: int, end: int) -> list[Run]:
    result = []
    at = 0
    for run in runs:
        a, b = max(start, at), min(end, at + len(run.text))
        if a < b:
            result.append(Run(run.text[a - at : b - at], run.font, run.bold, run.level))
        at += len(run.text)
    return result


def break_lines(runs: list[Run], room: float, size: float) -> list[Line]:
    """Greedy line breaking in logical order."""
    lines: list[Line] = []
    current: list[Run] = []
    for word in _words(runs):
        candidate = current + word
        if current and _width(_trimmed(candidate), size) > room:
            lines.append(Line(_trimmed(current)))
            current = list(word)
        else:
            current = candidate
        while _width(_trimmed(current), size) > room and len("".join(r.text for r in current)) > 1:
            head, current = _cut_word(current, room, size)
            lines.append(Line(head))
    if current or not lines:
        lines.append(Line(_trimmed(current)))
    for line in lines:
        # Measured word by word; drawn run by run, so each run is shaped (and kerned) whole.
        line.runs = _merged(line.runs)
        line.width = _width(line.runs, size)
    return lines


def _merged(runs: list[Run]) -> list[Run]:
    """Neighbouring runs of one font, weight and level joined."""
    out: list[Run] = []
    for run in runs:
        last = out[-1] if out else None
        if last is not None and (last.font, last.bold, last.level) == (
            run.font, run.bold, run.level,
        ):  # fmt: skip
            out[-1] = Run(last.text + run.text, run.font, run.bold, run.level)
        else:
            out.append(run)
    return out


# --- drawing ---------------------------------------------------------------------------------


def _actual_text(text: str) -> str:
    """A PDF text string in UTF-16BE with its byte order mark, as hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _stops_poppler(char: str) -> bool:
    """Whether poppler ends a right-to-left stretch at `char`: a left-to-right letter, a digit,
    or the Arabic comma, which its tables count with the digits (found by trial)."""
    return char == "\u060c" or unicodedata.bidirectional(char) in ("L", "EN", "AN")


def _for_poppler(text: str) -> str:
    """The /ActualText of a right-to-left stretch inside a left-to-right line, for poppler.

    Poppler orders a left-to-right line by reversing each stretch that starts at a
    right-to-left letter and runs on up to the next left-to-right letter or digit; it mirrors
    nothing and stops at digits. Given the stretch's logical text, this returns the text whose
    reordering by that rule is the logical text again: each right-to-left stretch reversed up to
    its last right-to-left letter, the neutral characters after it (a bracket, a full stop)
    fenced off by a left-to-right mark, which the comparison of read-back text ignores.
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        j = i
        while j < n and unicodedata.bidirectional(text[j]) not in ("R", "AL"):
            j += 1
        out.append(text[i:j])
        if j >= n:
            break
        i = j
        while j < n and not _stops_poppler(text[j]):
            j += 1
        stretch = text[i:j]
        last = max(k for k, c in enumerate(stretch) if unicodedata.bidirectional(c) in ("R", "AL"))
        out.append(stretch[: last + 1][::-1])
        if last + 1 < len(stretch):
            out.append(LRM + stretch[last + 1 :])
        i = j
    out.append(LRM)  # what follows on the line is not taken into the stretch
    return "".join(out)


def _draw_run(canvas: Canvas, x: float, y: float, run: Run, size: float) -> float:
    """One run's glyphs from x; returns the x after it."""
    shaped = shape(run.font, run.text, run.level % 2 == 1)
    embolden = run.bold and run.font not in _SANS_FACES
    if embolden:
        canvas.saveState()  # the render mode outlives the text object
    text = canvas.beginText()
    text.setFont(run.font, size)
    if embolden:
        text.setTextRenderMode(2)  # fill and stroke: a script with no bold face
    scale = size / 1000
    for glyph in shaped.glyphs:
        text.setTextOrigin(x + (glyph.x + glyph.dx) * scale, y + glyph.dy * scale)
        text.textOut(glyph.char)
    canvas.drawText(text)
    if embolden:
        canvas.restoreState()
    return x + shaped.advance * scale


def draw_runs(canvas: Canvas, x: float, y: float, runs: list[Run], size: float, color: Any) -> None:
    """One line's runs (logical order) drawn from x on baseline y, left to right in visual order.

    Every run whose glyphs do not read back as its characters is marked with /ActualText. A
    right-to-left stretch (all of a right-to-left line) is marked as a whole, its text arranged
    for poppler's own reordering (see _for_poppler), so digits and brackets read back in place.
    """
    register_script_fonts()
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.setStrokeColor(color)
    canvas.setLineWidth(size * BOLD_STROKE)
    logical = {id(run): n for n, run in enumerate(runs)}
    order = visual(runs)
    i = 0
    while i < len(order):
        run = order[i]
        if run.level > 0:
            j = i
            while j < len(order) and order[j].level > 0:
                j += 1
            stretch = sorted(order[i:j], key=lambda r: logical[id(r)])
            said = _for_poppler("".join(r.text for r in stretch))
            canvas._code.append(f"/Span <</ActualText {_actual_text(said)}>> BDC")
            for part in order[i:j]:
                x = _draw_run(canvas, x, y, part, size)
            canvas._code.append("EMC")
            i = j
            continue
        marked = not shape(run.font, run.text, False).plain
        if marked:
            canvas._code.append(f"/Span <</ActualText {_actual_text(run.text)}>> BDC")
        x = _draw_run(canvas, x, y, run, size)
        if marked:
            canvas._code.append("EMC")
        i += 1
    canvas.restoreState()


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, color: Any,
    *, right: bool = False,
) -> float:  # fmt: skip
    """One line of plain text in any script at (x, y); returns its width."""
    bold = font in (SANS_BOLD, SANS_BOLD_ITALIC)
    italic = font in (SANS_ITALIC, SANS_BOLD_ITALIC)
    clean = _EMBEDDINGS.sub("", text)
    runs = itemise([(clean, bold, italic)], is_rtl(clean))
    total = _width(runs, size)
    draw_runs(canvas, x - total if right else x, y, runs, size, color)
    return total


def text_width(text: str, size: float, font: str = SANS) -> float:
    """The width of one line of plain text in any script, in points."""
    bold = font in (SANS_BOLD, SANS_BOLD_ITALIC)
    italic = font in (SANS_ITALIC, SANS_BOLD_ITALIC)
    clean = _EMBEDDINGS.sub("", text)
    return _width(itemise([(clean, bold, italic)], is_rtl(clean)), size)


# --- the paragraph ---------------------------------------------------------------------------


def parse(
    markup: str, bold: bool = False, italic: bool = False
) -> list[list[tuple[str, bool, bool]]]:
    """The markup our renderers write (<b>, <i>, <br/>, <font>, entities) as (text, bold, italic)
    spans, one list per hard line. Font tags are dropped: fonts are chosen per character."""
    lines: list[list[tuple[str, bool, bool]]] = [[]]
    at = 0
    depth = {"b": int(bold), "i": int(italic)}

    def add(text: str) -> None:
        if text:
            lines[-1].append((_EMBEDDINGS.sub("", text), depth["b"] > 0, depth["i"] > 0))

    for match in _TAG.finditer(markup):
        add(markup[at : match.start()])
        at = match.end()
        closing, tag, entity = match.groups()
        if entity:
            if entity.startswith("#"):
                number = entity[2:] if entity[1:2] in "xX" else entity[1:]
                add(chr(int(number, 16 if entity[1:2] in "xX" else 10)))
            else:
                add(_ENTITIES[entity])
        elif tag == "br":
            lines.append([])
        elif tag in depth:
            depth[tag] += -1 if closing else 1
    add(markup[at:])
    return lines


class ScriptParagraph(Flowable):  # type: ignore[misc]
    """A paragraph in any script: the markup subset our renderers use, laid out by this module.

    Used in place of Paragraph only for text that needs it (see `needs_scripts`), so documents in
    Latin scripts keep ReportLab's own, faster path.
    """

    def __init__(self, markup: str, style: ParagraphStyle, lines: list[Line] | None = None,
                 rtl: bool | None = None) -> None:  # fmt: skip
        super().__init__()
        register_script_fonts()
        self.markup = markup
        self.style = style
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        bold = style.fontName in (SANS_BOLD, SANS_BOLD_ITALIC)
        italic = style.fontName in (SANS_ITALIC, SANS_BOLD_ITALIC)
        self._spans = parse(markup, bold, italic)
        plain = "".join(t for line in self._spans for t, _b, _i in line)
        self.rtl = is_rtl(plain) if rtl is None else rtl
        self._lines = lines
        self._laid_for: float | None = None

    def _layout(self, room: float) -> list[Line]:
        if self._lines is not None and self._laid_for is None:
            return self._lines
        if self._laid_for != room or self._lines is None:
            size = self.style.fontSize
            lines: list[Line] = []
            for spans in self._spans:
                lines += break_lines(itemise(spans, self.rtl), room, size)
            self._lines = lines
            self._laid_for = room
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        room = avail_width - self.style.leftIndent - self.style.rightIndent
        lines = self._layout(room)
        self.width = avail_width
        self.height = len(lines) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._layout(avail_width - self.style.leftIndent - self.style.rightIndent)
        fit = int(avail_height // self.style.leading)
        if fit < 1 or fit >= len(lines):
            return []
        first = ScriptParagraph(self.markup, self.style, lines[:fit], self.rtl)
        rest = ScriptParagraph(self.markup, self.style, lines[fit:], self.rtl)
        rest.spaceBefore = 0
        return [first, rest]

    def getSpaceBefore(self) -> float:
        return float(getattr(self, "spaceBefore", self.style.spaceBefore))

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        style = self.style
        size = style.fontSize
        room = self.width - style.leftIndent - style.rightIndent
        align = style.alignment
        if align in (TA_LEFT, TA_JUSTIFY) and self.rtl:
            align = TA_RIGHT
        y = self.height - size
        for line in self._lines or []:
            x = style.leftIndent
            if align == TA_RIGHT:
                x += room - line.width
            elif align == TA_CENTER:
                x += (room - line.width) / 2
            draw_runs(self.canv, x, y, line.runs, size, style.textColor)
            y -= style.leading
