# SPDX-License-Identifier: MIT
"""`hireapp decide`: the panel's decision about a candidate, with its rationale."""

from __future__ import annotations

import argparse
import getpass

from hireapp.cli.common import Subcommands, open_database
from hireapp.domain.catalogue import after_interview, decision_label, translate

DECISIONS = ("advance", "hire", "reject", "hold")  # as hireapp.storage.models.DECISIONS


def _default_decider() -> str:
    """Who decides when --by is not given: the account running the command."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def decide(args: argparse.Namespace) -> int:
    from hireapp.services.decisions import record_decision
    from hireapp.services.people import get_candidate

    db = open_database(args)
    made = record_decision(
        db,
        args.candidate,
        decision=args.decision,
        rationale=args.rationale,
        decided_by=args.by if args.by is not None else _default_decider(),
    )
    who = get_candidate(db, made.candidate_id)
    print(
        translate(
            "Cli", "{name} ({position}): {decision}, decided by {who} on {when} UTC, {after}"
        ).format(
            name=who.name,
            position=who.position,
            decision=decision_label(made.label),
            who=made.decided_by,
            when=f"{made.decided_at:%Y-%m-%d %H:%M}",
            after=after_interview(made.after_interview_text),
        )
    )
    return 0


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "decide", help="record the panel's decision about a candidate (a later one supersedes it)"
    )
    parser.add_argument("candidate", metavar="CANDIDATE", help="id or email")
    parser.add_argument("--decision", required=True, choices=DECISIONS)
    parser.add_argument("--rationale", required=True, metavar="TEXT", help="why (required)")
    parser.add_argument(
        "--by", metavar="NAME", help="who decided (default: the account running the command)"
    )
    parser.set_defaults(handler=decide)
