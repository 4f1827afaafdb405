# SPDX-License-Identifier: MIT
"""What every document shares: page set-up, styles, the page chrome and "Page N of M".

A renderer subclasses BaseRenderer, sets its page size and names, and writes `story(data)` as a
few short methods, one per part of the document. The footer carries the confidentiality line on
every page; the page count is known only once the last page is laid out, so a numbered canvas
holds the pages back and writes "Page N of M" on each when the document is saved.
"""

from __future__ import annotations

import datetime as dt
from typing import IO, Any, ClassVar, Generic, TypeVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
)
from reportlab.platypus.tables import TableStyle

from hireapp import __version__
from hireapp.domain.catalogue import QT_TRANSLATE_NOOP, day_text, decimal, translate
from hireapp.domain.formatting import level_text as mean_level_text
from hireapp.domain.formatting import score_text, whole
from hireapp.domain.statistics import LEVEL_POINTS
from hireapp.reports.fonts import (
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    clean,
    markup,
    one_line,
    register_fonts,
    runs,
)
from hireapp.reports.scripts import draw_string, needs_scripts, paragraph, text_width

T = TypeVar("T")


def fit(text: str, room: float, size: float) -> str:
    """Text cut with an ellipsis to fit `room` points at `size`."""
    from hireapp.reports.fonts import width

    measure = text_width if needs_scripts(text) else width
    if measure(text, size) <= room:
        return text
    while len(text) > 1 and measure(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5b6670")
RULE = colors.HexColor("#b8c0c8")
TINT = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#2b4660")
# Chart fills, dark to light, told apart in greyscale as well as in colour.
SERIES = tuple(
    colors.HexColor(c)
    for c in (
        "#1f3a56",
        "#6d8aa6",
        "#c3d0dc",
        "#3f3f3f",
        "#9a9a9a",
        "#e0e0e0",
        "#4e6e50",
        "#b7cbb2",
    )
)


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that writes "Page N of M" on every page once M is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._page_number(total)
            super().showPage()
        super().save()

    def _page_number(self, total: int) -> None:
        width, _height = self._pagesize
        margin = BaseRenderer.margin
        self.saveState()
        self.setFont(SANS, 7.5)
        self.setFillColor(MUTED)
        text = translate("PdfPages", "Page {page} of {total}").format(
            page=self._pageNumber, total=total
        )
        self.drawRightString(width - margin, 10 * mm, text)
        self.restoreState()


class BaseRenderer(Generic[T]):
    """A document built from one frozen dataclass into a binary file object."""

    pagesize: ClassVar[tuple[float, float]] = A4
    margin: ClassVar[float] = 18 * mm
    top_margin: ClassVar[float] = 20 * mm
    bottom_margin: ClassVar[float] = 20 * mm
    # The kind of document in the running header, in English; translated where printed.
    kind: ClassVar[str] = QT_TRANSLATE_NOOP("PdfPages", "Document")
    author: ClassVar[str] = "hireapp"
    confidential: ClassVar[str] = QT_TRANSLATE_NOOP(
        "PdfPages",
        "Confidential: personal data for the hiring panel only. Do not copy or forward.",
    )

    def __init__(self) -> None:
        register_fonts()
        self.width = self.pagesize[0] - 2 * self.margin
        self.styles = self.stylesheet()
        self._header = ""

    # --- what subclasses provide -----------------------------------------------------------

    def title(self, data: T) -> str:
        raise NotImplementedError

    def subject(self, data: T) -> str:
        raise NotImplementedError

    def story(self, data: T) -> list[Flowable]:
        raise NotImplementedError

    def header_name(self, data: T) -> str:
        """What the running header names after the document's kind (the candidate, the
        positions)."""
        return clean(self.title(data)).split(": ", 1)[-1]

    # --- building ------------------------------------------------------------------------------

    def build(self, data: T, out: IO[bytes]) -> int:
        """Lay the document out and write the PDF to `out`; the number of pages."""
        title = clean(self.title(data))
        self._header = translate("PdfPages", "{kind}: {name}").format(
            kind=translate("PdfPages", self.kind), name=self.header_name(data)
        )
        doc = BaseDocTemplate(
            out,
            pagesize=self.pagesize,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=title,
            author=self.author,
            subject=clean(self.subject(data)),
            creator=f"hireapp {__version__}",
            keywords=["hireapp", "interview", "confidential"],
        )
        frame = Frame(
            doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
        )
        doc.addPageTemplates(
            [
                PageTemplate("first", [frame], onPage=self._first_page),
                PageTemplate("later", [frame], onPage=self._later_page),
            ]
        )
        story: list[Flowable] = [NextPageTemplate("later"), *self.story(data)]
        doc.build(story, canvasmaker=NumberedCanvas)
        return int(doc.page)

    def _footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin, 14 * mm, self.pagesize[0] - self.margin, 14 * mm)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.margin, 10 * mm, translate("PdfPages", self.confidential))
        canvas.restoreState()

    def _first_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self._footer(canvas)

    def _later_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self._footer(canvas)
        canvas.saveState()
        top = self.pagesize[1] - 12 * mm
        canvas.setFillColor(MUTED)
        # A very long name is cut on the running header only; the first page shows it whole.
        x = self.margin
        header = fit(self._header, self.width, 7.5)
        if needs_scripts(header):
            draw_string(canvas, x, top, header, SANS, 7.5, MUTED)
        else:
            for font, chunk in runs(header):
                canvas.setFont(font, 7.5)
                canvas.drawString(x, top, chunk)
                x += canvas.stringWidth(chunk, font, 7.5)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin, top - 2.5 * mm, self.pagesize[0] - self.margin, top - 2.5 * mm)
        canvas.restoreState()

    # --- styles --------------------------------------------------------------------------------

    def stylesheet(self) -> dict[str, ParagraphStyle]:
        """The paragraph styles of every document: one family, a clear scale."""
        body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13.5, textColor=INK)

        def style(name: str, **values: Any) -> ParagraphStyle:
            return ParagraphStyle(name, parent=body, **values)

        return {
            "body": body,
            "title": style("title", fontName=SANS_BOLD, fontSize=20, leading=25, spaceAfter=2),
            "subtitle": style("subtitle", fontSize=11, leading=15, textColor=MUTED, spaceAfter=8),
            "h1": style(
                "h1",
                fontName=SANS_BOLD,
                fontSize=13,
                leading=17,
                textColor=ACCENT,
                spaceBefore=14,
                spaceAfter=6,
                keepWithNext=1,
            ),
            "h2": style(
                "h2",
                fontName=SANS_BOLD,
                fontSize=10.5,
                leading=14,
                spaceBefore=10,
                spaceAfter=2,
                keepWithNext=1,
            ),
            "meta": style("meta", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4),
            "note": style("note", spaceAfter=5),
            "small": style("small", fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=3),
            "cell": style("cell", fontSize=8.5, leading=11),
            "cell_bold": style("cell_bold", fontName=SANS_BOLD, fontSize=8.5, leading=11),
            "cell_muted": style("cell_muted", fontSize=7.5, leading=9.5, textColor=MUTED),
            "cell_number": style("cell_number", fontSize=8.5, leading=11, alignment=TA_RIGHT),
            "cell_center": style("cell_center", fontSize=8.5, leading=11, alignment=TA_CENTER),
            "head": style("head", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=MUTED),
            "head_right": style(
                "head_right",
                fontName=SANS_BOLD,
                fontSize=8,
                leading=10,
                textColor=MUTED,
                alignment=TA_RIGHT,
            ),
            "head_center": style(
                "head_center",
                fontName=SANS_BOLD,
                fontSize=8,
                leading=10,
                textColor=MUTED,
                alignment=TA_CENTER,
            ),
            "figure": style(
                "figure", fontName=SANS_BOLD, fontSize=22, leading=26, alignment=TA_CENTER
            ),
            "figure_label": style(
                "figure_label", fontSize=8, leading=10, textColor=MUTED, alignment=TA_CENTER
            ),
            "callout": style("callout", fontName=SANS_ITALIC, fontSize=9, leading=12.5),
        }

    def columns(self, *fractions: float) -> list[float]:
        """Column widths from fractions of the frame width (the last takes what is left)."""
        widths = [self.width * f for f in fractions[:-1]]
        return [*widths, self.width - sum(widths)]

    def text_cell(self, text: str, style: ParagraphStyle, room: float) -> str | Flowable:
        """User text for a table cell: a plain string when it fits one line, else a Paragraph.

        A Paragraph per cell is most of a table's layout time; a plain string is drawn as is (no
        markup parsing, so it needs no escaping) in the font the table style gives its cell, which
        must match `style`. Text that would wrap, or needs another font, stays a paragraph.
        """
        plain = one_line(text, style.fontName, style.fontSize, room)
        return paragraph(markup(text), style) if plain is None else plain

    def head_row(
        self, texts: list[str], widths: list[float], right: tuple[int, ...] = ()
    ) -> list[object]:
        """A table's header cells: one line where the label fits its column, else wrapped (a
        German label is often longer than the English one the widths were chosen for)."""
        return [
            self.text_cell(text, self.styles["head_right" if i in right else "head"], width - 8)
            if text
            else text
            for i, (text, width) in enumerate(zip(texts, widths, strict=True))
        ]

    def grid_style(self, header_rows: int = 1) -> TableStyle:
        """Quiet tables: a rule under the header, hairlines between rows, no boxes.

        Plain-string cells are set as the "head" and "cell" paragraph styles would set them.
        """
        return TableStyle(
            [
                *cell_font((0, 0), (-1, header_rows - 1), self.styles["head"]),
                *cell_font((0, header_rows), (-1, -1), self.styles["cell"]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
                ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), TINT),
            ]
        )


def cell_font(
    start: tuple[int, int], end: tuple[int, int], style: ParagraphStyle
) -> list[tuple[Any, ...]]:
    """TableStyle commands that set plain-string cells in the font and colour of `style`."""
    return [
        ("FONT", start, end, style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", start, end, style.textColor),
    ]


def score(value: float | None) -> str:
    """A 0-100 score as printed: whole points as on screen, a dash when there is none."""
    return score_text(value, "–")


def level_text(value: float | None) -> str:
    """A mean level on the 1-5 scale with one decimal, as on screen, with the language's
    decimal separator (3,5 in German)."""
    return decimal(mean_level_text(value, "–"))


def day(value: dt.datetime | dt.date) -> str:
    """A date as people write it on paper: 14 Oct 2026, in German 14. Okt. 2026."""
    return day_text(value)


def halo_words(gap: float | None, given: str | None) -> str | None:
    """The services' halo sentence (`given`, hireapp.domain.statistics.halo_sentence) in the
    document's language, with the GUI's texts for it; None when there is none to print."""
    if given is None or gap is None:
        return given
    points = abs(whole(gap))
    levels = decimal(f"{abs(gap) / LEVEL_POINTS:.1f}")
    if points == 0:
        return translate(
            "Figures",
            "Where an interviewer recorded both, the first impression matched the structured "
            "score.",
        )
    if gap > 0:
        template = translate(
            "Figures",
            "Where an interviewer recorded both, the first impression was on average %n point(s) "
            "({levels} levels) above the structured score: the candidate came across better in the "
            "first 30 seconds than their answers bear out.",
            "",
            points,
        )
    else:
        template = translate(
            "Figures",
            "Where an interviewer recorded both, the first impression was on average %n point(s) "
            "({levels} levels) below the structured score: the answers were stronger than the "
            "first 30 seconds suggested.",
            "",
            points,
        )
    return template.format(levels=levels)
