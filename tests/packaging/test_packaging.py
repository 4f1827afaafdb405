# SPDX-License-Identifier: MIT
"""What `make bundle` and `make deb` rely on, checked without building either (seconds, not
minutes): the bundle's layout is the one hireapp/assets.py looks in, the desktop entry is valid,
the package depends on every system library Qt's X11 plugin needs, and debian/copyright names the
shipped fonts and flags a file nobody accounted for. The full build, install and removal run in
CI (packaging/ci_install_test.sh)."""

from __future__ import annotations

import configparser
import importlib.util
import pathlib
import shutil
import sys
import sysconfig
from types import ModuleType
from typing import Any

import pytest

from hireapp import assets

ROOT = pathlib.Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(path: pathlib.Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_deb() -> ModuleType:
    return load(PACKAGING / "build_deb.py")


def test_the_bundle_puts_resources_and_forms_where_an_installed_hireapp_looks() -> None:
    """The spec, run with PyInstaller's build steps replaced by recorders."""
    pytest.importorskip("PyInstaller", reason="make bundle installs PyInstaller (extra 'bundle')")
    recorded: dict[str, Any] = {}

    class Analysis:
        def __init__(self, scripts: list[str], **options: Any) -> None:
            recorded.update(options, scripts=scripts)
            self.binaries: list[tuple[str, str, str]] = []
            self.pure: list[object] = []
            self.scripts: list[object] = []
            self.datas: list[object] = []

    def step(*_args: object, **_options: object) -> None:
        return None

    spec = PACKAGING / "hireapp.spec"
    code = compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    exec(code, {"SPECPATH": str(PACKAGING), "Analysis": Analysis, "PYZ": step, "EXE": step,
                "COLLECT": step, "__file__": str(spec)})  # fmt: skip
    datas = {pathlib.Path(source).resolve(): dest for source, dest in recorded["datas"]}
    # assets.py finds an installed wheel's folders beside its modules, named like these.
    assert datas[assets.resources_dir().resolve()] == "hireapp/_resources"
    assert datas[assets.ui_dir().resolve()] == "hireapp/_ui"
    assert datas[(ROOT / "hireapp" / "storage" / "migrations").resolve()] == (
        "hireapp/storage/migrations"
    )
    hidden = set(recorded["hiddenimports"])
    assert {"hireapp.cli.report", "hireapp.cli.demo", "hireapp.gui.main_window"} <= hidden
    assert "PySide6.QtWebEngineCore" in recorded["excludes"]
    assert recorded["scripts"] == [str(PACKAGING / "hireapp_main.py")]


def test_the_desktop_entry_starts_hireapp_with_its_icon() -> None:
    entry = PACKAGING / "hireapp.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Exec"].split()[0] == "hireapp" and section["Type"] == "Application"
    assert section["Terminal"] == "false"
    assert (ROOT / "resources" / "icons" / f"{section['Icon']}.svg").is_file()
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    import subprocess

    result = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_package_depends_on_every_library_qts_x11_plugin_needs(
    build_deb: ModuleType, tmp_path: pathlib.Path
) -> None:
    table = build_deb.qt_xcb_packages()
    assert table == load(ROOT / "tools" / "qt_system_libs.py").DEBIAN_PACKAGES
    packages = {entry.split()[0] for entry in build_deb.depends(tmp_path)}
    assert set(table.values()) <= packages
    assert "libpq5" in packages  # psycopg loads libpq by name: no file links it


def test_a_library_the_bundle_links_but_lacks_becomes_a_dependency(
    build_deb: ModuleType, tmp_path: pathlib.Path
) -> None:
    """Python's sqlite3 module links the system's SQLite, which the bundle does not carry."""
    if not (shutil.which("readelf") and shutil.which("dpkg") and shutil.which("ldconfig")):
        pytest.skip("needs readelf, ldconfig and dpkg (Debian)")
    import _sqlite3

    module = pathlib.Path(_sqlite3.__file__)
    if "libsqlite3.so.0" not in build_deb.needed(module):
        pytest.skip(f"{module} has SQLite built in")
    shutil.copy(module, tmp_path / module.name)
    assert "libsqlite3.so.0" in build_deb.system_sonames(tmp_path)
    assert "libsqlite3-0" in {entry.split()[0] for entry in build_deb.depends(tmp_path)}
    # Carried in the bundle, it is no longer asked of the system.
    (tmp_path / "libsqlite3.so.0").write_bytes(b"")
    assert "libsqlite3.so.0" not in build_deb.system_sonames(tmp_path)


def test_copyright_names_the_shipped_fonts_and_flags_an_unknown_file(
    tmp_path: pathlib.Path,
) -> None:
    copyright = load(PACKAGING / "deb_copyright.py")
    text = copyright.TEMPLATE.read_text(encoding="utf-8")
    stage = tmp_path / "stage"
    resources = stage / "opt" / "hireapp" / "_internal" / "hireapp" / "_resources"
    shipped = [resources / "fonts" / p.name for p in (ROOT / "resources" / "fonts").glob("*.ttf")]
    assert shipped
    for path in [*shipped, stage / "opt/hireapp/_internal/libmystery.so.1",
                 stage / "opt/hireapp/_internal/PySide6/Qt/lib/libQt6Core.so.6",
                 stage / "opt/hireapp/hireapp"]:  # fmt: skip
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    assert copyright.uncovered(text, stage) == ["opt/hireapp/_internal/libmystery.so.1"]
    # Each font family under the licence its files ship with, not hireapp's own.
    patterns = copyright.file_patterns(text)
    for family in ("DejaVu", "DroidSansFallback", "Noto"):
        assert f"opt/hireapp/_internal/hireapp/_resources/fonts/{family}*" in patterns


def test_python_licence_text_is_found() -> None:
    """debian/copyright quotes Python's licence from the interpreter that builds the bundle."""
    copyright = load(PACKAGING / "deb_copyright.py")
    if not (pathlib.Path(sysconfig.get_path("stdlib")) / "LICENSE.txt").is_file():
        pytest.skip("this Python ships no LICENSE.txt")
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in copyright.python_license()
