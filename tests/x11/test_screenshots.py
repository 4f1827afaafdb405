# SPDX-License-Identifier: MIT
"""`make screenshots` pictures change only when a screen does, not with the time they are made.

The screens show the wall clock (the save mark, a submission, a draft's last change, a PDF's print
date). The script runs twice in its own processes, the second with the wall clock moved months on,
to another time of day and in another time zone; every PNG must come out byte for byte the same.
These pictures are what a user looks at, like the X11 test beside this one, though Qt draws them
offscreen.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

# The second run starts inside time-machine's travel to this moment, then runs the script as
# `python -m` would.
LATER = """\
import datetime as dt, runpy, sys, time_machine
sys.argv = ["screenshots", sys.argv[1]]
with time_machine.travel(dt.datetime(2027, 3, 14, 23, 59, 58, tzinfo=dt.UTC)):
    runpy.run_module("hireapp.gui.screenshots", run_name="__main__")
"""


def _render(folder: pathlib.Path, *, moved: bool) -> dict[str, bytes]:
    command = [sys.executable, "-c", LATER] if moved else [sys.executable, "-m",
                                                            "hireapp.gui.screenshots"]  # fmt: skip
    zone = "Asia/Kolkata" if moved else "America/New_York"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": zone}
    result = subprocess.run([*command, str(folder)], capture_output=True, text=True, env=env,
                            timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.png"))}


def test_the_pictures_do_not_change_with_the_clock(tmp_path: pathlib.Path) -> None:
    now = _render(tmp_path / "now", moved=False)
    later = _render(tmp_path / "later", moved=True)
    assert "interview-question-light.png" in now and "resume-dark.png" in now
    assert "report-summary.png" in now
    assert sorted(later) == sorted(now)
    changed = [name for name in now if now[name] != later[name]]
    assert changed == []
