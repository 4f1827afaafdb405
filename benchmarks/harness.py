# SPDX-License-Identifier: MIT
"""A small harness: time a thing several times, report the median beside its baseline."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    name: str
    median: float
    runs: int
    baseline_name: str | None = None
    baseline_median: float | None = None

    def line(self) -> str:
        text = f"{self.name:<52} {self.median * 1000:>10.1f} ms  (median of {self.runs})"
        if self.baseline_median:
            ratio = self.median / self.baseline_median
            text += f"\n{'':<4}vs {self.baseline_name:<45} {self.baseline_median * 1000:>10.1f} ms"
            text += f"  ratio {ratio:.2f}x"
        return text


def median_seconds(
    action: Callable[[], object], runs: int, prepare: Callable[[], object] | None = None
) -> float:
    """The median wall time of `action` over `runs` runs; `prepare` runs untimed before each."""
    times = []
    for _ in range(runs):
        if prepare is not None:
            prepare()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def python_process(code: str, *args: str, env: dict[str, str] | None = None) -> Callable[[], None]:
    """An action that runs `code` in a fresh Python process and fails loudly if it fails."""

    def run() -> None:
        result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                                text=True, env=env, timeout=600)  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError(f"benchmark process failed:\n{result.stderr}")

    return run
