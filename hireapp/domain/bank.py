# SPDX-License-Identifier: MIT
"""The question bank: behavioural questions, by dimension, ready to add to a rubric.

hireapp ships one bank (resources/rubrics/question-bank.toml); a company keeps its own questions in
question-bank.toml in the user's data folder. The two are read as one bank, the shipped questions
first, and ids must be unique across both. Problems are reported like a rubric's
(docs/rubric-format.md): every problem at once, each naming the file and the place in it.
"""

from __future__ import annotations

import os
import pathlib
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, Self

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from hireapp.domain.rubric import (
    Loc,
    OptionalText,
    Question,
    Slug,
    Text,
    TomlShape,
    duplicate_ids,
    read_toml,
    read_toml_text,
    validate_toml,
)
from hireapp.domain.rubric_toml import _anchors, _number, _strings, toml_string
from hireapp.errors import RubricError, RubricIssue

__all__ = [
    "COMPANY_BANK_NAME",
    "BankQuestion",
    "Dimension",
    "QuestionBank",
    "add_to_company_bank",
    "as_question",
    "bank_toml",
    "company_bank_path",
    "load_bank",
    "load_banks",
    "parse_bank",
    "shipped_bank_path",
]

COMPANY_BANK_NAME: Final = "question-bank.toml"
_KIND: Final = "question bank file"
_SKIP_WHOLE_CHECKS: Final = "hireapp_bank_whole_checked"
_HEADER: Final = (
    "# The company's own questions for the hireapp question bank, added to the shipped ones.\n"
    "# The format is described in docs/rubric-format.md (The question bank).\n"
)


class Dimension(BaseModel):
    """A quality the bank's questions are about, such as urgency or ownership."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    title: Text
    description: OptionalText = ""


class BankQuestion(Question):
    """A rubric question that also names the dimension it is about."""

    dimension: Slug


class QuestionBank(BaseModel):
    """Dimensions and the questions about them, in the order of the file(s)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dimensions: tuple[Dimension, ...] = ()
    questions: tuple[BankQuestion, ...] = ()

    @model_validator(mode="after")
    def _check_whole(self, info: ValidationInfo) -> Self:
        # parse_bank checks these on the raw data; here they guard banks built in code.
        if isinstance(info.context, dict) and info.context.get(_SKIP_WHOLE_CHECKS):
            return self
        # Only unique ids: the company's part of a bank names dimensions of the shipped part.
        problems = _bank_problems(self.model_dump(), None)
        if problems:
            raise ValidationError.from_exception_data(
                type(self).__name__,
                [
                    InitErrorDetails(
                        type=PydanticCustomError("hireapp_bank", "{message}", {"message": m}),
                        loc=loc,
                        input=self,
                    )
                    for loc, m in problems
                ],
            )
        return self

    def dimension(self, dimension_id: str) -> Dimension:
        """The dimension with that id; KeyError if the bank has none."""
        for dimension in self.dimensions:
            if dimension.id == dimension_id:
                return dimension
        raise KeyError(dimension_id)

    def question(self, question_id: str) -> BankQuestion:
        """The question with that id; KeyError if the bank has none."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def questions_about(self, dimension_id: str) -> list[BankQuestion]:
        """The questions on that dimension, in bank order."""
        return [question for question in self.questions if question.dimension == dimension_id]


def as_question(question: BankQuestion) -> Question:
    """The bank question as a rubric question, to add to a section."""
    return Question.model_validate(question.model_dump(exclude={"dimension"}))


# --- reading ------------------------------------------------------------------------------------

_SHAPE: Final = TomlShape(
    models={(): QuestionBank, ("dimensions", "#"): Dimension, ("questions", "#"): BankQuestion},
    items={("dimensions", "#"): "dimension", ("questions", "#"): "question"},
    lists={"dimensions": "[[dimensions]]", "questions": "[[questions]]"},
)


def _listed(data: Mapping[str, Any], key: str) -> list[tuple[Loc, object]]:
    items = data.get(key)
    if not isinstance(items, list | tuple):
        return []
    return [((key, i), item) for i, item in enumerate(items)]


def _bank_problems(data: object, known: Iterable[str] | None) -> list[tuple[Loc, str]]:
    """Rules across items: unique ids, and each question's dimension defined here or in `known`.

    With `known` None, only the ids are checked.
    """
    if not isinstance(data, Mapping):
        return []
    dimensions = _listed(data, "dimensions")
    questions = _listed(data, "questions")
    problems = duplicate_ids(dimensions, "dimension", "dimension ids must be unique")
    problems += duplicate_ids(questions, "question", "question ids must be unique in the bank")
    if known is None:
        return problems
    defined = list(known) + [
        item["id"].strip()
        for _, item in dimensions
        if isinstance(item, Mapping) and isinstance(item.get("id"), str)
    ]
    for loc, item in questions:
        if not isinstance(item, Mapping) or not isinstance(item.get("dimension"), str):
            continue  # missing or not text: reported by the model
        dimension = item["dimension"].strip()
        if dimension and dimension not in defined:
            owner = f'question "{item["id"].strip()}": ' if isinstance(item.get("id"), str) else ""
            known_ids = ", ".join(dict.fromkeys(defined)) or "none"
            problems.append(
                (
                    (*loc, "dimension"),
                    f'{owner}unknown dimension "{dimension}"; the dimensions are: {known_ids}',
                )
            )
    return problems


def parse_bank(text: str, source: str, known_dimensions: Sequence[str] = ()) -> QuestionBank:
    """The bank in TOML text; RubricError listing every problem, each naming source and place.

    A question's dimension must be defined in the same file or be one of `known_dimensions` (the
    shipped bank's, when reading the company's).
    """
    data = read_toml(text, source)
    return validate_toml(
        QuestionBank,
        data,
        source,
        _SHAPE,
        lambda raw: _bank_problems(raw, known_dimensions),
        {_SKIP_WHOLE_CHECKS: True},
    )


def load_bank(path: str | os.PathLike[str], known_dimensions: Sequence[str] = ()) -> QuestionBank:
    """The bank in that file; RubricError if it is missing, unreadable, not TOML or invalid."""
    return parse_bank(read_toml_text(path, _KIND), os.fspath(path), known_dimensions)


def shipped_bank_path() -> pathlib.Path:
    """The question bank shipped with hireapp."""
    # Imported here, as in default_rubric_path: only these two files need to know where it lives.
    from hireapp.assets import resource_path

    return resource_path("rubrics/question-bank.toml")


def company_bank_path() -> pathlib.Path:
    """question-bank.toml in the per-user data folder, where the database file lives by default."""
    from hireapp.assets import data_folder

    return data_folder() / COMPANY_BANK_NAME


def _clashes(
    shipped: QuestionBank, shipped_source: str, company: QuestionBank, company_source: str
) -> list[RubricIssue]:
    issues: list[RubricIssue] = []
    for key, kind in (("dimensions", "dimension"), ("questions", "question")):
        first_at = {item.id: i for i, item in enumerate(getattr(shipped, key))}
        for i, item in enumerate(getattr(company, key)):
            if item.id in first_at:
                issues.append(
                    RubricIssue(
                        company_source,
                        f"{key}[{i}].id",
                        f'the id "{item.id}" is already used by the {kind} at '
                        f"{key}[{first_at[item.id]}] of the shipped bank {shipped_source}; "
                        f"{kind} ids must be unique across the shipped and the company's bank",
                    )
                )
    return issues


def _merged(shipped: QuestionBank, company: QuestionBank) -> QuestionBank:
    return QuestionBank(
        dimensions=shipped.dimensions + company.dimensions,
        questions=shipped.questions + company.questions,
    )


def _load_both(
    shipped_file: pathlib.Path, company_file: pathlib.Path
) -> tuple[QuestionBank, QuestionBank]:
    shipped = load_bank(shipped_file)
    if not company_file.exists():
        return shipped, QuestionBank()
    known = [dimension.id for dimension in shipped.dimensions]
    company = load_bank(company_file, known)
    issues = _clashes(shipped, os.fspath(shipped_file), company, os.fspath(company_file))
    if issues:
        raise RubricError(issues)
    return shipped, company


def load_banks(
    *, shipped_file: pathlib.Path | None = None, company_file: pathlib.Path | None = None
) -> QuestionBank:
    """The shipped bank followed by the company's own (if it has one), as one bank.

    RubricError if either file has problems or the company's reuses an id of the shipped bank.
    """
    shipped, company = _load_both(
        shipped_file or shipped_bank_path(), company_file or company_bank_path()
    )
    return _merged(shipped, company)


# --- writing ------------------------------------------------------------------------------------


def bank_toml(bank: QuestionBank, header: str = _HEADER) -> str:
    """The bank as the text of a bank file, in one canonical layout (defaults written out)."""
    lines = [header.rstrip("\n")] if header else []
    for dimension in bank.dimensions:
        lines += ["", "[[dimensions]]"]
        lines += [f"id = {toml_string(dimension.id)}", f"title = {toml_string(dimension.title)}"]
        if dimension.description:
            lines.append(f"description = {toml_string(dimension.description)}")
    for question in bank.questions:
        lines += ["", "[[questions]]"]
        lines += [
            f"id = {toml_string(question.id)}",
            f"dimension = {toml_string(question.dimension)}",
            f"title = {toml_string(question.title)}",
            f"text = {toml_string(question.text)}",
            f"probes = {_strings(question.probes)}",
            f"weight = {_number(question.weight)}",
        ]
        lines += _anchors("questions.anchors", question.anchors)
    return "\n".join(lines) + "\n"


def _write_atomically(path: pathlib.Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        pathlib.Path(temporary).unlink(missing_ok=True)
        raise


def add_to_company_bank(
    question: BankQuestion,
    *,
    shipped_file: pathlib.Path | None = None,
    company_file: pathlib.Path | None = None,
) -> QuestionBank:
    """Add the question to the company's bank file and return the merged bank.

    RubricError, and the file left as it was, if the bank files have problems, the id is already
    in either bank or the dimension is in neither. The file is rewritten in the canonical layout
    (comments in it are not kept) by replacing it whole, so a crash leaves the old or the new file.
    """
    company_file = company_file or company_bank_path()
    shipped, company = _load_both(shipped_file or shipped_bank_path(), company_file)
    source = os.fspath(company_file)
    where = f"questions[{len(company.questions)}]"
    everything = _merged(shipped, company)
    try:
        everything.question(question.id)
    except KeyError:
        pass
    else:
        owner = "the shipped bank" if question.id in {q.id for q in shipped.questions} else source
        raise RubricError(
            [
                RubricIssue(
                    source,
                    f"{where}.id",
                    f'the id "{question.id}" is already used by a question in {owner}; '
                    "question ids must be unique across the shipped and the company's bank",
                )
            ]
        )
    try:
        everything.dimension(question.dimension)
    except KeyError:
        names = ", ".join(dimension.id for dimension in everything.dimensions) or "none"
        raise RubricError(
            [
                RubricIssue(
                    source,
                    f"{where}.dimension",
                    f'question "{question.id}": unknown dimension "{question.dimension}"; '
                    f"the dimensions are: {names}",
                )
            ]
        ) from None
    updated = QuestionBank(dimensions=company.dimensions, questions=(*company.questions, question))
    text = bank_toml(updated)
    # Read back before writing: what is written must load again as the same bank.
    known = [dimension.id for dimension in shipped.dimensions]
    if parse_bank(text, source, known) != updated:  # pragma: no cover - a writer bug
        raise AssertionError("the company bank would not read back as written")
    _write_atomically(company_file, text)
    return _merged(shipped, updated)
