# SPDX-License-Identifier: MIT
"""What every command shares: opening the database, tables, progress lines."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from hireapp.storage.session import Database

EXIT_USAGE = 2
# The type of `commands` handed to each module's register(); argparse does not export it.
Subcommands = Any


def open_database(args: argparse.Namespace, *, for_restore: bool = False) -> Database:
    """The database chosen by --db, $HIREAPP_DATABASE_URL or the default, checked and migrated.

    `for_restore` opens it as it is, even damaged or of another schema, for a restore to replace.
    """
    from hireapp.storage.session import Database

    if for_restore:
        return Database(args.db, migrate=False, check_integrity=False)
    return Database(args.db)


def print_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Columns padded to their widest cell, for a terminal."""
    text = [[str(cell) for cell in row] for row in rows]
    widths = [max([len(h)] + [len(row[i]) for row in text]) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    for row in text:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def progress_printer(stream: TextIO, what: str) -> Callable[[int, int], None] | None:
    """A progress callback that redraws one line on a terminal, or None when not a terminal."""
    if not stream.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        stream.write(f"\r{what}: {done:,} of {total:,}{end}")
        stream.flush()

    return show
