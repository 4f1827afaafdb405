# SPDX-License-Identifier: MIT
"""Every text the PDFs and the command line mark for translation reached the catalogues, and the
JSON copy they read is that of the .ts sources (issue 12, item 2)."""

from __future__ import annotations

import ast
import importlib.util
import pathlib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from types import ModuleType

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools/translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _marked(path: pathlib.Path) -> Iterator[tuple[str, str, int]]:
    """(context, text, line) of each translate(...) / QT_TRANSLATE_NOOP(...) with literals."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name not in ("translate", "QT_TRANSLATE_NOOP"):
            continue
        context, text = node.args[0], node.args[1]
        if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
            yield str(context.value), str(text.value), node.lineno


def test_every_text_of_the_pdfs_and_the_command_line_is_in_the_catalogue() -> None:
    root = ET.parse(tool.ts_path("de")).getroot()
    known = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    sources = [p for p in tool.source_files() if "gui" not in p.parts and p.suffix == ".py"]
    assert any("reports" in p.parts for p in sources) and any("cli" in p.parts for p in sources)
    marked = [(p, *m) for p in sources for m in _marked(p)]
    assert len(marked) > 100
    missing = [
        f"{path.relative_to(ROOT)}:{line}: {context}: {text!r}"
        for path, context, text, line in marked
        if (context, text) not in known
    ]
    assert not missing, "lupdate did not take these:\n" + "\n".join(missing)


def test_the_plain_catalogues_are_those_of_the_sources() -> None:
    for ts in sorted(tool.TS_DIR.glob("hireapp_*.ts")):
        shipped = tool.json_path(ts)
        assert shipped.read_text(encoding="utf-8") == tool.plain_catalogue(ts), (
            f"{shipped.name} is stale: run tools/translations.py release"
        )
