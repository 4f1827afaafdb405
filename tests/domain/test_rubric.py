# SPDX-License-Identifier: MIT
"""Rubric files: the shipped rubric, the content hash, and one test per kind of mistake.

A hiring lead edits these files by hand, so each error test pins the exact place reported and the
words that tell them what to fix: a message that drifts into a pydantic dump is a regression.
"""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hireapp.domain.rubric import (
    ANCHOR_LEVELS,
    REQUIRED_LEVELS,
    Anchors,
    Rubric,
    default_rubric_path,
    load_rubric,
    parse_rubric,
    rubric_from_json,
)
from hireapp.errors import RubricError, RubricIssue

REPO = pathlib.Path(__file__).resolve().parents[2]

# Small but complete: every kind of table, three questions so paths like questions[2] exist.
SMALL = """\
id = "small"
title = "Small rubric"
version = "1"

[first_impression]
title = "First impression"
prompt = "Would customers like this person?"
[first_impression.anchors]
1 = "Does not greet"
3 = "Greets politely"
5 = "Greets warmly"
[[first_impression.cues]]
id = "greeting"
label = "Greets first"
[[first_impression.cues]]
id = "smile"
label = "Smiles"

[[sections]]
id = "attitude"
title = "Attitude"

[[sections.questions]]
id = "urgency"
title = "Urgency"
text = "Tell me about a time a problem needed fixing quickly."
[sections.questions.anchors]
1 = "Left it for later"
3 = "Fixed it the same day"
5 = "Acted at once and met a time goal"

[[sections.questions]]
id = "ownership"
title = "Ownership"
text = "Tell me about a time a problem belonged to another team."
weight = 1
[sections.questions.anchors]
1 = "Passed the customer on"
3 = "Handed over with a summary"
5 = "Stayed the single contact"

[[sections.questions]]
id = "closing-the-loop"
title = "Closing the loop"
text = "How did you know the customer was satisfied?"
probes = ["What did you ask at the end?"]
[sections.questions.anchors]
1 = "Assumed it"
3 = "Asked before closing"
5 = "Asked and followed up"
"""

# The same content as SMALL, written differently: comments, other key order, inline tables,
# literal and multi-line strings, padding, a float where SMALL has an int, a default spelt out.
SMALL_REFORMATTED = """\
# A comment the hash must not see.
version   = '1'
title     = "Small rubric"      # trailing comment
id        = "small"
description = ""

[[sections]]
title = "Attitude"
id = "attitude"

  [[sections.questions]]
  text = '''
  Tell me about a time a problem needed fixing quickly.
  '''
  title = "Urgency"
  id = "urgency"
  weight = 1.0
  anchors={5="Acted at once and met a time goal",3="Fixed it the same day",1="Left it for later"}

  [[sections.questions]]
  id = "ownership"
  anchors={1="Passed the customer on",3="Handed over with a summary",5="Stayed the single contact"}
  title = "Ownership"
  weight = 1.0
  text = "Tell me about a time a problem belonged to another team."

  [[sections.questions]]
  probes = [
      "What did you ask at the end?",
  ]
  id = "closing-the-loop"
  title = "Closing the loop"
  text = "How did you know the customer was satisfied?"
    [sections.questions.anchors]
    5 = "Asked and followed up"
    1 = "Assumed it"
    3 = "Asked before closing"

[first_impression]
cues = [{ label = "Greets first", id = "greeting" }, { id = "smile", label = "Smiles" }]
seconds = 30
weight = 0
prompt = "Would customers like this person?"
title = "  First impression  "
anchors.1 = "Does not greet"
anchors.3 = "Greets politely"
anchors.5 = "Greets warmly"
"""


def issues_in(tmp_path: pathlib.Path, text: str | bytes) -> tuple[str, list[RubricIssue]]:
    """Write the text as a rubric file, load it, and return the file name and the issues."""
    path = tmp_path / "rubric.toml"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    assert caught.value.issues, "a RubricError must carry its issues"
    for issue in caught.value.issues:
        assert issue.file == str(path)
        assert "pydantic" not in issue.message and "Input should" not in issue.message
    return str(path), caught.value.issues


def only_issue(tmp_path: pathlib.Path, text: str | bytes) -> RubricIssue:
    _, issues = issues_in(tmp_path, text)
    assert len(issues) == 1, issues
    return issues[0]


def line_of(text: str, fragment: str) -> int:
    """1-based number of the line on which fragment starts."""
    return text[: text.index(fragment)].count("\n") + 1


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


# --- the shipped rubric -------------------------------------------------------------------------


def test_default_rubric_path_is_the_shipped_file() -> None:
    path = default_rubric_path()
    assert path.name == "customer-service.toml"
    assert path.is_file()
    assert path.resolve() == (REPO / "resources" / "rubrics" / "customer-service.toml").resolve()


def test_default_rubric_loads_with_eight_anchored_questions() -> None:
    rubric = load_rubric(default_rubric_path())

    assert rubric.id == "customer-service"
    assert rubric.title == "Customer service representative"
    assert [section.title for section in rubric.sections] == ["Service attitude"]
    assert [question.id for question in rubric.questions()] == [
        "urgency",
        "ownership",
        "pleasant-under-pressure",
        "fair-resolution",
        "closing-the-loop",
        "fewer-steps",
        "expectations",
        "turning-it-around",
    ]
    for question in rubric.questions():
        levels = [level for level, _ in question.anchors.items()]
        assert set(REQUIRED_LEVELS) <= set(levels) == set(ANCHOR_LEVELS), question.id
        assert question.text.startswith("Tell me about"), question.id
        assert 2 <= len(question.probes) <= 3, question.id
        assert question.weight > 0
        # Written over several lines in the file, read as one paragraph each.
        assert all("\n" not in text and "\\" not in text for _, text in question.anchors.items())

    impression = rubric.first_impression
    assert "immediately like" in impression.prompt
    assert impression.seconds == 30
    assert impression.weight == 0.0  # beside the overall score, not inside it
    assert [cue.id for cue in impression.cues] == [
        "greeting",
        "eye-contact",
        "smile",
        "warm-tone",
        "composure",
    ]
    assert [level for level, _ in impression.anchors.items()] == list(ANCHOR_LEVELS)


def test_questions_are_found_by_id() -> None:
    rubric = parse_rubric(SMALL, "small.toml")

    assert rubric.question("ownership").title == "Ownership"
    assert rubric.question("closing-the-loop").probes == ("What did you ask at the end?",)
    assert rubric.question("urgency").weight == 1.0  # the default
    assert rubric.first_impression.seconds == 30
    with pytest.raises(KeyError):
        rubric.question("nope")


def test_anchors_describe_every_level() -> None:
    anchors = Anchors({1: "Left it for later, for someone else", 3: "Same day", 5: "At once"})

    assert anchors.text_for(3) == "Same day"
    assert anchors.text_for(2) is None
    assert anchors.items() == [
        (1, "Left it for later, for someone else"),
        (3, "Same day"),
        (5, "At once"),
    ]
    assert anchors.describe(5) == "At once"
    assert anchors.describe(2) == "Between 1 (Left it for later, for someone…) and 3 (Same day)"
    assert anchors.describe(4) == "Between 3 (Same day) and 5 (At once)"
    with pytest.raises(ValueError):
        anchors.describe(6)


def test_texts_are_trimmed() -> None:
    text = replace_once(SMALL, 'title = "Urgency"', 'title = "  Urgency \\n"')
    assert parse_rubric(text, "small.toml").question("urgency").title == "Urgency"


def test_documented_example_is_valid() -> None:
    docs = (REPO / "docs" / "rubric-format.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", docs, re.S)
    assert example is not None
    rubric = parse_rubric(example[1], "rubric-format.md")
    assert rubric.question("urgency").anchors.text_for(3)


# --- versions: canonical JSON and the content hash ------------------------------------------------


def test_canonical_json_round_trip_keeps_the_hash() -> None:
    rubric = load_rubric(default_rubric_path())
    stored = rubric.canonical_json()

    rebuilt = rubric_from_json(stored)

    assert rebuilt == rubric
    assert rebuilt.canonical_json() == stored
    assert rebuilt.content_hash() == rubric.content_hash()
    assert re.fullmatch(r"[0-9a-f]{64}", rubric.content_hash())
    assert json.loads(stored)["sections"][0]["questions"][0]["id"] == "urgency"
    assert stored == json.dumps(
        json.loads(stored), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def test_reformatting_keeps_the_hash_but_a_changed_word_does_not() -> None:
    original = parse_rubric(SMALL, "a.toml")
    reformatted = parse_rubric(SMALL_REFORMATTED, "b.toml")

    assert reformatted == original
    assert reformatted.content_hash() == original.content_hash()

    reworded = parse_rubric(
        replace_once(SMALL, "Fixed it the same day", "Fixed it the next day"), "c.toml"
    )
    assert reworded.content_hash() != original.content_hash()
    reweighted = parse_rubric(replace_once(SMALL, "weight = 1", "weight = 2"), "d.toml")
    assert reweighted.content_hash() != original.content_hash()


def test_equal_content_spelt_differently_has_one_hash() -> None:
    # -0.0 is 0, and an accent typed as one character or as letter plus combining mark is the
    # same text; editors differ in both, the version must not.
    plain = parse_rubric(replace_once(SMALL, '"Smiles"', '"Sourit à peine"'), "a.toml")
    spelt = replace_once(SMALL, '"Smiles"', '"Sourit a\u0300 peine"')
    spelt = replace_once(spelt, "probes = [", "weight = 1.0\nprobes = [")  # the default, spelt out
    other = parse_rubric(spelt, "b.toml")
    assert other.content_hash() == plain.content_hash()

    zero = parse_rubric(replace_once(SMALL, "weight = 1", "weight = 0"), "c.toml")
    minus_zero = parse_rubric(replace_once(SMALL, "weight = 1", "weight = -0.0"), "d.toml")
    assert minus_zero.content_hash() == zero.content_hash()


def test_comments_and_blank_lines_in_the_shipped_rubric_do_not_change_its_hash() -> None:
    text = default_rubric_path().read_text(encoding="utf-8")
    stripped = "\n".join(
        line for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
    padded = "# another comment\n\n" + text.replace("\n[[", "\n\n\n[[") + "\n# the end\n"

    hashes = {parse_rubric(t, "x.toml").content_hash() for t in (text, stripped, padded)}
    assert len(hashes) == 1
    assert parse_rubric(text.replace("once", "twice", 1), "x.toml").content_hash() not in hashes


_texts = st.text(st.characters(codec="utf-8"), min_size=1, max_size=40).filter(
    lambda text: text.strip() != ""
)
_ids = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
_anchors = st.dictionaries(st.sampled_from([2, 4]), _texts).flatmap(
    lambda extra: st.tuples(_texts, _texts, _texts).map(
        lambda required: {**dict(zip(REQUIRED_LEVELS, required, strict=True)), **extra}
    )
)


@st.composite
def _rubric_data(draw: st.DrawFn) -> dict[str, Any]:
    question_ids = draw(st.lists(_ids, min_size=1, max_size=5, unique=True))
    weights = [draw(st.floats(0, 10)) for _ in question_ids]
    weights[0] = draw(st.floats(0.01, 10))
    return {
        "id": draw(_ids),
        "title": draw(_texts),
        "version": draw(_texts),
        "description": draw(st.text(max_size=20)),
        "first_impression": {
            "title": draw(_texts),
            "prompt": draw(_texts),
            "seconds": draw(st.integers(5, 600)),
            "weight": draw(st.floats(0, 1)),
            "anchors": draw(_anchors),
            "cues": [{"id": cue, "label": draw(_texts)} for cue in draw(st.sets(_ids, min_size=1))],
        },
        "sections": [
            {
                "id": "only",
                "title": draw(_texts),
                "questions": [
                    {
                        "id": question_id,
                        "title": draw(_texts),
                        "text": draw(_texts),
                        "probes": draw(st.lists(_texts, max_size=3)),
                        "weight": weight,
                        "anchors": draw(_anchors),
                    }
                    for question_id, weight in zip(question_ids, weights, strict=True)
                ],
            }
        ],
    }


@settings(database=None, max_examples=60, deadline=None)
@given(_rubric_data())
def test_any_valid_rubric_survives_the_database_unchanged(data: dict[str, Any]) -> None:
    rubric = Rubric.model_validate(data)

    rebuilt = rubric_from_json(rubric.canonical_json())

    assert rebuilt == rubric
    assert rebuilt.content_hash() == rubric.content_hash()
    for question in rubric.questions():
        for level in ANCHOR_LEVELS:
            assert question.anchors.describe(level)


def test_stored_json_that_is_not_json_is_a_rubric_error() -> None:
    with pytest.raises(RubricError) as caught:
        rubric_from_json("{not json")
    assert "not valid JSON" in caught.value.issues[0].message


# --- one test per kind of mistake ---------------------------------------------------------------


def test_syntax_error_gives_line_and_column(tmp_path: pathlib.Path) -> None:
    text = replace_once(SMALL, 'title = "Small rubric"', "title = Small rubric")

    issue = only_issue(tmp_path, text)

    assert issue.location == f"line {line_of(text, 'title = Small')}, column 9"
    assert "double quotes" in issue.message
    assert "(at line" not in issue.message  # the position is in the location, not repeated


def test_unclosed_text_is_explained(tmp_path: pathlib.Path) -> None:
    text = replace_once(SMALL, 'label = "Smiles"', 'label = "Smiles')

    issue = only_issue(tmp_path, text)

    assert issue.location.startswith(f"line {line_of(text, 'Smiles')}, column ")
    assert "closing quote is missing" in issue.message


def test_duplicate_key_names_its_line(tmp_path: pathlib.Path) -> None:
    text = replace_once(SMALL, "weight = 1\n", "weight = 1\nweight = 2\n")

    issue = only_issue(tmp_path, text)

    assert issue.location == f"line {line_of(text, 'weight = 2')}, column 11"
    assert issue.message == 'the key "weight" is defined twice'


def test_duplicate_table_is_reported(tmp_path: pathlib.Path) -> None:
    text = SMALL + '\n[first_impression]\ntitle = "Again"\n'

    issue = only_issue(tmp_path, text)

    second = text[: text.rindex("[first_impression]")].count("\n") + 1
    assert issue.location.startswith(f"line {second}, column ")
    assert issue.message == "the table [first_impression] is declared twice"


def test_unknown_key_suggests_the_close_one(tmp_path: pathlib.Path) -> None:
    text = replace_once(SMALL, "weight = 1", "wieght = 1")

    issue = only_issue(tmp_path, text)

    assert issue.location == "sections[0].questions[1]"
    assert issue.message == 'question "ownership": unknown key "wieght"; did you mean "weight"?'


def test_unknown_key_without_a_close_match_has_no_suggestion(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, SMALL.replace('version = "1"', 'version = "1"\nowner = "HR"'))

    assert issue.location == ""
    assert issue.message == 'unknown key "owner"'


def test_missing_required_anchor_level(tmp_path: pathlib.Path) -> None:
    text = replace_once(SMALL, '3 = "Asked before closing"\n', "")

    issue = only_issue(tmp_path, text)

    assert issue.location == "sections[0].questions[2].anchors"
    assert issue.message == (
        'question "closing-the-loop": missing the described behaviour for level 3 '
        "(levels 1, 3 and 5 are required)"
    )


def test_anchor_level_off_the_scale(tmp_path: pathlib.Path) -> None:
    text = replace_once(SMALL, '5 = "Stayed the single contact"', '5 = "x"\n6 = "Beyond"')

    issue = only_issue(tmp_path, text)

    assert issue.location == "sections[0].questions[1].anchors"
    assert issue.message == 'question "ownership": level 6 is not on the scale; levels are 1 to 5'


def test_empty_anchor_is_refused(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, replace_once(SMALL, '"Greets politely"', '"   "'))

    assert issue.location == "first_impression.anchors"
    assert issue.message == "the behaviour for level 3 is empty"


def test_negative_weight(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, replace_once(SMALL, "weight = 1", "weight = -1"))

    assert issue.location == "sections[0].questions[1].weight"
    assert issue.message == 'question "ownership": weight must be 0 or more, got -1'


def test_all_question_weights_zero(tmp_path: pathlib.Path) -> None:
    text = replace_once(SMALL, "weight = 1\n", "weight = 0\n")  # ownership
    text = replace_once(text, 'title = "Urgency"', 'title = "Urgency"\nweight = 0.0')
    text = replace_once(text, "probes = [", "weight = 0\nprobes = [")  # closing-the-loop

    issue = only_issue(tmp_path, text)

    assert issue.location == "sections"
    assert issue.message == "every question has weight 0; at least one must weigh more than 0"


def test_some_zero_weights_are_fine() -> None:
    rubric = parse_rubric(replace_once(SMALL, "weight = 1", "weight = 0"), "x.toml")
    assert rubric.question("ownership").weight == 0.0


def test_impression_weight_above_one(tmp_path: pathlib.Path) -> None:
    text = replace_once(SMALL, 'prompt = "', 'weight = 1.5\nprompt = "')

    issue = only_issue(tmp_path, text)

    assert issue.location == "first_impression.weight"
    assert "between 0 and 1" in issue.message
    assert issue.message.endswith("got 1.5")


def test_timer_out_of_range(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, replace_once(SMALL, 'prompt = "', 'seconds = 2\nprompt = "'))

    assert issue.location == "first_impression.seconds"
    assert issue.message == "seconds must be between 5 and 600, got 2"


def test_duplicate_question_id_points_at_the_second(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, replace_once(SMALL, 'id = "closing-the-loop"', 'id = "urgency"'))

    assert issue.location == "sections[0].questions[2].id"
    assert '"urgency"' in issue.message
    assert "already used by the question at sections[0].questions[0]" in issue.message


def test_duplicate_question_id_across_sections(tmp_path: pathlib.Path) -> None:
    text = (
        SMALL + '\n[[sections]]\nid = "more"\ntitle = "More"\n'
        '[[sections.questions]]\nid = "ownership"\ntitle = "Again"\ntext = "Again?"\n'
        'anchors = { 1 = "a", 3 = "b", 5 = "c" }\n'
    )

    issue = only_issue(tmp_path, text)

    assert issue.location == "sections[1].questions[0].id"
    assert "sections[0].questions[1]" in issue.message


def test_duplicate_cue_id(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, replace_once(SMALL, 'id = "smile"', 'id = "greeting"'))

    assert issue.location == "first_impression.cues[1].id"
    assert 'the id "greeting" is already used by the cue at first_impression.cues[0]' in (
        issue.message
    )


def test_missing_required_key(tmp_path: pathlib.Path) -> None:
    text = replace_once(
        SMALL, 'text = "Tell me about a time a problem needed fixing quickly."\n', ""
    )

    issue = only_issue(tmp_path, text)

    assert issue.location == "sections[0].questions[0]"
    assert issue.message == 'question "urgency": missing required key "text"'


def test_missing_top_level_key(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, replace_once(SMALL, 'version = "1"\n', ""))

    assert issue.location == ""
    assert issue.message == 'missing required key "version"'
    assert str(issue).endswith('rubric.toml: missing required key "version"')


def test_wrong_type_in_plain_words(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, replace_once(SMALL, 'version = "1"', "version = 2026.1"))

    assert issue.location == "version"
    assert issue.message.startswith("expected text, got a number")
    assert "quotes" in issue.message


def test_number_given_as_text_is_not_converted(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, replace_once(SMALL, "weight = 1", 'weight = "1"'))

    assert issue.location == "sections[0].questions[1].weight"
    assert issue.message == 'question "ownership": expected a number, got text'


def test_section_written_as_a_single_table(tmp_path: pathlib.Path) -> None:
    text = SMALL[: SMALL.index("[[sections]]")] + '[sections]\nid = "x"\n'

    issue = only_issue(tmp_path, text)

    assert issue.location == "sections"
    assert issue.message == "expected a list of [[sections]] tables, got a table"


def test_bad_id(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, replace_once(SMALL, 'id = "attitude"', 'id = "Service attitude"'))

    assert issue.location == "sections[0].id"
    assert '"Service attitude"' in issue.message and "lower-case" in issue.message


def test_empty_required_text(tmp_path: pathlib.Path) -> None:
    issue = only_issue(tmp_path, replace_once(SMALL, 'title = "Ownership"', 'title = " "'))

    assert issue.location == "sections[0].questions[1].title"
    assert issue.message == 'question "ownership": title is empty'


def test_section_without_questions(tmp_path: pathlib.Path) -> None:
    text = SMALL + '\n[[sections]]\nid = "empty"\ntitle = "Empty"\nquestions = []\n'

    issue = only_issue(tmp_path, text)

    assert issue.location == "sections[1].questions"
    assert issue.message.startswith('section "empty": needs at least one question')


def test_not_utf8(tmp_path: pathlib.Path) -> None:
    data = SMALL.replace("Smiles", "Sourit à peine").encode("latin-1")

    issue = only_issue(tmp_path, data)

    assert issue.location == f"byte {data.index('à'.encode('latin-1'))}"
    assert "not UTF-8" in issue.message
    label_line = line_of(SMALL, "Smiles")
    assert f"line {label_line}" in issue.message


def test_utf8_with_byte_order_mark_is_accepted(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + SMALL.encode("utf-8"))

    assert load_rubric(path) == parse_rubric(SMALL, "small.toml")


def test_missing_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "nowhere.toml"

    with pytest.raises(RubricError) as caught:
        load_rubric(path)

    assert caught.value.issues == [RubricIssue(str(path), "", "the file does not exist")]
    assert str(caught.value) == f"{path}: the file does not exist"


def test_several_problems_are_reported_together_in_file_order(tmp_path: pathlib.Path) -> None:
    text = replace_once(SMALL, 'prompt = "', 'weight = 1.5\nprompt = "')
    text = replace_once(text, 'id = "smile"', 'id = "greeting"')
    text = replace_once(text, "weight = 1\n", "weight = -1\nwieght = 2\n")
    text = replace_once(text, '3 = "Asked before closing"\n', "")
    text = replace_once(text, 'title = "Urgency"', "title = 7")
    text = text + (
        '\n[[sections.questions]]\nid = "urgency"\ntitle = "Again"\ntext = "Again?"\n'
        'anchors = { 1 = "a", 3 = "b", 5 = "c" }\n'
    )

    file, issues = issues_in(tmp_path, text)

    assert [(issue.location, issue.message) for issue in issues] == [
        (
            "first_impression.weight",
            "weight must be between 0 and 1 (its share of the overall score), got 1.5",
        ),
        (
            "first_impression.cues[1].id",
            'the id "greeting" is already used by the cue at first_impression.cues[0]; '
            "cue ids must be unique",
        ),
        (
            "sections[0].questions[0].title",
            'question "urgency": expected text, got a number (7); put it in double quotes',
        ),
        (
            "sections[0].questions[1].weight",
            'question "ownership": weight must be 0 or more, got -1',
        ),
        (
            "sections[0].questions[1]",
            'question "ownership": unknown key "wieght"; did you mean "weight"?',
        ),
        (
            "sections[0].questions[2].anchors",
            'question "closing-the-loop": missing the described behaviour for level 3 '
            "(levels 1, 3 and 5 are required)",
        ),
        (
            "sections[0].questions[3].id",
            'the id "urgency" is already used by the question at sections[0].questions[0]; '
            "question ids must be unique in the whole rubric",
        ),
    ]
    message = str(RubricError(issues))
    assert message.splitlines()[0] == (
        f"{file}: first_impression.weight: weight must be between 0 and 1 "
        "(its share of the overall score), got 1.5"
    )


def test_rubric_built_in_code_is_checked_too() -> None:
    data = parse_rubric(SMALL, "small.toml").model_dump()
    data["sections"][0]["questions"][2]["id"] = "urgency"

    with pytest.raises(ValueError, match="already used by the question"):
        Rubric.model_validate(data)
