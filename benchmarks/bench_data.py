# SPDX-License-Identifier: MIT
"""Interchange files: the memory an import costs, measured on a real `hireapp interviews import`.

- peak RSS of the import process refusing invalid files of 2, 20 and 200 MB, beside the file's
  size (the ratio) and the bound the issue sets (300 MB + 3x the file). Two kinds of invalid file:
  "tiny items" (a million wrong interviews per 3 MB, `[0, 0, ...]`: the case that made every
  collected error cost ~500x the file), and "real items" (exported interviews, each with every
  score out of range). The 200 MB files are skipped with HIREAPP_BENCH_DATA_SMALL=1;
- a valid file of about 20 MB (200 MB with HIREAPP_BENCH_DATA_VALID_MB=200) imported into a fresh
  SQLite database: wall time of the process and its peak RSS;
- the baseline for both: the same command importing a file of one interview.

Peak RSS is read with resource.getrusage(RUSAGE_CHILDREN) in a fresh wrapper process whose only
child is the import, so no earlier child's peak is counted.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import uuid
from dataclasses import dataclass
from typing import Any

from benchmarks.context import Context, build_demo

MB = 1_000_000
INVALID_SIZES_MB = (2, 20, 200)

# Runs the import as its only child; prints the child's peak RSS (bytes) and wall time.
_WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
result = subprocess.run(sys.argv[2:], capture_output=True, text=True)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(result.returncode, peak, seconds)
if result.returncode not in (0, int(sys.argv[1])):
    sys.stderr.write(result.stderr)
    raise SystemExit(3)
"""


@dataclass(frozen=True)
class MemoryResult:
    """A peak RSS (and optionally a time), beside the file's size and a baseline."""

    name: str
    peak: int
    size: int
    seconds: float | None = None
    baseline_peak: int | None = None
    bound: int | None = None

    def line(self) -> str:
        text = f"{self.name:<52} peak {self.peak / MB:>8.1f} MB"
        if self.size:
            text += f"  file {self.size / MB:>6.1f} MB  ratio {self.peak / self.size:>6.1f}x"
        if self.seconds is not None:
            text += f"  {self.seconds:>7.2f} s"
        if self.baseline_peak is not None:
            extra = self.peak - self.baseline_peak
            text += f"\n{'':<4}above the one-interview import: {extra / MB:.1f} MB"
            if self.size:
                text += f" ({extra / self.size:.2f}x the file)"
        if self.bound is not None:
            verdict = "within" if self.peak <= self.bound else "OVER"
            text += f"\n{'':<4}bound 300 MB + 3x file = {self.bound / MB:.0f} MB: {verdict}"
        return text


def _measure(
    context: Context, database: pathlib.Path, file: pathlib.Path, expect: int
) -> tuple[int, float]:
    """Peak RSS (bytes) and seconds of `hireapp interviews import FILE` in a fresh process."""
    command = [sys.executable, "-m", "hireapp", "--db", str(database), "interviews", "import",
               str(file)]  # fmt: skip
    done = subprocess.run([sys.executable, "-c", _WRAPPER, str(expect), *command],
                          capture_output=True, text=True, env=context.env, check=False)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"benchmark import failed:\n{done.stderr}")
    code, peak, seconds = done.stdout.split()
    if int(code) != expect:
        raise RuntimeError(f"the import exited {code}, expected {expect}")
    return int(peak), float(seconds)


def _template(context: Context) -> dict[str, Any]:
    """An exported file of a small demo database: its submitted interviews are the templates."""
    database = context.folder / "data-source.sqlite3"
    build_demo(database, 5)
    path = context.folder / "data-source.json"
    subprocess.run([sys.executable, "-m", "hireapp", "--db", str(database), "interviews",
                    "export", "-o", str(path)], check=True, capture_output=True,
                   env=context.env)  # fmt: skip
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    data["interviews"] = [i for i in data["interviews"] if i["status"] == "submitted"]
    return data


def _valid(template: dict[str, Any], size: int, path: pathlib.Path) -> int:
    """A valid file of about `size` bytes: copies of the templates, each its own candidate."""
    records = template["interviews"]
    one = len(json.dumps(records[0], indent=2))
    copies = []
    for number in range(max(1, size // one)):
        record = json.loads(json.dumps(records[number % len(records)]))
        record["uid"] = str(uuid.UUID(int=number + 1, version=4))
        record["base_hash"] = None
        record["candidate"]["email"] = f"candidate{number}@example.org"
        record["candidate"]["name"] = f"Candidate {number}"
        copies.append(record)
    path.write_text(json.dumps({**template, "interviews": copies}, indent=2), "utf-8")
    return path.stat().st_size


def _invalid(template: dict[str, Any], kind: str, size: int, path: pathlib.Path) -> int:
    """An invalid file of about `size` bytes of one kind (see the module docstring)."""
    head = {key: value for key, value in template.items() if key != "interviews"}
    with path.open("w", encoding="utf-8") as out:
        prefix = json.dumps({**head, "interviews": []})[:-2]  # without the closing "]}"
        out.write(prefix)
        if kind == "tiny items":
            item = "0"
        else:
            record = json.loads(json.dumps(template["interviews"][0]))
            for answer in record["answers"]:
                answer["score"] = 9
            item = json.dumps(record)
        count = max(1, (size - len(prefix)) // (len(item) + 2))
        chunk = ", ".join([item] * min(count, 10_000))
        written = 0
        while written < count:
            step = min(10_000, count - written)
            text = chunk if step == 10_000 else ", ".join([item] * step)
            out.write(text if written == 0 else ", " + text)
            written += step
        out.write("]}")
    return path.stat().st_size


def run(context: Context) -> list[MemoryResult]:
    template = _template(context)
    folder = context.folder / "data"
    folder.mkdir(exist_ok=True)
    results: list[MemoryResult] = []

    small = folder / "one.json"
    _valid(template, 1, small)
    # The baseline runs on a database that exists already, as the invalid imports do: the first
    # import creates it (and loads the migrations), the second is the one measured.
    target = folder / "target.sqlite3"
    _measure(context, target, small, 0)
    base_peak, base_seconds = _measure(context, target, small, 0)
    results.append(MemoryResult("import of one interview (baseline)", base_peak, 0, base_seconds))

    sizes = INVALID_SIZES_MB[:2] if os.environ.get("HIREAPP_BENCH_DATA_SMALL") else INVALID_SIZES_MB
    for kind in ("tiny items", "real items"):
        for megabytes in sizes:
            path = folder / f"invalid-{megabytes}.json"
            size = _invalid(template, kind, megabytes * MB, path)
            peak, _ = _measure(context, target, path, 2)
            results.append(MemoryResult(f"invalid {megabytes} MB file ({kind}), refused", peak,
                                        size, None, base_peak, 300 * MB + 3 * size))  # fmt: skip
            path.unlink()

    megabytes = int(os.environ.get("HIREAPP_BENCH_DATA_VALID_MB", "20"))
    path = folder / "valid.json"
    size = _valid(template, megabytes * MB, path)
    runs = []
    for run_number in range(max(1, min(context.runs, 3))):
        database = folder / f"valid-{run_number}.sqlite3"
        peak, seconds = _measure(context, database, path, 0)
        runs.append((seconds, peak))
        database.unlink()
    runs.sort()
    seconds, peak = runs[len(runs) // 2]
    results.append(MemoryResult(f"valid {megabytes} MB file imported (median of {len(runs)})",
                                peak, size, seconds, base_peak))  # fmt: skip
    path.unlink()
    return results
