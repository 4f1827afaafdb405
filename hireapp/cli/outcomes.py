# SPDX-License-Identifier: MIT
"""`hireapp outcomes import|review-points`: how hired candidates do on the job."""

from __future__ import annotations

import argparse

from hireapp.cli.common import Subcommands, open_database
from hireapp.cli.interviews import print_issues
from hireapp.errors import ImportRejected


def import_csv(args: argparse.Namespace) -> int:
    from hireapp.services.outcomes import import_outcomes_file

    db = open_database(args)
    try:
        summary = import_outcomes_file(db, args.file)
    except ImportRejected as exc:
        return print_issues(exc)
    for line in summary.lines():
        print(line)
    return 0


def points(args: argparse.Namespace) -> int:
    from hireapp.services.outcomes import review_points, set_review_points

    db = open_database(args)
    if args.days is None and not args.default:
        chosen = review_points(db, args.position)
    else:
        chosen = set_review_points(db, args.position, [] if args.default else args.days)
    print(f"review points of {args.position}: " + ", ".join(f"{d} days" for d in chosen))
    return 0


def register(commands: Subcommands) -> None:
    parser = commands.add_parser("outcomes", help="outcomes of hired candidates at review points")
    actions = parser.add_subparsers(dest="outcomes_command", metavar="ACTION", required=True)
    into = actions.add_parser("import", help="import outcomes from CSV: all rows or none")
    into.add_argument("file", metavar="FILE.csv")
    into.set_defaults(handler=import_csv)
    review = actions.add_parser(
        "review-points", help="show or set a position's review points (days after the hire)"
    )
    review.add_argument("position", metavar="P", help="id or title")
    which = review.add_mutually_exclusive_group()
    which.add_argument("--days", nargs="+", metavar="N", help="set these, e.g. --days 90 180 365")
    which.add_argument("--default", action="store_true", help="back to 90 and 365 days")
    review.set_defaults(handler=points)
