# SPDX-License-Identifier: MIT
"""Format version 2: decisions and outcomes travel with the interviews, intact; a version 1 file
is still read; what cannot be imported is refused whole, named by its place in the file."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import Any

import pytest

from hireapp import assets
from hireapp.errors import ImportRejected
from hireapp.services.comparison import comparison_rows
from hireapp.services.decisions import decision_history, record_decision
from hireapp.services.interchange import (
    export_interviews,
    import_interview_data,
    import_interviews,
    schema_text,
)
from hireapp.services.outcomes import outcomes_of, record_outcome
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, opened, record_interview, snapshot, table_counts

HIRED = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


def _export(db: Database, path: pathlib.Path, **filters: Any) -> dict[str, Any]:
    export_interviews(db, path, **filters)
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _decided(db: Database) -> None:
    """Zoë hired (after an earlier hold) with a 90-day outcome; Ann interviewed, undecided."""
    record_interview(db)
    record_interview(db, name="Ann Lee", email="ann@example.org", position="Lead")
    record_decision(
        db, "zoe@example.org", decision="hold", rationale="Wait for the round",
        decided_by="Maria Keller", now=HIRED - dt.timedelta(days=3),
    )  # fmt: skip
    record_decision(
        db, "zoe@example.org", decision="hire", rationale="Best “ownership” story ✓\nStarts May",
        decided_by="Grace Okafor", now=HIRED,
    )  # fmt: skip
    record_outcome(
        db, "zoe@example.org", review_days=90, still_employed=True,
        ratings={QUESTIONS[0]: 4, QUESTIONS[3]: 5}, measures={"csat": 4.3, "nps": -10.0},
        recorded_by="Team lead", now=HIRED + dt.timedelta(days=90),
    )  # fmt: skip


def _results(db: Database) -> tuple[Any, ...]:
    """Decisions and outcomes as plain values, without database ids."""
    decisions = [
        (d.uid, d.decision, d.rationale, d.decided_by, d.decided_at, d.last_interview_at)
        for d in decision_history(db, "zoe@example.org")
    ]
    outcomes = [
        (o.review_days, o.still_employed, o.ratings, o.measures, o.recorded_at, o.recorded_by)
        for o in outcomes_of(db, "zoe@example.org")
    ]
    return decisions, outcomes


def test_the_committed_v2_schema_is_the_generated_one() -> None:
    committed = assets.resource_path("schemas/interviews-v2.schema.json").read_text("utf-8")
    assert committed == schema_text()
    schema = json.loads(committed)
    assert {"decisions", "outcomes"} <= set(schema["properties"])
    # Version 1's schema stays as it was published: interviews only.
    old = json.loads(assets.resource_path("schemas/interviews-v1.schema.json").read_text("utf-8"))
    assert "decisions" not in old["properties"]


def test_decisions_and_outcomes_reach_postgresql_intact(
    laptop: Database, pg_url: str, tmp_path: pathlib.Path
) -> None:
    _decided(laptop)
    path = tmp_path / "out.json"
    data = _export(laptop, path)
    assert data["version"] == 2
    assert [d["decision"] for d in data["decisions"]] == ["hold", "hire"]
    assert data["outcomes"][0]["measures"] == {"csat": 4.3, "nps": -10.0}
    with opened(pg_url) as team:
        summary = import_interviews(team, path)
        assert (summary.added, summary.decisions_added, summary.outcomes_added) == (2, 2, 1)
        assert snapshot(team) == snapshot(laptop)
        assert _results(team) == _results(laptop)
        rows = {r.email: r for r in comparison_rows(team)}
        assert rows["zoe@example.org"].decision == "hire"
        assert rows["zoe@example.org"].status == "hired"
        assert rows["ann@example.org"].decision is None
        # Again: decisions are never duplicated, the outcome is as new as the one here.
        counts = table_counts(team), _results(team)
        again = import_interviews(team, path)
        assert (again.decisions_added, again.outcomes_added, again.outcomes_updated) == (0, 0, 0)
        assert (table_counts(team), _results(team)) == counts


def test_a_later_recorded_outcome_replaces_the_older_copy(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    _decided(laptop)
    path = tmp_path / "out.json"
    _export(laptop, path)
    import_interviews(db, path)
    record_outcome(
        laptop, "zoe@example.org", review_days=90, still_employed=False,
        now=HIRED + dt.timedelta(days=95),
    )  # fmt: skip
    _export(laptop, path)
    summary = import_interviews(db, path)
    assert (summary.outcomes_added, summary.outcomes_updated) == (0, 1)
    (outcome,) = outcomes_of(db, "zoe@example.org")
    assert (outcome.still_employed, outcome.ratings) == (False, {})


def test_a_version_1_file_is_still_read(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    record_interview(laptop)
    path = tmp_path / "v1.json"
    data = _export(laptop, path)
    old = {k: v for k, v in data.items() if k not in ("decisions", "outcomes")}
    old["version"] = 1
    summary = import_interview_data(db, json.dumps(old).encode(), "v1.json")
    assert (summary.added, summary.decisions_added) == (1, 0)
    assert snapshot(db) == snapshot(laptop)


def _refused(db: Database, document: dict[str, Any]) -> list[str]:
    before = table_counts(db)
    with pytest.raises(ImportRejected) as caught:
        import_interview_data(db, json.dumps(document).encode(), "f.json")
    assert table_counts(db) == before
    return [str(issue) for issue in caught.value.issues]


def test_what_cannot_be_imported_is_refused_whole(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    _decided(laptop)
    good = _export(laptop, tmp_path / "out.json")
    assert _refused(db, {**good, "version": 1}) == [
        "f.json: decisions: needs format version 2 (this file says 1)",
        "f.json: outcomes: needs format version 2 (this file says 1)",
    ]
    no_hire = json.loads(json.dumps(good))
    no_hire["decisions"] = [d for d in no_hire["decisions"] if d["decision"] != "hire"]
    assert _refused(db, no_hire) == [
        "f.json: outcomes[0].candidate: Zoë Ørsted <zoe@example.org> has no hire decision, "
        "here or in the file: outcomes are kept for hired candidates only"
    ]
    bad = json.loads(json.dumps(good))
    bad["decisions"][1]["decision"] = "maybe"
    bad["decisions"][0]["rationale"] = ""
    bad["outcomes"][0]["ratings"]["charm"] = 3
    issues = _refused(db, bad)
    assert issues[0].startswith("f.json: decisions[0].rationale: String should have at least 1")
    assert issues[1].startswith("f.json: decisions[1].decision: Input should be 'advance'")
    unknown = json.loads(json.dumps(good))
    unknown["outcomes"][0]["ratings"]["charm"] = 3
    assert _refused(db, unknown) == [
        "f.json: outcomes[0].ratings.charm: is not a question of that rubric"
    ]
