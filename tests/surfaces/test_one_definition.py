# SPDX-License-Identifier: MIT
"""The read model's aggregates are the domain's formulas: checked on varied demo data.

comparison_rows computes the halo gap, disagreement and means in SQL for speed; here the same
figures are worked out from the stored interview scores with hireapp.domain.statistics, for every
candidate of a demo database, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hireapp.domain import statistics as stats
from hireapp.services.comparison import comparison_rows
from hireapp.services.demo import generate_demo
from hireapp.storage.models import Interview
from hireapp.storage.session import Database


def test_sql_aggregates_match_the_domain_formulas(db: Database) -> None:
    generate_demo(db, candidates=60, seed=7)
    with db.read() as session:
        scores = session.execute(
            select(
                Interview.candidate_id, Interview.overall, Interview.impression_score,
                Interview.structured_score,
            ).where(Interview.status == "submitted")
        ).all()  # fmt: skip
    by_candidate: dict[int, list[tuple[float | None, float | None, float | None]]] = {}
    for candidate_id, overall, impression, structured in scores:
        by_candidate.setdefault(candidate_id, []).append((overall, impression, structured))
    rows = comparison_rows(db)
    checked = flagged = 0
    for row in rows:
        own = by_candidate.get(row.id, [])
        assert row.submitted == len(own)
        expected_gap = stats.halo_gap((i, s) for _o, i, s in own)
        expected_spread = stats.disagreement(s for _o, _i, s in own)
        for got, expected in (
            (row.halo_gap, expected_gap),
            (row.disagreement, expected_spread),
            (row.structured, stats.mean(s for *_, s in own if s is not None)),
            (row.impression, stats.mean(i for _, i, _ in own if i is not None)),
        ):
            if expected is None:
                assert got is None
            else:
                assert got == pytest.approx(expected, abs=1e-9)
        assert row.halo == stats.is_halo(expected_gap)
        checked += bool(own)
        flagged += row.halo
    assert checked > 20 and flagged > 0  # the demo data exercises both branches
