# SPDX-License-Identifier: MIT
"""What an interchange file may hold: a broken one is refused with its first problems in bounded
memory, every rubric the loader accepts travels, and no text carries control characters."""

from __future__ import annotations

import json
import pathlib
import tracemalloc
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hireapp.domain.rubric import default_rubric_path, parse_rubric
from hireapp.errors import ImportRejected
from hireapp.services import interviews as iv
from hireapp.services.files import MAX_ISSUES
from hireapp.services.interchange import (
    export_interviews,
    import_interview_data,
    import_interviews,
    parse_interview_file,
    scan,
)
from hireapp.services.people import ensure_interviewer
from hireapp.services.rubrics import register_rubric
from hireapp.storage.session import Database
from tests.factories import add_candidate, record_interview, snapshot, table_counts


@pytest.fixture
def good(laptop: Database, tmp_path: pathlib.Path) -> dict[str, Any]:
    """A real export of one submitted interview, for changing."""
    record_interview(laptop)
    export_interviews(laptop, tmp_path / "good.json")
    data: dict[str, Any] = json.loads((tmp_path / "good.json").read_text("utf-8"))
    return data


def _many_bad(good: dict[str, Any], count: int) -> bytes:
    """`count` copies of the interview, each with an impossible score in every answer."""
    bad = json.loads(json.dumps(good["interviews"][0]))
    for answer in bad["answers"]:
        answer["score"] = 9
    return json.dumps({**good, "interviews": [bad] * count}).encode()


# --- bounded memory on bad input ----------------------------------------------------------------


def test_a_file_with_ten_thousand_bad_interviews_stops_at_the_first_problems(
    good: dict[str, Any],
) -> None:
    with pytest.raises(ImportRejected) as caught:
        parse_interview_file(_many_bad(good, 10_000), "bad.json")
    issues = caught.value.issues
    assert len(issues) == MAX_ISSUES
    assert issues[0].field == "interviews[0].answers[0].score"
    assert all(i.field.startswith("interviews[") and i.file == "bad.json" for i in issues)
    assert "less than or equal to 5" in issues[0].message


def test_a_broken_file_costs_memory_in_proportion_to_its_size(good: dict[str, Any]) -> None:
    # A million tiny wrong items (3 MB): collecting and converting every error took 1.4 GB.
    data = json.dumps({**good, "interviews": [0] * 1_000_000}).encode()
    tracemalloc.start()
    try:
        with pytest.raises(ImportRejected) as caught:
            parse_interview_file(data, "bad.json")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(caught.value.issues) == MAX_ISSUES
    assert caught.value.issues[-1].field == f"interviews[{MAX_ISSUES - 1}]"
    assert peak < 10 * len(data), (peak, len(data))


def test_problems_outside_the_lists_keep_their_place(good: dict[str, Any]) -> None:
    for change, where in (
        ({"exported_at": "yesterday"}, "exported_at"),
        ({"interviews": {"not": "a list"}}, "interviews"),
        ({"extra": 1}, "extra"),
        ({"rubrics": [{"content_hash": "x", "content": "{}"}]}, "rubrics[0].content_hash"),
    ):
        with pytest.raises(ImportRejected) as caught:
            parse_interview_file(json.dumps({**good, **change}).encode(), "x.json")
        assert [i.field for i in caught.value.issues] == [where], change


# --- rubric limits --------------------------------------------------------------------------------


def test_a_rubric_the_loader_accepts_travels_with_its_interviews(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    text = default_rubric_path().read_text("utf-8")
    long = "A description five megabytes long. " * 150_000
    text = text.replace('version = "2026.1"', 'version = "big"', 1)
    rubric = parse_rubric(text.replace('description = """', f'description = """\n{long}', 1), "big")
    assert len(rubric.description) > 5_000_000
    version = register_rubric(laptop, rubric)
    add_candidate(laptop)
    interview = iv.start_interview(
        laptop,
        candidate="zoe@example.org",
        interviewer_id=ensure_interviewer(laptop, "Maria Keller").id,
        rubric_version_id=version.id,
    )
    iv.record_impression(laptop, interview, score=4)
    path = tmp_path / "big.json"
    assert export_interviews(laptop, path).rubrics == 1
    summary = import_interviews(db, path)
    assert (summary.added, summary.new_rubrics) == (1, 1)
    assert snapshot(db) == snapshot(laptop)


# --- control characters ---------------------------------------------------------------------------


def _skipped(document: dict[str, Any], path: tuple[Any, ...]) -> tuple[Any, ...]:
    """The path with "SKIPPED" standing for the index of the interview's skipped answer."""
    answers = document["interviews"][0]["answers"]
    skipped = next(n for n, a in enumerate(answers) if a["skipped"])
    return tuple(skipped if part == "SKIPPED" else part for part in path)


def _at(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    path = _skipped(document, path)
    copy = json.loads(json.dumps(document))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return copy


ONE_LINE = [
    ("candidate", "name"),
    ("candidate", "email"),
    ("candidate", "phone"),
    ("candidate", "position"),
    ("interviewer",),
    ("current_page",),
    ("first_impression", "cues", 0),
    ("answers", 0, "question_id"),
    ("audit", 0, "actor"),
]
MULTI_LINE = [
    ("first_impression", "note"),
    ("answers", 0, "note"),
    ("answers", "SKIPPED", "skip_reason"),
    ("recommendation", "strengths"),
    ("recommendation", "concerns"),
]


def _where(path: tuple[Any, ...]) -> str:
    text = "interviews[0]"
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _refused(db: Database, document: dict[str, Any]) -> list[str]:
    before = table_counts(db)
    with pytest.raises(ImportRejected) as caught:
        import_interview_data(db, json.dumps(document).encode(), "in.json")
    assert table_counts(db) == before
    return [f"{i.field}: {i.message}" for i in caught.value.issues]


def test_control_characters_are_refused_with_their_place(
    db: Database, good: dict[str, Any]
) -> None:
    for path in ONE_LINE:
        for char in ("\x00", "\t", "\n", "\x1b", "\x85"):
            value = "x" + char + "y"
            if path[-1] == "email":
                value = "zoe" + char + "@example.org"
            found = _refused(db, _at(good, ("interviews", 0, *path), value))
            assert len(found) == 1, (path, found)
            assert found[0].startswith(_where(path) + ": "), found
            assert f"U+{ord(char):04X}" in found[0] and "at character" in found[0]
    for path in MULTI_LINE:
        for char in ("\x00", "\x07", "\x7f"):
            found = _refused(db, _at(good, ("interviews", 0, *path), f"ok{char}"))
            where = _where(_skipped(good, path))
            assert len(found) == 1 and found[0].startswith(where + ": "), found
            assert f"U+{ord(char):04X}" in found[0]


def test_tab_and_newline_are_kept_in_notes(db: Database, good: dict[str, Any]) -> None:
    document = good
    for path in MULTI_LINE:
        document = _at(document, ("interviews", 0, *path), "first line\n\tsecond\r\nthird")
    summary = import_interview_data(db, json.dumps(document).encode(), "in.json")
    assert summary.added == 1
    (saved,) = snapshot(db).values()
    assert saved["impression"]["note"] == "first line\n\tsecond\r\nthird"
    assert saved["recommendation"]["concerns"] == "first line\n\tsecond\r\nthird"


# --- the JSON scan that spares building the lists ------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='{}[]",: \n0a1-.etruflns', max_size=40))
def test_the_scan_finds_the_same_json_faults_as_json_loads(text: str) -> None:
    try:
        json.loads(text)
    except json.JSONDecodeError as expected:
        with pytest.raises(json.JSONDecodeError) as caught:
            scan.members(text)
        assert caught.value.lineno == expected.lineno, (text, caught.value, expected)
    else:
        found = scan.members(text)
        whole = json.loads(text)
        if isinstance(whole, dict):
            assert found is not None
            assert {k: json.loads(text[s:e]) for k, (s, e) in found.items()} == whole
        else:
            assert found is None


def test_a_broken_list_names_its_line(good: dict[str, Any]) -> None:
    text = json.dumps(good, indent=2)
    broken = text.replace('"answers": [\n', '"answers": [\n 1 2,\n', 1)
    line = broken[: broken.index(" 1 2,")].count("\n") + 1
    with pytest.raises(ImportRejected) as caught:
        parse_interview_file(broken.encode(), "x.json")
    (issue,) = caught.value.issues
    assert issue.line == line and "not valid JSON" in issue.message


VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=4), VALUES, max_size=4), st.sampled_from(["", "\n", "  "]))
def test_the_scan_finds_every_member_of_a_valid_object(value: dict[str, Any], space: str) -> None:
    text = space + json.dumps(value, indent=1 if space else None) + space
    found = scan.members(text)
    assert found is not None
    assert {k: json.loads(text[s:e]) for k, (s, e) in found.items()} == value
