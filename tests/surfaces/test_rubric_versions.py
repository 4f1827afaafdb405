# SPDX-License-Identifier: MIT
"""Two rubric versions on one candidate lay out alike on every surface: by section id, newest
version's order and titles first.

Version 2 renames the section and reverses its questions. Jonas scored with version 2, then Maria
with version 1: the summary PDF, Side by side and the shortlist PDF must all show one section, under
its new title, with the questions in version 2's order.
"""

from __future__ import annotations

from hireapp.domain.rubric import default_rubric_path, load_rubric
from hireapp.services import interviews as iv
from hireapp.services.comparison import side_by_side
from hireapp.services.people import create_candidate, ensure_interviewer
from hireapp.services.reports import candidate_report, comparison_report
from hireapp.services.rubrics import ensure_default_rubric, register_rubric
from hireapp.storage.session import Database


def _interview(db: Database, email: str, interviewer: str, version: int, level: int) -> None:
    interview = iv.start_interview(
        db, candidate=email, interviewer_id=ensure_interviewer(db, interviewer).id,
        rubric_version_id=version,
    )  # fmt: skip
    for question in load_rubric(default_rubric_path()).questions():
        iv.answer_question(db, interview, question.id, score=level)
    iv.set_wrap_up(db, interview, recommendation="yes")
    iv.submit_interview(db, interview)


def test_sections_are_grouped_by_id_in_the_newest_order_everywhere(db: Database) -> None:
    first = load_rubric(default_rubric_path())
    (section,) = first.sections
    renamed = section.model_copy(
        update={"title": "Serving customers", "questions": tuple(reversed(section.questions))}
    )
    second = first.model_copy(update={"version": "2026.2", "sections": (renamed,)})
    v1 = ensure_default_rubric(db).id
    v2 = register_rubric(db, second).id
    for email in ("ann@example.org", "bo@example.org"):
        create_candidate(db, name=email[:2], email=email, position="Agent")
    # Jonas (version 2) interviews first, Maria (version 1) after: the newest *version* sets the
    # layout, not the newest interview.
    _interview(db, "ann@example.org", "Jonas Becker", v2, 2)
    _interview(db, "ann@example.org", "Maria Keller", v1, 4)
    _interview(db, "bo@example.org", "Maria Keller", v1, 3)
    expected = [q.id for q in reversed(section.questions)]

    summary = candidate_report(db, "ann@example.org")
    assert [(s.id, s.title) for s in summary.sections] == [(section.id, "Serving customers")]
    assert [q.id for q in summary.sections[0].questions] == expected
    assert summary.sections[0].questions[0].levels == (2, 4)  # interviews in the order taken

    ids = [summary.id, candidate_report(db, "bo@example.org").id]
    compared = side_by_side(db, ids)
    assert [(s.id, s.title) for s in compared.sections] == [(section.id, "Serving customers")]
    assert [q.id for q in compared.sections[0].questions] == expected

    shortlist = comparison_report(db, ids)
    assert {(q.section_id, q.section) for q in shortlist.questions} == {
        (section.id, "Serving customers")
    }
    assert [q.id for q in shortlist.questions] == expected
