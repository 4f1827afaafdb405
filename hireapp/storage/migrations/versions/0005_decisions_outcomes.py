# SPDX-License-Identifier: MIT
"""Decisions about candidates, and the outcomes of the hired ones at review points.

New tables only, so no existing table is rebuilt (on SQLite a batch rebuild of candidates or
positions would cascade into the rows that refer to them, see 0002). A decision is never
updated: a later one supersedes it. A position's review points have a table of their own; a
position without rows uses 90 and 365 days.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _foreign_key(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("position_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_interview_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "decision IN ('advance', 'hire', 'reject', 'hold')",
            name=op.f("ck_decisions_decision_known"),
        ),
        sa.CheckConstraint("length(rationale) > 0", name=op.f("ck_decisions_rationale_not_empty")),
        sa.CheckConstraint(
            "length(decided_by) > 0", name=op.f("ck_decisions_decided_by_not_empty")
        ),
        _foreign_key("decisions", "candidate_id", "candidates", "CASCADE"),
        _foreign_key("decisions", "position_id", "positions", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sa.UniqueConstraint("uid", name=op.f("uq_decisions_uid")),
    )
    op.create_index(op.f("ix_decisions_candidate_id"), "decisions", ["candidate_id"])
    op.create_index(op.f("ix_decisions_position_id"), "decisions", ["position_id"])
    op.create_table(
        "review_points",
        sa.Column("position_id", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.CheckConstraint("days BETWEEN 1 AND 3650", name=op.f("ck_review_points_days_range")),
        _foreign_key("review_points", "position_id", "positions", "CASCADE"),
        sa.PrimaryKeyConstraint("position_id", "days", name=op.f("pk_review_points")),
    )
    op.create_table(
        "outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("review_days", sa.Integer(), nullable=False),
        sa.Column("still_employed", sa.Boolean(), nullable=False),
        sa.Column("rubric_version_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "review_days BETWEEN 1 AND 3650", name=op.f("ck_outcomes_review_days_range")
        ),
        _foreign_key("outcomes", "candidate_id", "candidates", "CASCADE"),
        _foreign_key("outcomes", "rubric_version_id", "rubric_versions", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcomes")),
        sa.UniqueConstraint("uid", name=op.f("uq_outcomes_uid")),
        sa.UniqueConstraint(
            "candidate_id", "review_days", name=op.f("uq_outcomes_candidate_review")
        ),
    )
    op.create_index(op.f("ix_outcomes_candidate_id"), "outcomes", ["candidate_id"])
    op.create_index(op.f("ix_outcomes_rubric_version_id"), "outcomes", ["rubric_version_id"])
    op.create_table(
        "outcome_ratings",
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(length=100), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_outcome_ratings_level_range")),
        _foreign_key("outcome_ratings", "outcome_id", "outcomes", "CASCADE"),
        sa.PrimaryKeyConstraint("outcome_id", "dimension", name=op.f("pk_outcome_ratings")),
    )
    op.create_table(
        "outcome_measures",
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        _foreign_key("outcome_measures", "outcome_id", "outcomes", "CASCADE"),
        sa.PrimaryKeyConstraint("outcome_id", "name", name=op.f("pk_outcome_measures")),
    )


def downgrade() -> None:
    op.drop_table("outcome_measures")
    op.drop_table("outcome_ratings")
    op.drop_index(op.f("ix_outcomes_rubric_version_id"), table_name="outcomes")
    op.drop_index(op.f("ix_outcomes_candidate_id"), table_name="outcomes")
    op.drop_table("outcomes")
    op.drop_table("review_points")
    op.drop_index(op.f("ix_decisions_position_id"), table_name="decisions")
    op.drop_index(op.f("ix_decisions_candidate_id"), table_name="decisions")
    op.drop_table("decisions")
