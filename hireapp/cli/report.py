# SPDX-License-Identifier: MIT
"""`hireapp report`, `compare` and `debrief`: summaries, shortlists and debriefs as PDF."""

from __future__ import annotations

import argparse
import pathlib
import sys
from typing import TYPE_CHECKING

from hireapp.cli.common import Subcommands, open_database, progress_printer
from hireapp.domain.catalogue import translate
from hireapp.errors import InvalidInput
from hireapp.services.files import atomic_write

if TYPE_CHECKING:
    from hireapp.services.reports import PdfDocument


def report(args: argparse.Namespace) -> int:
    if (args.candidate is None) == (args.position is None):
        raise InvalidInput("report", "give a CANDIDATE (id or email) or --position P, not both")
    output = pathlib.Path(args.output)
    if args.position is not None:
        return _report_position(args, output)
    from hireapp.services.reports import candidate_summary_pdf

    return _write(candidate_summary_pdf(open_database(args), args.candidate), output)


def _write(document: PdfDocument, output: pathlib.Path) -> int:
    """The PDF to -o, whole or not at all."""
    with atomic_write(output, field="-o") as out:
        out.write(document.data)
    titles = {
        "summary": translate("Cli", "Summary: {about}"),
        "comparison": translate("Cli", "Comparison: {about}"),
        "debrief": translate("Cli", "Debrief: {about}"),
    }
    title = titles[document.kind].format(about=document.about) if document.kind in titles else ""
    print(
        translate("Cli", "wrote {file}: {title}").format(file=output, title=title or document.title)
    )
    return 0


def _report_position(args: argparse.Namespace, folder: pathlib.Path) -> int:
    from hireapp.services.report_batch import export_position

    if folder.exists() and not folder.is_dir():
        raise InvalidInput("-o", f"{folder} is a file; give a folder for --position")
    result = export_position(
        open_database(args),
        args.position,
        folder,
        workers=args.jobs,
        progress=progress_printer(sys.stderr, "summaries"),
    )
    for item in result.written:
        print(item.path)
    left_out = result.without_interviews
    skipped = (
        translate("Cli", "; %n without a submitted interview left out", "", left_out)
        if left_out
        else ""
    )
    written = len(result.written)
    done = translate("Cli", "wrote %n summaries for {position} to {folder}", "", written)
    print(done.format(position=result.position, folder=folder) + skipped, file=sys.stderr)
    return 0


def debrief(args: argparse.Namespace) -> int:
    from hireapp.services.debrief import debrief_pdf

    return _write(debrief_pdf(open_database(args), args.candidate), pathlib.Path(args.output))


def compare(args: argparse.Namespace) -> int:
    from hireapp.services.reports import comparison_pdf

    return _write(comparison_pdf(open_database(args), args.candidates), pathlib.Path(args.output))


def register(commands: Subcommands) -> None:
    summary = commands.add_parser(
        "report",
        help="a candidate's summary as PDF, or one per candidate of a position",
        description="Write a candidate summary PDF (submitted interviews only; drafts are "
        "counted, not included).",
    )
    summary.add_argument("candidate", nargs="?", metavar="CANDIDATE", help="id or email")
    summary.add_argument(
        "--position", metavar="P", help="every candidate of this position (id or title)"
    )
    summary.add_argument(
        "-o", "--output", required=True, metavar="PATH",
        help="the PDF file, or with --position the folder for one PDF per candidate",
    )  # fmt: skip
    summary.add_argument(
        "--jobs", type=int, default=None, metavar="N",
        help="worker processes for --position (default: up to 2)",
    )  # fmt: skip
    summary.set_defaults(handler=report)
    side = commands.add_parser("compare", help="2-10 candidates side by side as PDF")
    side.add_argument("candidates", nargs="+", metavar="CANDIDATE", help="ids or emails")
    side.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF file")
    side.set_defaults(handler=compare)
    panel = commands.add_parser(
        "debrief",
        help="a candidate's debrief for the panel as PDF (at most three pages)",
        description="Write the panel's debrief: the decision so far, each first impression "
        "beside the evidence, every question by disagreement, the notes on the disputed ones.",
    )
    panel.add_argument("candidate", metavar="CANDIDATE", help="id or email")
    panel.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF file")
    panel.set_defaults(handler=debrief)
