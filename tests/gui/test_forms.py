# SPDX-License-Identifier: MIT
"""Every Qt Designer form and its compiled Python agree: `make forms` was run after each edit."""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys

import pytest

from hireapp import assets

FORMS = sorted(assets.ui_dir().glob("*.ui"))
COMPILED = pathlib.Path(__file__).resolve().parents[2] / "hireapp" / "gui" / "forms"


def _uic() -> str:
    beside_python = pathlib.Path(sys.executable).parent / "pyside6-uic"
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-uic") or "uic"


def test_there_are_forms() -> None:
    assert FORMS, "ui/ holds the fixed layouts as Designer forms"


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_compiled_form_matches_its_source(form: pathlib.Path, tmp_path: pathlib.Path) -> None:
    target = tmp_path / f"ui_{form.stem}.py"
    subprocess.run([_uic(), str(form), "-o", str(target)], check=True, timeout=60)
    committed = COMPILED / target.name
    assert committed.read_text("utf-8") == target.read_text("utf-8"), (
        f"{committed} is out of date: run `make forms`"
    )
