# SPDX-License-Identifier: MIT
"""Helpers for the app's own windows (the debrief, validity and the like)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """The size asked for, or less where the screen is smaller (a window's bottom off-screen
    hides what is there; found on a 1400 x 900 screen)."""
    screen = window.screen().availableGeometry() if window.screen() is not None else None
    if screen is not None:
        width = min(width, screen.width() - 40)
        height = min(height, screen.height() - 80)
    window.resize(width, height)
