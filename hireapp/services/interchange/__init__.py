# SPDX-License-Identifier: MIT
"""Interviews as versioned JSON, from an offline laptop to the team database and back.

By concern: `format` (the file's pydantic models, schema and parsing), `export` (writing a file),
`checks` (a file against the database, and conflicts), `merge` (writing an import). An import is
checked completely before anything is written and then written in one transaction: a file with
any problem changes nothing.
"""

from __future__ import annotations

from hireapp.services.interchange.checks import ImportConflict
from hireapp.services.interchange.export import ExportSummary, export_interviews, parse_date
from hireapp.services.interchange.format import (
    InterviewFile,
    content_hash,
    parse_interview_file,
    schema_text,
)
from hireapp.services.interchange.merge import (
    ImportSummary,
    import_interview_data,
    import_interviews,
)

__all__ = [
    "ExportSummary",
    "ImportConflict",
    "ImportSummary",
    "InterviewFile",
    "content_hash",
    "export_interviews",
    "import_interview_data",
    "import_interviews",
    "parse_date",
    "parse_interview_file",
    "schema_text",
]
