# SPDX-License-Identifier: MIT
"""Palettes: the system's by default; an explicit dark one for screenshots and checks."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for text, links and selections (Fusion style)."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2d30", role.WindowText: "#e6e6e6", role.Base: "#1f2023",
        role.AlternateBase: "#27292c", role.ToolTipBase: "#3a3d41", role.ToolTipText: "#f0f0f0",
        role.Text: "#e6e6e6", role.Button: "#34373b", role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b", role.Link: "#7ab7ff", role.Highlight: "#3d6fa8",
        role.HighlightedText: "#ffffff", role.PlaceholderText: "#9a9a9a",
    }  # fmt: skip
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor("#7a7a7a"))
    return palette
