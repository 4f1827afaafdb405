# SPDX-License-Identifier: MIT
"""The anchored 1-5 scale as large choices that show each level's described behaviour.

Each level is a checkable button painted with its number and its anchor text, word-wrapped, so a
long anchor never clips and a chosen level is unmistakable (the palette's highlight colours, in
light and dark alike, and a check mark beside its number). Keys 1-5 choose; arrow keys move
between levels.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

_PAD = 10
CHOSEN_MARK = "✓"


class LevelButton(QAbstractButton):
    """One level: its number large, its described behaviour below, wrapped."""

    def __init__(
        self, level: int, text: str, described: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.level = level
        self.described = described
        self.setText(text)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Level {level}").format(level=level))
        self.setAccessibleDescription(text)
        self.setToolTip(self.tr("Key {key}").format(key=level))
        # Layouts ask for the height at the same few widths hundreds of times while a page is
        # built; measuring wrapped text each time made opening an interview slow.
        self._heights: dict[int, int] = {}
        self._big_font: QFont | None = None

    def _number_font(self) -> QFont:
        if self._big_font is None:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            self._big_font = font
        return self._big_font

    def changeEvent(self, event: QEvent) -> None:
        """Overrides QWidget.changeEvent: a new font or style means new measurements."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
            self._big_font = None
        super().changeEvent(event)

    def _text_rect(self, width: int) -> QRect:
        number_height = QFontMetrics(self._number_font()).height()
        return QRect(_PAD, _PAD + number_height + 4, max(10, width - 2 * _PAD), 10_000)

    def hasHeightForWidth(self) -> bool:
        """Overrides QWidget.hasHeightForWidth: wrapped text grows downwards."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Overrides QWidget.heightForWidth."""
        height = self._heights.get(width)
        if height is None:
            rect = self._text_rect(width)
            text = self.fontMetrics().boundingRect(rect, Qt.TextFlag.TextWordWrap, self.text())
            height = self._heights[width] = rect.top() + text.height() + _PAD
        return height

    def sizeHint(self) -> QSize:
        """Overrides QAbstractButton.sizeHint."""
        width = max(120, self.fontMetrics().averageCharWidth() * 18)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Overrides QWidget.minimumSizeHint."""
        width = self.fontMetrics().averageCharWidth() * 10
        return QSize(width, self.heightForWidth(width))

    def number_text(self) -> str:
        """The level's number, with a check mark once chosen: the fill's colour is not the only
        sign, for a reader who cannot tell the highlight from the button."""
        return f"{self.level} {CHOSEN_MARK}" if self.isChecked() else str(self.level)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Overrides QAbstractButton.paintEvent."""
        painter = QPainter(self)
        option = QStyleOptionButton()
        option.initFrom(self)
        option.state |= (
            QStyle.StateFlag.State_On if self.isChecked() else QStyle.StateFlag.State_Off
        )
        if self.isDown():
            option.state |= QStyle.StateFlag.State_Sunken
        palette = self.palette()
        if self.isChecked():
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Highlight))
            text_colour = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelButtonBevel, option,
                                       painter, self)  # fmt: skip
            text_colour = palette.color(
                QPalette.ColorRole.ButtonText
                if self.described
                else QPalette.ColorRole.PlaceholderText
            )
        if self.hasFocus():
            focus = QStyleOptionButton()
            focus.initFrom(self)
            focus.rect = self.rect().adjusted(3, 3, -3, -3)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter,
                                       self)  # fmt: skip
        painter.setPen(text_colour)
        painter.setFont(self._number_font())
        painter.drawText(QRect(_PAD, _PAD, self.width() - 2 * _PAD, 100),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         self.number_text())  # fmt: skip
        painter.setFont(self.font())
        painter.drawText(self._text_rect(self.width()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                         | int(Qt.TextFlag.TextWordWrap), self.text())  # fmt: skip
        painter.end()


class ScaleWidget(QWidget):
    """Five levels in a row; `value` is the chosen level or None."""

    valueChanged = Signal(object)  # int | None  # noqa: N815 (Qt naming)

    def __init__(
        self, anchors: Sequence[tuple[str, bool]], name: str, parent: QWidget | None = None
    ):
        """`anchors` gives each level's text and whether the rubric describes it."""
        super().__init__(parent)
        self.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusivity by hand, so a choice can also be cleared
        self.buttons: list[LevelButton] = []
        for level, (text, described) in enumerate(anchors, start=1):
            button = LevelButton(level, text, described, self)
            button.setAccessibleName(
                self.tr("{name}: level {level}").format(name=name, level=level)
            )
            self.group.addButton(button, level)
            layout.addWidget(button, 1)
            self.buttons.append(button)
        self.group.idClicked.connect(self._clicked)
        self._value: int | None = None

    @property
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, *, notify: bool = False) -> None:
        """Show `value` as chosen; emits valueChanged only when `notify` and it changed."""
        changed = value != self._value
        self._value = value
        for button in self.buttons:
            button.setChecked(button.level == value)
        if notify and changed:
            self.valueChanged.emit(value)

    def choose(self, level: int) -> None:
        """Choose a level as the user does (key or click)."""
        self.set_value(level, notify=True)
        self.buttons[level - 1].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _clicked(self, level: int) -> None:
        self.set_value(level, notify=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Overrides QWidget.keyPressEvent: arrows move the choice."""
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.isEnabled():
            step = -1 if event.key() == Qt.Key.Key_Left else 1
            current = self._value or (1 if step > 0 else 5) - step
            self.choose(max(1, min(5, current + step)))
            return
        super().keyPressEvent(event)
