# SPDX-License-Identifier: MIT
"""`hireapp backup|restore|purge`: keeping the data safe, and not longer than needed."""

from __future__ import annotations

import argparse
import sys

from hireapp.cli.common import Subcommands, open_database, print_table
from hireapp.domain.catalogue import translate
from hireapp.errors import ConfirmationNeeded


def confirm(question: str, *, yes: bool) -> bool:
    """True when --yes was given or the user typed y on a terminal.

    Without a terminal to ask, a destructive command is refused unless --yes says so.
    """
    if yes:
        return True
    if not sys.stdin.isatty():
        raise ConfirmationNeeded(f"{question.rstrip('?')}: not confirmed; add --yes to go ahead")
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("y", "yes")


def backup(args: argparse.Namespace) -> int:
    from hireapp.services.backup import backup as take_backup

    db = open_database(args)
    info = take_backup(db, args.file)
    done = translate(
        "Cli", "backed up {database} to {file}: {candidates} candidates, {interviews} interviews"
    )
    print(
        done.format(
            database=db.display_name,
            file=info.path,
            candidates=info.candidates,
            interviews=info.interviews,
        )
    )
    return 0


def restore(args: argparse.Namespace) -> int:
    from hireapp.services.backup import describe_backup, refuse_the_database_itself
    from hireapp.services.backup import restore as restore_backup

    # A damaged database can be opened here: replacing it is what its error message advises.
    db = open_database(args, for_restore=True)
    if db.dialect != "sqlite":
        restore_backup(db, args.file)  # refuses with a pointer to PostgreSQL's tools
    refuse_the_database_itself(db, args.file)
    info = describe_backup(args.file)
    question = (
        f"Replace everything in {db.display_name} with {args.file} "
        f"({info.candidates} candidates, {info.interviews} interviews)?"
    )
    if not confirm(question, yes=args.yes):
        print(translate("Cli", "nothing restored"), file=sys.stderr)
        return 1
    restored = restore_backup(db, args.file)
    done = translate(
        "Cli", "restored {file} into {database}; the replaced database was kept as {copy}"
    )
    print(done.format(file=args.file, database=db.display_name, copy=restored.safety_copy))
    return 0


def purge(args: argparse.Namespace) -> int:
    from hireapp.services.privacy import cutoff_for, purge, stale_candidates

    cutoff_for(args.older_than)  # a bad age is refused before the database is opened
    db = open_database(args)
    stale = stale_candidates(db, args.older_than)
    if not stale:
        print(
            translate("Cli", "no candidate without activity in the last {age}").format(
                age=args.older_than
            )
        )
        return 0
    print_table(
        [
            translate("Cli", "id"),
            translate("Cli", "name"),
            translate("Cli", "email"),
            translate("Cli", "position"),
            translate("Cli", "last activity"),
        ],
        [[c.id, c.name, c.email, c.position, f"{c.last_activity:%Y-%m-%d}"] for c in stale],
    )
    if not args.yes:
        print(
            translate(
                "Cli", "{count} candidates would be erased; run again with --yes to erase them"
            ).format(count=len(stale))
        )
        return 0
    summary = purge(db, stale)
    print(
        translate("Cli", "erased {candidates} candidates and {interviews} interviews").format(
            candidates=summary.candidates, interviews=summary.interviews
        )
    )
    return 0


def register(commands: Subcommands) -> None:
    saving = commands.add_parser("backup", help="copy the SQLite database, even while in use")
    saving.add_argument("file", metavar="FILE")
    saving.set_defaults(handler=backup)
    back = commands.add_parser("restore", help="replace the SQLite database with a backup")
    back.add_argument("file", metavar="FILE")
    back.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    back.set_defaults(handler=restore)
    old = commands.add_parser("purge", help="list, and with --yes erase, inactive candidates")
    old.add_argument(
        "--older-than", required=True, metavar="AGE", help="no activity for AGE: 30d, 6w, 12m, 2y"
    )
    old.add_argument("--yes", action="store_true", help="erase them (otherwise only list)")
    old.set_defaults(handler=purge)
