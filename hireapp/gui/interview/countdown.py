# SPDX-License-Identifier: MIT
"""The 30-second countdown, on a clock that tests can move by hand.

The display is redrawn by a timer, but the time itself always comes from the clock, so a busy
event loop can delay a redraw but never stretch the 30 seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionProgressBar, QStylePainter, QWidget

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


class CountdownBar(QWidget):
    """The time left drawn as the style's progress bar, and nothing said about it by itself.

    A QProgressBar tells assistive technology every value it is given, ten times a second here:
    a screen reader would chatter through the greeting. The page describes the countdown at the
    moments that matter instead (started, 10 seconds left, time is up, recorded).
    """

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._maximum = maximum
        self._value = maximum
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        if value != self._value:
            self._value = value
            self.update()

    def _option(self) -> QStyleOptionProgressBar:
        option = QStyleOptionProgressBar()
        option.initFrom(self)
        option.state |= QStyle.StateFlag.State_Horizontal
        option.minimum, option.maximum, option.progress = 0, self._maximum, self._value
        option.textVisible = False
        return option

    def sizeHint(self) -> QSize:
        """Overrides QWidget.sizeHint: as tall as a progress bar of the style."""
        metrics = self.fontMetrics()
        size = QSize(metrics.horizontalAdvance("0") * 10 + 8, metrics.height() + 8)
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ProgressBar, self._option(), size, self
        )

    def minimumSizeHint(self) -> QSize:
        """Overrides QWidget.minimumSizeHint."""
        return QSize(40, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Overrides QWidget.paintEvent."""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_ProgressBar, self._option())
