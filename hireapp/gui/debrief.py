# SPDX-License-Identifier: MIT
"""The Debrief window: one candidate's panel, where they disagree, and the decision.

For the hiring panel after the interviews. The questions are listed with the interviewers'
levels side by side, those two or more levels apart first and marked ⚑ (a sign, not a colour
alone); choosing one shows every interviewer's note on it. Each interviewer's first impression is
shown beside their structured score. The panel records its decision (advance, hire, reject, on
hold) with the rationale and who decided; a decision is never overwritten, a later one supersedes
it, and the history stays listed. The debrief prints on at most three pages (Ctrl+P), previews
(Ctrl+Shift+P) or saves as PDF (Ctrl+S).

Everything is read and written off the GUI thread; an interviewer still interviewing the
candidate is refused the debrief, as every surface withholds colleagues' levels until then.
"""

from __future__ import annotations

import html
import pathlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hireapp.domain.catalogue import after_interview
from hireapp.domain.formatting import HALO_MARK, halo_text, score_text
from hireapp.domain.statistics import is_halo
from hireapp.errors import HireappError
from hireapp.gui.i18n import day_text, moment_text
from hireapp.gui.operations import Operation, error_message
from hireapp.gui.settings import remember_save_folder, remembered_interviewer, save_folder
from hireapp.gui.windows import fit_to_screen
from hireapp.services.debrief import Debrief, QuestionDebrief, Rating, debrief, debrief_pdf
from hireapp.services.decisions import DECISION_LABELS, DecisionInfo, record_decision
from hireapp.services.reports import PdfDocument
from hireapp.storage.session import Database

DISPUTED = "⚑"


def _item(text: str, tip: str = "", *, center: bool = False, bold: bool = False
          ) -> QTableWidgetItem:  # fmt: skip
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        item.setToolTip(tip)
    if center:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _table(name: str) -> QTableWidget:
    table = QTableWidget(0, 0)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move in it
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DebriefWindow(QMainWindow):
    """A candidate's debrief: the panel's levels and notes, and the decision."""

    loaded = Signal()  # the debrief is shown (tests wait on it)
    decided = Signal(object)  # the DecisionInfo recorded

    def __init__(self, db: Database, candidate_id: int, viewer_id: int | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.candidate_id = candidate_id
        self.viewer_id = viewer_id
        self.panel: Debrief | None = None
        self.setWindowTitle(self.tr("Debrief · hireapp"))
        self.summary = QLabel(self.tr("Loading the debrief…"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Where the panel stands"))
        self.people = _table(self.tr("Interviewers: first impression and evidence"))
        self.questions = _table(self.tr("Questions, most disagreement first"))
        self.questions.itemSelectionChanged.connect(self._show_notes)
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(self.tr("Notes on the chosen question"))
        self.notes.setPlaceholderText(self.tr("Choose a question to read every note on it."))
        people_caption = QLabel(self.tr("First &impression and evidence"))
        people_caption.setBuddy(self.people)
        questions_caption = QLabel(self.tr("&Questions, most disagreement first"))
        questions_caption.setBuddy(self.questions)
        notes_caption = QLabel(self.tr("No&tes"))
        notes_caption.setBuddy(self.notes)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(people_caption)
        column.addWidget(self.people, 1)
        column.addWidget(questions_caption)
        column.addWidget(self.questions, 2)
        column.addWidget(notes_caption)
        column.addWidget(self.notes, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._decision_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)
        self._build_actions()
        fit_to_screen(self, 1150, 720)
        self.refresh()

    # --- the decision -------------------------------------------------------------------------

    def _decision_box(self) -> QWidget:
        box = QGroupBox(self.tr("Decision"))
        layout = QVBoxLayout(box)
        self.current = QLabel(self.tr("No decision yet."))
        self.current.setWordWrap(True)
        self.current.setAccessibleName(self.tr("Current decision"))
        self.history = QLabel("")
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Earlier decisions"))
        form = QFormLayout()
        self.decision = QComboBox()
        # No decision chosen beforehand: Ctrl+Return must not record one the panel did not pick.
        self.decision.addItem(self.tr("– choose –"), None)
        for value in DECISION_LABELS:
            self.decision.addItem(self.decision_label(value), value)
        self.decision.setAccessibleName(self.tr("Decision"))
        self.rationale = QPlainTextEdit()
        self.rationale.setTabChangesFocus(True)
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setAccessibleDescription(
            self.tr("Why the panel decided so, in a sentence or two; required")
        )
        self.rationale.setPlaceholderText(self.tr("Why, in a sentence or two (required)"))
        self.by = QLineEdit(remembered_interviewer())
        self.by.setAccessibleName(self.tr("Decided by"))
        form.addRow(self.tr("&Decision:"), self.decision)
        form.addRow(self.tr("&Rationale:"), self.rationale)
        form.addRow(self.tr("Decided &by:"), self.by)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.record_button = QPushButton(self.tr("Re&cord the decision"))
        self.record_button.setToolTip(self.tr("Record the decision (Ctrl+Return)"))
        self.record_button.clicked.connect(self.record)
        layout.addWidget(self.current)
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.record_button)
        layout.addStretch(1)
        return box

    def decision_label(self, value: str) -> str:
        """A decision as shown, in the user's language."""
        return {
            "advance": self.tr("Advance"), "hire": self.tr("Hire"), "reject": self.tr("Reject"),
            "hold": self.tr("On hold"),
        }.get(value, value)  # fmt: skip

    def recommendation_label(self, value: str | None) -> str:
        """An interviewer's recommendation as shown, in the user's language."""
        return {
            "strong_no": self.tr("Strong no"), "no": self.tr("No"), "yes": self.tr("Yes"),
            "strong_yes": self.tr("Strong yes"),
        }.get(value or "", "–")  # fmt: skip

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("Debrie&f"))

        def action(text: str, key: str, slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(key))
            act.triggered.connect(slot)
            menu.addAction(act)
            self.addAction(act)
            return act

        self.record_action = action(self.tr("Recor&d the decision"), "Ctrl+Return", self.record)
        self.outcome_action = action(self.tr("Record an &outcome of the hire…"), "Ctrl+Shift+O",
                                     self.record_outcome)  # fmt: skip
        self.outcome_action.setEnabled(False)
        menu.addSeparator()
        action(self.tr("Pre&view the debrief…"), "Ctrl+Shift+P", self.preview)
        action(self.tr("&Print the debrief…"), "Ctrl+P", self.print_debrief)
        action(self.tr("&Save the debrief as PDF…"), "Ctrl+S", self.save_pdf)
        menu.addSeparator()
        action(self.tr("&Refresh"), "F5", self.refresh)
        action(self.tr("&Close"), "Ctrl+W", self.close)

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, candidate, viewer = self.db, self.candidate_id, self.viewer_id
        Operation(self, lambda: debrief(db, candidate, viewer), title=self.tr("Debrief")).success(
            self._show
        ).failure(self._not_shown).run()

    def _not_shown(self, exc: HireappError) -> None:
        self.summary.setText(html.escape(error_message(exc)))
        # Nothing about the candidate is shown, the decision included (it may be withheld).
        self.current.setText(self.tr("Not shown."))
        self.history.setText("")
        self.record_button.setEnabled(False)
        self.record_action.setEnabled(False)
        self.loaded.emit()

    def _show(self, panel: Debrief) -> None:
        self.panel = panel
        candidate = panel.candidate
        self.setWindowTitle(self.tr("Debrief: {name} · hireapp").format(name=candidate.name))
        count = len(panel.interviews)
        text = self.tr("<b>{name}</b> · {position}: %n submitted interviews.", "", count).format(
            name=html.escape(candidate.name), position=html.escape(candidate.position)
        )
        if panel.drafts:
            text += " " + self.tr("⚠ %n interviews still open: the figures may change.", "",
                                  panel.drafts)  # fmt: skip
        text += " " + self.tr(
            "Overall {overall}, first impression {impression}, structured {structured} (0-100)."
        ).format(
            overall=score_text(candidate.overall, "–"),
            impression=score_text(candidate.impression, "–"),
            structured=score_text(candidate.structured, "–"),
        )
        self.summary.setText(text)
        self._show_people(panel)
        self._show_questions(panel)
        self._show_decisions(panel.decisions)
        self.record_button.setEnabled(True)
        self.record_action.setEnabled(True)
        # Outcomes are for hires: a hire decision, current or earlier (on the job since).
        self.outcome_action.setEnabled(any(d.decision == "hire" for d in panel.decisions))
        self.loaded.emit()

    def _letters(self, panel: Debrief) -> list[str]:
        from hireapp.services.reports import _letter

        return [_letter(index) for index in range(len(panel.interviews))]

    def _show_people(self, panel: Debrief) -> None:
        headers = [
            "", self.tr("Interviewer"), self.tr("Impression"), self.tr("As score"),
            self.tr("Structured"), self.tr("Gap"), self.tr("Recommends"),
        ]  # fmt: skip
        table = self.people
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(panel.interviews))
        gap_tip = self.tr(
            "The first impression minus the structured score, in points; "
            "{mark} marks a gap as large as the table flags"
        ).format(mark=HALO_MARK)
        for row, (letter, person) in enumerate(zip(self._letters(panel), panel.interviews,
                                                   strict=True)):  # fmt: skip
            level = "–" if person.impression_level is None else f"{person.impression_level} / 5"
            cells = [
                _item(letter, bold=True),
                _item(person.interviewer),
                _item(level, person.impression_note, center=True),
                _item(score_text(person.impression, "–"), center=True),
                _item(score_text(person.structured, "–"), center=True),
                _item(halo_text(person.halo_gap, is_halo(person.halo_gap), "–"), gap_tip,
                      center=True),
                _item(self.recommendation_label(person.recommendation)),
            ]  # fmt: skip
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)

    def _cell(self, rating: Rating | None) -> str:
        if rating is None:
            return "–"
        if rating.skipped:
            return self.tr("skipped")
        return "–" if rating.level is None else str(rating.level)

    def _show_questions(self, panel: Debrief) -> None:
        letters = self._letters(panel)
        table = self.questions
        headers = [self.tr("Question"), *letters, self.tr("Spread")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(panel.questions))
        apart = self.tr("Levels two or more apart: discuss this first")
        for row, question in enumerate(panel.questions):
            spread = "–" if question.spread is None else str(question.spread)
            if question.disputed:
                spread = f"{DISPUTED} {spread}"
            cells = [
                _item(question.title, question.section, bold=question.disputed),
                *(_item(self._cell(rating), center=True, bold=question.disputed)
                  for rating in question.ratings),
                _item(spread, apart if question.disputed else "", center=True,
                      bold=question.disputed),
            ]  # fmt: skip
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        if panel.questions:
            table.selectRow(0)

    def chosen_question(self) -> QuestionDebrief | None:
        rows = self.questions.selectionModel().selectedRows()
        if self.panel is None or not rows or rows[0].row() >= len(self.panel.questions):
            return None
        return self.panel.questions[rows[0].row()]

    def _show_notes(self) -> None:
        question = self.chosen_question()
        if question is None or self.panel is None:
            self.notes.clear()
            return
        parts = [f"<h3>{html.escape(question.title)}</h3>"]
        for letter, person, rating in zip(self._letters(self.panel), self.panel.interviews,
                                          question.ratings, strict=True):  # fmt: skip
            if rating is None:
                said = self.tr("not asked")
            elif rating.skipped:
                said = self.tr("skipped: {reason}").format(reason=rating.skip_reason)
            else:
                said = rating.note or self.tr("(no note)")
            parts.append(
                f"<p><b>{letter} · {html.escape(person.interviewer)} "
                f"({html.escape(self._cell(rating))})</b><br>{html.escape(said)}</p>"
            )
        self.notes.setHtml("".join(parts))

    def _show_decisions(self, decisions: tuple[DecisionInfo, ...]) -> None:
        if not decisions:
            self.current.setText(self.tr("No decision yet."))
            self.history.setText("")
            return
        now, *before = decisions
        self.current.setText(
            self.tr("<b>{decision}</b>: {rationale}<br>{by}, {when}, {after}.").format(
                decision=html.escape(self.decision_label(now.decision)),
                rationale=html.escape(now.rationale),
                by=html.escape(now.decided_by),
                when=moment_text(now.decided_at),
                after=html.escape(after_interview(now.after_interview_text)),
            )
        )
        self.history.setText(
            "<br>".join(
                self.tr("Before: {decision}, {when}, {by}: {rationale}").format(
                    decision=html.escape(self.decision_label(old.decision)),
                    when=day_text(old.decided_at),
                    by=html.escape(old.decided_by),
                    rationale=html.escape(old.rationale),
                )
                for old in before
            )
        )

    # --- recording ----------------------------------------------------------------------------

    def record(self) -> None:
        """Record the decision typed, unless someone decided meanwhile (then it says so)."""
        if self.panel is None:
            return
        rationale = self.rationale.toPlainText().strip()
        by = self.by.text().strip()
        if self.decision.currentData() is None:
            self._problem(self.tr("Choose the decision."), self.decision)
            return
        if not rationale:
            self._problem(self.tr("Write the rationale: why the panel decided so."),
                          self.rationale)  # fmt: skip
            return
        if not by:
            self._problem(self.tr("Say who decided."), self.by)
            return
        self.problem.setText("")
        seen = self.panel.decisions[0].id if self.panel.decisions else None
        db, candidate = self.db, self.candidate_id
        decision = str(self.decision.currentData())
        self.record_button.setEnabled(False)
        Operation(
            self,
            lambda: record_decision(db, candidate, decision=decision, rationale=rationale,
                                    decided_by=by, seen=seen),
            title=self.tr("Record the decision"),
        ).success(self._recorded).failure(self._not_recorded).run()  # fmt: skip

    def _problem(self, text: str, field: QWidget) -> None:
        self.problem.setText(text)
        field.setFocus()

    def _recorded(self, info: DecisionInfo) -> None:
        self.rationale.clear()
        self.decision.setCurrentIndex(0)
        self.record_button.setEnabled(True)
        self.statusBar().showMessage(
            self.tr("Recorded: {decision}.").format(decision=self.decision_label(info.decision)),
            10_000,
        )
        self.decided.emit(info)
        self.refresh()

    def _not_recorded(self, exc: HireappError) -> None:
        self.record_button.setEnabled(True)
        self.problem.setText(self.tr("Not recorded: {error}").format(error=error_message(exc)))
        self.refresh()  # what was decided meanwhile, shown; the rationale typed stays

    def record_outcome(self) -> QDialog | None:
        """Ctrl+Shift+O: how the hire is doing at a review point (the Outcome dialog)."""
        from hireapp.gui.outcomes import OutcomeDialog

        if not self.outcome_action.isEnabled():
            return None
        dialog = OutcomeDialog(self.db, self.candidate_id, self)
        dialog.recorded.connect(
            lambda info: self.statusBar().showMessage(
                self.tr("Outcome at {days} days recorded.").format(days=info.review_days), 10_000
            )
        )
        # Not deleted on close: a crash was measured when it was (a deferred deletion racing
        # the save's operation); the window's children go with the window.
        dialog.open()
        self.outcome_dialog = dialog
        return dialog

    def closeEvent(self, event: Any) -> None:
        """Overrides QWidget.closeEvent: a rationale typed but not recorded is not dropped
        silently."""
        if self.rationale.toPlainText().strip():
            answer = QMessageBox.question(
                self, self.tr("Close the debrief"),
                self.tr("The decision you typed is not recorded. Close and discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        super().closeEvent(event)

    # --- the PDF ------------------------------------------------------------------------------

    def _build(self, then: Callable[[PdfDocument], object]) -> None:
        db, candidate, viewer = self.db, self.candidate_id, self.viewer_id
        title, label = self.tr("Debrief PDF"), self.tr("Preparing the debrief…")
        Operation(self, lambda: debrief_pdf(db, candidate, viewer), title=title).with_progress(
            label
        ).success(then).run()

    def preview(self) -> None:
        from hireapp.gui.reports import open_preview

        self._build(lambda built: open_preview(self, built))

    def print_debrief(self) -> None:
        from hireapp.gui.reports import print_pdf

        self._build(lambda built: print_pdf(self, built))

    def save_pdf(self) -> None:
        self._build(self._save)

    def _save(self, built: PdfDocument) -> None:
        from hireapp.gui.reports import write_file

        suggested = str(pathlib.Path(save_folder()) / built.file_name)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the debrief as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        remember_save_folder(path)
        if write_file(self, path, built.data):
            self.statusBar().showMessage(self.tr("Saved to {path}").format(path=path), 10_000)


# The open Debrief windows. A window without a parent lives as long as something holds it: the
# caller's local name would let Python collect it, and Qt close it, the moment it was shown
# (found by a newcomer's try: Ctrl+Shift+D showed nothing).
_open: set[DebriefWindow] = set()


def open_debrief(db: Database, candidate_id: int, viewer_id: int | None = None) -> DebriefWindow:
    """A Debrief window of its own (non-modal, like the Rubrics window), held until closed."""
    window = DebriefWindow(db, candidate_id, viewer_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open.add(window)
    window.destroyed.connect(lambda _object=None, held=window: _open.discard(held))
    window.show()
    window.activateWindow()
    return window
