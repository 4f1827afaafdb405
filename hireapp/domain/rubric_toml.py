# SPDX-License-Identifier: MIT
"""A rubric written back as TOML, in one canonical, readable layout.

The layout is the one docs/rubric-format.md shows: top-level keys, the first impression with its
anchors and cues, then each section followed by its questions, each question followed by its
anchors. Every value is written from the validated rubric (defaults included, texts as cleaned),
so reading the file back gives the same content and the same content hash, and writing a rubric
read from a file this module wrote gives that file again, byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable

from hireapp.domain.rubric import Anchors, Rubric

HEADER = "# A hireapp rubric. The format is described in docs/rubric-format.md.\n"

# Escapes TOML's basic strings know by a short name; other control characters are written \uXXXX.
_SHORT = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def _escaped(text: str, *, keep_newlines: bool = False) -> str:
    out = []
    for char in text:
        if keep_newlines and char == "\n":
            out.append("\n")
        elif char in _SHORT:
            out.append(_SHORT[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return "".join(out)


def toml_string(text: str) -> str:
    """A TOML string holding `text` exactly: one line, or a multi-line string if it has lines."""
    if "\n" in text:
        # The newline right after the opening quotes is not part of the text (TOML 1.0).
        return '"""\n' + _escaped(text, keep_newlines=True) + '"""'
    return '"' + _escaped(text) + '"'


def _number(value: float) -> str:
    """A float as TOML reads it back exactly (repr is the shortest exact form)."""
    text = repr(float(value))
    return text if any(c in text for c in ".en") else text + ".0"


def _pairs(pairs: Iterable[tuple[str, str]]) -> list[str]:
    return [f"{key} = {value}" for key, value in pairs]


def _strings(items: tuple[str, ...]) -> str:
    if not items:
        return "[]"
    return "[\n" + "".join(f"    {toml_string(item)},\n" for item in items) + "]"


def _anchors(table: str, anchors: Anchors) -> list[str]:
    return [
        "",
        f"[{table}]",
        *_pairs((str(level), toml_string(text)) for level, text in anchors.items()),
    ]


def rubric_toml(rubric: Rubric) -> str:
    """The rubric as the text of a rubric file."""
    lines = [HEADER.rstrip("\n")]
    top = [("id", toml_string(rubric.id)), ("title", toml_string(rubric.title)),
           ("version", toml_string(rubric.version))]  # fmt: skip
    if rubric.description:
        top.append(("description", toml_string(rubric.description)))
    lines += _pairs(top)

    first = rubric.first_impression
    lines += ["", "[first_impression]"]
    lines += _pairs([
        ("title", toml_string(first.title)), ("prompt", toml_string(first.prompt)),
        ("seconds", str(first.seconds)), ("weight", _number(first.weight)),
    ])  # fmt: skip
    lines += _anchors("first_impression.anchors", first.anchors)
    for cue in first.cues:
        lines += ["", "[[first_impression.cues]]"]
        lines += _pairs([("id", toml_string(cue.id)), ("label", toml_string(cue.label))])

    for section in rubric.sections:
        lines += ["", "[[sections]]"]
        keys = [("id", toml_string(section.id)), ("title", toml_string(section.title))]
        if section.description:
            keys.append(("description", toml_string(section.description)))
        lines += _pairs(keys)
        for question in section.questions:
            lines += ["", "[[sections.questions]]"]
            lines += _pairs([
                ("id", toml_string(question.id)), ("title", toml_string(question.title)),
                ("text", toml_string(question.text)), ("probes", _strings(question.probes)),
                ("weight", _number(question.weight)),
            ])  # fmt: skip
            lines += _anchors("sections.questions.anchors", question.anchors)
    return "\n".join(lines) + "\n"
