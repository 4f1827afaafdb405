# SPDX-License-Identifier: MIT
"""The command line: a second front end on the same services as the GUI.

`hireapp` alone opens the GUI. Every failure a user can act on is one line on stderr and exit
status 2, never a traceback. Qt is imported only when the GUI starts. Each command lives in its
own module with a `register(commands)` function, listed in COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from hireapp import __version__
from hireapp.cli.common import EXIT_USAGE
from hireapp.domain.catalogue import translate
from hireapp.errors import HireappError, RubricError

COMMAND_MODULES = (
    "rubric",
    "demo",
    "candidates",
    "interviews",
    "data",
    "report",
    "export",
    "decide",
    "outcomes",
    "validity",
    "insight",
)


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
    for name in COMMAND_MODULES:
        importlib.import_module(f"hireapp.cli.{name}").register(commands)
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
        print("hireapp: " + translate("Cli", "interrupted"), file=sys.stderr)
        return 130
