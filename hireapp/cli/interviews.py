# SPDX-License-Identifier: MIT
"""`hireapp interviews export|import`: the JSON interchange between databases."""

from __future__ import annotations

import argparse
import sys

from hireapp.cli.common import EXIT_USAGE, Subcommands, open_database
from hireapp.domain.catalogue import translate
from hireapp.errors import ImportRejected

# Exit status of an import that left some interviews as they were because both sides changed,
# or that was refused because it would rewrite a submitted interview or a locked impression.
EXIT_CONFLICTS = 1


def export(args: argparse.Namespace) -> int:
    from hireapp.services.interchange import export_interviews, parse_date

    since = None if args.since is None else parse_date("--since", args.since)
    db = open_database(args)
    summary = export_interviews(
        db, args.output, candidate=args.candidate, position=args.position, since=since
    )
    print(
        f"exported {summary.interviews} interviews of {summary.candidates} candidates "
        f"({summary.rubrics} rubric versions), {summary.decisions} decisions and "
        f"{summary.outcomes} outcomes to {args.output}"
    )
    return 0


def print_issues(exc: ImportRejected) -> int:
    """Every problem of a refused file on stderr, then the verdict; exit status 2."""
    for issue in exc.issues:
        print(f"hireapp: {issue}", file=sys.stderr)
    print("hireapp: " + translate("Cli", "nothing was imported"), file=sys.stderr)
    return EXIT_USAGE


def import_(args: argparse.Namespace) -> int:
    from hireapp.services.interchange import import_interviews

    db = open_database(args)
    try:
        summary = import_interviews(db, args.file)
    except ImportRejected as exc:
        return print_issues(exc)
    if summary.refused:
        # The file would rewrite a submitted interview or a locked impression: nothing written.
        for conflict in summary.conflicts:
            print(f"conflict: {conflict}")
        print(
            f"hireapp: nothing was imported from {args.file}: it would change what is final "
            "here (see the conflicts above)",
            file=sys.stderr,
        )
        return EXIT_CONFLICTS
    print(
        f"imported {args.file}: {summary.added} added, {summary.updated} updated, "
        f"{summary.unchanged} unchanged, {len(summary.conflicts)} conflicts"
    )
    for label, names in (
        ("new candidates", summary.new_candidates),
        ("new interviewers", summary.new_interviewers),
        ("new positions", summary.new_positions),
    ):
        if names:
            print(f"{label}: {', '.join(names)}")
    if summary.new_rubrics:
        print(f"new rubric versions: {summary.new_rubrics}")
    if summary.decisions_added or summary.outcomes_added or summary.outcomes_updated:
        print(
            f"decisions: {summary.decisions_added} added; outcomes: {summary.outcomes_added} "
            f"added, {summary.outcomes_updated} updated"
        )
    for conflict in summary.conflicts:
        print(f"conflict: {conflict}")
    return EXIT_CONFLICTS if summary.conflicts else 0


def register(commands: Subcommands) -> None:
    parser = commands.add_parser("interviews", help="export and import interviews as JSON")
    actions = parser.add_subparsers(dest="interviews_command", metavar="ACTION", required=True)
    out = actions.add_parser("export", help="write interviews to a JSON file")
    which = out.add_mutually_exclusive_group()
    which.add_argument("--candidate", metavar="C", help="one candidate's (id or email)")
    which.add_argument("--position", metavar="P", help="one position's (id or title)")
    which.add_argument("--since", metavar="DATE", help="changed on or after DATE (YYYY-MM-DD)")
    out.add_argument("-o", "--output", required=True, metavar="FILE.json")
    out.set_defaults(handler=export)
    into = actions.add_parser("import", help="import a JSON file: all of it or nothing")
    into.add_argument("file", metavar="FILE.json")
    into.set_defaults(handler=import_)
