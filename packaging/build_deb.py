# SPDX-License-Identifier: MIT
"""`make deb`: wrap dist/hireapp/ (from `make bundle`) in a Debian package, dist/hireapp_*.deb.

    .venv/bin/python packaging/build_deb.py [--no-lintian]

The program goes to /opt/hireapp, with /usr/bin/hireapp pointing at it, a desktop entry and the
app's icon so it shows in the application menu, and the copyright of everything shipped. The
package depends on the Debian 12 packages of every library the bundle links but does not carry:
those Qt's X11 plugin needs (tools/qt_system_libs.py's table, the same one `make run` installs
from) and the others the bundle's files name, found with readelf, ldconfig and dpkg. Then
lintian checks the package, and the build fails on any error it reports.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import deb_copyright

ROOT = pathlib.Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "hireapp"
STAGE = ROOT / "build" / "deb" / "hireapp"
WORKPATH = ROOT / "build" / "pyinstaller" / "hireapp"
DEBIAN = ROOT / "packaging" / "debian"
INSTALL_DIR = "opt/hireapp"

# Loaded by name at run time rather than linked, so readelf cannot see it: psycopg (the
# PostgreSQL driver, pure Python in the bundle) opens the system's libpq.
LOADED_AT_RUN_TIME = {"libpq.so.5": "libpq5"}


def qt_xcb_packages() -> dict[str, str]:
    """tools/qt_system_libs.py's table: soname -> Debian 12 package, for Qt's X11 plugin."""
    spec = importlib.util.spec_from_file_location("qt_system_libs", ROOT / "tools" /
                                                  "qt_system_libs.py")  # fmt: skip
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.DEBIAN_PACKAGES)


def version() -> str:
    text = (ROOT / "hireapp" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("make deb: no __version__ in hireapp/__init__.py")
    return found.group(1)


def is_elf(path: pathlib.Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def needed(path: pathlib.Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True,
                         check=False).stdout  # fmt: skip
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def system_sonames(bundle: pathlib.Path) -> set[str]:
    """Libraries the bundle's files link that the bundle does not carry."""
    files = [p for p in bundle.rglob("*") if is_elf(p)]
    carried = {p.name for p in bundle.rglob("*")}
    return {name for path in files for name in needed(path)} - carried


def library_path(soname: str) -> str | None:
    """Where the dynamic linker finds a soname on this machine (64-bit x86 only)."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    for line in out.splitlines():
        name, _, rest = line.strip().partition(" (")
        if name == soname and "x86-64" in rest:
            return rest.rsplit("=> ", 1)[1]
    return None


def package_of(soname: str, table: dict[str, str]) -> str:
    if soname in table:
        return table[soname]
    path = library_path(soname)
    if path is None:
        raise SystemExit(f"make deb: the bundle links {soname}, which is not on this machine")
    owner = subprocess.run(["dpkg", "-S", os.path.realpath(path)], capture_output=True,
                           text=True, check=False)  # fmt: skip
    if owner.returncode != 0:
        owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True, check=False)
    if owner.returncode != 0:
        raise SystemExit(f"make deb: no Debian package owns {path} ({soname})")
    return owner.stdout.split(":", 1)[0].strip()


def depends(bundle: pathlib.Path) -> list[str]:
    """The Depends field's packages: Qt's X11 table, what the bundle links, what it loads."""
    table = {**qt_xcb_packages(), **LOADED_AT_RUN_TIME}
    packages = set(table.values()) | {package_of(s, table) for s in system_sonames(bundle)}
    glibc = os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.36"
    packages.discard("libc6")
    return [f"libc6 (>= {glibc.split()[-1]})", *sorted(packages)]


def installed_size_kib(stage: pathlib.Path) -> int:
    return sum(-(-p.lstat().st_size // 1024) for p in stage.rglob("*")
               if not p.is_relative_to(stage / "DEBIAN"))  # fmt: skip


def fill(template: pathlib.Path, values: dict[str, str]) -> str:
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def write(path: pathlib.Path, text: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    path.chmod(mode)


def maintainer() -> str:
    found = subprocess.run(["git", "log", "-1", "--format=%an <%ae>"], cwd=ROOT,
                           capture_output=True, text=True, check=False)  # fmt: skip
    return found.stdout.strip() or "hireapp maintainers <hireapp@localhost>"


def build_date() -> tuple[str, int]:
    """The last commit's time (reproducible), as the changelog writes it and as seconds."""
    found = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True,
                           text=True, check=False)  # fmt: skip
    seconds = int(found.stdout.strip() or time.time())
    return time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(seconds)), seconds


def stage_tree(ver: str) -> None:
    if STAGE.exists():
        shutil.rmtree(STAGE)
    target = STAGE / INSTALL_DIR
    shutil.copytree(BUNDLE, target, symlinks=True)
    for path in [STAGE, *STAGE.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path == target / "hireapp"
        path.chmod(0o755 if executable else 0o644)
    (STAGE / "usr" / "bin").mkdir(parents=True)
    (STAGE / "usr" / "bin" / "hireapp").symlink_to(f"/{INSTALL_DIR}/hireapp")
    share = STAGE / "usr" / "share"
    write(share / "applications" / "hireapp.desktop",
          (ROOT / "packaging" / "hireapp.desktop").read_bytes())  # fmt: skip
    write(share / "icons" / "hicolor" / "scalable" / "apps" / "hireapp.svg",
          (ROOT / "resources" / "icons" / "hireapp.svg").read_bytes())  # fmt: skip
    write(share / "lintian" / "overrides" / "hireapp",
          (DEBIAN / "lintian-overrides").read_bytes())  # fmt: skip
    date, seconds = build_date()
    changelog = fill(DEBIAN / "changelog.in",
                     {"VERSION": ver, "MAINTAINER": maintainer(), "DATE": date})  # fmt: skip
    write(share / "doc" / "hireapp" / "changelog.gz",
          gzip.compress(changelog.encode(), compresslevel=9, mtime=seconds))  # fmt: skip
    for path in share.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)


def write_copyright() -> None:
    import PyInstaller
    from PySide6 import __version__ as qt_version

    text = deb_copyright.render(BUNDLE / "_internal", WORKPATH, {
        "PYINSTALLER": PyInstaller.__version__, "QT": qt_version,
        "PYTHON": ".".join(map(str, sys.version_info[:3])),
    })  # fmt: skip
    write(STAGE / "usr" / "share" / "doc" / "hireapp" / "copyright", text)
    missing = deb_copyright.uncovered(text, STAGE)
    if missing:
        raise SystemExit("make deb: debian/copyright covers none of:\n  " + "\n  ".join(missing))


def write_control(ver: str) -> None:
    control = fill(DEBIAN / "control.in", {
        "VERSION": ver, "MAINTAINER": maintainer(), "DEPENDS": ", ".join(depends(BUNDLE)),
        "INSTALLED_SIZE": str(installed_size_kib(STAGE)),
    })  # fmt: skip
    write(STAGE / "DEBIAN" / "control", control)
    (STAGE / "DEBIAN").chmod(0o755)


def lintian(deb: pathlib.Path) -> int:
    if not shutil.which("lintian"):
        print("make deb: lintian is not installed (apt-get install lintian): not checked")
        return 0
    result = subprocess.run(["lintian", "--info", "--fail-on", "error", str(deb)],
                            capture_output=True, text=True, check=False)  # fmt: skip
    report = (result.stdout + result.stderr).strip()
    tags = [line for line in report.splitlines() if line[:2] in ("E:", "W:", "I:", "N:")]
    errors = [line for line in tags if line.startswith("E:")]
    warnings = [line for line in tags if line.startswith("W:")]
    print(f"lintian: {len(errors)} errors, {len(warnings)} warnings")
    for line in errors + warnings:
        print(f"  {line}")
    return 1 if errors or result.returncode != 0 else 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="build_deb.py")
    parser.add_argument("--no-lintian", action="store_true", help="skip the lintian check")
    args = parser.parse_args()
    if not (BUNDLE / "hireapp").is_file():
        print("make deb: no bundle in dist/hireapp: run `make bundle` first", file=sys.stderr)
        return 1
    ver = version()
    stage_tree(ver)
    write_copyright()
    write_control(ver)
    deb = ROOT / "dist" / f"hireapp_{ver}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(STAGE), str(deb)],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    print(f"make deb: {deb.relative_to(ROOT)}, {deb.stat().st_size / 1e6:.0f} MB, installs "
          f"{installed_size_kib(STAGE) / 1024:.0f} MiB")  # fmt: skip
    return 0 if args.no_lintian else lintian(deb)


if __name__ == "__main__":
    sys.exit(main())
