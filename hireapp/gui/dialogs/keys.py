# SPDX-License-Identifier: MIT
"""Enter in an editable combo box presses the dialog's button, once.

An editable QComboBox completes inline: typing "Sto" shows "Store associate" with the rest
selected. Qt's line edit then spends the first Enter accepting that completion and only the
second reaches the dialog's default button, so Enter had to be pressed twice although the text
already read right. Here one Enter takes the text as shown and presses the button, when the
button is enabled.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox


class _EnterAccepts(QObject):
    def __init__(self, combo: QComboBox, button: QAbstractButton) -> None:
        super().__init__(combo)
        self._combo = combo
        self._button = button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Overrides QObject.eventFilter: Return and Enter without modifiers press the button."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            completer = self._combo.completer()
            popup = None if completer is None else completer.popup()
            if popup is not None and popup.isVisible():
                return False  # Enter chooses from the list first, as the list shows
            line = self._combo.lineEdit()
            if line is not None and line.hasSelectedText():
                line.deselect()
                line.end(False)
            if self._button.isEnabled() and self._button.isVisible():
                self._button.click()
                return True
        return False


def enter_accepts(combo: QComboBox, button: QAbstractButton) -> None:
    """One Enter in `combo` (editable) presses `button`, an inline completion taken as shown."""
    watcher = _EnterAccepts(combo, button)
    combo.installEventFilter(watcher)
    line = combo.lineEdit()
    if line is not None:
        line.installEventFilter(watcher)
