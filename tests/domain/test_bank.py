# SPDX-License-Identifier: MIT
"""The question bank: the shipped questions, the company's own, and what is refused and where.

The company's bank lives in the user's data folder; every test here points that folder at its own
tmp_path, so nothing is read from or written to another test's or a real folder.
"""

from __future__ import annotations

import os
import pathlib
import re

import platformdirs
import pytest

from hireapp.domain.bank import (
    COMPANY_BANK_NAME,
    BankQuestion,
    QuestionBank,
    add_to_company_bank,
    as_question,
    bank_toml,
    company_bank_path,
    load_bank,
    load_banks,
    parse_bank,
    shipped_bank_path,
)
from hireapp.domain.rubric import (
    REQUIRED_LEVELS,
    Anchors,
    Question,
    Rubric,
    default_rubric_path,
    load_rubric,
)
from hireapp.errors import RubricError, RubricIssue

SERVICE_ATTITUDE = "service-attitude"


@pytest.fixture
def data_folder(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """hireapp's per-user data folder, private to this test, on every platform."""
    folder = tmp_path / "data" / "hireapp"

    def user_data_dir(appname: str, appauthor: object = None) -> str:
        assert (appname, appauthor) == ("hireapp", False)  # the database's folder
        return str(folder)

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    return folder


def default_rubric() -> Rubric:
    return load_rubric(default_rubric_path())


def a_question(question_id: str = "our-own", dimension: str = "urgency") -> BankQuestion:
    return BankQuestion(
        id=question_id,
        dimension=dimension,
        title="Our own question",
        text='Tell me about a time a "rush" order went wrong. What did you do?',
        probes=("What did you do first?", "When did the customer hear from you?"),
        anchors=Anchors.model_validate(
            {
                1: "Waited to be told.",
                3: "Fixed it that day.",
                5: "Fixed it at once\nand said when.",
            }
        ),
    )


# --- the shipped bank ---------------------------------------------------------------------------


def test_the_shipped_bank_loads_and_is_found_where_the_rubric_is() -> None:
    path = shipped_bank_path()
    assert path.parent == default_rubric_path().parent
    bank = load_bank(path)
    assert bank.dimensions and bank.questions


def test_every_service_attitude_dimension_has_three_questions_with_probes_and_anchors() -> None:
    bank = load_bank(shipped_bank_path())
    [section] = [s for s in default_rubric().sections if s.id == SERVICE_ATTITUDE]
    dimensions = [question.id for question in section.questions]
    assert len(dimensions) == 8
    assert [dimension.id for dimension in bank.dimensions] == dimensions
    for dimension in dimensions:
        questions = bank.questions_about(dimension)
        assert len(questions) >= 3, dimension
        for question in questions:
            assert len(question.probes) >= 2, question.id
            for level in REQUIRED_LEVELS:
                assert question.anchors.text_for(level), (question.id, level)
            assert question.text.startswith("Tell me about"), question.id
            assert question.weight == 1.0


def test_the_default_rubrics_questions_are_in_the_bank_word_for_word() -> None:
    bank = load_bank(shipped_bank_path())
    for question in default_rubric().questions():
        assert as_question(bank.question(question.id)) == question
        assert bank.question(question.id).dimension == question.id


def test_every_bank_question_becomes_a_rubric_question_a_rubric_accepts() -> None:
    bank = load_bank(shipped_bank_path())
    questions = [as_question(question) for question in bank.questions]
    assert all(type(question) is Question for question in questions)
    base = default_rubric()
    section = {"id": "bank", "title": "Every bank question", "questions": questions}
    rubric = Rubric.model_validate(
        base.model_dump() | {"sections": [section]}
    )  # ids unique across the rubric, weights valid: a rubric built from the whole bank is valid
    assert [q.id for q in rubric.questions()] == [q.id for q in bank.questions]


def test_ids_are_unique_in_the_shipped_bank() -> None:
    bank = load_bank(shipped_bank_path())
    ids = [question.id for question in bank.questions]
    assert len(ids) == len(set(ids))
    assert len({d.id for d in bank.dimensions}) == len(bank.dimensions)


def test_without_a_company_bank_the_merged_bank_is_the_shipped_one(
    data_folder: pathlib.Path,
) -> None:
    assert company_bank_path() == data_folder / COMPANY_BANK_NAME
    assert not company_bank_path().exists()
    assert load_banks() == load_bank(shipped_bank_path())


# --- mistakes in a bank file --------------------------------------------------------------------

QUESTION = """
[[questions]]
id = "{id}"
dimension = "{dimension}"
title = "A question"
text = "Tell me about a time."
[questions.anchors]
1 = "Did nothing."
3 = "Did something."
5 = "Did everything."
"""


def issues(text: str, known: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    with pytest.raises(RubricError) as caught:
        parse_bank(text, "bank.toml", known)
    assert all(issue.file == "bank.toml" for issue in caught.value.issues)
    return [(issue.location, issue.message) for issue in caught.value.issues]


def test_mistakes_are_reported_with_place_and_the_questions_id() -> None:
    text = QUESTION.format(id="one", dimension="urgency").replace(
        'title = "A question"', 'title = "A question"\nwieght = 1.0'
    )
    text += QUESTION.format(id="two", dimension="urgent").replace('3 = "Did something."\n', "")
    text += QUESTION.format(id="one", dimension="urgency")
    assert issues(text, ("urgency",)) == [
        ("questions[0]", 'question "one": unknown key "wieght"; did you mean "weight"?'),
        (
            "questions[1].dimension",
            'question "two": unknown dimension "urgent"; the dimensions are: urgency',
        ),
        (
            "questions[1].anchors",
            'question "two": missing the described behaviour for level 3 '
            "(levels 1, 3 and 5 are required)",
        ),
        (
            "questions[2].id",
            'the id "one" is already used by the question at questions[0]; '
            "question ids must be unique in the bank",
        ),
    ]


def test_a_missing_dimension_key_and_a_wrong_list_are_named() -> None:
    text = QUESTION.format(id="one", dimension="x").replace('dimension = "x"\n', "")
    assert issues(text) == [("questions[0]", 'question "one": missing required key "dimension"')]
    assert issues('questions = "all of them"') == [
        ("questions", "expected a list of [[questions]] tables, got text")
    ]


def test_a_syntax_error_gives_line_and_column() -> None:
    [(where, message)] = issues("[[questions]]\nid = urgency\n")
    assert where == "line 2, column 6"
    assert "double quotes" in message


# --- the company's own bank ---------------------------------------------------------------------


def test_a_bad_company_bank_is_refused_naming_the_file_and_place(
    data_folder: pathlib.Path,
) -> None:
    path = company_bank_path()
    path.parent.mkdir(parents=True)
    path.write_text(QUESTION.format(id="ours", dimension="speed"), encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_banks()
    [issue] = caught.value.issues
    assert issue.file == str(path)
    assert issue.location == "questions[0].dimension"
    assert 'unknown dimension "speed"' in issue.message
    assert "urgency" in issue.message  # the shipped dimensions are the ones it may use
    assert str(path) in str(caught.value) and "questions[0].dimension" in str(caught.value)


def test_a_company_bank_that_is_not_utf8_or_a_folder_is_refused(data_folder: pathlib.Path) -> None:
    path = company_bank_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b'[[questions]]\nid = "caf\xe9"\n')
    with pytest.raises(RubricError) as caught:
        load_banks()
    assert caught.value.issues[0].file == str(path)
    assert "UTF-8" in caught.value.issues[0].message
    path.unlink()
    path.mkdir()
    with pytest.raises(RubricError) as caught:
        load_banks()
    assert caught.value.issues == [
        RubricIssue(str(path), "", "is a folder, not a question bank file")
    ]


def test_a_question_added_to_the_company_bank_is_read_back_merged(
    data_folder: pathlib.Path,
) -> None:
    shipped = load_bank(shipped_bank_path())
    question = a_question()
    merged = add_to_company_bank(question)
    assert company_bank_path().exists()
    assert load_banks() == merged
    assert merged.questions == (*shipped.questions, question)
    assert merged.questions_about("urgency")[-1] == question
    second = a_question("our-second", "closing-the-loop")
    add_to_company_bank(second)
    reread = load_banks()
    assert reread.questions[-2:] == (question, second)
    assert as_question(reread.question("our-own")) == as_question(question)


def test_the_company_file_is_canonical_and_nothing_is_left_beside_it(
    data_folder: pathlib.Path,
) -> None:
    add_to_company_bank(a_question())
    path = company_bank_path()
    text = path.read_text(encoding="utf-8")
    company = load_bank(path, [d.id for d in load_bank(shipped_bank_path()).dimensions])
    assert bank_toml(company) == text  # written in the one layout it would be written again in
    assert 'text = "Tell me about a time a \\"rush\\" order went wrong.' in text
    assert '5 = """\nFixed it at once\nand said when."""' in text
    assert sorted(os.listdir(path.parent)) == [COMPANY_BANK_NAME]


def test_adding_keeps_what_the_company_wrote_by_hand(data_folder: pathlib.Path) -> None:
    path = company_bank_path()
    path.parent.mkdir(parents=True)
    own = '[[dimensions]]\nid = "tidiness"\ntitle = "Tidiness"\n' + QUESTION.format(
        id="desk", dimension="tidiness"
    )
    path.write_text(own, encoding="utf-8")
    merged = add_to_company_bank(a_question("desk-two", "tidiness"))
    assert merged.dimension("tidiness").title == "Tidiness"
    assert [q.id for q in merged.questions_about("tidiness")] == ["desk", "desk-two"]
    assert load_banks() == merged


def test_a_duplicate_id_across_the_banks_is_refused_naming_both_places(
    data_folder: pathlib.Path,
) -> None:
    shipped = load_bank(shipped_bank_path())
    taken = shipped.questions[4].id
    path = company_bank_path()
    path.parent.mkdir(parents=True)
    path.write_text(
        QUESTION.format(id="fine", dimension="urgency")
        + QUESTION.format(id=taken, dimension="urgency"),
        encoding="utf-8",
    )
    with pytest.raises(RubricError) as caught:
        load_banks()
    [issue] = caught.value.issues
    assert issue.file == str(path)
    assert issue.location == "questions[1].id"
    assert f'the id "{taken}" is already used by the question at questions[4]' in issue.message
    assert str(shipped_bank_path()) in issue.message


def test_adding_a_question_whose_id_is_taken_changes_nothing(data_folder: pathlib.Path) -> None:
    add_to_company_bank(a_question())
    before = company_bank_path().read_bytes()
    for taken in ("urgency", "our-own"):
        with pytest.raises(RubricError) as caught:
            add_to_company_bank(a_question(taken))
        [issue] = caught.value.issues
        assert issue.file == str(company_bank_path())
        assert issue.location == "questions[1].id"
        assert re.search(f'the id "{taken}" is already used', issue.message)
    with pytest.raises(RubricError, match='unknown dimension "nowhere"'):
        add_to_company_bank(a_question("new", "nowhere"))
    assert company_bank_path().read_bytes() == before


def test_adding_to_a_broken_company_bank_leaves_it_as_it_was(data_folder: pathlib.Path) -> None:
    path = company_bank_path()
    path.parent.mkdir(parents=True)
    path.write_text("[[questions]]\nid = \n", encoding="utf-8")
    with pytest.raises(RubricError):
        add_to_company_bank(a_question())
    assert path.read_text(encoding="utf-8") == "[[questions]]\nid = \n"


def test_a_bank_built_in_code_refuses_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="question ids must be unique"):
        QuestionBank(questions=(a_question(), a_question()))
