# SPDX-License-Identifier: MIT
"""The main window, the interview and its dialogs as assistive technology and weak colour
vision meet them (issue 12, item 3).

Every focusable control has a name a screen reader can say; the 30-second countdown tells
assistive technology its state at the moments that matter, never every tick, and never blocks
scoring; the saved mark and a chosen level do not rest on colour alone; and text, measured on
the rendered pixels in the light and the dark palette, reaches 4.5:1 (WCAG 2.x).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QRect, QSettings, Qt
from PySide6.QtGui import QAccessible, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea
from pytestqt.qtbot import QtBot

from hireapp.gui.app import create_application
from hireapp.gui.dialogs.candidate import CandidateDialog
from hireapp.gui.dialogs.language import LanguageDialog
from hireapp.gui.dialogs.new_interview import NewInterviewDialog
from hireapp.gui.dialogs.resume import ResumeDialog
from hireapp.gui.interview.amend import AmendDialog
from hireapp.gui.interview.countdown import ManualClock
from hireapp.gui.interview.skip import SkipDialog
from hireapp.gui.interview.window import IMPRESSION, WRAP_UP, InterviewWindow, question_key
from hireapp.gui.main_window import MainWindow
from hireapp.gui.settings import remember_interviewer
from hireapp.services import interviews as iv
from hireapp.services.drafts import unfinished
from hireapp.storage.session import Database
from tests.factories import add_candidate, start_interview
from tests.gui.accessibility import (
    PALETTES,
    WCAG_TEXT,
    accessible_description,
    accessible_name,
    focusable,
    label_failures,
    measured,
    render,
    table_failures,
    unnamed,
)
from tests.gui.test_interview import QUESTIONS, all_saved, interview, open_window, press

__all__ = ["interview", "open_window"]  # fixtures, imported to be used here

Open = Callable[..., InterviewWindow]


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    application.setStyle("Fusion")  # as the screenshots render
    palette = application.palette()
    QSettings().clear()
    yield application
    application.setPalette(palette)
    QSettings().clear()
    QLocale.setDefault(QLocale.c())


def _pages(window: InterviewWindow) -> list[str]:
    return [IMPRESSION, *(question_key(q.id) for q in QUESTIONS), WRAP_UP]


# --- names ------------------------------------------------------------------------------------


def test_every_focusable_control_of_every_interview_page_has_a_name(
    qtbot: QtBot, app: QApplication, open_window: Open
) -> None:
    window = open_window()
    missing: dict[str, list[str]] = {}
    for key in _pages(window):
        window.stack.setCurrentIndex(_pages(window).index(key))
        qtbot.wait(10)
        assert list(focusable(window)), key
        if found := unnamed(window):
            missing[key] = found
    assert not missing, f"controls without a name: {missing}"
    page = window.impression_page
    # The pages' scroll areas say which page they are, not "scroll area".
    areas = [
        a for a in window.findChildren(QScrollArea) if a.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert len(areas) >= 3
    assert accessible_name(areas[0]) == "First impression page"
    # A cue says what it is beside its label; the note and the scale say what they are for.
    box = next(iter(page.cue_boxes.values()))
    assert accessible_name(box).startswith("Cue: ")
    assert accessible_description(box)
    assert accessible_description(page.note)
    assert accessible_name(page.scale.buttons[0]) == "Likeability: level 1"
    assert accessible_description(page.scale.buttons[0])  # the anchor's behaviour


def _walked(qtbot: QtBot, dialog: QDialog) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = unnamed(dialog)
    dialog.close()
    return found


def test_every_control_of_the_main_window_and_its_dialogs_has_a_name(
    qtbot: QtBot, app: QApplication, sqlite_db: Database
) -> None:
    ann = add_candidate(sqlite_db, name="Ann Berg", email="ann@example.org")
    start_interview(sqlite_db, candidate=ann, interviewer="Henrik Lund")
    remember_interviewer("Henrik Lund")
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    qtbot.waitSignal(window.candidates_loaded, timeout=10_000).wait()
    window.show()
    qtbot.waitExposed(window)
    assert list(focusable(window))
    assert unnamed(window) == []
    new = NewInterviewDialog(sqlite_db, ann)
    drafts = unfinished(sqlite_db)
    me = iv.get_interview(sqlite_db, drafts[-1].id).interviewer_id
    from hireapp.domain.rubric import default_rubric_path, load_rubric

    dialogs: dict[str, QDialog] = {
        "new interview": new,
        "candidate": CandidateDialog(sqlite_db, "Agent"),
        "resume": ResumeDialog(drafts, me),
        "language": LanguageDialog(),
        "shortcuts": window.shortcuts_dialog(),
        "skip": SkipDialog("Tell me about a difficult customer"),
        "amend": AmendDialog(load_rubric(default_rubric_path()), None),
    }
    missing = {name: found for name, dialog in dialogs.items() if (found := _walked(qtbot, dialog))}
    assert not missing, f"controls without a name: {missing}"
    # An editable combo box is typed into through its line edit: that has the name too.
    for combo in (new.ui.candidateCombo, new.ui.interviewerCombo):
        line = combo.lineEdit()
        assert line is not None and accessible_name(line), combo.objectName()


# --- the countdown ----------------------------------------------------------------------------


def test_the_countdown_tells_its_moments_to_assistive_technology_not_its_ticks(
    qtbot: QtBot, app: QApplication, open_window: Open, sqlite_db: Database, interview: int
) -> None:
    clock = ManualClock()
    window = open_window(clock=clock)
    page = window.impression_page
    label = page.countdown_label
    assert accessible_name(label) == "First-impression countdown"
    assert accessible_description(label) == "Not started: 30 seconds from the candidate's arrival."
    # The bar is drawn, not reported: it has no value a screen reader would read out each tick.
    bar = QAccessible.queryAccessibleInterface(page.progress)
    assert bar is not None and bar.valueInterface() is None
    press(qtbot, Qt.Key.Key_Space)
    told = [(label.text(), accessible_description(label))]
    shown = {label.text()}
    for _tenth in range(320):
        clock.advance(0.1)
        window.countdown.tick()
        shown.add(label.text())
        if accessible_description(label) != told[-1][1]:
            told.append((label.text(), accessible_description(label)))
    assert len(shown) == 31, "the display counted every second down"
    assert told == [
        ("0:30", "Started: 30 seconds from the candidate's arrival."),
        ("0:10", "10 seconds left."),
        ("0:00", "Time is up. You can still choose or change the level."),
    ]
    assert accessible_description(page.progress) == told[-1][1]
    # It informs and never blocks: a level chosen after the time is up is taken and saved.
    clock.advance(4)
    press(qtbot, Qt.Key.Key_4)
    assert accessible_description(label) == "Impression taken 36 s after arrival."
    all_saved(qtbot, window)
    impression = iv.get_interview(sqlite_db, interview).impression
    assert impression is not None and impression.score == 4


def test_a_level_chosen_early_is_told_and_the_ten_seconds_are_not(
    qtbot: QtBot, app: QApplication, open_window: Open
) -> None:
    clock = ManualClock()
    window = open_window(clock=clock)
    label = window.impression_page.countdown_label
    press(qtbot, Qt.Key.Key_Space)
    clock.advance(6)
    window.countdown.tick()
    press(qtbot, Qt.Key.Key_3)
    assert accessible_description(label) == "Impression taken 6 s after arrival."
    clock.advance(18)
    window.countdown.tick()
    assert label.text() == "0:06"
    assert accessible_description(label) == "Impression taken 6 s after arrival."


# --- colour never alone -----------------------------------------------------------------------


def _ink_right_edge(image: QImage, rect: QRect) -> int:
    """The rightmost column in `rect` where anything but the commonest colour is drawn."""
    found = measured(image, rect)
    assert found is not None
    background = found[2].rgb()
    return max(
        (x for x in range(rect.left(), rect.right() + 1)
         for y in range(rect.top(), rect.bottom() + 1) if image.pixel(x, y) != background),
        default=-1,
    )  # fmt: skip


def test_the_chosen_level_is_marked_beyond_its_colour(
    qtbot: QtBot, app: QApplication, open_window: Open
) -> None:
    # A palette where the highlight looks exactly like a button: whatever still tells the chosen
    # level apart is not colour.
    palette = QPalette(app.palette())
    palette.setColor(QPalette.ColorRole.Highlight, palette.color(QPalette.ColorRole.Button))
    palette.setColor(
        QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.ButtonText)
    )
    window = open_window()
    scale = window.impression_page.scale
    scale.setPalette(palette)
    button = scale.buttons[2]
    band = QRect(4, 4, button.width() - 8, button.fontMetrics().height() * 2)
    before = _ink_right_edge(render(button), band)
    scale.set_value(3)
    qtbot.wait(10)
    after = _ink_right_edge(render(button), band)
    assert after > before + 4, "a mark beside the number, not only a fill"
    assert button.number_text() == "3 ✓"
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface is not None and interface.state().checked  # said as "checked"


def test_the_save_state_is_said_in_words_and_a_sign_to_eye_and_screen_reader(
    qtbot: QtBot, app: QApplication, open_window: Open
) -> None:
    window = open_window()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_2)
    all_saved(qtbot, window)
    mark = window.saved_label
    assert mark.text().startswith("✓ All changes saved")
    assert accessible_name(mark) == "Save state"
    assert accessible_description(mark) == mark.text()
    # No colour of its own: it is drawn in the window's text colour, like any label.
    own = mark.palette().color(mark.foregroundRole())
    assert own == window.palette().color(QPalette.ColorRole.WindowText)
    window._show_save_problem("the disk is full")
    assert mark.text().startswith("⚠ Not saved")
    assert accessible_description(mark) == mark.text()


# --- contrast ---------------------------------------------------------------------------------


def _scale_failures(window: InterviewWindow) -> list[str]:
    failures = []
    for page in [window.impression_page, *window.question_pages.values()][:2]:
        for button in page.scale.buttons:
            image = render(button)
            for what, rect in (
                ("number", QRect(8, 8, button.width() - 16, button.fontMetrics().height() * 2)),
                ("anchor", button._text_rect(button.width()).intersected(button.rect())),
            ):
                found = measured(image, rect.adjusted(0, 0, 0, -6))
                if found is not None and found[0] < WCAG_TEXT:
                    failures.append(
                        f"level {button.level} {what} (chosen {button.isChecked()}): "
                        f"{found[0]:.2f} ({found[1].name()} on {found[2].name()})"
                    )
    return failures


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_text_in_the_interview_window_reaches_4_5_to_1(
    qtbot: QtBot, app: QApplication, open_window: Open, theme: str
) -> None:
    app.setPalette(PALETTES[theme](app))
    window = open_window()
    window.impression_page.scale.set_value(3)  # a chosen level is measured too
    failures = []
    for key in _pages(window):
        window.stack.setCurrentIndex(_pages(window).index(key))
        qtbot.wait(10)
        failures += [f"{key}: {f}" for f in label_failures(window)]
    failures += _scale_failures(window)
    assert not failures, f"{theme}: text under 4.5:1: {failures}"


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_text_in_the_main_window_reaches_4_5_to_1(
    qtbot: QtBot, app: QApplication, sqlite_db: Database, theme: str
) -> None:
    app.setPalette(PALETTES[theme](app))
    for name, email in (("Ann Berg", "ann@example.org"), ("Bo Lind", "bo@example.org")):
        ann = add_candidate(sqlite_db, name=name, email=email)
    start_interview(sqlite_db, candidate=ann, interviewer="Henrik Lund")
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(1200, 600)
    qtbot.waitSignal(window.candidates_loaded, timeout=10_000).wait()
    window.show()
    qtbot.waitExposed(window)
    table = window.comparison.table
    table.setFocus()
    table.selectRow(0)  # the selection's colours are measured as well
    qtbot.wait(20)
    failures = label_failures(window) + table_failures(table)
    assert not failures, f"{theme}: text under 4.5:1: {failures}"


def test_the_app_starts_with_a_readable_light_palette() -> None:
    """The running app (run_gui) and the screenshots make Fusion's light selection and hint
    colours readable; a dark palette stays as it is."""
    from PySide6.QtGui import QColor

    from hireapp.gui.theme import LIGHT_HIGHLIGHT, dark_palette, readable

    create_application()
    light = readable(QPalette(QColor("#efefef")))
    assert light.color(QPalette.ColorRole.Highlight).name() == LIGHT_HIGHLIGHT
    assert light.color(QPalette.ColorRole.HighlightedText).name() == "#ffffff"
    dark = dark_palette()
    assert readable(dark).color(QPalette.ColorRole.Highlight) == dark.color(
        QPalette.ColorRole.Highlight
    )
