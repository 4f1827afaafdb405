# SPDX-License-Identifier: MIT
"""`hireapp export scores FILE.csv`: every answer in long form, for spreadsheets."""

from __future__ import annotations

import argparse

from hireapp.cli.common import Subcommands, open_database
from hireapp.domain.catalogue import translate


def export_scores(args: argparse.Namespace) -> int:
    from hireapp.services.comparison import export_scores_csv

    count = export_scores_csv(open_database(args), args.file)
    print(
        translate("Cli", "wrote {count} answers to {file}").format(
            count=f"{count:,}", file=args.file
        )
    )
    return 0


def register(commands: Subcommands) -> None:
    export = commands.add_parser("export", help="export data as files")
    kinds = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    scores = kinds.add_parser(
        "scores",
        help="every answer as CSV, one row each: candidate, interviewer, question, score, "
        "skip and when it was answered",
    )
    scores.add_argument("file", metavar="FILE.csv")
    scores.set_defaults(handler=export_scores)
