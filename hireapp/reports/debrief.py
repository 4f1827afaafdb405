# SPDX-License-Identifier: MIT
"""The debrief PDF: what the panel talks about before it decides, on at most three pages.

Order: who and where the panel stands (figures, drafts still open, the decision so far), each
interviewer's first impression beside their evidence, every question with each interviewer's
level, the ones two or more levels apart first and marked, then the notes on those disputed
questions. Notes are shortened to `note_room` characters (services.debrief lowers it until the
document fits three pages); the candidate summary has every note in full.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from hireapp.domain.catalogue import (
    QT_TRANSLATE_NOOP,
    after_interview,
    decision_label,
    recommendation_word,
    translate,
)
from hireapp.domain.formatting import HALO_MARK, halo_text
from hireapp.domain.statistics import is_halo
from hireapp.reports.base import (
    BaseRenderer,
    cell_font,
    day,
    score,
)
from hireapp.reports.data import DecisionReport
from hireapp.reports.fonts import markup
from hireapp.reports.scripts import paragraph

DASH = "–"
DISPUTED = "⚑"  # marks a question two or more levels apart: a sign, not a colour alone


@dataclass(frozen=True)
class DebriefInterviewer:
    letter: str
    name: str
    submitted_at: dt.datetime | None
    impression_level: int | None
    impression: float | None  # 0-100
    structured: float | None  # 0-100
    halo_gap: float | None  # impression minus structured, points
    recommendation: str  # as printed ("Yes", or a dash)


@dataclass(frozen=True)
class DebriefQuestion:
    title: str
    section: str
    cells: tuple[str, ...]  # per interviewer: "4", "skipped", or a dash (not asked)
    spread: int | None
    disputed: bool
    notes: tuple[tuple[str, str, str], ...]  # (letter, level as printed, note) with a note


@dataclass(frozen=True)
class DebriefReport:
    candidate_id: int
    name: str
    position: str
    generated_at: dt.datetime
    overall: float | None
    impression: float | None
    structured: float | None
    drafts: int
    interviewers: tuple[DebriefInterviewer, ...]
    questions: tuple[DebriefQuestion, ...]  # most disagreement first
    decisions: tuple[DecisionReport, ...]  # newest first
    note_room: int = 600  # characters of a note printed; 0 prints no notes


def shortened(text: str, room: int) -> str:
    """A note cut at a word before `room` characters, marked with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= room:
        return text
    cut = text[:room].rsplit(" ", 1)[0] if " " in text[:room] else text[:room]
    return cut.rstrip(" ,;:.") + " …"


class DebriefRenderer(BaseRenderer[DebriefReport]):
    """A candidate's debrief on A4 portrait, three pages at most."""

    kind = QT_TRANSLATE_NOOP("PdfPages", "Debrief")

    def title(self, data: DebriefReport) -> str:
        return translate("DebriefPdf", "Debrief: {name}").format(name=data.name)

    def header_name(self, data: DebriefReport) -> str:
        return data.name

    def subject(self, data: DebriefReport) -> str:
        return translate("DebriefPdf", "Panel debrief for the position {position}").format(
            position=data.position
        )

    def story(self, data: DebriefReport) -> list[Flowable]:
        return [
            *self.header(data),
            *self.decisions(data),
            *self.impressions(data),
            *self.questions(data),
            *self.notes(data),
        ]

    def header(self, data: DebriefReport) -> list[Flowable]:
        s = self.styles
        count = len(data.interviewers)
        open_drafts = data.drafts
        drafts = (
            " "
            + translate(
                "DebriefPdf",
                "%n interviews are still open: the figures may change.",
                "",
                open_drafts,
            )
            if open_drafts
            else ""
        )
        line = (
            translate("DebriefPdf", "%n submitted interviews.", "", count)
            + drafts
            + " "
            + translate(
                "DebriefPdf",
                "Overall {overall}, first impression {impression}, structured questions "
                "{structured} (0-100).",
            ).format(
                overall=score(data.overall),
                impression=score(data.impression),
                structured=score(data.structured),
            )
        )
        subtitle = translate("DebriefPdf", "Panel debrief · {position} · printed {day}").format(
            position=data.position, day=day(data.generated_at)
        )
        return [
            paragraph(markup(data.name), s["title"]),
            paragraph(markup(subtitle), s["subtitle"]),
            paragraph(markup(line), s["body"]),
            Spacer(1, 2 * mm),
        ]

    def decisions(self, data: DebriefReport) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [paragraph(translate("DebriefPdf", "Decision"), s["h1"])]
        if not data.decisions:
            return [*story, paragraph(translate("DebriefPdf", "No decision yet."), s["body"])]
        current, *earlier = data.decisions
        text = translate("DebriefPdf", "{decision}: {rationale} ({who}, {day}, {after})").format(
            decision=decision_label(current.label),
            rationale=current.rationale,
            who=current.decided_by,
            day=day(current.decided_at),
            after=after_interview(current.after_interview),
        )
        story.append(paragraph(markup(text), s["body"]))
        for old in earlier[:3]:
            before = translate("DebriefPdf", "Before: {decision}, {day}, {who}: {rationale}")
            text = before.format(
                decision=decision_label(old.label),
                day=day(old.decided_at),
                who=old.decided_by,
                rationale=shortened(old.rationale, 160),
            )
            story.append(paragraph(markup(text), s["meta"]))
        return story

    def impressions(self, data: DebriefReport) -> list[Flowable]:
        s = self.styles
        widths = self.columns(0.05, 0.31, 0.12, 0.12, 0.12, 0.1, 0.18)
        labels = [
            "",
            translate("DebriefPdf", "Interviewer"),
            translate("DebriefPdf", "Impression"),
            translate("DebriefPdf", "As score"),
            translate("DebriefPdf", "Structured"),
            translate("DebriefPdf", "Gap"),
            translate("DebriefPdf", "Recommends"),
        ]
        rows: list[list[object]] = [self.head_row(labels, widths, right=(2, 3, 4, 5))]
        for person in data.interviewers:
            level = DASH if person.impression_level is None else f"{person.impression_level} / 5"
            rows.append(
                [
                    person.letter,
                    self.text_cell(person.name, s["cell"], widths[1] - 8),
                    level,
                    score(person.impression),
                    score(person.structured),
                    halo_text(person.halo_gap, is_halo(person.halo_gap), DASH),
                    recommendation_word(person.recommendation),
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = self.grid_style()
        style.add("ALIGN", (2, 0), (5, -1), "RIGHT")
        for command in cell_font((0, 1), (0, -1), s["cell_bold"]):
            style.add(*command)
        table.setStyle(style)
        return [
            paragraph(translate("DebriefPdf", "First impression and evidence"), s["h1"]),
            table,
            paragraph(
                translate(
                    "DebriefPdf",
                    "Gap: the first impression minus the structured score, in points (0-100 "
                    "scale); {mark} marks a gap as large as the table flags: the impression and "
                    "the answers disagree.",
                ).format(mark=HALO_MARK),
                s["small"],
            ),
        ]

    @staticmethod
    def cell(text: str) -> str:
        """A question's cell as the service wrote it ("4", "skipped", a dash), translated."""
        return translate("DebriefPdf", "skipped") if text == "skipped" else text

    def questions(self, data: DebriefReport) -> list[Flowable]:
        s = self.styles
        letters = [person.letter for person in data.interviewers]
        share = min(0.09, 0.45 / max(len(letters), 1))
        widths = self.columns(0.4, *([share] * len(letters)), 0.15)
        rows: list[list[object]] = [
            [translate("DebriefPdf", "Question"), *letters, translate("DebriefPdf", "Spread")]
        ]
        for question in data.questions:
            spread = DASH if question.spread is None else str(question.spread)
            if question.disputed:
                spread = f"{DISPUTED} {spread}"
            rows.append(
                [
                    self.text_cell(question.title, s["cell"], widths[0] - 8),
                    *(self.cell(cell) for cell in question.cells),
                    spread,
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = self.grid_style()
        style.add("ALIGN", (1, 0), (-1, -1), "CENTER")
        for row, question in enumerate(data.questions, start=1):
            if question.disputed:
                for command in cell_font((0, row), (-1, row), s["cell_bold"]):
                    style.add(*command)
        table.setStyle(style)
        disputed = sum(1 for q in data.questions if q.disputed)
        caption = (
            translate(
                "DebriefPdf",
                "{mark} %n questions with levels two or more apart: discuss these first.",
                "",
                disputed,
            ).format(mark=DISPUTED)
            if disputed
            else translate("DebriefPdf", "No question has levels two or more apart.")
        )
        return [
            paragraph(translate("DebriefPdf", "Questions, most disagreement first"), s["h1"]),
            paragraph(markup(caption), s["meta"]),
            table,
        ]

    def notes(self, data: DebriefReport) -> list[Flowable]:
        s = self.styles
        disputed = [q for q in data.questions if q.disputed and q.notes]
        if not disputed:
            return []
        heading = translate("DebriefPdf", "Notes where the panel disagrees")
        story: list[Flowable] = [paragraph(heading, s["h1"])]
        if data.note_room <= 0:
            return [
                *story,
                paragraph(
                    translate(
                        "DebriefPdf",
                        "The notes did not fit three pages: the candidate summary has them all.",
                    ),
                    s["body"],
                ),
            ]
        cut = False
        for question in disputed:
            story.append(paragraph(markup(question.title), s["h2"]))
            for letter, level, note in question.notes:
                text = shortened(note, data.note_room)
                cut = cut or text != " ".join(note.split())
                shown = self.cell(level)
                story.append(paragraph(markup(f"{letter} ({shown}): {text}"), s["note"]))
        if cut:
            story.append(
                paragraph(
                    translate(
                        "DebriefPdf",
                        "Notes marked … are shortened; the candidate summary has them in full.",
                    ),
                    s["small"],
                )
            )
        return story
