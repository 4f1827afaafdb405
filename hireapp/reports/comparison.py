# SPDX-License-Identifier: MIT
"""The shortlist comparison: 2-10 candidates side by side, on A4 landscape.

One table with a column per candidate: the overall score and its two parts, the fair score with
its 80% interval, the recommendations, then every question's mean level; the best figure in each
row is set in bold. A chart of the overall score beside the first impression follows, then any
strong impression-versus-evidence gaps in plain words.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from hireapp.domain.catalogue import (
    QT_TRANSLATE_NOOP,
    recommendation,
    translate,
    withheld,
)
from hireapp.domain.formatting import halo_text
from hireapp.reports.base import (
    TINT,
    BaseRenderer,
    day,
    halo_words,
    level_text,
    score,
)
from hireapp.reports.charts import bar_chart
from hireapp.reports.data import (
    RECOMMENDATION_LABELS,
    SINGLE_INTERVIEWER_MARK,
    ComparisonReport,
)
from hireapp.reports.fonts import markup
from hireapp.reports.scripts import paragraph


class ComparisonRenderer(BaseRenderer[ComparisonReport]):
    """A shortlist side by side."""

    pagesize = landscape(A4)
    kind = QT_TRANSLATE_NOOP("PdfPages", "Shortlist comparison")

    def title(self, data: ComparisonReport) -> str:
        return translate("ComparisonPdf", "Shortlist comparison: {positions}").format(
            positions=", ".join(data.positions)
        )

    def header_name(self, data: ComparisonReport) -> str:
        return ", ".join(data.positions)

    def subject(self, data: ComparisonReport) -> str:
        names = ", ".join(c.name for c in data.candidates)
        count = len(data.candidates)
        return translate(
            "ComparisonPdf", "Structured interview comparison of %n candidates: {names}", "", count
        ).format(names=names)

    def story(self, data: ComparisonReport) -> list[Flowable]:
        return [*self.header(data), self.table(data), *self.chart(data), *self.notes(data)]

    def header(self, data: ComparisonReport) -> list[Flowable]:
        s = self.styles
        count = len(data.candidates)
        return [
            paragraph(translate("ComparisonPdf", "Shortlist comparison"), s["title"]),
            paragraph(
                translate(
                    "ComparisonPdf", "{positions} · %n candidates · printed {day}", "", count
                ).format(positions=markup(", ".join(data.positions)), day=day(data.generated_at)),
                s["subtitle"],
            ),
            paragraph(
                translate(
                    "ComparisonPdf",
                    "Scores are means over each candidate's submitted interviews; drafts are left "
                    "out. Overall, first impression and structured are on 0-100; questions show "
                    "the mean level on the anchored 1-5 scale. The fair score is the structured "
                    "score with the interviewers' leniency taken out, fitted over each position's "
                    "candidates, with its 80% interval. The best figure in each row is in bold.",
                )
                + self.withheld_line(data),
                s["meta"],
            ),
            Spacer(1, 3 * mm),
        ]

    @staticmethod
    def withheld_line(data: ComparisonReport) -> str:
        names = [c.name for c in data.candidates if c.withheld]
        if not names:
            return ""
        return " " + translate(
            "ComparisonPdf",
            "Scores of {names} are hidden until you submit your own interview: colleagues' "
            "scores stay hidden until then.",
        ).format(names=markup(", ".join(names)))

    @staticmethod
    def single_legend(data: ComparisonReport) -> str:
        """Under the fair score's label, what † means, when a column carries it."""
        if not any(c.fair is not None and c.fair.single_interviewer for c in data.candidates):
            return ""
        return "<br/>" + translate("ComparisonPdf", "{mark} seen by one interviewer only").format(
            mark=SINGLE_INTERVIEWER_MARK
        )

    def table(self, data: ComparisonReport) -> Table:
        s = self.styles
        n = len(data.candidates)
        first = 0.22 if n > 6 else 0.28
        fractions = [first, *([(1 - first) / n] * n)]
        rows: list[list[object]] = [
            [
                paragraph("", s["head"]),
                *(paragraph(markup(c.name), s["head_center"]) for c in data.candidates),
            ]
        ]
        section_rows: list[int] = []

        hidden = [c.withheld for c in data.candidates]
        hidden_text = withheld()

        def add(label: str, values: list[float | None], text: list[str], bold: bool) -> None:
            # A withheld column reads so in every figure, never 0 or a dash.
            text = [hidden_text if h else t for h, t in zip(hidden, text, strict=True)]
            best = max((v for v in values if v is not None), default=None)
            cells = [
                paragraph(
                    f"<b>{t}</b>" if bold and v is not None and v == best and n > 1 else t,
                    s["cell_center"],
                )
                for v, t in zip(values, text, strict=True)
            ]
            rows.append([paragraph(label, s["cell"]), *cells])

        def section(title: str) -> None:
            section_rows.append(len(rows))
            rows.append([paragraph(markup(title), s["cell_bold"]), *([""] * n)])

        cands = data.candidates
        counts = [str(c.interviews) for c in cands]
        rows.append(
            [paragraph(translate("ComparisonPdf", "Submitted interviews"), s["cell"]),
             *(paragraph(t, s["cell_center"]) for t in counts)]
        )  # fmt: skip
        for label, attr in (
            ("<b>" + translate("ComparisonPdf", "Overall") + "</b>", "overall"),
            (translate("ComparisonPdf", "First impression (30 s)"), "impression"),
            (translate("ComparisonPdf", "Structured questions"), "structured"),
        ):
            values = [getattr(c, attr) for c in cands]
            add(label, values, [score(v) for v in values], True)
        fair = [c.fair for c in cands]
        add(
            translate("ComparisonPdf", "Fair score (80% interval)") + self.single_legend(data),
            [None if f is None else f.adjusted for f in fair],
            ["–" if f is None else f.text for f in fair],
            True,
        )
        verdicts = [
            ", ".join(
                translate("ComparisonPdf", "{count} {recommendation}").format(
                    count=c.tally[k], recommendation=recommendation(k).lower()
                )
                for k in reversed(RECOMMENDATION_LABELS)
                if c.tally.get(k)
            )
            for c in cands
        ]
        add(translate("ComparisonPdf", "Recommendations"), [None] * n, verdicts, False)
        add(
            translate("ComparisonPdf", "Halo gap (impression − structured)"),
            [None] * n,
            [halo_text(c.halo_gap, c.halo, "–") for c in cands],
            False,
        )
        add(
            translate("ComparisonPdf", "Disagreement (points)"),
            [None] * n,
            [score(c.disagreement) for c in cands],
            False,
        )
        # Counts, not figures: the table shows them for a withheld candidate too.
        rows.append(
            [paragraph(translate("ComparisonPdf", "Drafts left out"), s["cell"]),
             *(paragraph(str(c.drafts), s["cell_center"]) for c in cands)]
        )  # fmt: skip
        current = None
        for q in data.questions:
            if q.section_id != current:
                current = q.section_id
                section(q.section)
            values = [c.means.get(q.id) for c in cands]
            add(markup(q.title), values, [level_text(v) for v in values], True)
        table = Table(rows, colWidths=self.columns(*fractions), repeatRows=1)
        style = self.grid_style()
        for row in section_rows:
            style.add("SPAN", (0, row), (-1, row))
            style.add("BACKGROUND", (0, row), (-1, row), TINT)
        table.setStyle(style)
        return table

    def chart(self, data: ComparisonReport) -> list[Flowable]:
        cands = data.candidates
        drawing = bar_chart(
            self.width * 0.8,
            [f"{c.name} ({withheld()})" if c.withheld else c.name for c in cands],
            [
                (translate("ComparisonPdf", "Overall"), [c.overall for c in cands]),
                (translate("ComparisonPdf", "First impression"), [c.impression for c in cands]),
                (translate("ComparisonPdf", "Structured"), [c.structured for c in cands]),
            ],
            value_max=100,
            step=20,
            value_format=score,
            caption=translate("ComparisonPdf", "Overall score beside its two parts (0-100)"),
        )
        return [Spacer(1, 6 * mm), drawing]

    def notes(self, data: ComparisonReport) -> list[Flowable]:
        s = self.styles
        gaps = [
            (c.name, halo_words(c.halo_gap, c.halo_note)) for c in data.candidates if c.halo_note
        ]
        if not gaps:
            return []
        heading = translate("ComparisonPdf", "Impression and evidence apart")
        story: list[Flowable] = [paragraph(heading, s["h1"])]
        for name, note in gaps:
            story.append(paragraph(f"<b>{markup(name)}:</b> {markup(note or '')}", s["note"]))
        return story
