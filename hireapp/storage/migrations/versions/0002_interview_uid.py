# SPDX-License-Identifier: MIT
"""Interviews get a stable uid and the hash they were last exchanged at.

The uid identifies an interview across databases (a laptop's export imported into the team
database); existing interviews are given a fresh random one here. synced_hash lets an import tell
an interview changed on one side from one changed on both.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_BATCH = 10_000
# Tables whose rows cascade from interviews. SQLite's batch mode rebuilds the interviews table
# (copy, drop, rename), and with foreign keys on, dropping it deletes every row that refers to it;
# foreign keys cannot be switched off inside the migration's transaction, so those rows are kept
# aside in temporary tables and put back, all within the one transaction.
_CHILDREN = ("answers", "first_impressions", "recommendations")


def upgrade() -> None:
    connection = op.get_bind()
    rebuilds = connection.dialect.name == "sqlite"
    if rebuilds:
        for table in _CHILDREN:
            op.execute(f"CREATE TEMP TABLE _keep_{table} AS SELECT * FROM {table}")

    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("synced_hash", sa.String(length=64), nullable=True))

    interviews = sa.table("interviews", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    ids = [row[0] for row in connection.execute(sa.select(interviews.c.id))]
    statement = (
        sa.update(interviews)
        .where(interviews.c.id == sa.bindparam("row_id"))
        .values(uid=sa.bindparam("new_uid"))
    )
    for start in range(0, len(ids), _BATCH):
        rows = [{"row_id": i, "new_uid": str(uuid.uuid4())} for i in ids[start : start + _BATCH]]
        connection.execute(statement, rows)

    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_interviews_uid"), ["uid"])

    if rebuilds:
        for table in _CHILDREN:
            op.execute(f"DELETE FROM {table}")
            op.execute(f"INSERT INTO {table} SELECT * FROM _keep_{table}")
            op.execute(f"DROP TABLE _keep_{table}")


def downgrade() -> None:
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_interviews_uid"), type_="unique")
        batch_op.drop_column("synced_hash")
        batch_op.drop_column("uid")
