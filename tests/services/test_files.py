# SPDX-License-Identifier: MIT
"""Files are written whole or not at all, and text files are read with the place of a fault."""

from __future__ import annotations

import os
import pathlib
import stat

import pytest

from hireapp.errors import ImportIssue, ImportRejected, InvalidInput
from hireapp.services.files import atomic_write, decode_text


def _leftovers(folder: pathlib.Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_file_is_written_whole_private_and_without_leftovers(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "scores.json"
    with atomic_write(target) as handle:
        temporary = pathlib.Path(handle.name)
        assert temporary.parent == tmp_path and temporary != target and temporary.exists()
        assert not target.exists()  # nothing appears under the name until the block ends
        handle.write(b"Zo\xc3\xab ")
        handle.write(b"\xc3\x98rsted\n")
    assert target.read_bytes() == "Zoë Ørsted\n".encode()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert _leftovers(tmp_path) == ["scores.json"]


def test_a_failure_leaves_the_old_file_and_no_temporary_one(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    with pytest.raises(RuntimeError, match="renderer failed"), atomic_write(target) as handle:
        handle.write(b"half a new rep")
        raise RuntimeError("renderer failed")
    assert target.read_bytes() == b"the old report"
    assert _leftovers(tmp_path) == ["report.pdf"]


def test_a_folder_given_as_the_file_is_refused_naming_the_option(tmp_path: pathlib.Path) -> None:
    with pytest.raises(InvalidInput, match="is a folder") as caught, atomic_write(tmp_path):
        pytest.fail("the block must not run")
    assert caught.value.field == "-o" and str(tmp_path) in caught.value.message
    assert _leftovers(tmp_path) == []


def test_a_missing_folder_is_refused(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "missing" / "x.csv"
    with (
        pytest.raises(InvalidInput, match=r"the folder .*missing does not exist") as caught,
        atomic_write(target, field="--output"),
    ):
        pytest.fail("the block must not run")
    assert str(caught.value).startswith(f"--output: cannot write {target}")


def test_a_folder_without_write_permission_is_refused(tmp_path: pathlib.Path) -> None:
    if os.geteuid() == 0:
        # Root writes anywhere a mode allows; sysfs refuses new files even to root.
        folder = pathlib.Path("/sys")
        if not folder.is_dir():
            pytest.skip("no folder refuses root here")
    else:
        folder = tmp_path / "locked"
        folder.mkdir(mode=0o500)
    with (
        pytest.raises(InvalidInput, match=r"cannot write .*: permission denied"),
        atomic_write(folder / "hireapp-test.pdf"),
    ):
        pytest.fail("the block must not run")


def test_text_is_utf8_with_or_without_a_byte_order_mark() -> None:
    assert decode_text("name,email\nZoë,z@x.org\n".encode(), "a.csv") == "name,email\nZoë,z@x.org\n"
    assert decode_text(b"\xef\xbb\xbfname\n", "a.csv") == "name\n"


def test_bytes_that_are_not_utf8_are_refused_naming_file_and_line() -> None:
    data = b"line one\nline two\nZo\xeb Latin-1\n"
    with pytest.raises(ImportRejected) as caught:
        decode_text(data, "people.csv")
    assert caught.value.issues == [ImportIssue("people.csv", 3, "", "is not UTF-8 text")]
    assert str(caught.value) == "people.csv: line 3: is not UTF-8 text"
