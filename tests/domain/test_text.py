# SPDX-License-Identifier: MIT
"""Control characters are refused with their place; tab and newline only in multi-line text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hireapp.domain.text import checked_text, control_character
from hireapp.errors import InvalidInput


def test_a_nul_is_named_with_its_place() -> None:
    with pytest.raises(InvalidInput, match=r"name: .*U\+0000\) at character 4"):
        checked_text("name", "Ian\x00 One")


def test_tab_and_newline_only_in_multiline_text() -> None:
    assert checked_text("note", "line one\n\tline two", multiline=True) == "line one\n\tline two"
    with pytest.raises(InvalidInput, match=r"U\+000A"):
        checked_text("name", "Ian\nOne")
    with pytest.raises(InvalidInput, match=r"U\+001B"):
        checked_text("note", "bell\x1b[0m", multiline=True)


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs"))))
def test_printable_text_of_any_script_passes(value: str) -> None:
    assert control_character(value) is None
