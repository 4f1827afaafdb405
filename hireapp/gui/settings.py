# SPDX-License-Identifier: MIT
"""What this machine remembers between runs (QSettings keys in one place)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

INTERVIEWER_KEY = "interviewer/name"


def remembered_interviewer() -> str:
    """The interviewer last named on this machine, or ''."""
    return str(QSettings().value(INTERVIEWER_KEY, "") or "")


def remember_interviewer(name: str) -> None:
    """Remember who interviews on this machine: their own drafts withhold colleagues' scores."""
    QSettings().setValue(INTERVIEWER_KEY, name)
