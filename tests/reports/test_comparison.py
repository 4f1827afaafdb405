# SPDX-License-Identifier: MIT
"""The shortlist comparison and the batch export, read back from the PDFs."""

from __future__ import annotations

import io
import pathlib
from collections.abc import Callable

import pytest

from hireapp.errors import InvalidInput
from hireapp.reports import write_comparison
from hireapp.services.report_batch import export_position
from hireapp.services.reports import NothingToReport, comparison_report
from hireapp.storage.session import Database
from tests.reports.conftest import flat, pdf_text, record_interview


def test_comparison_puts_candidates_side_by_side(
    db: Database, candidate_with: Callable[..., str]
) -> None:
    first = candidate_with("Zoë Ørsted", "zoe@example.com")
    second = candidate_with("Ayşe Yılmaz", "ayse@example.com")
    record_interview(db, first, "Maria Keller", [5] * 8, impression=2)
    record_interview(db, first, "Jonas Becker", [4] * 8, impression=2)
    record_interview(db, second, "Maria Keller", [2] * 8, impression=5)
    data = comparison_report(db, [first, second])
    out = io.BytesIO()
    write_comparison(data, out)
    reader, pages = pdf_text(out.getvalue())
    text = flat("\n".join(pages))
    assert "Zoë Ørsted" in text and "Ayşe Yılmaz" in text
    assert "Overall 88 25" in text  # (100 + 75) / 2 and 25
    assert "First impression (30 s) 25 100" in text
    assert "Urgency 4.5 2.0" in text
    assert "Recommendations 2 yes 1 yes" in text
    # Halo as the table defines it: the mean over interviews of (impression - structured).
    assert "on average 63 points (2.5 levels) below" in text  # (25-100 + 25-75) / 2, half up
    assert "on average 75 points (3.0 levels) above" in text
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert reader.metadata is not None and reader.metadata.title is not None
    assert "Customer service representative" in reader.metadata.title


def test_comparison_needs_two_to_ten_with_interviews(
    db: Database, candidate_with: Callable[..., str]
) -> None:
    one = candidate_with("One", "one@example.com")
    two = candidate_with("Two", "two@example.com")
    record_interview(db, one, "Maria Keller", [3] * 8)
    with pytest.raises(InvalidInput, match="compare 2 to 10"):
        comparison_report(db, [one])
    with pytest.raises(InvalidInput, match="compare 2 to 10"):
        comparison_report(db, [str(n) for n in range(11)])
    with pytest.raises(NothingToReport, match="Two"):
        comparison_report(db, [one, two])


def test_position_batch_writes_one_file_per_interviewed_candidate(
    sqlite_url: str, sqlite_db: Database, tmp_path: pathlib.Path
) -> None:
    from hireapp.services.demo import generate_demo

    generate_demo(sqlite_db, candidates=80, seed=3)
    seen: list[tuple[int, int]] = []
    result = export_position(
        sqlite_db, "Store associate", tmp_path / "out", workers=2, chunk=4,
        progress=lambda done, total: seen.append((done, total)),
    )  # fmt: skip
    files = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(files) == len(result.written) > 0
    assert seen[-1] == (len(files), len(files))
    for item in result.written[:3]:
        _reader, pages = pdf_text(item.path.read_bytes())
        assert item.name in pages[0]
