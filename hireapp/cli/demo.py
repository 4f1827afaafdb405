# SPDX-License-Identifier: MIT
"""`hireapp demo`: deterministic demo data."""

from __future__ import annotations

import argparse
import sys
import time

from hireapp.cli.common import Subcommands, open_database, progress_printer


def demo(args: argparse.Namespace) -> int:
    from hireapp.services.demo import generate_demo

    db = open_database(args)
    started = time.perf_counter()
    show = progress_printer(sys.stderr, "demo candidates")
    summary = generate_demo(db, candidates=args.candidates, seed=args.seed, progress=show)
    elapsed = time.perf_counter() - started
    print(
        f"added {summary.candidates} candidates across {summary.positions} positions, "
        f"{summary.interviews} interviews ({summary.submitted} submitted, "
        f"{summary.interviews - summary.submitted} drafts) and {summary.answers} answers "
        f"by {summary.interviewers} interviewers; {summary.decisions} decisions "
        f"({summary.hires} hired, each with a 90-day outcome) "
        f"in {elapsed:.1f} s to {db.display_name}"
    )
    return 0


def register(commands: Subcommands) -> None:
    parser = commands.add_parser("demo", help="fill the database with deterministic demo data")
    parser.add_argument("--candidates", type=int, default=200, metavar="N")
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.set_defaults(handler=demo)
