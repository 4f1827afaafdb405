# SPDX-License-Identifier: MIT
"""What this machine remembers between runs (QSettings keys in one place)."""

from __future__ import annotations

import pathlib

from PySide6.QtCore import QSettings, QStandardPaths

INTERVIEWER_KEY = "interviewer/name"
SAVE_FOLDER_KEY = "files/save_folder"
# The GUI language chosen in View > Language… ("" follows the system); read by gui/i18n.py.
LANGUAGE_KEY = "ui/language"


def remembered_interviewer() -> str:
    """The interviewer last named on this machine, or ''."""
    return str(QSettings().value(INTERVIEWER_KEY, "") or "")


def remember_interviewer(name: str) -> None:
    """Remember who interviews on this machine: their own drafts withhold colleagues' scores."""
    QSettings().setValue(INTERVIEWER_KEY, name)


def save_folder() -> str:
    """Where a Save dialog starts: the folder last saved into, else the user's documents folder.

    Never the folder the app was launched from, which is rarely where a user keeps documents. A
    remembered folder that has gone, or a documents folder not made yet, gives the home folder.
    """
    remembered = str(QSettings().value(SAVE_FOLDER_KEY, "") or "")
    locations = QStandardPaths.StandardLocation
    for folder in (
        remembered,
        QStandardPaths.writableLocation(locations.DocumentsLocation),
        QStandardPaths.writableLocation(locations.HomeLocation),
    ):
        if folder and pathlib.Path(folder).is_dir():
            return folder
    return str(pathlib.Path.home())


def remember_save_folder(saved_file: str) -> None:
    """Remember the folder of a file just saved, for the next Save dialog."""
    QSettings().setValue(SAVE_FOLDER_KEY, str(pathlib.Path(saved_file).parent))
