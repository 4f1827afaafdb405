# SPDX-License-Identifier: MIT
"""The data tests' helpers, now shared by every test module in tests/factories.py.

Kept so that modules importing them from here go on working until they import tests.factories.
"""

from __future__ import annotations

from tests.factories import CUES, QUESTIONS, RUBRIC, record_interview, snapshot, table_counts

__all__ = ["CUES", "QUESTIONS", "RUBRIC", "record_interview", "snapshot", "table_counts"]
