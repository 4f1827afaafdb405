# SPDX-License-Identifier: MIT
"""`hireapp rubric export`: a stored version as a rubric file, read back to the same version."""

from __future__ import annotations

import pathlib
import stat

from hireapp.services.rubrics import ensure_default_rubric, list_rubric_versions
from tests.cli.clirun import assert_clean_failure, hireapp
from tests.factories import opened


def test_an_exported_rubric_reads_back_as_the_same_version(tmp_path: pathlib.Path) -> None:
    database = tmp_path / "hireapp.sqlite3"
    with opened(database) as db:
        stored = ensure_default_rubric(db)
    exported = tmp_path / "rubric.toml"
    result = hireapp("--db", str(database), "rubric", "export", str(stored.id), "-o", str(exported))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    checked = hireapp("rubric", "validate", str(exported))
    assert f"hash {stored.content_hash[:12]}" in checked.stdout
    # Added back, it is the version already stored, not a new one.
    added = hireapp("--db", str(database), "rubric", "add", str(exported))
    assert f"rubric version {stored.id}:" in added.stdout, added.stderr
    with opened(database) as db:
        assert [v.id for v in list_rubric_versions(db)] == [stored.id]
    # To the terminal, the same bytes as the file.
    printed = hireapp("--db", str(database), "rubric", "export", str(stored.id))
    assert printed.stdout == exported.read_text("utf-8")


def test_exporting_what_is_not_there_says_so(tmp_path: pathlib.Path) -> None:
    database = tmp_path / "hireapp.sqlite3"
    with opened(database) as db:
        ensure_default_rubric(db)
    assert_clean_failure(hireapp("--db", str(database), "rubric", "export", "99"),
                         "no rubric version 99")  # fmt: skip
    nowhere = tmp_path / "missing" / "rubric.toml"
    assert_clean_failure(
        hireapp("--db", str(database), "rubric", "export", "1", "-o", str(nowhere)),
        "does not exist",
    )
    assert not nowhere.parent.exists()
