# SPDX-License-Identifier: MIT
"""Editing a rubric in the app: a new version made from an existing one, without a text file.

The rubric is held as plain data (what a rubric file holds) and checked after every change by
the loader's own rules (domain/rubric.py), each problem shown beside the field it is about. Every
change is an undoable command (QUndoStack: Ctrl+Z, Ctrl+Shift+Z); a question is previewed as the
interviewer will see it. The draft is kept in a file in the data folder after every change, so a
crash loses nothing: the next time the editor opens, it offers to go on with it. Saving stores a
new version (interviews already scored keep theirs) and removes the draft.
"""

from __future__ import annotations

import copy
import json
import pathlib
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hireapp.assets import data_folder
from hireapp.errors import HireappError, RubricError
from hireapp.gui.interview.autosave import Throttled
from hireapp.gui.operations import Operation, error_message, show_warning
from hireapp.services.rubric_stats import QuestionUse, RubricUse, rubric_stats
from hireapp.services.rubrics import RubricVersionInfo, register_rubric, rubric_of_version
from hireapp.storage.session import Database

Path = tuple[str | int, ...]
DRAFT_NAME = "rubric-draft.json"
LEVELS = ("1", "2", "3", "4", "5")


def draft_path() -> pathlib.Path:
    """Where the unsaved rubric is kept between changes: the user's data folder."""
    return data_folder() / DRAFT_NAME


def _get(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


def _set(data: Any, path: Path, value: Any) -> None:
    _get(data, path[:-1])[path[-1]] = value


def location(path: Path) -> str:
    """A path as the loader names places: sections[0].questions[2].anchors."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


class SetValue(QUndoCommand):
    """One field changed; consecutive typing in one field merges into one undo step."""

    def __init__(self, editor: RubricEditor, path: Path, old: Any, new: Any) -> None:
        super().__init__(f"change {location(path)}")
        self.editor, self.path, self.old, self.new = editor, path, old, new

    def redo(self) -> None:
        self.editor.apply(self.path, self.new)

    def undo(self) -> None:
        self.editor.apply(self.path, self.old)

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or other.path != self.path:
            return False
        self.new = other.new
        return True


class Replace(SetValue):
    """A part added, removed or moved: its whole list before and after; never merged. Done, it
    leaves the tree on the part it made (`select`); undone, on the part chosen before (`back`)."""

    def __init__(self, editor: RubricEditor, path: Path, old: Any, new: Any,
                 select: Path, back: Path) -> None:  # fmt: skip
        super().__init__(editor, path, old, new)
        self.select, self.back = select, back

    def redo(self) -> None:
        self.editor._select_after = self.select
        super().redo()

    def undo(self) -> None:
        self.editor._select_after = self.back
        super().undo()

    def id(self) -> int:
        return -1


class RubricEditor(QMainWindow):
    """A rubric being edited into a new version."""

    saved = Signal(object)  # the RubricVersionInfo stored

    figures_shown = Signal()  # the source version's figures arrived (tests wait on it)

    def __init__(self, db: Database, data: dict[str, Any], parent: QWidget | None = None, *,
                 source_version: int | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.data = data
        # How each question of the version this one starts from was used (levels, skips,
        # agreement, flags), shown beside the question; keyed by question id.
        self.source_version = source_version
        self.figures: dict[str, QuestionUse] = {}
        self.figures_note = ""
        self.figures_label: QLabel | None = None  # the current question's line of figures
        self.problems: dict[str, str] = {}
        self.undo_stack = QUndoStack(self)
        self._draft_saver = Throttled(lambda _text: self._write_draft(), self)
        self.undo_stack.cleanChanged.connect(self._title)
        self.fields: dict[Path, QLineEdit | QPlainTextEdit] = {}
        self.field_problems: dict[Path, QLabel] = {}
        self.current: Path = ()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Parts of the rubric"))
        self.tree.currentItemChanged.connect(self._part_chosen)
        self.form_host = QWidget()
        QVBoxLayout(self.form_host).setContentsMargins(0, 0, 0, 0)
        self.form: QWidget | None = None  # the current part's fields, rebuilt per part
        self._select_after: Path | None = None  # where an added or removed part leaves you
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("The chosen part: its fields or its preview"))
        self.tabs.addTab(self.form_host, self.tr("&Edit"))
        self.preview_host = QWidget()
        QVBoxLayout(self.preview_host)
        self.tabs.addTab(self.preview_host, self.tr("&Preview"))
        self.problem_list = QLabel("")
        self.problem_list.setWordWrap(True)
        self.problem_list.setAccessibleName(self.tr("Problems in the rubric"))
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_list)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self._build_actions()
        self._fill_tree()
        self._check()
        self._title()
        self.resize(1100, 720)
        self._load_figures()

    @classmethod
    def from_version(cls, db: Database, version_id: int, parent: QWidget | None = None
                     ) -> RubricEditor:  # fmt: skip
        data = rubric_of_version(db, version_id).model_dump(mode="json")
        return cls(db, data, parent, source_version=version_id)

    def _load_figures(self) -> None:
        version_id = self.source_version
        if version_id is None:
            return
        db = self.db
        Operation(self, lambda: rubric_stats(db, version_id), title=self.tr("Rubric statistics")
                  ).success(self._show_figures).failure(
            lambda exc: self.statusBar().showMessage(
                self.tr("The questions' use is not shown: {error}").format(
                    error=error_message(exc)), 10_000)
        ).run()  # fmt: skip

    def _show_figures(self, use: RubricUse) -> None:
        self.figures = {question.id: question for question in use.questions}
        self.figures_note = self.tr("{title} {label}, {n} submitted interviews").format(
            title=use.title, label=use.label, n=use.interviews
        )
        self._fill_tree(self.current)
        self.figures_shown.emit()

    def figures_text(self, question_id: str) -> str:
        """How the question was used in the version this rubric starts from, in one line."""
        use = self.figures.get(question_id)
        if use is None:
            if self.source_version is None:
                return self.tr("A new rubric: no interviews scored with it yet.")
            return self.tr("Not in the version this one starts from: no figures yet.")
        levels = " · ".join(f"{level}: {use.levels[level]}" for level in range(1, 6))
        agreement = (self.tr("agreement not known yet") if use.icc is None else
                     self.tr("agreement {icc} ({words})").format(
                         icc=f"{use.icc:.2f}", words=use.agreement))  # fmt: skip
        text = self.tr("In {source}: levels chosen {levels}; skipped in {skipped} of {n}; "
                       "{agreement}.").format(source=self.figures_note, levels=levels,
                                              skipped=use.skipped, n=use.interviews,
                                              agreement=agreement)  # fmt: skip
        if use.flags:
            text += "\n⚑ " + "; ".join(use.flags)
        return text

    # --- actions ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Rubric"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        def action(text: str, key: str, slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(key))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.save_action = action(self.tr("&Save as a new version"), "Ctrl+S", self.save)
        self.add_question_action = action(self.tr("Add a &question"), "Ctrl+Shift+Q",
                                          self.add_question)  # fmt: skip
        self.add_section_action = action(self.tr("Add a s&ection"), "Ctrl+Shift+N",
                                         self.add_section)  # fmt: skip
        self.add_cue_action = action(self.tr("Add a &cue"), "Ctrl+Shift+C", self.add_cue)
        self.remove_action = action(self.tr("Re&move this part"), "Ctrl+Shift+Del",
                                    self.remove_part)  # fmt: skip
        self.up_action = action(self.tr("Move u&p"), "Ctrl+Shift+Up", lambda: self.move_part(-1))
        self.down_action = action(
            self.tr("Move &down"), "Ctrl+Shift+Down", lambda: self.move_part(1)
        )
        self.from_bank_action = action(self.tr("Add a question from the &bank…"), "Ctrl+B",
                                       self.add_from_bank)  # fmt: skip
        self.to_bank_action = action(self.tr("Put the question in the company's ban&k…"),
                                     "Ctrl+Shift+B", self.put_in_bank)  # fmt: skip
        self.pane_action = action(self.tr("Switch between the parts and the &fields"), "F6",
                                  self.switch_pane)  # fmt: skip
        self.close_action = action(self.tr("C&lose"), "Ctrl+W", self.close)
        for act in (undo, redo, None, self.add_question_action, self.from_bank_action,
                    self.add_section_action, self.add_cue_action, self.remove_action,
                    self.up_action, self.down_action, None, self.to_bank_action,
                    self.pane_action, None, self.save_action, self.close_action):  # fmt: skip
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
                self.addAction(act)

    def _title(self) -> None:
        title = str(self.data.get("title", ""))
        self.setWindowTitle(
            (self.tr("Rubric: {title} · hireapp") if self.undo_stack.isClean()
             else self.tr("Rubric: {title} (changed) · hireapp")).format(title=title)
        )  # fmt: skip

    # --- the parts ----------------------------------------------------------------------------

    def _fill_tree(self, select: Path = ()) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None

        def add(parent: QTreeWidget | QTreeWidgetItem, text: str, path: Path) -> QTreeWidgetItem:
            nonlocal chosen
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, Qt.ItemDataRole.UserRole, path)
            if path == select:
                chosen = item
            return item

        root = add(self.tree, self._tree_text(()), ())
        first = add(root, self._tree_text(("first_impression",)), ("first_impression",))
        for index in range(len(self.data["first_impression"]["cues"])):
            path: Path = ("first_impression", "cues", index)
            add(first, self._tree_text(path), path)
        for s_index, section in enumerate(self.data["sections"]):
            node = add(root, self._tree_text(("sections", s_index)), ("sections", s_index))
            for q_index in range(len(section["questions"])):
                path = ("sections", s_index, "questions", q_index)
                add(node, self._tree_text(path), path)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.tree.setCurrentItem(chosen or root)
        self._part_chosen()

    def _part_chosen(self) -> None:
        item = self.tree.currentItem()
        path: Path = () if item is None else tuple(item.data(0, Qt.ItemDataRole.UserRole))
        self.current = path
        self._build_form(path)
        self._build_preview(path)
        kind = self._kind(path)
        movable = kind in ("question", "section", "cue")
        self.remove_action.setEnabled(movable)
        self.remove_action.setText({
            "question": self.tr("Re&move the question"), "section": self.tr("Re&move the section"),
            "cue": self.tr("Re&move the cue"),
        }.get(kind, self.tr("Re&move this part")))  # fmt: skip
        self.up_action.setEnabled(movable and self._moved(path, -1) is not None)
        self.down_action.setEnabled(movable and self._moved(path, 1) is not None)
        self.to_bank_action.setEnabled(kind == "question")

    def _kind(self, path: Path) -> str:
        if not path:
            return "rubric"
        if path == ("first_impression",):
            return "impression"
        if len(path) == 3:
            return "cue"
        return "section" if len(path) == 2 else "question"

    def _build_form(self, path: Path) -> None:
        if self.form is not None:
            self.form.hide()
            self.form.deleteLater()
        self.form = QWidget()
        form = QFormLayout(self.form)
        self.fields, self.field_problems = {}, {}
        kind = self._kind(path)
        ident, title, weight = self.tr("&Id"), self.tr("&Title"), self.tr("&Weight")
        plain = {
            "rubric": [("id", ident), ("title", title), ("version", self.tr("&Version"))],
            "impression": [("title", title), ("seconds", self.tr("&Seconds")), ("weight", weight)],
            "cue": [("id", ident), ("label", self.tr("&Label"))],
            "section": [("id", ident), ("title", title)],
            "question": [("id", ident), ("title", title), ("weight", weight)],
        }[kind]
        described = self.tr("&Description")
        long = {"rubric": [("description", described)],
                "impression": [("prompt", self.tr("&Prompt"))], "cue": [],
                "section": [("description", described)],
                "question": [("text", self.tr("Q&uestion")),
                             ("probes", self.tr("Pr&obes (one a line)"))]}[kind]  # fmt: skip
        node = _get(self.data, path)
        if kind == "question":
            figures = QLabel(self.figures_text(str(node.get("id", ""))))
            figures.setWordWrap(True)
            figures.setObjectName("questionFigures")
            figures.setAccessibleName(self.tr("How the question was used"))
            form.addRow(QLabel(self.tr("Use so far")), figures)
            self.figures_label = figures
        else:
            self.figures_label = None
        for key, label in plain:
            self._field(form, (*path, key), label, QLineEdit(self._shown(node.get(key))))
        for key, label in long:
            edit = QPlainTextEdit(self._shown(node.get(key)))
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(self.fontMetrics().height() * 5)
            self._field(form, (*path, key), label, edit)
        if kind in ("impression", "question"):
            anchors = node.get("anchors", {})
            for level in LEVELS:
                edit = QPlainTextEdit(anchors.get(level, ""))
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(self.fontMetrics().height() * 3)
                caption = (self.tr("Level &{level} (required)") if level in ("1", "3", "5")
                           else self.tr("Level &{level}")).format(level=level)  # fmt: skip
                self._field(form, (*path, "anchors", level), caption, edit)
        host = self.form_host.layout()
        assert host is not None
        host.addWidget(self.form)
        self.form.show()
        self._show_problems()

    @staticmethod
    def _shown(value: Any) -> str:
        if isinstance(value, list):
            return "\n".join(str(v) for v in value)
        return "" if value is None else str(value)

    def _field(self, form: QFormLayout, path: Path, label: str,
               edit: QLineEdit | QPlainTextEdit) -> None:  # fmt: skip
        edit.setAccessibleName(label.replace("&", ""))
        problem = QLabel("")
        problem.setWordWrap(True)
        problem.setVisible(False)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(edit)
        column.addWidget(problem)
        caption = QLabel(label)
        caption.setBuddy(edit)
        form.addRow(caption, box)
        self.fields[path] = edit
        self.field_problems[path] = problem
        if isinstance(edit, QLineEdit):
            edit.textEdited.connect(lambda text, path=path: self.edit(path, text))
        else:
            edit.textChanged.connect(
                lambda edit=edit, path=path: self.edit(path, edit.toPlainText())
            )

    def _build_preview(self, path: Path) -> None:
        layout = self.preview_host.layout()
        assert layout is not None
        while layout.count():
            taken = layout.takeAt(0)
            widget = None if taken is None else taken.widget()
            if widget is not None:
                widget.deleteLater()
        if self._kind(path) != "question":
            layout.addWidget(
                QLabel(self.tr("Choose a question to see it as the interviewer will."))
            )
            return
        from hireapp.domain.rubric import Question
        from hireapp.gui.interview.pages import QuestionPage

        s_index, q_index = int(path[1]), int(path[3])
        section = self.data["sections"][s_index]
        try:
            question = Question.model_validate(_get(self.data, path))
        except ValueError:
            layout.addWidget(QLabel(self.tr("Shown once the question has no problems left.")))
            return
        total = sum(len(s["questions"]) for s in self.data["sections"])
        before = sum(len(s["questions"]) for s in self.data["sections"][:s_index])
        number = before + q_index + 1
        layout.addWidget(QuestionPage(question, section["title"], number, total))

    # --- changes ------------------------------------------------------------------------------

    def _value(self, path: Path, text: str) -> Any:
        key = path[-1]
        if key == "probes":
            return [line.strip() for line in text.splitlines() if line.strip()]
        if key in ("weight",):
            try:
                return float(text)
            except ValueError:
                return text  # the loader says what is wrong, at the field
        if key == "seconds":
            return int(text) if text.strip().isdigit() else text
        return text

    def edit(self, path: Path, text: str) -> None:
        """A field typed in: one undoable change, checked at once."""
        new = self._value(path, text)
        if path[-2:-1] == ("anchors",):
            anchors = _get(self.data, path[:-1])
            old = anchors.get(path[-1])
            if not text.strip():
                new = None  # an empty level is no level
        else:
            old = _get(self.data, path[:-1]).get(path[-1])
        if old == new:
            return
        self.undo_stack.push(SetValue(self, path, old, new))

    def apply(self, path: Path, value: Any) -> None:
        """Set a value (by a command, done or undone), show it, check the rubric, keep a draft."""
        parent = _get(self.data, path[:-1])
        if value is None:
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = value
        if isinstance(value, list) and path[-1] in ("questions", "cues", "sections"):
            # A part added or removed (or that undone): the tree anew, on the part it leaves.
            chosen = self._select_after
            target = self._existing(self.current if chosen is None else chosen)
            self._select_after = None
            self._check()
            self._fill_tree(target)
            self._keep_draft()
            return
        edit = self.fields.get(path)
        shown = self._shown(value)
        if edit is None and path[: len(self.current)] != self.current:
            self._fill_tree(self._existing(path[:4] if path[0] == "sections" else path[:1]))
            edit = self.fields.get(path)
        if edit is not None:
            current = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            if self._value(path, current) != value and current != shown:
                edit.blockSignals(True)
                if isinstance(edit, QLineEdit):
                    edit.setText(shown)
                else:
                    edit.setPlainText(shown)
                edit.blockSignals(False)
        if path[-1] in ("title", "label"):
            item = self.tree.currentItem()
            if item is not None and tuple(item.data(0, Qt.ItemDataRole.UserRole)) == path[:-1]:
                item.setText(0, self._tree_text(path[:-1]))
        self._check()
        self._keep_draft()
        if self._kind(self.current) == "question":
            self._build_preview(self.current)

    def _existing(self, path: Path) -> Path:
        """The longest start of the path that still names a part (after a removal)."""
        node: Any = self.data
        for length, step in enumerate(path):
            if isinstance(step, int):
                if not isinstance(node, list) or step >= len(node):
                    return path[: max(0, length - 1)]
            elif not isinstance(node, dict) or step not in node:
                return path[:length]
            node = node[step]
        return path

    def _tree_text(self, path: Path) -> str:
        node = _get(self.data, path)
        kind = self._kind(path)
        title = str(node.get("title", ""))
        if kind == "rubric":
            return self.tr("Rubric: {title}").format(title=title)
        if kind == "section":
            return self.tr("Section: {title}").format(title=title)
        if kind == "cue":
            return self.tr("Cue: {label}").format(label=node.get("label", ""))
        if kind == "impression":
            return self.tr("First impression")
        use = self.figures.get(str(node.get("id", "")))
        return f"{title} ⚑" if use is not None and use.flags else title

    def _free_id(self, prefix: str, taken: set[str]) -> str:
        number = len(taken) + 1
        while f"{prefix}-{number}" in taken:
            number += 1
        return f"{prefix}-{number}"

    def add_question(self) -> None:
        """A new question after the current one (or at the end of the current section)."""
        taken = {q["id"] for s in self.data["sections"] for q in s["questions"]}
        self._insert({"id": self._free_id("question", taken), "title": self.tr("New question"),
                      "text": "", "probes": [], "weight": 1.0, "anchors": {}})  # fmt: skip
        self._focus_field("title")

    def _insert(self, question: dict[str, Any]) -> None:
        path = self.current
        section = int(path[1]) if len(path) >= 2 and path[0] == "sections" else 0
        if not self.data["sections"]:
            self.add_section()
            section = 0
        questions = self.data["sections"][section]["questions"]
        at = int(path[3]) + 1 if len(path) == 4 else len(questions)
        new = copy.deepcopy(questions)
        new.insert(at, question)
        where: Path = ("sections", section, "questions")
        self._replace(where, new, (*where, at))

    def add_section(self) -> None:
        """A new, empty section after the current one (its questions come next: Ctrl+Shift+Q or
        Ctrl+B)."""
        sections = self.data["sections"]
        path = self.current
        at = int(path[1]) + 1 if len(path) >= 2 and path[0] == "sections" else len(sections)
        new = copy.deepcopy(sections)
        new.insert(
            at,
            {
                "id": self._free_id("section", {s["id"] for s in sections}),
                "title": self.tr("New section"),
                "description": "",
                "questions": [],
            },
        )
        self._replace(("sections",), new, ("sections", at))
        self._focus_field("title")

    def add_cue(self) -> None:
        """A new cue of the first impression, after the current cue or at the end."""
        cues = self.data["first_impression"]["cues"]
        path = self.current
        at = int(path[2]) + 1 if self._kind(path) == "cue" else len(cues)
        new = copy.deepcopy(cues)
        new.insert(at, {"id": self._free_id("cue", {c["id"] for c in cues}),
                        "label": self.tr("New cue")})  # fmt: skip
        where: Path = ("first_impression", "cues")
        self._replace(where, new, (*where, at))
        self._focus_field("label")

    def _focus_field(self, key: str) -> None:
        """After adding a part: its name's field, selected, so typing names it."""
        edit = self.fields.get((*self.current, key))
        if isinstance(edit, QLineEdit):
            edit.setFocus()
            edit.selectAll()

    def switch_pane(self) -> None:
        """F6: from the parts to the current part's first field, and back."""
        if self.tree.hasFocus() and self.fields:
            next(iter(self.fields.values())).setFocus()
        else:
            self.tree.setFocus()

    def add_from_bank(self) -> None:
        """A question of the bank (shipped, and the company's own) after the current one."""
        from hireapp.domain.bank import as_question, load_banks

        try:
            bank = load_banks()
        except RubricError as exc:
            show_warning(
                self,
                self.tr("Question bank"),
                self.tr("The bank cannot be read:\n{error}").format(error=exc),
            )
            return
        taken = {q["id"] for s in self.data["sections"] for q in s["questions"]}
        titles = {d.id: d.title for d in bank.dimensions}
        offered = [q for q in bank.questions if q.id not in taken]
        if not offered:
            QMessageBox.information(
                self, self.tr("Question bank"), self.tr("Every bank question is in already.")
            )
            return
        labels = [f"{titles.get(q.dimension, q.dimension)}: {q.title} ({q.id})" for q in offered]
        chosen, ok = QInputDialog.getItem(self, self.tr("Add a question from the bank"),
                                          self.tr("&Question:"), labels, 0, False)  # fmt: skip
        if not ok:
            return
        question = offered[labels.index(chosen)]
        self._insert(as_question(question).model_dump(mode="json"))

    def put_in_bank(self) -> None:
        """The current question into the company's own bank, under a dimension chosen now."""
        from hireapp.domain.bank import BankQuestion, add_to_company_bank, load_banks

        if len(self.current) != 4:
            return
        try:
            dimensions = load_banks().dimensions
        except RubricError as exc:
            show_warning(
                self,
                self.tr("Question bank"),
                self.tr("The bank cannot be read:\n{error}").format(error=exc),
            )
            return
        labels = [f"{d.title} ({d.id})" for d in dimensions]
        chosen, ok = QInputDialog.getItem(self, self.tr("Put the question in the bank"),
                                          self.tr("&Dimension:"), labels, 0, False)  # fmt: skip
        if not ok:
            return
        data = {**_get(self.data, self.current), "dimension": dimensions[labels.index(chosen)].id}
        try:
            add_to_company_bank(BankQuestion.model_validate(data))
        except (RubricError, ValueError) as exc:
            show_warning(
                self, self.tr("Question bank"), self.tr("Not added: {error}").format(error=exc)
            )
            return
        self.statusBar().showMessage(self.tr("Added to the company's question bank."), 10_000)

    def remove_part(self) -> None:
        """Remove the current question, section or cue (undoable, like every change)."""
        path = self.current
        kind = self._kind(path)
        if kind == "question":
            where: Path = ("sections", path[1], "questions")
            select: Path = ("sections", path[1])
        elif kind == "section":
            where, select = ("sections",), ("sections", max(int(path[1]) - 1, 0))
        elif kind == "cue":
            where, select = ("first_impression", "cues"), ("first_impression",)
        else:
            return
        new = copy.deepcopy(_get(self.data, where))
        del new[int(path[-1])]
        if kind == "section" and not new:
            select = ()
        self._replace(where, new, select)

    def _moved(self, path: Path, step: int) -> tuple[Path, Any, Path] | None:
        """Where moving the part one place up (-1) or down (1) leads: the list that changes,
        its new content and the part's new path; None at the very start or end. A question at
        the edge of its section moves into the next section."""
        kind = self._kind(path)
        if kind in ("cue", "section"):
            where = path[:-1]
            items = copy.deepcopy(_get(self.data, where))
            index, target = int(path[-1]), int(path[-1]) + step
            if not 0 <= target < len(items):
                return None
            items[index], items[target] = items[target], items[index]
            return where, items, (*where, target)
        if kind != "question":
            return None
        s_index, q_index = int(path[1]), int(path[3])
        sections = copy.deepcopy(self.data["sections"])
        questions = sections[s_index]["questions"]
        target = q_index + step
        if 0 <= target < len(questions):
            questions[q_index], questions[target] = questions[target], questions[q_index]
            where = ("sections", s_index, "questions")
            return where, questions, (*where, target)
        other = s_index + step
        if not 0 <= other < len(sections):
            return None
        question = questions.pop(q_index)
        into = sections[other]["questions"]
        at = len(into) if step < 0 else 0
        into.insert(at, question)
        return ("sections",), sections, ("sections", other, "questions", at)

    def move_part(self, step: int) -> None:
        """Ctrl+Shift+Up / Down: the current question, section or cue one place up or down."""
        moved = self._moved(self.current, step)
        if moved is None:
            return
        where, new, select = moved
        self._replace(where, new, select)
        self.tree.setFocus()

    def _replace(self, path: Path, new: Any, select: Path) -> None:
        old = copy.deepcopy(_get(self.data, path))
        self.undo_stack.push(Replace(self, path, old, new, select, self.current))

    # --- checking and saving ------------------------------------------------------------------

    def _check(self) -> None:
        from hireapp.domain.rubric import rubric_from_json

        self.problems = {}
        try:
            rubric_from_json(json.dumps(self.data, ensure_ascii=False))
        except RubricError as exc:
            for issue in exc.issues:
                self.problems.setdefault(issue.location, issue.message)
        self.save_action.setEnabled(not self.problems)
        self._show_problems()

    def _show_problems(self) -> None:
        for path, label in self.field_problems.items():
            here = location(path)
            messages = [m for where, m in self.problems.items()
                        if where == here or where.startswith(here + ".")
                        or self._about_level(where, m, path)]  # fmt: skip
            label.setText("⚠ " + "; ".join(messages) if messages else "")
            label.setVisible(bool(messages))
        count = len(self.problems)
        listed = "; ".join(f"{where or 'rubric'}: {m}"
                           for where, m in list(self.problems.items())[:5])  # fmt: skip
        self.problem_list.setText(
            self.tr("No problems: Ctrl+S saves it as a new version.") if not count else
            self.tr("%n problems before it can be saved: {problems}", "", count).format(
                problems=listed)
        )  # fmt: skip

    @staticmethod
    def _about_level(where: str, message: str, path: Path) -> bool:
        """A problem of a whole anchors table ("missing the described behaviour for level 3")
        shown beside the level it names."""
        if len(path) < 2 or path[-2] != "anchors" or where != location(path[:-1]):
            return False
        return str(path[-1]) in re.findall(r"\d", message.split("(")[0])

    def _keep_draft(self) -> None:
        """After a change: the draft written at most AUTOSAVE_MS later, as interview notes are."""
        self._draft_saver.changed("")

    def _write_draft(self) -> None:
        """The unsaved rubric, written whole (a crash loses at most the last moment's typing)."""
        from hireapp.services.files import atomic_write

        path = draft_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_write(path, field="rubric draft") as handle:
                handle.write(json.dumps(self.data, ensure_ascii=False).encode("utf-8"))
        except (OSError, HireappError) as exc:
            self.statusBar().showMessage(
                self.tr("The draft could not be kept: {error}").format(error=exc), 10_000
            )

    def save(self) -> RubricVersionInfo | None:
        """Store the rubric as a new version; interviews already scored keep theirs."""
        from hireapp.domain.rubric import rubric_from_json

        try:
            rubric = rubric_from_json(json.dumps(self.data, ensure_ascii=False))
            info = register_rubric(self.db, rubric)
        except HireappError as exc:
            show_warning(
                self,
                self.tr("Save rubric"),
                self.tr("Not saved: {error}").format(error=error_message(exc)),
            )
            return None
        self.undo_stack.setClean()
        self._draft_saver.discard()
        draft_path().unlink(missing_ok=True)
        self.statusBar().showMessage(
            self.tr("Saved as version {id}: {title} {label}.").format(
                id=info.id, title=info.title, label=info.label
            )
        )
        self.saved.emit(info)
        return info

    def closeEvent(self, event: Any) -> None:
        """Overrides QWidget.closeEvent: unsaved edits are kept as the draft, and said so."""
        if not self.undo_stack.isClean():
            answer = QMessageBox.question(
                self, self.tr("Close the rubric"),
                self.tr("The rubric is not saved as a version. "
                        "Keep it as a draft to go on with later?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self._draft_saver.discard()
                draft_path().unlink(missing_ok=True)
            else:
                self._draft_saver.flush()
        super().closeEvent(event)


def saved_draft() -> dict[str, Any] | None:
    """The draft a crash (or a close) left, if any and readable."""
    try:
        data = json.loads(draft_path().read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "sections" in data else None
