# SPDX-License-Identifier: MIT
"""An import never rewrites history: a submitted interview and a locked first impression stay as
they are (the whole file is refused), and every change an import makes is in the audit trail."""

from __future__ import annotations

import json
import pathlib
from typing import Any

from sqlalchemy import select

from hireapp.services import interviews as iv
from hireapp.services.interchange import export_interviews, import_interviews
from hireapp.storage.models import AuditEvent, Interview
from hireapp.storage.session import Database
from tests.cli.clirun import hireapp
from tests.factories import QUESTIONS, record_interview, snapshot, table_counts


def _export(db: Database, path: pathlib.Path) -> dict[str, Any]:
    export_interviews(db, path)
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _write(path: pathlib.Path, data: dict[str, Any]) -> pathlib.Path:
    path.write_text(json.dumps(data), "utf-8")
    return path


def _tampered(data: dict[str, Any]) -> dict[str, Any]:
    """The file's first interview with its scores and verdict turned around."""
    changed = json.loads(json.dumps(data))
    record = changed["interviews"][0]
    for answer in record["answers"]:
        if answer["score"] is not None:
            answer["score"] = 5
    record["recommendation"]["value"] = "strong_yes"
    return changed


def _url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def test_a_changed_copy_of_a_submitted_interview_is_refused_through_the_cli(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    record_interview(laptop)
    import_interviews(db, _export_to(laptop, tmp_path))
    record_interview(laptop, name="Ann Lee", email="ann@example.org")
    ann = _export(laptop, tmp_path / "laptop.json")["interviews"][1]
    # The team's own export, edited (its base_hash is the team's copy), with a new interview
    # that must not go in either: all or nothing.
    changed = _tampered(_export(db, tmp_path / "team.json"))
    changed["interviews"].append(ann)
    before = snapshot(db), table_counts(db)
    path = _write(tmp_path / "x.json", changed)
    result = hireapp("--db", _url(db), "interviews", "import", str(path))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "conflict:" in result.stdout and "submitted here" in result.stdout
    assert "nothing was imported" in result.stderr
    assert (snapshot(db), table_counts(db)) == before


def test_a_changed_submitted_copy_with_the_old_timestamps_is_refused_too(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    record_interview(laptop)
    first = _export_to(laptop, tmp_path)
    import_interviews(db, first)
    data = _tampered(json.loads(first.read_text("utf-8")))  # no base_hash: never exchanged
    before = snapshot(db), table_counts(db)
    summary = import_interviews(db, _write(tmp_path / "x.json", data))
    assert summary.refused and len(summary.conflicts) == 1
    assert (snapshot(db), table_counts(db)) == before


def test_a_refused_file_writes_nothing_else_either(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    record_interview(laptop)
    draft = record_interview(laptop, name="Ann Lee", email="ann@example.org", submit=False)
    import_interviews(db, _export_to(laptop, tmp_path))
    # The laptop continues the draft (a change the team would take) and adds a third interview;
    # the file also carries a changed copy of the submitted one.
    iv.answer_question(laptop, draft, QUESTIONS[0], score=5)
    record_interview(laptop, name="Bo Chen", email="bo@example.org")
    data = _tampered(_export(laptop, tmp_path / "next.json"))
    before = snapshot(db), table_counts(db)
    summary = import_interviews(db, _write(tmp_path / "x.json", data))
    assert summary.refused and (summary.added, summary.updated) == (0, 0)
    assert [c.rewrites_history for c in summary.conflicts] == [True]
    assert (snapshot(db), table_counts(db)) == before


def _export_to(db: Database, folder: pathlib.Path) -> pathlib.Path:
    path = folder / "first.json"
    export_interviews(db, path)
    return path


def test_a_changed_locked_impression_is_refused(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    record_interview(laptop, submit=False)  # the impression is locked and amended once
    import_interviews(db, _export_to(laptop, tmp_path))
    data = _export(db, tmp_path / "team.json")
    data["interviews"][0]["first_impression"]["score"] = 5
    data["interviews"][0]["first_impression"]["note"] = "Brilliant from the start"
    before = snapshot(db), table_counts(db)
    result = hireapp(
        "--db", _url(db), "interviews", "import", str(_write(tmp_path / "x.json", data))
    )
    assert result.returncode == 1, result.stderr
    assert "first impression locked here" in result.stdout
    assert (snapshot(db), table_counts(db)) == before


def test_an_amendment_made_on_the_laptop_travels_with_its_audit_entry(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    interview = record_interview(laptop, submit=False)
    import_interviews(db, _export_to(laptop, tmp_path))
    iv.amend_impression(laptop, interview, score=5, cues=[], note="Second look", reason="recheck")
    summary = import_interviews(db, _export_to(laptop, tmp_path))
    assert (summary.updated, summary.conflicts, summary.refused) == (1, [], False)
    mine, theirs = snapshot(db), snapshot(laptop)
    (uid,) = mine
    assert mine[uid]["impression"] == theirs[uid]["impression"]


def test_every_change_to_an_existing_interview_is_audited(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    interview = record_interview(laptop, submit=False)
    import_interviews(db, _export_to(laptop, tmp_path))
    with db.read() as session:
        team_id = session.scalar(select(Interview.id))
        before = session.scalar(select(Interview.overall))
    iv.answer_question(laptop, interview, QUESTIONS[0], score=5)
    iv.set_wrap_up(laptop, interview, recommendation="strong_yes", strengths="Great")
    iv.submit_interview(laptop, interview)
    summary = import_interviews(db, _export_to(laptop, tmp_path))
    assert summary.updated == 1
    with db.read() as session:
        rows = session.scalars(
            select(AuditEvent).where(
                AuditEvent.interview_id == team_id, AuditEvent.action == "import"
            )
        ).all()
        after = session.scalar(select(Interview.overall))
        assert len(rows) == 1
        entry = rows[0]
        detail = json.loads(entry.detail)
        assert (entry.entity, entry.actor) == ("interview", "Maria Keller")
        assert "first.json" in entry.reason
    assert before != after
    assert detail["before"]["status"] == "draft" and detail["after"]["status"] == "submitted"
    assert detail["before"]["recommendation"] is None
    assert detail["after"]["recommendation"] == "strong_yes"
    assert detail["after"]["answers"][QUESTIONS[0]] == 5
    # The same file again changes nothing and so writes no second entry.
    again = import_interviews(db, _export_to(laptop, tmp_path))
    assert (again.updated, again.unchanged) == (0, 1)
    with db.read() as session:
        assert (
            len(session.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()) == 1
        )


def test_an_older_draft_copy_of_a_submitted_interview_changes_nothing(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    interview = record_interview(laptop, submit=False)
    old = tmp_path / "old.json"
    export_interviews(laptop, old)
    import_interviews(db, old)
    iv.set_wrap_up(laptop, interview, recommendation="yes")
    iv.submit_interview(laptop, interview)
    assert import_interviews(db, _export_to(laptop, tmp_path)).updated == 1
    before = snapshot(db)
    summary = import_interviews(db, old)
    assert (summary.unchanged, summary.conflicts, summary.refused) == (1, [], False)
    assert snapshot(db) == before
