# SPDX-License-Identifier: MIT
"""The Rubrics window: every stored rubric version, where it is used, and which questions work.

For the hiring lead. The left table lists the versions (newest first) with the positions whose
new interviews use each and how many interviews were scored with it; the right one shows the
selected version's questions with how often each level was chosen, the skips, the agreement
between interviewers and plain flags (docs/rubric-format.md). From here a version is exported
as a rubric file, made a position's rubric, or a rubric file is added. Everything is read off the
GUI thread.
"""

from __future__ import annotations

import pathlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hireapp.errors import HireappError
from hireapp.gui.operations import Operation, error_message, show_warning
from hireapp.gui.settings import remember_save_folder, save_folder
from hireapp.services.people import list_positions
from hireapp.services.rubric_stats import RubricUse, rubric_stats
from hireapp.services.rubrics import (
    RubricVersionUse,
    export_rubric,
    register_rubric_file,
    rubric_versions_in_use,
    set_position_rubric,
)
from hireapp.storage.session import Database

VERSION_COLUMNS = ("Rubric", "Version", "Questions", "Used by positions", "Interviews")
QUESTION_COLUMNS = ("Question", "1", "2", "3", "4", "5", "Skipped", "Agreement", "Flags")


def _item(text: object, tip: str = "", *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        item.setToolTip(tip)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setAccessibleName(name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class PositionChoice(QDialog):
    """Which position's new interviews use the version."""

    def __init__(self, positions: list[str], version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Use for a position")
        layout = QVBoxLayout(self)
        explanation = QLabel(
            f"New interviews for the position will use {version}. Interviews already started "
            "keep the rubric they were started with."
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.position = QComboBox()
        self.position.addItems(positions)
        self.position.setAccessibleName("Position")
        form.addRow("&Position:", self.position)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class RubricsWindow(QMainWindow):
    """Rubric versions, their use, and the use of each question's levels."""

    loaded = Signal()  # the versions are listed (tests wait on it)
    stats_shown = Signal()  # the selected version's questions are shown

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Rubrics · hireapp")
        self.db = db
        self.versions: list[RubricVersionUse] = []
        self.stats: RubricUse | None = None
        self.editor: QWidget | None = None  # the last rubric editor opened from here
        self.version_table = _table(VERSION_COLUMNS, "Rubric versions")
        self.question_table = _table(QUESTION_COLUMNS, "How each question was used")
        self.summary = QLabel("Loading rubrics…")
        self.summary.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.question_table, 1)
        splitter = QSplitter()
        splitter.addWidget(self.version_table)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 640])  # the versions' columns readable without scrolling
        self.setCentralWidget(splitter)
        self.version_table.itemSelectionChanged.connect(self._version_chosen)
        self._build_actions()
        self.resize(1200, 640)
        self.refresh()

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu("&Rubric")

        def action(text: str, key: str, slot: object, tip: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(key))
            act.setToolTip(f"{tip} ({key})")
            act.triggered.connect(slot)
            menu.addAction(act)
            self.addAction(act)
            return act

        self.edit_action = action(
            "&New version from this one…", "Ctrl+N", self.edit_selected,
            "Edit a copy of the selected version; saving stores it as a new version",
        )  # fmt: skip
        self.export_action = action(
            "&Export as rubric file…", "Ctrl+E", self.export_selected,
            "Write the selected version as a TOML rubric file",
        )  # fmt: skip
        self.use_action = action(
            "&Use for a position…", "Ctrl+U", self.use_selected,
            "New interviews for a position use the selected version",
        )  # fmt: skip
        self.add_action = action(
            "&Add a rubric file…", "Ctrl+O", self.add_file,
            "Check a rubric file and store it as a version",
        )  # fmt: skip
        menu.addSeparator()
        close = action("&Close", "Ctrl+W", self.close, "Close this window")
        close.setToolTip("Close this window (Ctrl+W)")
        toolbar = self.addToolBar("Rubric")
        toolbar.setObjectName("rubricToolbar")
        for act in (self.edit_action, self.export_action, self.use_action, self.add_action):
            toolbar.addAction(act)
        self._set_enabled()

    # --- loading ------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        chosen = select_id if select_id is not None else self.selected_id()
        db = self.db
        Operation(self, lambda: rubric_versions_in_use(db), title="Load rubrics").success(
            lambda versions: self._show_versions(versions, chosen)
        ).failure(lambda exc: self.summary.setText(f"Not loaded: {error_message(exc)}")).run()

    def _show_versions(self, versions: list[RubricVersionUse], select_id: int | None) -> None:
        self.versions = versions
        table = self.version_table
        table.setRowCount(len(versions))
        for row, use in enumerate(versions):
            version = use.version
            positions = ", ".join(use.positions)
            if use.is_default:  # what a position without its own rubric uses
                positions = (positions + "; " if positions else "") + "the default"
            cells = [
                _item(version.title, f"{version.slug} · content hash {version.content_hash[:12]}"),
                _item(version.label, f"Stored version {version.id}"),
                _item(version.questions, number=True),
                _item(
                    positions or "none",
                    "Positions whose new interviews use this version; "
                    "the default is what a position without a rubric of its own uses",
                ),
                _item(
                    use.interviews,
                    f"{use.submitted} submitted, {use.interviews - use.submitted} drafts",
                    number=True,
                ),
            ]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        ids = [use.version.id for use in versions]
        table.selectRow(ids.index(select_id) if select_id in ids else 0)
        self._set_enabled()
        self.loaded.emit()

    def selected_id(self) -> int | None:
        rows = self.version_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.versions):
            return None
        return self.versions[rows[0].row()].version.id

    def _set_enabled(self) -> None:
        chosen = self.selected_id() is not None
        self.export_action.setEnabled(chosen)
        self.use_action.setEnabled(chosen)
        self.edit_action.setEnabled(chosen)

    def _version_chosen(self) -> None:
        self._set_enabled()
        version_id = self.selected_id()
        if version_id is None:
            return
        self.summary.setText("Counting how the questions were used…")
        db = self.db
        Operation(self, lambda: rubric_stats(db, version_id), title="Rubric statistics").success(
            self._show_stats
        ).failure(lambda exc: self.summary.setText(f"Not counted: {error_message(exc)}")).run()

    def _show_stats(self, stats: RubricUse) -> None:
        if stats.version_id != self.selected_id():
            return  # another version was chosen meanwhile
        self.stats = stats
        flagged = sum(1 for q in stats.questions if q.flags)
        self.summary.setText(
            f"<b>{stats.title} {stats.label}</b>: {stats.interviews} submitted interviews. "
            + (f"{flagged} question{'s' if flagged != 1 else ''} flagged: look at their anchors."
               if flagged else "No question flagged.")
        )  # fmt: skip
        table = self.question_table
        table.setRowCount(len(stats.questions))
        for row, question in enumerate(stats.questions):
            agreement = "-" if question.icc is None else f"{question.icc:.2f} {question.agreement}"
            cells = [
                _item(question.title, question.id),
                *(_item(question.levels[level], f"Level {level} chosen "
                        f"{question.levels[level]} times", number=True)
                  for level in range(1, 6)),
                _item(question.skipped, f"Skipped in {question.skipped} of "
                      f"{question.interviews} submitted interviews", number=True),
                _item(agreement, "ICC(1) between interviewers of the same candidate"),
                _item("⚑ " + "; ".join(question.flags) if question.flags else "",
                      "\n".join(question.flags)),
            ]  # fmt: skip
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.resizeRowsToContents()
        self.stats_shown.emit()

    # --- actions ------------------------------------------------------------------------------

    def _chosen(self) -> RubricVersionUse | None:
        version_id = self.selected_id()
        return next((u for u in self.versions if u.version.id == version_id), None)

    def edit_selected(self) -> QWidget | None:
        """The editor on a copy of the selected version, or on the draft a crash or a close left
        (asked first)."""
        from hireapp.gui.rubric_editor import RubricEditor, saved_draft

        use = self._chosen()
        draft = saved_draft()
        if draft is not None:
            box = QMessageBox(
                QMessageBox.Icon.Question, "Unsaved rubric",
                f"A rubric being edited (“{draft.get('title', '')}”) was not saved as a version. "
                "Go on with it?", parent=self,
            )  # fmt: skip
            go_on = box.addButton("&Go on with it", QMessageBox.ButtonRole.AcceptRole)
            fresh = box.addButton("&Start from the selected version",
                                  QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(go_on)
            box.exec()
            if box.clickedButton() is go_on:
                editor = RubricEditor(self.db, draft)
            elif box.clickedButton() is fresh and use is not None:
                editor = RubricEditor.from_version(self.db, use.version.id)
            else:
                return None
        elif use is not None:
            editor = RubricEditor.from_version(self.db, use.version.id)
        else:
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda info: self.refresh(info.id))
        editor.show()
        self.editor = editor
        return editor

    def export_selected(self) -> None:
        use = self._chosen()
        if use is None:
            return
        version = use.version
        suggested = pathlib.Path(save_folder()) / f"{version.slug}-{version.label}.toml"
        path, _filter = QFileDialog.getSaveFileName(
            self, "Export as rubric file", str(suggested), "Rubric files (*.toml)"
        )
        if not path:
            return
        try:
            export_rubric(self.db, version.id, path)
        except HireappError as exc:
            show_warning(self, "Export as rubric file", f"Nothing was written: {exc}.")
            return
        remember_save_folder(path)
        self.statusBar().showMessage(f"Written to {path}", 10_000)

    def use_selected(self) -> None:
        use = self._chosen()
        if use is None:
            return
        try:
            positions = [p.title for p in list_positions(self.db)]
        except HireappError as exc:
            show_warning(self, "Use for a position", error_message(exc))
            return
        if not positions:
            QMessageBox.information(
                self, "Use for a position", "There are no positions yet: add a candidate first."
            )
            return
        label = f"{use.version.title} {use.version.label}"
        dialog = PositionChoice(positions, label, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        position = dialog.position.currentText()
        try:
            set_position_rubric(self.db, position, use.version.id)
        except HireappError as exc:
            show_warning(self, "Use for a position", error_message(exc))
            return
        self.statusBar().showMessage(f"New interviews for {position} use {label}.", 10_000)
        self.refresh(use.version.id)

    def add_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Add a rubric file", save_folder(), "Rubric files (*.toml);;All files (*)"
        )
        if not path:
            return
        try:
            info = register_rubric_file(self.db, path)
        except HireappError as exc:
            show_warning(self, "Add a rubric file", f"The file was not added:\n{exc}")
            return
        self.statusBar().showMessage(
            f"Stored as version {info.id}: {info.title} {info.label}.", 10_000
        )
        self.refresh(info.id)
