# SPDX-License-Identifier: MIT
"""`hireapp decide`, `hireapp outcomes import` and the decision column of `candidates list`,
run as a user runs them: a real process, its output and exit status."""

from __future__ import annotations

import json
import pathlib

from hireapp.services.outcomes import outcomes_of
from tests.cli.clirun import assert_clean_failure, hireapp
from tests.factories import add_candidate, opened, take_interview


def _database(tmp_path: pathlib.Path) -> str:
    """An SQLite file with Zoë (interviewed) and Ann (not yet)."""
    path = tmp_path / "h.sqlite3"
    with opened(path) as db:
        add_candidate(db)
        take_interview(db)
        add_candidate(db, name="Ann Lee", email="ann@example.org")
    return str(path)


def test_decide_records_and_candidates_list_shows_the_current_decision(
    tmp_path: pathlib.Path,
) -> None:
    db = _database(tmp_path)
    first = hireapp(
        "--db", db, "decide", "zoe@example.org", "--decision", "hold",
        "--rationale", "Waiting for the round", "--by", "Maria Keller",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Zoë Ørsted (Agent): On hold, decided by Maria Keller on ")
    assert "after the last interview" in first.stdout
    second = hireapp(
        "--db", db, "decide", "1", "--decision", "hire", "--rationale", "Best of the round",
        "--by", "Grace Okafor",
    )  # fmt: skip
    assert second.returncode == 0, second.stderr
    table = hireapp("--db", db, "candidates", "list")
    assert table.returncode == 0, table.stderr
    header, *rows = table.stdout.splitlines()
    assert header.split()[-1] == "decision"
    by_name = {row.split("  ")[1].strip(): row for row in rows}
    assert by_name["Zoë Ørsted"].endswith("Hire")
    assert by_name["Ann Lee"].endswith("-")
    listed = hireapp("--db", db, "candidates", "list", "--format", "json")
    records = {r["email"]: r for r in json.loads(listed.stdout)}
    zoe = records["zoe@example.org"]
    decision = zoe["decision"]
    assert (decision["decision"], decision["decided_by"], decision["rationale"]) == (
        "hire", "Grace Okafor", "Best of the round",
    )  # fmt: skip
    assert decision["decided_at"].endswith("+00:00")
    assert decision["after_last_interview_seconds"] > 0
    assert zoe["status"] == "hired"
    assert records["ann@example.org"]["decision"] is None


def test_decide_refuses_clearly(tmp_path: pathlib.Path) -> None:
    db = _database(tmp_path)
    empty = hireapp("--db", db, "decide", "zoe@example.org", "--decision", "hire",
                    "--rationale", "   ", "--by", "Maria")  # fmt: skip
    assert_clean_failure(empty, "--rationale", "is required")
    unknown = hireapp("--db", db, "decide", "x@example.org", "--decision", "hire",
                      "--rationale", "ok", "--by", "Maria")  # fmt: skip
    assert_clean_failure(unknown, "no candidate 'x@example.org'")
    wrong = hireapp("--db", db, "decide", "1", "--decision", "maybe", "--rationale", "ok")
    assert_clean_failure(wrong, "--decision", "invalid choice: 'maybe'")
    listed = hireapp("--db", db, "candidates", "list", "--format", "json")
    assert all(r["decision"] is None for r in json.loads(listed.stdout))


def test_outcomes_import_good_file_then_bad_file_changes_nothing(tmp_path: pathlib.Path) -> None:
    db = _database(tmp_path)
    hired = hireapp("--db", db, "decide", "zoe@example.org", "--decision", "hire",
                    "--rationale", "Yes", "--by", "Maria")  # fmt: skip
    assert hired.returncode == 0, hired.stderr
    good = tmp_path / "good.csv"
    good.write_text(
        "candidate,review_days,still_employed,rating.urgency,measure.csat\n"
        "zoe@example.org,90,yes,4,4.4\n",
        encoding="utf-8",
    )
    result = hireapp("--db", db, "outcomes", "import", str(good))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported 1 outcome of 1 candidate"
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "candidate,review_days,still_employed,rating.urgency,measure.csat\n"
        "zoe@example.org,365,yes,5,4.9\n"
        "ann@example.org,90,yes,,\n"
        "zoe@example.org,90,perhaps,4,\n",
        encoding="utf-8",
    )
    refused = hireapp("--db", db, "outcomes", "import", str(bad))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.splitlines() == [
        f"hireapp: {bad}: line 3: candidate: Ann Lee has no hire decision: outcomes are kept "
        "for hired candidates only (record the decision first)",
        f"hireapp: {bad}: line 4: still_employed: 'perhaps' is neither yes nor no",
        "hireapp: nothing was imported",
    ]
    with opened(db) as database:
        (kept,) = outcomes_of(database, "zoe@example.org")
        assert (kept.review_days, kept.ratings, kept.measures) == (
            90,
            {"urgency": 4},
            {"csat": 4.4},
        )


def test_review_points_of_a_position(tmp_path: pathlib.Path) -> None:
    db = _database(tmp_path)
    shown = hireapp("--db", db, "outcomes", "review-points", "Agent")
    assert shown.stdout.strip() == "review points of Agent: 90 days, 365 days"
    set_ = hireapp("--db", db, "outcomes", "review-points", "Agent", "--days", "180", "30")
    assert set_.stdout.strip() == "review points of Agent: 30 days, 180 days"
    bad = hireapp("--db", db, "outcomes", "review-points", "Agent", "--days", "0")
    assert_clean_failure(bad, "review points", "'0' is not a number of days")
