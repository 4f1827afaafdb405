# SPDX-License-Identifier: MIT
"""Background work, one way: an Operation runs a function off the GUI thread and hands back its
result or its error to handlers on the GUI thread.

The shape is Anki's `CollectionOp`/`QueryOp`::

    Operation(self, lambda: comparison_rows(db, position), title="Load candidates")
        .success(self.show_rows)      # gets the rows, typed: mypy checks it against the work
        .failure(self.show_problem)   # gets a HireappError; without it, a warning box
        .with_progress("Loading…")    # optional: a progress dialog if it takes a while
        .run()

The work is handed plain values and never a widget ("be careful not to call any UI routines" off
the GUI thread). If it takes one argument it gets a `Progress`, whose reports reach the dialog.
Results travel by queued signals to the GUI thread. When the parent widget is destroyed first (a
window closed while its query ran), they are dropped and no handler runs.

Errors: the project's own (`HireappError`) are for the user and go to the failure handler, or to
a warning box with their text. Anything else is a bug: its traceback goes to stderr and the user
reads only that something unexpected stopped the operation, never a traceback or SQL.
"""

from __future__ import annotations

import inspect
import sys
import threading
import traceback
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, Self, TypeVar, cast, overload

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from hireapp.errors import HireappError, ImportRejected

T = TypeVar("T")
translate = QCoreApplication.translate

# Work that ends sooner never shows a progress dialog, so quick work does not flash one.
SHOW_PROGRESS_AFTER_MS = 300
MAX_SHOWN_ISSUES = 30


def error_message(exc: HireappError) -> str:
    """What to tell the user about an error: every problem of a refused file (up to a limit), or
    its one line."""
    if isinstance(exc, ImportRejected):
        lines = [str(issue) for issue in exc.issues[:MAX_SHOWN_ISSUES]]
        if len(exc.issues) > MAX_SHOWN_ISSUES:
            more = len(exc.issues) - MAX_SHOWN_ISSUES
            lines.append(translate("Operations", "… and %Ln more", None, more))
        return translate("Operations", "Nothing was imported:") + "\n" + "\n".join(lines)
    return as_sentence(str(exc))


def install_excepthook() -> None:
    """Errors nobody caught in a slot (bugs) reach the user as a plain sentence.

    Qt calls slots from its event loop, where an escaped exception would only be printed; the
    user would see nothing happen. The traceback still goes to stderr, for the developer.
    """

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        traceback.print_exception(kind, value, tb, file=sys.stderr)
        if QApplication.instance() is not None and not issubclass(kind, KeyboardInterrupt):
            text = (
                error_message(value)
                if isinstance(value, HireappError)
                else unexpected_message(translate("Operations", "the last action"))
            )
            box = show_warning(QApplication.activeWindow(), "hireapp", text)
            # Without a window to own it, Python would collect the box before it is seen.
            _unowned.add(box)
            box.finished.connect(lambda _result: _unowned.discard(box))

    sys.excepthook = hook


_unowned: set[QMessageBox] = set()


def as_sentence(text: str) -> str:
    """A one-line message as a sentence in a dialog: a capital first letter and a full stop.

    The project's errors read as clauses ("submit your own interview of Bo first: ...") so that
    the command line can print them after "hireapp: "; a window shows them as sentences.
    """
    if not text or "\n" in text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def unexpected_message(title: str) -> str:
    """What the user reads about a bug: no exception text, which may hold SQL or notes."""
    return translate(
        "Operations",
        "An unexpected error stopped “{title}”. Nothing more is known here; the details were "
        "written to the program's error output.",
    ).format(title=title)


def show_warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A warning the user can read and dismiss; opened, not executed, so nothing blocks."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class _Relay(QObject):
    """Carries the worker's news to the GUI thread.

    It has no parent, so it outlives a destroyed parent widget for as long as the worker may
    still emit; the worker schedules its deletion when the work has returned.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal()


# Relays whose work has not returned yet; kept here so Python does not collect them mid-flight.
_running: set[_Relay] = set()


def running() -> int:
    """How many operations' work has not yet returned and been cleaned up."""
    return len(_running)


QUIT_WAIT_MS = 30_000
_drain_hooked = False


def _drain_at_quit() -> None:
    """Once per application: at quit, ask running work to stop and wait for it.

    Without this, Python's shutdown deleted the relays while a worker was still emitting on
    them ("Internal C++ object already deleted"), and the process lingered windowless.
    """
    global _drain_hooked
    app = QCoreApplication.instance()
    if _drain_hooked or app is None:
        return
    _drain_hooked = True
    app.aboutToQuit.connect(drain)


def drain(wait_ms: int = QUIT_WAIT_MS) -> bool:
    """Cancel every running operation's work and wait for it; whether it all returned."""
    for operation in list(_operations):
        if operation.progress is not None:
            operation.progress.cancel()
    return bool(QThreadPool.globalInstance().waitForDone(wait_ms))


class Progress:
    """How far the work is, reported from the worker thread; shown on the GUI thread.

    Reports are coalesced: however often the work reports, at most one update waits in the GUI
    thread's queue, and it shows the latest figures.
    """

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._lock = threading.Lock()
        self._done = 0
        self._total: int | None = None
        self._text: str | None = None
        self._queued = False
        self._cancelled = threading.Event()

    def report(self, done: int, total: int | None = None) -> None:
        """`done` of `total` steps; no total (or 0) shows a busy, indeterminate bar."""
        with self._lock:
            self._done, self._total = done, total
            notify, self._queued = not self._queued, True
        self._notify(notify)

    def label(self, text: str) -> None:
        """Replace the dialog's text, for example with the step being worked on."""
        with self._lock:
            self._text = text
            notify, self._queued = not self._queued, True
        self._notify(notify)

    def _notify(self, notify: bool) -> None:
        # Outside the lock: reported on the GUI thread, the update runs at once and takes it.
        if notify:
            self._relay.progressed.emit()

    @property
    def cancelled(self) -> bool:
        """True once the user pressed Cancel; the work checks it and stops when it can."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def latest(self) -> tuple[int, int | None, str | None]:
        """The latest (done, total, text), for the GUI thread; the next report notifies again."""
        with self._lock:
            self._queued = False
            return self._done, self._total, self._text


def _takes_progress(work: Callable[..., object]) -> bool:
    """Whether the work has a required positional parameter, which then gets the Progress."""
    try:
        parameters = inspect.signature(work).parameters.values()
    except (TypeError, ValueError):  # a callable Python cannot describe: call it plainly
        return False
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return any(p.kind in positional and p.default is p.empty for p in parameters)


class Operation(QObject, Generic[T]):
    """One piece of work off the GUI thread, with typed success and failure handlers.

    `finished(ok)` is emitted on the GUI thread after the handler ran (ok: the work succeeded);
    then the Operation deletes itself. If the parent was destroyed first, no handler runs and
    nothing is emitted.

    The Operation is not the parent's child: it holds the parent (as its handlers, usually the
    parent's methods, do anyway) and watches for its destruction. A child would be deleted with
    the parent while its own deferred deletion is pending, and releasing the handlers while it is
    deleted could free the parent from inside its child's destructor.
    """

    finished = Signal(bool)

    @overload
    def __init__(self, parent: QWidget, work: Callable[[Progress], T], *, title: str) -> None: ...

    @overload
    def __init__(self, parent: QWidget, work: Callable[[], T], *, title: str) -> None: ...

    def __init__(
        self, parent: QWidget, work: Callable[[Progress], T] | Callable[[], T], *, title: str
    ) -> None:
        super().__init__()
        self._parent = parent
        self._parent_alive = True
        parent.destroyed.connect(self._parent_destroyed)
        self.title = title
        if _takes_progress(work):
            self._work = cast(Callable[[Progress], T], work)
        else:
            plain = cast(Callable[[], T], work)
            self._work = lambda _progress: plain()
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[HireappError], object] | None = None
        self._label: str | None = None  # None: no progress dialog
        self._cancellable = False
        self._started = False
        self._over = False
        self.progress: Progress | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None  # the warning shown, if any
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_PROGRESS_AFTER_MS)
        self._timer.timeout.connect(self._show_progress)

    # --- set-up, fluent -----------------------------------------------------------------------

    def success(self, handler: Callable[[T], object]) -> Self:
        """Call `handler(result)` on the GUI thread when the work returns."""
        self._on_success = handler
        return self

    def failure(self, handler: Callable[[HireappError], object]) -> Self:
        """Call `handler(error)` on the GUI thread when the work raises a HireappError."""
        self._on_failure = handler
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> Self:
        """Show a progress dialog with `label` if the work runs longer than a moment.

        With `cancellable`, it has a Cancel button that sets `progress.cancelled`.
        """
        self._label = label
        self._cancellable = cancellable
        return self

    def run(self) -> Self:
        """Start the work in the global thread pool; the handlers follow on the GUI thread."""
        if self._started:
            raise RuntimeError("an Operation runs once")
        self._started = True
        _operations.add(self)
        self.destroyed.connect(partial(_operations.discard, self))
        _drain_at_quit()
        relay = _Relay()
        relay.succeeded.connect(self._succeeded)
        relay.failed.connect(self._failed)
        relay.progressed.connect(self._progressed)
        _running.add(relay)
        relay.destroyed.connect(partial(_running.discard, relay))
        progress = self.progress = Progress(relay)
        work = self._work

        def job() -> None:
            try:
                result = work(progress)
            except BaseException as exc:  # every failure goes to the GUI thread, which sorts it
                # BaseException too: a SystemExit in the work must not leave a modal progress
                # dialog up for good; in a pool thread there is nothing to exit anyway.
                relay.failed.emit(exc)
            else:
                relay.succeeded.emit(result)
            finally:
                relay.deleteLater()

        if self._label is not None:
            self._timer.start()
        QThreadPool.globalInstance().start(job)
        return self

    # --- on the GUI thread --------------------------------------------------------------------

    @Slot()
    def _parent_destroyed(self) -> None:
        self._parent_alive = False
        self._over = True
        self._timer.stop()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        if not self._parent_alive:
            self.deleteLater()  # a window closed while its work ran: nobody to tell
            return
        self._close_progress()
        handled = False
        try:
            if self._on_success is not None:
                self._on_success(cast(T, result))
            handled = True
        finally:
            self._finish(handled)  # a handler that raised did not succeed

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        if not self._parent_alive:
            self.deleteLater()
            return
        self._close_progress()
        try:
            if isinstance(exc, HireappError):
                if self._on_failure is not None:
                    self._on_failure(exc)
                else:
                    self.message_box = show_warning(self._parent, self.title, error_message(exc))
            else:
                # A bug rather than the user's problem: the traceback for the developer only.
                traceback.print_exception(exc, file=sys.stderr)
                self.message_box = show_warning(
                    self._parent, self.title, unexpected_message(self.title)
                )
        finally:
            self._finish(False)

    def _finish(self, ok: bool) -> None:
        self.finished.emit(ok)
        self.deleteLater()

    def _show_progress(self) -> None:
        if self._over:
            return
        dialog = QProgressDialog(
            self._label or "", translate("Operations", "Cancel"), 0, 0, self._parent
        )
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(self.title)
        dialog.setAccessibleName(self.title)
        dialog.setAccessibleDescription(self._label or "")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self._cancel)
        self.progress_dialog = dialog
        dialog.show()
        self._progressed()

    @Slot()
    def _progressed(self) -> None:
        if self.progress is None:
            return
        done, total, text = self.progress.latest()
        dialog = self.progress_dialog
        if dialog is None or self._over or self.progress.cancelled:
            return
        if text is not None:
            dialog.setLabelText(text)
        if total:
            dialog.setRange(0, total)
            # A modal QProgressDialog processes events in setValue; _over guards what follows.
            dialog.setValue(max(0, min(done, total)))
        else:
            dialog.setRange(0, 0)

    @Slot()
    def _cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def _close_progress(self) -> None:
        self._over = True
        self._timer.stop()
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()


# Operations under way or not yet deleted; kept here, not by a parent, so that they live on
# until they have finished (see Operation).
_operations: set[Operation[Any]] = set()
