# SPDX-License-Identifier: MIT
"""The interview window's write queue on its own: order, merging, retries, refusals."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from hireapp.errors import DatabaseBusy, DatabaseUnavailable, InterviewLocked
from hireapp.gui.app import create_application
from hireapp.gui.interview import writer
from hireapp.gui.interview.writer import Write, WriteQueue


@pytest.fixture
def queue(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[WriteQueue]:
    create_application()
    monkeypatch.setattr(writer, "FIRST_RETRY_S", 0.01)
    queue = WriteQueue()
    yield queue
    queue.stop()


def test_writes_run_in_order_and_a_field_typed_again_is_merged(
    qtbot: QtBot, queue: WriteQueue
) -> None:
    ran: list[str] = []
    gate = threading.Event()
    queue.put(Write(lambda: (gate.wait(5), ran.append("first"))))
    for name, key in (("a1", "a"), ("a2", "a"), ("b", "b"), ("a3", "a"), ("a4", "a")):
        queue.put(Write(lambda name=name: ran.append(name), key=key))
    assert queue.pending == 4  # first, a2, b, a4: a1 and a3 were replaced by newer text
    with qtbot.waitSignal(queue.drained, timeout=5000):
        gate.set()
    assert ran == ["first", "a2", "b", "a4"]
    assert queue.pending == 0


def test_a_busy_database_keeps_the_write_at_the_head_until_it_lands(
    qtbot: QtBot, queue: WriteQueue
) -> None:
    tries: list[str] = []
    failures = [DatabaseBusy("the database x is busy"), DatabaseUnavailable("x is down")]

    def flaky() -> None:
        tries.append("flaky")
        if failures:
            raise failures.pop(0)

    reasons: list[str] = []
    queue.waiting.connect(reasons.append)
    queue.put(Write(flaky))
    queue.put(Write(lambda: tries.append("after")))
    qtbot.waitSignal(queue.drained, timeout=5000).wait()
    assert tries == ["flaky", "flaky", "flaky", "after"]  # nothing overtook the waiting write
    assert reasons == ["the database x is busy", "x is down"]
    assert not queue.is_waiting


def test_a_refused_write_is_dropped_reported_and_never_called_saved(
    qtbot: QtBot, queue: WriteQueue
) -> None:
    def locked() -> None:
        raise InterviewLocked("the interview was submitted")

    with qtbot.waitSignal(queue.drained, timeout=5000):
        queue.put(Write(lambda: None))
    refused: list[str] = []
    drained: list[bool] = []
    queue.refused.connect(refused.append)
    queue.drained.connect(lambda: drained.append(True))
    with qtbot.waitSignal(queue.refused, timeout=5000):
        queue.put(Write(locked))
    qtbot.wait(100)
    assert refused == ["the interview was submitted"]
    assert drained == []  # an empty queue after a refusal is not "saved"
    assert queue.pending == 0
    # The next commit says "saved" again.
    with qtbot.waitSignal(queue.drained, timeout=5000):
        queue.put(Write(lambda: None))


def test_stopping_drops_what_waits(qtbot: QtBot, queue: WriteQueue) -> None:
    def busy() -> None:
        raise DatabaseBusy("busy")

    with qtbot.waitSignal(queue.waiting, timeout=5000):
        queue.put(Write(busy))
    queue.put(Write(lambda: None))
    assert queue.pending == 2
    assert queue.stop() == 2
    assert queue.pending == 0
