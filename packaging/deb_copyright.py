# SPDX-License-Identifier: MIT
"""debian/copyright for the package: the hand-written paragraphs of packaging/debian/copyright.in
(hireapp, PyInstaller, Python, Qt, the fonts) and one paragraph per Python distribution found in
the bundle, with the licence its metadata declares and the licence files it ships.

The bundle decides what is listed: the modules PyInstaller packed (its PYZ table of contents) and
the folders under _internal/, mapped to distributions through the build environment's metadata.
`uncovered` then names every file of /opt/hireapp no paragraph covers; build_deb.py refuses to
build while there is one.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.metadata
import pathlib
import re
import sys
import sysconfig
from collections.abc import Iterable

ROOT = pathlib.Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "packaging" / "debian" / "copyright.in"
PREFIX = "opt/hireapp"

# Written by hand in copyright.in: Qt and its Python bindings, one licence for several wheels.
HANDWRITTEN = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6", "pyinstaller"}

# Distributions whose metadata has no SPDX License-Expression, read from their licence files.
LICENSES = {
    "reportlab": "BSD-3-Clause",
    "uharfbuzz": "Apache-2.0",
    "python-bidi": "LGPL-3+",
    "charset-normalizer": "MIT",
}

# Full texts Debian keeps in /usr/share/common-licenses: referred to, not repeated.
COMMON = (
    ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3", "LGPL-3"),
    ("GNU GENERAL PUBLIC LICENSE", "Version 3", "GPL-3"),
    ("GNU GENERAL PUBLIC LICENSE", "Version 2", "GPL-2"),
    ("Apache License", "Version 2.0", "Apache-2.0"),
)


def indented(text: str) -> str:
    """Text as the continuation lines of a field: one space in front, "." for an empty line."""
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    return "\n".join(f" {line}" if line.strip() else " ." for line in lines)


def common_license(text: str) -> str | None:
    head = text[:600]
    for title, version, name in COMMON:
        if title in head and version in head and len(text) > 5000:
            return name
    return None


# A full Apache License 2.0 inside a longer notice (Pillow quotes it for a library it bundles).
APACHE_FULL = re.compile(
    r"^[ \t]*Apache License\s*\n\s*Version 2\.0, January 2004.*?END OF TERMS AND CONDITIONS"
    r"(\s*APPENDIX: How to apply the Apache License.*?limitations under the License\.)?",
    re.DOTALL | re.MULTILINE,
)


def without_full_common_texts(text: str) -> str:
    return APACHE_FULL.sub("[The Apache License 2.0: on Debian systems its complete text is in "
                           "/usr/share/common-licenses/Apache-2.0.]", text)  # fmt: skip


def license_text(files: Iterable[pathlib.Path]) -> str:
    parts = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        common = common_license(text)
        if common:
            parts.append(f"On Debian systems, the complete text of {path.name} ({common}) can be "
                         f"found in /usr/share/common-licenses/{common}.")  # fmt: skip
        else:
            parts.append(f"{path.name}:\n\n{without_full_common_texts(text)}")
    return "\n\n".join(parts)


def copyright_lines(text: str, name: str) -> str:
    found = []
    for line in text.splitlines():
        line = line.strip()
        if re.match(r"(?i)copyright\s*(\(c\)|©|\d)", line) and line not in found:
            found.append(line.removeprefix("Copyright").removeprefix("copyright").strip())
    return "\n ".join(found[:4]) or f"the authors of {name}"


def bundled_modules(workpath: pathlib.Path) -> set[str]:
    """Top-level names of the Python modules PyInstaller packed into the program."""
    toc = ast.literal_eval((workpath / "PYZ-00.toc").read_text())
    entries = toc[1] if isinstance(toc[1], list) else toc
    return {entry[0].split(".")[0] for entry in entries}


def on_disk_names(internal: pathlib.Path) -> set[str]:
    """Top-level names of what lies under _internal/ (packages, .libs folders, dist-info)."""
    return {path.name for path in internal.iterdir()}


def distributions(
    modules: set[str], internal: pathlib.Path
) -> dict[str, importlib.metadata.Distribution]:
    """The distributions the bundle holds something of, by normalised name."""
    owners = importlib.metadata.packages_distributions()
    on_disk = on_disk_names(internal)
    found: dict[str, importlib.metadata.Distribution] = {}
    unknown = []
    for module in sorted(modules | {n for n in on_disk if (internal / n).is_dir()}):
        if module in sys.stdlib_module_names or module.startswith(("pyi", "_pyi", "python3")):
            continue
        if module in {"hireapp", "base_library"} or module.endswith((".dist-info", ".libs")):
            continue
        names = owners.get(module)
        if not names:
            if module.startswith("_") or module in {"PySide6", "shiboken6"}:
                continue  # interpreter-internal helpers; Qt is written by hand
            unknown.append(module)
            continue
        for name in names:
            dist = importlib.metadata.distribution(name)
            found[normalised(dist.metadata["Name"])] = dist
    if unknown:
        raise LookupError(f"no distribution owns these bundled modules: {', '.join(unknown)}")
    return found


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def license_name(dist: importlib.metadata.Distribution) -> str:
    name = normalised(dist.metadata["Name"])
    declared = dist.metadata.get("License-Expression") or LICENSES.get(name)
    if not declared:
        raise LookupError(f"{name} declares no SPDX licence: add it to LICENSES in {__file__}")
    return "Expat" if declared == "MIT" else str(declared)  # Debian's name for the MIT licence


def licence_files(dist: importlib.metadata.Distribution) -> list[pathlib.Path]:
    named = re.compile(r"(?i)(licen[cs]e|copying|notice)")
    files = [pathlib.Path(str(dist.locate_file(f))) for f in dist.files or []]
    return [f for f in files if f.is_file() and named.match(f.name)]


def paragraph(dist: importlib.metadata.Distribution, internal: pathlib.Path) -> str | None:
    """The Files paragraph of what the distribution has on disk (None: it is all compiled into
    the program)."""
    tops = sorted({pathlib.PurePath(str(f)).parts[0] for f in dist.files or []}
                  & on_disk_names(internal))  # fmt: skip
    if not tops:
        return None
    patterns = [f"{PREFIX}/_internal/{top}" + ("/*" if (internal / top).is_dir() else "")
                for top in tops]  # fmt: skip
    # Libraries PyInstaller links beside the program point into the distribution's folders.
    for link in sorted(internal.iterdir()):
        if link.is_symlink() and link.readlink().parts[0] in tops:
            patterns.append(f"{PREFIX}/_internal/{link.name}")
    name = dist.metadata["Name"]
    text = license_text(licence_files(dist))
    where = "\n ".join(patterns)
    return (f"Files: {where}\n"
            f"Copyright: {copyright_lines(text, name)}\n"
            f"License: {license_name(dist)}\n"
            f"Comment: {name} {dist.version}; its licence text is in the {license_name(dist)} "
            "paragraph at the end.")  # fmt: skip


def python_license() -> str:
    candidates = [pathlib.Path(sysconfig.get_path("stdlib")) / "LICENSE.txt",
                  pathlib.Path(f"/usr/share/doc/python{sys.version_info[0]}.{sys.version_info[1]}"
                               "/copyright")]  # fmt: skip
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError("Python's licence text (LICENSE.txt) was not found")


BOOTLOADER = "GPL-2+ with PyInstaller-bootloader exception"


def license_paragraphs(dists: list[importlib.metadata.Distribution]) -> tuple[str, str]:
    """The program's License expression, and one stand-alone paragraph per licence named
    anywhere: its text, then the notices of every library under it."""
    own = ROOT / "packaging" / "debian"
    texts: dict[str, list[str]] = {
        BOOTLOADER: [(own / "license-PyInstaller-bootloader.txt").read_text("utf-8")],
        "PSF-2.0": [f"Python {sys.version.split()[0]}:\n\n{python_license()}"],
        "Expat": [f"hireapp:\n\n{(own / 'license-Expat.txt').read_text('utf-8')}"],
    }
    for dist in dists:
        name = license_name(dist)
        notice = license_text(licence_files(dist)) or f"{COMMON_TEXT.get(name, name)}"
        block = f"{dist.metadata['Name']} {dist.version}:\n\n{notice}"
        texts.setdefault(name, []).append(block)
    expression = " and ".join([BOOTLOADER, "PSF-2.0", "Expat",
                               *sorted(set(texts) - {BOOTLOADER, "PSF-2.0", "Expat"})])  # fmt: skip
    paragraphs = [f"License: {name}\n{indented(SEPARATOR.join(blocks))}"
                  for name, blocks in texts.items()]  # fmt: skip
    return expression, "\n\n".join(paragraphs)


SEPARATOR = "\n\n" + "-" * 72 + "\n\n"

# What to say for a licence whose distribution ships no licence file.
COMMON_TEXT = {
    "LGPL-3.0-only": "On Debian systems, the complete text of the GNU Lesser General Public "
    "License version 3 can be found in /usr/share/common-licenses/LGPL-3.",
}


def render(internal: pathlib.Path, workpath: pathlib.Path, versions: dict[str, str]) -> str:
    """The text of debian/copyright for the bundle whose _internal/ folder is given."""
    found = distributions(bundled_modules(workpath), internal)
    listed = [found[name] for name in sorted(found) if name not in HANDWRITTEN]
    files = [p for p in (paragraph(dist, internal) for dist in listed) if p]
    expression, licences = license_paragraphs(listed)
    text = TEMPLATE.read_text(encoding="utf-8")
    for match in re.findall(r"@FILE ([^@]+)@", text):
        text = text.replace(f"@FILE {match}@", indented((ROOT / match).read_text("utf-8")))
    text = text.replace("@DISTRIBUTIONS@", "\n\n".join(files))
    text = text.replace("@EXE_LICENSE@", expression).replace("@LICENSE_PARAGRAPHS@", licences)
    for key, value in versions.items():
        text = text.replace(f"@{key}@", value)
    return text


def file_patterns(text: str) -> list[str]:
    """The patterns of every Files field."""
    patterns: list[str] = []
    in_files = False
    for line in text.splitlines():
        if line.startswith("Files:"):
            in_files = True
            patterns += line.removeprefix("Files:").split()
        elif in_files and line.startswith(" "):
            patterns += line.split()
        else:
            in_files = False
    return patterns


def uncovered(text: str, stage: pathlib.Path) -> list[str]:
    """Files under /opt/hireapp that no paragraph names (the catch-all `*` aside)."""
    patterns = [p for p in file_patterns(text) if p != "*"]
    missing = []
    for path in sorted((stage / PREFIX).rglob("*")):
        if path.is_dir() and not path.is_symlink():
            continue
        relative = path.relative_to(stage).as_posix()
        if not any(fnmatch.fnmatchcase(relative, pattern) for pattern in patterns):
            missing.append(relative)
    return missing
