# SPDX-License-Identifier: MIT
"""The pages of an interview, built from the rubric: first impression, questions, wrap-up.

Pages show and collect; they never save. Each change leaves the page as a signal, and the
window turns it into a service call, so what is saved and when lives in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hireapp.domain.recommendation import RECOMMENDATIONS
from hireapp.gui import i18n
from hireapp.gui.interview.countdown import CountdownBar
from hireapp.gui.interview.scale import ScaleWidget
from hireapp.services.interviews import AnswerState, ImpressionState

if TYPE_CHECKING:
    from hireapp.domain.rubric import Anchors, Question, Rubric

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 6)}


def anchor_choices(anchors: Anchors) -> list[tuple[str, bool]]:
    """Each level's text for the scale, and whether the rubric describes it."""
    return [
        (i18n.level_text(anchors, level), anchors.text_for(level) is not None)
        for level in range(1, 6)
    ]


def _heading(text: str, scale: float = 1.4, bold: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def _scrolling(content: QWidget, name: str) -> QScrollArea:
    """Pages scroll rather than clip at 150% scaling or with long anchor texts.

    The area takes the focus, so a screen reader says `name` (which page) rather than its kind.
    """
    area = QScrollArea()
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class ScoredPage(QWidget):
    """A page with a scale: keys 1-5 choose when the focus is not in a text field."""

    scale: ScaleWidget  # set by each page

    def _add_alt_digit_shortcuts(self) -> None:
        # From inside a text field, Alt+1..5 still chooses.
        for level in range(1, 6):
            shortcut = QShortcut(QKeySequence(f"Alt+{level}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda level=level: self._choose_while_typing(level))

    def _choose_while_typing(self, level: int) -> None:
        """Alt+digit: the level is chosen and the keyboard stays where it was typing, so the
        rest of the sentence goes on into the note (it once went to the scale, and was lost)."""
        typing = QApplication.focusWidget()
        self._choose(level)
        if isinstance(typing, QLineEdit | QPlainTextEdit) and self.isAncestorOf(typing):
            typing.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _choose(self, level: int) -> None:
        if self.scale.isEnabled():
            self.scale.choose(level)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Overrides QWidget.keyPressEvent: digits choose a level."""
        level = _DIGITS.get(Qt.Key(event.key()))
        if level is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._choose(level)
            return
        super().keyPressEvent(event)


class NotesEdit(QPlainTextEdit):
    """Notes; Escape hands the keyboard back to the scale."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Overrides QPlainTextEdit.keyPressEvent."""
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class ImpressionPage(ScoredPage):
    """The first 30 seconds: arrival, countdown, likeability, cues, a one-line note."""

    arrived = Signal()
    score_chosen = Signal(object)
    cues_changed = Signal(list)
    note_edited = Signal(str)
    amend_requested = Signal()

    def __init__(self, rubric: Rubric, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        section = rubric.first_impression
        self.seconds = section.seconds
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(_heading(section.title, 1.6))
        layout.addWidget(_heading(section.prompt, 1.15, bold=False))

        arrival = QHBoxLayout()
        self.arrive_button = QPushButton(self.tr("Candidate &arrived (Space)"))
        self.arrive_button.setAccessibleName(self.tr("Candidate arrived: start the countdown"))
        self.arrive_button.clicked.connect(self.arrived)
        arrival.addWidget(self.arrive_button)
        self.countdown_label = _heading(self._clock_text(section.seconds), 2.2)
        self.countdown_label.setAccessibleName(self.tr("First-impression countdown"))
        arrival.addWidget(self.countdown_label)
        self.progress = CountdownBar(section.seconds * 10)
        self.progress.setAccessibleName(self.tr("Time left for the first impression"))
        arrival.addWidget(self.progress, 1)
        layout.addLayout(arrival)
        self.timer_message = _muted(
            self.tr(
                "Press Space when the candidate walks in: the impression is taken in the first "
                "%n seconds.",
                "",
                section.seconds,
            )
        )
        layout.addWidget(self.timer_message)

        self.scale = ScaleWidget(anchor_choices(section.anchors), self.tr("Likeability"))
        self.scale.valueChanged.connect(self.score_chosen)
        layout.addWidget(self.scale)

        cues_box = QGridLayout()
        self.cue_boxes: dict[str, QCheckBox] = {}
        for index, cue in enumerate(section.cues):
            box = QCheckBox(cue.label)
            box.setAccessibleName(self.tr("Cue: {cue}").format(cue=cue.label))
            box.setAccessibleDescription(
                self.tr("Tick it if you observed this in the first seconds; it is saved at once.")
            )
            box.toggled.connect(self._cues_toggled)
            cues_box.addWidget(box, index // 3, index % 3)
            self.cue_boxes[cue.id] = box
        layout.addWidget(QLabel(self.tr("Observed:")))
        layout.addLayout(cues_box)

        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("One line: what you noticed"))
        self.note.setAccessibleName(self.tr("First impression note"))
        self.note.setAccessibleDescription(self.tr("One line: what you noticed"))
        self.note.textEdited.connect(self.note_edited)
        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        layout.addLayout(note_row)

        self.lock_row = QHBoxLayout()
        self.lock_label = _muted("")
        self.amend_button = QPushButton(self.tr("A&mend impression…"))
        self.amend_button.setAccessibleName(self.tr("Amend the locked first impression"))
        self.amend_button.clicked.connect(self.amend_requested)
        self.lock_row.addWidget(self.lock_label, 1)
        self.lock_row.addWidget(self.amend_button)
        layout.addLayout(self.lock_row)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolling(content, self.tr("First impression page")))
        self._add_alt_digit_shortcuts()
        # Space marks the arrival wherever the focus is on the page (a level button chosen
        # first would otherwise take the Space as its own click); in the note it types a space,
        # as a line edit claims printable keys before shortcuts. Off once the candidate arrived.
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        self.space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.space.activated.connect(self.arrived)
        self._started = False
        self._recorded = False  # the message says when the impression was recorded
        self._ten_left_told = False
        self._tell(
            self.tr("Not started: %n seconds from the candidate's arrival.", "", self.seconds)
        )
        self.set_locked(False)

    @staticmethod
    def _clock_text(seconds: float) -> str:
        whole = int(seconds + 0.999)
        return f"0:{whole:02d}" if whole < 60 else f"{whole // 60}:{whole % 60:02d}"

    def _tell(self, text: str, *, announce: bool = False) -> None:
        """The countdown's state for assistive technology, changed only at the moments that
        matter: the display is redrawn ten times a second, and saying each of those would drown
        the greeting. `announce` asks a screen reader to say it now, politely."""
        if text == self.countdown_label.accessibleDescription():
            return
        self.countdown_label.setAccessibleDescription(text)
        self.progress.setAccessibleDescription(text)
        if announce:
            QAccessible.updateAccessibility(
                QAccessibleAnnouncementEvent(self.countdown_label, text)
            )

    def show_remaining(self, seconds: float) -> None:
        self.countdown_label.setText(self._clock_text(seconds))
        self.progress.set_value(int(seconds * 10))
        running = self._started and not self._recorded and self.seconds > 10
        if running and 0 < seconds <= 10 and not self._ten_left_told:
            self._ten_left_told = True
            self._tell(self.tr("%n seconds left.", "", 10), announce=True)

    def show_started(self) -> None:
        self._started = True
        self.arrive_button.setEnabled(False)
        self.space.setEnabled(False)
        self.timer_message.setText(self.tr("Watch the greeting. Choose a level with keys 1-5."))
        self._tell(
            self.tr("Started: %n seconds from the candidate's arrival.", "", self.seconds),
            announce=True,
        )

    def show_taken(self, seconds: float | None) -> None:
        """A level or cue chosen `seconds` after the arrival: the moment the impression is
        timed at, told once (the countdown goes on, and stops telling its 10 seconds)."""
        if seconds is None or self._recorded:
            return
        self._ten_left_told = True
        self._tell(
            self.tr("Impression taken {seconds} s after arrival.").format(
                seconds=i18n.number_text(seconds, 0)
            )
        )

    def show_time_up(self) -> None:
        """Said calmly on the page: no box to dismiss while the candidate is in the room."""
        self.show_remaining(0)
        self.timer_message.setText(
            self.tr(
                "%n seconds are up. Record your impression now, then move on to the questions "
                "(Alt+Right).",
                "",
                self.seconds,
            )
        )
        self._tell(self.tr("Time is up. You can still choose or change the level."), announce=True)

    def show_state(self, state: ImpressionState | None) -> None:
        self.scale.set_value(None if state is None else state.score)
        chosen = set() if state is None else set(state.cues)
        for cue_id, box in self.cue_boxes.items():
            box.blockSignals(True)
            box.setChecked(cue_id in chosen)
            box.blockSignals(False)
        if state is not None and self.note.text() != state.note:
            self.note.setText(state.note)
        if state is not None and state.arrived_at is not None:
            self._started = True
            self.arrive_button.setEnabled(False)
            self.space.setEnabled(False)
            if state.seconds_since_arrival is not None:
                # Where the countdown stood when the impression was recorded, not a full 0:30
                # as if it never ran.
                self._recorded = True
                self.show_remaining(max(0.0, self.seconds - state.seconds_since_arrival))
                self.timer_message.setText(
                    self.tr("Recorded {seconds} s after arrival.").format(
                        seconds=i18n.number_text(state.seconds_since_arrival, 0)
                    )
                )
                self._tell(self.timer_message.text())

    def set_locked(self, locked: bool, editable: bool = True) -> None:
        """Locked once the questions begin: only an amendment with a reason can change it."""
        open_ = editable and not locked
        self.scale.setEnabled(open_)
        for box in self.cue_boxes.values():
            box.setEnabled(open_)
        self.note.setReadOnly(not open_)
        self.arrive_button.setVisible(open_)
        self.space.setEnabled(open_ and not self._started)
        self.amend_button.setVisible(locked and editable)
        self.lock_label.setText(
            self.tr("Locked when the questions began, so it cannot be revised in hindsight.")
            if locked
            else ""
        )
        if locked and not self._started:
            self.timer_message.setText(self.tr("No arrival was noted before the questions began."))
            self.show_remaining(0)
            self._tell(self.timer_message.text())
        elif locked and not self._recorded:
            # Not "30 seconds are up. Record your impression now": it is recorded and locked.
            self._recorded = True
            self.timer_message.setText(self.tr("Recorded, and locked when the questions began."))
            self._tell(self.timer_message.text())

    def selected_cues(self) -> list[str]:
        return [cue_id for cue_id, box in self.cue_boxes.items() if box.isChecked()]

    def _cues_toggled(self) -> None:
        self.cues_changed.emit(self.selected_cues())


class QuestionPage(ScoredPage):
    """One question: the text, probes, the anchored scale, notes, skip."""

    score_chosen = Signal(object)
    note_edited = Signal(str)
    skip_requested = Signal()

    def __init__(self, question: Question, section_title: str, number: int, total: int,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.question = question
        content = QWidget()
        layout = QVBoxLayout(content)
        top = QHBoxLayout()
        self.progress_label = _muted(
            f"{section_title} · "
            + self.tr("Question {number} of {total}").format(number=number, total=total)
        )
        self.progress_label.setAccessibleName(self.tr("Progress"))
        top.addWidget(self.progress_label, 1)
        self.time_label = _muted("0:00")
        self.time_label.setAccessibleName(self.tr("Time on this question"))
        self.time_label.setToolTip(self.tr("Time spent on this question"))
        top.addWidget(self.time_label)
        layout.addLayout(top)
        layout.addWidget(_heading(question.title, 1.2))
        self.text_label = _heading(question.text, 1.35, bold=False)
        layout.addWidget(self.text_label)
        if question.probes:
            probes = _muted(
                self.tr("Probes: {probes}").format(probes="  ·  ".join(question.probes))
            )
            probes.setAccessibleName(self.tr("Probes"))
            layout.addWidget(probes)
        self.scale = ScaleWidget(anchor_choices(question.anchors), question.title)
        self.scale.valueChanged.connect(self.score_chosen)
        layout.addWidget(self.scale)
        self.skip_label = _muted("")
        layout.addWidget(self.skip_label)
        notes_label = QLabel(self.tr("N&otes (Esc returns to the scale):"))
        self.notes = NotesEdit()
        self.notes.setAccessibleName(self.tr("Notes on {question}").format(question=question.title))
        self.notes.setPlaceholderText(
            self.tr("What did the candidate actually do? Detail helps a reviewer.")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 5)
        self.notes.textChanged.connect(lambda: self.note_edited.emit(self.notes.toPlainText()))
        self.notes.escaped.connect(self._focus_scale)
        notes_label.setBuddy(self.notes)
        self.skip_button = QPushButton(self.tr("S&kip question… (Ctrl+K)"))
        self.skip_button.setAccessibleName(
            self.tr("Skip {question} with a reason").format(question=question.title)
        )
        self.skip_button.clicked.connect(self.skip_requested)
        row = QHBoxLayout()
        row.addWidget(notes_label, 1)
        row.addWidget(self.skip_button)
        layout.addLayout(row)
        layout.addWidget(self.notes, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(
            _scrolling(
                content,
                self.tr("Question {number} of {total}: {title}").format(
                    number=number, total=total, title=question.title
                ),
            )
        )
        self._add_alt_digit_shortcuts()

    def _focus_scale(self) -> None:
        chosen = self.scale.value
        self.scale.buttons[(chosen or 1) - 1].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_answer(self, answer: AnswerState | None) -> None:
        self.scale.set_value(None if answer is None else answer.score)
        note = "" if answer is None else answer.note
        if self.notes.toPlainText() != note:
            self.notes.blockSignals(True)
            self.notes.setPlainText(note)
            self.notes.blockSignals(False)
        if answer is not None and answer.skipped:
            self.skip_label.setText(
                self.tr("Skipped: {reason}. Choosing a level answers it after all.").format(
                    reason=answer.skip_reason
                )
            )
        else:
            self.skip_label.setText("")

    def show_time(self, seconds: float) -> None:
        whole = int(seconds)
        self.time_label.setText(f"{whole // 60}:{whole % 60:02d}")

    def set_editable(self, editable: bool) -> None:
        self.scale.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        self.skip_button.setVisible(editable)


class WrapUpPage(QWidget):
    """After every question: the recommendation, strengths, concerns, a review, submit."""

    recommendation_chosen = Signal(str)
    strengths_edited = Signal(str)
    concerns_edited = Signal(str)
    jump_requested = Signal(str)
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(_heading(self.tr("Wrap-up"), 1.6))
        layout.addWidget(_muted(self.tr(
            "Asked only now, after every question, so a verdict cannot lead the ratings."
        )))  # fmt: skip
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Recommendation:")))
        self.recommendation_group = QButtonGroup(self)
        self.recommendation_buttons: dict[str, QRadioButton] = {}
        for index, value in enumerate(RECOMMENDATIONS, start=1):
            label = i18n.recommendation_label(value)
            button = QRadioButton(f"&{index} {label}")
            button.setAccessibleName(self.tr("Recommendation: {value}").format(value=label))
            button.toggled.connect(lambda on, value=value: self._recommend(value) if on else None)
            self.recommendation_group.addButton(button)
            self.recommendation_buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.recommendation_hint = _muted("")
        layout.addWidget(self.recommendation_hint)
        self.strengths = QPlainTextEdit()
        self.strengths.setAccessibleName(self.tr("Strengths"))
        self.strengths.setTabChangesFocus(True)
        self.strengths.textChanged.connect(
            lambda: self.strengths_edited.emit(self.strengths.toPlainText())
        )
        self.concerns = QPlainTextEdit()
        self.concerns.setAccessibleName(self.tr("Concerns"))
        self.concerns.setTabChangesFocus(True)
        self.concerns.textChanged.connect(
            lambda: self.concerns_edited.emit(self.concerns.toPlainText())
        )
        texts = QHBoxLayout()
        captions = (
            (self.tr("S&trengths:"), self.strengths),
            (self.tr("Co&ncerns:"), self.concerns),
        )
        for caption, edit in captions:
            box = QVBoxLayout()
            buddy = QLabel(caption)
            buddy.setBuddy(edit)
            box.addWidget(buddy)
            edit.setMinimumHeight(self.fontMetrics().height() * 4)
            box.addWidget(edit)
            texts.addLayout(box)
        layout.addLayout(texts)
        review_label = QLabel(self.tr("&Review (Enter opens a question):"))
        self.review = QListWidget()
        self.review.setAccessibleName(self.tr("Review of every answer"))
        self.review.setWordWrap(True)
        self.review.itemActivated.connect(
            lambda item: self.jump_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        )
        review_label.setBuddy(self.review)
        layout.addWidget(review_label)
        layout.addWidget(self.review, 1)
        # Why Submit cannot go ahead yet: beside the button, gone once fixed.
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Why the interview cannot be submitted yet"))
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        self.status = _muted("")
        bottom.addWidget(self.status, 1)
        self.submit_button = QPushButton(self.tr("&Submit interview… (Ctrl+Return)"))
        self.submit_button.setAccessibleName(self.tr("Submit the interview"))
        self.submit_button.clicked.connect(self.submit_requested)
        bottom.addWidget(self.submit_button)
        layout.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolling(content, self.tr("Wrap-up page")))
        self._showing = False
        self._editable = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Overrides QWidget.keyPressEvent: keys 1-4 choose the recommendation."""
        level = _DIGITS.get(Qt.Key(event.key()))
        buttons = list(self.recommendation_buttons.values())
        if level is not None and level <= len(buttons) and buttons[level - 1].isEnabled():
            buttons[level - 1].setChecked(True)
            buttons[level - 1].setFocus()
            return
        super().keyPressEvent(event)

    def _recommend(self, value: str) -> None:
        if not self._showing:
            self.recommendation_chosen.emit(value)

    def show_wrap_up(self, recommendation: str | None, strengths: str, concerns: str,
                     open_questions: list[str]) -> None:  # fmt: skip
        self._showing = True
        self.recommendation_group.setExclusive(False)
        for value, button in self.recommendation_buttons.items():
            button.setChecked(value == recommendation)
        self.recommendation_group.setExclusive(True)
        self._showing = False
        for edit, text in ((self.strengths, strengths), (self.concerns, concerns)):
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
        ready = not open_questions
        if self.problem.text():  # say what is still in the way, or nothing once it is fixed
            missing = ", ".join(open_questions) or (
                "" if recommendation else self.tr("the recommendation")
            )
            problem = self.tr("Not submitted yet: still open: {missing}.").format(missing=missing)
            self.show_problem(problem if missing else "")
        for button in self.recommendation_buttons.values():
            button.setEnabled(ready and self._editable)
        self.recommendation_hint.setText(
            ""
            if ready
            else self.tr("Answer or skip every question first: {questions}").format(
                questions=", ".join(open_questions)
            )
        )

    def show_problem(self, text: str) -> None:
        """Say why Submit cannot go ahead (empty: nothing in the way any more)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for button in self.recommendation_buttons.values():
            button.setEnabled(editable)
        self.strengths.setReadOnly(not editable)
        self.concerns.setReadOnly(not editable)
        self.submit_button.setVisible(editable)
