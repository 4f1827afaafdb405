# SPDX-License-Identifier: MIT
"""The constructed candidates every surface must show alike, and their figures worked by hand.

Ann Halo, the issue's case: Maria recorded a first impression of level 4 (75) and scored every
question level 2 (structured 25); Jonas recorded no first impression and scored every question
level 5 (100). The halo gap is the mean over interviews with both parts: 75 - 25 = +50, flagged,
although mean impression (75) minus mean structured (62.5) would be 12.5.

Bo Skip: Maria (impression 3 = 50) answered six questions at level 4 and skipped two (structured
75); Lee (impression 5 = 100) answered seven at level 5 and skipped one (structured 100); Jonas's
interview is a draft with every answer at level 1 and must move nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from hireapp.services import interviews as iv
from hireapp.services.people import create_candidate, ensure_interviewer
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, answer_all, start_interview

POSITION = "Customer service representative"


@dataclass(frozen=True)
class Expected:
    """What every surface must show for one candidate, as text in whole points."""

    overall: str
    impression: str
    structured: str
    halo: str  # as the table shows it, with ⚠ when flagged
    disagreement: str
    tally: tuple[int, int, int, int]  # strong no, no, yes, strong yes
    drafts: int


ANN = Expected("63", "75", "63", "⚠ +50", "75", (0, 1, 0, 1), 0)
BO = Expected("88", "75", "88", "-13", "25", (0, 0, 1, 1), 1)


@dataclass(frozen=True)
class Case:
    ann: int
    bo: int
    maria: int
    jonas: int
    lee: int


def _interview(
    db: Database, candidate: str, interviewer: str, *, impression: int | None,
    levels: list[int | None], recommendation: str | None,
) -> int:  # fmt: skip
    interview = start_interview(db, candidate=candidate, interviewer=interviewer)
    if impression is not None:
        iv.record_arrival(db, interview)
        iv.record_impression(db, interview, score=impression, cues=["greeting"], note="",
                             seconds_since_arrival=12.0)  # fmt: skip
    skip = {q: "ran out of time" for q, level in zip(QUESTIONS, levels, strict=True) if not level}
    answer_all(db, interview, [level or 0 for level in levels], skip=skip)
    for question in QUESTIONS:
        if question not in skip:
            iv.save_note(db, interview, question, f"note by {interviewer} on {question}")
    if recommendation is not None:
        iv.set_wrap_up(db, interview, recommendation=recommendation)
        iv.submit_interview(db, interview)
    return interview


def build_case(db: Database) -> Case:
    """Ann and Bo, interviewed as described above, through the real services."""
    ann = create_candidate(db, name="Ann Halo", email="ann@example.org", position=POSITION)
    bo = create_candidate(db, name="Bo Skip", email="bo@example.org", position=POSITION)
    maria, jonas, lee = "Maria Keller", "Jonas Becker", "Lee Wong"
    _interview(db, ann.email, maria, impression=4, levels=[2] * 8, recommendation="no")
    _interview(db, ann.email, jonas, impression=None, levels=[5] * 8, recommendation="strong_yes")
    _interview(db, bo.email, maria, impression=3, levels=[4, 4, None, 4, None, 4, 4, 4],
               recommendation="yes")  # fmt: skip
    _interview(db, bo.email, lee, impression=5, levels=[5, 5, 5, 5, 5, 5, 5, None],
               recommendation="strong_yes")  # fmt: skip
    _interview(db, bo.email, jonas, impression=1, levels=[1] * 8, recommendation=None)
    ids = {name: ensure_interviewer(db, name).id for name in (maria, jonas, lee)}
    return Case(ann=ann.id, bo=bo.id, maria=ids[maria], jonas=ids[jonas], lee=ids[lee])
