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

from hireapp.domain.catalogue import (
    QT_TRANSLATE_NOOP,
    after_interview,
    decision_label,
    recommendation,
    translate,
)
from hireapp.domain.formatting import halo_text, score_text
from hireapp.reports.base import (
    ACCENT,
    RULE,
    TINT,
    BaseRenderer,
    cell_font,
    day,
    halo_words,
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

    kind = QT_TRANSLATE_NOOP("PdfPages", "Candidate summary")

    def title(self, data: CandidateReport) -> str:
        return translate("SummaryPdf", "Candidate summary: {name}").format(name=data.name)

    def header_name(self, data: CandidateReport) -> str:
        return data.name

    def subject(self, data: CandidateReport) -> str:
        return translate(
            "SummaryPdf", "Structured interview summary for the position {position}"
        ).format(position=data.position)

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
        dates = (
            first
            if first == last
            else translate("SummaryPdf", "{first} to {last}").format(first=first, last=last)
        )
        contact = data.email + (f" · {data.phone}" if data.phone else "")
        room = self.width * 0.8
        rubrics = ", ".join(dict.fromkeys(i.rubric for i in data.interviews))
        rows: list[tuple[str, object]] = [
            (translate("SummaryPdf", "Position"), self.text_cell(data.position, s["cell"], room)),
            (translate("SummaryPdf", "Contact"), self.text_cell(contact, s["cell"], room)),
            (translate("SummaryPdf", "Interviewed"), dates),
            (
                translate("SummaryPdf", "Interviewers"),
                self.text_cell(", ".join(data.interviewers), s["cell"], room),
            ),
            (translate("SummaryPdf", "Rubric"), self.text_cell(rubrics, s["cell"], room)),
            (translate("SummaryPdf", "Printed"), day(data.generated_at)),
        ]
        table = Table(
            [[k, v] for k, v in rows],
            colWidths=self.columns(0.2, 0.8),
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
            paragraph(
                translate("SummaryPdf", "Candidate summary · structured interviews"), s["subtitle"]
            ),
            table,
            Spacer(1, 5 * mm),
        ]

    # --- summary box ----------------------------------------------------------------------------

    def summary_box(self, data: CandidateReport) -> list[Flowable]:
        s = self.styles
        count = len(data.interviews)
        figures = [
            (score(data.overall), translate("SummaryPdf", "Overall (0-100)")),
            (score(data.impression), translate("SummaryPdf", "First impression, 30 s")),
            (score(data.structured), translate("SummaryPdf", "Structured questions")),
        ]
        tally = " · ".join(
            f"{recommendation(value)} <b>{data.tally[value]}</b>" for value in RECOMMENDATION_LABELS
        )
        gap = halo_text(data.halo_gap, data.halo, DASH)
        spread = score_text(data.disagreement, DASH)
        means = translate("SummaryPdf", "Means over %n submitted interviews.", "", count)
        lines = [
            paragraph(
                means
                + " "
                + translate(
                    "SummaryPdf",
                    "Halo gap <b>{gap}</b> (first impression minus structured, over interviews "
                    "with both) · Disagreement <b>{spread}</b> (points between interviewers). "
                    "Recommendations: {tally}",
                ).format(gap=gap, spread=spread, tally=tally),
                s["cell"],
            )
        ]
        if data.fair is not None:
            lines.append(paragraph(self.fair_line(data), s["cell"]))
        halo_note = halo_words(data.halo_gap, data.halo_note)
        if halo_note:
            note = translate("SummaryPdf", "<b>Note:</b> {note}")
            lines.append(paragraph(note.format(note=markup(halo_note)), s["callout"]))
        if data.drafts:
            names = ", ".join(d.interviewer for d in data.drafts)
            drafts = len(data.drafts)
            text = translate(
                "SummaryPdf",
                "<b>Not included:</b> %n draft interviews still in progress ({names}). Drafts "
                "are left out of every figure in this summary.",
                "",
                drafts,
            )
            lines.append(paragraph(text.format(names=markup(names)), s["cell"]))
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
        line = translate(
            "SummaryPdf",
            "Fair score <b>{fair}</b> beside the structured {structured}: the interviewers' "
            "leniency or severity taken out, fitted over this position's candidates (80% "
            "interval in brackets).",
        ).format(fair=fair.text, structured=score(data.structured))
        if fair.single_interviewer:
            line += " " + translate(
                "SummaryPdf", "{mark} Seen by one interviewer only: the interval is wider."
            ).format(mark=SINGLE_INTERVIEWER_MARK)
        return line

    # --- decision -------------------------------------------------------------------------------

    def decision(self, data: CandidateReport) -> list[Flowable]:
        """The panel's current decision with its rationale, who and when."""
        s = self.styles
        made = data.decision
        if made is None:
            none = translate("SummaryPdf", "<b>Decision:</b> none recorded yet.")
            return [paragraph(none, s["cell"]), Spacer(1, 2 * mm)]
        when = made.decided_at.strftime("%Y-%m-%d %H:%M")
        decided = translate(
            "SummaryPdf",
            "<b>Decision: {decision}</b> · decided by {who} on {when} UTC, {after}",
        ).format(
            decision=markup(decision_label(made.label)),
            who=markup(made.decided_by),
            when=when,
            after=markup(after_interview(made.after_interview)),
        )
        rationale = translate("SummaryPdf", "<b>Rationale:</b> {rationale}")
        return [
            paragraph(decided, s["cell"]),
            paragraph(rationale.format(rationale=markup(made.rationale)), s["note"]),
            Spacer(1, 2 * mm),
        ]

    # --- interviews ------------------------------------------------------------------------------

    def interviews_table(self, data: CandidateReport) -> list[Flowable]:
        s = self.styles
        labels = [
            "",
            translate("SummaryPdf", "Interviewer"),
            translate("SummaryPdf", "Submitted"),
            translate("SummaryPdf", "Overall"),
            translate("SummaryPdf", "First impr."),
            translate("SummaryPdf", "Structured"),
            translate("SummaryPdf", "Skips"),
            translate("SummaryPdf", "Recommendation"),
        ]
        widths = self.columns(0.04, 0.21, 0.13, 0.09, 0.12, 0.12, 0.10, 0.19)
        rows: list[list[object]] = [self.head_row(labels, widths, right=(3, 4, 5, 6))]
        for i in data.interviews:
            verdict = recommendation(i.recommendation)
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
        return [paragraph(translate("SummaryPdf", "Interviews"), s["h1"]), table]

    # --- questions -------------------------------------------------------------------------------

    def question_sections(self, data: CandidateReport) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = []
        for section in data.sections:
            story += [
                paragraph(markup(section.title), s["h1"]),
                self.question_table(data, section),
                paragraph(
                    translate(
                        "SummaryPdf",
                        "Levels 1-5 against the rubric's described behaviours; {dash} skipped or "
                        "not scored. The last column is the behaviour described at the mean "
                        "level, rounded.",
                    ).format(dash=DASH),
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
            translate("SummaryPdf", "Question"),
            *(i.letter for i in data.interviews),
            translate("SummaryPdf", "Mean"),
            translate("SummaryPdf", "What the mean level looks like"),
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
            caption=translate(
                "SummaryPdf", "{section}: level given by each interviewer (1-5)"
            ).format(section=section.title),
        )

    # --- notes ----------------------------------------------------------------------------------

    def notes(self, data: CandidateReport) -> list[Flowable]:
        s = self.styles
        heading = translate("SummaryPdf", "Notes, strengths and concerns")
        story: list[Flowable] = [paragraph(heading, s["h1"])]
        titles = {q.id: q.title for section in data.sections for q in section.questions}
        for interview in data.interviews:
            story += self.interview_notes(interview, titles)
        return story

    def interview_notes(self, i: InterviewReport, titles: dict[str, str]) -> list[Flowable]:
        s = self.styles
        verdict = recommendation(i.recommendation, translate("SummaryPdf", "none given"))
        meta = translate(
            "SummaryPdf",
            "Interviewed {started}, submitted {submitted} · Recommendation: <b>{verdict}</b> · "
            "Overall {overall}, first impression {impression}, structured {structured}",
        ).format(
            started=day(i.started_at),
            submitted=day(i.submitted_at),
            verdict=verdict,
            overall=score(i.overall),
            impression=score(i.impression),
            structured=score(i.structured),
        )
        story: list[Flowable] = [
            paragraph(f"{i.letter} · {markup(i.interviewer)}", s["h2"]),
            paragraph(meta, s["meta"]),
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
                text = translate("SummaryPdf", "<b>{question}</b> · skipped: {reason}").format(
                    question=markup(title), reason=markup(answer.skip_reason)
                )
            elif answer.note.strip():
                level = DASH if answer.level is None else str(answer.level)
                text = f"<b>{markup(title)}</b> ({level}): {markup(answer.note)}"
            else:
                continue
            noted = True
            story.append(paragraph(text, s["note"]))
        if not noted:
            none = translate("SummaryPdf", "No notes on the questions.")
            story.append(paragraph(none, s["meta"]))
        for label, text in (
            (translate("SummaryPdf", "Strengths"), i.strengths),
            (translate("SummaryPdf", "Concerns"), i.concerns),
        ):
            shown = markup(text) if text.strip() else translate("SummaryPdf", "<i>none noted</i>")
            story.append(paragraph(f"<b>{label}:</b> {shown}", s["note"]))
        return story

    @staticmethod
    def _impression_line(i: InterviewReport) -> str:
        if i.impression_level is None:
            return translate("SummaryPdf", "<b>First impression:</b> not recorded.")
        when = ""
        if i.seconds_since_arrival is not None:
            when = translate("SummaryPdf", ", recorded {seconds} s after arrival").format(
                seconds=f"{i.seconds_since_arrival:.0f}"
            )
        cues = (
            markup(", ".join(i.impression_cues))
            if i.impression_cues
            else translate("SummaryPdf", "none ticked")
        )
        return translate(
            "SummaryPdf", "<b>First impression:</b> level {level} of 5{when}. Cues seen: {cues}."
        ).format(level=i.impression_level, when=when, cues=cues)
