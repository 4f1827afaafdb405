# SPDX-License-Identifier: MIT
"""The command line in the user's language (issue 12, item 2): its messages and table headers
come from the GUI's catalogues, chosen by HIREAPP_LANGUAGE or the locale; English without one."""

from __future__ import annotations

import pathlib

from pypdf import PdfReader

from tests.cli.clirun import hireapp
from tests.factories import add_candidate, opened, take_interview

GERMAN = {"HIREAPP_LANGUAGE": "de"}


def _database(tmp_path: pathlib.Path) -> str:
    path = tmp_path / "h.sqlite3"
    with opened(path) as db:
        add_candidate(db)
        take_interview(db)
    return str(path)


def test_the_command_line_speaks_german_when_asked(tmp_path: pathlib.Path) -> None:
    db = _database(tmp_path)
    decided = hireapp(
        "--db", db, "decide", "zoe@example.org", "--decision", "hold",
        "--rationale", "Waiting for the round", "--by", "Maria Keller", env=GERMAN,
    )  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    assert decided.stdout.startswith("Zoë Ørsted (Agent): Zurückgestellt, entschieden von Maria")
    assert "nach dem letzten Interview" in decided.stdout
    table = hireapp("--db", db, "candidates", "list", env=GERMAN)
    assert table.returncode == 0, table.stderr
    header, row = table.stdout.splitlines()
    assert header.split()[:3] == ["ID", "Name", "Stelle"] and header.split()[-1] == "Entscheidung"
    assert row.rstrip().endswith("Zurückgestellt")
    pdf = tmp_path / "zoe.pdf"
    written = hireapp("--db", db, "report", "zoe@example.org", "-o", str(pdf), env=GERMAN)
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == f"{pdf} geschrieben: Zusammenfassung: Zoë Ørsted"
    first_page = PdfReader(pdf).pages[0].extract_text()
    assert "Stelle" in first_page and "Position" not in first_page


def test_the_locale_chooses_german_and_a_c_locale_english(tmp_path: pathlib.Path) -> None:
    db = _database(tmp_path)
    by_locale = hireapp(
        "--db", db, "candidates", "list", env={"HIREAPP_LANGUAGE": "", "LANG": "de_DE.UTF-8"}
    )
    assert by_locale.stdout.split()[:3] == ["ID", "Name", "Stelle"], by_locale.stderr
    plain = hireapp(
        "--db", db, "candidates", "list",
        env={"HIREAPP_LANGUAGE": "", "LANGUAGE": "", "LC_ALL": "C", "LANG": "de_DE.UTF-8"},
    )  # fmt: skip
    assert plain.stdout.split()[:3] == ["id", "name", "position"], plain.stderr
