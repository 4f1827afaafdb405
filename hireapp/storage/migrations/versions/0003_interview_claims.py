# SPDX-License-Identifier: MIT
"""One interview, one writer: interviews count their revisions, and a window claims a draft.

`interviews.revision` grows with every change, so a write made from a stale view of an interview
is refused rather than merged. `interview_claims` records which window on which machine has a draft
open for writing. Both are added without rebuilding a table (SQLite adds a column in place), so
no child row is touched.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "interviews",
        sa.Column("revision", sa.Integer(), server_default="0", nullable=False),
    )
    op.create_table(
        "interview_claims",
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("account", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_claims_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interview_id", name=op.f("pk_interview_claims")),
    )


def downgrade() -> None:
    op.drop_table("interview_claims")
    # Not a batch operation: rebuilding interviews on SQLite would cascade-delete its children.
    # SQLite drops a column in place since 3.35.
    op.execute("ALTER TABLE interviews DROP COLUMN revision")
