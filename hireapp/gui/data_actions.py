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

from PySide6.QtCore import QCoreApplication, Qt
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
from hireapp.gui.models.text import english_plural, number
from hireapp.gui.operations import Operation, error_message
from hireapp.storage.session import Database

if TYPE_CHECKING:
    from hireapp.services.backup import BackupInfo
    from hireapp.services.candidate_import import CsvCheck, CsvImportSummary
    from hireapp.services.interchange import ExportSummary, ImportSummary
    from hireapp.services.privacy import ErasureSummary

R = TypeVar("R")
translate = QCoreApplication.translate

CSV_COLUMNS = ("name", "email", "phone", "position")
"""The CSV file's own column names, shown in the preview as the file must spell them."""


def _counted(text: str, n: int) -> str:
    return english_plural(text, n)


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
    # Counts in plain names: lupdate skips a translate() whose count is an attribute.
    interviews, candidates, rubrics = summary.interviews, summary.candidates, summary.rubrics
    interviews_text = _counted(
        translate("DataActions", "%Ln interview(s)", None, interviews), interviews
    )
    candidates_text = _counted(
        translate("DataActions", "%Ln candidate(s)", None, candidates), candidates
    )
    rubrics_text = _counted(
        translate("DataActions", "%Ln rubric version(s)", None, rubrics), rubrics
    )
    return translate("DataActions", "Exported {interviews} of {candidates} ({rubrics}).").format(
        interviews=interviews_text, candidates=candidates_text, rubrics=rubrics_text
    )


def export_interviews(parent: QWidget, db: Database) -> Operation[ExportSummary] | None:
    """File > Export interviews…: every interview to a JSON file the user chooses."""
    title = translate("DataActions", "Export interviews")
    path, _ = QFileDialog.getSaveFileName(
        parent, title, "interviews.json", translate("DataActions", "Interview files (*.json)")
    )
    if not path:
        return None
    from hireapp.services.interchange import export_interviews as export

    return _reported(
        parent, title, translate("DataActions", "Exporting interviews…"),
        lambda: export(db, path), _export_text,
    )  # fmt: skip


def _import_text(summary: ImportSummary) -> str:
    if summary.refused:
        return "\n".join([
            translate(
                "DataActions",
                "Nothing was imported: the file would change interviews that are already "
                "submitted here, or a locked first impression without its amendment.",
            ),
            *(f"• {conflict}" for conflict in summary.conflicts),
        ])  # fmt: skip
    conflicts = len(summary.conflicts)
    lines = [
        _counted(
            translate(
                "DataActions",
                "{added} added, {updated} updated, {unchanged} unchanged, %Ln conflict(s).",
                None,
                conflicts,
            ),
            conflicts,
        ).format(
            added=number(summary.added),
            updated=number(summary.updated),
            unchanged=number(summary.unchanged),
        )
    ]
    if summary.new_candidates:
        lines.append(
            translate("DataActions", "New candidates: {names}").format(
                names=", ".join(summary.new_candidates)
            )
        )
    if summary.new_positions:
        lines.append(
            translate("DataActions", "New positions: {titles}").format(
                titles=", ".join(summary.new_positions)
            )
        )
    if summary.conflicts:
        lines.append(
            translate("DataActions", "Changed both here and in the file, kept as they are here:")
        )
        lines.extend(f"• {conflict}" for conflict in summary.conflicts)
    return "\n".join(lines)


def import_interviews(parent: QWidget, db: Database) -> Operation[ImportSummary] | None:
    """File > Import interviews…: a JSON file, all or nothing; conflicts listed, not overwritten."""
    title = translate("DataActions", "Import interviews")
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", translate("DataActions", "Interview files (*.json)")
    )
    if not path:
        return None
    from hireapp.services.interchange import import_interviews as import_

    return _reported(
        parent, title, translate("DataActions", "Importing interviews…"),
        lambda: import_(db, path), _import_text,
    )  # fmt: skip


def _backup_text(info: BackupInfo) -> str:
    # Not counted with %n yet: tests/gui/test_data_gui.py pins "1 candidates and 1 interviews".
    return translate(
        "DataActions", "Saved {candidates} candidates and {interviews} interviews to {path}."
    ).format(candidates=number(info.candidates), interviews=number(info.interviews), path=info.path)


def backup_database(parent: QWidget, db: Database) -> Operation[BackupInfo] | None:
    """File > Back up…: a consistent copy of the SQLite database, taken while it is in use."""
    title = translate("DataActions", "Back up")
    if db.dialect != "sqlite":
        QMessageBox.information(
            parent,
            title,
            translate("DataActions", "This is a PostgreSQL database: back it up with pg_dump."),
        )
        return None
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("DataActions", "Back up the database"),
        "hireapp-backup.sqlite3",
        translate("DataActions", "SQLite databases (*.sqlite3)"),
    )
    if not path:
        return None
    from hireapp.services.backup import backup

    return _reported(
        parent, title, translate("DataActions", "Backing up the database…"),
        lambda: backup(db, path), _backup_text,
    )  # fmt: skip


def erase_candidate(
    parent: QWidget, db: Database, candidate_id: int
) -> Operation[ErasureSummary] | None:
    """Candidates > Erase…: after a confirmation naming them, remove the candidate for good."""
    from hireapp.services.privacy import describe_candidate, erase_candidate

    title = translate("DataActions", "Erase candidate")
    try:
        who = describe_candidate(db, str(candidate_id))
    except HireappError as exc:
        QMessageBox.warning(parent, title, error_message(exc))
        return None
    answer = QMessageBox.question(
        parent,
        title,
        translate(
            "DataActions",
            "Erase {name} <{email}> ({position}) and every interview of them?\n\n"
            "This cannot be undone. The audit trail keeps only an anonymous note that a "
            "candidate was erased.",
        ).format(name=who.name, email=who.email, position=who.position),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None

    def describe(summary: ErasureSummary) -> str:
        interviews = summary.interviews
        return _counted(
            translate("DataActions", "Erased {name} and %Ln interview(s).", None, interviews),
            interviews,
        ).format(name=who.name)

    return _reported(
        parent, title, translate("DataActions", "Erasing {name}…").format(name=who.name),
        lambda: erase_candidate(db, str(candidate_id)), describe,
    )  # fmt: skip


class CandidateImportDialog(QDialog):
    """Candidates > Import from CSV…: choose a file, see its rows or its problems, import."""

    checked = QtSignal()
    imported = QtSignal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(translate("DataActions", "Import candidates from CSV"))
        self.resize(760, 480)
        self.path_edit = QLineEdit(readOnly=True)
        self.path_edit.setAccessibleName(translate("DataActions", "CSV file"))
        self.path_edit.setAccessibleDescription(
            translate("DataActions", "The file chosen with Choose file…")
        )
        choose = self.choose_button = QPushButton(translate("DataActions", "Choose file…"))
        choose.setAccessibleName(translate("DataActions", "Choose file"))
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.summary = QLabel(
            translate("DataActions", "Columns: name, email, position, and optionally phone.")
        )
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("DataActions", "What the file holds"))
        # The line number is ours, in the user's language; the columns are the file's.
        headers = (translate("DataActions", "line"), *CSV_COLUMNS)
        self.model = RecordsModel(headers, numeric={0}, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("DataActions", "Candidates in the file"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(translate("DataActions", "Problems in the file"))
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            translate("DataActions", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
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
        self._answered = 0  # the last check whose outcome is shown (a flag, not the label's text)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("DataActions", "Import candidates"),
            "",
            translate("DataActions", "CSV files (*.csv);;All files (*)"),
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
        self.summary.setText(_checking(pathlib.Path(path).name))
        db = self.db
        operation = (
            Operation(
                self,
                lambda: check_candidates_file(db, path),
                title=translate("DataActions", "Check the CSV file"),
            )
            .success(lambda result: self._show(check, result))
            .failure(lambda exc: self._check_failed(check, exc))
        )
        operation.finished.connect(lambda ok: self._check_over(check, ok))
        operation.run()

    def _show(self, check: int, result: CsvCheck) -> None:
        if check != self._check:
            return  # a newer file is being checked
        self._answered = check
        self.model.set_rows(
            [(str(r.line), r.name, r.email, r.phone or "", r.position) for r in result.rows]
        )
        self.problems.clear()
        if result.issues:
            self.problems.addItems([str(issue) for issue in result.issues])
            self.problems.show()
            self.table.hide()
            count = len(result.issues)
            self.summary.setText(
                _counted(
                    translate(
                        "DataActions",
                        "%Ln problem(s): fix them in the file and choose it again. Nothing is "
                        "imported while any row is bad.",
                        None,
                        count,
                    ),
                    count,
                )
            )
        else:
            self.problems.hide()
            self.table.show()
            rows = len(result.rows)
            parts = [
                _counted(translate("DataActions", "%Ln candidate(s) to import", None, rows), rows)
            ]
            if result.new_positions:
                parts.append(
                    translate("DataActions", "new positions: {titles}").format(
                        titles=", ".join(result.new_positions)
                    )
                )
            if result.existing:
                line = translate("DataActions", "line {line} {email}")
                existing = len(result.existing)
                parts.append(
                    translate(
                        "DataActions", "%Ln already here, skipped: {lines}", None, existing,
                    ).format(
                        lines=", ".join(
                            line.format(line=e.line, email=e.email)
                            for e in result.existing
                        )
                    )
                )  # fmt: skip
            self.summary.setText("; ".join(parts) + ".")
        self.import_button.setEnabled(bool(result.ok and result.rows))

    def _check_failed(self, check: int, exc: HireappError) -> None:
        if check == self._check:
            self._answered = check
            self.summary.setText(error_message(exc))

    def _check_over(self, check: int, ok: bool) -> None:
        if check != self._check:
            return
        if not ok and self._answered != check:
            # Not the user's problem (a bug, reported in a message box): say where we stand.
            self.summary.setText(translate("DataActions", "The file could not be checked."))
        self.checked.emit()

    def run_import(self) -> None:
        from hireapp.services.candidate_import import import_candidates_file

        self.import_button.setEnabled(False)
        db, path = self.db, self._path
        (
            Operation(
                self,
                lambda: import_candidates_file(db, path),
                title=translate("DataActions", "Import candidates"),
            )
            .with_progress(translate("DataActions", "Importing candidates…"))
            .success(self._imported)
            .failure(lambda exc: self.summary.setText(error_message(exc)))
            .run()
        )

    def _imported(self, summary: CsvImportSummary) -> None:
        text = _imported_text(summary)
        self.imported.emit(text)
        QMessageBox.information(self, translate("DataActions", "Import candidates"), text)
        self.accept()


def _imported_text(summary: CsvImportSummary) -> str:
    """What an import of candidates did, line by line (the command line's lines, translated)."""
    imported = summary.imported
    lines = [
        _counted(translate("DataActions", "imported %Ln candidate(s)", None, imported), imported)
    ]
    if summary.new_positions:
        lines.append(
            translate("DataActions", "new positions: {titles}").format(
                titles=", ".join(summary.new_positions)
            )
        )
    skipped = translate("DataActions", "line {line}: {email} is already candidate {name}; skipped")
    lines.extend(
        skipped.format(line=row.line, email=row.email, name=row.name) for row in summary.existing
    )
    return "\n".join(lines)


def _checking(name: str) -> str:
    return translate("DataActions", "Checking {file}…").format(file=name)


def import_candidates(parent: QWidget, db: Database) -> CandidateImportDialog:
    """Candidates > Import from CSV…: open the dialog (non-modal) and return it."""
    dialog = CandidateImportDialog(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
