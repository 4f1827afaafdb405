# SPDX-License-Identifier: MIT
"""`pip install .` (not editable) gives a working program that finds its resources.

The wheel is installed into a fresh venv and run from outside the checkout, so nothing can be
found by accident in the source tree. Its dependencies come from the test venv (a path line, not
a site dir, so the checkout's editable install is not picked up) to avoid downloading Qt again.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import sysconfig
import venv

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHECK = """
import pathlib, sys
import hireapp
from hireapp import assets
from hireapp.gui.app import create_application
from hireapp.gui.main_window import MainWindow
from hireapp.storage.session import Database
from PySide6.QtGui import QIcon

venv = pathlib.Path(sys.prefix)
for path in (pathlib.Path(hireapp.__file__), assets.resource_path("rubrics/customer-service.toml"),
             assets.ui_dir() / "main_window.ui", assets.resource_path("icons/hireapp.svg")):
    assert path.is_relative_to(venv) and path.exists(), path
app = create_application()
assert not QIcon("icons:hireapp.svg").isNull(), "icon search path"
window = MainWindow(Database(sys.argv[1]))
window.show()
print("ok", window.windowTitle())
"""


@pytest.mark.slow
def test_the_installed_wheel_runs_and_finds_its_files(tmp_path: pathlib.Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(dist), str(ROOT)],
        check=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    [wheel] = dist.glob("hireapp-*.whl")
    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    site = pathlib.Path(
        sysconfig.get_path("purelib", vars={"base": str(target), "platbase": str(target)})
    )
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(target / "bin" / "python"), "install",
         "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    db = str(tmp_path / "h.sqlite3")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(args, capture_output=True, text=True, timeout=120,
                                cwd=tmp_path, env=env)  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result

    hireapp = str(target / "bin" / "hireapp")
    assert run(hireapp, "--version").stdout.startswith("hireapp ")
    assert "customer-service" in run(hireapp, "--db", db, "rubric", "list").stdout
    python = str(target / "bin" / "python")
    assert "added 5 candidates" in run(python, "-m", "hireapp", "--db", db, "demo",
                                       "--candidates", "5").stdout  # fmt: skip
    assert run(python, "-c", CHECK, db).stdout.startswith("ok hireapp:")
