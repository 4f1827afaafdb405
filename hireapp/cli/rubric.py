# SPDX-License-Identifier: MIT
"""`hireapp rubric validate|list|add|export|stats|use`."""

from __future__ import annotations

import argparse
import sys

from hireapp.cli.common import EXIT_USAGE, Subcommands, open_database, print_table
from hireapp.errors import RubricError


def validate(args: argparse.Namespace) -> int:
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


def list_versions(args: argparse.Namespace) -> int:
    from hireapp.services.rubrics import ensure_default_rubric, list_rubric_versions

    db = open_database(args)
    ensure_default_rubric(db)
    versions = list_rubric_versions(db)
    print_table(
        ["id", "rubric", "title", "version", "questions", "hash"],
        [[v.id, v.slug, v.title, v.label, v.questions, v.content_hash[:12]] for v in versions],
    )
    return 0


def add(args: argparse.Namespace) -> int:
    from hireapp.services.rubrics import register_rubric_file

    info = register_rubric_file(open_database(args), args.file)
    print(f"rubric version {info.id}: {info.title} {info.label} (hash {info.content_hash[:12]})")
    return 0


def export(args: argparse.Namespace) -> int:
    from hireapp.services.rubrics import export_rubric, rubric_file_text

    db = open_database(args)
    if args.output is None:
        sys.stdout.write(rubric_file_text(db, args.version))
        return 0
    export_rubric(db, args.version, args.output)
    print(f"rubric version {args.version} written to {args.output}", file=sys.stderr)
    return 0


def stats(args: argparse.Namespace) -> int:
    import dataclasses
    import json

    from hireapp.services.rubric_stats import rubric_stats

    use = rubric_stats(open_database(args), args.version)
    if args.format == "json":
        print(json.dumps(dataclasses.asdict(use), indent=2, ensure_ascii=False))
        return 0
    print(f"{use.title} {use.label}: {use.interviews} submitted interviews")
    print_table(
        ["question", "1", "2", "3", "4", "5", "skipped", "agreement", "flags"],
        [
            [q.title, *(q.levels[level] for level in range(1, 6)), q.skipped,
             "-" if q.icc is None else f"{q.icc:.2f} {q.agreement}", "; ".join(q.flags) or "-"]
            for q in use.questions
        ],
    )  # fmt: skip
    return 0


def use_for_position(args: argparse.Namespace) -> int:
    from hireapp.services.rubrics import set_position_rubric

    version = None if args.version == "default" else args.version
    if version is not None and not version.isdigit():
        print(f"hireapp: {args.version!r} is not a rubric version id (see rubric list) "
              "or 'default'", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    set_position_rubric(
        open_database(args), args.position, None if version is None else int(version)
    )
    which = "the default rubric" if version is None else f"rubric version {version}"
    print(f"new interviews for {args.position} use {which}; interviews already started keep theirs")
    return 0


def register(commands: Subcommands) -> None:
    rubric = commands.add_parser("rubric", help="validate, list and add rubrics")
    actions = rubric.add_subparsers(dest="rubric_command", metavar="ACTION", required=True)
    check = actions.add_parser("validate", help="check rubric files (exit 0 or 2)")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.set_defaults(handler=validate)
    actions.add_parser("list", help="the rubric versions in the database").set_defaults(
        handler=list_versions
    )
    store = actions.add_parser("add", help="store a rubric file as a new version")
    store.add_argument("file", metavar="FILE")
    store.set_defaults(handler=add)
    out = actions.add_parser(
        "export", help="write a stored rubric version as a rubric file (canonical TOML)"
    )
    out.add_argument("version", type=int, metavar="ID", help="the version's id (rubric list)")
    out.add_argument("-o", "--output", metavar="FILE", help="the file to write (default: stdout)")
    out.set_defaults(handler=export)
    counted = actions.add_parser(
        "stats", help="how each question's levels were used: counts, skips, agreement, flags"
    )
    counted.add_argument("version", type=int, metavar="ID", help="the version's id (rubric list)")
    counted.add_argument("--format", choices=("table", "json"), default="table")
    counted.set_defaults(handler=stats)
    choose = actions.add_parser("use", help="the rubric version new interviews for a position use")
    choose.add_argument("version", metavar="ID", help="a version id (rubric list), or 'default'")
    choose.add_argument("--position", required=True, metavar="POSITION", help="title or id")
    choose.set_defaults(handler=use_for_position)
