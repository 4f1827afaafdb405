# SPDX-License-Identifier: MIT
"""Each position may have its current rubric version (without one: the default rubric).

A table of its own rather than a column of positions: SQLite adds a column's foreign key only
inline, where its name cannot be read back, and rebuilding positions in batch mode would drop the
table candidates refer to (see 0002).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "position_rubrics",
        sa.Column("position_id", sa.Integer(), nullable=False),
        sa.Column("rubric_version_id", sa.Integer(), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["position_id"],
            ["positions.id"],
            name=op.f("fk_position_rubrics_position_id_positions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rubric_version_id"],
            ["rubric_versions.id"],
            name=op.f("fk_position_rubrics_rubric_version_id_rubric_versions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("position_id", name=op.f("pk_position_rubrics")),
    )
    op.create_index(
        op.f("ix_position_rubrics_rubric_version_id"),
        "position_rubrics",
        ["rubric_version_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_position_rubrics_rubric_version_id"), table_name="position_rubrics")
    op.drop_table("position_rubrics")
