# SPDX-License-Identifier: MIT
"""How each question of a rubric version was used: levels chosen, skips, agreement, flags.

Over the submitted interviews scored with that version (drafts are unfinished). Counted by the
database (GROUP BY), agreement computed as the Insight view does (ICC(1) from sums per
candidate), flags decided in domain/anchor_use.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from hireapp.domain import statistics as stats
from hireapp.domain.anchor_use import question_flags
from hireapp.services.rubrics import rubric_of_version
from hireapp.storage.models import Answer, Interview
from hireapp.storage.session import Database


@dataclass(frozen=True)
class QuestionUse:
    id: str
    title: str
    levels: dict[int, int]  # level 1-5: how many times it was chosen
    skipped: int
    interviews: int  # submitted interviews of this version: those that asked it
    icc: float | None
    agreement: str  # the ICC in plain words
    flags: tuple[str, ...]

    @property
    def ratings(self) -> int:
        return sum(self.levels.values())


@dataclass(frozen=True)
class RubricUse:
    version_id: int
    title: str
    label: str
    interviews: int
    questions: tuple[QuestionUse, ...]  # in rubric order


def rubric_stats(db: Database, version_id: int) -> RubricUse:
    """Each question's use over the submitted interviews scored with the rubric version."""
    rubric = rubric_of_version(db, version_id)
    of_version = (Interview.rubric_version_id == version_id) & (Interview.status == "submitted")
    with db.read() as session:
        interviews = int(
            session.scalar(select(func.count()).select_from(Interview).where(of_version)) or 0
        )
        counted = session.execute(
            select(
                Answer.question_id,
                Answer.score,
                func.count(),
                func.sum(case((Answer.skipped, 1), else_=0)),
            )
            .join(Interview, Interview.id == Answer.interview_id)
            .where(of_version)
            .group_by(Answer.question_id, Answer.score)
        ).all()
        groups = session.execute(
            select(
                Answer.question_id,
                func.count(Answer.score),
                func.sum(Answer.score),
                func.sum(Answer.score * Answer.score),
            )
            .join(Interview, Interview.id == Answer.interview_id)
            .where(of_version, Answer.score.is_not(None))
            .group_by(Answer.question_id, Interview.candidate_id)
        ).all()
    levels: dict[str, dict[int, int]] = {}
    skipped: dict[str, int] = {}
    for question_id, score, count, skips in counted:
        if score is not None:
            levels.setdefault(question_id, {})[int(score)] = int(count)
        skipped[question_id] = skipped.get(question_id, 0) + int(skips or 0)
    sums: dict[str, list[stats.GroupSums]] = {}
    for question_id, count, total, squares in groups:
        sums.setdefault(question_id, []).append(
            stats.GroupSums(int(count), float(total or 0), float(squares or 0))
        )
    questions = []
    for question in rubric.questions():
        chosen = {level: levels.get(question.id, {}).get(level, 0) for level in range(1, 6)}
        icc = stats.icc1_from_sums(sums.get(question.id, [])).icc
        skips = skipped.get(question.id, 0)
        questions.append(
            QuestionUse(
                id=question.id,
                title=question.title,
                levels=chosen,
                skipped=skips,
                interviews=interviews,
                icc=icc,
                agreement=stats.agreement_label(icc),
                flags=tuple(question_flags(chosen, skips, interviews, icc)),
            )
        )
    return RubricUse(version_id, rubric.title, rubric.version, interviews, tuple(questions))
