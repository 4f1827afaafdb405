# SPDX-License-Identifier: MIT
"""Which questions a report or a comparison shows, and in what order, when rubric versions differ.

A candidate's interviews may have been scored with several versions of a rubric. Every surface
(Side by side, Insight, the summary and the shortlist PDFs) lays the questions out the same way:
the newest rubric's sections and questions in its order, then whatever only older versions had,
each question once, grouped by the section's id (titles can be reworded between versions; the id
is what stays).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hireapp.domain.rubric import Question, Rubric


@dataclass(frozen=True)
class SectionLayout:
    """A section as shown: its id, the title of its newest version, and its questions."""

    id: str
    title: str
    questions: tuple[Question, ...]


def merged_layout(newest_first: Iterable[Rubric]) -> tuple[SectionLayout, ...]:
    """Sections and questions of the rubrics given newest first, each question once."""
    sections: dict[str, tuple[str, list[Question]]] = {}
    seen: set[str] = set()
    for rubric in newest_first:
        for section in rubric.sections:
            _title, questions = sections.setdefault(section.id, (section.title, []))
            for question in section.questions:
                if question.id not in seen:
                    seen.add(question.id)
                    questions.append(question)
    return tuple(
        SectionLayout(sid, title, tuple(questions))
        for sid, (title, questions) in sections.items()
        if questions
    )


def nearest_level(mean: float) -> int:
    """A mean level (1-5) rounded half up, as people round: 3.5 reads as 4, 2.5 as 3."""
    return max(1, min(5, math.floor(mean + 0.5)))
