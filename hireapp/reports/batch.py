# SPDX-License-Identifier: MIT
"""A PDF per candidate for a whole position, on every core.

Each worker process opens its own database from the URL (connections cannot cross a fork) and
renders chunks of candidates: one chunk is gathered in three queries, then each summary written to
its own file. The parent hands out chunks and reports progress as they finish.
"""

from __future__ import annotations

import multiprocessing
import os
import pathlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass

from hireapp.errors import InvalidInput

CHUNK = 25
_worker_db: object = None
# Letters that do not decompose into an ASCII letter and a mark.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "đ": "d"})


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


def file_name(candidate_id: int, name: str) -> str:
    """A portable file name: the id (unique) and the name in ASCII letters."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    plain = decomposed.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()[:60]
    return f"{candidate_id:06d}-{slug or 'candidate'}.pdf"


def prepare_folder(folder: pathlib.Path) -> None:
    """Create the output folder and check that files can be written in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".hireapp-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise InvalidInput("-o", f"cannot write to {folder}: {exc.strerror or exc}") from exc


def _init_worker(url: str) -> None:
    global _worker_db
    from hireapp.reports.fonts import register_fonts
    from hireapp.storage.session import Database

    _worker_db = Database(url, migrate=False)
    register_fonts()


def render_chunk(
    db: object, ids: Sequence[int], names: dict[int, str], folder: pathlib.Path
) -> list[Written]:
    """Summaries of these candidates, one file each (candidates with nothing are left out)."""
    from hireapp.reports.summary import CandidateSummaryRenderer
    from hireapp.services.reports import gather_candidates
    from hireapp.storage.session import Database

    assert isinstance(db, Database)
    with db.read() as session:
        reports = gather_candidates(session, ids)
    written = []
    for candidate_id in ids:
        report = reports.get(candidate_id)
        if report is None:
            continue
        path = folder / file_name(candidate_id, names[candidate_id])
        with path.open("wb") as out:
            CandidateSummaryRenderer().build(report, out)
        written.append(Written(candidate_id, report.name, path))
    return written


def _work(ids: list[int], names: dict[int, str], folder: str) -> list[Written]:
    return render_chunk(_worker_db, ids, names, pathlib.Path(folder))


def export_position(
    url: str,
    position: str,
    folder: pathlib.Path,
    *,
    workers: int | None = None,
    chunk: int = CHUNK,
    progress: Callable[[int, int], None] | None = None,
) -> BatchResult:
    """Write a summary PDF per candidate of the position who has a submitted interview."""
    from hireapp.services.reports import position_candidates
    from hireapp.storage.session import Database

    db = Database(url)
    try:
        roster = position_candidates(db, position)
    finally:
        db.dispose()
    prepare_folder(folder)
    names = dict(roster.candidates)
    ids = list(names)
    chunks = [ids[i : i + chunk] for i in range(0, len(ids), chunk)]
    workers = workers or min(2, os.cpu_count() or 1)
    written: list[Written] = []
    if progress is not None:
        progress(0, len(ids))
    if workers <= 1 or len(chunks) <= 1:
        _init_worker(url)
        for part in chunks:
            written += _work(part, names, str(folder))
            if progress is not None:
                progress(len(written), len(ids))
    else:
        # spawn, not fork: a forked child would inherit the parent's threads and connections.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_init_worker, initargs=(url,)
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
