# SPDX-License-Identifier: MIT
"""Running slow work off the GUI thread.

The work is a plain function of plain values (never a widget: "be careful not to call any UI
routines" off the GUI thread). Its result or error comes back through a queued signal to bound
methods of a QObject, so the callbacks run on the GUI thread, and are dropped if that object was
destroyed meanwhile (a window closed while its query ran).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


# Relays waiting for their work; kept here so Python does not collect them mid-flight.
_pending: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Run `work` in the global thread pool; `on_done(result)` or `on_error(exc)` follows.

    Pass bound methods of a QObject living on the GUI thread as the callbacks.
    """
    relay = _Relay()
    relay.finished.connect(on_done)
    relay.failed.connect(on_error)
    _pending.add(relay)

    def job() -> None:
        try:
            result = work()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            relay.failed.emit(exc)
        else:
            relay.finished.emit(result)
        finally:
            relay.deleteLater()

    relay.destroyed.connect(lambda: _pending.discard(relay))
    QThreadPool.globalInstance().start(job)
