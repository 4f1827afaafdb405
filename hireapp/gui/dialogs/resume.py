# SPDX-License-Identifier: MIT
"""Offered on start and by Ctrl+R: the interviews that were begun and not submitted.

The interviewer using the machine sees their own drafts; colleagues' wait behind "Show all", since
resuming one makes its interviewer the one this machine remembers. Each draft says where it
stopped in the rubric's words (the question's title, not its id) and how far it got. The dialog is
sized to its text, which wraps rather than being cut off on a narrow screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hireapp.gui import i18n
from hireapp.services.drafts import Draft, DraftPage


def where(page: DraftPage) -> str:
    """Where a draft stopped, as the interviewer knows the rubric."""
    if page.kind == "wrap-up":
        return QCoreApplication.translate("ResumeDialog", "at the wrap-up")
    if page.kind == "question":
        return QCoreApplication.translate(
            "ResumeDialog", "at question {number} of {questions}, “{title}”"
        ).format(number=page.question_number, questions=page.questions, title=page.question_title)
    return QCoreApplication.translate("ResumeDialog", "at the first impression")


def describe(draft: Draft, *, mine: bool) -> str:
    """The two lines a draft is listed with: who and for what, then where it stopped."""
    who = f"{draft.candidate_name} · {draft.position}"
    if not mine:
        who += " · " + QCoreApplication.translate("ResumeDialog", "interviewed by {name}").format(
            name=draft.interviewer
        )
    questions = draft.questions  # a plain name: lupdate skips a count written as draft.questions
    progress = QCoreApplication.translate(
        "ResumeDialog", "{done} of %n questions done", "", questions
    ).format(done=draft.done)
    changed = QCoreApplication.translate("ResumeDialog", "last change {moment}").format(
        moment=i18n.moment_text(draft.updated_at)
    )
    return f"{who}\n{where(draft.page)} · {progress} · {changed}"


class ResumeDialog(QDialog):
    """Lists unfinished interviews, the user's own first; `chosen` is the draft to resume."""

    def __init__(self, drafts: Sequence[Draft], me: int | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unfinished interviews"))
        self.chosen: Draft | None = None
        mine = [d for d in drafts if me is not None and d.interviewer_id == me]
        others = [d for d in drafts if me is None or d.interviewer_id != me]
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro(mine, others))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Unfinished interviews"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self._drafts: dict[int, Draft] = {}
        self._others: list[QListWidgetItem] = []
        for draft in (*mine, *others):
            own = me is not None and draft.interviewer_id == me
            item = QListWidgetItem(describe(draft, mine=own))
            item.setData(Qt.ItemDataRole.UserRole, draft.id)
            self._drafts[draft.id] = draft
            self.list.addItem(item)
            if not own:
                self._others.append(item)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        self.show_all = QCheckBox(
            self.tr("&Show colleagues' unfinished interviews too ({count})").format(
                count=len(others)
            )
        )
        self.show_all.setToolTip(
            self.tr("Resuming a colleague's interview makes you its interviewer on this machine.")
        )
        self.show_all.setVisible(bool(mine) and bool(others))
        self.show_all.toggled.connect(self._show_others)
        layout.addWidget(self.show_all)
        buttons = QDialogButtonBox()
        self.resume_button = buttons.addButton(
            self.tr("&Resume"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.resume_button.setDefault(True)
        buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Without drafts of their own (or with no interviewer remembered) everyone's are shown.
        self._show_others(not mine)
        self._fit()

    def _intro(self, mine: Sequence[Draft], others: Sequence[Draft]) -> str:
        saved = self.tr("Everything entered so far is saved; resume one where it stopped.")
        if mine:
            return self.tr("Your interviews that were started and not submitted.") + " " + saved
        if others:
            return (
                self.tr(
                    "You have no unfinished interviews. These are colleagues'; resuming one "
                    "makes you its interviewer on this machine."
                )
                + " "
                + saved
            )
        return self.tr("No unfinished interviews.")

    def _show_others(self, shown: bool) -> None:
        for item in self._others:
            item.setHidden(not shown)
        current = self.list.currentItem()
        if current is None or current.isHidden():
            visible = [self.list.item(n) for n in range(self.list.count())]
            first = next((item for item in visible if not item.isHidden()), None)
            if first is not None:
                self.list.setCurrentItem(first)
        self._fit()

    def visible_items(self) -> list[QListWidgetItem]:
        items = [self.list.item(n) for n in range(self.list.count())]
        return [item for item in items if not item.isHidden()]

    def _fit(self) -> None:
        """Size the list to its text: every line whole, within 90% of the screen."""
        metrics = self.list.fontMetrics()
        style = self.list.style()
        # The delegate's text margins, the list's frame and spacing, and a vertical scroll bar.
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        chrome = (
            2 * self.list.frameWidth()
            + 2 * self.list.spacing()
            + margin
            + style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            + 8
        )
        lines = [
            line for n in range(self.list.count()) for line in self.list.item(n).text().splitlines()
        ]
        widest = max((metrics.horizontalAdvance(line) for line in lines), default=200)
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        width = min(widest + chrome, int(available.width() * 0.9) - 40)
        self.list.setMinimumWidth(max(width, 320))
        rows = len(self.visible_items())
        row_height = 2 * metrics.lineSpacing() + 2 * self.list.spacing() + 6
        height = min(max(rows, 1) * row_height + 2 * self.list.frameWidth(),
                     int(available.height() * 0.6))  # fmt: skip
        self.list.setMinimumHeight(height)
        self.adjustSize()

    def accept(self) -> None:
        """Overrides QDialog.accept: remembers the chosen draft."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            self.chosen = None
        else:
            self.chosen = self._drafts[int(item.data(Qt.ItemDataRole.UserRole))]
        super().accept()
