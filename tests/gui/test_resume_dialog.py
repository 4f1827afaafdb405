# SPDX-License-Identifier: MIT
"""The resume prompt: my drafts first, colleagues' behind "Show all", titles, nothing cut off."""

from __future__ import annotations

import pathlib
import time

import pytest
from PySide6.QtCore import QRect, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from hireapp.gui.app import create_application
from hireapp.gui.dialogs.resume import ResumeDialog
from hireapp.gui.main_window import MainWindow
from hireapp.gui.settings import remember_interviewer, remembered_interviewer
from hireapp.services import interviews as iv
from hireapp.services.drafts import unfinished
from hireapp.services.people import find_interviewer
from hireapp.storage.session import Database
from tests.factories import add_candidate, answer_all, start_interview, take_interview


@pytest.fixture(autouse=True)
def _app() -> None:
    create_application()
    QSettings().clear()


def _drafts(db: Database) -> dict[str, int]:
    """Mei Chen's drafts of Ann and Ben, and Jonas Becker's of Cleo (the newest change)."""
    made = {}
    for name, interviewer in (("Ann Berg", "Mei Chen"), ("Ben Okafor", "Mei Chen"),
                              ("Cleo Dumas", "Jonas Becker")):  # fmt: skip
        email = f"{name.split()[0].lower()}@example.org"
        add_candidate(db, name=name, email=email, position="Store associate")
        made[name] = start_interview(db, candidate=email, interviewer=interviewer)
        time.sleep(0.01)  # distinct change times: newest first is then well defined
    answer_all(db, made["Ann Berg"], [3, 4])
    iv.set_current_page(db, made["Ann Berg"], "question:pleasant-under-pressure")
    iv.set_current_page(db, made["Cleo Dumas"], "wrap-up")
    return made


def _me(db: Database, name: str) -> int:
    found = find_interviewer(db, name)
    assert found is not None
    return found.id


def test_my_drafts_come_first_with_question_titles_and_the_rest_behind_show_all(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    made = _drafts(sqlite_db)
    dialog = ResumeDialog(unfinished(sqlite_db), _me(sqlite_db, "Mei Chen"))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [item.text() for item in dialog.visible_items()]
    assert len(texts) == 2 and all("Jonas" not in t and "Cleo" not in t for t in texts)
    ann = next(t for t in texts if t.startswith("Ann Berg"))
    # The rubric's title and the question's place, never its id.
    assert "at question 3 of 8, “Pleasant under pressure”" in ann
    assert "pleasant-under-pressure" not in ann
    assert "2 of 8 questions done" in ann
    assert "at the first impression" in next(t for t in texts if t.startswith("Ben"))
    assert dialog.show_all.isVisible() and "(1)" in dialog.show_all.text()
    dialog.show_all.click()
    texts = [item.text() for item in dialog.visible_items()]
    assert len(texts) == 3
    assert texts[2].startswith("Cleo Dumas · Store associate · interviewed by Jonas Becker")
    assert "at the wrap-up" in texts[2]
    # Mine stay first although Cleo's draft changed last.
    dialog.list.setCurrentItem(dialog.visible_items()[2])
    dialog.accept()
    assert dialog.chosen is not None and dialog.chosen.id == made["Cleo Dumas"]


def test_without_drafts_of_my_own_everyone_s_are_shown_and_said_to_be_colleagues(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    _drafts(sqlite_db)
    start_interview(sqlite_db, candidate="ann@example.org", interviewer="Nadia Rahman")
    dialog = ResumeDialog(unfinished(sqlite_db), None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.visible_items()) == 4 and not dialog.show_all.isVisible()


def test_nothing_is_cut_off(qtbot: QtBot, sqlite_db: Database, tmp_path: pathlib.Path) -> None:
    long_name = "Maximiliane Annunziata Oyelaran-Vasquez de la Fontaine"
    add_candidate(sqlite_db, name=long_name, email="max@example.org",
                  position="Senior customer experience representative, night shift")  # fmt: skip
    draft = start_interview(sqlite_db, candidate="max@example.org", interviewer="Mei Chen")
    iv.set_current_page(sqlite_db, draft, "question:pleasant-under-pressure")
    _drafts(sqlite_db)
    dialog = ResumeDialog(unfinished(sqlite_db), _me(sqlite_db, "Mei Chen"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_all.click()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    dialog.grab().save(str(tmp_path / "resume.png"))  # looked at while writing this
    view = dialog.list
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    assert view.horizontalScrollBar().maximum() == 0
    for item in dialog.visible_items():
        rect = view.visualItemRect(item)
        text_width = rect.width() - margin
        assert rect.right() <= view.viewport().width()
        if long_name in item.text():
            # Wider than this 800-pixel screen allows: wrapped at words, whole, not elided.
            wrapped = metrics.boundingRect(
                QRect(0, 0, text_width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            assert wrapped.width() <= text_width and wrapped.height() <= rect.height()
            # It did need wrapping (how many lines depends on the fonts installed).
            assert wrapped.height() >= 2 * metrics.height()
            continue
        # Sized to its content: every line on one line.
        lines = item.text().splitlines()
        for line in lines:
            assert metrics.horizontalAdvance(line) <= text_width, line
        assert rect.height() >= len(lines) * metrics.height()
    # Every row is on screen, none hidden behind a scroll bar.
    assert view.verticalScrollBar().maximum() == 0
    for label in (dialog.intro,):
        assert label.height() >= label.heightForWidth(label.width())
    for button in (dialog.show_all, dialog.resume_button):
        assert button.width() >= button.sizeHint().width(), button.text()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_main_window_offers_my_drafts_and_resuming_a_colleague_s_makes_me_them(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    made = _drafts(sqlite_db)
    remember_interviewer("Mei Chen")
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    seen: list[list[str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ResumeDialog)
        seen.append([item.text().split(" · ")[0] for item in dialog.visible_items()])
        dialog.show_all.click()
        dialog.list.setCurrentItem(dialog.visible_items()[-1])  # Jonas's draft of Cleo
        dialog.accept()

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(window.interview_opened, timeout=10_000) as opened:
        window.offer_resume(always=True)
    assert seen == [["Ann Berg", "Ben Okafor"]] or seen == [["Ben Okafor", "Ann Berg"]]
    assert opened.args[0].interview_id == made["Cleo Dumas"]
    assert remembered_interviewer() == "Jonas Becker"
    for interview_window in list(window.interviews.values()):
        interview_window.close()


def test_on_start_nothing_is_offered_when_only_colleagues_have_drafts(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    _drafts(sqlite_db)
    # Nadia has interviewed (and submitted): her machine offers her nothing at start.
    take_interview(sqlite_db, candidate="ann@example.org", interviewer="Nadia Rahman")
    remember_interviewer("Nadia Rahman")
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    offered: list[object] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        offered.append(dialog)
        if dialog is not None:
            dialog.close()

    QTimer.singleShot(0, look)
    window.offer_resume()
    qtbot.waitUntil(lambda: bool(offered))
    assert offered == [None]
    # Ctrl+R still shows everyone's.
    QTimer.singleShot(0, look)
    window.offer_resume(always=True)
    assert isinstance(offered[-1], ResumeDialog)


def test_the_drafts_read_the_same_on_sqlite_and_postgresql(qtbot: QtBot, db: Database) -> None:
    made = _drafts(db)
    drafts = {d.id: d for d in unfinished(db)}
    assert set(drafts) == set(made.values())
    ann = drafts[made["Ann Berg"]]
    assert (ann.page.kind, ann.page.question_title, ann.page.question_number) == (
        "question", "Pleasant under pressure", 3,
    )  # fmt: skip
    assert (ann.done, ann.questions) == (2, 8)
    assert drafts[made["Cleo Dumas"]].page.kind == "wrap-up"
    assert drafts[made["Ben Okafor"]].page.kind == "impression"
