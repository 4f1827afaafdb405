# SPDX-License-Identifier: MIT
"""`make bench`: every benchmark module, each figure beside a baseline measured in the same run.

A module in BENCHMARK_MODULES has `run(context) -> list[Result]`; see benchmarks/context.py.
"""

from __future__ import annotations

import argparse
import importlib
import pathlib
import tempfile

from benchmarks.context import Context

BENCHMARK_MODULES = (
    "bench_core", "bench_interview", "bench_compare", "bench_reports", "bench_data", "bench_print",
    "bench_startup_installed",
)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--runs", type=int, default=5, help="repetitions per figure (median)")
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("only", nargs="*", help="module names to run (default: all)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hireapp-bench-") as folder:
        context = Context(runs=args.runs, folder=pathlib.Path(folder), candidates=args.candidates)
        for name in args.only or BENCHMARK_MODULES:
            print(f"== {name}", flush=True)
            for result in importlib.import_module(f"benchmarks.{name}").run(context):
                print(result.line(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
