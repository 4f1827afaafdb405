# SPDX-License-Identifier: MIT
"""The command line: a second front end on the same services as the GUI.

`hireapp` alone opens the GUI. Every failure a user can act on is one line on stderr and exit
status 2, never a traceback. Qt is imported only when the GUI starts.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Callable, Sequence
from typing import TextIO

from hireapp import __version__
from hireapp.errors import HireappError, RubricError

EXIT_USAGE = 2


# --- rubric ------------------------------------------------------------------------------


def cmd_rubric_validate(args: argparse.Namespace) -> int:
    from hireapp.domain.rubric import load_rubric

    failed = False
    for path in args.files:
        try:
            rubric = load_rubric(path)
        except RubricError as exc:
            failed = True
            for issue in exc.issues:
                print(issue, file=sys.stderr)
            continue
        print(
            f"{path}: valid: {rubric.title} {rubric.version}, "
            f"{len(rubric.questions())} questions, hash {rubric.content_hash()[:12]}"
        )
    return EXIT_USAGE if failed else 0


def cmd_rubric_list(args: argparse.Namespace) -> int:
    from hireapp.services.rubrics import ensure_default_rubric, list_rubric_versions
    from hireapp.storage.session import Database

    db = Database(args.db)
    ensure_default_rubric(db)
    versions = list_rubric_versions(db)
    _print_table(
        ["id", "rubric", "title", "version", "questions", "hash"],
        [[v.id, v.slug, v.title, v.label, v.questions, v.content_hash[:12]] for v in versions],
    )
    return 0


def cmd_rubric_add(args: argparse.Namespace) -> int:
    from hireapp.services.rubrics import register_rubric_file
    from hireapp.storage.session import Database

    db = Database(args.db)
    info = register_rubric_file(db, args.file)
    print(f"rubric version {info.id}: {info.title} {info.label} (hash {info.content_hash[:12]})")
    return 0


# --- demo ---------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from hireapp.services.demo import generate_demo
    from hireapp.storage.session import Database

    db = Database(args.db)
    started = time.perf_counter()
    show = _progress_printer(sys.stderr, "demo candidates")
    summary = generate_demo(db, candidates=args.candidates, seed=args.seed, progress=show)
    elapsed = time.perf_counter() - started
    print(
        f"added {summary.candidates} candidates across {summary.positions} positions, "
        f"{summary.interviews} interviews ({summary.submitted} submitted, "
        f"{summary.interviews - summary.submitted} drafts) and {summary.answers} answers "
        f"by {summary.interviewers} interviewers in {elapsed:.1f} s to {db.display_name}"
    )
    return 0


def _progress_printer(stream: TextIO, what: str) -> Callable[[int, int], None] | None:
    if not stream.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        stream.write(f"\r{what}: {done:,} of {total:,}{end}")
        stream.flush()

    return show


# --- candidates ---------------------------------------------------------------------------

CSV_COLUMNS = [
    "id", "name", "email", "position", "status", "stage", "submitted_interviews",
    "draft_interviews", "overall", "first_impression", "structured",
    "strong_no", "no", "yes", "strong_yes",
]  # fmt: skip


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def cmd_candidates_list(args: argparse.Namespace) -> int:
    from hireapp.services.listing import candidate_scores
    from hireapp.services.spreadsheet import spreadsheet_safe
    from hireapp.storage.session import Database

    rows = candidate_scores(Database(args.db), args.position)
    if args.format == "json":
        records = [
            {
                "id": r.id, "name": r.name, "email": r.email, "position": r.position,
                "status": r.status, "stage": r.stage, "submitted_interviews": r.submitted,
                "draft_interviews": r.drafts,
                "overall": None if r.overall is None else round(r.overall, 2),
                "first_impression": None if r.impression is None else round(r.impression, 2),
                "structured": None if r.structured is None else round(r.structured, 2),
                "recommendations": {"strong_no": r.strong_no, "no": r.no, "yes": r.yes,
                                    "strong_yes": r.strong_yes},
            }
            for r in rows
        ]  # fmt: skip
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for r in rows:
            writer.writerow([
                r.id, spreadsheet_safe(r.name), spreadsheet_safe(r.email),
                spreadsheet_safe(r.position), r.status, r.stage, r.submitted, r.drafts,
                _score(r.overall), _score(r.impression), _score(r.structured),
                r.strong_no, r.no, r.yes, r.strong_yes,
            ])  # fmt: skip
    else:
        if not rows:
            print("no candidates yet: add some, or try `hireapp demo`", file=sys.stderr)
            return 0
        _print_table(
            ["id", "name", "position", "stage", "int.", "overall", "impression", "structured",
             "recommendations (--/-/+/++)"],
            [[r.id, r.name, r.position, r.stage, r.submitted, _score(r.overall),
              _score(r.impression), _score(r.structured),
              f"{r.strong_no}/{r.no}/{r.yes}/{r.strong_yes}"] for r in rows],
        )  # fmt: skip
    return 0


def _print_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    text = [[str(cell) for cell in row] for row in rows]
    widths = [max([len(h)] + [len(row[i]) for row in text]) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    for row in text:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


# --- the parser ---------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors exit 2 with one line and no usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hireapp",
        description="Structured interviews for customer-facing roles. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"hireapp {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: an SQLite file path or URL, or postgresql://user@host/name "
        "(default: $HIREAPP_DATABASE_URL, else hireapp.sqlite3 in your data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    rubric = commands.add_parser("rubric", help="validate, list and add rubrics")
    rubric_commands = rubric.add_subparsers(dest="rubric_command", metavar="ACTION", required=True)
    validate = rubric_commands.add_parser("validate", help="check rubric files (exit 0 or 2)")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.set_defaults(handler=cmd_rubric_validate)
    listing = rubric_commands.add_parser("list", help="the rubric versions in the database")
    listing.set_defaults(handler=cmd_rubric_list)
    add = rubric_commands.add_parser("add", help="store a rubric file as a new version")
    add.add_argument("file", metavar="FILE")
    add.set_defaults(handler=cmd_rubric_add)

    demo = commands.add_parser("demo", help="fill the database with deterministic demo data")
    demo.add_argument("--candidates", type=int, default=200, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(handler=cmd_demo)

    candidates = commands.add_parser("candidates", help="list candidates")
    candidate_commands = candidates.add_subparsers(
        dest="candidates_command", metavar="ACTION", required=True
    )
    clist = candidate_commands.add_parser("list", help="candidates with aggregated scores")
    clist.add_argument("--position", metavar="P", help="only this position (id or title)")
    clist.add_argument("--format", choices=("table", "csv", "json"), default="table")
    clist.set_defaults(handler=cmd_candidates_list)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from hireapp.gui.app import run_gui

            return run_gui(args.db)
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except RubricError as exc:
        for issue in exc.issues:
            print(f"hireapp: {issue}", file=sys.stderr)
        return EXIT_USAGE
    except HireappError as exc:
        print(f"hireapp: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # `hireapp candidates list | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("hireapp: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        # The database went away or refused a statement mid-command: say so in one line.
        if type(exc).__module__.startswith("sqlalchemy"):
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            print(f"hireapp: database error: {reason}", file=sys.stderr)
            return EXIT_USAGE
        raise
