# SPDX-License-Identifier: MIT
"""File and Candidates menu actions that move data: export and import interviews, import
candidates from CSV, erase a candidate, back up the database.

No SQL here: each action asks the user (a file dialog, a confirmation naming the candidate), then
runs a service as an Operation off the GUI thread, behind a busy dialog if it takes a while, and
reports the outcome in a message box. A refusal shows every problem with its place; nothing was
changed.
"""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
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

from hireapp.errors import HireappError
from hireapp.gui.models.records import RecordsModel
from hireapp.gui.operations import Operation, error_message
from hireapp.storage.session import Database

if TYPE_CHECKING:
    from hireapp.services.backup import BackupInfo
    from hireapp.services.candidate_import import CsvCheck, CsvImportSummary
    from hireapp.services.interchange import ExportSummary, ImportSummary
    from hireapp.services.privacy import ErasureSummary

R = TypeVar("R")

CSV_HEADERS = ("line", "name", "email", "phone", "position")


def _reported(
    parent: QWidget, title: str, label: str, work: Callable[[], R], describe: Callable[[R], str]
) -> Operation[R]:
    """Run a data action's work behind a busy dialog, then say in a message box what happened."""
    return (
        Operation(parent, work, title=title)
        .with_progress(label)
        .success(lambda result: QMessageBox.information(parent, title, describe(result)))
        .failure(lambda exc: QMessageBox.warning(parent, title, error_message(exc)))
        .run()
    )


def _export_text(summary: ExportSummary) -> str:
    return (
        f"Exported {summary.interviews} interviews of {summary.candidates} candidates "
        f"({summary.rubrics} rubric version{'s' if summary.rubrics != 1 else ''})."
    )


def export_interviews(parent: QWidget, db: Database) -> Operation[ExportSummary] | None:
    """File > Export interviews…: every interview to a JSON file the user chooses."""
    path, _ = QFileDialog.getSaveFileName(
        parent, "Export interviews", "interviews.json", "Interview files (*.json)"
    )
    if not path:
        return None
    from hireapp.services.interchange import export_interviews as export

    return _reported(
        parent, "Export interviews", "Exporting interviews…", lambda: export(db, path), _export_text
    )


def _import_text(summary: ImportSummary) -> str:
    if summary.refused:
        return "\n".join([
            "Nothing was imported: the file would change interviews that are already submitted "
            "here, or a locked first impression without its amendment.",
            *(f"• {conflict}" for conflict in summary.conflicts),
        ])  # fmt: skip
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


def import_interviews(parent: QWidget, db: Database) -> Operation[ImportSummary] | None:
    """File > Import interviews…: a JSON file, all or nothing; conflicts listed, not overwritten."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Import interviews", "", "Interview files (*.json)"
    )
    if not path:
        return None
    from hireapp.services.interchange import import_interviews as import_

    return _reported(
        parent, "Import interviews", "Importing interviews…", lambda: import_(db, path),
        _import_text,
    )  # fmt: skip


def _backup_text(info: BackupInfo) -> str:
    return f"Saved {info.candidates} candidates and {info.interviews} interviews to {info.path}."


def backup_database(parent: QWidget, db: Database) -> Operation[BackupInfo] | None:
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

    return _reported(
        parent, "Back up", "Backing up the database…", lambda: backup(db, path), _backup_text
    )


def erase_candidate(
    parent: QWidget, db: Database, candidate_id: int
) -> Operation[ErasureSummary] | None:
    """Candidates > Erase…: after a confirmation naming them, remove the candidate for good."""
    from hireapp.services.privacy import describe_candidate, erase_candidate

    try:
        who = describe_candidate(db, str(candidate_id))
    except HireappError as exc:
        QMessageBox.warning(parent, "Erase candidate", error_message(exc))
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

    def describe(summary: ErasureSummary) -> str:
        return f"Erased {who.name} and {summary.interviews} interviews."

    return _reported(
        parent, "Erase candidate", f"Erasing {who.name}…",
        lambda: erase_candidate(db, str(candidate_id)), describe,
    )  # fmt: skip


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
        self.model = RecordsModel(CSV_HEADERS, numeric={0}, parent=self)
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
        # Each check has a number; only the latest one's outcome is shown.
        self._check = 0

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import candidates", "", "CSV files (*.csv);;All files (*)"
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Check the file in the background; the preview or the problems follow."""
        from hireapp.services.candidate_import import check_candidates_file

        self._check += 1
        check = self._check
        self._path = path
        self.path_edit.setText(path)
        self.import_button.setEnabled(False)
        self.summary.setText(f"Checking {pathlib.Path(path).name}…")
        db = self.db
        operation = (
            Operation(self, lambda: check_candidates_file(db, path), title="Check the CSV file")
            .success(lambda result: self._show(check, result))
            .failure(lambda exc: self._check_failed(check, exc))
        )
        operation.finished.connect(lambda ok: self._check_over(check, ok))
        operation.run()

    def _show(self, check: int, result: CsvCheck) -> None:
        if check != self._check:
            return  # a newer file is being checked
        self.model.set_rows(
            [(str(r.line), r.name, r.email, r.phone or "", r.position) for r in result.rows]
        )
        self.problems.clear()
        if result.issues:
            self.problems.addItems([str(issue) for issue in result.issues])
            self.problems.show()
            self.table.hide()
            self.summary.setText(
                f"{len(result.issues)} problems: fix them in the file and choose it again. "
                "Nothing is imported while any row is bad."
            )
        else:
            self.problems.hide()
            self.table.show()
            parts = [f"{len(result.rows)} candidates to import"]
            if result.new_positions:
                parts.append("new positions: " + ", ".join(result.new_positions))
            if result.existing:
                parts.append(
                    f"{len(result.existing)} already here, skipped: "
                    + ", ".join(f"line {e.line} {e.email}" for e in result.existing)
                )
            self.summary.setText("; ".join(parts) + ".")
        self.import_button.setEnabled(bool(result.ok and result.rows))

    def _check_failed(self, check: int, exc: HireappError) -> None:
        if check == self._check:
            self.summary.setText(error_message(exc))

    def _check_over(self, check: int, ok: bool) -> None:
        if check != self._check:
            return
        if not ok and self.summary.text().startswith("Checking "):
            # Not the user's problem (a bug, reported in a message box): say where we stand.
            self.summary.setText("The file could not be checked.")
        self.checked.emit()

    def run_import(self) -> None:
        from hireapp.services.candidate_import import import_candidates_file

        self.import_button.setEnabled(False)
        db, path = self.db, self._path
        (
            Operation(self, lambda: import_candidates_file(db, path), title="Import candidates")
            .with_progress("Importing candidates…")
            .success(self._imported)
            .failure(lambda exc: self.summary.setText(error_message(exc)))
            .run()
        )

    def _imported(self, summary: CsvImportSummary) -> None:
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
