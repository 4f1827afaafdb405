# SPDX-License-Identifier: MIT
"""Palettes: the system's by default; explicit light and dark ones for screenshots and checks.

Both keep white selected text and hint text at WCAG's 4.5:1 or more (measured on rendered
widgets by tests/gui/test_accessible_*.py): Fusion's own light Highlight #308cc6 gives 3.7:1
under white text and its light PlaceholderText (black at half alpha) 3.9:1 on white.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

LIGHT_HIGHLIGHT = "#245f96"  # 6.7:1 under white
LIGHT_PLACEHOLDER = "#6b6b6b"  # 5.3:1 on white
DARK_HIGHLIGHT = "#2f5d8f"  # 6.8:1 under white


def light_palette() -> QPalette:
    """Fusion's light palette with a selection and hint text that read at 4.5:1 or more."""
    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette()) if style is not None else QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Highlight, QColor(LIGHT_HIGHLIGHT))
        palette.setColor(group, role.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, role.PlaceholderText, QColor(LIGHT_PLACEHOLDER))
    return palette


def readable(palette: QPalette) -> QPalette:
    """The palette given, with the selection and hint text of `light_palette` when it is a
    light one (the app's start: Fusion's own light colours read below 4.5:1); a dark palette is
    kept as it is."""
    if palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5:
        return palette
    fixed = QPalette(palette)
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        fixed.setColor(group, role.Highlight, QColor(LIGHT_HIGHLIGHT))
        fixed.setColor(group, role.HighlightedText, QColor("#ffffff"))
        fixed.setColor(group, role.PlaceholderText, QColor(LIGHT_PLACEHOLDER))
    return fixed


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for text, links and selections (Fusion style)."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2d30", role.WindowText: "#e6e6e6", role.Base: "#1f2023",
        role.AlternateBase: "#27292c", role.ToolTipBase: "#3a3d41", role.ToolTipText: "#f0f0f0",
        role.Text: "#e6e6e6", role.Button: "#34373b", role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b", role.Link: "#7ab7ff", role.Highlight: DARK_HIGHLIGHT,
        role.HighlightedText: "#ffffff", role.PlaceholderText: "#9a9a9a",
    }  # fmt: skip
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor("#7a7a7a"))
    return palette
