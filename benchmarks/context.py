# SPDX-License-Identifier: MIT
"""What every benchmark module gets: run count, a scratch folder, an environment, demo data."""

from __future__ import annotations

import functools
import os
import pathlib
import subprocess
import sys
from dataclasses import dataclass, field


@dataclass
class Context:
    runs: int
    folder: pathlib.Path
    candidates: int = 10_000
    env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                    "XDG_CONFIG_HOME": str(self.folder / "config")}  # fmt: skip

    @functools.cached_property
    def demo_database(self) -> pathlib.Path:
        """An SQLite file with `candidates` demo candidates (seed 1), built once per run."""
        path = self.folder / "demo.sqlite3"
        build_demo(path, self.candidates)
        return path


def build_demo(path: pathlib.Path, candidates: int) -> None:
    """A fresh demo database at `path`, through the real command line."""
    path.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "hireapp", "--db", str(path), "demo", "--candidates",
                    str(candidates), "--seed", "1"], check=True, capture_output=True)  # fmt: skip
