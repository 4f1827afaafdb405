# SPDX-License-Identifier: MIT
"""Candidates from CSV: all or nothing, every bad row named by line and field."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hireapp.errors import ImportRejected
from hireapp.services.candidate_import import check_candidates_csv, import_candidates_csv
from hireapp.services.people import create_candidate, get_candidate
from hireapp.storage.session import Database
from tests.factories import table_counts


def _import(db: Database, text: str, *, bom: bool = False) -> object:
    data = ("\ufeff" if bom else "").encode() + text.encode("utf-8")
    return import_candidates_csv(db, data, "people.csv")


def _refused(db: Database, text: str | bytes, *expected: str) -> list[str]:
    before = table_counts(db)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_candidates_csv(db, data, "people.csv")
    problems = [str(issue) for issue in caught.value.issues]
    for line in expected:
        assert line in problems, problems
    assert table_counts(db) == before
    return problems


def test_a_good_file_imports_with_new_positions_named(db: Database) -> None:
    create_candidate(db, name="Old Timer", email="old@example.org", position="Agent")
    text = (
        "Name,EMAIL, phone ,Position\r\n"
        '"Øst, Zoë",zoe@Example.org,"+49 30 1",Agent\r\n'
        '"Ann ""Nan"" Lee",ann@example.org,,"Team   lead "\r\n'
        "Old Again,OLD@example.org,,Agent\r\n"
    )
    summary = _import(db, text, bom=True)
    assert summary.imported == 2  # type: ignore[attr-defined]
    assert summary.new_positions == ["Team lead"]  # type: ignore[attr-defined]
    lines = summary.lines()  # type: ignore[attr-defined]
    assert "new positions: Team lead" in lines
    assert "line 4: old@example.org is already candidate Old Timer; skipped" in lines
    zoe = get_candidate(db, "zoe@example.org")
    assert (zoe.name, zoe.phone, zoe.position) == ("Øst, Zoë", "+49 30 1", "Agent")
    assert get_candidate(db, "ann@example.org").name == 'Ann "Nan" Lee'
    again = _import(db, text)
    assert again.imported == 0  # type: ignore[attr-defined]


def test_every_bad_row_is_reported_and_nothing_imported(db: Database) -> None:
    text = (
        "name,email,position\n"
        "Good One,good@example.org,Agent\n"
        ",nobody@example.org,Agent\n"
        "Bad Mail,not-an-email,Agent\n"
        "Twice,good@EXAMPLE.org,Agent\n"
        "Short,short@example.org\n"
        "No Position,np@example.org,   \n"
    )
    problems = _refused(
        db, text,
        "people.csv: line 3: name: is required",
        "people.csv: line 4: email: 'not-an-email' is not an email address",
        "people.csv: line 5: email: good@example.org is also on line 2",
        "people.csv: line 6: has 2 fields; the header has 3",
        "people.csv: line 7: position: is required",
    )  # fmt: skip
    assert len(problems) == 5


def test_headers_are_checked(db: Database) -> None:
    _refused(
        db,
        "name,mail,position\nA,a@b.org,X\n",
        "people.csv: line 1: mail: unknown column (name, email, phone, position)",
        "people.csv: line 1: email: the column is missing",
    )
    _refused(
        db, "name,email,email,position\n", "people.csv: line 1: email: the column appears twice"
    )
    _refused(db, "", "people.csv: line 1: the file is empty; no header row")
    _refused(db, b"name,email,position\nA,a@b.org,\xff\n", "people.csv: line 2: is not UTF-8 text")
    _refused(
        db,
        'name,email,position\n"A,a@b.org,X\n',
    )


def test_the_preview_says_what_would_happen(db: Database) -> None:
    check = check_candidates_csv(db, b"name,email,position\nA B,a@b.org,New\n", "x.csv")
    assert check.ok and [r.email for r in check.rows] == ["a@b.org"]
    assert check.new_positions == ["New"]
    assert table_counts(db)["candidates"] == 0


CELLS = st.text(alphabet=st.sampled_from('ab@.,"\n\r \ufeff\x00é'), max_size=12)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    header=st.lists(
        st.sampled_from(["name", "email", "position", "phone", "x", "NAME"]), max_size=5
    ),
    rows=st.lists(st.lists(CELLS, max_size=5), max_size=5),
    noise=st.binary(max_size=20),
)
def test_malformed_csv_never_raises_unhandled_or_half_imports(
    sqlite_db: Database, header: list[str], rows: list[list[str]], noise: bytes
) -> None:
    data = (
        ",".join(header).encode()
        + b"\n"
        + b"\n".join(",".join(row).encode("utf-8") for row in rows)
        + noise
    )
    before = table_counts(sqlite_db)
    try:
        summary = import_candidates_csv(sqlite_db, data, "fuzz.csv")
    except ImportRejected as exc:
        assert exc.issues
        assert table_counts(sqlite_db) == before
    else:
        assert table_counts(sqlite_db)["candidates"] == before["candidates"] + summary.imported


def test_control_characters_are_refused_with_file_line_and_field(db: Database) -> None:
    text = (
        "name,email,phone,position\n"
        "Good One,good@example.org,,Agent\n"
        "Ian\x00 One,ian@example.org,,Agent\n"
        "Bell,bell@exa\x07mple.org,,Agent\n"
        "Tab Phone,tab@example.org,+49\t30,Agent\n"
        'Esc,esc@example.org,,"Agent\x1b[31m"\n'
        '"Two\nLines",two@example.org,,Agent\n'
    )
    problems = _refused(
        db, text,
        "people.csv: line 3: name: contains a control character (U+0000) at character 4; "
        "remove it and try again",
        "people.csv: line 4: email: contains a control character (U+0007) at character 9; "
        "remove it and try again",
        "people.csv: line 5: phone: contains a control character (U+0009) at character 4; "
        "remove it and try again",
        "people.csv: line 6: position: contains a control character (U+001B) at character 6; "
        "remove it and try again",
        # A quoted field may span lines in CSV, but a name is one line.
        "people.csv: line 7: name: contains a control character (U+000A) at character 4; "
        "remove it and try again",
    )  # fmt: skip
    assert len(problems) == 5
