# SPDX-License-Identifier: MIT
"""The rubric file round trip: written as TOML and read back, a rubric keeps its content hash, and
a file hireapp wrote is written again byte for byte (issue 13, item 2)."""

from __future__ import annotations

import tomllib
from typing import Any

from hypothesis import given, settings

from hireapp.domain.rubric import Rubric, default_rubric_path, load_rubric, parse_rubric
from hireapp.domain.rubric_toml import HEADER, rubric_toml, toml_string
from tests.domain.test_rubric import _rubric_data


def test_the_shipped_rubric_round_trips_exactly() -> None:
    rubric = load_rubric(default_rubric_path())
    text = rubric_toml(rubric)
    again = parse_rubric(text, "exported.toml")
    assert again == rubric and again.content_hash() == rubric.content_hash()
    assert rubric_toml(again) == text  # canonical: exported again, the same bytes
    assert text.startswith(HEADER)
    # Laid out as docs/rubric-format.md shows it, to be read and changed by hand.
    assert "\n[first_impression]\n" in text and "\n[[sections.questions]]\n" in text
    assert '\nprobes = [\n    "' in text


@settings(database=None, max_examples=80, deadline=None)
@given(_rubric_data())
def test_any_valid_rubric_round_trips_through_its_file(data: dict[str, Any]) -> None:
    """Quotes, backslashes, line breaks, control characters and any script survive."""
    rubric = Rubric.model_validate(data)
    text = rubric_toml(rubric)
    again = parse_rubric(text, "exported.toml")
    assert again.content_hash() == rubric.content_hash()
    assert rubric_toml(again) == text


def test_strings_are_written_as_toml_reads_them() -> None:
    for text in ['say "hi"', "back\\slash", "two\nlines", 'ends with a quote"', "tab\there",
                 "bell\x07", "Zoë Ørsted محمد", '"""', "line\n\"\"\"\nend"]:  # fmt: skip
        assert tomllib.loads(f"value = {toml_string(text)}")["value"] == text
