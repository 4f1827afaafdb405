# SPDX-License-Identifier: MIT
"""Rubric versions: immutable, identified by the hash of their content."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from hireapp.errors import Conflict, NotFound
from hireapp.services.unique import inserted_once
from hireapp.storage.models import RubricVersion
from hireapp.storage.session import Database

if TYPE_CHECKING:
    # pydantic costs about 0.1 s to import: the main window must not pay for it before a
    # rubric is needed.
    from hireapp.domain.rubric import Rubric


@dataclass(frozen=True)
class RubricVersionInfo:
    id: int
    slug: str
    title: str
    label: str
    content_hash: str
    questions: int


def _info(row: RubricVersion, rubric: Rubric) -> RubricVersionInfo:
    return RubricVersionInfo(
        id=row.id,
        slug=row.slug,
        title=row.title,
        label=row.label,
        content_hash=row.content_hash,
        questions=len(rubric.questions()),
    )


def register_rubric(db: Database, rubric: Rubric) -> RubricVersionInfo:
    """Store this rubric as a version; the same content again gives the existing version."""
    digest = rubric.content_hash()
    with db.write() as session:
        for _ in range(3):
            row = session.scalar(select(RubricVersion).where(RubricVersion.content_hash == digest))
            if row is not None:
                return _info(row, rubric)
            row = RubricVersion(
                slug=rubric.id,
                title=rubric.title,
                label=rubric.version,
                content_hash=digest,
                content=rubric.canonical_json(),
            )
            # Several clients storing the default rubric at once: one stores it, the others
            # find it on the next turn.
            if inserted_once(session, row, "uq_rubric_versions_content_hash"):
                return _info(row, rubric)
    raise Conflict(
        f"rubric {rubric.id} {rubric.version} is being stored by another client; try again"
    )


def register_rubric_file(db: Database, path: str | os.PathLike[str]) -> RubricVersionInfo:
    """Validate a rubric file and store it as a version (RubricError if it is not valid)."""
    from hireapp.domain.rubric import load_rubric

    return register_rubric(db, load_rubric(path))


def ensure_default_rubric(db: Database) -> RubricVersionInfo:
    """The shipped customer-service rubric, stored if this database does not have it yet."""
    from hireapp.domain.rubric import default_rubric_path, load_rubric

    return register_rubric(db, load_rubric(default_rubric_path()))


def list_rubric_versions(db: Database) -> list[RubricVersionInfo]:
    with db.read() as session:
        rows = session.scalars(select(RubricVersion).order_by(RubricVersion.id)).all()
        return [_info(row, stored_rubric(row.content)) for row in rows]


def rubric_of_version(db: Database, version_id: int) -> Rubric:
    """The rubric exactly as stored for this version."""
    with db.read() as session:
        content = session.scalar(
            select(RubricVersion.content).where(RubricVersion.id == version_id)
        )
    if content is None:
        raise NotFound(f"no rubric version {version_id}")
    return stored_rubric(content)


@functools.lru_cache(maxsize=32)
def stored_rubric(content: str) -> Rubric:
    """A stored version's rubric; cached by content, which versions never change."""
    from hireapp.domain.rubric import rubric_from_json

    return rubric_from_json(content)


def rubric_file_text(db: Database, version_id: int) -> str:
    """The stored version as the text of a rubric file, in the canonical layout: read back, it
    has the same content hash; exported again, the same bytes."""
    from hireapp.domain.rubric_toml import rubric_toml

    return rubric_toml(rubric_of_version(db, version_id))


def export_rubric(db: Database, version_id: int, path: str | os.PathLike[str]) -> str:
    """Write the version's rubric file to `path`, whole or not at all; its text."""
    from hireapp.services.files import atomic_write

    text = rubric_file_text(db, version_id)
    with atomic_write(path) as handle:
        handle.write(text.encode("utf-8"))
    return text


# --- a rubric per position -----------------------------------------------------------------


def set_position_rubric(db: Database, position: str, version_id: int | None) -> None:
    """Make a rubric version the one new interviews for the position use (None: the default
    rubric again). Interviews already started keep their own version."""
    from hireapp.services.people import find_position
    from hireapp.storage.models import PositionRubric

    with db.write() as session:
        found = find_position(session, position)
        row = session.get(PositionRubric, found.id, with_for_update=True)
        if version_id is None:
            if row is not None:
                session.delete(row)
            return
        if session.get(RubricVersion, version_id) is None:
            raise NotFound(f"no rubric version {version_id}")
        if row is None:
            session.add(PositionRubric(position_id=found.id, rubric_version_id=version_id))
        else:
            row.rubric_version_id = version_id


def rubric_for_position(db: Database, position_id: int | None) -> int:
    """The rubric version a new interview for the position uses: the position's own, or the
    default rubric (stored if this database does not have it yet)."""
    from hireapp.storage.models import PositionRubric

    if position_id is not None:
        with db.read() as session:
            chosen = session.scalar(
                select(PositionRubric.rubric_version_id).where(
                    PositionRubric.position_id == position_id
                )
            )
        if chosen is not None:
            return chosen
    return ensure_default_rubric(db).id


@dataclass(frozen=True)
class RubricVersionUse:
    """A stored version and where it is used: the positions whose new interviews use it and how
    many interviews (drafts and submitted) were scored with it."""

    version: RubricVersionInfo
    positions: tuple[str, ...]
    interviews: int
    submitted: int
    is_default: bool  # the shipped rubric: what a position without its own uses


def rubric_versions_in_use(db: Database) -> list[RubricVersionUse]:
    """Every stored version, newest first, with its positions and interview counts."""
    from sqlalchemy import case, func

    from hireapp.storage.models import Interview, Position, PositionRubric

    default = ensure_default_rubric(db).id
    versions = list_rubric_versions(db)
    with db.read() as session:
        counts = {
            row.rubric_version_id: (int(row.all), int(row.submitted or 0))
            for row in session.execute(
                select(
                    Interview.rubric_version_id,
                    func.count().label("all"),
                    func.sum(case((Interview.status == "submitted", 1), else_=0)).label(
                        "submitted"
                    ),
                ).group_by(Interview.rubric_version_id)
            )
        }
        positions: dict[int, list[str]] = {}
        for version_id, title in session.execute(
            select(PositionRubric.rubric_version_id, Position.title)
            .join(Position, Position.id == PositionRubric.position_id)
            .order_by(Position.title)
        ):
            positions.setdefault(version_id, []).append(title)
    return [
        RubricVersionUse(
            version=version,
            positions=tuple(positions.get(version.id, ())),
            interviews=counts.get(version.id, (0, 0))[0],
            submitted=counts.get(version.id, (0, 0))[1],
            is_default=version.id == default,
        )
        for version in reversed(versions)
    ]
