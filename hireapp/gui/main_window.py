# SPDX-License-Identifier: MIT
"""The main window: the candidates of a position with their scores."""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMessageBox, QWidget

from hireapp import __version__
from hireapp.gui.forms.ui_main_window import Ui_MainWindow
from hireapp.gui.models.candidates import CandidateTableModel
from hireapp.gui.workers import run_in_background
from hireapp.services.listing import CandidateScores, candidate_scores
from hireapp.services.people import PositionInfo, list_positions
from hireapp.storage.session import Database

ALL_POSITIONS = ""


class MainWindow(QMainWindow):
    """Lists candidates; the interview and comparison screens hang off this window."""

    # Emitted once the candidates on screen match the database (tests and benchmarks wait on it).
    candidates_loaded = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(f"hireapp: {db.display_name}")
        self.model = CandidateTableModel(self)
        table = self.ui.candidateTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        # Compact rows that still follow the font, so 150% scaling stays readable.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Sized once from fixed widths, never from contents: resizing to contents walks every row.
        for column, width in enumerate((220, 240, 110, 90, 80, 120, 90)):
            table.setColumnWidth(column, width)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.positionCombo.currentIndexChanged.connect(self._position_changed)
        self._loading = 0
        self._fill_positions()
        self.refresh()

    def _fill_positions(self) -> None:
        settings = QSettings()
        remembered = str(settings.value("main/position", ALL_POSITIONS))
        combo = self.ui.positionCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All positions", ALL_POSITIONS)
        positions: list[PositionInfo] = list_positions(self.db)
        for position in positions:
            combo.addItem(position.title, str(position.id))
        found = combo.findData(remembered)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def selected_position(self) -> str | None:
        value = self.ui.positionCombo.currentData()
        return None if not value else str(value)

    def _position_changed(self) -> None:
        QSettings().setValue("main/position", self.ui.positionCombo.currentData() or "")
        self.refresh()

    def refresh(self) -> None:
        """Reload the candidates in the background; the window stays responsive."""
        self._loading += 1
        ticket = self._loading
        position = self.selected_position()
        db = self.db
        self.statusBar().showMessage("Loading candidates…")
        run_in_background(
            lambda: (ticket, candidate_scores(db, position)), self._show_rows, self._show_error
        )

    def _show_rows(self, result: tuple[int, list[CandidateScores]]) -> None:
        ticket, rows = result
        if ticket != self._loading:
            return  # a newer refresh is on its way
        header = self.ui.candidateTable.horizontalHeader()
        self.model.set_rows(rows)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        interviewed = sum(1 for r in rows if r.submitted)
        self.ui.countLabel.setText(f"{len(rows):,} candidates, {interviewed:,} interviewed")
        empty = not rows
        self.ui.candidateTable.setVisible(not empty)
        self.ui.emptyLabel.setVisible(empty)
        self.ui.emptyLabel.setText(
            "No candidates yet. Add candidates, or fill a trial database with "
            "<code>hireapp demo</code>."
            if empty
            else ""
        )
        self.statusBar().showMessage("Ready", 3000)
        self.candidates_loaded.emit(len(rows))

    def _show_error(self, exc: Exception) -> None:
        self.statusBar().clearMessage()
        QMessageBox.warning(self, "Cannot load the candidates", str(exc))

    def about_text(self) -> str:
        return (
            f"<h3>hireapp {__version__}</h3>"
            "<p>Structured interviews for people who will serve customers well: the 30-second "
            "impression recorded on its own, anchored questions, and HR comparisons.</p>"
            f"<p>Database: {html.escape(self.db.display_name)}</p>"
        )

    def show_about(self) -> None:
        QMessageBox.about(self, "About hireapp", self.about_text())
