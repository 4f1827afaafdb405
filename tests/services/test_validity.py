# SPDX-License-Identifier: MIT
"""Does the interview predict the job (issue 14, item 3), on constructed hires in a real database:
the figures equal a calculation done here independently (the standard library's correlation on
the same numbers), nothing is shown below 30 hires, and only hires count."""

from __future__ import annotations

import json
import math
import statistics

import pytest

from hireapp.services import interviews as iv
from hireapp.services.decisions import record_decision
from hireapp.services.outcomes import record_outcome
from hireapp.services.validity import MANAGER_MEAN, STILL_EMPLOYED, manager_outcome, validity
from hireapp.storage.session import Database
from tests.cli.clirun import assert_clean_failure, hireapp
from tests.factories import QUESTIONS, RUBRIC, add_candidate, start_interview

TITLES = {q.id: q.title for q in RUBRIC.questions()}


def _hire(db: Database, number: int, *, hired: bool = True) -> tuple[float, float, float]:
    """A candidate with one interview: impression and question levels from `number`; hired with a
    90-day outcome. Their (impression score, structured score, csat)."""
    email = f"h{number}@example.org"
    add_candidate(db, name=f"Hire {number}", email=email, position="Agent")
    interview = start_interview(db, candidate=email, interviewer="Ines One")
    impression = 1 + number % 5
    iv.record_impression(db, interview, score=impression)
    level = 1 + (number * 3) % 5
    for question in QUESTIONS:
        iv.answer_question(db, interview, question, score=level)
    iv.set_wrap_up(db, interview, recommendation="yes")
    iv.submit_interview(db, interview)
    csat = round(2.0 + 0.5 * level + 0.1 * (number % 3), 1)
    if hired:
        record_decision(db, email, decision="hire", rationale="Good", decided_by="Ina Lead")
        record_outcome(db, email, review_days=90, still_employed=number % 4 != 0,
                       ratings={QUESTIONS[0]: min(5, level + number % 2)},
                       measures={"csat": csat}, recorded_by="Mo Manager")  # fmt: skip
    # On the 0-100 scale of the read model: (level - 1) * 25.
    return (impression - 1) * 25.0, (level - 1) * 25.0, csat


def _interval(r: float, n: int) -> tuple[float, float]:
    """Fisher's z interval, written out here as a textbook gives it."""
    z, half = math.atanh(r), 1.959963984540054 / math.sqrt(n - 3)
    return math.tanh(z - half), math.tanh(z + half)


def test_the_figures_match_a_calculation_done_independently(db: Database) -> None:
    made = [_hire(db, number) for number in range(32)]
    _hire(db, 99, hired=False)  # interviewed, not hired: never counted
    result = validity(db, "Agent")
    report = result.report
    assert report.ready and report.hires == 32
    impressions, structured, csat = ([m[k] for m in made] for k in range(3))
    r = statistics.correlation(impressions, csat)
    low, high = _interval(r, 32)
    assert report.headline.correlation.r == pytest.approx(r)
    assert report.headline.correlation.low == pytest.approx(low)
    assert report.headline.correlation.high == pytest.approx(high)
    assert report.headline.correlation.n == 32
    assert report.headline.question.startswith("Did liking in the first 30 seconds")
    figures = {(f.predictor, f.outcome): f.correlation for f in report.figures}
    assert figures[("structured score", "csat")].r == pytest.approx(
        statistics.correlation(structured, csat)
    )
    employed = [0.0 if n % 4 == 0 else 1.0 for n in range(32)]
    assert figures[("structured score", STILL_EMPLOYED)].r == pytest.approx(
        statistics.correlation(structured, employed)
    )
    manager = [float(min(5, 1 + (n * 3) % 5 + n % 2)) for n in range(32)]
    first = TITLES[QUESTIONS[0]]
    assert figures[(first, manager_outcome(first))].r == pytest.approx(
        statistics.correlation([1.0 + (n * 3) % 5 for n in range(32)], manager)
    )
    assert figures[("first impression", MANAGER_MEAN)].r == pytest.approx(
        statistics.correlation(impressions, manager)
    )
    # Added value: with the impression and structured score nearly unrelated here, Delta R^2 is
    # the squared semipartial correlation; checked against the two simple regressions' R^2.
    [added] = [a.added for a in report.added_value if a.outcome == "csat"]
    r_is = statistics.correlation(impressions, structured)
    r_io, r_so = r, statistics.correlation(structured, csat)
    r2_both = (r_io**2 + r_so**2 - 2 * r_io * r_so * r_is) / (1 - r_is**2)
    assert added.r2_impression == pytest.approx(r_io**2)
    assert added.r2_both == pytest.approx(r2_both)
    assert added.delta_r2 == pytest.approx(r2_both - r_io**2)


def test_nothing_is_shown_below_thirty_hires(db: Database) -> None:
    for number in range(29):
        _hire(db, number)
    report = validity(db).report
    assert not report.ready and report.hires == 29
    assert report.progress == "29 of 30 hires so far"
    assert report.figures == () and report.added_value == ()
    assert report.headline.correlation.r is None  # gated too
    assert "Only people who were hired have outcomes" in report.range_restriction


def test_the_command_line_answers_the_question_first(sqlite_db: Database, sqlite_url: str) -> None:
    db, db_url = sqlite_db, sqlite_url  # the figures on both databases are checked above
    for number in range(31):
        _hire(db, number)
    done = hireapp("--db", db_url, "validity", "--position", "Agent")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Did liking in the first 30 seconds predict how customers rated")
    assert "Agent, outcomes at 90 days: 31 hires." in done.stdout
    csat = [line for line in lines if line.startswith("structured score") and " csat " in line]
    assert len(csat) == 1 and csat[0].split()[-1] == "31"
    assert "Only people who were hired have outcomes" in done.stdout
    as_json = json.loads(hireapp("--db", db_url, "validity", "--format", "json").stdout)
    assert as_json["hires"] == 31 and as_json["ready"] is True
    assert as_json["headline"]["correlation"]["n"] == 31
    assert_clean_failure(hireapp("--db", db_url, "validity", "--position", "Nope"),
                         "no position 'Nope'")  # fmt: skip
