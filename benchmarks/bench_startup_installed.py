# SPDX-License-Identifier: MIT
"""Start-up of the installed program, and its size.

- start-up: the installed program (/usr/bin/hireapp from `make deb`, else the bundle `make bundle`
  left in dist/hireapp/) opening the main window on the 10,000-candidate database until the table
  shows them, against the same entry point run by the development virtual environment's Python;
- the bundle's installed size is in the figure's name.

Both processes quit as soon as the candidates are shown (HIREAPP_BUNDLE_CHECK, read only by
packaging/hireapp_main.py, the bundle's entry point), and each must say so, with the right count.
Without a bundle or an installed package the module says so and measures nothing.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
from collections.abc import Callable

from benchmarks.context import Context
from benchmarks.harness import Result, median_seconds

ROOT = pathlib.Path(__file__).resolve().parents[1]
ENTRY = ROOT / "packaging" / "hireapp_main.py"
INSTALLED = pathlib.Path("/opt/hireapp/hireapp")
BUILT = ROOT / "dist" / "hireapp" / "hireapp"
LOADED = "hireapp bundle check: main window loaded"


def installed_program() -> tuple[pathlib.Path, str] | None:
    """The program to time, and where it came from."""
    if INSTALLED.is_file():
        return INSTALLED, "installed package"
    if BUILT.is_file():
        return BUILT, "dist/hireapp bundle"
    return None


def size_mb(folder: pathlib.Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def opening(command: list[str], candidates: int, env: dict[str, str]) -> Callable[[], None]:
    """An action that opens the main window and checks it showed every candidate."""

    def run() -> None:
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
        if result.returncode != 0 or f"{candidates} candidates" not in result.stdout:
            raise RuntimeError(f"{command[0]} did not show the main window:\n"
                               f"{result.stdout}\n{result.stderr}")  # fmt: skip

    return run


def run(context: Context) -> list[Result]:
    found = installed_program()
    if found is None:
        print("    no installed program and no dist/hireapp: run `make bundle` (or make deb and "
              "install it) to measure it")  # fmt: skip
        return []
    program, where = found
    env = {**context.env, "HIREAPP_BUNDLE_CHECK": "quit-when-loaded"}
    env.pop("PYTHONPATH", None)
    database = str(context.demo_database)
    installed = opening([str(program), "--db", database], context.candidates, env)
    developer = opening([sys.executable, str(ENTRY), "--db", database], context.candidates, env)
    installed()  # once untimed each: the first start reads the files from disk
    developer()
    bundle = median_seconds(installed, context.runs)
    venv = median_seconds(developer, context.runs)
    size = size_mb(program.parent)
    name = f"start-up to the loaded main window, {where} ({size:.0f} MB)"
    return [Result(name, bundle, context.runs,
                   f"the same from the development venv ({os.path.basename(sys.prefix)})",
                   venv)]  # fmt: skip
