# SPDX-License-Identifier: MIT
"""Plain-Python core of hireapp: the rubric model, scoring and statistics.

Nothing here imports Qt, SQLAlchemy or ReportLab, so every rule can be tested (and property-tested)
without a window or a database.
"""
