# SPDX-License-Identifier: MIT
"""Alembic environment: always handed a connection by hireapp.storage.migrate.

SQLite cannot ALTER most things in place, so migrations run in batch mode there (copy, alter,
swap), which needs the named constraints that models.NAMING_CONVENTION provides.
"""

from __future__ import annotations

from alembic import context

from hireapp.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("hireapp migrations run from code: use hireapp.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
