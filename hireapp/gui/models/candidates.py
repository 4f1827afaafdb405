# SPDX-License-Identifier: MIT
"""The candidates table: a model over rows fetched in one query, sorted in its own list.

Sorting the Python list and emitting layoutChanged takes milliseconds for 10,000 rows; a
QSortFilterProxyModel would call data() through Python for every comparison and take seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hireapp.services.listing import CandidateScores

_Index = QModelIndex | QPersistentModelIndex


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"


def _tally(row: CandidateScores) -> str:
    return f"{row.strong_no} / {row.no} / {row.yes} / {row.strong_yes}"


# (header, tooltip, text, sort key). None sorts last in both directions by the key's first item.
_Column = tuple[str, str, Callable[[CandidateScores], str], Callable[[CandidateScores], Any]]
_COLUMNS: list[_Column] = [
    ("Candidate", "Name", lambda r: r.name, lambda r: r.name.casefold()),
    ("Email", "Email", lambda r: r.email, lambda r: r.email),
    ("Stage", "Interviewed, in progress or waiting", lambda r: r.stage, lambda r: r.stage),
    ("Interviews", "Submitted interviews (drafts not counted)", lambda r: str(r.submitted),
     lambda r: r.submitted),
    ("Overall", "Overall score 0-100, mean of submitted interviews", lambda r: _score(r.overall),
     lambda r: r.overall),
    ("First impression", "The 30-second likeability, 0-100", lambda r: _score(r.impression),
     lambda r: r.impression),
    ("Structured", "Weighted mean of the anchored answers, 0-100",
     lambda r: _score(r.structured), lambda r: r.structured),
    ("Recommendations", "Strong no / no / yes / strong yes", _tally,
     lambda r: (r.strong_yes, r.yes, -r.no, -r.strong_no)),
]  # fmt: skip
NUMERIC_COLUMNS = {3, 4, 5, 6}


class CandidateTableModel(QAbstractTableModel):
    """Candidates with their aggregated scores, read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateScores] = []

    def set_rows(self, rows: Sequence[CandidateScores]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CandidateScores:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Overrides QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Overrides QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Overrides QAbstractTableModel.data."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[column][2](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{row.name} <{row.email}>"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Overrides QAbstractTableModel.headerData."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _COLUMNS[section][1]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Overrides QAbstractTableModel.sort: sorts the row list itself."""
        if not 0 <= column < len(_COLUMNS):
            return
        key = _COLUMNS[column][3]
        descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._rows[index.row()] for index in persistent]
        # Empty scores go last whichever way the column is sorted.
        present = [r for r in self._rows if key(r) is not None]
        missing = [r for r in self._rows if key(r) is None]
        present.sort(key=key, reverse=descending)
        self._rows = present + missing
        # Selections and the current row follow their candidates to the new places.
        place = {id(r): n for n, r in enumerate(self._rows)}
        moved = [
            self.index(place[id(r)], i.column()) for r, i in zip(held, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
