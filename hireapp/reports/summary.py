# SPDX-License-Identifier: MIT
"""The candidate summary: what a hiring panel reads before it decides.

Order of the document: who and what (header), the figures and the verdicts (summary box), every
question with each interviewer's level, the mean and what that level looks like (one table and one
chart per section), then every interviewer's notes, strengths and concerns. Notes are paragraphs
in the flowing frame, never table cells, so a note of any length continues on the next page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from hireapp.domain.formatting import halo_text, score_text
from hireapp.reports.base import (
    ACCENT,
    RULE,
    TINT,
    BaseRenderer,
    cell_font,
    day,
    level_text,
    score,
)
from hireapp.reports.charts import bar_chart
from hireapp.reports.data import (
    RECOMMENDATION_LABELS,
    SINGLE_INTERVIEWER_MARK,
    CandidateReport,
    InterviewReport,
    SectionReport,
)
from hireapp.reports.fonts import markup
from hireapp.reports.scripts import paragraph

DASH = "–"


class CandidateSummaryRenderer(BaseRenderer[CandidateReport]):
    """A candidate's submitted interviews on A4 portrait."""

    kind = "Candidate summary"

    def title(self, data: CandidateReport) -> str:
        return f"Candidate summary: {data.name}"

    def subject(self, data: CandidateReport) -> str:
        return f"Structured interview summary for the position {data.position}"

    def story(self, data: CandidateReport) -> list[Flowable]:
        return [
            *self.header(data),
            *self.summary_box(data),
            *self.decision(data),
            *self.interviews_table(data),
            *self.question_sections(data),
            *self.notes(data),
        ]

    # --- header --------------------------------------------------------------------------------

    def header(self, data: CandidateReport) -> list[Flowable]:
        s = self.styles
        first, last = day(data.first_date), day(data.last_date)
        dates = first if first == last else f"{first} to {last}"
        contact = data.email + (f" · {data.phone}" if data.phone else "")
        room = self.width * 0.84
        rubrics = ", ".join(dict.fromkeys(i.rubric for i in data.interviews))
        rows: list[tuple[str, object]] = [
            ("Position", self.text_cell(data.position, s["cell"], room)),
            ("Contact", self.text_cell(contact, s["cell"], room)),
            ("Interviewed", dates),
            ("Interviewers", self.text_cell(", ".join(data.interviewers), s["cell"], room)),
            ("Rubric", self.text_cell(rubrics, s["cell"], room)),
            ("Printed", day(data.generated_at)),
        ]
        table = Table(
            [[k, v] for k, v in rows],
            colWidths=self.columns(0.16, 0.84),
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    *cell_font((0, 0), (0, -1), s["head"]),
                    *cell_font((1, 0), (1, -1), s["cell"]),
                ]
            )
        )
        return [
            paragraph(markup(data.name), s["title"]),
            paragraph("Candidate summary · structured interviews", s["subtitle"]),
            table,
            Spacer(1, 5 * mm),
        ]

    # --- summary box ----------------------------------------------------------------------------

    def summary_box(self, data: CandidateReport) -> list[Flowable]:
        s = self.styles
        count = len(data.interviews)
        figures = [
            (score(data.overall), "Overall (0-100)"),
            (score(data.impression), "First impression, 30 s"),
            (score(data.structured), "Structured questions"),
        ]
        tally = " · ".join(
            f"{label} <b>{data.tally[value]}</b>" for value, label in RECOMMENDATION_LABELS.items()
        )
        gap = halo_text(data.halo_gap, data.halo, DASH)
        spread = score_text(data.disagreement, DASH)
        lines = [
            paragraph(
                f"Means over {count} submitted interview{'s' if count != 1 else ''}. "
                f"Halo gap <b>{gap}</b> (first impression minus structured, over interviews "
                f"with both) · Disagreement <b>{spread}</b> (points between interviewers). "
                f"Recommendations: {tally}",
                s["cell"],
            )
        ]
        if data.fair is not None:
            lines.append(paragraph(self.fair_line(data), s["cell"]))
        if data.halo_note:
            lines.append(paragraph(f"<b>Note:</b> {markup(data.halo_note)}", s["callout"]))
        if data.drafts:
            names = ", ".join(d.interviewer for d in data.drafts)
            plural = "interviews" if len(data.drafts) != 1 else "interview"
            lines.append(
                paragraph(
                    f"<b>Not included:</b> {len(data.drafts)} draft {plural} still in progress "
                    f"({markup(names)}). Drafts are left out of every figure in this summary.",
                    s["cell"],
                )
            )
        rows: list[list[object]] = [
            [figure for figure, _label in figures],
            [label for _figure, label in figures],
            *([line, "", ""] for line in lines),
        ]
        table = Table(rows, colWidths=self.columns(1 / 3, 1 / 3, 1 / 3))
        style = TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("LINEAFTER", (0, 0), (1, 1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
                ("LINEBELOW", (0, 1), (-1, 1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 2), (-1, 2), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("ALIGN", (0, 0), (-1, 1), "CENTER"),
                *cell_font((0, 0), (-1, 0), s["figure"]),
                *cell_font((0, 1), (-1, 1), s["figure_label"]),
            ]
        )
        for row in range(2, len(rows)):
            style.add("SPAN", (0, row), (-1, row))
        table.setStyle(style)
        return [table, Spacer(1, 2 * mm)]

    @staticmethod
    def fair_line(data: CandidateReport) -> str:
        """The fair score beside the structured one, and what it means."""
        fair = data.fair
        if fair is None:
            return ""
        line = (
            f"Fair score <b>{fair.text}</b> beside the structured {score(data.structured)}: "
            "the interviewers' leniency or severity taken out, fitted over this position's "
            "candidates (80% interval in brackets)."
        )
        if fair.single_interviewer:
            line += (
                f" {SINGLE_INTERVIEWER_MARK} Seen by one interviewer only: the interval is wider."
            )
        return line

    # --- decision -------------------------------------------------------------------------------

    def decision(self, data: CandidateReport) -> list[Flowable]:
        """The panel's current decision with its rationale, who and when."""
        s = self.styles
        made = data.decision
        if made is None:
            return [paragraph("<b>Decision:</b> none recorded yet.", s["cell"]), Spacer(1, 2 * mm)]
        when = made.decided_at.strftime("%Y-%m-%d %H:%M")
        return [
            paragraph(
                f"<b>Decision: {markup(made.label)}</b> · decided by {markup(made.decided_by)} "
                f"on {when} UTC, {markup(made.after_interview)}",
                s["cell"],
            ),
            paragraph(f"<b>Rationale:</b> {markup(made.rationale)}", s["note"]),
            Spacer(1, 2 * mm),
        ]

    # --- interviews ------------------------------------------------------------------------------

    def interviews_table(self, data: CandidateReport) -> list[Flowable]:
        s = self.styles
        head: list[object] = [
            "",
            "Interviewer",
            "Submitted",
            "Overall",
            "First impr.",
            "Structured",
            "Skips",
            "Recommendation",
        ]
        widths = self.columns(0.04, 0.23, 0.13, 0.09, 0.12, 0.12, 0.08, 0.19)
        rows: list[list[object]] = [head]
        for i in data.interviews:
            verdict = RECOMMENDATION_LABELS.get(i.recommendation or "", DASH)
            rows.append(
                [
                    i.letter,
                    self.text_cell(i.interviewer, s["cell"], widths[1] - 8),
                    day(i.submitted_at),
                    score(i.overall),
                    score(i.impression),
                    score(i.structured),
                    str(i.skipped),
                    verdict,
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = self.grid_style()
        style.add("ALIGN", (3, 0), (6, -1), "RIGHT")
        for command in cell_font((0, 1), (0, -1), s["cell_bold"]):
            style.add(*command)
        table.setStyle(style)
        return [paragraph("Interviews", s["h1"]), table]

    # --- questions -------------------------------------------------------------------------------

    def question_sections(self, data: CandidateReport) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = []
        for section in data.sections:
            story += [
                paragraph(markup(section.title), s["h1"]),
                self.question_table(data, section),
                paragraph(
                    "Levels 1-5 against the rubric's described behaviours; "
                    f"{DASH} skipped or not scored. The last column is the behaviour described at "
                    "the mean level, rounded.",
                    s["small"],
                ),
                Spacer(1, 4 * mm),
                self.section_chart(data, section),
            ]
        return story

    def question_table(self, data: CandidateReport, section: SectionReport) -> Table:
        s = self.styles
        n = len(data.interviews)
        each = min(0.055, 0.26 / n)
        fractions = [0.2, *([each] * n), 0.07, 0.0]
        fractions[-1] = 1 - sum(fractions)
        widths = self.columns(*fractions)
        head: list[object] = [
            "Question",
            *(i.letter for i in data.interviews),
            "Mean",
            "What the mean level looks like",
        ]
        rows: list[list[object]] = [head]
        for q in section.questions:
            anchor = (
                paragraph(f"<b>{q.anchor_level}</b> · {markup(q.anchor)}", s["cell_muted"])
                if q.anchor_level
                else DASH
            )
            rows.append(
                [
                    self.text_cell(q.title, s["cell_bold"], widths[0] - 8),
                    *(DASH if v is None else str(v) for v in q.levels),
                    level_text(q.mean),
                    anchor,
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = self.grid_style()
        style.add("ALIGN", (1, 0), (-2, -1), "CENTER")
        for command in (
            *cell_font((0, 1), (0, -1), s["cell_bold"]),
            *cell_font((-2, 1), (-2, -1), s["cell_bold"]),
            *cell_font((-1, 1), (-1, -1), s["cell_muted"]),
        ):
            style.add(*command)
        table.setStyle(style)
        return table

    def section_chart(self, data: CandidateReport, section: SectionReport) -> Flowable:
        series = [
            (
                f"{i.letter} {i.interviewer}",
                [q.levels[index] for q in section.questions],
            )
            for index, i in enumerate(data.interviews)
        ]
        return bar_chart(
            self.width,
            [q.title for q in section.questions],
            series,
            value_max=5,
            step=1,
            value_format=lambda level: str(int(level)),
            caption=f"{section.title}: level given by each interviewer (1-5)",
        )

    # --- notes ----------------------------------------------------------------------------------

    def notes(self, data: CandidateReport) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [paragraph("Notes, strengths and concerns", s["h1"])]
        titles = {q.id: q.title for section in data.sections for q in section.questions}
        for interview in data.interviews:
            story += self.interview_notes(interview, titles)
        return story

    def interview_notes(self, i: InterviewReport, titles: dict[str, str]) -> list[Flowable]:
        s = self.styles
        verdict = RECOMMENDATION_LABELS.get(i.recommendation or "", "none given")
        story: list[Flowable] = [
            paragraph(f"{i.letter} · {markup(i.interviewer)}", s["h2"]),
            paragraph(
                f"Interviewed {day(i.started_at)}, submitted {day(i.submitted_at)} · "
                f"Recommendation: <b>{verdict}</b> · Overall {score(i.overall)}, first impression "
                f"{score(i.impression)}, structured {score(i.structured)}",
                s["meta"],
            ),
            paragraph(self._impression_line(i), s["note"]),
        ]
        if i.impression_note.strip():
            story.append(paragraph(markup(i.impression_note), s["note"]))
        noted = False
        for question_id, title in titles.items():
            answer = i.answers.get(question_id)
            if answer is None:
                continue
            if answer.skipped:
                text = f"<b>{markup(title)}</b> · skipped: {markup(answer.skip_reason)}"
            elif answer.note.strip():
                level = DASH if answer.level is None else str(answer.level)
                text = f"<b>{markup(title)}</b> ({level}): {markup(answer.note)}"
            else:
                continue
            noted = True
            story.append(paragraph(text, s["note"]))
        if not noted:
            story.append(paragraph("No notes on the questions.", s["meta"]))
        for label, text in (("Strengths", i.strengths), ("Concerns", i.concerns)):
            shown = markup(text) if text.strip() else "<i>none noted</i>"
            story.append(paragraph(f"<b>{label}:</b> {shown}", s["note"]))
        return story

    @staticmethod
    def _impression_line(i: InterviewReport) -> str:
        if i.impression_level is None:
            return "<b>First impression:</b> not recorded."
        when = ""
        if i.seconds_since_arrival is not None:
            when = f", recorded {i.seconds_since_arrival:.0f} s after arrival"
        cues = markup(", ".join(i.impression_cues)) if i.impression_cues else "none ticked"
        return f"<b>First impression:</b> level {i.impression_level} of 5{when}. Cues seen: {cues}."
