# SPDX-License-Identifier: MIT
"""Opening a database: a typo, someone else's SQLite file, a damaged file, a bad port.

Each is refused in one line that says what to do, and the file at the path is left as it was.
"""

from __future__ import annotations

import hashlib
import os
import pathlib
import subprocess
import sys

import pytest

from hireapp.errors import DatabaseUnavailable
from hireapp.storage.session import Database, default_database_path, resolve_url
from tests.cli.clirun import assert_clean_failure, hireapp
from tests.factories import opened, record_interview

PAGE = 4096


def _digest(path: pathlib.Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage_page_2(path: pathlib.Path) -> None:
    """Garbage over the second page of a real database file, as a failing disk leaves it."""
    with path.open("r+b") as handle:
        handle.seek(PAGE)
        handle.write(b"\xde\xad\xbe\xef" * (PAGE // 4))


def _one_line(error: Exception) -> str:
    message = str(error)
    assert "\n" not in message and "SELECT" not in message and "PRAGMA" not in message
    return message


def test_a_path_in_a_missing_folder_is_refused_and_creates_nothing(
    tmp_path: pathlib.Path,
) -> None:
    typo = tmp_path / "Hirapp" / "hireapp.sqlite3"
    with pytest.raises(DatabaseUnavailable) as caught:
        Database(str(typo))
    message = _one_line(caught.value)
    assert f"the folder {typo.parent} does not exist" in message
    assert not typo.parent.exists()
    assert_clean_failure(hireapp("--db", str(typo), "candidates", "list"), "does not exist")
    assert not typo.parent.exists()


def test_the_default_data_folder_is_created(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh-home" / "share"))
    monkeypatch.delenv("HIREAPP_DATABASE_URL", raising=False)
    assert str(default_database_path()).startswith(str(tmp_path))
    assert resolve_url(None).startswith(f"sqlite:///{tmp_path}")
    db = Database(None)
    try:
        assert db.current_revision() is not None
    finally:
        db.dispose()
    assert default_database_path().is_file()


def test_an_sqlite_file_of_another_program_is_refused_untouched(tmp_path: pathlib.Path) -> None:
    import sqlite3

    other = tmp_path / "photos.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO albums (title) VALUES ('Summer')")
    conn.close()
    os.chmod(other, 0o644)
    before, mode = _digest(other), other.stat().st_mode
    with pytest.raises(DatabaseUnavailable) as caught:
        Database(str(other))
    assert "another program" in _one_line(caught.value)
    assert_clean_failure(hireapp("--db", str(other), "candidates", "list"), "another program")
    assert _digest(other) == before and other.stat().st_mode == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.db"]  # no -wal, no -shm


def test_a_damaged_database_says_to_restore_a_backup(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "hireapp.sqlite3"
    with opened(path) as db:
        record_interview(db)
    _damage_page_2(path)
    with pytest.raises(DatabaseUnavailable) as caught:
        Database(str(path))
    message = _one_line(caught.value)
    # What to do, as a command to type: restoring a backup into this very file.
    assert "is damaged" in message and f"`hireapp --db {path} restore BACKUP-FILE`" in message
    result = hireapp("--db", str(path), "candidates", "list")
    assert_clean_failure(result, "is damaged", f"hireapp --db {path} restore")


def test_damage_deep_inside_the_file_is_found_at_open(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "hireapp.sqlite3"
    with opened(path) as db:
        for n in range(40):
            record_interview(db, email=f"c{n}@example.org")
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as handle:
        handle.seek(PAGE * (pages - 2))
        handle.write(b"\x0d\x00\x00\xff" * (PAGE // 4))
    with pytest.raises(DatabaseUnavailable, match="is damaged"):
        Database(str(path))


# The app's start on a damaged file: the message box run_gui shows, read back from a real process.
GUI_START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from hireapp.gui.app import create_application, run_gui

app = create_application()

def look() -> None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    if not boxes:
        QTimer.singleShot(50, look)
        return
    print(boxes[0].text())
    boxes[0].done(0)

QTimer.singleShot(50, look)
sys.exit(run_gui(sys.argv[1]))
"""


def test_the_app_shows_a_damaged_database_in_its_message_box(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "hireapp.sqlite3"
    with opened(path) as db:
        record_interview(db)
    _damage_page_2(path)
    result = subprocess.run(
        [sys.executable, "-c", GUI_START, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2, result.stderr
    shown = result.stdout.strip()
    assert "is damaged" in shown and f"hireapp --db {path} restore" in shown
    assert "\n" not in shown
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("port", ["99999", "abc", "0"])
def test_a_bad_port_in_a_postgresql_url_is_one_line(port: str) -> None:
    result = hireapp("--db", f"postgresql://u:secret@127.0.0.1:{port}/db", "candidates", "list")
    assert_clean_failure(result, "port")
    assert "secret" not in result.stderr


def test_damage_found_while_working_gives_the_same_advice(tmp_path: pathlib.Path) -> None:
    from sqlalchemy import text

    path = tmp_path / "hireapp.sqlite3"
    with opened(path) as db:
        record_interview(db)
        db.dispose()  # every connection closed: the WAL is checkpointed, no page stays cached
        _damage_page_2(path)  # after the check at open
        with pytest.raises(DatabaseUnavailable) as caught, db.read() as session:
            session.execute(text("SELECT version_num FROM alembic_version")).all()
    message = _one_line(caught.value)
    assert "is damaged" in message and "`hireapp restore BACKUP-FILE`" in message
