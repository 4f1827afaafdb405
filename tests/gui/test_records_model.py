# SPDX-License-Identifier: MIT
"""The shared read-only table of prepared text (Insight tables, the CSV preview)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from hireapp.gui.models.records import RecordsModel

HEADERS = ("Candidate", "Overall", "Note")
ROWS = [("Ann Lee", "80", "strong"), ("Ben Ortiz", "55", "")]
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def test_shows_the_rows_with_tooltips_and_right_aligned_numbers(
    qtmodeltester: ModelTester,
) -> None:
    model = RecordsModel(HEADERS, ROWS, tooltips=["Ann's tip"], numeric={1})
    qtmodeltester.check(model, force_py=True)
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert [model.headerData(n, Qt.Orientation.Horizontal) for n in range(3)] == list(HEADERS)
    assert model.index(1, 0).data() == "Ben Ortiz"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Ann's tip"
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) is None  # no tooltip given
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_set_rows_replaces_everything_at_once(qtmodeltester: ModelTester) -> None:
    model = RecordsModel(HEADERS, numeric={1})
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount(QModelIndex()) == 0
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows(ROWS)
    assert resets == [True] and model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)


def test_a_row_that_does_not_fit_the_headers_is_refused() -> None:
    with pytest.raises(ValueError, match="2 cells under 3 headers"):
        RecordsModel(HEADERS, [("Ann Lee", "80")])
