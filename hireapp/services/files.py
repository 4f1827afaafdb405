# SPDX-License-Identifier: MIT
"""Files users give and get: written whole or not at all, read as text with the place of a fault."""

from __future__ import annotations

import contextlib
import os
import pathlib
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

from hireapp.errors import ImportIssue, ImportRejected, InvalidInput

# A broken file can have thousands of problems; the first ones are enough to act on.
MAX_ISSUES = 200


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, field: str = "-o") -> Iterator[BinaryIO]:
    """A file written whole or not at all: a temporary file beside it, renamed over it on success.

    The block writes to the handle given; when it ends the data is flushed to the disk and the
    temporary file replaces `path`. On any failure the temporary file is removed and `path` is
    left as it was. The file is readable by its owner only, as everything holding candidates' data.
    `handle.name` is the temporary file's path, for writers that need one (SQLite's backup API);
    such a writer must have closed its own connection before the block ends.

    Raises:
        InvalidInput: naming `field` (the option that gave the path) when `path` is a folder, its
            folder does not exist, or it cannot be written.
    """
    target = pathlib.Path(path)
    folder = target.parent
    if target.is_dir():
        raise InvalidInput(field, f"{target} is a folder; give a file name")
    if not folder.is_dir():
        raise InvalidInput(field, f"cannot write {target}: the folder {folder} does not exist")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InvalidInput(field, f"cannot write {target}: {_why(exc)}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            # Named by its path rather than its descriptor, as tempfile.NamedTemporaryFile does.
            setattr(handle.raw, "name", temporary)  # noqa: B010
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        raise InvalidInput(field, f"cannot write {target}: {_why(exc)}") from exc
    finally:
        pathlib.Path(temporary).unlink(missing_ok=True)


def _why(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def read_upload(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file offered for import; ImportRejected naming it when it cannot be read."""
    try:
        return pathlib.Path(path).read_bytes()
    except OSError as exc:
        raise ImportRejected(
            [ImportIssue(str(path), None, "", f"cannot be read: {exc.strerror or exc}")]
        ) from exc


def decode_text(data: bytes, source: str) -> str:
    """A file's bytes as text: UTF-8, with or without a byte-order mark.

    Raises:
        ImportRejected: naming the file and the line of the first byte that is not UTF-8.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportRejected([ImportIssue(source, line, "", "is not UTF-8 text")]) from exc
