# SPDX-License-Identifier: MIT
"""What the bundle leaves out, applied by hireapp.spec to PyInstaller's list of binaries.

- Qt plugins hireapp has no use for (other windowing systems, the GTK theme, network and
  multimedia back ends, the virtual keyboard, which would bring Qt Quick, picture formats other
  than SVG and PDF).
- Libraries of the operating system (found under /lib or /usr/lib): the Debian package depends on
  the packages that ship them instead (packaging/build_deb.py works the list out from the bundle),
  so security updates reach them and the package ships no second copy.
- Then every library nothing left in the bundle links.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
from collections.abc import Iterable, Sequence

UNWANTED_PLUGINS = (
    "platforms/libqwayland", "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc",
    "platforms/libqminimal", "platforms/libqvkkhrdisplay", "wayland-", "egldeviceintegrations/",
    "platformthemes/libqgtk3", "platforminputcontexts/libqtvirtualkeyboardplugin", "tls/",
    "networkinformation/", "multimedia/", "sqldrivers/", "generic/", "position/", "qmltooling/",
    # Picture formats: the app's icons are SVG (qsvg) and PNG (built into Qt GUI).
    "imageformats/libqgif", "imageformats/libqicns", "imageformats/libqico",
    "imageformats/libqjpeg", "imageformats/libqtga", "imageformats/libqtiff",
    "imageformats/libqwbmp", "imageformats/libqwebp",
)  # fmt: skip

SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: destination, source, type


def plugin_name(destination: str) -> str | None:
    """The plugin's path below Qt/plugins/, or None for anything else."""
    parts = destination.replace("\\", "/").split("/Qt/plugins/", 1)
    return parts[1] if len(parts) == 2 else None


def unwanted_plugin(destination: str) -> bool:
    name = plugin_name(destination)
    return name is not None and name.startswith(UNWANTED_PLUGINS)


def from_the_system(source: str) -> bool:
    return os.path.realpath(source).startswith(SYSTEM_DIRS)


def needed(path: str) -> list[str]:
    """The sonames an ELF file links directly (its DT_NEEDED entries)."""
    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=False)
    return [line.rsplit("[", 1)[1].rstrip("]") for line in out.stdout.splitlines()
            if "(NEEDED)" in line]  # fmt: skip


def reachable(entries: Sequence[Entry], roots: Iterable[Entry]) -> set[str]:
    """Destinations of the entries the roots link, directly or through one another."""
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(pathlib.PurePath(entry[0]).name, []).append(entry)
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        entry = todo.pop()
        if entry[0] in seen:
            continue
        seen.add(entry[0])
        for soname in needed(entry[1]):
            todo.extend(by_name.get(soname, []))
    return seen


def keep(binaries: Sequence[Entry]) -> list[Entry]:
    """The binaries the bundle ships, in PyInstaller's order."""
    candidates = [e for e in binaries if not unwanted_plugin(e[0]) and not from_the_system(e[1])]
    # Python extension modules, the plugins kept and the interpreter's library are what loads
    # the rest; a library none of them links (a dropped plugin's) is dropped too.
    roots = [e for e in candidates if e[2] == "EXTENSION" or plugin_name(e[0]) is not None
             or pathlib.PurePath(e[0]).name.startswith("libpython")]  # fmt: skip
    linked = reachable(candidates, roots)
    return [e for e in candidates if e[0] in linked]
