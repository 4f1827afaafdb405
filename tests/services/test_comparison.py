# SPDX-License-Identifier: MIT
"""The comparison and insight figures, on constructed interviews whose answers are known.

Every interview answers all questions at one level, so its structured score is that level on
0-100 whatever the weights; the figures below are worked out by hand in the comments.
"""

from __future__ import annotations

import csv
import math
import pathlib
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hireapp.errors import InvalidInput
from hireapp.services.comparison import (
    SCORES_CSV_COLUMNS,
    ComparisonRow,
    comparison_rows,
    export_scores_csv,
    halo_by_candidate,
    insight,
    interviewer_insight,
    question_agreement,
    side_by_side,
    write_comparison_csv,
)
from hireapp.services.people import create_candidate, ensure_interviewer, ensure_position
from hireapp.services.spreadsheet import spreadsheet_safe
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, RUBRIC, take_interview


@dataclass(frozen=True)
class Panel:
    db: Database
    ids: dict[str, int]  # candidate and interviewer names -> ids
    position_id: int


def _interview(
    db: Database, email: str, interviewer: str, impression: int, level: int,
    recommendation: str, *, skip: str | None = None, submit: bool = True,
) -> None:  # fmt: skip
    take_interview(
        db, candidate=email, interviewer=interviewer, impression=impression,
        levels=level if submit else [level, level], recommendation=recommendation,
        skip={skip: "=ran out of time"} if skip else None, submit=submit,
    )  # fmt: skip


@pytest.fixture
def panel(db: Database) -> Panel:
    """Three interviewed candidates, one waiting, one in another position.

    structured (impression) per interview, 0-100:
        Ann:  Xena 25 (100) yes,   Yuri 50 (75) no
        Ben:  Xena 75 (50) yes,    Yuri 100 (100) strong_yes,   @Zed 50 (25) no
        Cleo: Yuri 75 (75) yes,    @Zed 25 (0) strong_no, urgency skipped;  Xena: a draft
        Dan:  nothing yet.   Eve (other position): Xena 100 (100) strong_yes.
    """
    position = ensure_position(db, "Agent")
    ids: dict[str, int] = {}
    for name in ("Ann", "Ben", "Cleo", "Dan"):
        ids[name] = create_candidate(
            db, name=name, email=f"{name.lower()}@example.org", position="Agent"
        ).id
    ids["Eve"] = create_candidate(db, name="Eve", email="eve@example.org", position="Lead").id
    for name in ("Xena", "Yuri", "@Zed"):
        ids[name] = ensure_interviewer(db, name).id
    x, y, z = "Xena", "Yuri", "@Zed"
    _interview(db, "ann@example.org", x, 5, 2, "yes")
    _interview(db, "ann@example.org", y, 4, 3, "no")
    _interview(db, "ben@example.org", x, 3, 4, "yes")
    _interview(db, "ben@example.org", y, 5, 5, "strong_yes")
    _interview(db, "ben@example.org", z, 2, 3, "no")
    _interview(db, "cleo@example.org", y, 4, 4, "yes")
    _interview(db, "cleo@example.org", z, 1, 2, "strong_no", skip="urgency")
    _interview(db, "cleo@example.org", x, 3, 3, "", submit=False)
    _interview(db, "eve@example.org", x, 5, 5, "strong_yes")
    return Panel(db, ids, position.id)


def _by_name(rows: list[ComparisonRow]) -> dict[str, ComparisonRow]:
    return {row.name: row for row in rows}


def test_the_table_aggregates_by_hand(panel: Panel) -> None:
    rows = _by_name(comparison_rows(panel.db, panel.position_id))
    assert set(rows) == {"Ann", "Ben", "Cleo", "Dan"}
    ann, ben, cleo, dan = rows["Ann"], rows["Ben"], rows["Cleo"], rows["Dan"]
    assert (ann.submitted, ann.drafts, ann.stage) == (2, 0, "interviewed")
    assert ann.structured == pytest.approx(37.5) and ann.overall == pytest.approx(37.5)
    assert ann.impression == pytest.approx(87.5)
    # Gaps 100 - 25 = 75 and 75 - 50 = 25: mean 50, flagged.
    assert ann.halo_gap == pytest.approx(50.0) and ann.halo
    assert ann.disagreement == pytest.approx(25.0)
    assert (ann.strong_no, ann.no, ann.yes, ann.strong_yes) == (0, 1, 1, 0)
    assert ann.tally == "0 / 1 / 1 / 0"
    # Ben: gaps -25, 0, -25: mean -50/3, under a level; range 100 - 50.
    assert ben.structured == pytest.approx(225 / 3) and ben.impression == pytest.approx(175 / 3)
    assert ben.halo_gap == pytest.approx(-50 / 3) and not ben.halo
    assert ben.disagreement == pytest.approx(50.0)
    assert (ben.strong_no, ben.no, ben.yes, ben.strong_yes) == (0, 1, 1, 1)
    # Cleo: the draft is counted apart and left out of every score.
    assert (cleo.submitted, cleo.drafts) == (2, 1)
    assert cleo.structured == pytest.approx(50.0) and cleo.halo_gap == pytest.approx(-12.5)
    assert cleo.disagreement == pytest.approx(50.0)
    assert (dan.stage, dan.overall, dan.disagreement, dan.halo_gap) == ("waiting", None, None, None)
    assert (dan.strong_no, dan.no, dan.yes, dan.strong_yes) == (0, 0, 0, 0)
    # All positions: Eve too, with one interview (no disagreement without a second).
    everyone = _by_name(comparison_rows(panel.db))
    assert len(everyone) == 5 and everyone["Eve"].disagreement is None
    assert everyone["Eve"].position == "Lead"


def test_halo_per_candidate(panel: Panel) -> None:
    flagged = halo_by_candidate(panel.db, panel.position_id)
    assert [(h.name, h.gap) for h in flagged] == [("Ann", pytest.approx(50.0))]


def test_interviewer_calibration_by_hand(panel: Panel) -> None:
    found = {r.name: r for r in interviewer_insight(panel.db, panel.position_id)}
    xena, yuri, zed = found["Xena"], found["Yuri"], found["@Zed"]
    # Leniency: Xena (25 - 50) and (75 - mean(100, 50)) -> -12.5 over 2 candidates.
    assert (xena.leniency, xena.shared_candidates) == (pytest.approx(-12.5), 2)
    # Yuri: 25, 100 - 62.5 = 37.5, 75 - 25 = 50 -> 37.5 over 3.
    assert (yuri.leniency, yuri.shared_candidates) == (pytest.approx(37.5), 3)
    # @Zed: 50 - 87.5 = -37.5 and 25 - 75 = -50 -> -43.75.
    assert (zed.leniency, zed.shared_candidates) == (pytest.approx(-43.75), 2)
    # Halo per interviewer: Xena's gaps 75 and -25, both a level or more.
    assert (xena.interviews, xena.mean_gap, xena.flagged) == (2, pytest.approx(25.0), 2)
    assert (yuri.mean_gap, yuri.flagged) == (pytest.approx(25 / 3), 1)
    assert (zed.mean_gap, zed.flagged) == (pytest.approx(-25.0), 2)
    # Yuri's (impression, structured): (75, 50), (100, 100), (75, 75): r = sqrt(3) / 2.
    assert yuri.impression_r == pytest.approx(math.sqrt(3) / 2)
    assert xena.impression_r is None and zed.impression_r is None  # two pairs only
    # All positions: Eve's interview adds a third pair for Xena, but no shared candidate.
    xena_all = {r.name: r for r in interviewer_insight(panel.db)}["Xena"]
    assert xena_all.interviews == 3 and xena_all.shared_candidates == 2


def test_agreement_per_question_by_hand(panel: Panel) -> None:
    found = {q.id: q for q in question_agreement(panel.db, panel.position_id)}
    assert list(found) == QUESTIONS
    # Every question but urgency: Ann [2, 3], Ben [4, 5, 3], Cleo [4, 2]. N = 7, k = 3,
    # MSB = (41/14) / 2, MSW = 4.5 / 4, n0 = (7 - 17/7) / 2 = 16/7: ICC = (19/56) / (163/56).
    ownership = found["ownership"]
    assert ownership.icc == pytest.approx(19 / 163)
    assert (ownership.candidates, ownership.ratings, ownership.label) == (3, 7, "poor")
    assert ownership.within_sd == pytest.approx(math.sqrt(9 / 8))
    # Urgency: @Zed skipped it for Cleo, whose one rating is left out. Ann [2, 3], Ben [4, 5, 3]:
    # MSB = 2.7, MSW = 2.5 / 3, n0 = 2.4: ICC = (2.7 - 5/6) / (2.7 + 1.4 * 5/6) = 14/29.
    urgency = found["urgency"]
    assert urgency.icc == pytest.approx(14 / 29)
    assert (urgency.candidates, urgency.ratings) == (2, 5)


def test_insight_gathers_every_figure(panel: Panel) -> None:
    result = insight(panel.db, panel.position_id)
    assert (result.candidates, result.interviews) == (3, 7)
    assert [h.name for h in result.halo_candidates] == ["Ann"]
    assert [i.name for i in result.interviewers] == ["@Zed", "Xena", "Yuri"]
    assert len(result.agreement) == len(QUESTIONS)


def test_insight_on_an_empty_database(db: Database) -> None:
    result = insight(db)
    assert (result.candidates, result.interviews) == (0, 0)
    assert result.halo_candidates == () and result.interviewers == () and result.agreement == ()
    assert comparison_rows(db) == []


def test_side_by_side(panel: Panel) -> None:
    view = side_by_side(panel.db, [panel.ids["Ben"], panel.ids["Ann"]])
    assert [c.name for c in view.candidates] == ["Ben", "Ann"]
    assert view.candidates[1].halo and view.candidates[1].impression == pytest.approx(87.5)
    (section,) = view.sections
    assert section.title == "Service attitude"
    assert [q.id for q in section.questions] == QUESTIONS
    urgency = section.questions[0]
    ben, ann = urgency.cells
    assert ben.levels == (4, 5, 3) and ben.mean == pytest.approx(4.0)
    anchors = RUBRIC.question("urgency").anchors
    assert ben.anchor == anchors.describe(4)
    # 2.5 rounds half up to 3, as a person reads it.
    assert ann.levels == (2, 3) and ann.anchor == anchors.describe(3)
    cleo = side_by_side(panel.db, [panel.ids["Cleo"], panel.ids["Dan"]])
    first = cleo.sections[0].questions[0]
    assert first.cells[0].levels == (4,) and first.cells[0].skipped == 1
    assert first.cells[1].mean is None and first.cells[1].anchor is None


def test_side_by_side_takes_two_to_five(panel: Panel) -> None:
    with pytest.raises(InvalidInput, match="2 to 5"):
        side_by_side(panel.db, [panel.ids["Ann"]])
    with pytest.raises(InvalidInput, match="2 to 5"):
        side_by_side(panel.db, list(range(1, 7)))
    with pytest.raises(InvalidInput, match="no candidate 9999"):
        side_by_side(panel.db, [panel.ids["Ann"], 9999])


def test_export_every_answer_in_long_form(panel: Panel, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "scores.csv"
    # Seven submitted interviews of 8 questions, Eve's one, and the draft's 2 answers.
    assert export_scores_csv(panel.db, path) == 8 * 8 + 2
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == SCORES_CSV_COLUMNS
    skipped = [r for r in rows if r["skipped"] == "yes"]
    assert len(skipped) == 1
    # A name or reason a spreadsheet would run as a formula is neutralised.
    assert skipped[0]["interviewer"] == "'@Zed"
    assert skipped[0]["skip_reason"] == "'=ran out of time" and skipped[0]["score"] == ""
    assert skipped[0]["question_title"] == "Urgency"
    drafts = [r for r in rows if r["interview_status"] == "draft"]
    assert [(r["candidate"], r["score"]) for r in drafts] == [("Cleo", "3"), ("Cleo", "3")]
    ann_by_xena = [r for r in rows if r["candidate"] == "Ann" and r["interviewer"] == "Xena"]
    assert {r["score"] for r in ann_by_xena} == {"2"} and len(ann_by_xena) == 8
    assert ann_by_xena[0]["answered_at"].endswith("+00:00")


def test_export_refuses_an_unwritable_path(db: Database, tmp_path: pathlib.Path) -> None:
    with pytest.raises(InvalidInput, match="cannot write"):
        export_scores_csv(db, tmp_path / "missing" / "scores.csv")
    with pytest.raises(InvalidInput, match="is a folder"):
        export_scores_csv(db, tmp_path)


def test_the_comparison_table_as_csv(panel: Panel, tmp_path: pathlib.Path) -> None:
    rows = sorted(comparison_rows(panel.db, panel.position_id), key=lambda r: r.name)
    path = tmp_path / "table.csv"
    assert write_comparison_csv(path, rows) == 4
    with path.open(encoding="utf-8", newline="") as stream:
        written = list(csv.DictReader(stream))
    assert [r["name"] for r in written] == ["Ann", "Ben", "Cleo", "Dan"]
    assert written[0]["halo_gap"] == "50.00" and written[0]["halo_flag"] == "yes"
    assert written[3]["overall"] == "" and written[3]["stage"] == "waiting"


# --- spreadsheet_safe (the export relies on it) -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+1", "'=1+1"), ("+49 30 123", "'+49 30 123"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "'\rx"), ("Zoë", "Zoë"), ("", ""), ("a=b", "a=b"),
    ],
)  # fmt: skip
def test_spreadsheet_safe_examples(text: str, safe: str) -> None:
    assert spreadsheet_safe(text) == safe


@given(st.text())
def test_spreadsheet_safe_never_leaves_a_formula(text: str) -> None:
    safe = spreadsheet_safe(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe in (text, "'" + text)


def test_the_databases_aggregates_equal_the_domain_formulas(db: Database) -> None:
    """On demo data: the SQL figures and statistics.halo_gap / disagreement agree everywhere."""
    from sqlalchemy import select

    from hireapp.domain.statistics import disagreement, halo_gap
    from hireapp.services.demo import generate_demo
    from hireapp.storage.models import Interview

    generate_demo(db, candidates=40, seed=21)
    with db.read() as session:
        interviews = session.execute(
            select(Interview.candidate_id, Interview.impression_score, Interview.structured_score)
            .where(Interview.status == "submitted")
        ).all()  # fmt: skip
    for row in comparison_rows(db):
        mine = [(i, s) for c, i, s in interviews if c == row.id]
        expected_gap = halo_gap(mine)
        expected_range = disagreement(s for _, s in mine)
        assert row.halo_gap == (None if expected_gap is None else pytest.approx(expected_gap))
        assert row.disagreement == (
            None if expected_range is None else pytest.approx(expected_range)
        )
