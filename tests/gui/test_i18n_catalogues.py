# SPDX-License-Identifier: MIT
"""The translation catalogues: current with the code, complete in German, compiled, and every
translation keeping the placeholders its program fills in (issue 12, item 2)."""

from __future__ import annotations

import importlib.util
import pathlib
import re
import shutil
import xml.etree.ElementTree as ET
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


def test_the_catalogues_hold_every_text_the_code_marks(tmp_path: pathlib.Path) -> None:
    """lupdate run afresh finds nothing that translations/hireapp_de.ts lacks: a text wrapped in
    tr() without `tools/translations.py` run after it would show in English to a German user."""
    copy = tmp_path / "hireapp_de.ts"
    shutil.copy(tool.ts_path("de"), copy)
    sources = [str(p.relative_to(ROOT)) for p in tool.source_files()]
    import subprocess

    subprocess.run(
        [tool._tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         *sources, "-ts", str(copy)],
        cwd=ROOT, check=True,
    )  # fmt: skip
    before = {(ctx, m.findtext("source")) for ctx, m in _messages(tool.ts_path("de"))}
    after = {(ctx, m.findtext("source")) for ctx, m in _messages(copy)}
    assert sorted(after - before, key=str) == [], "run tools/translations.py"
    assert sorted(before - after, key=str) == [], "run tools/translations.py (texts went away)"


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
