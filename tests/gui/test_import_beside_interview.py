# SPDX-License-Identifier: MIT
"""A 12 MB import running beside an interview makes no save fail.

The import is all or nothing: it writes in one transaction, holding SQLite's write lock longer
than the busy timeout (about 11 s for 12 MB here). The interview's saves meanwhile wait in the
window's queue and land once the import commits; the window says it is waiting, never "Not
saved", and every keystroke is in the database afterwards.
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hireapp.gui.interview.window import WAITING, InterviewWindow
from hireapp.services import interviews as iv
from hireapp.services.interchange import export_interviews
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, opened, record_interview
from tests.gui.test_autosave_waits import (
    Ticks,
    new_interview,
    on_question,
    open_window,
    type_note,
)

__all__ = ["open_window"]  # the fixture, imported to be used here

SIZE = 12_000_000


def _big_file(folder: pathlib.Path) -> pathlib.Path:
    """About 12 MB of submitted interviews, each of its own candidate."""
    with opened(folder / "source.sqlite3") as source:
        for number in range(3):
            record_interview(source, name=f"Template {number}", email=f"t{number}@example.org")
        export_interviews(source, folder / "source.json")
    data: dict[str, Any] = json.loads((folder / "source.json").read_text("utf-8"))
    records = data["interviews"]
    one = len(json.dumps(records[0], indent=2))
    copies = []
    for number in range(SIZE // one):
        record = json.loads(json.dumps(records[number % len(records)]))
        record["uid"] = str(uuid.UUID(int=number + 1, version=4))
        record["base_hash"] = None
        record["candidate"]["email"] = f"imported{number}@example.org"
        record["candidate"]["name"] = f"Imported {number}"
        copies.append(record)
    path = folder / "big.json"
    path.write_text(json.dumps({**data, "interviews": copies}, indent=2), "utf-8")
    return path


@pytest.mark.slow
def test_an_import_of_12_mb_beside_an_interview_makes_no_save_fail(
    qtbot: QtBot, tmp_path: pathlib.Path, open_window: Callable[[Database, int], InterviewWindow]
) -> None:
    big = _big_file(tmp_path)
    assert big.stat().st_size > 11_000_000
    path = tmp_path / "team.sqlite3"
    with opened(path) as db:
        interview = new_interview(db)
        window = open_window(db, interview)
        on_question(qtbot, window, 0)
        ticks = Ticks(window)
        with subprocess.Popen(
            [sys.executable, "-m", "hireapp", "--db", str(path), "interviews", "import", str(big)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ) as importer:  # fmt: skip
            typed = ""
            for number in range(12):  # typing on through the import
                word = f"word{number} "
                type_note(qtbot, window, 0, word)
                typed += word
                qtbot.wait(500)
            out, err = importer.communicate(timeout=120)
        assert importer.returncode == 0, err
        assert "2" in out and "added" in out
        qtbot.waitUntil(lambda: window.saved_label.text().startswith("✓"), timeout=30_000)
        ticks.stop()
        # The saves did meet the import's lock (else this test proved nothing), and waited.
        assert WAITING in ticks.marks, ticks.marks
        assert not any("Not saved" in mark for mark in ticks.marks), ticks.marks
        assert not window.banner.isVisible() or "Not saved" not in window.banner.text()
        assert iv.get_interview(db, interview).answers[QUESTIONS[0]].note == typed
