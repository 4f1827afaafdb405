# SPDX-License-Identifier: MIT
"""Creating a row that must be unique when another client may be creating its twin right now."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hireapp.errors import ConstraintViolated
from hireapp.storage.models import Base


def inserted_once(session: Session, row: Base, constraint: str) -> bool:
    """Insert the row in a savepoint; False when another client inserted its twin first.

    Two clients creating the same title, name or rubric at once both find none and both insert;
    the second insert breaks the UNIQUE rule (on PostgreSQL, after waiting for the first to
    commit), and rolling back only the savepoint lets this transaction read the twin and go on.
    """
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except ConstraintViolated as exc:
        if exc.constraint != constraint:
            raise
        return False
    return True
