# SPDX-License-Identifier: MIT
"""Running hireapp's command line as a user does: a real process, its output and exit status."""

from __future__ import annotations

import os
import subprocess
import sys


def hireapp(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m hireapp ARGS` in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "hireapp", *args],
        capture_output=True,
        text=True,
        timeout=300,
        input=stdin,
        env={**os.environ, **(env or {})},
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2, one line on stderr that says what is wrong, no traceback."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
