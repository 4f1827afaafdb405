# SPDX-License-Identifier: MIT
"""Printed documents: a candidate summary and a shortlist comparison, as PDF.

The only package that imports ReportLab, and only in its submodules, so importing this package (or
the command line) costs nothing. Each document is a renderer class with `build(data, out)` taking
the frozen dataclasses of hireapp.reports.data (built by hireapp.services.reports, which this
package never imports) and writing to a binary file object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from hireapp.reports.data import CandidateReport, ComparisonReport


def write_candidate_summary(data: CandidateReport, out: BinaryIO) -> None:
    """The candidate summary PDF of `data`, written to `out`."""
    from hireapp.reports.summary import CandidateSummaryRenderer

    CandidateSummaryRenderer().build(data, out)


def write_comparison(data: ComparisonReport, out: BinaryIO) -> None:
    """The shortlist comparison PDF of `data`, written to `out`."""
    from hireapp.reports.comparison import ComparisonRenderer

    ComparisonRenderer().build(data, out)


def register_fonts() -> None:
    """Load the fonts once per process (a batch's worker does it before its first document)."""
    from hireapp.reports.fonts import register_fonts as register

    register()
