# SPDX-License-Identifier: MIT
"""The panel's decision as the candidate summary prints it (no ReportLab here).

A summary built with a decision is a `DecidedCandidateReport`: the plain CandidateReport with the
current decision beside it, so a renderer that does not know decisions still takes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hireapp.reports.data import CandidateReport


@dataclass(frozen=True)
class DecisionReport:
    """The candidate's current decision: label (Hire, On hold ...), why, who, when, and how long
    after the last submitted interview, in words."""

    label: str
    rationale: str
    decided_by: str
    decided_at: dt.datetime
    after_interview: str


@dataclass(frozen=True)
class DecidedCandidateReport(CandidateReport):
    """A candidate summary with the current decision (None: no decision yet)."""

    decision: DecisionReport | None = None
