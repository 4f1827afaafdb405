# SPDX-License-Identifier: MIT
"""tools/qt_system_libs.py, the check `make run` does before opening the app on X11.

Its table is checked against this machine's package database, and its decisions by running it
as `make run` does, with `ldd` and `apt-get` replaced on the PATH by scripts that answer as they
would on a machine lacking a library, so nothing is really installed.
"""

from __future__ import annotations

import importlib.util
import os
import pathlib
import re
import shutil
import stat
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "qt_system_libs.py"
_spec = importlib.util.spec_from_file_location("qt_system_libs", TOOL)
assert _spec is not None and _spec.loader is not None
qt_system_libs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt_system_libs)


def _run(*args: str, path: pathlib.Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["DISPLAY"] = ":99"
    if path is not None:
        env["PATH"] = f"{path}{os.pathsep}{env['PATH']}"
    return subprocess.run(
        [sys.executable, str(TOOL), *args], capture_output=True, text=True, env=env, timeout=60
    )


def _script(folder: pathlib.Path, name: str, body: str) -> None:
    file = folder / name
    file.write_text("#!/bin/sh\n" + body)
    file.chmod(file.stat().st_mode | stat.S_IEXEC)


def _fake_ldd(folder: pathlib.Path, *, missing_until: pathlib.Path) -> None:
    """An ldd that answers in ldd's format, missing two of the issue's libraries until the
    marker file exists (as if their packages had been installed)."""
    _script(folder, "ldd", f"""\
echo "	libQt6XcbQpa.so.6 => $1/../../lib/libQt6XcbQpa.so.6 (0x00007f0000000000)"
if [ -e "{missing_until}" ]; then
    echo "	libxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f0000001000)"
    echo "	libxcb-keysyms.so.1 => /lib/x86_64-linux-gnu/libxcb-keysyms.so.1 (0x00007f00002000)"
else
    echo "	libxcb-icccm.so.4 => not found"
    echo "	libxcb-keysyms.so.1 => not found"
fi
echo "	libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0000003000)"
""")  # fmt: skip


def test_every_library_the_plugin_resolves_here_is_in_the_table_with_its_package() -> None:
    if shutil.which("dpkg") is None:
        pytest.skip("no dpkg: the table is for Debian")
    resolved: dict[str, str] = {}
    for plugin in qt_system_libs.xcb_plugins():
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
        for name, where in re.findall(r"^\s*(\S+) => (/\S+)", out, re.MULTILINE):
            if "PySide6" not in where:  # Qt's own libraries come with the wheel
                resolved[name] = where
    assert "libxcb-icccm.so.4" in resolved and "libxcb-cursor.so.0" in resolved
    for name, where in sorted(resolved.items()):
        # dpkg knows a file by the path its package installed: /lib or /usr/lib, link or file.
        owner = subprocess.run(["dpkg", "-S", where, os.path.realpath(where)],
                               capture_output=True, text=True).stdout  # fmt: skip
        package = owner.split(":", 1)[0]
        assert qt_system_libs.DEBIAN_PACKAGES.get(name) == package, (name, owner)


def test_no_library_missing_means_nothing_to_do(tmp_path: pathlib.Path) -> None:
    marker = tmp_path / "installed"
    marker.touch()
    _fake_ldd(tmp_path, missing_until=marker)
    result = _run("--display", path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and result.stdout == ""


def test_a_missing_library_is_named_with_the_exact_apt_get_line(tmp_path: pathlib.Path) -> None:
    _fake_ldd(tmp_path, missing_until=tmp_path / "never")
    result = _run("--check", path=tmp_path)
    assert result.returncode == 1
    command = "apt-get install libxcb-icccm4 libxcb-keysyms1"
    if os.geteuid() != 0:
        command = f"sudo {command}" if shutil.which("sudo") else f"su -c '{command}'"
    assert "cannot find libxcb-icccm.so.4, libxcb-keysyms.so.1" in result.stderr
    assert f"    {command}\n" in result.stderr


def test_a_library_without_a_known_package_is_named_not_guessed(tmp_path: pathlib.Path) -> None:
    _script(tmp_path, "ldd", 'echo "	libxcb-future.so.9 => not found"\n')
    result = _run("--check", path=tmp_path)
    assert result.returncode == 1
    assert "no Debian package is known for libxcb-future.so.9" in result.stderr


def test_missing_libraries_are_installed_with_apt_get_then_checked_again(
    tmp_path: pathlib.Path,
) -> None:
    installed = tmp_path / "installed"
    calls = tmp_path / "apt-calls"
    _fake_ldd(tmp_path, missing_until=installed)
    # apt-get as it behaves with stale lists: install fails until `update` ran.
    _script(tmp_path, "apt-get", f"""\
echo "$DEBIAN_FRONTEND $*" >> "{calls}"
case "$1" in
    update) touch "{tmp_path}/updated" ;;
    install) [ -e "{tmp_path}/updated" ] || exit 100; touch "{installed}" ;;
esac
""")  # fmt: skip
    # Not root: a sudo that asks no password, as `sudo -n true` finds out.
    _script(tmp_path, "sudo", '[ "$1" = -n ] && shift; exec "$@"\n')
    result = _run("--display", path=tmp_path)
    assert result.returncode == 0, result.stderr
    packages = "libxcb-icccm4 libxcb-keysyms1"
    assert calls.read_text().splitlines() == [
        f"noninteractive install -y --no-install-recommends {packages}",
        "noninteractive update",
        f"noninteractive install -y --no-install-recommends {packages}",
    ]
    assert f"installing the X11 libraries Qt needs: {packages}" in result.stdout


def test_without_a_display_run_stops_with_what_to_do_instead(tmp_path: pathlib.Path) -> None:
    marker = tmp_path / "installed"
    marker.touch()
    _fake_ldd(tmp_path, missing_until=marker)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PATH"] = f"{tmp_path}{os.pathsep}{env['PATH']}"
    result = subprocess.run([sys.executable, str(TOOL), "--display"], capture_output=True,
                            text=True, env=env, timeout=60)  # fmt: skip
    assert result.returncode == 1
    assert "no display" in result.stderr and ".venv/bin/hireapp" in result.stderr
