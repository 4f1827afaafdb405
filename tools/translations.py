# SPDX-License-Identifier: MIT
"""Keep the GUI's translation catalogues: extract, pseudo-translate, fill and compile.

    .venv/bin/python tools/translations.py             # update, pseudo, release (make translations)
    .venv/bin/python tools/translations.py update      # lupdate the GUI sources into translations/
    .venv/bin/python tools/translations.py pseudo      # regenerate translations/hireapp_pseudo.ts
    .venv/bin/python tools/translations.py release     # lrelease into resources/translations/*.qm
    .venv/bin/python tools/translations.py missing de  # unfinished German texts, as fill-ready JSON
    .venv/bin/python tools/translations.py fill de FILE.json  # put FILE's translations in the .ts
    .venv/bin/python tools/translations.py check       # exit 1: a language incomplete, a .qm stale

Sources are every Python file under hireapp/gui (the generated forms excepted: their .ui files in
ui/ are read instead, with the same contexts), ui/*.ui, and the Python of hireapp/reports and
hireapp/cli with hireapp/domain/catalogue.py (their texts are read without Qt from the JSON copy
`release` writes beside each .qm). Each translations/hireapp_<lang>.ts
other than the pseudo-locale is a source a translator edits; hireapp_pseudo.ts is generated from
the German one's messages and never edited by hand. English is the source language: its .ts holds
only the plural texts ("%n questions" becomes "1 question"), as Qt's own practice is. The
compiled .qm files are committed beside the other resources; tests/gui/test_i18n_catalogues.py
fails when one is stale.

FILE.json for `fill` maps a context (a class name, or "*" for every context holding the text) to
source texts and their translations; a plural is a list of forms:

    {"MainWindow": {"&File": "&Datei", "%n candidate(s)": ["%n Kandidat", "%n Kandidaten"]},
     "*": {"Cancel": "Abbrechen"}}

It imports nothing from hireapp and needs only PySide6's tools beside the interpreter.
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
GUI_DIR = ROOT / "hireapp" / "gui"
# Outside the GUI: the PDFs' and the command line's own texts, read without Qt by
# hireapp.domain.catalogue from the JSON that `release` writes beside each .qm.
PLAIN_SOURCES = (ROOT / "hireapp" / "reports", ROOT / "hireapp" / "cli")
PLAIN_FILES = (ROOT / "hireapp" / "domain" / "catalogue.py",)
UI_DIR = ROOT / "ui"
PSEUDO = "pseudo"
PREFIX = "hireapp_"
ENGLISH = "en"  # the source language: only its plural forms need translating
REFERENCE = "de"  # the complete translation the pseudo-locale is generated from

# Texts Qt itself shows in our windows (standard dialog buttons, message boxes). German comes
# from Qt's own qtbase_de.qm; the pseudo-locale has no such file, so these are pseudo-translated
# into hireapp_pseudo.qm under Qt's contexts, and the pseudo-locale walk sees Qt's buttons too.
QT_OWN_TEXTS = {
    "QPlatformTheme": [
        "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
        "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
        "Restore Defaults",
    ],
    "QGnomeTheme": ["&OK", "&Save", "&Cancel", "&Close", "Close without Saving"],
    "QMessageBox": ["Show Details...", "Hide Details...", "OK", "Help"],
    "QDialogButtonBox": ["OK"],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QWidgetTextControl": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
                           "Copy &Link Location"],
}  # fmt: skip


def _tool(name: str) -> str:
    """The path of a PySide6 tool beside this interpreter (the virtualenv's), else on PATH."""
    beside = pathlib.Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def source_files() -> list[pathlib.Path]:
    """Every file lupdate reads: GUI Python (not the generated forms), the Designer forms, and
    the reports' and the command line's Python (their `translate("Context", "text")` calls)."""
    python = [
        path
        for path in sorted(GUI_DIR.rglob("*.py"))
        if "forms" not in path.relative_to(GUI_DIR).parts and "__pycache__" not in path.parts
    ]
    plain = [
        path
        for folder in PLAIN_SOURCES
        for path in sorted(folder.rglob("*.py"))
        if "__pycache__" not in path.parts
    ]
    return python + sorted(UI_DIR.glob("*.ui")) + plain + list(PLAIN_FILES)


def ts_path(language: str) -> pathlib.Path:
    return TS_DIR / f"{PREFIX}{language}.ts"


def qm_path(language: str) -> pathlib.Path:
    return QM_DIR / f"{PREFIX}{language}.qm"


def languages() -> list[str]:
    """The translated languages with a .ts source, the pseudo-locale excluded."""
    found = {p.stem.removeprefix(PREFIX) for p in TS_DIR.glob(f"{PREFIX}*.ts")}
    return sorted((found - {PSEUDO}) | {REFERENCE, ENGLISH})


def extract() -> ET.Element:
    """Every text the sources mark, as pyside6-lupdate reads them, in a fresh catalogue."""
    sources = [str(p.relative_to(ROOT)) for p in source_files()]
    with tempfile.TemporaryDirectory() as scratch:
        fresh = pathlib.Path(scratch) / "fresh.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources,
             "-ts", str(fresh)],
            cwd=ROOT, check=True,
        )  # fmt: skip
        return ET.parse(fresh).getroot()


def _key(message: ET.Element) -> tuple[str, str]:
    return message.findtext("source") or "", message.findtext("comment") or ""


def update() -> None:
    """Bring each language's .ts up to the sources: new texts unfinished, vanished ones gone,
    translations kept.

    lupdate only extracts; the merge is done here, because lupdate (PySide6 6.11) marks a text as
    a plural for self.tr(text, "", count) but not for QCoreApplication.translate(context, text,
    "", count) unless the count is a literal number, and on merging it throws away the plural
    forms already translated for such a text. Here every text holding %n is a plural. The English
    catalogue holds only the plurals.
    """
    TS_DIR.mkdir(exist_ok=True)
    fresh = extract()
    for language in languages():
        target = ts_path(language)
        old: dict[tuple[str, tuple[str, str]], ET.Element] = {}
        if target.exists():
            for context_name, message in _messages(ET.parse(target).getroot()):
                old[(context_name, _key(message))] = message
        root = ET.Element("TS", version="2.1", language=language)
        for context in fresh.iter("context"):
            name = context.findtext("name") or ""
            kept = ET.Element("context")
            ET.SubElement(kept, "name").text = name
            for message in context.iter("message"):
                source, comment = _key(message)
                plural = bool(re.search(r"%L?n", source))
                if language == ENGLISH and not plural:
                    continue
                previous = old.get((name, (source, comment)))
                kept.append(_merged(source, comment, plural, previous))
            if len(kept) > 1:
                root.append(kept)
        _write(ET.ElementTree(root), target)
        print(f"updated {target.relative_to(ROOT)}")


def _merged(source: str, comment: str, plural: bool, previous: ET.Element | None) -> ET.Element:
    """A message for the catalogue: the previous translation when there is one."""
    message = ET.Element("message")
    if plural:
        message.set("numerus", "yes")
    ET.SubElement(message, "source").text = source
    if comment:
        ET.SubElement(message, "comment").text = comment
    translation = ET.SubElement(message, "translation")
    old = None if previous is None else previous.find("translation")
    finished = old is not None and old.get("type") != "unfinished"
    if not finished:
        translation.set("type", "unfinished")
    if plural:
        forms = [] if old is None else [form.text or "" for form in old.iter("numerusform")]
        if not forms and old is not None and old.text:
            forms = [old.text]
        forms = (forms + [""] * 2)[:2] if len(forms) < 2 else forms
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    elif old is not None:
        translation.text = old.text
    return message


# --- the pseudo-locale --------------------------------------------------------------------------

_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# What must reach the program untouched: Qt's %n and %Ln, %1..%99 and %L1, Python {name} fields,
# rich-text tags and entities, and a mnemonic's letter (&x, whose letter is the shortcut) or "&&".
_KEEP = re.compile(
    r"%L?\d{1,2}|%L?n|\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|<[^<>]*>|&[a-zA-Z#0-9]+;|&&|&[^&{\s]"
)


def pseudo_translate(text: str) -> str:
    """ "Save all" -> "[Šåṽé åļļ ~~~~]": accented, ~40% longer, bracketed, placeholders intact."""
    if not text.strip():
        return text
    pieces: list[str] = []
    letters = 0
    position = 0
    for match in _KEEP.finditer(text):
        plain = text[position : match.start()]
        pieces.append("".join(_ACCENTED.get(c, c) for c in plain))
        letters += len(plain)
        kept = match.group()
        pieces.append(kept)
        if kept.startswith("&") and len(kept) == 2 and kept != "&&":
            letters += 1
        position = match.end()
    tail = text[position:]
    pieces.append("".join(_ACCENTED.get(c, c) for c in tail))
    letters += len(tail)
    padding = "~" * max(1, math.ceil(letters * 0.4))
    body = "".join(pieces)
    # A multi-line text keeps its lines; the padding goes on the last one.
    return f"[{body} {padding}]"


def pseudo() -> None:
    """Write hireapp_pseudo.ts: every message of the first language's .ts, pseudo-translated."""
    tree = ET.parse(ts_path(REFERENCE))
    root = tree.getroot()
    root.set("language", "en")
    root.attrib.pop("sourcelanguage", None)
    present = {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }
    for context_name, texts in QT_OWN_TEXTS.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for text in texts:
            if (context_name, text) not in present:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = text
                ET.SubElement(message, "translation")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if (message.findtext("comment") or "").startswith("format:"):
            # A date pattern ("d MMM yyyy") is read by QLocale, not shown: kept as it is.
            translation.text = source
        elif message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):  # English plural rules: one, other
                ET.SubElement(translation, "numerusform").text = pseudo_translate(source)
        else:
            translation.text = pseudo_translate(source)
    _write(tree, ts_path(PSEUDO))
    print(f"generated {ts_path(PSEUDO).relative_to(ROOT)}")


# --- filling translations -----------------------------------------------------------------------


def _write(tree: ET.ElementTree[ET.Element], path: pathlib.Path) -> None:
    root = tree.getroot()
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def _messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") == "unfinished"


def fill(language: str, json_file: pathlib.Path) -> int:
    """Put the translations of json_file into the language's .ts; how many messages changed."""
    try:
        wanted = json.loads(json_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SystemExit(f"{json_file}: cannot read the translations: {exc}") from exc
    if not isinstance(wanted, dict):
        raise SystemExit(
            f"{json_file}: expected an object of contexts, got {type(wanted).__name__}"
        )
    path = ts_path(language)
    tree = ET.parse(path)
    changed = 0
    used: set[tuple[str, str]] = set()
    for context, message in _messages(tree.getroot()):
        source = message.findtext("source") or ""
        for key in (context, "*"):
            value = wanted.get(key, {}).get(source) if isinstance(wanted.get(key), dict) else None
            if value is None:
                continue
            if key == "*" and not _unfinished(message):
                used.add((key, source))
                break
            _set_translation(message, value, json_file, context, source)
            used.add((key, source))
            changed += 1
            break
    unknown = [
        f"{ctx}: {src!r}"
        for ctx, texts in wanted.items()
        if isinstance(texts, dict)
        for src in texts
        if (ctx, src) not in used
    ]
    _write(tree, path)
    for line in unknown:
        print(f"{json_file}: no such message in {path.name}: {line}", file=sys.stderr)
    print(f"{path.relative_to(ROOT)}: {changed} translation(s) filled")
    return changed


def _set_translation(
    message: ET.Element, value: object, json_file: pathlib.Path, context: str, source: str
) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = [value] if isinstance(value, str) else value
        if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
            raise SystemExit(f"{json_file}: {context}: {source!r}: a plural takes a list of texts")
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        if not isinstance(value, str):
            raise SystemExit(f"{json_file}: {context}: {source!r}: expected a text")
        translation.text = value


def missing(language: str) -> dict[str, dict[str, object]]:
    """The unfinished messages of a language, shaped as `fill` reads them (translations empty)."""
    result: dict[str, dict[str, object]] = {}
    for context, message in _messages(ET.parse(ts_path(language)).getroot()):
        if _unfinished(message):
            source = message.findtext("source") or ""
            empty: object = ["", ""] if message.get("numerus") == "yes" else ""
            result.setdefault(context, {})[source] = empty
    return result


# --- compiling ----------------------------------------------------------------------------------


def compile_ts(ts: pathlib.Path, qm: pathlib.Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )


def plain_catalogue(ts: pathlib.Path) -> str:
    """The finished translations of a .ts as the JSON hireapp.domain.catalogue reads (no Qt).

    {"Context": {"source": "translation", "plural %n": ["one", "other"]}}; a message with a
    comment is keyed "source\u0004comment". Sorted, so the file changes only with the texts.
    """
    result: dict[str, dict[str, object]] = {}
    for context, message in _messages(ET.parse(ts).getroot()):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        source, comment = _key(message)
        key = f"{source}\x04{comment}" if comment else source
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if not any(forms):
                continue
            value: object = forms
        else:
            if not translation.text:
                continue
            value = translation.text
        result.setdefault(context, {})[key] = value
    return json.dumps(result, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def json_path(ts: pathlib.Path) -> pathlib.Path:
    return QM_DIR / f"{ts.stem}.json"


def release() -> None:
    """Compile every .ts (the pseudo-locale's too) into resources/translations/*.qm, and write
    the same catalogue as *.json for the PDFs and the command line."""
    for ts in sorted(TS_DIR.glob(f"{PREFIX}*.ts")):
        qm = QM_DIR / f"{ts.stem}.qm"
        compile_ts(ts, qm)
        json_path(ts).write_text(plain_catalogue(ts), encoding="utf-8")
        print(f"compiled {qm.relative_to(ROOT)} and {json_path(ts).relative_to(ROOT)}")


def stale() -> list[str]:
    """The .qm files that differ from what their .ts compiles to now (or are missing)."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in sorted(TS_DIR.glob(f"{PREFIX}*.ts")):
            fresh = pathlib.Path(scratch) / f"{ts.stem}.qm"
            compile_ts(ts, fresh)
            committed = QM_DIR / f"{ts.stem}.qm"
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                problems.append(str(committed.relative_to(ROOT)))
            plain = json_path(ts)
            if not plain.exists() or plain.read_text(encoding="utf-8") != plain_catalogue(ts):
                problems.append(str(plain.relative_to(ROOT)))
    return problems


def check(languages_to_check: Iterable[str]) -> int:
    status = 0
    for language in languages_to_check:
        left = sum(len(texts) for texts in missing(language).values())
        if left:
            print(f"{ts_path(language).name}: {left} message(s) unfinished")
            status = 1
    for problem in stale():
        print(f"{problem} is stale: run tools/translations.py release")
        status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("all", help="update, pseudo and release (the default)")
    sub.add_parser("update", help="extract texts into translations/*.ts")
    sub.add_parser("pseudo", help="regenerate the pseudo-locale")
    sub.add_parser("release", help="compile the .qm files")
    missing_cmd = sub.add_parser("missing", help="print unfinished messages as JSON")
    missing_cmd.add_argument("language")
    fill_cmd = sub.add_parser("fill", help="fill translations from a JSON file")
    fill_cmd.add_argument("language")
    fill_cmd.add_argument("json_file", type=pathlib.Path)
    check_cmd = sub.add_parser("check", help="fail on unfinished messages or stale .qm files")
    check_cmd.add_argument("languages", nargs="*")
    args = parser.parse_args(argv)
    command = args.command or "all"
    if command in ("all", "update"):
        update()
    if command in ("all", "pseudo") or (command == "update"):
        pseudo()
    if command in ("all", "release"):
        release()
    if command == "missing":
        json.dump(missing(args.language), sys.stdout, ensure_ascii=False, indent=1)
        print()
    if command == "fill":
        fill(args.language, args.json_file)
        pseudo()
        release()
    if command == "check":
        return check(args.languages or languages())
    return 0


if __name__ == "__main__":
    sys.exit(main())
