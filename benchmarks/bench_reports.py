# SPDX-License-Identifier: MIT
"""PDF reports.

- one candidate summary (3 submitted interviews), gathered from the database and laid out by
  hireapp, against a bare ReportLab document of the same content built in the same run (goal:
  1.3x). The baseline is what a competent hand would write with plain platypus and no hireapp code
  in the timed loop: a SimpleDocTemplate over the same fonts (DejaVu Sans, registered once in
  set-up) with
    * the same text: title, subtitle, the header rows, the summary box (three figures, the
      halo gap and disagreement, the recommendation tally, the halo note, the drafts left out),
      every heading, every interviewer's meta line, first impression, question notes and skip
      reasons, strengths and concerns, as escaped Paragraphs;
    * the same tables with the same rows and columns and styles: header, summary box, interviews,
      and one question table per rubric section (title, each interviewer's level, the mean, the
      behaviour at the mean level); plain strings where a cell is a number, a date or a fixed label,
      Paragraphs where the text can wrap;
    * the same charts: one reportlab.graphics HorizontalBarChart per section with the same data,
      caption, category labels, value labels and legend;
    * the same page chrome: the confidentiality line and rule on every page, the running header on
      later pages, "Page N of M" through the usual numbered-canvas recipe, and the PDF metadata.
  Rendered with pdftoppm at 100 dpi, its pages matched hireapp's summary pixel for pixel.
  The baseline switches no fonts run by run: every character of the benchmark candidate's text is
  in DejaVu Sans (checked in set-up), so the fallback font would never be used. Only plain values
  (strings, numbers, dates) are taken out of the report, once, before timing; hireapp's figure
  includes reading the database and formatting;
- the same summary's PDF (no query) with text in any script supported, against the same code with
  that support switched off (every text goes to ReportLab's Paragraph, as before issue 12), in the
  same run: time and file size (goal: at most 1.1x each, since a Latin-only document should not
  notice). The mixed-script summary is reported beside it: the same report with the candidate
  named in Arabic and Latin, interviewers in Devanagari, Hebrew and Thai, and every note in
  Arabic, Tamil or with an emoji, so every run is shaped, reordered and marked for read-back;
- a whole position's batch (about 1,000 candidates) in documents per second with two worker
  processes, against the same batch on one process.

`HIREAPP_BENCH_SUMMARY_ONLY=1` skips the batch, to iterate on the summary figure alone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import io
import os
import pathlib
import shutil
import statistics
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from benchmarks.context import Context, build_demo
from benchmarks.harness import Result, median_seconds

BATCH_DEMO = 5_000  # demo candidates spread over five positions: about 1,000 per position
POSITION = "Store associate"
BARE_FONTS = {
    "BareSans": "DejaVuSans.ttf",
    "BareSans-Bold": "DejaVuSans-Bold.ttf",
    "BareSans-Oblique": "DejaVuSans-Oblique.ttf",
    "BareSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
VERDICTS = {"strong_no": "Strong no", "no": "No", "yes": "Yes", "strong_yes": "Strong yes"}


def _three_interviews(db: object) -> int:
    from sqlalchemy import func, select

    from hireapp.storage.models import Interview
    from hireapp.storage.session import Database

    assert isinstance(db, Database)
    with db.read() as session:
        found = session.scalar(
            select(Interview.candidate_id)
            .where(Interview.status == "submitted")
            .group_by(Interview.candidate_id)
            .having(func.count() == 3)
            .order_by(Interview.candidate_id)
            .limit(1)
        )
    assert found is not None
    return int(found)


# --- the bare baseline --------------------------------------------------------------------------


@functools.cache
def _bare_fonts() -> None:
    """The same DejaVu files as hireapp, registered once under the baseline's own names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from hireapp.assets import resource_path

    for name, file in BARE_FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{file}"))))
    faces = ("BareSans", "BareSans-Oblique", "BareSans-Bold", "BareSans-BoldOblique")
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping("BareSans", bold, italic, faces[bold * 2 + italic])


def _bare_content(report: object) -> dict[str, Any]:
    """The report as plain values (str, int, float, None, datetime, lists, dicts), taken once."""
    from reportlab.pdfbase import pdfmetrics

    from hireapp.reports.data import CandidateReport

    assert isinstance(report, CandidateReport)
    content = {
        "name": report.name,
        "position": report.position,
        "email": report.email,
        "phone": report.phone,
        "first": report.first_date,
        "last": report.last_date,
        "printed": report.generated_at,
        "overall": report.overall,
        "impression": report.impression,
        "structured": report.structured,
        "tally": dict(report.tally),
        "halo": report.halo_note,
        "halo_gap": report.halo_gap,
        "halo_flag": report.halo,
        "disagreement": report.disagreement,
        "drafts": [d.interviewer for d in report.drafts],
        "interviews": [dataclasses.asdict(i) for i in report.interviews],
        "sections": [
            {"title": s.title, "questions": [dataclasses.asdict(q) for q in s.questions]}
            for s in report.sections
        ],
    }
    font = pdfmetrics.getFont("BareSans")
    covered = {chr(c) for c in font.face.charToGlyph}
    text = "".join(str(v) for v in _strings(content))
    assert set(text) <= covered | {"\n"}, "the baseline sets DejaVu only"
    return content


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _bare(content: dict[str, Any]) -> bytes:
    """The summary's content with nothing but plain platypus: see the module docstring."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    sans, bold, italic = "BareSans", "BareSans-Bold", "BareSans-Oblique"
    ink, muted = colors.HexColor("#1f2933"), colors.HexColor("#5b6670")
    rule, tint = colors.HexColor("#b8c0c8"), colors.HexColor("#eef1f4")
    accent = colors.HexColor("#2b4660")
    shades = [colors.HexColor(c) for c in ("#1f3a56", "#6d8aa6", "#c3d0dc", "#3f3f3f")]
    margin = 18 * mm
    width = A4[0] - 2 * margin
    name = content["name"]
    header_text = f"Candidate summary: {name}"

    body = ParagraphStyle("body", fontName=sans, fontSize=9.5, leading=13.5, textColor=ink)

    def p(text: str, **values: Any) -> ParagraphStyle:
        return ParagraphStyle(text, parent=body, **values)

    title = p("title", fontName=bold, fontSize=20, leading=25, spaceAfter=2)
    subtitle = p("subtitle", fontSize=11, leading=15, textColor=muted, spaceAfter=8)
    h1 = p(
        "h1",
        fontName=bold,
        fontSize=13,
        leading=17,
        textColor=accent,
        spaceBefore=14,
        spaceAfter=6,
        keepWithNext=1,
    )
    h2 = p(
        "h2", fontName=bold, fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=2, keepWithNext=1
    )
    meta = p("meta", fontSize=8.5, leading=11.5, textColor=muted, spaceAfter=4)
    note = p("note", spaceAfter=5)
    small = p("small", fontSize=7.5, leading=10, textColor=muted, spaceBefore=3)
    cell = p("cell", fontSize=8.5, leading=11)
    cell_bold = p("cell_bold", fontName=bold, fontSize=8.5, leading=11)
    muted_cell = p("cell_muted", fontSize=7.5, leading=9.5, textColor=muted)
    callout = p("callout", fontName=italic, fontSize=9, leading=12.5)

    def day(value: dt.date) -> str:
        return f"{value.day} {value:%b %Y}"

    def score(value: float | None) -> str:
        return "–" if value is None else f"{value:.0f}"

    def cols(*fractions: float) -> list[float]:
        widths = [width * f for f in fractions[:-1]]
        return [*widths, width - sum(widths)]

    def grid(*extra: tuple[Any, ...]) -> TableStyle:
        return TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ink),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, rule),
                ("BACKGROUND", (0, 0), (-1, 0), tint),
                ("FONT", (0, 0), (-1, 0), bold, 8, 10),
                ("TEXTCOLOR", (0, 0), (-1, 0), muted),
                ("FONT", (0, 1), (-1, -1), sans, 8.5, 11),
                ("TEXTCOLOR", (0, 1), (-1, -1), ink),
                *extra,
            ]
        )

    story: list[Any] = []
    # Header.
    first, last = day(content["first"]), day(content["last"])
    phone = content["phone"]
    interviewers = ", ".join(i["interviewer"] for i in content["interviews"])
    rubrics = ", ".join(dict.fromkeys(i["rubric"] for i in content["interviews"]))
    header_rows = [
        ("Position", Paragraph(escape(content["position"]), cell)),
        ("Contact", Paragraph(escape(content["email"] + (f" · {phone}" if phone else "")), cell)),
        ("Interviewed", first if first == last else f"{first} to {last}"),
        ("Interviewers", Paragraph(escape(interviewers), cell)),
        ("Rubric", Paragraph(escape(rubrics), cell)),
        ("Printed", day(content["printed"])),
    ]
    table = Table([list(row) for row in header_rows], colWidths=cols(0.16, 0.84), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("FONT", (0, 0), (0, -1), bold, 8, 10),
                ("TEXTCOLOR", (0, 0), (0, -1), muted),
                ("FONT", (1, 0), (1, -1), sans, 8.5, 11),
                ("TEXTCOLOR", (1, 0), (1, -1), ink),
            ]
        )
    )
    story += [
        Paragraph(escape(name), title),
        Paragraph("Candidate summary · structured interviews", subtitle),
        table,
        Spacer(1, 5 * mm),
    ]
    # Summary box.
    count = len(content["interviews"])
    tally = " · ".join(f"{label} <b>{content['tally'][key]}</b>" for key, label in VERDICTS.items())
    gap = "–" if content["halo_gap"] is None else f"{round(content['halo_gap']):+d}"
    if content["halo_flag"]:
        gap = f"⚠ {gap}"
    spread = "–" if content["disagreement"] is None else f"{round(content['disagreement'])}"
    lines = [
        Paragraph(
            f"Means over {count} submitted interview{'s' if count != 1 else ''}. "
            f"Halo gap <b>{gap}</b> (first impression minus structured, over interviews with "
            f"both) · Disagreement <b>{spread}</b> (points between interviewers). "
            f"Recommendations: {tally}",
            cell,
        )
    ]
    if content["halo"]:
        lines.append(Paragraph(f"<b>Note:</b> {escape(content['halo'])}", callout))
    if drafts := content["drafts"]:
        plural = "interviews" if len(drafts) != 1 else "interview"
        lines.append(
            Paragraph(
                f"<b>Not included:</b> {len(drafts)} draft {plural} still in progress "
                f"({escape(', '.join(drafts))}). Drafts are left out of every figure in this "
                "summary.",
                cell,
            )
        )
    rows: list[list[Any]] = [
        [score(content[k]) for k in ("overall", "impression", "structured")],
        ["Overall (0-100)", "First impression, 30 s", "Structured questions"],
        *([line, "", ""] for line in lines),
    ]
    box = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), tint),
            ("BOX", (0, 0), (-1, -1), 0.8, accent),
            ("LINEAFTER", (0, 0), (1, 1), 0.4, rule),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
            ("LINEBELOW", (0, 1), (-1, 1), 0.4, rule),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 2), (-1, 2), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ("ALIGN", (0, 0), (-1, 1), "CENTER"),
            ("FONT", (0, 0), (-1, 0), bold, 22, 26),
            ("TEXTCOLOR", (0, 0), (-1, 0), ink),
            ("FONT", (0, 1), (-1, 1), sans, 8, 10),
            ("TEXTCOLOR", (0, 1), (-1, 1), muted),
            *(("SPAN", (0, row), (-1, row)) for row in range(2, len(rows))),
        ]
    )
    story += [Table(rows, colWidths=cols(1 / 3, 1 / 3, 1 / 3), style=box), Spacer(1, 2 * mm)]
    # Interviews.
    rows = [
        [
            "",
            "Interviewer",
            "Submitted",
            "Overall",
            "First impr.",
            "Structured",
            "Skips",
            "Recommendation",
        ]
    ]
    for i in content["interviews"]:
        rows.append(
            [
                i["letter"],
                Paragraph(escape(i["interviewer"]), cell),
                day(i["submitted_at"]),
                score(i["overall"]),
                score(i["impression"]),
                score(i["structured"]),
                str(i["skipped"]),
                VERDICTS.get(i["recommendation"] or "", "–"),
            ]
        )
    story += [
        Paragraph("Interviews", h1),
        Table(
            rows,
            colWidths=cols(0.04, 0.23, 0.13, 0.09, 0.12, 0.12, 0.08, 0.19),
            repeatRows=1,
            style=grid(
                ("ALIGN", (3, 0), (6, -1), "RIGHT"), ("FONT", (0, 1), (0, -1), bold, 8.5, 11)
            ),
        ),
    ]
    # One table and one chart per section.
    letters = [i["letter"] for i in content["interviews"]]
    each = min(0.055, 0.26 / count)
    fractions = [0.2, *([each] * count), 0.07, 0.0]
    fractions[-1] = 1 - sum(fractions)
    for section in content["sections"]:
        questions = section["questions"]
        rows = [["Question", *letters, "Mean", "What the mean level looks like"]]
        for q in questions:
            anchor = (
                f"<b>{q['anchor_level']}</b> · {escape(q['anchor'])}" if q["anchor_level"] else "–"
            )
            rows.append(
                [
                    Paragraph(escape(q["title"]), cell_bold),
                    *("–" if v is None else str(v) for v in q["levels"]),
                    "–" if q["mean"] is None else f"{q['mean']:.1f}",
                    Paragraph(anchor, muted_cell),
                ]
            )
        story += [
            Paragraph(escape(section["title"]), h1),
            Table(
                rows,
                colWidths=cols(*fractions),
                repeatRows=1,
                style=grid(
                    ("ALIGN", (1, 0), (-2, -1), "CENTER"),
                    ("FONT", (-2, 1), (-2, -1), bold, 8.5, 11),
                ),
            ),
            Paragraph(
                "Levels 1-5 against the rubric's described behaviours; – skipped or not "
                "scored. The last column is the behaviour described at the mean level, "
                "rounded.",
                small,
            ),
            Spacer(1, 4 * mm),
            _bare_chart(
                width,
                section["title"],
                questions,
                content["interviews"],
                (Drawing, HorizontalBarChart, Rect, String),
                (ink, muted, rule, shades),
            ),
        ]
    # Notes, strengths and concerns.
    story.append(Paragraph("Notes, strengths and concerns", h1))
    titles = {q["id"]: q["title"] for s in content["sections"] for q in s["questions"]}
    for i in content["interviews"]:
        verdict = VERDICTS.get(i["recommendation"] or "", "none given")
        story += [
            Paragraph(f"{i['letter']} · {escape(i['interviewer'])}", h2),
            Paragraph(
                f"Interviewed {day(i['started_at'])}, submitted {day(i['submitted_at'])} · "
                f"Recommendation: <b>{verdict}</b> · Overall {score(i['overall'])}, first "
                f"impression {score(i['impression'])}, structured {score(i['structured'])}",
                meta,
            ),
        ]
        if i["impression_level"] is None:
            story.append(Paragraph("<b>First impression:</b> not recorded.", note))
        else:
            seconds = i["seconds_since_arrival"]
            when = "" if seconds is None else f", recorded {seconds:.0f} s after arrival"
            cues = escape(", ".join(i["impression_cues"])) or "none ticked"
            story.append(
                Paragraph(
                    f"<b>First impression:</b> level {i['impression_level']} of 5"
                    f"{when}. Cues seen: {cues}.",
                    note,
                )
            )
        if i["impression_note"].strip():
            story.append(Paragraph(escape(i["impression_note"]).replace("\n", "<br/>"), note))
        noted = False
        for question_id, question in titles.items():
            answer = i["answers"].get(question_id)
            if answer is None:
                continue
            if answer["skipped"]:
                text = f"<b>{escape(question)}</b> · skipped: {escape(answer['skip_reason'])}"
            elif answer["note"].strip():
                level = "–" if answer["level"] is None else answer["level"]
                text = f"<b>{escape(question)}</b> ({level}): {escape(answer['note'])}"
            else:
                continue
            noted = True
            story.append(Paragraph(text.replace("\n", "<br/>"), note))
        if not noted:
            story.append(Paragraph("No notes on the questions.", meta))
        for label, text in (("Strengths", i["strengths"]), ("Concerns", i["concerns"])):
            shown = escape(text).replace("\n", "<br/>") if text.strip() else "<i>none noted</i>"
            story.append(Paragraph(f"<b>{label}:</b> {shown}", note))

    def chrome(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(rule)
        canvas.setLineWidth(0.5)
        canvas.line(margin, 14 * mm, A4[0] - margin, 14 * mm)
        canvas.setFont(sans, 7.5)
        canvas.setFillColor(muted)
        canvas.drawString(
            margin,
            10 * mm,
            "Confidential: personal data for the hiring panel only. Do not copy or forward.",
        )
        if doc.page > 1:
            top = A4[1] - 12 * mm
            canvas.drawString(margin, top, header_text)
            canvas.line(margin, top - 2.5 * mm, A4[0] - margin, top - 2.5 * mm)
        canvas.restoreState()

    class PageCountCanvas(Canvas):  # type: ignore[misc]
        """ReportLab's usual recipe: keep each page's state, write "Page N of M" on save."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self.pages:
                self.__dict__.update(state)
                self.setFont(sans, 7.5)
                self.setFillColor(muted)
                self.drawRightString(
                    A4[0] - margin, 10 * mm, f"Page {self._pageNumber} of {len(self.pages)}"
                )
                super().showPage()
            super().save()

    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=header_text,
        author="hireapp",
        subject=f"Structured interview summary for the position {content['position']}",
    ).build(story, onFirstPage=chrome, onLaterPages=chrome, canvasmaker=PageCountCanvas)
    return out.getvalue()


def _bare_chart(
    width: float,
    title: str,
    questions: list[dict[str, Any]],
    interviews: list[dict[str, Any]],
    shapes: tuple[Any, ...],
    palette: tuple[Any, ...],
) -> Any:
    """The section's levels per interviewer as horizontal bars, a caption and a legend."""
    drawing_class, chart_class, rect, string = shapes
    ink, muted, rule, shades = palette
    label_width = min(150.0, width * 0.3)
    n = len(interviews)
    plot_height = (7.0 * n + 6) * len(questions)
    per_row = min(4, n)
    legend_height = -(-n // per_row) * 12 + 8
    height = plot_height + legend_height + 34
    drawing = drawing_class(width, height)
    drawing.add(
        string(
            0,
            height - 10,
            f"{title}: level given by each interviewer (1-5)",
            fontName="BareSans",
            fontSize=8.5,
            fillColor=ink,
        )
    )
    chart = chart_class()
    chart.x, chart.y = label_width, legend_height + 14
    chart.width, chart.height = width - label_width - 24, plot_height
    # Bottom-up in ReportLab: reverse categories and series so the chart reads top-down.
    chart.data = [[q["levels"][index] for q in reversed(questions)] for index in reversed(range(n))]
    chart.categoryAxis.categoryNames = [""] * len(questions)
    chart.categoryAxis.strokeColor = muted
    chart.categoryAxis.tickLeft = 0
    value_axis = chart.valueAxis
    value_axis.valueMin, value_axis.valueMax, value_axis.valueStep = 0, 5, 1
    value_axis.labels.fontName, value_axis.labels.fontSize = "BareSans", 7.5
    value_axis.labels.fillColor = muted
    value_axis.strokeColor = muted
    value_axis.visibleGrid, value_axis.gridStrokeColor, value_axis.gridStrokeWidth = 1, rule, 0.3
    chart.barWidth, chart.groupSpacing, chart.barSpacing = 7.0, 6, 0
    chart.bars.strokeColor, chart.bars.strokeWidth = ink, 0.4
    for index in range(n):
        chart.bars[n - 1 - index].fillColor = shades[index % len(shades)]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = "BareSans", 6.5
    chart.barLabels.fillColor = ink
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 2
    drawing.add(chart)
    slot = plot_height / len(questions)
    for index, q in enumerate(questions):
        y = chart.y + plot_height - (index + 0.5) * slot - 7.5 / 3
        drawing.add(
            string(
                label_width - 6,
                y,
                q["title"],
                fontName="BareSans",
                fontSize=7.5,
                fillColor=ink,
                textAnchor="end",
            )
        )
    column = (width - label_width) / per_row
    for index, i in enumerate(interviews):
        row, col = divmod(index, per_row)
        x, y = label_width + col * column, legend_height - 8 - row * 12
        drawing.add(
            rect(
                x,
                y - 1,
                8,
                8,
                fillColor=shades[index % len(shades)],
                strokeColor=ink,
                strokeWidth=0.4,
            )
        )
        drawing.add(
            string(
                x + 12,
                y,
                f"{i['letter']} {i['interviewer']}",
                fontName="BareSans",
                fontSize=7.5,
                fillColor=ink,
            )
        )
    drawing.hAlign = "LEFT"
    return drawing


# --- text in any script --------------------------------------------------------------------------

MIXED_NAME = "Omar Haddad عمر حداد"
MIXED_INTERVIEWERS = ("प्रिया शर्मा", "שרה לוי", "สมชาย ใจดี")
MIXED_NOTES = (
    "العميل كان غاضبا وقد هدأته بلطف، ثم عرض حلا واضحا.",
    "வாடிக்கையாளரிடம் பொறுமையாக பேசினார் 👍",
    "Calm and clear هادئ مع العملاء, kept the promise.",
)


def _mixed(report: Any) -> Any:
    """The report with its people named, and its notes written, in other scripts."""
    interviews = []
    for index, interview in enumerate(report.interviews):
        note = MIXED_NOTES[index % len(MIXED_NOTES)]
        answers = {
            key: dataclasses.replace(answer, note=note if answer.note else "")
            for key, answer in interview.answers.items()
        }
        interviews.append(
            dataclasses.replace(
                interview,
                interviewer=MIXED_INTERVIEWERS[index % len(MIXED_INTERVIEWERS)],
                impression_note=note,
                strengths=note,
                concerns=note,
                answers=answers,
            )
        )
    return dataclasses.replace(report, name=MIXED_NAME, interviews=tuple(interviews))


@contextlib.contextmanager
def _scripts_switched_off() -> Iterator[None]:
    """hireapp's renderers as they were before issue 12: every text to ReportLab's Paragraph."""
    from hireapp.reports import base, charts, scripts

    saved = scripts.needs_scripts, base.needs_scripts, charts.needs_scripts

    def never(_text: str) -> bool:
        return False

    scripts.needs_scripts = base.needs_scripts = charts.needs_scripts = never
    try:
        yield
    finally:
        scripts.needs_scripts, base.needs_scripts, charts.needs_scripts = saved


def script_figures(db_path: pathlib.Path, runs: int) -> list[Result]:
    """A Latin summary's PDF with and without script support; a mixed-script one beside it."""
    from hireapp.reports import write_candidate_summary
    from hireapp.services.reports import candidate_report
    from hireapp.storage.session import Database

    db = Database(str(db_path))
    try:
        report = candidate_report(db, _three_interviews(db))
    finally:
        db.dispose()
    mixed = _mixed(report)
    sizes: dict[str, int] = {}

    def pdf(name: str, data: Any) -> None:
        out = io.BytesIO()
        write_candidate_summary(data, out)
        sizes[name] = len(out.getvalue())

    for warm in ("latin", "off", "mixed"):  # fonts, subsets, shaping caches of a long run
        if warm == "off":
            with _scripts_switched_off():
                pdf("off", report)
        else:
            pdf(warm, mixed if warm == "mixed" else report)
    # Interleaved, so a busy moment of the machine weighs on both sides alike.
    latin_times, off_times = [], []
    for _ in range(runs):
        latin_times.append(median_seconds(lambda: pdf("latin", report), 1))
        with _scripts_switched_off():
            off_times.append(median_seconds(lambda: pdf("off", report), 1))
    latin, off = statistics.median(latin_times), statistics.median(off_times)
    mixed_time = median_seconds(lambda: pdf("mixed", mixed), runs)
    kb = {name: size / 1024 for name, size in sizes.items()}
    return [
        Result(
            f"Latin summary PDF, scripts supported ({kb['latin']:.1f} KB, "
            f"{sizes['latin'] / sizes['off']:.3f}x size)",
            latin,
            runs,
            f"script support switched off ({kb['off']:.1f} KB)",
            off,
        ),
        Result(
            f"mixed-script summary PDF ({kb['mixed']:.1f} KB)",
            mixed_time,
            runs,
            "the Latin summary PDF",
            latin,
        ),
    ]


# --- the benchmark --------------------------------------------------------------------------------


def summary_figures(db_path: pathlib.Path, runs: int) -> Result:
    """One summary (query + PDF) beside the bare document of the same content, medians of `runs`."""
    from hireapp.reports import write_candidate_summary
    from hireapp.services.reports import candidate_report
    from hireapp.storage.session import Database

    db = Database(str(db_path))
    try:
        candidate = _three_interviews(db)

        def summary() -> None:
            write_candidate_summary(candidate_report(db, candidate), io.BytesIO())

        _bare_fonts()
        content = _bare_content(candidate_report(db, candidate))
        summary()  # warm: rubric cache, font subsets, imports
        _bare(content)
        ours = median_seconds(summary, runs)
        bare = median_seconds(lambda: _bare(content), runs)
    finally:
        db.dispose()
    return Result(
        "candidate summary, 3 interviews (query + PDF)",
        ours,
        runs,
        "bare ReportLab document of the same content",
        bare,
    )


def run(context: Context) -> list[Result]:
    from hireapp.services.report_batch import export_position
    from hireapp.storage.session import Database

    results = [summary_figures(context.demo_database, context.runs * 2)]
    results += script_figures(context.demo_database, context.runs * 2)
    if os.environ.get("HIREAPP_BENCH_SUMMARY_ONLY"):
        return results

    batch_db = context.folder / "batch.sqlite3"
    build_demo(batch_db, BATCH_DEMO)
    out = context.folder / "batch-out"
    counts: dict[int, int] = {}

    def batch(workers: int) -> None:
        shutil.rmtree(out, ignore_errors=True)
        db = Database(f"sqlite:///{batch_db}")
        try:
            result = export_position(db, POSITION, pathlib.Path(out), workers=workers)
        finally:
            db.dispose()
        counts[workers] = len(result.written)

    runs = max(1, context.runs // 3)
    two = median_seconds(lambda: batch(2), runs)
    one = median_seconds(lambda: batch(1), runs)
    documents = counts[2]
    results.append(
        Result(
            f"position batch: {documents:,} PDFs, 2 processes ({documents / two:.0f}/s)",
            two,
            runs,
            f"one process ({counts[1] / one:.0f}/s)",
            one,
        )
    )
    return results
