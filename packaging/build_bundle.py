# SPDX-License-Identifier: MIT
"""`make bundle`: build dist/hireapp/ with PyInstaller, tidy it, check it and print its size.

Run with the development environment's Python (it holds PyInstaller and hireapp's dependencies):

    .venv/bin/python packaging/build_bundle.py

The bundle is one folder: dist/hireapp/hireapp is the program (the `hireapp` command; without a
command it opens the app). It is checked before this script says it is done: the files hireapp
looks for are in place, the Qt plugins it needs are there, and the program answers --version.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "hireapp"
INTERNAL = BUNDLE / "_internal"
PLUGINS = INTERNAL / "PySide6" / "Qt" / "plugins"

# What must be in a working bundle, relative to _internal/.
REQUIRED = (
    "hireapp/_resources/rubrics/customer-service.toml",
    "hireapp/_resources/rubrics/question-bank.toml",
    "hireapp/_resources/fonts/DejaVuSans.ttf",
    "hireapp/_resources/fonts/LICENSE-Noto.txt",
    "hireapp/_resources/icons/hireapp.svg",
    "hireapp/_resources/schemas/interviews-v1.schema.json",
    "hireapp/storage/migrations/env.py",
    "hireapp/storage/migrations/versions/0001_initial_schema.py",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    "PySide6/Qt/translations/qtbase_de.qm",
)

# Qt libraries whose presence would mean a module the app never imports came along.
NEVER = ("libQt6WebEngine", "libQt6Qml", "libQt6Quick", "libQt63D", "libQt6Multimedia")


def size_of(folder: pathlib.Path) -> int:
    """Bytes of the regular files under the folder (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def remove_dangling_links(folder: pathlib.Path) -> list[pathlib.Path]:
    """PyInstaller links each Qt library beside the program too, also those the filter dropped."""
    dangling = [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    for link in dangling:
        link.unlink()
    return dangling


def is_elf(path: pathlib.Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def clean_search_paths(folder: pathlib.Path) -> list[pathlib.Path]:
    """Drop library search paths that point at the build machine (Python's lib-dynload modules
    carry the interpreter's own lib folder): inside the bundle they find nothing, and on a
    user's machine they would look in a folder that is not the bundle's. $ORIGIN paths stay."""
    changed = []
    for path in (p for p in folder.rglob("*") if is_elf(p)):
        found = subprocess.run(["patchelf", "--print-rpath", str(path)], capture_output=True,
                               text=True, check=True).stdout.strip()  # fmt: skip
        if not found:
            continue
        kept = [entry for entry in found.split(":") if entry.startswith("$ORIGIN")]
        if kept != found.split(":"):
            command = ["--set-rpath", ":".join(kept)] if kept else ["--remove-rpath"]
            subprocess.run(["patchelf", *command, str(path)], check=True)
            changed.append(path)
    return changed


def problems() -> list[str]:
    found = [f"missing: {name}" for name in REQUIRED if not (INTERNAL / name).exists()]
    found += [f"not needed, yet shipped: {p.relative_to(BUNDLE)}" for p in INTERNAL.rglob("*")
              if p.name.startswith(NEVER)]  # fmt: skip
    return found


def build() -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "packaging" / "hireapp.spec")],
        check=True, cwd=ROOT, env=env,
    )  # fmt: skip


def main() -> int:
    build()
    remove_dangling_links(BUNDLE)
    if shutil.which("patchelf") is None:
        print("make bundle: patchelf is needed (Debian: apt-get install patchelf)")
        return 1
    clean_search_paths(BUNDLE)
    found = problems()
    if found:
        print("make bundle: the bundle is incomplete or too big:", *found, sep="\n  ")
        return 1
    version = subprocess.run([str(BUNDLE / "hireapp"), "--version"], capture_output=True,
                             text=True, check=False, timeout=60)  # fmt: skip
    if version.returncode != 0:
        print(f"make bundle: dist/hireapp/hireapp --version failed:\n{version.stderr}")
        return 1
    print(f"make bundle: {version.stdout.strip()} in {BUNDLE.relative_to(ROOT)}/, "
          f"{size_of(BUNDLE) / 1e6:.0f} MB installed")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
