# SPDX-License-Identifier: MIT
"""The 30-second countdown, on a clock that tests can move by hand.

The display is redrawn by a timer, but the time itself always comes from the clock, so a busy
event loop can delay a redraw but never stretch the 30 seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

Clock = Callable[[], float]


class ManualClock:
    """A clock for tests: it moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Countdown(QObject):
    """Counts `seconds` down from start(); ticks while running, finishes once."""

    ticked = Signal(float)  # seconds left
    finished = Signal()

    def __init__(self, seconds: float, clock: Clock = time.monotonic,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.seconds = seconds
        self.clock = clock
        self._started: float | None = None
        self._done = False
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._started is not None and not self._done

    def start(self) -> None:
        self._started = self.clock()
        self._done = False
        self._timer.start()
        self.tick()

    def elapsed(self) -> float | None:
        """Seconds since start(), None before it."""
        return None if self._started is None else max(0.0, self.clock() - self._started)

    def remaining(self) -> float:
        elapsed = self.elapsed()
        return self.seconds if elapsed is None else max(0.0, self.seconds - elapsed)

    def tick(self) -> None:
        """Recompute from the clock; called by the timer, and by tests after moving the clock."""
        if self._started is None or self._done:
            return
        left = self.remaining()
        self.ticked.emit(left)
        if left <= 0:
            self._done = True
            self._timer.stop()
            self.finished.emit()

    def stop(self) -> None:
        self._timer.stop()
        self._done = True
