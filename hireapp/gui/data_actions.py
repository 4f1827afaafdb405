# SPDX-License-Identifier: MIT
"""File and Candidates menu actions that move data: export and import interviews, import
candidates from CSV, erase a candidate, back up the database.

No SQL here: each action asks the user (a file dialog, a confirmation naming the candidate), then
runs a service off the GUI thread and reports the outcome in a message box. A refusal shows every
problem with its place; nothing was changed.
"""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hireapp.errors import HireappError, ImportRejected
from hireapp.gui.workers import run_in_background
from hireapp.storage.session import Database

MAX_SHOWN_ISSUES = 30

Index = QModelIndex | QPersistentModelIndex


def error_text(exc: Exception) -> str:
    """What to tell the user about a failure: every problem of a refused file, or one line."""
    if isinstance(exc, ImportRejected):
        lines = [str(issue) for issue in exc.issues[:MAX_SHOWN_ISSUES]]
        if len(exc.issues) > MAX_SHOWN_ISSUES:
            lines.append(f"… and {len(exc.issues) - MAX_SHOWN_ISSUES} more")
        return "Nothing was imported:\n" + "\n".join(lines)
    if isinstance(exc, HireappError):
        return str(exc)
    return f"Unexpected {type(exc).__name__}: {exc}"


class DataTask(QObject):
    """One action's background work and its report; `finished(text)` tells tests it is over."""

    finished = QtSignal(str)

    def __init__(
        self, parent: QWidget, title: str, work: Callable[[], Any], describe: Callable[[Any], str]
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._title = title
        self._describe = describe
        run_in_background(work, self._done, self._failed)

    def _done(self, result: object) -> None:
        text = self._describe(result)
        QMessageBox.information(self._window, self._title, text)
        self.finished.emit(text)

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc)
        QMessageBox.warning(self._window, self._title, text)
        self.finished.emit(text)


def _export_text(summary: Any) -> str:
    return (
        f"Exported {summary.interviews} interviews of {summary.candidates} candidates "
        f"({summary.rubrics} rubric versions)."
    )


def export_interviews(parent: QWidget, db: Database) -> DataTask | None:
    """File > Export interviews…: every interview to a JSON file the user chooses."""
    path, _ = QFileDialog.getSaveFileName(
        parent, "Export interviews", "interviews.json", "Interview files (*.json)"
    )
    if not path:
        return None
    from hireapp.services.interchange import export_interviews as export

    return DataTask(parent, "Export interviews", lambda: export(db, path), _export_text)


def _import_text(summary: Any) -> str:
    lines = [
        f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{len(summary.conflicts)} conflicts."
    ]
    if summary.new_candidates:
        lines.append("New candidates: " + ", ".join(summary.new_candidates))
    if summary.new_positions:
        lines.append("New positions: " + ", ".join(summary.new_positions))
    if summary.conflicts:
        lines.append("Changed both here and in the file, kept as they are here:")
        lines.extend(f"• {conflict}" for conflict in summary.conflicts)
    return "\n".join(lines)


def import_interviews(parent: QWidget, db: Database) -> DataTask | None:
    """File > Import interviews…: a JSON file, all or nothing; conflicts listed, not overwritten."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Import interviews", "", "Interview files (*.json)"
    )
    if not path:
        return None
    from hireapp.services.interchange import import_interviews as import_

    return DataTask(parent, "Import interviews", lambda: import_(db, path), _import_text)


def backup_database(parent: QWidget, db: Database) -> DataTask | None:
    """File > Back up…: a consistent copy of the SQLite database, taken while it is in use."""
    if db.dialect != "sqlite":
        QMessageBox.information(
            parent, "Back up", "This is a PostgreSQL database: back it up with pg_dump."
        )
        return None
    path, _ = QFileDialog.getSaveFileName(
        parent, "Back up the database", "hireapp-backup.sqlite3", "SQLite databases (*.sqlite3)"
    )
    if not path:
        return None
    from hireapp.services.backup import backup

    def describe(info: Any) -> str:
        return (
            f"Saved {info.candidates} candidates and {info.interviews} interviews to {info.path}."
        )

    return DataTask(parent, "Back up", lambda: backup(db, path), describe)


def erase_candidate(parent: QWidget, db: Database, candidate_id: int) -> DataTask | None:
    """Candidates > Erase…: after a confirmation naming them, remove the candidate for good."""
    from hireapp.services.privacy import describe_candidate, erase_candidate

    try:
        who = describe_candidate(db, str(candidate_id))
    except HireappError as exc:
        QMessageBox.warning(parent, "Erase candidate", error_text(exc))
        return None
    answer = QMessageBox.question(
        parent,
        "Erase candidate",
        f"Erase {who.name} <{who.email}> ({who.position}) and every interview of them?\n\n"
        "This cannot be undone. The audit trail keeps only an anonymous note that a "
        "candidate was erased.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None

    def describe(summary: Any) -> str:
        return f"Erased {who.name} and {summary.interviews} interviews."

    return DataTask(
        parent, "Erase candidate", lambda: erase_candidate(db, str(candidate_id)), describe
    )


class CsvPreviewModel(QAbstractTableModel):
    """The rows a CSV import would add, with their line numbers."""

    HEADERS = ("line", "name", "email", "phone", "position")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Overrides QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Overrides QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Overrides QAbstractTableModel.data."""
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Overrides QAbstractTableModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class CandidateImportDialog(QDialog):
    """Candidates > Import from CSV…: choose a file, see its rows or its problems, import."""

    checked = QtSignal()
    imported = QtSignal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle("Import candidates from CSV")
        self.resize(760, 480)
        self.path_edit = QLineEdit(readOnly=True)
        choose = QPushButton("Choose file…")
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.summary = QLabel("Columns: name, email, position, and optionally phone.")
        self.summary.setWordWrap(True)
        self.model = CsvPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problems = QListWidget()
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self._path = ""

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import candidates", "", "CSV files (*.csv);;All files (*)"
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Check the file in the background; the preview or the problems follow."""
        from hireapp.services.candidate_import import check_candidates_file

        self._path = path
        self.path_edit.setText(path)
        self.import_button.setEnabled(False)
        self.summary.setText(f"Checking {pathlib.Path(path).name}…")
        db = self.db
        run_in_background(lambda: check_candidates_file(db, path), self._show, self._failed)

    def _show(self, check: Any) -> None:
        self.model.set_rows(
            [(str(r.line), r.name, r.email, r.phone or "", r.position) for r in check.rows]
        )
        self.problems.clear()
        if check.issues:
            self.problems.addItems([str(issue) for issue in check.issues])
            self.problems.show()
            self.table.hide()
            self.summary.setText(
                f"{len(check.issues)} problems: fix them in the file and choose it again. "
                "Nothing is imported while any row is bad."
            )
        else:
            self.problems.hide()
            self.table.show()
            parts = [f"{len(check.rows)} candidates to import"]
            if check.new_positions:
                parts.append("new positions: " + ", ".join(check.new_positions))
            if check.existing:
                parts.append(
                    f"{len(check.existing)} already here, skipped: "
                    + ", ".join(f"line {e.line} {e.email}" for e in check.existing)
                )
            self.summary.setText("; ".join(parts) + ".")
        self.import_button.setEnabled(bool(check.ok and check.rows))
        self.checked.emit()

    def _failed(self, exc: Exception) -> None:
        self.summary.setText(error_text(exc))
        self.import_button.setEnabled(False)
        self.checked.emit()

    def run_import(self) -> None:
        from hireapp.services.candidate_import import import_candidates_file

        self.import_button.setEnabled(False)
        db, path = self.db, self._path
        run_in_background(lambda: import_candidates_file(db, path), self._imported, self._failed)

    def _imported(self, summary: Any) -> None:
        text = "\n".join(summary.lines())
        self.imported.emit(text)
        QMessageBox.information(self, "Import candidates", text)
        self.accept()


def import_candidates(parent: QWidget, db: Database) -> CandidateImportDialog:
    """Candidates > Import from CSV…: open the dialog (non-modal) and return it."""
    dialog = CandidateImportDialog(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
