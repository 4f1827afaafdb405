# SPDX-License-Identifier: MIT
"""`hireapp report` and `hireapp compare`, run as a user runs them."""

from __future__ import annotations

import os
import pathlib

import pypdf
import pytest

from tests.cli.clirun import assert_clean_failure, hireapp


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    result = hireapp("--db", str(path), "demo", "--candidates", "60", "--seed", "2")
    assert result.returncode == 0, result.stderr
    return str(path)


def _first_pages(path: pathlib.Path) -> str:
    return pypdf.PdfReader(path).pages[0].extract_text() or ""


def test_report_by_id_and_by_email(demo_db: str, tmp_path: pathlib.Path) -> None:
    out = tmp_path / "one.pdf"
    result = hireapp("--db", demo_db, "report", "1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout and out.exists()
    name = result.stdout.split("Summary: ", 1)[1].strip()
    assert name in _first_pages(out)
    listing = hireapp("--db", demo_db, "candidates", "list", "--format", "csv").stdout
    email = listing.splitlines()[1].split(",")[2]
    by_email = tmp_path / "by-email.pdf"
    result = hireapp("--db", demo_db, "report", email, "-o", str(by_email))
    assert result.returncode == 0, result.stderr


def test_position_batch_writes_every_file_and_a_summary(
    demo_db: str, tmp_path: pathlib.Path
) -> None:
    folder = tmp_path / "batch"
    result = hireapp("--db", demo_db, "report", "--position", "Store associate", "-o", str(folder))
    assert result.returncode == 0, result.stderr
    files = sorted(folder.glob("*.pdf"))
    listed = [line for line in result.stdout.splitlines() if line.endswith(".pdf")]
    assert len(files) == len(listed) > 0
    assert f"wrote {len(files)} summaries for Store associate" in result.stderr


def test_compare_writes_one_document(demo_db: str, tmp_path: pathlib.Path) -> None:
    out = tmp_path / "compare.pdf"
    result = hireapp("--db", demo_db, "compare", "1", "2", "3", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Shortlist comparison" in _first_pages(out)


def test_unknown_candidate_and_unwritable_paths_fail_cleanly(
    demo_db: str, tmp_path: pathlib.Path
) -> None:
    assert_clean_failure(
        hireapp("--db", demo_db, "report", "99999", "-o", str(tmp_path / "x.pdf")),
        "no candidate",
    )
    assert_clean_failure(
        hireapp(
            "--db", demo_db, "compare", "1", "nobody@example.com", "-o", str(tmp_path / "c.pdf")
        ),
        "no candidate",
    )
    assert_clean_failure(
        hireapp("--db", demo_db, "report", "1", "-o", str(tmp_path / "missing" / "x.pdf")),
        "cannot write",
    )
    if os.geteuid() != 0:  # root writes anywhere; the missing folder above covers it there
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert_clean_failure(
            hireapp("--db", demo_db, "report", "1", "-o", str(locked / "x.pdf")), "cannot write"
        )
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert_clean_failure(
        hireapp("--db", demo_db, "report", "--position", "1", "-o", str(blocker)), "is a file"
    )
    assert_clean_failure(
        hireapp("--db", demo_db, "report", "--position", "Nope", "-o", str(tmp_path / "d")),
        "no position",
    )
