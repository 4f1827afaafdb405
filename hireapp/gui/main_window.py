# SPDX-License-Identifier: MIT
"""The main window: the candidates of a position, and the way into interviews."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget
from shiboken6 import isValid

from hireapp import __version__
from hireapp.errors import HireappError
from hireapp.gui.compare import ComparisonView
from hireapp.gui.compare.view import SIDE_BY_SIDE_KEY
from hireapp.gui.dialogs.language import LanguageDialog
from hireapp.gui.forms.ui_main_window import Ui_MainWindow
from hireapp.gui.i18n import QT_TRANSLATE_NOOP
from hireapp.gui.settings import remember_interviewer, remembered_interviewer
from hireapp.services.people import PositionInfo, find_interviewer, list_positions
from hireapp.storage.session import Database

if TYPE_CHECKING:
    from hireapp.gui.interview.window import InterviewWindow
    from hireapp.gui.operations import Operation

ALL_POSITIONS = ""


def _loading() -> str:
    return QCoreApplication.translate("MainWindow", "Loading candidates…")


@dataclass(frozen=True)
class Shortcut:
    """One line of the F1 list: the keys as shown, what they do, and the key sequences meant
    (Qt's portable text), by which a test checks that no window has a key the list omits.

    `does` and the section titles are English source texts marked for translation under the
    "Shortcuts" context; the F1 dialog translates them when it shows them."""

    shown: str
    does: str
    keys: tuple[str, ...] = ()


def _same(shown: str, does: str) -> Shortcut:
    return Shortcut(shown, does, tuple(part.strip() for part in shown.split(" / ")))


_DIGITS = tuple(str(n) for n in range(1, 6))
SHORTCUTS: list[tuple[str, list[Shortcut]]] = [
    (QT_TRANSLATE_NOOP("Shortcuts", "Candidates"), [
        _same("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New interview")),
        Shortcut("Enter", QT_TRANSLATE_NOOP(
            "Shortcuts", "Interview the selected candidate"), ("Return", "Enter")),
        _same("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "New candidate")),
        _same("Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Resume an unfinished interview")),
        _same("Ctrl+F / Find", QT_TRANSLATE_NOOP(
            "Shortcuts", "Search candidates by name or email")),
        _same("Ctrl+D", QT_TRANSLATE_NOOP(
            "Shortcuts", "Side by side: the selected candidates question by question")),
        Shortcut("Shift+F10", QT_TRANSLATE_NOOP(
            "Shortcuts", "In the table: choose its columns"), ("Shift+F10",)),
        _same("Ctrl+Shift+D", QT_TRANSLATE_NOOP(
            "Shortcuts", "Debrief: the panel's disagreements, the decision, outcomes")),
        _same("Ctrl+Shift+P", QT_TRANSLATE_NOOP(
            "Shortcuts", "Preview the selected candidate's summary")),
        _same("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print the selected candidate's summary")),
        _same("Ctrl+S", QT_TRANSLATE_NOOP(
            "Shortcuts", "Save the selected candidate's summary as PDF")),
        _same("Shift+Del", QT_TRANSLATE_NOOP(
            "Shortcuts", "Erase the selected candidate (asks first)")),
        _same("Ctrl+Shift+R", QT_TRANSLATE_NOOP(
            "Shortcuts", "Rubrics: versions, where they are used, which questions work")),
        _same("Ctrl+Shift+V", QT_TRANSLATE_NOOP(
            "Shortcuts", "Validity: does the interview predict how hires do?")),
        _same("F5", QT_TRANSLATE_NOOP("Shortcuts", "Refresh")),
        _same("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list")),
        _same("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    ]),
    (QT_TRANSLATE_NOOP("Shortcuts", "In an interview"), [
        _same("Space", QT_TRANSLATE_NOOP(
            "Shortcuts", "Candidate arrived: start the 30-second countdown")),
        Shortcut("1 … 5", QT_TRANSLATE_NOOP("Shortcuts", "Choose a level"), _DIGITS),
        Shortcut("Alt+1 … Alt+5", QT_TRANSLATE_NOOP(
            "Shortcuts", "Choose a level while typing a note"),
                 tuple(f"Alt+{n}" for n in _DIGITS)),
        Shortcut("Left / Right", QT_TRANSLATE_NOOP(
            "Shortcuts", "Move the chosen level down or up"), ("Left", "Right")),
        _same("Esc", QT_TRANSLATE_NOOP("Shortcuts", "From the notes back to the scale")),
        _same("Alt+Right / Ctrl+PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Next page")),
        _same("Alt+Left / Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Previous page")),
        _same("Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Skip the question, with a reason")),
        _same("Ctrl+G", QT_TRANSLATE_NOOP("Shortcuts", "Wrap-up and review")),
        Shortcut("1 … 4", QT_TRANSLATE_NOOP("Shortcuts", "On the wrap-up: strong no … strong yes"),
                 _DIGITS[:4]),
        Shortcut("Enter", QT_TRANSLATE_NOOP(
            "Shortcuts", "In the review list: go to that question"), ("Return", "Enter")),
        _same("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Submit (asks first)")),
        _same("Ctrl+W", QT_TRANSLATE_NOOP(
            "Shortcuts", "Close the interview (everything is already saved)")),
        _same("Ctrl+Shift+S", QT_TRANSLATE_NOOP(
            "Shortcuts", "If the database file is gone: save everything to a new file")),
    ]),
    (QT_TRANSLATE_NOOP("Shortcuts", "In a PDF preview"), [
        _same("PgDown / PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous page")),
        _same("Ctrl++ / Ctrl+-", QT_TRANSLATE_NOOP("Shortcuts", "Zoom in / out")),
        _same("Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "Fit the width")),
        _same("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print")),
        _same("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save as PDF")),
    ]),
    (QT_TRANSLATE_NOOP("Shortcuts", "In a debrief"), [
        _same("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Record the decision")),
        _same("Ctrl+Shift+O", QT_TRANSLATE_NOOP("Shortcuts", "Record an outcome of the hire")),
        _same("Ctrl+Shift+P / Ctrl+P / Ctrl+S", QT_TRANSLATE_NOOP(
            "Shortcuts", "Preview, print, save the debrief as PDF")),
    ]),
    (QT_TRANSLATE_NOOP("Shortcuts", "In the rubric editor"), [
        _same("F6", QT_TRANSLATE_NOOP("Shortcuts", "Between the parts and their fields")),
        _same("Ctrl+Shift+Q / Ctrl+B", QT_TRANSLATE_NOOP(
            "Shortcuts", "Add a question; add one from the bank")),
        _same("Ctrl+Shift+N / Ctrl+Shift+C", QT_TRANSLATE_NOOP(
            "Shortcuts", "Add a section; add a cue")),
        _same("Ctrl+Shift+Up / Ctrl+Shift+Down", QT_TRANSLATE_NOOP(
            "Shortcuts", "Move the part up or down")),
        _same("Ctrl+Shift+Del", QT_TRANSLATE_NOOP("Shortcuts", "Remove the part")),
        _same("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo / redo")),
        _same("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save as a new version")),
    ]),
]  # fmt: skip


def shortcut_keys() -> set[str]:
    """Every key sequence the F1 list explains."""
    return {key for _title, rows in SHORTCUTS for row in rows for key in row.keys}


def _native_keys(shown: str) -> str:
    """Keys as this language writes them ("Ctrl+N" is "Strg+N" in German), through Qt's own
    names; what is not one key sequence ("1 … 5") stays as written."""
    parts = []
    for part in shown.split(" / "):
        sequence = QKeySequence(part)
        portable = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        same = sequence.count() == 1 and portable == part
        parts.append(sequence.toString(QKeySequence.SequenceFormat.NativeText) if same else part)
    return " / ".join(parts)


class MainWindow(QMainWindow):
    """Lists candidates; interviews open in their own windows."""

    # Emitted once the candidates on screen match the database (tests and benchmarks wait on it).
    candidates_loaded = Signal(int)
    interview_opened = Signal(object)  # the InterviewWindow

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 offer_resume: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("hireapp: {database}").format(database=db.display_name))
        self.interviews: dict[int, InterviewWindow] = {}
        # The comparison table is the heart of the window: sortable, searchable, filtered.
        self.comparison = ComparisonView(db, self)
        self.comparison.viewer = self.viewer_id
        self.ui.tableHostLayout.addWidget(self.comparison)
        self.comparison.loaded.connect(self._loaded)
        self.comparison.candidate_activated.connect(self.new_interview)
        table = self.comparison.table
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.interview_selected)
        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.activated.connect(self.comparison.focus_search)
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        ui.actionNewInterview.triggered.connect(lambda: self.new_interview())
        ui.actionInterviewCandidate.triggered.connect(self.interview_selected)
        ui.actionNewCandidate.triggered.connect(self.new_candidate)
        ui.actionResume.triggered.connect(lambda: self.offer_resume(always=True))
        ui.actionImportInterviews.triggered.connect(self.import_interviews)
        ui.actionExportInterviews.triggered.connect(self.export_interviews)
        ui.actionImportCandidates.triggered.connect(self.import_candidates)
        ui.actionBackup.triggered.connect(self.backup_database)
        ui.actionEraseCandidate.triggered.connect(self.erase_candidate)
        ui.actionPreviewSummary.triggered.connect(self.preview_summary)
        ui.actionPrintSummary.triggered.connect(self.print_summary)
        ui.actionSaveSummary.triggered.connect(self.save_summary)
        ui.actionComparePdf.triggered.connect(self.compare_as_pdf)
        # Side by side in the menu too. Its key is the view's own (Ctrl+D, shown after the tab):
        # giving this action the same shortcut would make Qt treat both as ambiguous and run
        # neither, as two Ctrl+F once did.
        self.actionSideBySide = QAction(
            self.tr("Side &by side…") + "\t" + _native_keys(SIDE_BY_SIDE_KEY), self
        )  # the key as this language writes it ("Strg+D")
        self.actionSideBySide.triggered.connect(self.comparison.open_side_by_side)
        ui.menuCandidates.insertAction(ui.actionComparePdf, self.actionSideBySide)
        # The panel's debrief of the selected candidate: disagreements, decision, outcomes.
        self.actionDebrief = QAction(self.tr("&Debrief…"), self)
        self.actionDebrief.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.actionDebrief.setToolTip(
            self.tr("Where the interviewers disagree, the panel's decision and the hire's outcomes")
        )
        self.actionDebrief.triggered.connect(self.show_debrief)
        ui.menuCandidates.insertAction(ui.actionComparePdf, self.actionDebrief)
        # The hiring lead's window: rubric versions, their use, which questions work.
        self.actionRubrics = QAction(self.tr("R&ubrics…"), self)
        self.actionRubrics.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.actionRubrics.setToolTip(
            self.tr("Rubric versions, where they are used, which questions work")
        )
        self.actionRubrics.triggered.connect(self.show_rubrics)
        ui.menuView.insertAction(ui.actionRefresh, self.actionRubrics)
        # Does the interview predict the job? Hires' interview figures against their outcomes.
        self.actionValidity = QAction(self.tr("&Validity…"), self)
        self.actionValidity.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.actionValidity.setToolTip(
            self.tr("Does the interview predict how hires do? Figures against outcomes")
        )
        self.actionValidity.triggered.connect(self.show_validity)
        ui.menuView.insertAction(ui.actionRefresh, self.actionValidity)
        self.validity_window: QWidget | None = None
        # The GUI's language: the system's unless chosen here, applied at the next start.
        self.actionLanguage = QAction(self.tr("&Language…"), self)
        self.actionLanguage.triggered.connect(self.choose_language)
        ui.menuView.insertAction(ui.actionRefresh, self.actionLanguage)
        self.rubrics_window: QWidget | None = None
        # Positions created elsewhere (another copy of the app, an import) join the list when
        # the table follows the database by itself.
        self.comparison.database_changed.connect(self._refresh_positions)
        ui.positionCombo.currentIndexChanged.connect(self._position_changed)
        self._fill_positions()
        self.refresh()
        if offer_resume:
            QTimer.singleShot(0, self.offer_resume)

    # --- the table --------------------------------------------------------------------------

    def _fill_positions(self) -> None:
        remembered = str(QSettings().value("main/position", ALL_POSITIONS))
        combo = self.ui.positionCombo
        current = combo.currentData() if combo.count() else remembered
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All positions"), ALL_POSITIONS)
        positions: list[PositionInfo] = list_positions(self.db)
        for position in positions:
            combo.addItem(position.title, str(position.id))
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _refresh_positions(self) -> None:
        combo = self.ui.positionCombo
        if combo.view().isVisible():
            return  # the list is open in front of the user: refreshed next time
        try:
            titles = [position.title for position in list_positions(self.db)]
        except HireappError:
            return  # the table's line already says it is not up to date
        shown = [combo.itemText(index) for index in range(1, combo.count())]
        if titles != shown:
            self._fill_positions()

    def selected_position(self) -> str | None:
        value = self.ui.positionCombo.currentData()
        return None if not value else str(value)

    def _position_changed(self) -> None:
        QSettings().setValue("main/position", self.ui.positionCombo.currentData() or "")
        self.refresh()

    def viewer_id(self) -> int | None:
        """The interviewer using this machine, whose own drafts hide colleagues' scores."""
        name = remembered_interviewer()
        found = find_interviewer(self.db, name) if name else None
        return None if found is None else found.id

    def refresh(self) -> None:
        """Reload the candidates in the background; the window stays responsive."""
        self.statusBar().showMessage(_loading())
        position = self.selected_position()
        self.comparison.set_position(None if position is None else int(position))

    def _loaded(self, count: int) -> None:
        if self.statusBar().currentMessage() == _loading():  # a message meanwhile stays
            self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.candidates_loaded.emit(count)

    def selected_candidate_id(self) -> int | None:
        chosen = self.comparison.selected_candidate_ids()
        return chosen[0] if chosen else None

    def selected_candidate_ids(self) -> list[int]:
        return self.comparison.selected_candidate_ids()

    def _need_candidate(self) -> int | None:
        candidate = self.selected_candidate_id()
        if candidate is None:
            self.statusBar().showMessage(self.tr("Select a candidate first."), 5000)
        return candidate

    # --- reports and data (their modules load on first use: start-up does not pay) ----------

    def preview_summary(self) -> None:
        """Candidates > Preview summary."""
        candidate = self._need_candidate()
        if candidate is not None:
            from hireapp.gui.reports import preview_candidate

            preview_candidate(self, self.db, candidate, viewer_id=self.viewer_id())

    def print_summary(self) -> None:
        """Candidates > Print summary."""
        candidate = self._need_candidate()
        if candidate is not None:
            from hireapp.gui.reports import print_candidate

            print_candidate(self, self.db, candidate, viewer_id=self.viewer_id())

    def save_summary(self) -> None:
        """Candidates > Save summary as PDF."""
        candidate = self._need_candidate()
        withheld = self.comparison.withheld_name(candidate)
        if withheld is not None:
            # Refused before the file chooser, not after the user has named a file.
            from hireapp.gui.operations import as_sentence, show_warning
            from hireapp.services.reports import withheld_message

            show_warning(
                self, self.tr("Save summary as PDF"), as_sentence(withheld_message(withheld))
            )
            return
        if candidate is not None:
            from hireapp.gui.reports import save_candidate_pdf

            save_candidate_pdf(self, self.db, candidate, viewer_id=self.viewer_id())

    def compare_as_pdf(self) -> None:
        """Candidates > Compare as PDF, for 2 to 10 selected candidates."""
        chosen = self.selected_candidate_ids()
        if not 2 <= len(chosen) <= 10:
            self.statusBar().showMessage(self.tr("Select 2 to 10 candidates to compare."), 5000)
            return
        from hireapp.gui.reports import compare_as_pdf

        compare_as_pdf(self, self.db, chosen, viewer_id=self.viewer_id())

    def import_interviews(self) -> None:
        """File > Import interviews…; the table follows what came in."""
        from hireapp.gui.data_actions import import_interviews

        self._refresh_after(import_interviews(self, self.db))

    def export_interviews(self) -> None:
        """File > Export interviews…"""
        from hireapp.gui.data_actions import export_interviews

        export_interviews(self, self.db)

    def backup_database(self) -> None:
        """File > Back up…"""
        from hireapp.gui.data_actions import backup_database

        backup_database(self, self.db)

    def import_candidates(self) -> None:
        """Candidates > Import from CSV…; the table follows what came in."""
        from hireapp.gui.data_actions import import_candidates

        import_candidates(self, self.db).imported.connect(self._data_changed)

    def erase_candidate(self) -> None:
        """Candidates > Erase…, for the selected candidate."""
        candidate = self._need_candidate()
        if candidate is None:
            return
        from hireapp.gui.data_actions import erase_candidate

        self._refresh_after(erase_candidate(self, self.db, candidate))

    def _refresh_after(self, operation: Operation[Any] | None) -> None:
        if operation is not None:
            operation.finished.connect(self._data_changed)

    def _data_changed(self, *_signal_args: object) -> None:
        self._fill_positions()
        self.refresh()

    # --- interviews -------------------------------------------------------------------------

    def interview_selected(self) -> None:
        self.new_interview(self.selected_candidate_id())

    def new_interview(self, candidate_id: int | None = None) -> None:
        """Choose or create the candidate, then open the interview (or resume the existing)."""
        from hireapp.gui.dialogs.new_interview import NewInterviewDialog

        dialog = NewInterviewDialog(self.db, candidate_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.interview_id is not None:
            self._fill_positions()
            self.open_interview(dialog.interview_id)
            existing = dialog.existing
            if dialog.resumed and existing is not None and existing.submitted:
                self.statusBar().showMessage(
                    self.tr("Opened your submitted interview of {name}: read only.").format(
                        name=existing.candidate_name
                    )
                )
            elif dialog.resumed:
                self.statusBar().showMessage(
                    self.tr("You had already started this interview: resumed.")
                )

    def new_candidate(self) -> None:
        from hireapp.gui.dialogs.candidate import CandidateDialog

        dialog = CandidateDialog(self.db, self.ui.positionCombo.currentText()
                                 if self.selected_position() else None, self)  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self._fill_positions()
            self.refresh()
            self.statusBar().showMessage(
                self.tr("Added {name}.").format(name=dialog.created.name), 5000
            )

    def open_interview(self, interview_id: int) -> InterviewWindow:
        """Show the interview's window, raising it if it is already open."""
        from hireapp.gui.interview.window import InterviewWindow

        window = self.interviews.get(interview_id)
        if window is None:
            window = InterviewWindow(self.db, interview_id)
            self.interviews[interview_id] = window
            window.destroyed.connect(lambda: self._interview_closed(interview_id))
            window.submitted.connect(lambda _id: self.refresh())
            # An interview opened (started or resumed) withholds its candidate's figures now.
            self.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        self.interview_opened.emit(window)
        return window

    def _interview_closed(self, interview_id: int) -> None:
        self.interviews.pop(interview_id, None)
        self.refresh()

    def offer_resume(self, always: bool = False) -> None:
        """Offer the unfinished interviews, on the page where each stopped.

        On start (not `always`) only when the interviewer using this machine has drafts of their
        own, or when nobody is remembered yet; Ctrl+R offers colleagues' drafts too.
        """
        from hireapp.services.drafts import unfinished

        viewer = self.viewer_id()
        drafts = unfinished(self.db)
        mine = [d for d in drafts if d.interviewer_id == viewer]
        if not drafts or (not always and viewer is not None and not mine):
            if always:
                QMessageBox.information(
                    self, self.tr("Resume"), self.tr("No unfinished interviews.")
                )
            return
        from hireapp.gui.dialogs.resume import ResumeDialog

        dialog = ResumeDialog(drafts, viewer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            # Whoever resumes an interview is its interviewer: from now on their own drafts
            # decide what this machine withholds.
            remember_interviewer(dialog.chosen.interviewer)
            self.open_interview(dialog.chosen.id)

    # --- help -------------------------------------------------------------------------------

    def about_text(self) -> str:
        return (
            f"<h3>hireapp {__version__}</h3><p>"
            + self.tr(
                "Structured interviews for people who will serve customers well: the 30-second "
                "impression recorded on its own, anchored questions, and HR comparisons."
            )
            + "</p><p>"
            + self.tr("Database: {database}").format(database=html.escape(self.db.display_name))
            + "</p>"
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About hireapp"), self.about_text())

    def show_rubrics(self) -> QWidget:
        """View > Rubrics (Ctrl+Shift+R): one window, raised if it is open already."""
        from hireapp.gui.rubrics import RubricsWindow

        window = self.rubrics_window
        if window is None or not isValid(window):  # closed windows delete themselves
            window = RubricsWindow(self.db)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.rubrics_window = window
            window.show()
        else:
            window.raise_()  # open already, perhaps behind this one
        window.activateWindow()
        return window

    def show_debrief(self) -> QWidget | None:
        """Candidates > Debrief (Ctrl+Shift+D): the selected candidate's, in a window of its own
        (one per candidate: the panel may compare two)."""
        candidate = self._need_candidate()
        if candidate is None:
            return None
        from hireapp.gui.debrief import open_debrief

        window = open_debrief(self.db, candidate, self.viewer_id())
        window.decided.connect(lambda _info: self.refresh())
        return window

    def show_validity(self) -> QWidget:
        """View > Validity (Ctrl+Shift+V): one window, raised if it is open already."""
        from hireapp.gui.validity import open_validity

        window = self.validity_window
        if window is None or not isValid(window):  # closed windows delete themselves
            window = self.validity_window = open_validity(self.db)
        else:
            window.raise_()
        window.activateWindow()
        return window

    def choose_language(self) -> None:
        """View > Language…: the choice is kept and applies at the next start."""
        dialog = LanguageDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed:
            self.statusBar().showMessage(
                self.tr("The language changes when hireapp starts again."), 8000
            )

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts (F1): every key of this window, an interview, a preview."""
        self.shortcuts_dialog().exec()

    def shortcuts_dialog(self) -> QDialog:
        """The F1 list, in the GUI's language."""
        from hireapp.gui.dialogs.shortcuts import ShortcutsDialog

        def translated(text: str) -> str:
            return QCoreApplication.translate("Shortcuts", text)

        sections = [
            (translated(title), [(_native_keys(row.shown), translated(row.does)) for row in rows])
            for title, rows in SHORTCUTS
        ]
        # The main window's, the preview's and the rubric editor's keys in one column, the
        # interview's and the debrief's in the other.
        main, interview, preview, debrief, editor = sections
        return ShortcutsDialog([[main, preview, editor], [interview, debrief]], self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Overrides QWidget.closeEvent: open interviews save what is pending and close too.

        An interview whose changes still wait for the database asks; if the user chooses to
        wait, the app stays open rather than quitting with those changes unsaved.
        """
        for window in list(self.interviews.values()):
            if not window.close():
                event.ignore()
                self.statusBar().showMessage(
                    self.tr(
                        "Not closed: an interview is still saving. It closes by itself once its "
                        "changes are saved; then quit again."
                    )
                )
                return
        self.comparison.stop_following()  # its listening connection closed, not left open
        super().closeEvent(event)
