# SPDX-License-Identifier: MIT
"""A small read-only table of text prepared by its caller: the Insight tables, the CSV preview.

The caller formats every cell (numbers included), so the model only shows them: headers, rows,
an optional tooltip per row (also the cells' accessible description), and numeric columns
right-aligned so their digits line up.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordsModel(QAbstractTableModel):
    """Rows of prepared text under fixed headers, with a tooltip per row if given."""

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]] = (),
        *,
        tooltips: Sequence[str] = (),
        numeric: Collection[int] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._numeric = frozenset(numeric)
        self._rows: list[list[str]] = []
        self._tooltips: list[str] = []
        self._store(rows, tooltips)

    def _store(self, rows: Sequence[Sequence[str]], tooltips: Sequence[str]) -> None:
        width = len(self._headers)
        for row in rows:
            if len(row) != width:
                raise ValueError(f"a row of {len(row)} cells under {width} headers: {row!r}")
        self._rows = [list(row) for row in rows]
        self._tooltips = list(tooltips)

    def set_rows(self, rows: Sequence[Sequence[str]], tooltips: Sequence[str] = ()) -> None:
        """Replace every row (and tooltip) at once."""
        self.beginResetModel()
        self._store(rows, tooltips)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Overrides QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Overrides QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Overrides QAbstractTableModel.data."""
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        # A row's explanation is its cells' description for assistive technology too.
        tip_roles = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)
        if role in tip_roles and index.row() < len(self._tooltips):
            return self._tooltips[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Overrides QAbstractTableModel.headerData."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
