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

import html
import pathlib
import re

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
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hireapp.domain.rubric import new_rubric_data, slug_for
from hireapp.errors import HireappError
from hireapp.gui.operations import Operation, error_message, show_warning
from hireapp.gui.settings import remember_save_folder, save_folder
from hireapp.services.people import list_positions
from hireapp.services.rubric_stats import RubricUse, rubric_stats
from hireapp.services.rubrics import (
    RubricVersionUse,
    ensure_default_rubric,
    export_rubric,
    register_rubric_file,
    rubric_of_version,
    rubric_versions_in_use,
    set_position_rubric,
)
from hireapp.storage.session import Database

# The columns by their English names (what tests and code refer to); shown translated.
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


def _table(columns: list[str], name: str) -> QTableWidget:
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
        self.setWindowTitle(self.tr("Use for a position"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "New interviews for the position will use {version}. Interviews already "
                "started keep the rubric they were started with."
            ).format(version=version)
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.position = QComboBox()
        self.position.addItems(positions)
        self.position.setAccessibleName(self.tr("Position"))
        form.addRow(self.tr("&Position:"), self.position)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class NewRubric(QDialog):
    """A new rubric in one step: what it starts from (the default, the selected rubric, or an
    empty outline), its title and its id (made from the title until typed by hand)."""

    def __init__(self, selected: str | None, taken: set[str], parent: QWidget | None = None
                 ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("New rubric"))
        self.taken = taken
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.start = QComboBox()
        self.start.addItem(self.tr("The default rubric"), "default")
        if selected is not None:
            self.start.addItem(self.tr("A copy of {rubric}").format(rubric=selected), "selected")
        self.start.addItem(self.tr("An empty outline"), "empty")
        self.start.setAccessibleName(self.tr("Start from"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.slug = QLineEdit()
        self.slug.setAccessibleName(self.tr("Id"))
        self.slug.setToolTip(self.tr("Lower-case letters and digits, words joined by hyphens"))
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        form.addRow(self.tr("&Start from:"), self.start)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Id:"), self.slug)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._typed_slug = False
        self.title.textEdited.connect(self._title_typed)
        self.slug.textEdited.connect(self._slug_typed)
        self._check()

    def _title_typed(self, text: str) -> None:
        if not self._typed_slug:
            self.slug.setText(slug_for(text) if text.strip() else "")
        self._check()

    def _slug_typed(self, _text: str) -> None:
        self._typed_slug = True
        self._check()

    def _check(self) -> str:
        slug = self.slug.text().strip()
        if not self.title.text().strip():
            problem = self.tr("Give the rubric a title.")
        elif not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug):
            problem = self.tr("The id is lower-case letters and digits, words joined by "
                              "single hyphens.")  # fmt: skip
        elif slug in self.taken:
            problem = self.tr("A rubric with the id “{id}” exists: choose another id, or make "
                              "a new version of it (Ctrl+N).").format(id=slug)  # fmt: skip
        else:
            problem = ""
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
        return problem

    def accept(self) -> None:
        if not self._check():
            super().accept()


class RubricsWindow(QMainWindow):
    """Rubric versions, their use, and the use of each question's levels."""

    loaded = Signal()  # the versions are listed (tests wait on it)
    stats_shown = Signal()  # the selected version's questions are shown

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rubrics · hireapp"))
        self.db = db
        self.versions: list[RubricVersionUse] = []
        self.stats: RubricUse | None = None
        self.editor: QWidget | None = None  # the last rubric editor opened from here
        self.version_table = _table(self._shown(VERSION_COLUMNS), self.tr("Rubric versions"))
        self.question_table = _table(self._shown(QUESTION_COLUMNS),
                                     self.tr("How each question was used"))  # fmt: skip
        self.summary = QLabel(self.tr("Loading rubrics…"))
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

    def _shown(self, columns: tuple[str, ...]) -> list[str]:
        """Column names as shown, in the user's language."""
        names = {
            "Rubric": self.tr("Rubric"), "Version": self.tr("Version"),
            "Questions": self.tr("Questions"), "Used by positions": self.tr("Used by positions"),
            "Interviews": self.tr("Interviews"), "Question": self.tr("Question"),
            "Skipped": self.tr("Skipped"), "Agreement": self.tr("Agreement"),
            "Flags": self.tr("Flags"),
        }  # fmt: skip
        return [names.get(column, column) for column in columns]

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Rubric"))

        def action(text: str, key: str, slot: object, tip: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(key))
            act.setToolTip(f"{tip} ({key})")
            act.triggered.connect(slot)
            menu.addAction(act)
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("New &rubric…"), "Ctrl+Shift+N", self.new_rubric,
            self.tr("A new rubric from the default, the selected one, or an empty outline"),
        )  # fmt: skip
        self.edit_action = action(
            self.tr("&New version from this one…"), "Ctrl+N", self.edit_selected,
            self.tr("Edit a copy of the selected version; saving stores it as a new version"),
        )  # fmt: skip
        self.export_action = action(
            self.tr("&Export as rubric file…"), "Ctrl+E", self.export_selected,
            self.tr("Write the selected version as a TOML rubric file"),
        )  # fmt: skip
        self.use_action = action(
            self.tr("&Use for a position…"), "Ctrl+U", self.use_selected,
            self.tr("New interviews for a position use the selected version"),
        )  # fmt: skip
        self.add_action = action(
            self.tr("&Add a rubric file…"), "Ctrl+O", self.add_file,
            self.tr("Check a rubric file and store it as a version"),
        )  # fmt: skip
        menu.addSeparator()
        action(self.tr("&Close"), "Ctrl+W", self.close, self.tr("Close this window"))
        toolbar = self.addToolBar(self.tr("Rubric"))
        toolbar.setObjectName("rubricToolbar")
        for act in (self.new_action, self.edit_action, self.export_action, self.use_action,
                    self.add_action):  # fmt: skip
            toolbar.addAction(act)
        self._set_enabled()

    # --- loading ------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        chosen = select_id if select_id is not None else self.selected_id()
        db = self.db
        Operation(self, lambda: rubric_versions_in_use(db), title=self.tr("Load rubrics")).success(
            lambda versions: self._show_versions(versions, chosen)
        ).failure(lambda exc: self.summary.setText(
            self.tr("Not loaded: {error}").format(error=error_message(exc)))).run()  # fmt: skip

    def _show_versions(self, versions: list[RubricVersionUse], select_id: int | None) -> None:
        self.versions = versions
        table = self.version_table
        table.setRowCount(len(versions))
        for row, use in enumerate(versions):
            version = use.version
            positions = ", ".join(use.positions)
            if use.is_default:  # what a position without its own rubric uses
                positions = (positions + "; " if positions else "") + self.tr("the default")
            cells = [
                _item(
                    version.title,
                    self.tr("{id} · content hash {hash}").format(
                        id=version.slug, hash=version.content_hash[:12]
                    ),
                ),
                _item(version.label, self.tr("Stored version {n}").format(n=version.id)),
                _item(version.questions, number=True),
                _item(
                    positions or self.tr("none"),
                    self.tr(
                        "Positions whose new interviews use this version; "
                        "the default is what a position without a rubric of its own uses"
                    ),
                ),
                _item(
                    use.interviews,
                    self.tr("{submitted} submitted, {drafts} drafts").format(
                        submitted=use.submitted, drafts=use.interviews - use.submitted
                    ),
                    number=True,
                ),
            ]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        ids = [use.version.id for use in versions]
        table.blockSignals(True)
        table.selectRow(ids.index(select_id) if select_id in ids else 0)
        table.blockSignals(False)
        # The selected row may be the same row number as before: its figures are loaded anew
        # either way (after a save or Ctrl+U they showed the old version's until moved).
        self._version_chosen()
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
        self.summary.setText(self.tr("Counting how the questions were used…"))
        db = self.db
        title = self.tr("Rubric statistics")
        Operation(self, lambda: rubric_stats(db, version_id), title=title).success(
            self._show_stats
        ).failure(lambda exc: self.summary.setText(
            self.tr("Not counted: {error}").format(error=error_message(exc)))).run()  # fmt: skip

    def _show_stats(self, stats: RubricUse) -> None:
        if stats.version_id != self.selected_id():
            return  # another version was chosen meanwhile
        self.stats = stats
        flagged = sum(1 for q in stats.questions if q.flags)
        self.summary.setText(
            self.tr("<b>{rubric}</b>: %n submitted interviews.", "", stats.interviews).format(
                rubric=html.escape(f"{stats.title} {stats.label}")) + " "
            + (self.tr("%n questions flagged: look at their anchors.", "", flagged)
               if flagged else self.tr("No question flagged."))
        )  # fmt: skip
        table = self.question_table
        table.setRowCount(len(stats.questions))
        for row, question in enumerate(stats.questions):
            agreement = "-" if question.icc is None else f"{question.icc:.2f} {question.agreement}"
            cells = [
                _item(question.title, question.id),
                *(_item(question.levels[level], self.tr("Level {level} chosen %n times", "",
                        question.levels[level]).format(level=level), number=True)
                  for level in range(1, 6)),
                _item(question.skipped, self.tr("Skipped in {skipped} of {n} submitted "
                      "interviews").format(skipped=question.skipped, n=question.interviews),
                      number=True),
                _item(agreement, self.tr("ICC(1) between interviewers of the same candidate")),
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
                QMessageBox.Icon.Question, self.tr("Unsaved rubric"),
                self.tr("A rubric being edited (“{title}”) was not saved as a version. "
                        "Go on with it?").format(title=draft.get("title", "")), parent=self,
            )  # fmt: skip
            go_on = box.addButton(self.tr("&Go on with it"), QMessageBox.ButtonRole.AcceptRole)
            fresh = box.addButton(self.tr("&Start from the selected version"),
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
        return self._open(editor)

    def new_rubric(self) -> QWidget | None:
        """A new rubric (its own id, version 1) in the editor, from the default rubric, the
        selected one or an empty outline; the figures beside its questions are those of the
        version it starts from."""
        from hireapp.gui.rubric_editor import RubricEditor

        use = self._chosen()
        selected = None if use is None else f"{use.version.title} {use.version.label}"
        dialog = NewRubric(selected, {u.version.slug for u in self.versions}, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        start = dialog.start.currentData()
        source: int | None = None
        try:
            if start == "selected" and use is not None:
                source = use.version.id
            elif start == "default":
                default = next((u for u in self.versions if u.is_default), None)
                source = default.version.id if default else ensure_default_rubric(self.db).id
            data = None if source is None else rubric_of_version(self.db, source).model_dump(
                mode="json")  # fmt: skip
        except HireappError as exc:
            show_warning(self, self.tr("New rubric"), error_message(exc))
            return None
        new = new_rubric_data(dialog.slug.text().strip(), dialog.title.text().strip(), data)
        return self._open(RubricEditor(self.db, new, source_version=source))

    def _open(self, editor: QWidget) -> QWidget:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda info: self.refresh(info.id))  # type: ignore[attr-defined]
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
            self, self.tr("Export as rubric file"), str(suggested), self.tr("Rubric files (*.toml)")
        )
        if not path:
            return
        try:
            export_rubric(self.db, version.id, path)
        except HireappError as exc:
            show_warning(
                self,
                self.tr("Export as rubric file"),
                self.tr("Nothing was written: {error}.").format(error=exc),
            )
            return
        remember_save_folder(path)
        self.statusBar().showMessage(self.tr("Written to {path}").format(path=path), 10_000)

    def use_selected(self) -> None:
        use = self._chosen()
        if use is None:
            return
        try:
            positions = [p.title for p in list_positions(self.db)]
        except HireappError as exc:
            show_warning(self, self.tr("Use for a position"), error_message(exc))
            return
        if not positions:
            QMessageBox.information(
                self,
                self.tr("Use for a position"),
                self.tr("There are no positions yet: add a candidate first."),
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
            show_warning(self, self.tr("Use for a position"), error_message(exc))
            return
        self.statusBar().showMessage(
            self.tr("New interviews for {position} use {rubric}.").format(
                position=position, rubric=label
            ),
            10_000,
        )
        self.refresh(use.version.id)

    def add_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a rubric file"),
            save_folder(),
            self.tr("Rubric files (*.toml);;All files (*)"),
        )
        if not path:
            return
        try:
            info = register_rubric_file(self.db, path)
        except HireappError as exc:
            show_warning(
                self,
                self.tr("Add a rubric file"),
                self.tr("The file was not added:\n{error}").format(error=exc),
            )
            return
        self.statusBar().showMessage(
            self.tr("Stored as version {n}: {title} {label}.").format(
                n=info.id, title=info.title, label=info.label
            ),
            10_000,
        )
        self.refresh(info.id)
