# SPDX-License-Identifier: MIT
"""A PDF per candidate for a whole position, on two processes, with progress.

The orchestration of a batch (the database, the process pool, progress) is a service; the reports
package only renders and names files. Each worker process opens its own database from the URL
(connections cannot cross a fork) and renders chunks of candidates: a chunk's reports are built by
hireapp.services.reports in a few queries, then each summary is written to its own file. The parent
hands out chunks and reports progress as they finish.
"""

from __future__ import annotations

import multiprocessing
import os
import pathlib
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass

from hireapp.errors import InvalidInput
from hireapp.reports.naming import file_name
from hireapp.services.files import atomic_write
from hireapp.services.reports import gather_candidates, position_candidates
from hireapp.storage.session import Database

CHUNK = 25
_worker_db: Database | None = None


@dataclass(frozen=True)
class Written:
    candidate_id: int
    name: str
    path: pathlib.Path


@dataclass(frozen=True)
class BatchResult:
    position: str
    written: tuple[Written, ...]
    without_interviews: int
    folder: pathlib.Path


def prepare_folder(folder: pathlib.Path) -> None:
    """Create the output folder (private: it holds candidates' summaries) and check that files
    can be written in it. A folder that exists keeps the permissions its owner gave it."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe = folder / f".hireapp-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise InvalidInput("-o", f"cannot write to {folder}: {exc.strerror or exc}") from exc


def _init_worker(url: str) -> None:
    global _worker_db
    from hireapp.reports import register_fonts

    # The parent opened (and checked) this database a moment ago: each worker need not again.
    _worker_db = Database(url, migrate=False, check_integrity=False)
    register_fonts()


def render_chunk(
    db: Database, ids: Sequence[int], names: dict[int, str], folder: pathlib.Path
) -> list[Written]:
    """Summaries of these candidates, one file each (candidates with nothing are left out)."""
    from hireapp.reports import write_candidate_summary

    reports = gather_candidates(db, ids)
    written = []
    for candidate_id in ids:
        report = reports.get(candidate_id)
        if report is None:
            continue
        path = folder / file_name(candidate_id, names[candidate_id])
        with atomic_write(path, field="-o") as out:  # a half-written PDF is never left behind
            write_candidate_summary(report, out)
        written.append(Written(candidate_id, report.name, path))
    return written


def _work(ids: list[int], names: dict[int, str], folder: str) -> list[Written]:
    assert _worker_db is not None, "the worker opens its database first"
    return render_chunk(_worker_db, ids, names, pathlib.Path(folder))


def export_position(
    db: Database,
    position: str,
    folder: pathlib.Path,
    *,
    workers: int | None = None,
    chunk: int = CHUNK,
    progress: Callable[[int, int], None] | None = None,
) -> BatchResult:
    """Write a summary PDF per candidate of the position who has a submitted interview.

    On one worker the work runs in this process on `db`; on more, each worker process opens the
    same database by its URL.
    """
    roster = position_candidates(db, position)
    prepare_folder(folder)
    names = dict(roster.candidates)
    ids = list(names)
    chunks = [ids[i : i + chunk] for i in range(0, len(ids), chunk)]
    workers = workers or min(2, os.cpu_count() or 1)
    written: list[Written] = []
    if progress is not None:
        progress(0, len(ids))
    if workers <= 1 or len(chunks) <= 1:
        from hireapp.reports import register_fonts

        register_fonts()
        for part in chunks:
            written += render_chunk(db, part, names, folder)
            if progress is not None:
                progress(len(written), len(ids))
    else:
        # spawn, not fork: a forked child would inherit the parent's threads and connections.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_init_worker, initargs=(db.url,)
        ) as pool:
            futures = [
                pool.submit(_work, part, {i: names[i] for i in part}, str(folder))
                for part in chunks
            ]
            for future in as_completed(futures):
                written += future.result()
                if progress is not None:
                    progress(len(written), len(ids))
    written.sort(key=lambda w: (w.name.casefold(), w.candidate_id))
    return BatchResult(
        position=roster.title,
        written=tuple(written),
        without_interviews=roster.total - len(written),
        folder=folder,
    )
