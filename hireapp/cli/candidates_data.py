# SPDX-License-Identifier: MIT
"""`hireapp candidates import|erase`, added to the `candidates` command by add_actions()."""

from __future__ import annotations

import argparse
import sys

from hireapp.cli.common import Subcommands, open_database
from hireapp.cli.data import confirm
from hireapp.cli.interviews import print_issues
from hireapp.domain.catalogue import translate
from hireapp.errors import ImportRejected


def import_csv(args: argparse.Namespace) -> int:
    from hireapp.services.candidate_import import import_candidates_file

    db = open_database(args)
    try:
        summary = import_candidates_file(db, args.file)
    except ImportRejected as exc:
        return print_issues(exc)
    for line in summary.lines():
        print(line)
    return 0


def erase(args: argparse.Namespace) -> int:
    from hireapp.services.privacy import describe_candidate, erase_candidate

    db = open_database(args)
    who = describe_candidate(db, args.candidate)
    question = (
        f"Erase {who.name} <{who.email}> ({who.position}) and every interview of them, for good?"
    )
    if not confirm(question, yes=args.yes):
        print(translate("Cli", "nothing erased"), file=sys.stderr)
        return 1
    summary = erase_candidate(db, str(who.id))
    print(
        translate("Cli", "erased candidate {id} and {interviews} interviews").format(
            id=who.id, interviews=summary.interviews
        )
    )
    if not summary.scrubbed:
        print(
            "hireapp: "
            + translate(
                "Cli", "another program has the database open; its log is emptied when it closes"
            ),
            file=sys.stderr,
        )
    return 0


def add_actions(actions: Subcommands) -> None:
    """Add `import` and `erase` to the subparsers of `hireapp candidates`."""
    into = actions.add_parser("import", help="import candidates from CSV: all rows or none")
    into.add_argument("file", metavar="FILE.csv")
    into.set_defaults(handler=import_csv)
    gone = actions.add_parser("erase", help="erase a candidate and everything about them")
    gone.add_argument("candidate", metavar="C", help="id or email")
    gone.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    gone.set_defaults(handler=erase)
