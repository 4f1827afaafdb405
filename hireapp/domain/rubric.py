# SPDX-License-Identifier: MIT
"""The interview rubric: read from TOML, validated by pydantic, identified by a content hash.

A rubric is data a hiring lead writes by hand (docs/rubric-format.md), so every problem in a file is
turned into a RubricIssue that names the file, the place in it and what is wrong in plain words,
and all problems are reported at once rather than one per attempt. Interviews keep the version they
were scored against; the database identifies a version by the hash of its canonical JSON, so the
same content always gets the same identity however the TOML is formatted.
"""

from __future__ import annotations

import ast
import codecs
import datetime
import difflib
import hashlib
import json
import math
import os
import pathlib
import re
import tomllib
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Final, Self, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    RootModel,
    Strict,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from hireapp.errors import RubricError, RubricIssue

__all__ = [
    "ANCHOR_LEVELS",
    "REQUIRED_LEVELS",
    "STORED_SOURCE",
    "Anchors",
    "Cue",
    "FirstImpression",
    "Question",
    "Rubric",
    "Section",
    "TomlShape",
    "default_rubric_path",
    "duplicate_ids",
    "load_rubric",
    "parse_rubric",
    "read_toml",
    "read_toml_text",
    "rubric_from_json",
    "validate_toml",
]

ANCHOR_LEVELS: Final = (1, 2, 3, 4, 5)
REQUIRED_LEVELS: Final = (1, 3, 5)

STORED_SOURCE: Final = "stored rubric"
"""The file name used in messages about a rubric rebuilt from the database."""

_ERROR_TYPE: Final = "hireapp_rubric"
_SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SKIP_WHOLE_CHECKS: Final = "hireapp_rubric_whole_checked"

Loc = tuple[int | str, ...]
Model = TypeVar("Model", bound=BaseModel)


# --- messages -----------------------------------------------------------------------------------


def _problem(message: str) -> PydanticCustomError:
    # The message travels in the context so braces in user text are never taken for placeholders.
    return PydanticCustomError(_ERROR_TYPE, "{message}", {"message": message})


def _number(value: float) -> str:
    return f"{value:g}"  # as written: -1 rather than -1.0


def _kind(value: object) -> str:
    """What a hiring lead would call the value they wrote."""
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({_number(value)})"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, datetime.date | datetime.time):
        return "a date or time"
    return "nothing" if value is None else type(value).__name__


def _location(loc: Loc) -> str:
    """("sections", 1, "questions", 3, "anchors") -> "sections[1].questions[3].anchors"."""
    text = ""
    for step in loc:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else step
    return text


def _levels_phrase(levels: Sequence[int]) -> str:
    words = [str(level) for level in levels]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


_REQUIRED_PHRASE: Final = f"levels {_levels_phrase(REQUIRED_LEVELS)} are required"


# --- field types --------------------------------------------------------------------------------


def _clean(text: str) -> str:
    # NFC and LF so that the same visible text saved by another editor keeps the same hash.
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def _required_text(value: str, info: ValidationInfo) -> str:
    cleaned = _clean(value)
    if not cleaned:
        name = info.field_name or "the text"
        raise _problem("a probe must not be empty" if name == "probes" else f"{name} is empty")
    return cleaned


def _slug(value: str) -> str:
    cleaned = value.strip()
    if not _SLUG.fullmatch(cleaned):
        raise _problem(
            "an id is lower-case letters and digits, words joined by single hyphens "
            f'(like "service-attitude"), got "{value}"'
        )
    return cleaned


def _weight(value: float) -> float:
    if not math.isfinite(value):
        raise _problem(f"weight must be a finite number, got {value}")
    if value < 0:
        raise _problem(f"weight must be 0 or more, got {_number(value)}")
    return value + 0.0  # -0.0 becomes 0.0, so it cannot change the hash


def _share(value: float) -> float:
    if not 0 <= value <= 1:  # also refuses nan
        raise _problem(
            f"weight must be between 0 and 1 (its share of the overall score), got {_number(value)}"
        )
    return value + 0.0


def _seconds(value: int) -> int:
    if not 5 <= value <= 600:
        raise _problem(f"seconds must be between 5 and 600, got {value}")
    return value


# Strict: a rubric is typed by hand, and "1" where a number belongs is a mistake worth reporting,
# not something to convert silently.
Text = Annotated[str, Strict(), AfterValidator(_required_text)]
OptionalText = Annotated[str, Strict(), AfterValidator(_clean)]
Slug = Annotated[str, Strict(), AfterValidator(_slug)]
Weight = Annotated[float, Strict(), AfterValidator(_weight)]
Share = Annotated[float, Strict(), AfterValidator(_share)]
Seconds = Annotated[int, Strict(), AfterValidator(_seconds)]


def _not_empty(items: tuple[Any, ...], what: str) -> None:
    if not items:
        raise _problem(f"needs at least one {what}")


# --- the model ----------------------------------------------------------------------------------


class Anchors(RootModel[dict[int, str]]):
    """Described behaviour per score level: what a rater must have seen to give that score.

    Levels 1, 3 and 5 are required so every score has a described behaviour at or beside it.
    (A RootModel cannot forbid extra keys; its own validator refuses anything but levels 1..5.)
    """

    model_config = ConfigDict(frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _read_levels(cls, value: object) -> object:
        if isinstance(value, Anchors):
            return value.root
        if not isinstance(value, Mapping):
            raise _problem(
                'expected a table of levels, like 1 = "...", 3 = "...", 5 = "...", '
                f"got {_kind(value)}"
            )
        levels: dict[int, str] = {}
        seen: set[int] = set()
        problems: list[str] = []
        for key, text in value.items():
            level = _level(key)
            if level is None:
                shown = key if isinstance(key, str) and key.isdigit() else f'"{key}"'
                problems.append(f"level {shown} is not on the scale; levels are 1 to 5")
                continue
            if level in seen:
                problems.append(f"level {level} is described twice")
                continue
            seen.add(level)
            if not isinstance(text, str):
                problems.append(f"the behaviour for level {level} must be text, got {_kind(text)}")
            elif not _clean(text):
                problems.append(f"the behaviour for level {level} is empty")
            else:
                levels[level] = _clean(text)
        missing = [level for level in REQUIRED_LEVELS if level not in seen]
        if missing:
            noun = "behaviour for level" if len(missing) == 1 else "behaviours for levels"
            problems.append(
                f"missing the described {noun} {_levels_phrase(missing)} ({_REQUIRED_PHRASE})"
            )
        if problems:
            raise ValidationError.from_exception_data(
                cls.__name__,
                [InitErrorDetails(type=_problem(p), loc=(), input=value) for p in problems],
            )
        return dict(sorted(levels.items()))

    def __hash__(self) -> int:
        return hash(tuple(self.items()))

    def text_for(self, level: int) -> str | None:
        """The behaviour described for that level, None where the rubric leaves it between two."""
        return self.root.get(level)

    def describe(self, level: int) -> str:
        """What a score means, even where the rubric leaves the level undescribed."""
        if level not in ANCHOR_LEVELS:
            raise ValueError(f"no level {level} on a 1-5 scale")
        text = self.text_for(level)
        if text is not None:
            return text
        below = max(known for known in self.root if known < level)
        above = min(known for known in self.root if known > level)
        return (
            f"Between {below} ({_gist(self.root[below])}) and {above} ({_gist(self.root[above])})"
        )

    def items(self) -> list[tuple[int, str]]:
        """(level, behaviour) pairs, lowest level first."""
        return sorted(self.root.items())


def _level(key: object) -> int | None:
    if isinstance(key, bool):
        return None
    if isinstance(key, int):
        return key if key in ANCHOR_LEVELS else None
    if isinstance(key, str) and key.strip() in {str(level) for level in ANCHOR_LEVELS}:
        return int(key)
    return None


def _gist(text: str, words: int = 6) -> str:
    parts = text.split()
    if len(parts) <= words:
        return " ".join(parts).rstrip(".;,:")
    return " ".join(parts[:words]).rstrip(".;,:") + "…"


class Cue(BaseModel):
    """Something observable in the first seconds, ticked as seen or not."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    label: Text


class FirstImpression(BaseModel):
    """The opening judgement, recorded on its own because it colours everything after it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Text
    prompt: Text
    seconds: Seconds = 30
    # 0 keeps the impression beside the overall score instead of inside it (PRODUCT.md section 2).
    weight: Share = 0.0
    anchors: Anchors
    cues: tuple[Cue, ...]

    @field_validator("cues")
    @classmethod
    def _some_cues(cls, cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
        _not_empty(cues, "cue ([[first_impression.cues]])")
        return cues


class Question(BaseModel):
    """One behavioural question, scored 1-5 against its anchors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    title: Text
    text: Text
    probes: tuple[Text, ...] = ()
    weight: Weight = 1.0
    anchors: Anchors


class Section(BaseModel):
    """A page of the interview: questions about one quality."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    title: Text
    description: OptionalText = ""
    questions: tuple[Question, ...]

    @field_validator("questions")
    @classmethod
    def _some_questions(cls, questions: tuple[Question, ...]) -> tuple[Question, ...]:
        _not_empty(questions, "question ([[sections.questions]])")
        return questions


class Rubric(BaseModel):
    """A whole interview guide; the unit that is versioned and stored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    title: Text
    version: Text
    description: OptionalText = ""
    first_impression: FirstImpression
    sections: tuple[Section, ...]

    @field_validator("sections")
    @classmethod
    def _some_sections(cls, sections: tuple[Section, ...]) -> tuple[Section, ...]:
        _not_empty(sections, "section ([[sections]])")
        return sections

    @model_validator(mode="after")
    def _check_whole(self, info: ValidationInfo) -> Self:
        # parse_rubric runs these checks on the raw data itself, so they are reported even when a
        # field is wrong too; here they guard rubrics built in code.
        if isinstance(info.context, dict) and info.context.get(_SKIP_WHOLE_CHECKS):
            return self
        problems = _whole_rubric_problems(self.model_dump())
        if problems:
            raise ValidationError.from_exception_data(
                type(self).__name__,
                [InitErrorDetails(type=_problem(m), loc=loc, input=self) for loc, m in problems],
            )
        return self

    def questions(self) -> list[Question]:
        """Every question, in the order they are asked."""
        return [question for section in self.sections for question in section.questions]

    def question(self, question_id: str) -> Question:
        """The question with that id; KeyError if the rubric has none."""
        for question in self.questions():
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def canonical_json(self) -> str:
        """The validated content as JSON that depends on nothing but the content.

        This is what the database stores and hashes: keys sorted, no optional whitespace, defaults
        written out, texts already stripped and normalised.
        """
        return json.dumps(
            self.model_dump(mode="json"),
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
            allow_nan=False,
        )

    def content_hash(self) -> str:
        """SHA-256 (hex) of canonical_json(): the identity of this version of the rubric."""
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()


# --- rules across items -------------------------------------------------------------------------


def duplicate_ids(
    items: Sequence[tuple[Loc, object]], kind: str, rule: str
) -> list[tuple[Loc, str]]:
    """(place, message) for each item whose id an earlier item already has."""
    first_at: dict[str, Loc] = {}
    problems: list[tuple[Loc, str]] = []
    for loc, item in items:
        if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
            continue
        item_id = item["id"].strip()
        if not item_id:
            continue  # reported as a bad id
        if item_id in first_at:
            problems.append(
                (
                    (*loc, "id"),
                    f'the id "{item_id}" is already used by the {kind} at '
                    f"{_location(first_at[item_id])}; {rule}",
                )
            )
        else:
            first_at[item_id] = loc
    return problems


def _whole_rubric_problems(data: object) -> list[tuple[Loc, str]]:
    """Rules that span several items, checked on raw data so they never wait on other fixes."""
    if not isinstance(data, Mapping):
        return []
    problems: list[tuple[Loc, str]] = []
    impression = data.get("first_impression")
    if isinstance(impression, Mapping) and isinstance(impression.get("cues"), list | tuple):
        cues = [(("first_impression", "cues", i), cue) for i, cue in enumerate(impression["cues"])]
        problems += duplicate_ids(cues, "cue", "cue ids must be unique")
    sections = data.get("sections")
    if not isinstance(sections, list | tuple):
        return problems
    problems += duplicate_ids(
        [(("sections", i), section) for i, section in enumerate(sections)],
        "section",
        "section ids must be unique",
    )
    questions: list[tuple[Loc, object]] = []
    for i, section in enumerate(sections):
        if isinstance(section, Mapping) and isinstance(section.get("questions"), list | tuple):
            questions += [
                (("sections", i, "questions", j), question)
                for j, question in enumerate(section["questions"])
            ]
    problems += duplicate_ids(
        questions, "question", "question ids must be unique in the whole rubric"
    )
    weights = [q.get("weight", 1.0) for _, q in questions if isinstance(q, Mapping)]
    if weights and all(
        isinstance(w, int | float) and not isinstance(w, bool) and w == 0 for w in weights
    ):
        problems.append(
            (("sections",), "every question has weight 0; at least one must weigh more than 0")
        )
    return problems


# --- pydantic errors to plain words -------------------------------------------------------------

_MODELS_AT: Final[dict[tuple[str, ...], type[BaseModel]]] = {
    (): Rubric,
    ("first_impression",): FirstImpression,
    ("first_impression", "cues", "#"): Cue,
    ("sections", "#"): Section,
    ("sections", "#", "questions", "#"): Question,
}
_ITEMS_AT: Final = {
    ("first_impression", "cues", "#"): "cue",
    ("sections", "#"): "section",
    ("sections", "#", "questions", "#"): "question",
}
_LISTS_OF_TABLES: Final = {
    "sections": "[[sections]]",
    "questions": "[[sections.questions]]",
    "cues": "[[first_impression.cues]]",
}


@dataclass(frozen=True)
class TomlShape:
    """Where the tables of a TOML file sit, so its problems are worded for the person who wrote it.

    `models` and `items` are keyed by a place with list positions written "#": the model there
    (to suggest the key meant by a misspelt one) and what an id there names ("question").
    `lists` gives the [[header]] of each list of tables, by its key.
    """

    models: Mapping[tuple[str, ...], type[BaseModel]]
    items: Mapping[tuple[str, ...], str]
    lists: Mapping[str, str]


_RUBRIC_SHAPE: Final = TomlShape(_MODELS_AT, _ITEMS_AT, _LISTS_OF_TABLES)


def _shape(loc: Loc) -> tuple[str, ...]:
    return tuple("#" if isinstance(step, int) else step for step in loc)


def _owner(data: object, where: Loc, items: Mapping[tuple[str, ...], str]) -> str:
    """'question "ownership": ' for a place inside that question, so the id is in the message."""
    owner = ""
    node = data
    for depth, step in enumerate(where, start=1):
        if isinstance(step, int) and isinstance(node, list | tuple) and 0 <= step < len(node):
            node = node[step]
        elif isinstance(step, str) and isinstance(node, Mapping) and step in node:
            node = node[step]
        else:
            break
        kind = items.get(_shape(where[:depth]))
        if kind and isinstance(node, Mapping) and isinstance(node.get("id"), str):
            if node["id"].strip():
                owner = f'{kind} "{node["id"].strip()}": '
    return owner


def _unknown_key(where: Loc, key: str, shape: TomlShape) -> str:
    message = f'unknown key "{key}"'
    if where == () and key == "questions" and shape is _RUBRIC_SHAPE:
        return message + "; questions belong to a section: write [[sections.questions]]"
    model = shape.models.get(_shape(where))
    if model is not None:
        close = difflib.get_close_matches(key, list(model.model_fields), n=1)
        if close:
            message += f'; did you mean "{close[0]}"?'
    return message


def _plain(error: Any, loc: Loc, lists: Mapping[str, str]) -> str:
    """Pydantic's message for one error, reworded for someone who edits TOML, not Python."""
    kind = error["type"]
    value = error.get("input")
    if kind == _ERROR_TYPE:
        return str(error["msg"])
    if kind == "string_type":
        hint = "; put it in double quotes" if isinstance(value, int | float) else ""
        return f"expected text, got {_kind(value)}{hint}"
    if kind in {"float_type", "float_parsing", "finite_number"}:
        return f"expected a number, got {_kind(value)}"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"expected a whole number, got {_kind(value)}"
    if kind in {"tuple_type", "list_type"}:
        last = loc[-1] if loc else ""
        if last in lists:
            return f"expected a list of {lists[str(last)]} tables, got {_kind(value)}"
        return f'expected a list, like ["...", "..."], got {_kind(value)}'
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return f"expected a table, got {_kind(value)}"
    text = str(error.get("msg", "invalid value"))
    return text[:1].lower() + text[1:]


def _issues_from(
    error: ValidationError, data: object, shape: TomlShape
) -> list[tuple[Loc, Loc, str]]:
    """(where the error was found, where to point the reader, message) for each pydantic error."""
    found: list[tuple[Loc, Loc, str]] = []
    for detail in error.errors():
        loc: Loc = tuple(detail["loc"])
        if detail["type"] == "missing" and loc:
            where, message = loc[:-1], f'missing required key "{loc[-1]}"'
        elif detail["type"] == "extra_forbidden" and loc:
            where, message = loc[:-1], _unknown_key(loc[:-1], str(loc[-1]), shape)
        else:
            where, message = loc, _plain(detail, loc, shape.lists)
        owner = "" if loc and loc[-1] == "id" else _owner(data, where, shape.items)
        found.append((loc, where, owner + message))
    return found


def _document_order(data: object, loc: Loc) -> tuple[int, ...]:
    # tomllib keeps keys in the order of the file, so this sorts issues from top to bottom;
    # a missing key sorts after everything present in its table.
    order: list[int] = []
    node = data
    for step in loc:
        if isinstance(step, int):
            order.append(step)
            node = node[step] if isinstance(node, list | tuple) and 0 <= step < len(node) else None
        elif isinstance(node, Mapping):
            names = list(node)
            order.append(names.index(step) if step in names else len(names))
            node = node.get(step)
        else:
            order.append(0)
            node = None
    return tuple(order)


def validate_toml(
    model: type[Model],
    data: object,
    source: str,
    shape: TomlShape,
    problems: Callable[[object], list[tuple[Loc, str]]],
    context: dict[str, Any] | None = None,
) -> Model:
    """`data` read from a TOML file as `model`; RubricError listing every problem, in file order.

    `problems` gives the rules across items, checked on the raw data so they are reported even
    when a field is wrong too.
    """
    found: list[tuple[Loc, Loc, str]] = []
    result: Model | None = None
    try:
        result = model.model_validate(data, context=context)
    except ValidationError as error:
        found += _issues_from(error, data, shape)
    found += [(loc, loc, message) for loc, message in problems(data)]
    if found or result is None:
        found.sort(key=lambda item: _document_order(data, item[0]))
        issues = [RubricIssue(source, _location(where), message) for _, where, message in found]
        raise RubricError(list(dict.fromkeys(issues)))
    return result


def _validate(data: object, source: str) -> Rubric:
    return validate_toml(
        Rubric, data, source, _RUBRIC_SHAPE, _whole_rubric_problems, {_SKIP_WHOLE_CHECKS: True}
    )


# --- reading ------------------------------------------------------------------------------------

_TOML_POSITION: Final = re.compile(
    r"(?P<what>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)", re.S
)
_TOML_PLAIN: Final = {
    "Invalid value": 'the value is not valid TOML; texts go in double quotes, like title = "..."',
    "Invalid statement": "this line is neither key = value nor a [table] header",
    "Unterminated string": "a text is not closed: its closing quote is missing",
    "Illegal character '\\n'": "a text is not closed on its line: its closing quote is missing",
    "Unclosed array": 'a list is not closed: its "]" is missing',
    "Unclosed inline table": 'an inline table is not closed: its "}" is missing',
    "Expected '=' after a key in a key/value pair": 'expected "=" after the key',
    "Expected newline or end of document after a statement": (
        "expected the end of the line after the value"
    ),
}


def _toml_issue(error: tomllib.TOMLDecodeError, text: str, source: str) -> RubricIssue:
    match = _TOML_POSITION.fullmatch(str(error))
    if match is None:
        return RubricIssue(source, "", f"not valid TOML: {error}")
    lines = text.split("\n")
    if match["line"]:
        where = f"line {match['line']}, column {match['column']}"
        line = lines[int(match["line"]) - 1]
    else:
        where = f"line {len(lines)}, column {len(lines[-1]) + 1}"
        line = ""
    return RubricIssue(source, where, _toml_message(match["what"], line))


def _toml_message(what: str, line: str) -> str:
    if what == "Cannot overwrite a value":
        # tomllib does not name the key; the line it stopped on usually does.
        key = re.fullmatch(r"\s*\[*\s*([A-Za-z0-9_.\-]+)\s*(?:\]+|=.*)\s*(?:#.*)?", line)
        return f'the key "{key[1]}" is defined twice' if key else "the key is defined twice"
    if what in _TOML_PLAIN:
        return _TOML_PLAIN[what]
    declared = re.fullmatch(r"Cannot declare (.*) twice", what)
    if declared:
        return f"the table [{_dotted(declared[1])}] is declared twice"
    inline = re.fullmatch(r"Duplicate inline table key (.*)", what)
    if inline:
        return f'the key "{_dotted(inline[1])}" is defined twice in the inline table'
    if what.startswith(("Cannot mutate immutable namespace", "Cannot redefine namespace")):
        return "that key is already defined (as a value, list or inline table)"
    return what[:1].lower() + what[1:]


def _dotted(key_repr: str) -> str:
    # tomllib shows keys as Python reprs: ('first_impression', 'anchors') or 'weight'.
    try:
        key = ast.literal_eval(key_repr)
    except (ValueError, SyntaxError):
        return key_repr
    if isinstance(key, tuple):
        return ".".join(str(part) for part in key)
    return str(key)


def read_toml(text: str, source: str) -> dict[str, Any]:
    """The tables in TOML text; RubricError naming the line and column of a syntax error."""
    text = text.removeprefix("\ufeff")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RubricError([_toml_issue(error, text, source)]) from error


def parse_rubric(text: str, source: str) -> Rubric:
    """The rubric in TOML text; RubricError listing every problem, each naming source and place."""
    return _validate(read_toml(text, source), source)


def _decode(data: bytes, source: str) -> str:
    offset = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[offset:].decode("utf-8")
    except UnicodeDecodeError as error:
        position = offset + error.start
        line = data.count(b"\n", 0, position) + 1
        issue = RubricIssue(
            source,
            f"byte {position}",
            f"the file is not UTF-8 text (byte 0x{data[position]:02X} on line {line} cannot be "
            "read); save it with the UTF-8 encoding",
        )
        raise RubricError([issue]) from error


def read_toml_text(path: str | os.PathLike[str], kind: str = "rubric file") -> str:
    """The UTF-8 text of that file; RubricError if it is missing, unreadable or not UTF-8."""
    source = os.fspath(path)
    try:
        data = pathlib.Path(path).read_bytes()
    except FileNotFoundError as error:
        raise RubricError([RubricIssue(source, "", "the file does not exist")]) from error
    except IsADirectoryError as error:
        raise RubricError([RubricIssue(source, "", f"is a folder, not a {kind}")]) from error
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        issue = RubricIssue(source, "", f"the file cannot be read: {reason}")
        raise RubricError([issue]) from error
    return _decode(data, source)


def load_rubric(path: str | os.PathLike[str]) -> Rubric:
    """The rubric in that file; RubricError if it is missing, unreadable, not TOML or invalid."""
    return parse_rubric(read_toml_text(path), os.fspath(path))


def rubric_from_json(data: str) -> Rubric:
    """The rubric stored as canonical_json(); the same content, so the same hash."""
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as error:
        raise RubricError(
            [RubricIssue(STORED_SOURCE, "", f"the stored rubric is not valid JSON: {error}")]
        ) from error
    return _validate(raw, STORED_SOURCE)


def default_rubric_path() -> pathlib.Path:
    """The shipped "Customer service representative" rubric."""
    # Imported here: the domain layer needs to know where resources live only for this one file.
    from hireapp.assets import resource_path

    return resource_path("rubrics/customer-service.toml")


def slug_for(title: str) -> str:
    """An id for a rubric named `title`: its letters without accents, lower-case, words joined
    by hyphens ("Équipe Service client" -> "equipe-service-client"); "rubric" when none is left."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", plain.lower())) or "rubric"


def new_rubric_data(
    slug: str, title: str, start: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """A new rubric's data (what a rubric file holds), version "1", with its own id and title:
    a deep copy of `start` (another rubric's data) or, without one, the smallest outline a hiring
    lead fills in: the first impression, one section and one question, every text still empty
    (so the loader's rules list what is left to write)."""
    if start is not None:
        data = json.loads(json.dumps(start))
    else:
        data = {
            "description": "",
            "first_impression": {
                "title": "First impression",
                "prompt": "",
                "seconds": 30,
                "weight": 0.0,
                "anchors": {},
                "cues": [],
            },
            "sections": [
                {
                    "id": "section-1",
                    "title": "",
                    "description": "",
                    "questions": [
                        {
                            "id": "question-1",
                            "title": "",
                            "text": "",
                            "probes": [],
                            "weight": 1.0,
                            "anchors": {},
                        }
                    ],
                }
            ],
        }
    data.update(id=slug, title=title, version="1")
    return dict(data)
