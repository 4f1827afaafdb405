# SPDX-License-Identifier: MIT
"""Candidates compared question by question: Side by side in the app and the shortlist PDF.

Both take this one comparison, so the sections (grouped by id, hireapp.domain.layout), the mean
levels and the headline figures (hireapp.services.comparison.figures) are the same on screen and
on paper, fair scores included (each candidate's position fitted whole, so this is slow for big
positions the first time: off the GUI thread). A candidate the viewer is still interviewing is
shown withheld: their column has no level, mean or figure, only the candidate's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select

from hireapp.domain import statistics as stats
from hireapp.domain.layout import merged_layout, nearest_level
from hireapp.errors import InvalidInput
from hireapp.services.comparison.figures import ComparisonRow, figures_by_id
from hireapp.services.rubrics import stored_rubric
from hireapp.storage.models import Answer, Interview, RubricVersion
from hireapp.storage.session import Database

MIN_SIDE_BY_SIDE: Final = 2
MAX_SIDE_BY_SIDE: Final = 5
MAX_COMPARED: Final = 10
"""The shortlist PDF's limit: ten columns still fit an A4 landscape page."""


@dataclass(frozen=True)
class QuestionCell:
    """One candidate's ratings of one question over their submitted interviews.

    mean: the mean level (1-5), None when nobody scored it (or withheld); anchor: the rubric's
    described behaviour at the mean rounded to a level; skipped: interviews that skipped it.
    """

    levels: tuple[int, ...]
    mean: float | None
    anchor: str | None
    skipped: int
    withheld: bool = False


@dataclass(frozen=True)
class QuestionRow:
    id: str
    title: str
    cells: tuple[QuestionCell, ...]  # in the order of SideBySide.candidates


@dataclass(frozen=True)
class SectionComparison:
    """A rubric section and its questions."""

    id: str
    title: str
    questions: tuple[QuestionRow, ...]


@dataclass(frozen=True)
class SideBySide:
    candidates: tuple[ComparisonRow, ...]  # the read model's rows, in the order asked for
    sections: tuple[SectionComparison, ...]

    @property
    def withheld(self) -> tuple[ComparisonRow, ...]:
        return tuple(c for c in self.candidates if c.withheld)


def _check_count(ids: Sequence[int], most: int) -> None:
    if not MIN_SIDE_BY_SIDE <= len(ids) <= most:
        raise InvalidInput(
            "candidates",
            f"choose {MIN_SIDE_BY_SIDE} to {most} different candidates to compare, not {len(ids)}",
        )


def compare_candidates(
    db: Database,
    candidate_ids: Sequence[int],
    viewer_id: int | None = None,
    *,
    most: int = MAX_SIDE_BY_SIDE,
) -> SideBySide:
    """Every question with each chosen candidate's levels and anchor texts, in the given order.

    With `viewer_id`, the candidates that interviewer is still interviewing come back withheld.
    """
    ids = list(dict.fromkeys(candidate_ids))
    _check_count(ids, most)
    heads = figures_by_id(db, ids, viewer_id, fair=True)
    missing = [i for i in ids if i not in heads]
    if missing:
        raise InvalidInput("candidates", f"no candidate {missing[0]}")
    shown = [i for i in ids if not heads[i].withheld]
    with db.read() as session:
        answers = session.execute(
            select(Interview.candidate_id, Answer.question_id, Answer.score, Answer.skipped)
            .join(Interview, Interview.id == Answer.interview_id)
            .where(Interview.status == "submitted", Interview.candidate_id.in_(shown))
            .order_by(Interview.candidate_id, Interview.interviewer_id)
        ).all()
        contents = session.execute(
            select(RubricVersion.content)
            .where(
                RubricVersion.id.in_(
                    select(Interview.rubric_version_id).where(
                        Interview.status == "submitted", Interview.candidate_id.in_(shown)
                    )
                )
            )
            .order_by(RubricVersion.id.desc())
        ).scalars()
        rubrics = [stored_rubric(content) for content in contents]
    levels: dict[tuple[int, str], list[int]] = {}
    skips: dict[tuple[int, str], int] = {}
    for candidate_id, question_id, score, was_skipped in answers:
        key = (candidate_id, question_id)
        if was_skipped:
            skips[key] = skips.get(key, 0) + 1
        elif score is not None:
            levels.setdefault(key, []).append(score)
    sections = []
    for section in merged_layout(rubrics):
        rows = []
        for question in section.questions:
            cells = []
            for candidate_id in ids:
                if heads[candidate_id].withheld:
                    cells.append(QuestionCell((), None, None, 0, withheld=True))
                    continue
                given = levels.get((candidate_id, question.id), [])
                mean = stats.mean(given)
                anchor = None if mean is None else question.anchors.describe(nearest_level(mean))
                skipped = skips.get((candidate_id, question.id), 0)
                cells.append(QuestionCell(tuple(given), mean, anchor, skipped))
            rows.append(QuestionRow(id=question.id, title=question.title, cells=tuple(cells)))
        sections.append(SectionComparison(section.id, section.title, tuple(rows)))
    return SideBySide(candidates=tuple(heads[i] for i in ids), sections=tuple(sections))


def side_by_side(
    db: Database, candidate_ids: Sequence[int], viewer_id: int | None = None
) -> SideBySide:
    """The app's Side by side: 2-5 candidates (see compare_candidates)."""
    return compare_candidates(db, candidate_ids, viewer_id, most=MAX_SIDE_BY_SIDE)
