# SPDX-License-Identifier: MIT
"""The interview window: the pages in rubric order, every change saved as it is made.

A choice (a score, a cue, the recommendation) is saved at once; typing is saved at most
AUTOSAVE_MS after the first unsaved key. Each save is one small transaction in the window's
ordered write queue (`writer.WriteQueue`), off the GUI thread: while another program holds the
database the window keeps working, says it is waiting, and says "saved" only once everything
entered is committed. Leaving the impression for the questions locks it.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hireapp.domain.scoring import open_questions
from hireapp.errors import HireappError, InterviewChangedElsewhere, InterviewInUse
from hireapp.gui import i18n
from hireapp.gui.i18n import QT_TRANSLATE_NOOP
from hireapp.gui.interview.amend import AmendDialog
from hireapp.gui.interview.autosave import Throttled
from hireapp.gui.interview.countdown import Clock, Countdown
from hireapp.gui.interview.pages import ImpressionPage, QuestionPage, WrapUpPage
from hireapp.gui.interview.skip import SkipDialog
from hireapp.gui.interview.writer import Write, WriteQueue
from hireapp.gui.operations import SHOW_PROGRESS_AFTER_MS
from hireapp.services import claims
from hireapp.services import interviews as service
from hireapp.services.backup import save_elsewhere
from hireapp.services.rubrics import rubric_of_version
from hireapp.storage.session import Database

if TYPE_CHECKING:
    from hireapp.domain.rubric import Rubric

IMPRESSION = "impression"
WRAP_UP = "wrap-up"
# How long submitting or amending waits for queued writes before it gives up and says so.
SETTLE_MS = 15_000
# A write the database has not answered for this long is shown as waiting: SQLite alone may
# keep it 10 s (its busy timeout) before it fails and is retried.
SLOW_S = 1.0
# How long closing waits for the release of the window's claim on the interview.
RELEASE_WAIT_S = 2.0
# Marked for translation, shown through self.tr(); tests compare with the English texts.
WAITING = QT_TRANSLATE_NOOP("InterviewWindow", "⏳ Waiting for the database…")
GONE = QT_TRANSLATE_NOOP("InterviewWindow", "⚠ Database file gone: changes kept here")


def question_key(question_id: str) -> str:
    return f"question:{question_id}"


class SaveStateLabel(QLabel):
    """The save mark: in words and a sign (✓ saved, ⚠ not saved), never a colour alone.

    What it says is its accessible description too, so a screen reader that reads "Save state"
    reads the state with it.
    """

    def setText(self, text: str) -> None:
        """Overrides QLabel.setText."""
        super().setText(text)
        self.setAccessibleDescription(text)


class InterviewWindow(QMainWindow):
    """One interview, from the candidate's arrival to submission."""

    saved = Signal()  # the write queue drained after a commit: everything entered is saved
    submitted = Signal(int)

    def __init__(self, db: Database, interview_id: int, *, clock: Clock = time.monotonic,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.interview_id = interview_id
        self.clock = clock
        self.state = service.get_interview(db, interview_id)
        self.rubric: Rubric = rubric_of_version(db, self.state.rubric_version_id)
        self.setWindowTitle(
            self.tr("Interview: {name} · {position} · hireapp").format(
                name=self.state.candidate_name, position=self.state.position
            )
        )
        self._page_keys: list[str] = []
        self._question_time: dict[str, float] = {}
        self._entered_at: float | None = None
        self._close_when_saved = False
        self._opened = False
        self._asked_empty_impression = False
        impression = self.state.impression
        self._arrived = impression is not None and impression.arrived_at is not None
        self._impression_seconds = None if impression is None else impression.seconds_since_arrival
        self._notice_until_saved = False  # the banner says only that writes are waiting
        self.writes = WriteQueue(self)
        self.writes.busy.connect(self._show_saving)
        self.writes.waiting.connect(self._show_waiting)
        self.writes.refused.connect(self._show_save_problem)
        self.writes.drained.connect(self._show_saved)
        self.writes.gone.connect(self._database_gone)
        self._gone = False  # the database file was deleted or replaced; the changes wait here
        # One interview, one writer: a draft is claimed by this window before anything it
        # writes (services/claims.py); read-only when another window keeps it.
        self.read_only_reason: str | None = None
        self.claim: claims.Claim | None = None
        self._keep_claim = QTimer(self)
        self._keep_claim.setInterval(int(claims.HEARTBEAT_S * 1000))
        self._keep_claim.timeout.connect(self._renew_claim)
        self._slow_check = QTimer(self)
        self._slow_check.setInterval(250)
        self._slow_check.timeout.connect(self._check_slow)
        self._build()
        self._build_actions()
        self.countdown = Countdown(self.rubric.first_impression.seconds, clock, self)
        self.countdown.ticked.connect(self.impression_page.show_remaining)
        self.countdown.finished.connect(self.impression_page.show_time_up)
        self._refresh_all()
        if not self.state.submitted:
            self._claim()
        start = self.state.current_page if self.state.current_page in self._page_keys else None
        self.go_to(start or (IMPRESSION if not self.state.submitted else WRAP_UP))
        self._opened = True  # from now on, leaving the impression is the interviewer's move

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        header = QHBoxLayout()
        self.title_label = QLabel(
            f"<b>{_html(self.state.candidate_name)}</b> · {_html(self.state.position)} · "
            + self.tr("interviewer {name}").format(name=_html(self.state.interviewer))
        )
        self.title_label.setWordWrap(True)
        header.addWidget(self.title_label, 1)
        self.saved_label = SaveStateLabel()
        self.saved_label.setAccessibleName(self.tr("Save state"))
        header.addWidget(self.saved_label)
        layout.addLayout(header)
        self.banner = QLabel("")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.rescue_button = QPushButton(self.tr("Save everything to a new &file… (Ctrl+Shift+S)"))
        self.rescue_button.setVisible(False)  # only when the database file is gone
        self.rescue_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes a typed key
        self.rescue_button.clicked.connect(self.save_to_new_file)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.rescue_button)
        layout.addLayout(banner_row)

        self.stack = QStackedWidget()
        self.impression_page = ImpressionPage(self.rubric)
        self._add_page(IMPRESSION, self.impression_page)
        page = self.impression_page
        page.arrived.connect(self.candidate_arrived)
        # A level or a cue chosen before Space: the candidate is plainly there.
        page.score_chosen.connect(lambda _v: self._observed())
        page.cues_changed.connect(lambda _c: self._observed())
        self._impression_note = Throttled(lambda _t: self._save_impression(), self)
        page.note_edited.connect(self._impression_note.changed)
        page.amend_requested.connect(self.amend_impression)

        questions = self.rubric.questions()
        self.question_pages: dict[str, QuestionPage] = {}
        self._notes: dict[str, Throttled] = {}
        number = 0
        for section in self.rubric.sections:
            for question in section.questions:
                number += 1
                qpage = QuestionPage(question, section.title, number, len(questions))
                self.question_pages[question.id] = qpage
                self._add_page(question_key(question.id), qpage)
                qpage.score_chosen.connect(functools.partial(self.choose, question.id))
                saver = Throttled(functools.partial(self._save_note, question.id), self)
                self._notes[question.id] = saver
                qpage.note_edited.connect(saver.changed)
                qpage.skip_requested.connect(functools.partial(self.skip, question.id))

        self.wrap_up = WrapUpPage()
        self._add_page(WRAP_UP, self.wrap_up)
        self.wrap_up.recommendation_chosen.connect(self._save_recommendation)
        self._strengths = Throttled(lambda t: self._save_wrap_up(strengths=t), self)
        self._concerns = Throttled(lambda t: self._save_wrap_up(concerns=t), self)
        self.wrap_up.strengths_edited.connect(self._strengths.changed)
        self.wrap_up.concerns_edited.connect(self._concerns.changed)
        self.wrap_up.jump_requested.connect(self.go_to)
        self.wrap_up.submit_requested.connect(self.submit)
        layout.addWidget(self.stack, 1)

        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ &Back (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Previous page"))
        self.back_button.clicked.connect(self.back)
        self.page_label = QLabel("")
        self.page_label.setAccessibleName(self.tr("Page"))
        self.next_button = QPushButton(self.tr("Ne&xt (Alt+Right) ▶"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.clicked.connect(self.next)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.page_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.setCentralWidget(central)
        self.resize(1000, 720)

        self._question_timer_id = self.startTimer(500)

    def _add_page(self, key: str, page: QWidget) -> None:
        self._page_keys.append(key)
        self.stack.addWidget(page)

    def _build_actions(self) -> None:
        def action(text: str, shortcuts: list[str], slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        menu = self.menuBar().addMenu(self.tr("&Interview"))
        self.next_action = action(self.tr("&Next page"), ["Alt+Right", "Ctrl+PgDown"], self.next)
        self.back_action = action(self.tr("&Previous page"), ["Alt+Left", "Ctrl+PgUp"], self.back)
        self.skip_action = action(self.tr("S&kip question…"), ["Ctrl+K"], self._skip_current)
        self.wrap_up_action = action(self.tr("&Wrap-up and review"), ["Ctrl+G"],
                                     lambda: self.go_to(WRAP_UP, ask=True))  # fmt: skip
        self.submit_action = action(
            self.tr("&Submit interview…"), ["Ctrl+Return"], self._submit_shortcut
        )
        self.close_action = action(self.tr("&Close"), ["Ctrl+W"], self.close)
        self.rescue_action = action(self.tr("Save everything to a new &file…"), ["Ctrl+Shift+S"],
                                    self.save_to_new_file)  # fmt: skip
        self.rescue_action.setEnabled(False)  # only when the database file is gone
        for act in (self.next_action, self.back_action, None, self.skip_action,
                    self.wrap_up_action, self.submit_action, None, self.rescue_action,
                    self.close_action):  # fmt: skip
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)

    # --- navigation -------------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        return self._page_keys[self.stack.currentIndex()]

    def go_to(self, key: str, *, ask: bool = False) -> None:
        """Show a page. Leaving a recorded first impression locks it; leaving it with none keeps
        it open until the first answer, and with `ask` (the interviewer's own move: a key, a
        button) asks once whether to move on."""
        if key not in self._page_keys:
            return
        leaving = self.current_key == IMPRESSION and key != IMPRESSION
        if leaving and not self._leave_impression(ask=ask):
            return
        self._flush_text()
        self._leave_question()
        index = self._page_keys.index(key)
        self.stack.setCurrentIndex(index)
        self.page_label.setText(self._page_title(key, index))
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self._page_keys) - 1)
        if key.startswith("question:"):
            self._entered_at = self.clock()
            self._show_question_time()
        if key == WRAP_UP:
            self._refresh_wrap_up()  # queued: it reads what the writes before it commit
        if self.editable:
            self._save(lambda: service.set_current_page(self.db, self.interview_id, key,
                                                         claim=self.claim),
                       key="page")  # fmt: skip
        self._focus_page(key)

    def _leave_impression(self, *, ask: bool) -> bool:
        """Leaving the first impression: lock it once recorded; with none, ask once, and keep
        it open until the first question is answered. Whether to go on."""
        if not (self._opened and self.editable):
            return True
        if self.impression_page.scale.value is not None:
            self._lock_impression()
            return True
        if self._asked_empty_impression or not ask:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("No first impression yet"),
            self.tr("No first impression is recorded yet. Move on anyway? It stays open until "
                    "you answer the first question."),
            parent=self,
        )  # fmt: skip
        go_on = box.addButton(self.tr("&Move on"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        if box.clickedButton() is go_on:
            self._asked_empty_impression = True  # agreed once: not asked again
            self.activateWindow()  # the keyboard back in the window, for the next page
            return True
        self._restore_focus()
        return False

    def _page_title(self, key: str, index: int) -> str:
        if key == IMPRESSION:
            return self.tr("First impression")
        if key == WRAP_UP:
            return self.tr("Wrap-up")
        return self.tr("{number} of {count}").format(number=index, count=len(self.question_pages))

    def _focus_page(self, key: str) -> None:
        if key == IMPRESSION:
            page = self.impression_page
            arrive = page.arrive_button
            ready = arrive.isEnabled() and not arrive.isHidden()
            target: QWidget = arrive if ready else page.scale.buttons[0]
        elif key == WRAP_UP:
            target = next(iter(self.wrap_up.recommendation_buttons.values()))
        else:
            scale = self.question_pages[key.split(":", 1)[1]].scale
            target = scale.buttons[(scale.value or 1) - 1]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore_focus(self) -> None:
        """After a dialog, the keyboard goes back to the page, ready for the next key."""
        self.activateWindow()
        self._focus_page(self.current_key)

    def next(self) -> None:
        index = self.stack.currentIndex()
        if index < len(self._page_keys) - 1:
            self.go_to(self._page_keys[index + 1], ask=True)

    def back(self) -> None:
        index = self.stack.currentIndex()
        if index > 0:
            self.go_to(self._page_keys[index - 1], ask=True)

    # --- time on a question -----------------------------------------------------------------

    def _current_question(self) -> str | None:
        key = self.current_key
        return key.split(":", 1)[1] if key.startswith("question:") else None

    def _question_seconds(self, question_id: str) -> float:
        total = self._question_time.get(question_id, 0.0)
        if self._current_question() == question_id and self._entered_at is not None:
            total += self.clock() - self._entered_at
        return total

    def _leave_question(self) -> None:
        question_id = self._current_question()
        if question_id is not None and self._entered_at is not None:
            self._question_time[question_id] = self._question_seconds(question_id)
        self._entered_at = None

    def _show_question_time(self) -> None:
        question_id = self._current_question()
        if question_id is not None:
            self.question_pages[question_id].show_time(self._question_seconds(question_id))

    def timerEvent(self, event: Any) -> None:
        """Overrides QObject.timerEvent: keeps the time on the question current."""
        if event.timerId() == self._question_timer_id:
            self._show_question_time()
        else:
            super().timerEvent(event)

    # --- one writer -------------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        """Whether this window may change the interview: a draft it holds the claim on."""
        return not self.state.submitted and self.read_only_reason is None

    def _claim(self) -> None:
        """Claim the draft before anything is written, asking first if another window has it."""
        self.claim = claims.new_claim(self.interview_id, self.state.revision)
        held = claims.live_holder(self.db, self.interview_id)
        if held is None:
            self._register_claim(take_over=False)
        elif self._offer_take_over(held):
            self._register_claim(take_over=True)

    def _register_claim(self, *, take_over: bool) -> None:
        claim = self.claim
        assert claim is not None
        self.writes.put(Write(
            lambda: claims.claim_interview(self.db, claim, take_over=take_over,
                                           person=self.state.interviewer),
            done=self._keep_claim.start, refused=self._claim_refused, quiet=True,
        ))  # fmt: skip

    def _renew_claim(self) -> None:
        claim = self.claim
        if claim is not None and self.editable:
            self.writes.put(Write(lambda: claims.keep_claim(self.db, claim), key="claim",
                                  refused=self._claim_refused, quiet=True))  # fmt: skip

    def _claim_refused(self, exc: HireappError) -> None:
        if isinstance(exc, InterviewInUse):  # claimed elsewhere just after this window looked
            self._go_read_only(
                self.tr("Read-only: {reason}. Close and open it again to take it over.").format(
                    reason=exc
                )
            )
        elif isinstance(exc, InterviewChangedElsewhere):
            self._lose_claim(str(exc))

    def _offer_take_over(self, exc: InterviewInUse) -> bool:
        """Another window writes this interview: read-only here, or take it over explicitly.
        Whether to take over."""
        since = i18n.time_text(exc.since)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Interview open elsewhere"),
            self.tr("The interview with {name} is open for writing by {holder} since {time}."
                    "\n\nOpen it here read-only, or take it over: that window then can no "
                    "longer save, and the take-over is recorded.").format(
                name=self.state.candidate_name, holder=exc.holder, time=since),
            parent=self,
        )  # fmt: skip
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.RejectRole)
        take_over = box.addButton(self.tr("&Take over"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(read_only)
        box.setEscapeButton(read_only)
        box.exec()
        if box.clickedButton() is take_over:
            self.statusBar().showMessage(
                self.tr("Taken over from {holder}.").format(holder=exc.holder), 10_000
            )
            return True
        self._go_read_only(
            self.tr(
                "Read-only: {holder} has this interview open for writing since {time}. Close "
                "and open it again to take it over."
            ).format(holder=exc.holder, time=since)
        )
        return False

    def _lose_claim(self, message: str) -> None:
        """A write was refused because another window took over or the interview changed."""
        self._go_read_only(self.tr("⚠ Not saved: {reason}.").format(reason=message))
        self.saved_label.setText(self.tr("⚠ Not saved"))
        self.saved_label.setToolTip(message)

    def _go_read_only(self, reason: str) -> None:
        self.read_only_reason = reason
        self._keep_claim.stop()
        self.writes.stop()  # what waits was made from a stale view: it cannot land
        self._set_editable(False)
        self._refresh_wrap_up()  # a read still queued was dropped with the writes
        self.banner.setText(reason)
        self.banner.setVisible(True)

    def _release_claim(self) -> None:
        """Closing: give the claim up, waiting a moment for it (a crash leaves it to go stale)."""
        claim = self.claim
        if claim is None or self.read_only_reason is not None:
            return
        self._keep_claim.stop()
        self.writes.put(Write(lambda: claims.release_claim(self.db, claim), quiet=True))
        self.writes.wait_idle(RELEASE_WAIT_S)

    # --- a database file that went away ---------------------------------------------------

    def _database_gone(self, _reason: str) -> None:
        """The file was deleted or replaced: the changes wait here, and the window says so and
        offers to save them all, beside the banner rather than in a box that would take the
        keys of a sentence being typed."""
        self._gone = True
        self.rescue_action.setEnabled(True)
        self.rescue_button.setVisible(True)
        self.banner.setText(
            self.tr(
                "The database file was deleted or replaced: your changes are kept in this "
                "window until you save everything to a new file."
            )
        )
        self.banner.setVisible(True)
        self._notice_until_saved = True
        self.saved_label.setText(self.tr(GONE))
        self.saved_label.setToolTip(
            self.tr("{file} is no longer the file hireapp opened.").format(file=self.db.file)
        )

    def _rescue_suggestion(self) -> str:
        """The deleted file's own path when it is free (the next start opens it), else beside."""
        old = self.db.file
        if old is None:
            return ""
        if not old.exists():
            return str(old)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        return str(old.with_name(f"{old.stem}-saved-{stamp}{old.suffix or '.sqlite3'}"))

    def save_to_new_file(self) -> None:
        """Everything in the database, the file of which is gone, saved to a file chosen now."""
        if not self.db.gone:
            self.rescue_action.setEnabled(False)
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save everything to a new file"), self._rescue_suggestion(),
            self.tr("hireapp database (*.sqlite3);;All files (*)"),
        )  # fmt: skip
        self._restore_focus()
        if not path:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = save_elsewhere(self.db, path)
        except HireappError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                self.tr("Save everything to a new file"),
                self.tr("Nothing was saved: {reason}.").format(reason=exc),
            )
            self._restore_focus()
            return
        QApplication.restoreOverrideCursor()
        self._gone = False
        self.rescue_action.setEnabled(False)
        self.rescue_button.setVisible(False)
        self.saved_label.setText(
            self.tr(WAITING) if self.writes.pending else self.saved_label.text()
        )
        self.writes.retry_now()  # what waits goes to the new file now
        QMessageBox.information(
            self, self.tr("Save everything to a new file"),
            self.tr("Everything is saved in {path} ({candidates} candidates, {interviews} "
                    "interviews), and hireapp goes on in that file. Next time, open it with: "
                    "hireapp --db {path}").format(path=info.path, candidates=info.candidates,
                                                  interviews=info.interviews),
        )  # fmt: skip
        self._restore_focus()

    # --- saving -----------------------------------------------------------------------------

    def _save(self, work: Callable[[], object], *, key: str | None = None,
              done: Callable[[], object] | None = None,
              refused: Callable[[HireappError], object] | None = None) -> None:  # fmt: skip
        """Queue one small write: `work` calls a service with plain values, never a widget.

        `done` runs on the GUI thread once it committed; `refused` if the service refused it
        for good. A busy or unreachable database only delays it.
        """
        if not self.editable:
            return  # read-only: the widgets are disabled; a note's late flush changes nothing

        def refusal(exc: HireappError) -> None:
            if isinstance(exc, InterviewChangedElsewhere):
                self._lose_claim(str(exc))
            elif refused is not None:
                refused(exc)

        self.writes.put(Write(work, key=key, done=done, refused=refusal))

    def _show_saving(self) -> None:
        if not self._database_waits():
            self.saved_label.setText(self.tr("Saving…"))
        self._slow_check.start()

    def _database_waits(self) -> bool:
        """Whether a write waits for the database: failed and to be retried, or unanswered."""
        return self.writes.is_waiting or self.writes.in_flight() > SLOW_S

    def _check_slow(self) -> None:
        if not self.writes.pending:
            self._slow_check.stop()
        elif not self._gone and not self.writes.is_waiting and self.writes.in_flight() > SLOW_S:
            if self.saved_label.text() != self.tr(WAITING):
                self.saved_label.setText(self.tr(WAITING))
                self.saved_label.setToolTip(
                    self.tr(
                        "The database has not answered yet: another program may be writing to "
                        "it.\nYour changes are kept in order and saved as soon as it answers."
                    )
                )

    def _show_waiting(self, reason: str) -> None:
        if self._gone:
            return  # the mark says the file is gone, which is why the changes wait
        self.saved_label.setText(self.tr(WAITING))
        self.saved_label.setToolTip(
            reason
            + "\n"
            + self.tr("Your changes are kept in order and saved as soon as it answers.")
        )

    def _show_saved(self) -> None:
        savers = (self._impression_note, self._strengths, self._concerns, *self._notes.values())
        if any(saver.pending for saver in savers):
            # Typed but not yet handed to the queue (its short autosave pause runs): not "saved"
            # yet. It is queued now; the mark says saved once that write lands too.
            self._flush_text()
            return
        # Python's clock, not Qt's: the screenshots stop it (time-machine) to stay the same.
        now = dt.datetime.now()
        stamp = i18n.locale().toString(QTime(now.hour, now.minute, now.second), "HH:mm:ss")
        self.saved_label.setText(self.tr("✓ All changes saved {time}").format(time=stamp))
        self.saved_label.setToolTip(
            self.tr("Every change is saved as you make it; there is no Save.")
        )
        if self._notice_until_saved:
            self._notice_until_saved = False
            self.banner.setVisible(False)
        self.saved.emit()
        if self._close_when_saved:
            self.close()

    def _show_save_problem(self, message: str) -> None:
        if self.read_only_reason is not None:
            return  # the banner already says why nothing is saved here any more
        self._notice_until_saved = False
        self.saved_label.setText(self.tr("⚠ Not saved"))
        self.saved_label.setToolTip(message)
        self.banner.setText(message)
        self.banner.setVisible(True)

    def _settle(self, what: str) -> bool:
        """Wait (the event loop running) until every queued write is over, before reading.

        A short modal "Saving…" shows only if it takes a while; a write waiting for a busy
        database ends the wait at once, with the reason shown: `what` cannot go ahead yet.
        """
        if self.writes.pending and not self._database_waits():
            loop = QEventLoop()
            self.writes.drained.connect(loop.quit)
            self.writes.waiting.connect(loop.quit)
            self.writes.refused.connect(loop.quit)
            progress = QProgressDialog(self.tr("Saving…"), "", 0, 0, self)
            progress.setCancelButton(None)
            progress.setWindowTitle(self.tr("Saving"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
            progress.setValue(0)
            give_up = QTimer()
            give_up.setSingleShot(True)
            give_up.timeout.connect(loop.quit)
            give_up.start(SETTLE_MS)
            poll = QTimer()  # a write refused or committed between the check and the loop
            poll.timeout.connect(
                lambda: loop.quit() if not self.writes.pending or self._database_waits() else None
            )
            poll.start(50)
            loop.exec()
            poll.stop()
            give_up.stop()
            progress.reset()
            progress.deleteLater()
            for signal in (self.writes.drained, self.writes.waiting, self.writes.refused):
                signal.disconnect(loop.quit)
        if self.writes.pending:
            # Only the banner: the mark goes on saying that the changes wait, which is true.
            count = self.writes.pending
            self.banner.setText(
                self.tr(
                    "{action} has to wait: %n changes are not saved yet (the database is busy).",
                    "",
                    count,
                ).format(action=what)
            )
            self.banner.setVisible(True)
            self._notice_until_saved = True
            return False
        return True

    def _reload(self) -> None:
        self.state = service.get_interview(self.db, self.interview_id)

    def candidate_arrived(self, *, focus: bool = True) -> None:
        """Space on the first page: note the arrival and start the countdown."""
        if self._arrived or not self.editable:
            return
        self._arrived = True
        at = dt.datetime.now(dt.UTC)  # now, however long the database makes the write wait
        self._save(
            lambda: service.record_arrival(self.db, self.interview_id, at=at, claim=self.claim)
        )
        self.countdown.start()
        self.impression_page.show_started()
        if focus:
            self.impression_page.scale.buttons[0].setFocus()

    def _observed(self) -> None:
        """A level or cue chosen: the arrival first if Space was not pressed, then the save."""
        if not self._arrived:
            self.candidate_arrived(focus=False)
        # When the impression was taken: the choice, not the last key of the note after it.
        self._impression_seconds = self.countdown.elapsed()
        self.impression_page.show_taken(self._impression_seconds)
        self._save_impression()

    def _save_impression(self) -> None:
        page = self.impression_page
        self._impression_note.discard()  # the note is read from the field below
        elapsed = self._impression_seconds
        score, cues, note = page.scale.value, page.selected_cues(), page.note.text()
        self._save(lambda: service.record_impression(
            self.db, self.interview_id, score=score,
            cues=cues, note=note, seconds_since_arrival=elapsed, claim=self.claim,
        ), key=IMPRESSION)  # fmt: skip

    def _lock_impression(self) -> None:
        self._impression_note.flush()
        editable = self.editable
        self._save(
            lambda: service.lock_impression(self.db, self.interview_id, claim=self.claim),
            done=lambda: self.impression_page.set_locked(True, editable=editable),
        )

    def amend_impression(self) -> None:
        if not self._settle(self.tr("Amending")):
            return
        self._reload()
        dialog = AmendDialog(self.rubric, self.state.impression, self)
        accepted = dialog.exec() == AmendDialog.DialogCode.Accepted
        self._restore_focus()
        if not accepted:
            return
        score, cues, note, reason = dialog.values()

        def amended() -> None:
            self._reload()
            self.impression_page.show_state(self.state.impression)

        self._save(lambda: service.amend_impression(
            self.db, self.interview_id, score=score, cues=cues, note=note, reason=reason,
            claim=self.claim,
        ), done=amended)  # fmt: skip

    def choose(self, question_id: str, level: int | None) -> None:
        """A level chosen for a question: saved at once, with the time spent so far."""
        self._notes[question_id].flush()
        seconds = round(self._question_seconds(question_id), 1)

        def answered() -> None:
            self.question_pages[question_id].skip_label.setText("")
            self.impression_page.set_locked(True)

        self._save(lambda: service.answer_question(
            self.db, self.interview_id, question_id, score=level, seconds_spent=seconds,
            claim=self.claim,
        ), key=f"answer:{question_id}", done=answered)  # fmt: skip

    def _save_note(self, question_id: str, text: str) -> None:
        self._save(lambda: service.save_note(self.db, self.interview_id, question_id, text,
                                                     claim=self.claim),
                   key=f"note:{question_id}")  # fmt: skip

    def _skip_current(self) -> None:
        question_id = self._current_question()
        if question_id is not None and self.editable:
            self.skip(question_id)

    def skip(self, question_id: str) -> None:
        """Leave a question out of the score, with the reason asked for."""
        dialog = SkipDialog(self.rubric.question(question_id).title, self)
        accepted = dialog.exec() == SkipDialog.DialogCode.Accepted
        reason = dialog.text()
        dialog.deleteLater()
        self._restore_focus()
        if not accepted or not reason:
            return
        self._notes[question_id].flush()

        def skipped() -> None:
            self._reload()
            self.question_pages[question_id].show_answer(self.state.answers.get(question_id))
            self.impression_page.set_locked(True)

        self._save(lambda: service.skip_question(
            self.db, self.interview_id, question_id, reason=reason, claim=self.claim
        ), done=skipped)  # fmt: skip

    def _save_recommendation(self, value: str) -> None:
        def chosen() -> None:
            self.wrap_up.status.setText(
                self.tr("Recommendation: {value}").format(value=i18n.recommendation_label(value))
            )
            if self.wrap_up.problem.text():
                self._refresh_wrap_up()  # the recommendation may have been what was missing

        self._save(lambda: service.set_wrap_up(
            self.db, self.interview_id, recommendation=value, claim=self.claim
        ), key="recommendation", done=chosen,
           refused=lambda _exc: self._refresh_wrap_up())  # fmt: skip

    def _save_wrap_up(self, **texts: str) -> None:
        self._save(lambda: service.set_wrap_up(self.db, self.interview_id,
                                                       claim=self.claim, **texts),
                   key="wrap-up:" + ",".join(sorted(texts)))  # fmt: skip

    def _flush_text(self) -> None:
        for saver in (self._impression_note, self._strengths, self._concerns,
                      *self._notes.values()):  # fmt: skip
            saver.flush()

    def _submit_shortcut(self) -> None:
        if self.current_key == WRAP_UP:
            self.submit()
        else:
            self.go_to(WRAP_UP, ask=True)

    def submit(self) -> None:
        """Confirm, then lock the interview for good; only once everything entered is saved."""
        if not self.editable:
            return
        self._flush_text()
        if not self._settle(self.tr("Submitting")):
            return
        self._reload()
        open_questions = self._open_questions()
        if open_questions or self.state.recommendation is None:
            # Said beside the Submit button: nothing failed to save.
            missing = ", ".join(open_questions) or self.tr("the recommendation")
            self.wrap_up.show_problem(
                self.tr("Not submitted yet: still open: {missing}.").format(missing=missing)
            )
            if self.current_key != WRAP_UP:
                self.go_to(WRAP_UP, ask=True)
            return
        answer = QMessageBox.question(
            self, self.tr("Submit interview"),
            self.tr("Submit the interview with {name}? After this nothing in it can be "
                    "changed.").format(name=self.state.candidate_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        self._restore_focus()
        if answer != QMessageBox.StandardButton.Yes:
            return

        def submitted() -> None:
            self._reload()
            self._refresh_all()
            self.submitted.emit(self.interview_id)

        self._save(
            lambda: service.submit_interview(self.db, self.interview_id, claim=self.claim),
            done=submitted,
        )

    # --- showing the state ------------------------------------------------------------------

    def _open_questions(self) -> list[str]:
        answers = self.state.answers.values()
        missing = open_questions(
            [q.id for q in self.rubric.questions()],
            [a.question_id for a in answers if a.score is not None],
            [a.question_id for a in answers if a.skipped],
        )
        return [self.rubric.question(question_id).title for question_id in missing]

    def _set_editable(self, editable: bool) -> None:
        impression = self.state.impression
        self.impression_page.set_locked(
            impression is not None and impression.locked, editable=editable
        )
        for qpage in self.question_pages.values():
            qpage.set_editable(editable)
        self.wrap_up.set_editable(editable)
        for act in (self.skip_action, self.submit_action):
            act.setEnabled(editable)

    def _refresh_all(self) -> None:
        self.impression_page.show_state(self.state.impression)
        for question_id, qpage in self.question_pages.items():
            qpage.show_answer(self.state.answers.get(question_id))
            answer = self.state.answers.get(question_id)
            if answer is not None and answer.seconds_spent:
                self._question_time[question_id] = answer.seconds_spent
        self._set_editable(self.editable)
        self._refresh_wrap_up()
        if self.state.submitted and self.state.submitted_at is not None:
            self.banner.setText(
                self.tr(
                    "Submitted {moment}. This interview is read-only; colleagues' scores for "
                    "this candidate are now visible to you."
                ).format(moment=i18n.moment_text(self.state.submitted_at))
            )
            self.banner.setVisible(True)

    def _refresh_wrap_up(self) -> None:
        """Show the wrap-up as the database holds it. Read in the write queue, after every
        write queued before it and off the GUI thread: a database that does not answer delays
        the page, never freezes the window or ends in an error box."""
        if not self.editable:  # nothing queued any more: read here
            self._reload()
            self._show_wrap_up()
            return
        read: list[service.InterviewState] = []

        def shown() -> None:
            self.state = read[-1]
            self._show_wrap_up()

        self.writes.put(Write(
            lambda: read.append(service.get_interview(self.db, self.interview_id)),
            key="read:wrap-up", done=shown, quiet=True,
        ))  # fmt: skip

    def _show_wrap_up(self) -> None:
        state = self.state
        strengths, concerns = state.strengths, state.concerns
        if self.writes.pending or self._strengths.pending or self._concerns.pending:
            # What is typed and still queued is newer than what the database holds.
            strengths = self.wrap_up.strengths.toPlainText()
            concerns = self.wrap_up.concerns.toPlainText()
        self.wrap_up.show_wrap_up(state.recommendation, strengths, concerns,
                                  self._open_questions())  # fmt: skip
        review = self.wrap_up.review
        review.clear()
        impression = state.impression
        score = (
            self.tr("not recorded")
            if impression is None or impression.score is None
            else f"{impression.score}"
        )
        item = QListWidgetItem(self.tr("First impression: {score}").format(score=score))
        item.setData(Qt.ItemDataRole.UserRole, IMPRESSION)
        review.addItem(item)
        for number, question in enumerate(self.rubric.questions(), start=1):
            answer = state.answers.get(question.id)
            if answer is None or (answer.score is None and not answer.skipped):
                text = self.tr("not answered yet")
            elif answer.skipped:
                text = self.tr("skipped ({reason})").format(reason=answer.skip_reason)
            else:
                assert answer.score is not None
                text = f"{answer.score}: {i18n.level_text(question.anchors, answer.score)}"
            item = QListWidgetItem(f"{number}. {question.title}: {text}")
            item.setData(Qt.ItemDataRole.UserRole, question_key(question.id))
            review.addItem(item)
        if state.recommendation:
            self.wrap_up.status.setText(
                self.tr("Recommendation: {value}").format(
                    value=i18n.recommendation_label(state.recommendation)
                )
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Overrides QWidget.closeEvent: whatever is pending is saved first, or the user agrees
        to lose it."""
        self._flush_text()
        self._leave_question()
        if self.writes.pending and not self._database_waits():
            self._settle(self.tr("Closing"))
        if self.writes.pending and self._gone:
            count = self.writes.pending
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Close interview"),
                              self.tr("The database file was deleted or replaced: %n changes are "
                                      "kept only in this window.", "", count),
                              parent=self)  # fmt: skip
            save = box.addButton(self.tr("&Save everything to a new file…"),
                                 QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
            box.addButton(self.tr("Close anyway (they are lost)"),
                          QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
            stay = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(save)
            box.setEscapeButton(stay)
            box.exec()
            clicked = box.clickedButton()
            if clicked is save or clicked is stay:
                if clicked is save:
                    self.save_to_new_file()
                    if not self._gone:
                        self._close_when_saved = True  # closes once what waited is saved
                event.ignore()
                return
        elif self.writes.pending:
            count = self.writes.pending
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Close interview"),
                              self.tr("%n changes are not saved yet (the database is busy).", "",
                                      count), parent=self)  # fmt: skip
            wait = box.addButton(self.tr("Wait"), QMessageBox.ButtonRole.RejectRole)
            box.addButton(self.tr("Close anyway (they are lost)"),
                          QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
            box.setDefaultButton(wait)
            box.setEscapeButton(wait)
            box.exec()
            if box.clickedButton() is wait and self.writes.pending:
                self._close_when_saved = True  # closes by itself once everything is saved
                event.ignore()
                return
        self._release_claim()
        self.writes.stop()
        super().closeEvent(event)


def _html(text: str) -> str:
    import html

    return html.escape(text)
