# SPDX-License-Identifier: MIT
"""The translation catalogues: current with the code, complete in German, compiled, and every
translation keeping the placeholders its program fills in (issue 12, item 2)."""

from __future__ import annotations

import ast
import importlib.util
import pathlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from types import ModuleType

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _messages(path: pathlib.Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


_FIELDS = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d|%n")


def _fields(text: str) -> list[str]:
    return sorted(_FIELDS.findall(text))


def test_the_catalogues_hold_every_text_the_code_marks() -> None:
    """lupdate run afresh finds nothing that translations/hireapp_de.ts lacks: a text wrapped in
    tr() without `tools/translations.py` run after it would show in English to a German user."""
    fresh = {
        (context.findtext("name"), message.findtext("source"))
        for context in tool.extract().iter("context")
        for message in context.iter("message")
    }
    kept = {(ctx, m.findtext("source")) for ctx, m in _messages(tool.ts_path("de"))}
    assert sorted(fresh - kept, key=str) == [], "run tools/translations.py"
    assert sorted(kept - fresh, key=str) == [], "run tools/translations.py (texts went away)"


def _marked(path: pathlib.Path) -> Iterator[tuple[str, str, int]]:
    """(context, text, line) of every literal text a GUI module hands to tr(), translate() or
    QT_TRANSLATE_NOOP(), read with Python's own parser."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    classes: list[tuple[int, int, str]] = [
        (node.lineno, node.end_lineno or node.lineno, node.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]

    def literal(node: ast.expr) -> str | None:
        return (
            node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
        )

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, text = literal(node.args[0]), literal(node.args[1])
            if context is not None and text is not None:
                yield context, text, node.lineno
        elif name == "tr" and isinstance(node.func, ast.Attribute):
            text = literal(node.args[0])
            inside = [c for c in classes if c[0] <= node.lineno <= c[1]]
            if text is not None and inside:
                yield max(inside)[2], text, node.lineno


def test_every_text_marked_in_the_code_reached_the_catalogue() -> None:
    """lupdate's Python reader silently skips some calls (a plural count written as
    `draft.questions` in QCoreApplication.translate, measured with PySide6 6.11): such a text
    would stay English in every language. Python's own parser finds them all."""
    catalogue = {(ctx, m.findtext("source")) for ctx, m in _messages(tool.ts_path("de"))}
    missing = [
        f"{path.relative_to(ROOT)}:{line}: {context}: {text!r}"
        for path in tool.source_files()
        if path.suffix == ".py"
        for context, text, line in _marked(path)
        if (context, text) not in catalogue
    ]
    assert not missing, "lupdate did not take these (write the call more simply):\n" + "\n".join(
        missing
    )


@pytest.mark.parametrize("language", ["de", "en"])
def test_german_and_the_english_plurals_are_complete(language: str) -> None:
    missing = tool.missing(language)
    assert missing == {}, f"fill them: tools/translations.py missing {language}"


def test_the_compiled_catalogues_are_those_of_the_sources() -> None:
    """The .qm files are committed (the wheel ships them, nothing compiles at install time)."""
    assert tool.stale() == [], "run tools/translations.py release"


@pytest.mark.parametrize("language", ["de", "en", "pseudo"])
def test_every_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    """A German text without the {name} its code fills would raise in str.format, or lose the
    value; %n left out would say no number at all."""
    wrong = []
    for context, message in _messages(tool.ts_path(language)):
        source = message.findtext("source") or ""
        forms = _translations(message)
        for index, text in enumerate(forms):
            expected = _fields(source)
            if index < len(forms) - 1:
                # A singular may say the number in words ("the first second", "once").
                expected = [field for field in expected if field != "%n"]
                text_fields = [field for field in _fields(text) if field != "%n"]
            else:
                text_fields = _fields(text)
            if text and text_fields != expected:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == []


def test_every_mnemonic_stays_a_mnemonic_in_german() -> None:
    """A source with an &-letter keeps one in German, so Alt+letter still reaches it."""
    lost = []
    for context, message in _messages(tool.ts_path("de")):
        source = message.findtext("source") or ""
        has = re.search(r"&[^&\s]", source.replace("&&", ""))
        for text in _translations(message):
            if text and has and not re.search(r"&[^&\s]", text.replace("&&", "")):
                lost.append(f"{context}: {source!r} -> {text!r}")
    assert lost == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Save all", "[Šåṽé åļļ ~~~~]"),
        ("&Resume", "[&Réšûɱé ~~~]"),
        ("Added {name}.", "[Åððéð {name}. ~~~]"),
        ("%n questions", "[%n ǫûéšţîöñš ~~~~]"),
        ("<b>Note</b> %1", "[<b>Ñöţé</b> %1 ~~]"),
    ],
)
def test_the_pseudo_locale_accents_lengthens_and_keeps_what_the_program_reads(
    source: str, expected: str
) -> None:
    assert tool.pseudo_translate(source) == expected


def test_the_pseudo_catalogue_translates_every_message_and_qt_s_buttons() -> None:
    messages = _messages(tool.ts_path("pseudo"))
    german = {(ctx, m.findtext("source")) for ctx, m in _messages(tool.ts_path("de"))}
    pseudo = {(ctx, m.findtext("source")) for ctx, m in messages}
    assert german <= pseudo
    assert ("QPlatformTheme", "Cancel") in pseudo
    for _context, message in messages:
        comment = message.findtext("comment") or ""
        for text in _translations(message):
            assert comment.startswith("format:") or (text.startswith("[") and text.endswith("]"))
