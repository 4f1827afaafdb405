# SPDX-License-Identifier: MIT
"""Outcomes of hired candidates: only after a hire, at the position's review points, rated on the
rubric's own questions; the CSV import takes every row or none and names line and field."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from hireapp.errors import ImportRejected, InvalidInput
from hireapp.services.decisions import record_decision
from hireapp.services.outcomes import (
    all_outcomes,
    import_outcomes_csv,
    outcomes_of,
    record_outcome,
    review_points,
    set_review_points,
)
from hireapp.services.people import position_id
from hireapp.storage.models import AuditEvent, Outcome, OutcomeMeasure, OutcomeRating
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, add_candidate, table_counts, take_interview


def _hired(db: Database, email: str = "zoe@example.org", name: str = "Zoë Ørsted") -> int:
    candidate = add_candidate(db, name=name, email=email)
    take_interview(db, candidate=email)
    record_decision(db, candidate, decision="hire", rationale="Yes", decided_by="Maria Keller")
    return candidate


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as session:
        return (
            *(
                int(session.scalar(select(func.count()).select_from(m)) or 0)
                for m in (Outcome, OutcomeRating, OutcomeMeasure)
            ),
            int(session.scalar(select(func.count()).where(AuditEvent.action == "outcome")) or 0),
        )  # type: ignore[return-value]


def test_an_outcome_is_kept_for_a_hire_at_a_review_point(db: Database) -> None:
    zoe = _hired(db)
    record_outcome(
        db, zoe, review_days=90, still_employed=True,
        ratings={QUESTIONS[0]: 4, QUESTIONS[1]: 2}, measures={"CSAT": 4.3}, recorded_by="Lead",
    )  # fmt: skip
    (kept,) = outcomes_of(db, zoe)
    assert (kept.review_days, kept.still_employed, kept.recorded_by) == (90, True, "Lead")
    assert kept.ratings == dict(sorted({QUESTIONS[0]: 4, QUESTIONS[1]: 2}.items()))
    assert kept.measures == {"csat": 4.3}
    # The same review point again replaces it; the audit trail has both.
    record_outcome(db, zoe, review_days=90, still_employed=False)
    (kept,) = outcomes_of(db, zoe)
    assert (kept.still_employed, kept.ratings, kept.measures) == (False, {}, {})
    assert _counts(db) == (1, 0, 0, 2)


def test_outcomes_are_refused_without_a_hire_or_off_the_review_points(db: Database) -> None:
    ann = add_candidate(db, name="Ann Lee", email="ann@example.org")
    take_interview(db, candidate=ann)
    record_decision(db, ann, decision="advance", rationale="Maybe", decided_by="Mei Chen")
    with pytest.raises(InvalidInput, match="Ann Lee has no hire decision"):
        record_outcome(db, ann, review_days=90, still_employed=True)
    zoe = _hired(db)
    with pytest.raises(InvalidInput, match=r"review_days: 30 is not a review point .*\(90, 365\)"):
        record_outcome(db, zoe, review_days=30, still_employed=True)
    with pytest.raises(InvalidInput, match=r"rating\.charm: is not a question"):
        record_outcome(db, zoe, review_days=90, still_employed=True, ratings={"charm": 3})
    with pytest.raises(InvalidInput, match=r"rating\.urgency: '6' is not a level"):
        record_outcome(db, zoe, review_days=90, still_employed=True, ratings={"urgency": 6})
    with pytest.raises(InvalidInput, match=r"measure\.csat: 'nan' is not a finite number"):
        record_outcome(db, zoe, review_days=90, still_employed=True, measures={"csat": "nan"})
    assert _counts(db) == (0, 0, 0, 0)


def test_a_position_sets_its_own_review_points(db: Database) -> None:
    zoe = _hired(db)
    assert review_points(db, "Agent") == (90, 365)
    assert set_review_points(db, "Agent", ["30", 180, 30]) == (30, 180)
    record_outcome(db, zoe, review_days=30, still_employed=True)
    with pytest.raises(InvalidInput, match=r"\(30, 180\)"):
        record_outcome(db, zoe, review_days=90, still_employed=True)
    assert set_review_points(db, "Agent", []) == (90, 365)
    with pytest.raises(InvalidInput, match="review points: '0' is not a number of days"):
        set_review_points(db, "Agent", [0])


def test_a_good_csv_imports_every_row(db: Database) -> None:
    _hired(db)
    ann = _hired(db, "ann@example.org", "Ann Lee")
    data = (
        "Candidate,review_days,still_employed,recorded_by,rating.urgency,rating.ownership,"
        "measure.csat\r\n"
        "zoe@example.org,90,yes,Team lead,4,5,4.3\r\n"
        f"{ann},90,no,,,,\r\n"
        "ZOE@example.org,365,TRUE,,3,,\r\n"
    ).encode()
    summary = import_outcomes_csv(db, data, "outcomes.csv")
    assert summary.lines() == ["imported 3 outcomes of 2 candidates"]
    zoe = {o.review_days: o for o in outcomes_of(db, "zoe@example.org")}
    assert zoe[90].ratings == {"ownership": 5, "urgency": 4} and zoe[90].measures == {"csat": 4.3}
    assert zoe[90].recorded_by == "Team lead"
    assert zoe[365].ratings == {"urgency": 3} and zoe[365].measures == {}
    (left,) = outcomes_of(db, ann)
    assert left.still_employed is False
    assert _counts(db) == (3, 3, 1, 3)


def test_a_bad_csv_names_line_and_field_and_imports_nothing(db: Database) -> None:
    _hired(db)
    add_candidate(db, name="Ann Lee", email="ann@example.org")  # not hired
    data = (
        b"candidate,review_days,still_employed,rating.urgency,rating.charm,measure.csat\n"
        b"zoe@example.org,90,yes,4,,4.1\n"  # good
        b"ann@example.org,90,yes,,,\n"  # line 3: no hire decision
        b"zoe@example.org,45,maybe,9,,high\n"  # line 4: three problems
        b"nobody@example.org,90,yes,,,\n"  # line 5: unknown
        b"zoe@example.org,90,no,,2,\n"  # line 6: repeats line 2, charm is no question
    )
    before = table_counts(db), _counts(db)
    with pytest.raises(ImportRejected) as caught:
        import_outcomes_csv(db, data, "outcomes.csv")
    assert [str(i) for i in caught.value.issues] == [
        "outcomes.csv: line 3: candidate: Ann Lee has no hire decision: outcomes are kept for "
        "hired candidates only (record the decision first)",
        "outcomes.csv: line 4: still_employed: 'maybe' is neither yes nor no",
        "outcomes.csv: line 4: rating.urgency: '9' is not a level from 1 to 5",
        "outcomes.csv: line 4: measure.csat: 'high' is not a number",
        "outcomes.csv: line 5: candidate: no candidate 'nobody@example.org' (id or email)",
        "outcomes.csv: line 6: rating.charm: is not a question of Zoë Ørsted's interview rubric",
        "outcomes.csv: line 6: review_days: Zoë Ørsted at 90 days is also on line 2",
    ]
    assert (table_counts(db), _counts(db)) == before
    # A number of days that is no review point of the candidate's position.
    with pytest.raises(ImportRejected) as caught:
        import_outcomes_csv(
            db, b"candidate,review_days,still_employed\nzoe@example.org,45,yes\n", "o.csv"
        )
    assert [str(i) for i in caught.value.issues] == [
        "o.csv: line 2: review_days: 45 is not a review point of the position (90, 365)"
    ]
    assert (table_counts(db), _counts(db)) == before


def test_csv_structure_problems_are_named(db: Database) -> None:
    def issues(text: bytes) -> list[str]:
        with pytest.raises(ImportRejected) as caught:
            import_outcomes_csv(db, text, "o.csv")
        return [str(i) for i in caught.value.issues]

    assert issues(b"") == ["o.csv: line 1: the file is empty; no header row"]
    assert issues(b"candidate,review_days,colour\n") == [
        "o.csv: line 1: colour: unknown column (candidate, review_days, still_employed, "
        "recorded_by, rating.QUESTION, measure.NAME)",
        "o.csv: line 1: still_employed: the column is missing",
    ]
    assert issues(b"candidate,review_days,still_employed\n1,90\n") == [
        "o.csv: line 2: has 2 fields; the header has 3"
    ]
    assert issues(b"candidate,review_days,still_employed\n\xff,90,yes\n") == [
        "o.csv: line 2: is not UTF-8 text"
    ]


def test_all_outcomes_reads_every_hire_by_position_and_review_point(db: Database) -> None:
    zoe = _hired(db)
    add_candidate(db, name="Lea Lead", email="lea@example.org", position="Lead")
    take_interview(db, candidate="lea@example.org")
    record_decision(db, "lea@example.org", decision="hire", rationale="Yes", decided_by="Mei")
    record_outcome(db, zoe, review_days=90, still_employed=True, ratings={"urgency": 4})
    record_outcome(db, zoe, review_days=365, still_employed=True, measures={"csat": 3.5})
    record_outcome(db, "lea@example.org", review_days=90, still_employed=False)
    every = all_outcomes(db)
    assert [(o.candidate_id, o.review_days) for o in every] == [
        (zoe, 90), (zoe, 365), (every[2].candidate_id, 90),
    ]  # fmt: skip
    assert every[0].ratings == {"urgency": 4} and every[1].measures == {"csat": 3.5}
    assert every[0].rubric_version_id is not None
    agent = position_id(db, "Agent")
    assert {o.position_id for o in all_outcomes(db, agent)} == {agent}
    assert [o.review_days for o in all_outcomes(db, agent, review_days=365)] == [365]
    assert [o.still_employed for o in all_outcomes(db, review_days=90)] == [True, False]


def test_a_file_longer_than_one_write_piece_is_imported_whole(db: Database) -> None:
    zoe = _hired(db)
    days = range(1, 2_501)  # more rows than one piece of the write (2,000)
    set_review_points(db, "Agent", days)
    lines = ["candidate,review_days,still_employed,rating.urgency,measure.csat"]
    lines += [f"{zoe},{d},{'yes' if d % 7 else 'no'},{1 + d % 5},{d / 1000}" for d in days]
    summary = import_outcomes_csv(db, "\n".join(lines).encode(), "long.csv")
    assert summary.imported == 2_500
    kept = outcomes_of(db, zoe)
    assert [o.review_days for o in kept] == list(days)
    assert (kept[-1].ratings, kept[-1].measures) == ({"urgency": 1}, {"csat": 2.5})
    assert sum(not o.still_employed for o in kept) == 357
    assert _counts(db) == (2_500, 2_500, 2_500, 2_500)
