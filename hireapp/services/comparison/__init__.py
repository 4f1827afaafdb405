# SPDX-License-Identifier: MIT
"""HR's comparison of candidates, by concern: the figures every surface shows (`figures`, the one
read model with the independence rule), Side by side and the shortlist (`side_by_side`),
Insight (`insight`) and CSV (`export`).
"""

from hireapp.services.comparison.export import (
    COMPARISON_CSV_COLUMNS,
    SCORES_CSV_COLUMNS,
    comparison_csv_row,
    export_scores_csv,
    write_comparison_csv,
    write_comparison_rows,
)
from hireapp.services.comparison.figures import (
    WITHHELD,
    ComparisonRow,
    comparison_query,
    comparison_rows,
    figures_by_id,
    withheld_from,
)
from hireapp.services.comparison.insight import (
    CandidateHalo,
    Insight,
    InterviewerInsight,
    QuestionAgreement,
    halo_by_candidate,
    insight,
    interviewer_insight,
    question_agreement,
)
from hireapp.services.comparison.side_by_side import (
    MAX_COMPARED,
    MAX_SIDE_BY_SIDE,
    MIN_SIDE_BY_SIDE,
    QuestionCell,
    QuestionRow,
    SectionComparison,
    SideBySide,
    compare_candidates,
    side_by_side,
)

__all__ = [
    "COMPARISON_CSV_COLUMNS",
    "MAX_COMPARED",
    "MAX_SIDE_BY_SIDE",
    "MIN_SIDE_BY_SIDE",
    "SCORES_CSV_COLUMNS",
    "WITHHELD",
    "CandidateHalo",
    "ComparisonRow",
    "Insight",
    "InterviewerInsight",
    "QuestionAgreement",
    "QuestionCell",
    "QuestionRow",
    "SectionComparison",
    "SideBySide",
    "compare_candidates",
    "comparison_csv_row",
    "comparison_query",
    "comparison_rows",
    "export_scores_csv",
    "figures_by_id",
    "halo_by_candidate",
    "insight",
    "interviewer_insight",
    "question_agreement",
    "side_by_side",
    "withheld_from",
    "write_comparison_csv",
    "write_comparison_rows",
]
