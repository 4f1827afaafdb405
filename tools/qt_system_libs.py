# SPDX-License-Identifier: MIT
"""Make sure Qt's X11 platform plugin finds every system library it links, before `make run`.

The PySide6 wheel brings Qt, but not the X11 libraries its xcb platform plugin links against. On a
fresh Debian 12 the app then dies at start with Qt's "could not load the Qt platform plugin"
message, which names the wrong package. This script asks the dynamic linker (`ldd`) which
libraries the plugin and its OpenGL integrations cannot resolve, maps each missing soname to its
Debian package and installs them when it may (as root, or through sudo without a password
prompt); otherwise it stops and prints the exact `apt-get install` line.

Run it with the interpreter of the virtual environment that holds PySide6:

    .venv/bin/python tools/qt_system_libs.py            # install what is missing, when allowed
    .venv/bin/python tools/qt_system_libs.py --check    # only say what is missing
    .venv/bin/python tools/qt_system_libs.py --display  # and stop early without a display

Qt needs the same libraries offscreen (libQt6Gui links most of them), so `make test` runs it too.
Exit status: 0 when every library resolves; 1 when some are missing, or with --display when
there is no display (with what to do); 2 when PySide6 or `ldd` cannot be found. It imports
nothing from hireapp and runs without loading Qt.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import pathlib
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence

# The libraries Qt 6.11's xcb plugin (platforms/libqxcb.so, with libQt6Gui and libQt6XcbQpa
# from the wheel) and its OpenGL integrations load, and the Debian 12 package that ships each.
# Checked on Debian 12 with `dpkg -S` on every library `ldd` resolved and `apt-cache policy`;
# tests/x11/test_qt_system_libs.py checks the table against the machine it runs on.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbsd.so.0": "libbsd0",
    "libc.so.6": "libc6",
    "libcap.so.2": "libcap2",
    "libdbus-1.so.3": "libdbus-1-3",
    "libdl.so.2": "libc6",
    "libexpat.so.1": "libexpat1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libgcc_s.so.1": "libgcc-s1",
    "libgcrypt.so.20": "libgcrypt20",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgpg-error.so.0": "libgpg-error0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "liblz4.so.1": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "libm.so.6": "libc6",
    "libmd.so.0": "libmd0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libpng16.so.16": "libpng16-16",
    "libpthread.so.0": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libsystemd.so.0": "libsystemd0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

# Installing one package can reveal another missing library: ldd lists a library's own
# dependencies only once it finds the library.
MAX_ROUNDS = 3


class Unavailable(Exception):
    """The check cannot run here (no PySide6, no ldd); the message says why."""


def xcb_plugins() -> list[pathlib.Path]:
    """The xcb platform plugin and its OpenGL integrations, from the PySide6 this Python imports."""
    spec = importlib.util.find_spec("PySide6")  # finds the package without loading Qt
    if spec is None or not spec.submodule_search_locations:
        raise Unavailable(f"PySide6 is not installed for {sys.executable}")
    plugins = pathlib.Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins"
    platform = plugins / "platforms" / "libqxcb.so"
    if not platform.is_file():
        raise Unavailable(f"PySide6 has no xcb platform plugin at {platform}")
    return [platform, *sorted((plugins / "xcbglintegrations").glob("*.so"))]


def unresolved(ldd_output: str) -> set[str]:
    """The sonames `ldd` reports as "not found"."""
    missing = set()
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found":
            missing.add(name.strip())
    return missing


def missing_libraries(files: Iterable[pathlib.Path]) -> set[str]:
    """Every soname the dynamic linker cannot find for these files, however indirect."""
    ldd = shutil.which("ldd")
    if ldd is None:
        raise Unavailable("ldd is not installed, so the Qt plugin's libraries cannot be checked")
    missing: set[str] = set()
    for file in files:
        result = subprocess.run([ldd, str(file)], capture_output=True, text=True, check=False)
        missing |= unresolved(result.stdout)
    return missing


def packages_for(sonames: Iterable[str]) -> tuple[list[str], list[str]]:
    """The Debian packages that ship these sonames, and the sonames the table does not know."""
    known = sorted({DEBIAN_PACKAGES[s] for s in sonames if s in DEBIAN_PACKAGES})
    unknown = sorted(s for s in sonames if s not in DEBIAN_PACKAGES)
    return known, unknown


def install_prefix() -> list[str] | None:
    """What to put before apt-get to install: nothing as root, `sudo -n` when sudo asks for no
    password, None when this user cannot install."""
    if os.geteuid() == 0:
        return []
    sudo = shutil.which("sudo")
    if sudo is None:
        return None
    asked = subprocess.run([sudo, "-n", "true"], capture_output=True, check=False)
    return [sudo, "-n"] if asked.returncode == 0 else None


def install(prefix: Sequence[str], packages: Sequence[str]) -> bool:
    """apt-get install, refreshing the package lists once if they are stale or empty."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = [*prefix, "apt-get", "install", "-y", "--no-install-recommends", *packages]
    print("hireapp: installing the X11 libraries Qt needs: " + " ".join(packages), flush=True)
    if subprocess.run(command, env=env, check=False).returncode == 0:
        return True
    subprocess.run([*prefix, "apt-get", "update"], env=env, check=False)
    return subprocess.run(command, env=env, check=False).returncode == 0


def manual_line(packages: Sequence[str]) -> str:
    """The command to run, as this user can: as is for root, through sudo where it is installed,
    else through su (Debian installed with a root password has no sudo)."""
    command = f"apt-get install {' '.join(packages)}"
    if os.geteuid() == 0:
        return command
    return f"sudo {command}" if shutil.which("sudo") else f"su -c '{command}'"


def ensure(files: Sequence[pathlib.Path], *, may_install: bool) -> int:
    """Check (and, when allowed, install) until every library resolves; the exit status."""
    for _round in range(MAX_ROUNDS):
        missing = missing_libraries(files)
        if not missing:
            return 0
        packages, unknown = packages_for(missing)
        names = ", ".join(sorted(missing))
        if unknown:
            print(
                f"hireapp: Qt's X11 plugin cannot find {names}; no Debian package is known "
                f"for {', '.join(unknown)}: install the packages that provide them"
                + (f" (and: {manual_line(packages)})" if packages else ""),
                file=sys.stderr,
            )
            return 1
        if not shutil.which("apt-get"):
            print(
                f"hireapp: Qt's X11 plugin cannot find {names}; on Debian or Ubuntu they come "
                f"with: {manual_line(packages)}",
                file=sys.stderr,
            )
            return 1
        prefix = install_prefix() if may_install else None
        if prefix is None:
            print(
                f"hireapp: Qt's X11 plugin cannot find {names}; install what it needs with:\n"
                f"    {manual_line(packages)}",
                file=sys.stderr,
            )
            return 1
        if not install(prefix, packages):
            print(f"hireapp: installing failed; try: {manual_line(packages)}", file=sys.stderr)
            return 1
    left = ", ".join(sorted(missing_libraries(files)))
    if left:
        print(f"hireapp: Qt's X11 plugin still cannot find {left}", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="qt_system_libs.py",
        description="Check that Qt's X11 platform plugin finds its system libraries; install "
        "the missing ones (Debian) when this user may.",
    )
    parser.add_argument("--check", action="store_true", help="only check, never install")
    parser.add_argument(
        "--display", action="store_true", help="also stop when there is no display to open"
    )
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        return 0  # no xcb plugin elsewhere
    try:
        status = ensure(xcb_plugins(), may_install=not args.check)
    except Unavailable as exc:
        print(f"hireapp: {exc}", file=sys.stderr)
        return 2
    if status == 0 and args.display and not has_display():
        print(
            "hireapp: no display to open the app on (DISPLAY is not set): run it in a desktop "
            "session, or use the command line, .venv/bin/hireapp --help",
            file=sys.stderr,
        )
        return 1
    return status


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())
