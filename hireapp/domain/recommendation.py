# SPDX-License-Identifier: MIT
"""The overall recommendation asked at the wrap-up: its four values and how they read.

Kept here, beside the scoring, so the interview page, the table, the PDFs and the CSVs name a
recommendation the same way; the database's CHECK constraint is built from the same tuple.
"""

from __future__ import annotations

from typing import Final

RECOMMENDATIONS: Final = ("strong_no", "no", "yes", "strong_yes")
"""From the most negative to the most positive, as the wrap-up's keys 1-4 choose them."""

RECOMMENDATION_LABELS: Final = {
    "strong_no": "Strong no",
    "no": "No",
    "yes": "Yes",
    "strong_yes": "Strong yes",
}
"""Each value as a person reads it."""
