# SPDX-License-Identifier: MIT
"""What the accessibility tests share: the name a screen reader says, the controls a keyboard
reaches, and WCAG 2.x contrast measured on rendered pixels in the light and the dark palette."""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from hireapp.gui.theme import dark_palette, light_palette

WCAG_TEXT = 4.5

PALETTES: dict[str, Callable[[QApplication], QPalette]] = {
    "light": lambda app: light_palette(),
    "dark": lambda app: dark_palette(),
}


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says: Qt's accessibility interface, as the platform bridge reads."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def accessible_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Description).strip()


def focusable(top: QWidget) -> Iterator[QWidget]:
    """Every widget of `top`'s window that takes the keyboard focus and is shown with it."""
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.window() is not top.window():
            continue  # a dialog the window owns is walked on its own
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(top):
            yield widget


def unnamed(top: QWidget) -> list[str]:
    """The focusable controls of `top` a screen reader could only call by their kind."""
    return [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
        for w in focusable(top)
        if not accessible_name(w)
    ]


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio: (L1 + 0.05) / (L2 + 0.05), the lighter over the darker."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def measured(image: QImage, rect: QRect) -> tuple[float, QColor, QColor] | None:
    """(ratio, text, background) of the text drawn in `rect` of a rendered image.

    The background is the commonest colour; the text's colour is the pixel farthest from it in
    contrast, which is the glyphs' own colour where a stem covers a whole pixel (anti-aliased
    edges only blend towards the background). None where nothing but background is drawn.
    """
    rect = rect.intersected(image.rect())
    counts: collections.Counter[int] = collections.Counter(
        image.pixel(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )
    if len(counts) < 2:
        return None
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    text = max((QColor.fromRgb(p) for p in counts), key=lambda c: contrast(c, background))
    return contrast(text, background), text, background


def render(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def label_failures(top: QWidget) -> list[str]:
    """Every visible label of `top` whose text, as drawn, is under 4.5:1 on its background."""
    failures = []
    for label in top.findChildren(QLabel):
        if not label.isVisibleTo(top) or not label.text().strip():
            continue
        found = measured(render(label), label.rect())
        if found is not None and found[0] < WCAG_TEXT:
            failures.append(
                f"label {label.text()[:40]!r}: {found[0]:.2f} "
                f"({found[1].name()} on {found[2].name()})"
            )
    return failures


def cells(view: QTableView) -> Iterator[tuple[str, QRect]]:
    """Each visible cell with text, as a rect inside the viewport, shrunk clear of grid lines."""
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect = view.visualRect(index).adjusted(3, 3, -3, -3)
            if str(index.data() or "").strip() and rect.isValid():
                yield f"row {row} column {column} {index.data()!r}", rect


def table_failures(table: QTableView) -> list[str]:
    """Every visible cell and header of `table` whose text, as drawn, is under 4.5:1."""
    failures = []
    image = render(table.viewport())
    for where, rect in cells(table):
        found = measured(image, rect)
        if found is not None and found[0] < WCAG_TEXT:
            failures.append(f"{where}: {found[0]:.2f} ({found[1].name()} on {found[2].name()})")
    header = table.horizontalHeader()
    header_image = render(header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        rect = QRect(header.sectionViewportPosition(section), 0, header.sectionSize(section),
                     header.height()).adjusted(4, 4, -4, -4)  # fmt: skip
        found = measured(header_image, rect)
        if found is not None and found[0] < WCAG_TEXT:
            failures.append(f"header {section}: {found[0]:.2f}")
    return failures
