# SPDX-License-Identifier: MIT
"""Reading a JSON file without building its long lists: where each member and element stands.

`json.loads` of a file of a million tiny wrong items builds a million Python objects before
anything is checked. Here the top-level object is walked member by member, and a list member
element by element (each element decoded and dropped), so the whole text is checked to be JSON
at the cost of one element at a time; the caller then validates each element's own text. The
errors are json's own (`JSONDecodeError`, with the line), as `json.loads` would raise them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip(text: str, position: int) -> int:
    found = _SPACE.match(text, position)
    assert found is not None, "the pattern matches the empty string"
    return found.end()


def _expect(text: str, position: int, char: str, message: str) -> None:
    if text[position : position + 1] != char:
        raise json.JSONDecodeError(message, text, position)


def elements(text: str, start: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of each element of the array whose "[" is at `start`.

    Raises:
        json.JSONDecodeError: where the array stops being JSON.
    """
    position = _skip(text, start + 1)
    if text[position : position + 1] == "]":
        return
    while True:
        _, end = _DECODER.raw_decode(text, position)
        yield position, end
        position = _skip(text, end)
        if text[position : position + 1] == "]":
            return
        _expect(text, position, ",", "Expecting ',' delimiter")
        position = _skip(text, position + 1)


def _value_end(text: str, start: int) -> int:
    """Where the value at `start` ends; an array is walked element by element."""
    if text[start : start + 1] != "[":
        return _DECODER.raw_decode(text, start)[1]
    last = start + 1
    for span in elements(text, start):
        last = span[1]
    return _skip(text, last) + 1  # past the "]" that elements() found


def members(text: str) -> dict[str, tuple[int, int]] | None:
    """The (start, end) of each top-level member's value, or None when the text is no object.

    The whole text is checked to be one JSON value; a repeated key keeps its last value, as
    `json.loads` does.

    Raises:
        json.JSONDecodeError: where the text stops being JSON.
    """
    position = _skip(text, 0)
    if text[position : position + 1] != "{":
        end = _value_end(text, position)
        spans = None
    else:
        spans = {}
        position = _skip(text, position + 1)
        if text[position : position + 1] == "}":
            end = position + 1
        else:
            while True:
                message = "Expecting property name enclosed in double quotes"
                _expect(text, position, '"', message)
                key, position = _DECODER.raw_decode(text, position)
                position = _skip(text, position)
                _expect(text, position, ":", "Expecting ':' delimiter")
                position = _skip(text, position + 1)
                end = _value_end(text, position)
                spans[key] = (position, end)
                position = _skip(text, end)
                if text[position : position + 1] == "}":
                    end = position + 1
                    break
                _expect(text, position, ",", "Expecting ',' delimiter")
                position = _skip(text, position + 1)
    rest = _skip(text, end)
    if rest != len(text):
        raise json.JSONDecodeError("Extra data", text, rest)
    return spans
