# SPDX-License-Identifier: MIT
"""The states a candidate and an interview can be in; the schema's CHECK constraints use them."""

from __future__ import annotations

from typing import Final

CANDIDATE_STATUSES: Final = ("active", "hired", "rejected", "withdrawn")
INTERVIEW_STATUSES: Final = ("draft", "submitted")
