# SPDX-License-Identifier: MIT
"""A throwaway PostgreSQL server on loopback for the test suite.

initdb refuses to run as root, and these machines run us as root: the data folder then belongs to
the `postgres` user and the server tools run through runuser. As an ordinary user they run directly.
"""

from __future__ import annotations

import glob
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass


def find_bin_dir() -> pathlib.Path | None:
    """The folder with initdb and pg_ctl: $PG_BIN, PATH, or Debian's /usr/lib/postgresql/N/bin."""
    if os.environ.get("PG_BIN"):
        return pathlib.Path(os.environ["PG_BIN"])
    initdb = shutil.which("initdb")
    if initdb:
        return pathlib.Path(initdb).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(pathlib.Path(p).parts[-3]),
    )
    return pathlib.Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    bin_dir: pathlib.Path
    base: pathlib.Path
    port: int
    as_postgres: bool

    @property
    def data(self) -> pathlib.Path:
        return self.base / "data"

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stdout}\n{result.stderr}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "hireapp", "-E", "UTF8",
                  "--no-sync")  # fmt: skip
        options = f"-k {self.base} -p {self.port} -h 127.0.0.1 -F -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.base / "log"),
                  "-w", "start")  # fmt: skip

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://hireapp@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A fresh, empty database on this server; its URL."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="hireapp", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_server() -> PostgresServer:
    """Start a server in a new temporary folder (RuntimeError if the binaries are missing)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's initdb and pg_ctl were not found (install postgresql)")
    as_postgres = os.geteuid() == 0
    base = pathlib.Path(tempfile.mkdtemp(prefix="hireapp-pg-"))
    if as_postgres:
        shutil.chown(base, "postgres", "postgres")
    server = PostgresServer(bin_dir, base, _free_port(), as_postgres)
    try:
        server.start()
    except Exception:
        shutil.rmtree(base, ignore_errors=True)
        raise
    return server
