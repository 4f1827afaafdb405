# SPDX-License-Identifier: MIT
"""PDF reports.

- one candidate summary (3 submitted interviews), gathered from the database and laid out with
  charts and "Page N of M", against a bare ReportLab document of the same text and tables
  (SimpleDocTemplate, the same fonts, no charts, no numbered canvas) built in the same run from the
  data already in memory: the cost of the database, the charts and the page chrome (goal: 1.3x);
- a whole position's batch (about 1,000 candidates) in documents per second with two worker
  processes, against the same batch on one process.
"""

from __future__ import annotations

import io
import pathlib
import shutil
from xml.sax.saxutils import escape

from benchmarks.context import Context, build_demo
from benchmarks.harness import Result, median_seconds

BATCH_DEMO = 5_000  # demo candidates spread over five positions: about 1,000 per position
POSITION = "Store associate"


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


def _bare(report: object) -> bytes:
    """The same content with nothing but ReportLab's defaults."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from hireapp.reports.fonts import SANS
    from hireapp.services.reports import CandidateReport

    assert isinstance(report, CandidateReport)
    style = ParagraphStyle("b", fontName=SANS, fontSize=9.5, leading=13)
    story: list[object] = [Paragraph(escape(report.name), style)]
    for interview in report.interviews:
        story.append(Paragraph(escape(f"{interview.interviewer} {interview.overall}"), style))
    for section in report.sections:
        rows = [
            [Paragraph(escape(q.title), style), *map(str, q.levels), f"{q.mean or 0:.1f}",
             Paragraph(escape(q.anchor), style)]
            for q in section.questions
        ]  # fmt: skip
        story.append(Table(rows, repeatRows=0))
    for interview in report.interviews:
        story.append(Paragraph(escape(interview.impression_note), style))
        for answer in interview.answers.values():
            story.append(Paragraph(escape(answer.note or answer.skip_reason), style))
        story.append(Paragraph(escape(interview.strengths), style))
        story.append(Paragraph(escape(interview.concerns), style))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def run(context: Context) -> list[Result]:
    from hireapp.reports import write_candidate_summary
    from hireapp.reports.batch import export_position
    from hireapp.reports.fonts import register_fonts
    from hireapp.services.reports import candidate_report
    from hireapp.storage.session import Database

    register_fonts()
    db = Database(str(context.demo_database))
    candidate = _three_interviews(db)

    def summary() -> None:
        write_candidate_summary(candidate_report(db, candidate), io.BytesIO())

    data = candidate_report(db, candidate)
    summary()  # warm: rubric cache, font subsets, imports
    _bare(data)
    ours = median_seconds(summary, context.runs * 2)
    bare = median_seconds(lambda: _bare(data), context.runs * 2)
    results = [
        Result("candidate summary, 3 interviews (query + PDF)", ours, context.runs * 2,
               "bare ReportLab document of the same content", bare),
    ]  # fmt: skip
    db.dispose()

    batch_db = context.folder / "batch.sqlite3"
    build_demo(batch_db, BATCH_DEMO)
    out = context.folder / "batch-out"
    counts: dict[int, int] = {}

    def batch(workers: int) -> None:
        shutil.rmtree(out, ignore_errors=True)
        result = export_position(f"sqlite:///{batch_db}", POSITION, pathlib.Path(out),
                                 workers=workers)  # fmt: skip
        counts[workers] = len(result.written)

    runs = max(1, context.runs // 3)
    two = median_seconds(lambda: batch(2), runs)
    one = median_seconds(lambda: batch(1), runs)
    documents = counts[2]
    results.append(
        Result(f"position batch: {documents:,} PDFs, 2 processes ({documents / two:.0f}/s)", two,
               runs, f"one process ({counts[1] / one:.0f}/s)", one)
    )  # fmt: skip
    return results
