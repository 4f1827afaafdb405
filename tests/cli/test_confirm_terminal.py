# SPDX-License-Identifier: MIT
"""Destructive commands ask on a terminal: a real pseudo-terminal, a real answer typed at it."""

from __future__ import annotations

import os
import pathlib
import pty
import select
import subprocess
import sys

from hireapp.services.people import create_candidate, get_candidate
from hireapp.storage.session import Database


def _answer_at_terminal(args: list[str], answer: str) -> tuple[int, str]:
    """Run hireapp with its stdin and stdout on a pseudo-terminal; type `answer` at the prompt."""
    leader, follower = pty.openpty()
    with subprocess.Popen([sys.executable, "-m", "hireapp", *args], stdin=follower,
                          stdout=follower, stderr=follower) as child:  # fmt: skip
        os.close(follower)
        seen = b""
        answered = False
        while True:
            ready, _, _ = select.select([leader], [], [], 30)
            if not ready:
                break
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
            if not answered and b"[y/N]" in seen:
                os.write(leader, answer.encode() + b"\n")
                answered = True
        code = child.wait(timeout=60)
    os.close(leader)
    return code, seen.decode(errors="replace")


def test_erase_asks_and_a_no_keeps_the_candidate(tmp_path: pathlib.Path) -> None:
    path = str(tmp_path / "h.sqlite3")
    db = Database(path)
    create_candidate(db, name="Ayşe Yılmaz", email="ayse@example.org", position="Agent")
    db.dispose()
    code, output = _answer_at_terminal(["--db", path, "candidates", "erase", "ayse@example.org"],
                                       "n")  # fmt: skip
    assert "Erase Ayşe Yılmaz <ayse@example.org>" in output and code != 0
    assert "nothing erased" in output
    assert get_candidate(Database(path), "ayse@example.org").name == "Ayşe Yılmaz"

    code, output = _answer_at_terminal(["--db", path, "candidates", "erase", "ayse@example.org"],
                                       "y")  # fmt: skip
    assert code == 0 and "erased candidate" in output
    assert b"ayse@example.org" not in pathlib.Path(path).read_bytes()
