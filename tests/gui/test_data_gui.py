# SPDX-License-Identifier: MIT
"""The data actions as a user meets them: file choices, confirmations, previews, reports."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from hireapp.gui import data_actions
from hireapp.services.people import create_candidate
from hireapp.storage.models import Candidate
from hireapp.storage.session import Database
from tests.factories import record_interview


@pytest.fixture
def window(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown, as (kind, text), instead of blocking the test."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, _t, text, *a, kind=kind: shown.append((kind, text))
        )
    return shown


def _choose(monkeypatch: pytest.MonkeyPatch, path: pathlib.Path) -> None:
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, **k: (str(path), ""))


def test_export_then_import_reports_what_happened(
    qtbot: Any, window: QWidget, sqlite_db: Database, tmp_path: pathlib.Path,
    monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    record_interview(sqlite_db)
    _choose(monkeypatch, tmp_path / "x.json")
    task = data_actions.export_interviews(window, sqlite_db)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert messages[-1] == ("information", data_actions._export_text(_Counts(1, 1, 1)))
    task = data_actions.import_interviews(window, sqlite_db)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert messages[-1][0] == "information" and "1 unchanged" in messages[-1][1]
    # A copy that would rewrite the submitted interview is refused whole, and said so plainly.
    import json

    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    data["interviews"][0]["recommendation"]["value"] = "strong_no"
    (tmp_path / "x.json").write_text(json.dumps(data), encoding="utf-8")
    task = data_actions.import_interviews(window, sqlite_db)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert messages[-1][1].startswith("Nothing was imported: the file would change interviews")
    (tmp_path / "x.json").write_text("{}")
    task = data_actions.import_interviews(window, sqlite_db)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert messages[-1][0] == "warning" and "Nothing was imported" in messages[-1][1]


class _Counts:
    def __init__(self, interviews: int, candidates: int, rubrics: int) -> None:
        self.interviews, self.candidates, self.rubrics = interviews, candidates, rubrics


def test_erase_asks_naming_the_candidate(
    qtbot: Any, window: QWidget, sqlite_db: Database,
    monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    info = create_candidate(sqlite_db, name="Zoë Quist", email="zq@example.org", position="A")
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> None:
        monkeypatch.setattr(
            QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or reply
        )

    answer(QMessageBox.StandardButton.Cancel)
    assert data_actions.erase_candidate(window, sqlite_db, info.id) is None
    assert "Zoë Quist <zq@example.org>" in asked[-1]
    answer(QMessageBox.StandardButton.Yes)
    task = data_actions.erase_candidate(window, sqlite_db, info.id)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert messages[-1] == ("information", "Erased Zoë Quist and 0 interviews.")
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Candidate)) == 0


def test_csv_dialog_previews_and_blocks_import_while_rows_are_bad(
    qtbot: Any, qtmodeltester: Any, sqlite_db: Database, tmp_path: pathlib.Path,
    messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    dialog = data_actions.CandidateImportDialog(sqlite_db)
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email,position\nAnn,ann@example.org,Agent\nBob,bob,Agent\n")
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.load(str(bad))
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.count() == 1
    assert "line 3: email" in dialog.problems.item(0).text()
    good = tmp_path / "good.csv"
    good.write_text("name,email,position\nAnn,ann@example.org,Agent\nBob,bob@example.org,Lead\n")
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.load(str(good))
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2 and dialog.import_button.isEnabled()
    assert "new positions: Agent, Lead" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "imported 2 candidates" in blocker.args[0]
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Candidate)) == 2


def test_backup_from_the_file_menu(
    qtbot: Any, window: QWidget, sqlite_db: Database, tmp_path: pathlib.Path,
    monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    record_interview(sqlite_db)
    _choose(monkeypatch, tmp_path / "b.sqlite3")
    task = data_actions.backup_database(window, sqlite_db)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert "1 candidates and 1 interviews" in messages[-1][1]
    assert (tmp_path / "b.sqlite3").exists()
