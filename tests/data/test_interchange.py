# SPDX-License-Identifier: MIT
"""Interviews travel as JSON between databases with every value intact, and conflicts show."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import Any

import pytest
from sqlalchemy import select, update

from hireapp import assets
from hireapp.errors import ImportRejected
from hireapp.services import interviews as iv
from hireapp.services.interchange import (
    content_hash,
    export_interviews,
    import_interview_data,
    import_interviews,
    parse_interview_file,
    schema_text,
)
from hireapp.services.people import create_candidate
from hireapp.storage.models import Interview
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, opened, record_interview, snapshot, table_counts


def _export(db: Database, path: pathlib.Path, **filters: Any) -> dict[str, Any]:
    export_interviews(db, path, **filters)
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_the_committed_schema_is_the_generated_one() -> None:
    committed = assets.resource_path("schemas/interviews-v2.schema.json").read_text("utf-8")
    assert committed == schema_text(), (
        "regenerate: python -c 'from hireapp.services.interchange import schema_text; "
        'print(schema_text(), end="")\' > resources/schemas/interviews-v2.schema.json'
    )


def test_an_interview_from_sqlite_reaches_postgresql_intact(
    laptop: Database, pg_url: str, tmp_path: pathlib.Path
) -> None:
    record_interview(laptop)
    record_interview(laptop, interviewer="Jonas Becker", submit=False)
    record_interview(laptop, name="Ann Lee", email="ann@example.org", position="Lead")
    path = tmp_path / "out.json"
    _export(laptop, path)
    with opened(pg_url) as team:
        summary = import_interviews(team, path)
        assert (summary.added, summary.updated, summary.conflicts) == (3, 0, [])
        assert sorted(summary.new_positions) == ["Agent", "Lead"]
        assert snapshot(team) == snapshot(laptop)
        # And back again: nothing changes, nothing is added.
        back = tmp_path / "back.json"
        _export(team, back)
        again = import_interviews(laptop, back)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_importing_the_same_file_twice_adds_nothing(
    db: Database, laptop: Database, tmp_path: pathlib.Path
) -> None:
    record_interview(laptop)
    path = tmp_path / "out.json"
    _export(laptop, path)
    first = import_interviews(db, path)
    assert first.added == 1 and first.new_candidates == ["Zoë Ørsted <zoe@example.org>"]
    counts = table_counts(db)
    second = import_interviews(db, path)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 1)
    assert second.new_candidates == [] and table_counts(db) == counts


def test_export_filters(laptop: Database, tmp_path: pathlib.Path) -> None:
    record_interview(laptop)
    record_interview(laptop, name="Ann Lee", email="ann@example.org", position="Lead")
    path = tmp_path / "x.json"
    emails = lambda data: {i["candidate"]["email"] for i in data["interviews"]}  # noqa: E731
    assert emails(_export(laptop, path, candidate="ann@example.org")) == {"ann@example.org"}
    assert emails(_export(laptop, path, position="Agent")) == {"zoe@example.org"}
    assert emails(_export(laptop, path, since=dt.date(2000, 1, 1))) == {
        "zoe@example.org", "ann@example.org"
    }  # fmt: skip
    assert _export(laptop, path, since=dt.date(2999, 1, 1))["interviews"] == []
    data = _export(laptop, path)
    assert data["format"] == "hireapp-interviews" and data["version"] == 2
    assert (
        len(data["rubrics"]) == 1
        and data["interviews"][0]["rubric"] == (data["rubrics"][0]["content_hash"])
    )


def test_a_draft_continued_on_the_laptop_updates_the_team_copy(
    laptop: Database, db: Database, tmp_path: pathlib.Path
) -> None:
    interview = record_interview(laptop, submit=False)
    path = tmp_path / "x.json"
    _export(laptop, path)
    import_interviews(db, path)
    iv.set_wrap_up(laptop, interview, recommendation="strong_yes", strengths="Great")
    iv.submit_interview(laptop, interview)
    _export(laptop, path)
    summary = import_interviews(db, path)
    assert (summary.updated, summary.conflicts) == (1, [])
    # The same, but for the audit entry that records the import itself.
    team = snapshot(db)
    (uid,) = team
    imported = [e for e in team[uid]["audit"] if e["action"] == "import"]
    assert len(imported) == 1
    team[uid]["audit"].remove(imported[0])
    assert team == snapshot(laptop)


def test_changes_on_both_sides_are_reported_not_overwritten(
    laptop: Database, db: Database, tmp_path: pathlib.Path
) -> None:
    mine = record_interview(laptop, submit=False)
    path = tmp_path / "x.json"
    _export(laptop, path)
    import_interviews(db, path)
    with db.read() as session:
        team = session.scalar(select(Interview.id))
    assert team is not None
    iv.answer_question(db, team, QUESTIONS[0], score=5)
    iv.answer_question(laptop, mine, QUESTIONS[0], score=1)
    before = snapshot(db)
    _export(laptop, path)
    summary = import_interviews(db, path)
    assert summary.updated == 0 and len(summary.conflicts) == 1
    assert "changed both here and in the file" in str(summary.conflicts[0])
    assert snapshot(db) == before


def test_an_older_copy_of_the_file_does_not_undo_newer_work(
    laptop: Database, db: Database, tmp_path: pathlib.Path
) -> None:
    interview = record_interview(laptop, submit=False)
    old = tmp_path / "old.json"
    _export(laptop, old)
    import_interviews(db, old)
    iv.answer_question(laptop, interview, QUESTIONS[0], score=5)
    new = tmp_path / "new.json"
    _export(laptop, new)
    assert import_interviews(db, new).updated == 1
    after = snapshot(db)
    summary = import_interviews(db, old)
    assert (summary.updated, summary.conflicts) == (0, []) and snapshot(db) == after


def test_the_same_pair_recorded_separately_is_a_conflict(
    laptop: Database, db: Database, tmp_path: pathlib.Path
) -> None:
    record_interview(laptop)
    record_interview(db)
    path = tmp_path / "x.json"
    _export(laptop, path)
    summary = import_interviews(db, path)
    assert summary.added == 0 and "another interview" in summary.conflicts[0].reason


def test_a_candidate_is_matched_by_email(
    laptop: Database, db: Database, tmp_path: pathlib.Path
) -> None:
    create_candidate(db, name="Zoe Orsted", email="ZOE@example.org", position="Agent")
    record_interview(laptop)
    path = tmp_path / "x.json"
    _export(laptop, path)
    summary = import_interviews(db, path)
    assert summary.added == 1 and summary.new_candidates == []


def _valid(laptop: Database, tmp_path: pathlib.Path) -> dict[str, Any]:
    record_interview(laptop)
    return _export(laptop, tmp_path / "x.json")


def _refused(db: Database, document: Any, *words: str) -> ImportRejected:
    before = table_counts(db)
    data = document if isinstance(document, bytes) else json.dumps(document).encode()
    with pytest.raises(ImportRejected) as caught:
        import_interview_data(db, data, "in.json")
    for word in words:
        assert word in str(caught.value)
    assert table_counts(db) == before
    return caught.value


def test_refusals_name_the_place_and_change_nothing(
    laptop: Database, db: Database, tmp_path: pathlib.Path
) -> None:
    good = _valid(laptop, tmp_path)
    _refused(db, b'{"format": "hireapp-interviews",\n  "version": 1,,}', "line 2", "not valid JSON")
    _refused(db, b"\xff\xfe", "not UTF-8")
    _refused(db, [1, 2], "not a hireapp interview file")
    _refused(db, {**good, "version": 3}, "newer hireapp", "format version 3")
    bad = json.loads(json.dumps(good))
    bad["interviews"][0]["answers"][0]["score"] = 9
    bad["interviews"][0]["candidate"]["email"] = "not an email"
    error = _refused(db, bad, "interviews[0].answers[0].score")
    bad = json.loads(json.dumps(good))
    bad["interviews"][0]["candidate"]["email"] = "not an email"
    bad["interviews"][0]["answers"][0]["question_id"] = "nope"
    error = _refused(
        db, bad, "interviews[0].candidate.email", "interviews[0].answers[0].question_id"
    )
    assert len(error.issues) == 3  # the renamed answer leaves a question open too
    bad = json.loads(json.dumps(good))
    bad["rubrics"] = []
    _refused(db, bad, "interviews[0].rubric", "neither in the file nor in this database")
    bad = json.loads(json.dumps(good))
    bad["rubrics"][0]["content"] = bad["rubrics"][0]["content"].replace("service", "servic")
    _refused(db, bad, "rubrics[0].content_hash")
    bad = json.loads(json.dumps(good))
    bad["interviews"].append(bad["interviews"][0])
    _refused(db, bad, "interviews[1].uid", "repeats interviews[0]")
    bad = json.loads(json.dumps(good))
    bad["interviews"][0]["answers"] = bad["interviews"][0]["answers"][:3]
    _refused(db, bad, "a submitted interview has every question answered")


def test_timestamps_in_other_zones_are_the_same_moment(
    laptop: Database, db: Database, tmp_path: pathlib.Path
) -> None:
    good = _valid(laptop, tmp_path)
    document = parse_interview_file(json.dumps(good).encode(), "x")
    shifted = json.loads(json.dumps(good))
    stamp = shifted["interviews"][0]["started_at"]
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    shifted["interviews"][0]["started_at"] = moment.astimezone(
        dt.timezone(dt.timedelta(hours=2))
    ).isoformat()
    other = parse_interview_file(json.dumps(shifted).encode(), "x")
    assert content_hash(other.interviews[0]) == content_hash(document.interviews[0])


def test_uids_of_existing_interviews_stay_put(laptop: Database) -> None:
    interview = record_interview(laptop)
    with laptop.read() as session:
        uid = session.scalar(select(Interview.uid).where(Interview.id == interview))
    with laptop.write() as session:
        session.execute(update(Interview).values(current_page="x"))
    with laptop.read() as session:
        assert session.scalar(select(Interview.uid)) == uid
