# SPDX-License-Identifier: MIT
"""The command line, run as a user runs it: a real process, its output and exit status."""

from __future__ import annotations

import csv
import io
import json
import pathlib
import subprocess
import sys
from collections import defaultdict

import pytest
from sqlalchemy import create_engine, text

from hireapp import __version__
from hireapp.domain.rubric import default_rubric_path, load_rubric
from tests.cli.clirun import assert_clean_failure, hireapp

RUBRIC = load_rubric(default_rubric_path())


def test_version() -> None:
    result = hireapp("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"hireapp {__version__}"


def test_rubric_validate_accepts_the_default(tmp_path: pathlib.Path) -> None:
    result = hireapp("rubric", "validate", str(default_rubric_path()))
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout and "8 questions" in result.stdout


def test_rubric_validate_points_at_each_problem(tmp_path: pathlib.Path) -> None:
    good = default_rubric_path().read_text("utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(good.replace("weight = 0.0", "weight = 1.5", 1))
    syntax = tmp_path / "syntax.toml"
    syntax.write_text('id = "x"\ntitle = \n')
    result = hireapp("rubric", "validate", str(default_rubric_path()), str(broken), str(syntax))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{broken}: first_impression.weight:" in result.stderr
    assert f"{syntax}: line 2" in result.stderr
    assert "valid" in result.stdout  # the good file is still reported


def test_rubric_list_shows_the_default_version(tmp_path: pathlib.Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    result = hireapp("--db", db, "rubric", "list")
    assert result.returncode == 0, result.stderr
    assert "customer-service" in result.stdout
    assert RUBRIC.content_hash()[:12] in result.stdout
    again = hireapp("--db", db, "rubric", "list")
    assert again.stdout == result.stdout  # listing twice adds no version


def _expected_aggregates(url: str) -> dict[int, dict[str, object]]:
    """Per-candidate means computed here from the answer rows, not from stored scores."""
    weights = {q.id: q.weight for q in RUBRIC.questions()}
    engine = create_engine(url)
    per_interview: dict[int, list[tuple[str, int]]] = defaultdict(list)
    with engine.connect() as conn:
        interviews = conn.execute(
            text(
                "SELECT i.id, i.candidate_id, i.status, f.score, r.value FROM interviews i "
                "LEFT JOIN first_impressions f ON f.interview_id = i.id "
                "LEFT JOIN recommendations r ON r.interview_id = i.id"
            )
        ).all()
        for interview_id, question, score in conn.execute(
            text("SELECT interview_id, question_id, score FROM answers WHERE score IS NOT NULL")
        ):
            per_interview[interview_id].append((question, score))
    engine.dispose()
    collected: dict[int, dict[str, list[float] | int]] = defaultdict(
        lambda: {"structured": [], "impression": [], "submitted": 0, "drafts": 0, "yes": 0}
    )
    for interview_id, candidate_id, status, impression, verdict in interviews:
        entry = collected[candidate_id]
        if status != "submitted":
            entry["drafts"] += 1  # type: ignore[operator]
            continue
        entry["submitted"] += 1  # type: ignore[operator]
        answers = per_interview[interview_id]
        total = sum(weights[q] * (s - 1) / 4 * 100 for q, s in answers)
        entry["structured"].append(total / sum(weights[q] for q, _ in answers))  # type: ignore[union-attr]
        entry["impression"].append((impression - 1) / 4 * 100)  # type: ignore[union-attr]
        entry["yes"] += verdict == "yes"  # type: ignore[operator]
    return {
        cid: {
            "submitted": e["submitted"],
            "drafts": e["drafts"],
            "yes": e["yes"],
            "structured": sum(e["structured"]) / len(e["structured"]) if e["structured"] else None,  # type: ignore[arg-type]
            "impression": sum(e["impression"]) / len(e["impression"]) if e["impression"] else None,  # type: ignore[arg-type]
        }
        for cid, e in collected.items()
    }


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_demo_then_candidates_list_gives_correct_aggregates(
    backend: str, request: pytest.FixtureRequest
) -> None:
    url = str(request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url"))
    demo = hireapp("--db", url, "demo", "--candidates", "200", "--seed", "1")
    assert demo.returncode == 0, demo.stderr
    assert "added 200 candidates" in demo.stdout
    listed = hireapp("candidates", "list", "--format", "csv", env={"HIREAPP_DATABASE_URL": url})
    assert listed.returncode == 0, listed.stderr
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert len(rows) == 200
    assert {"id", "name", "email", "position"} <= set(rows[0])
    expected = _expected_aggregates(url)
    disagreements = 0
    for row in rows:
        want = expected[int(row["id"])]
        assert int(row["submitted_interviews"]) == want["submitted"]
        assert int(row["draft_interviews"]) == want["drafts"]
        assert int(row["yes"]) == want["yes"]
        for column, key in (("structured", "structured"), ("first_impression", "impression")):
            if want[key] is None:
                assert row[column] == ""
            else:
                assert float(row[column]) == pytest.approx(want[key], abs=0.006)
        if want["structured"] is not None and want["impression"] is not None:
            disagreements += abs(want["structured"] - want["impression"]) >= 40  # type: ignore[operator]
    # The demo includes candidates whose impression and evidence disagree strongly.
    assert disagreements >= 5
    # Every kind of row the demo promises is there.
    assert any(r["stage"] == "in progress" or int(r["draft_interviews"]) > 0 for r in rows)
    assert len({r["position"] for r in rows}) >= 3


def test_demo_is_deterministic(tmp_path: pathlib.Path) -> None:
    outputs = []
    for name in ("a", "b"):
        db = str(tmp_path / f"{name}.sqlite3")
        assert hireapp("--db", db, "demo", "--candidates", "30", "--seed", "7").returncode == 0
        outputs.append(hireapp("--db", db, "candidates", "list", "--format", "json").stdout)
    assert outputs[0] == outputs[1]
    records = json.loads(outputs[0])
    assert len(records) == 30 and {"name", "email", "overall", "recommendations"} <= set(records[0])
    other = str(tmp_path / "c.sqlite3")
    hireapp("--db", other, "demo", "--candidates", "30", "--seed", "8")
    assert hireapp("--db", other, "candidates", "list", "--format", "json").stdout != outputs[0]


def test_candidates_list_filters_by_position_and_prints_a_table(tmp_path: pathlib.Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    hireapp("--db", db, "demo", "--candidates", "40", "--seed", "2")
    result = hireapp("--db", db, "candidates", "list", "--position", "Store associate",
                     "--format", "csv")  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["position"] for r in rows} == {"Store associate"}
    table = hireapp("--db", db, "candidates", "list")
    assert table.returncode == 0 and table.stdout.splitlines()[0].split()[:3] == [
        "id", "name", "position"
    ]  # fmt: skip


def test_errors_are_one_line_and_exit_2(tmp_path: pathlib.Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    assert_clean_failure(hireapp("--db", db, "candidates", "list", "--position", "Astronaut"),
                         "no position 'Astronaut'")  # fmt: skip
    assert_clean_failure(hireapp("--db", "mysql://x@y/z", "candidates", "list"), "unsupported")
    assert_clean_failure(
        hireapp("--db", "postgresql://nobody@127.0.0.1:1/none", "candidates", "list"),
        "cannot open",
    )
    assert_clean_failure(hireapp("--db", db, "demo", "--candidates", "0"), "--candidates")
    assert_clean_failure(hireapp("candidates", "frobnicate"), "invalid choice")
    hireapp("--db", db, "demo", "--candidates", "3", "--seed", "5")
    assert_clean_failure(hireapp("--db", db, "demo", "--candidates", "3", "--seed", "5"),
                         "already in this database")  # fmt: skip


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path: pathlib.Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    code = (
        "from hireapp.storage.session import Database\n"
        "from hireapp.services.people import create_candidate\n"
        f"create_candidate(Database({db!r}), name='=HYPERLINK(\"http://x\")', "
        "email='evil@example.org', position='+Agent')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    rows = list(csv.DictReader(io.StringIO(hireapp("--db", db, "candidates", "list",
                                                   "--format", "csv").stdout)))  # fmt: skip
    assert rows[0]["name"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["position"] == "'+Agent"
