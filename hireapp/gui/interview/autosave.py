# SPDX-License-Identifier: MIT
"""Saving what is typed without a save action and without stalling typing.

A change starts a short timer; changes while it runs only replace the pending value, so a save
happens at most AUTOSAVE_MS after the first unsaved keystroke however fast the typing, and one
small write covers a whole burst of keys. Choices (a score, a cue) are saved at once instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

AUTOSAVE_MS = 300


class Throttled(QObject):
    """Calls `save(value)` with the latest value at most AUTOSAVE_MS after the first change."""

    def __init__(self, save: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def changed(self, value: str) -> None:
        self._pending = value
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Save the pending value now (leaving a page, closing the window)."""
        self._timer.stop()
        if self._pending is not None:
            value, self._pending = self._pending, None
            self._save(value)

    def discard(self) -> None:
        """Forget the pending value: the caller is saving the current text itself."""
        self._timer.stop()
        self._pending = None
