# SPDX-License-Identifier: MIT
"""People (candidates, positions, interviewers): what a control character in a name does.

A NUL made a second "Ian One" that looks the same on SQLite and was refused by PostgreSQL
without a location; every such input is now refused before the database, naming the field, the
character and where it stands, on both databases.
"""

from __future__ import annotations

import pytest

from hireapp.errors import InvalidInput
from hireapp.services.people import (
    create_candidate,
    ensure_interviewer,
    ensure_position,
    list_candidates,
    list_interviewers,
    list_positions,
)
from hireapp.storage.session import Database
from tests.factories import table_counts


@pytest.mark.parametrize(
    ("field", "values", "code", "position"),
    [
        ("name", {"name": "Ian\x00 One"}, "U+0000", 4),
        ("email", {"email": "ian\x00@example.org"}, "U+0000", 4),
        ("phone", {"phone": "+49\t30 1"}, "U+0009", 4),
        ("position", {"position": "Agent\x1b[31m"}, "U+001B", 6),
        ("name", {"name": "Ian\nOne"}, "U+000A", 4),
        ("name", {"name": "Ian\x85One"}, "U+0085", 4),
    ],
)
def test_a_candidate_with_a_control_character_is_refused_where_it_stands(
    db: Database, field: str, values: dict[str, str], code: str, position: int
) -> None:
    before = table_counts(db)
    arguments = {"name": "Ian One", "email": "ian@example.org", "position": "Agent"} | values
    with pytest.raises(InvalidInput) as caught:
        create_candidate(db, **arguments)
    assert caught.value.field == field
    expected = f"{field}: contains a control character ({code}) at character {position}"
    assert str(caught.value).startswith(expected), str(caught.value)
    assert table_counts(db) == before


def test_a_nul_name_makes_no_second_look_alike_candidate(db: Database) -> None:
    create_candidate(db, name="Ian One", email="ian@example.org", position="Agent")
    with pytest.raises(InvalidInput, match=r"\(U\+0000\)"):
        create_candidate(db, name="Ian\x00 One", email="ian2@example.org", position="Agent")
    with pytest.raises(InvalidInput, match=r"\(U\+0000\)"):
        create_candidate(db, name="Ian One", email="ian3@example.org", position="Agent\x00")
    assert [c.name for c in list_candidates(db)] == ["Ian One"]
    assert [p.title for p in list_positions(db)] == ["Agent"]


def test_positions_and_interviewers_refuse_control_characters(db: Database) -> None:
    with pytest.raises(InvalidInput, match=r"^position: .*\(U\+0000\) at character 2"):
        ensure_position(db, "A\x00gent")
    with pytest.raises(InvalidInput, match=r"^interviewer: .*\(U\+0007\) at character 6"):
        ensure_interviewer(db, "Maria\x07")
    assert list_positions(db) == [] and list_interviewers(db) == []
    # Plain spaces are still tidied, not refused.
    assert ensure_interviewer(db, "  Maria   Keller ").name == "Maria Keller"
