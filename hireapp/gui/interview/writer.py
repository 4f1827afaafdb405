# SPDX-License-Identifier: MIT
"""One interview window's writes: in order, one at a time, off the GUI thread, never dropped
because the database was busy.

Each change is a closure calling a service with plain values (never a widget: it runs on the
worker thread). A write that fails because the database is busy or out of reach
(`DatabaseBusy`, `DatabaseUnavailable`) stays at the head of the queue and is tried again with
a growing pause until it lands; a write the service refuses for good (`InterviewLocked`,
`InvalidInput`, ...) is dropped and reported. Consecutive changes of one field (a note being
typed) are merged, the latest text winning, without reordering anything.

`drained` is emitted only when the queue is empty and its last write committed: that is the
only moment the window may say "saved".
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

from hireapp.errors import DatabaseBusy, DatabaseGone, DatabaseUnavailable, HireappError

# Pauses between tries of a write the database could not take: 0.5 s, doubling up to 5 s.
FIRST_RETRY_S = 0.5
LONGEST_RETRY_S = 5.0
TRANSIENT = (DatabaseBusy, DatabaseUnavailable)


@dataclass
class Write:
    """One change: the service call, and what the window does once it committed or failed."""

    work: Callable[[], object]
    key: str | None = None  # consecutive writes with the same key are merged
    done: Callable[[], object] | None = None
    refused: Callable[[HireappError], object] | None = None
    barrier: bool = False  # no database work: `done` runs once everything before it is over
    # Housekeeping (renewing the window's claim): not a change the user made, so it is neither
    # counted as pending nor shown as saving or saved, and a refusal goes to `refused` only.
    quiet: bool = False
    attempts: int = field(default=0)

    @property
    def counts(self) -> bool:
        """Whether this is a change the user made: one the window must see saved."""
        return not (self.barrier or self.quiet)


class _Relay(QObject):
    """Carries the worker's news to the GUI thread (queued: it lives there, the worker emits).

    It has no parent, and lives in `_relays` until the worker, done, schedules its deletion:
    freed by the worker thread's last reference instead, it crashed the interpreter at exit.
    """

    finished = Signal(object)
    failed = Signal(object, object)
    retrying = Signal(object, object)  # the write, the passing problem


_relays: set[_Relay] = set()


class _Line:
    """The queue itself, shared by the GUI thread and the worker; no Qt, so the worker never
    touches an object the window's destruction could delete under it."""

    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.queue: deque[Write] = deque()
        self.current: Write | None = None
        self.started: float | None = None  # when the current try of the current write began
        self.stopped = False
        self.nudged = False  # try the waiting write again now, without the rest of its pause

    def put(self, write: Write) -> bool:
        with self.lock:
            if self.stopped:
                return False
            tail = self.queue[-1] if self.queue else None
            if write.key is not None and tail is not None and tail.key == write.key:
                self.queue[-1] = write  # the newest text wins; the order stays
            else:
                self.queue.append(write)
            self.lock.notify_all()
            return True

    def pending(self) -> int:
        with self.lock:
            if self.stopped:
                return 0  # given up: nothing will be saved any more
            queued = sum(1 for w in self.queue if w.counts)
            current = self.current is not None and self.current.counts
            return queued + current

    def stop(self) -> int:
        with self.lock:
            lost = sum(1 for w in self.queue if w.counts)
            lost += self.current is not None and self.current.counts
            self.queue.clear()
            self.stopped = True
            self.lock.notify_all()
            return lost

    def wait_idle(self, timeout: float) -> bool:
        with self.lock:
            return self.lock.wait_for(
                lambda: self.stopped or (not self.queue and self.current is None),
                timeout=timeout,
            )

    def take(self) -> Write | None:
        """The next write, kept as current until it is over; None once stopped."""
        with self.lock:
            self.lock.wait_for(lambda: self.stopped or bool(self.queue))
            if self.stopped:
                self.current = None
                self.lock.notify_all()
                return None
            self.current = self.queue.popleft()
            return self.current

    def attempt(self) -> None:
        with self.lock:
            self.started = time.monotonic()

    def in_flight(self) -> float:
        with self.lock:
            return 0.0 if self.started is None else time.monotonic() - self.started

    def over(self) -> None:
        with self.lock:
            self.current = None
            self.started = None
            self.lock.notify_all()

    def pause(self, seconds: float) -> bool:
        """Sleep before the next try; False when stopped meanwhile."""
        with self.lock:
            self.started = None
            self.lock.wait_for(lambda: self.stopped or self.nudged, timeout=seconds)
            self.nudged = False
            return not self.stopped

    def nudge(self) -> None:
        with self.lock:
            self.nudged = True
            self.lock.notify_all()


class WriteQueue(QObject):
    """The ordered write queue of one interview window."""

    drained = Signal()  # empty, and the last write committed
    waiting = Signal(str)  # a write is waiting for the database; the reason
    refused = Signal(str)  # a write refused for good (dropped); the message
    gone = Signal(str)  # the database file was deleted or replaced; writes wait, kept
    busy = Signal()  # a write was queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._line = line = _Line()
        self.waiting_reason: str | None = None
        self._last_committed = False
        relay = _Relay()
        _relays.add(relay)
        relay.destroyed.connect(functools.partial(_relays.discard, relay))
        relay.finished.connect(self._finished)
        relay.failed.connect(self._failed)
        relay.retrying.connect(self._retrying)
        self.destroyed.connect(lambda: line.stop())
        self._thread = threading.Thread(target=_run, args=(line, relay), daemon=True,
                                        name="hireapp-interview-writer")  # fmt: skip
        self._thread.start()

    def put(self, write: Write) -> None:
        """Queue a write; merged into the last queued one when both change the same field."""
        if self._line.put(write) and write.counts:
            self.busy.emit()

    def after(self, callback: Callable[[], object]) -> None:
        """Run `callback` on the GUI thread once every write queued so far is over."""
        if self.pending == 0:
            callback()
        else:
            self.put(Write(lambda: None, done=callback, barrier=True))

    @property
    def pending(self) -> int:
        """Writes not yet committed or refused, the one being tried included."""
        return self._line.pending()

    @property
    def is_waiting(self) -> bool:
        """Whether a write failed for a passing reason and waits to be tried again."""
        return self.waiting_reason is not None

    def in_flight(self) -> float:
        """How long the database has been working on (or blocking) the current try, in seconds."""
        return self._line.in_flight()

    def retry_now(self) -> None:
        """Try a waiting write again at once (the database was just made reachable again)."""
        self._line.nudge()

    def stop(self) -> int:
        """Drop every write not yet done and end the worker; how many were dropped."""
        return self._line.stop()

    def wait_idle(self, timeout: float) -> bool:
        """Block until nothing is queued or in flight (tests, shutdown); whether it happened."""
        return self._line.wait_idle(timeout)

    @Slot(object)
    def _finished(self, write: Write) -> None:
        self.waiting_reason = None
        if write.counts:
            self._last_committed = True
        if write.done is not None:
            write.done()
        if not write.barrier and self._last_committed and self.pending == 0:
            self._last_committed = False  # said once; housekeeping writes do not say it again
            self.drained.emit()

    @Slot(object, object)
    def _failed(self, write: Write, exc: BaseException) -> None:
        self.waiting_reason = None
        if not isinstance(exc, HireappError):
            raise exc  # a bug: the application's excepthook tells the user, plainly
        if write.refused is not None:
            write.refused(exc)
        if write.counts:
            self._last_committed = False
            self.refused.emit(str(exc))

    @Slot(object, object)
    def _retrying(self, write: Write, problem: HireappError) -> None:
        reason = str(problem)
        if write.counts:  # housekeeping that waits is not a change of the user's that waits
            self.waiting_reason = reason
            self.waiting.emit(reason)
        if isinstance(problem, DatabaseGone):
            self.gone.emit(reason)


def _run(line: _Line, relay: _Relay) -> None:
    """The worker: one write at a time, a transient failure retried until it lands."""
    try:
        _work(line, relay)
    finally:
        with contextlib.suppress(RuntimeError):
            relay.deleteLater()


def _work(line: _Line, relay: _Relay) -> None:
    while (write := line.take()) is not None:
        pause = FIRST_RETRY_S
        while True:
            write.attempts += 1
            line.attempt()
            try:
                write.work()
            except TRANSIENT as exc:
                _emit(relay.retrying, write, exc)
                if not line.pause(pause):
                    line.over()
                    return
                pause = min(pause * 2, LONGEST_RETRY_S)
                continue
            except BaseException as exc:  # sorted on the GUI thread: refused, or a bug
                line.over()
                _emit(relay.failed, write, exc)
            else:
                line.over()
                _emit(relay.finished, write)
            break


def _emit(signal: SignalInstance, *args: object) -> None:
    """Emit, unless the GUI side is already gone (the window was destroyed mid-write)."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)
