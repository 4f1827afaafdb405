# SPDX-License-Identifier: MIT
"""Where the forms and resources live: the only module that knows.

An installed wheel carries them as hireapp/_resources and hireapp/_ui; a checkout keeps them in
resources/ and ui/ beside the package. Names are relative to that folder; absolute names and ".."
are refused so a name taken from a file can never point outside it.
"""

from __future__ import annotations

import pathlib
from importlib import resources

_PACKAGE_DIR = pathlib.Path(__file__).resolve().parent


def _base(installed: str, checkout: str) -> pathlib.Path:
    packaged = resources.files("hireapp") / installed
    if packaged.is_dir():
        # The wheel is always installed unpacked, so this is a real folder on disk.
        return pathlib.Path(str(packaged))
    return _PACKAGE_DIR.parent / checkout


def _checked(name: str) -> pathlib.PurePosixPath:
    relative = pathlib.PurePosixPath(name)
    if not name or relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"resource names are relative and stay inside the folder: {name!r}")
    return relative


def resources_dir() -> pathlib.Path:
    """The folder holding rubrics/, fonts/, icons/, schemas/ and styles/."""
    return _base("_resources", "resources")


def resource_path(name: str) -> pathlib.Path:
    """The real path of a resource such as "rubrics/customer-service.toml"."""
    return resources_dir() / _checked(name)


def ui_dir() -> pathlib.Path:
    """The folder holding the Qt Designer sources (.ui)."""
    return _base("_ui", "ui")


def data_folder() -> pathlib.Path:
    """The user's data folder for hireapp (the default database, the company's question bank,
    an unsaved rubric): platformdirs' per-user data folder, asked afresh at every call."""
    import platformdirs

    return pathlib.Path(platformdirs.user_data_dir("hireapp", appauthor=False))
