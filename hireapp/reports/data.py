# SPDX-License-Identifier: MIT
"""What a printed document takes: frozen dataclasses of finished figures and text.

The renderers' input contract. Services build these (hireapp.services.reports), with every figure
already decided by the one read model: the renderers lay them out and compute nothing, so a
document cannot define a figure differently from the table. No ReportLab here, so the services
can build a report without loading it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hireapp.domain.formatting import SINGLE_INTERVIEWER_MARK, whole
from hireapp.domain.independence import WITHHELD
from hireapp.domain.recommendation import RECOMMENDATION_LABELS

__all__ = [
    "RECOMMENDATION_LABELS",
    "SINGLE_INTERVIEWER_MARK",
    "WITHHELD",
    "AnswerReport",
    "CandidateReport",
    "ComparedCandidate",
    "ComparedQuestion",
    "ComparisonReport",
    "DecisionReport",
    "DraftInfo",
    "FairFigure",
    "InterviewReport",
    "QuestionReport",
    "SectionReport",
]


@dataclass(frozen=True)
class AnswerReport:
    """One interviewer's answer to one question: a level 1-5, or skipped with a reason."""

    level: int | None
    skipped: bool
    skip_reason: str
    note: str


@dataclass(frozen=True)
class InterviewReport:
    """One submitted interview, with everything its interviewer recorded."""

    id: int
    letter: str  # A, B, C...: the column of this interviewer in the question tables
    interviewer: str
    started_at: dt.datetime
    submitted_at: dt.datetime
    rubric: str  # title and version
    overall: float | None
    impression: float | None
    structured: float | None
    answered: int
    skipped: int
    impression_level: int | None
    impression_cues: tuple[str, ...]  # the labels of the cues seen
    impression_note: str
    seconds_since_arrival: float | None
    recommendation: str | None
    strengths: str
    concerns: str
    answers: dict[str, AnswerReport]


@dataclass(frozen=True)
class QuestionReport:
    """A question with every interviewer's level, their mean and what that level looks like."""

    id: str
    title: str
    text: str
    weight: float
    levels: tuple[int | None, ...]  # per interview, in the order of CandidateReport.interviews
    mean: float | None  # mean level 1-5 over the interviewers who scored it
    anchor_level: int | None  # the mean rounded to a level
    anchor: str  # the described behaviour at that level ("" without a mean)


@dataclass(frozen=True)
class SectionReport:
    id: str
    title: str
    questions: tuple[QuestionReport, ...]


@dataclass(frozen=True)
class DraftInfo:
    interviewer: str
    started_at: dt.datetime


@dataclass(frozen=True)
class DecisionReport:
    """A decision as the documents print it: label (Hire, On hold ...), why, who, when, and how
    long after the last submitted interview, in words."""

    label: str
    rationale: str
    decided_by: str
    decided_at: dt.datetime
    after_interview: str


@dataclass(frozen=True)
class FairFigure:
    """A fair score as the documents print it: the structured score with the interviewers'
    leniency taken out (0-100), its 80% interval, and whether one interviewer only saw the
    candidate."""

    adjusted: float
    low: float
    high: float
    single_interviewer: bool

    @property
    def text(self) -> str:
        """62 (52-71), with † after the score resting on one interviewer."""
        mark = f" {SINGLE_INTERVIEWER_MARK}" if self.single_interviewer else ""
        return f"{whole(self.adjusted)}{mark} ({whole(self.low)}–{whole(self.high)})"


@dataclass(frozen=True)
class CandidateReport:
    """A candidate's summary: submitted interviews only; the figures are the read model's.

    halo_gap is the mean over interviews of (impression - structured) and halo_note its plain
    sentence when flagged, both from hireapp.domain.statistics as in the table.
    """

    id: int
    name: str
    email: str
    phone: str | None
    position: str
    status: str
    generated_at: dt.datetime
    interviews: tuple[InterviewReport, ...]
    sections: tuple[SectionReport, ...]
    drafts: tuple[DraftInfo, ...]
    overall: float | None
    impression: float | None
    structured: float | None
    halo_gap: float | None
    halo: bool  # the gap is flagged (a level or more)
    halo_note: str | None
    disagreement: float | None
    tally: dict[str, int]
    decision: DecisionReport | None = None  # the panel's current decision; None before one
    fair: FairFigure | None = None  # None without a structured score

    @property
    def interviewers(self) -> tuple[str, ...]:
        return tuple(interview.interviewer for interview in self.interviews)

    @property
    def first_date(self) -> dt.date:
        return min(interview.started_at for interview in self.interviews).date()

    @property
    def last_date(self) -> dt.date:
        return max(interview.submitted_at for interview in self.interviews).date()


@dataclass(frozen=True)
class ComparedCandidate:
    """One column of a shortlist comparison; withheld: every figure reads WITHHELD."""

    id: int
    name: str
    email: str
    position: str
    interviews: int
    drafts: int
    overall: float | None
    impression: float | None
    structured: float | None
    halo_gap: float | None
    halo: bool
    halo_note: str | None
    disagreement: float | None
    tally: dict[str, int]  # empty when withheld
    means: dict[str, float]  # question id -> mean level 1-5 (absent when nobody scored it)
    withheld: bool = False
    fair: FairFigure | None = None  # None without a structured score, or when withheld


@dataclass(frozen=True)
class ComparedQuestion:
    id: str
    section_id: str
    section: str  # the section's title
    title: str


@dataclass(frozen=True)
class ComparisonReport:
    generated_at: dt.datetime
    candidates: tuple[ComparedCandidate, ...]
    questions: tuple[ComparedQuestion, ...]

    @property
    def positions(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(candidate.position for candidate in self.candidates))
