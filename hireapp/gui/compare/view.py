# SPDX-License-Identifier: MIT
"""The comparison screen: one table per position, with search, filters and chosen columns.

Rows come from one aggregate query run in the background; sorting and filtering happen in the
model's own list. Chosen columns, their widths and the sort order are remembered in QSettings by
column key, so adding a column later does not scramble what a user chose.

While shown, the view follows the database: a ChangeWatch is asked on a timer whether anything was
committed (by another process, another machine or this app), and the rows are reloaded in the
background, keeping the selection (by candidate), the scroll position, the sort and the filters.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hireapp.domain.statuses import CANDIDATE_STATUSES
from hireapp.errors import HireappError
from hireapp.gui.compare.model import (
    ADDED_WITH_FAIR_SCORES,
    CANDIDATE_ID_ROLE,
    COLUMN_KEYS,
    COLUMNS,
    FAIR_COLUMNS,
    HIDDEN_BY_DEFAULT,
    ComparisonModel,
    DecisionChoice,
    Filter,
    Recommendation,
    count_flagged,
)
from hireapp.gui.compare.words import status_word
from hireapp.gui.models.text import english_plural, number
from hireapp.gui.operations import Operation, error_message, show_warning
from hireapp.services.changes import ChangeWatch
from hireapp.services.comparison import (
    MAX_SIDE_BY_SIDE,
    MIN_SIDE_BY_SIDE,
    ComparisonRow,
    comparison_rows,
    write_comparison_csv,
)
from hireapp.storage.session import Database

translate = QCoreApplication.translate

SETTINGS_HIDDEN = "compare/hidden_columns"
# The columns there were when the hidden ones were saved: a column added later takes its default.
SETTINGS_KNOWN = "compare/known_columns"
SETTINGS_WIDTHS = "compare/column_widths"
SETTINGS_SORT = "compare/sort"
_TABLE, _EMPTY = 0, 1
WATCH_INTERVAL_MS = 500
"""How often a shown table asks whether the database changed (a microsecond's work)."""
SIDE_BY_SIDE_KEY = "Ctrl+D"
"""Opens Side by side for the selected rows, with the focus anywhere in the view."""


class ComparisonView(QWidget):
    """Every candidate of a position (or of all) with scores, halo and disagreement.

    For the main window: `set_position(id | None)` loads a position, `refresh()` reloads it,
    `selected_candidate_ids()` gives the selection; `loaded(count)` follows every load and
    `candidate_activated(id)` a double-click or Enter on a row.
    """

    loaded = Signal(int)
    candidate_activated = Signal(int)
    # The rows were reloaded by themselves (a change committed elsewhere) and differ: the count.
    updated = Signal(int)
    # Something was committed elsewhere, whether or not a row shown changed (a new position).
    database_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._position: int | None = None
        # Who is using the app, asked at every use (never cached: starting or resuming an
        # interview changes what they may see): their own drafts withhold colleagues' figures.
        self.viewer: Callable[[], int | None] = lambda: None
        self._ticket = 0
        self._has_loaded = False
        self._fair_loaded = False  # the rows shown carry fair scores
        self._loading = False
        self._stale = False  # a change was noticed and not yet reloaded
        # The load whose "Loading…" is shown and not yet answered (a flag, not the label's text,
        # which is translated).
        self._awaiting: int | None = None
        self._watch: ChangeWatch | None = None
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(WATCH_INTERVAL_MS)
        self._watch_timer.timeout.connect(self._follow_changes)
        self.model = ComparisonModel(self)
        self._build()
        self._restore_settings()
        self._show_empty(translate("ComparisonView", "Loading candidates…"), clear_button=False)

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(
            placeholderText=translate("ComparisonView", "Search name or email (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        # Wide enough for the whole placeholder, with room for the clear button and the frame.
        self.search.setMinimumWidth(
            self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
            + 3 * self.search.fontMetrics().height()
        )
        self.status_filter = QComboBox()
        self.status_filter.addItem(translate("ComparisonView", "Any status"), None)
        for status in CANDIDATE_STATUSES:
            word = status_word(status)
            self.status_filter.addItem(word[:1].upper() + word[1:], status)
        self.min_score = QSpinBox(minimum=0, maximum=100, singleStep=5)
        self.min_score.setPrefix(translate("ComparisonView", "Overall ≥ "))
        self.min_score.setSpecialValueText(translate("ComparisonView", "Any overall score"))
        self.min_score.setToolTip(
            translate("ComparisonView", "Show only candidates whose overall score is at least this")
        )
        self.recommendation_filter = QComboBox()
        for choice in Recommendation.CHOICES:
            self.recommendation_filter.addItem(Recommendation.label(choice), choice)
        self.decision_filter = QComboBox()
        for choice in DecisionChoice.CHOICES:
            self.decision_filter.addItem(DecisionChoice.label(choice), choice)
        self.halo_only = QCheckBox(translate("ComparisonView", "Halo only"))
        self.halo_only.setToolTip(
            translate(
                "ComparisonView",
                "Only candidates whose first impression and structured score are a level or more "
                "apart",
            )
        )
        self.side_by_side_button = QPushButton(translate("ComparisonView", "Side by side…"))
        self.side_by_side_button.setToolTip(
            translate(
                "ComparisonView",
                "Compare {least} to {most} selected candidates question by question ({key})",
            ).format(
                least=number(MIN_SIDE_BY_SIDE),
                most=number(MAX_SIDE_BY_SIDE),
                key=QKeySequence(SIDE_BY_SIDE_KEY).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.side_by_side_button.setEnabled(False)
        self.insight_button = QPushButton(translate("ComparisonView", "Insight…"))
        self.insight_button.setToolTip(
            translate("ComparisonView", "Halo, interviewer calibration and agreement, explained")
        )
        self.export_button = QPushButton(translate("ComparisonView", "Export CSV…"))
        self.export_button.setToolTip(
            translate("ComparisonView", "The rows shown, in the order shown, as a CSV file")
        )

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filter_widgets: tuple[QWidget, ...] = (
            self.status_filter, self.min_score, self.recommendation_filter, self.decision_filter,
            self.halo_only,
        )  # fmt: skip
        for widget in filter_widgets:
            filters.addWidget(widget)
        filters.addStretch(1)
        for button in (self.side_by_side_button, self.insight_button, self.export_button):
            filters.addWidget(button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Compact rows that follow the font, so 150% scaling stays readable.
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.empty_label = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.clear_button = QPushButton(translate("ComparisonView", "Clear search and filters"))
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.min_score.valueChanged.connect(self._apply_filter)
        self.recommendation_filter.currentIndexChanged.connect(self._apply_filter)
        self.decision_filter.currentIndexChanged.connect(self._apply_filter)
        self.halo_only.toggled.connect(self._apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)
        self.side_by_side_button.clicked.connect(self.open_side_by_side)
        self.insight_button.clicked.connect(self.open_insight)
        self.export_button.clicked.connect(self._ask_export)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        header.customContextMenuRequested.connect(self._column_menu)
        # The columns from the keyboard too: the Menu key or Shift+F10 in the table opens the
        # header's menu (a right-click on the header was the only way; found by a keyboard user).
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda _point: self._column_menu(QPoint(0, 0))
        )
        columns_key = QShortcut(QKeySequence("Shift+F10"), self.table)
        columns_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        columns_key.activated.connect(lambda: self._column_menu(QPoint(0, 0)))
        header.sectionResized.connect(self._remember_width)
        header.sortIndicatorChanged.connect(self._remember_sort)
        # Ctrl+F is the main window's (one shortcut: two for one key are ambiguous and neither
        # fires); a view shown on its own gets its own.
        if self.parentWidget() is None:
            find = QShortcut(QKeySequence.StandardKey.Find, self)
            find.activated.connect(self.focus_search)
        # Side by side from the keyboard: Ctrl+click or Shift+arrows to select, then this key.
        compare = QShortcut(QKeySequence(SIDE_BY_SIDE_KEY), self)
        compare.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        compare.activated.connect(self.open_side_by_side)
        self.model.modelReset.connect(self._span_withheld)
        self.model.layoutChanged.connect(self._span_withheld)
        self._name_controls()

    def _name_controls(self) -> None:
        """Names (and where a label is not enough, descriptions) for assistive technology."""
        named: tuple[tuple[QWidget, str, str], ...] = (
            (self.search, translate("ComparisonView", "Search candidates"),
             translate("ComparisonView", "Shows only candidates whose name or email contains "
                       "the words typed")),
            (self.status_filter, translate("ComparisonView", "Status filter"),
             translate("ComparisonView", "Shows only candidates with this status")),
            (self.min_score, translate("ComparisonView", "Lowest overall score"),
             self.min_score.toolTip()),
            (self.recommendation_filter, translate("ComparisonView", "Recommendation filter"),
             translate("ComparisonView", "Shows only candidates whose interviewers recommended "
                       "them this way")),
            (self.decision_filter, translate("ComparisonView", "Decision filter"),
             translate("ComparisonView", "Shows only candidates with this current decision")),
            (self.halo_only, self.halo_only.text(), self.halo_only.toolTip()),
            (self.side_by_side_button, translate("ComparisonView", "Side by side"),
             self.side_by_side_button.toolTip()),
            (self.insight_button, translate("ComparisonView", "Insight"),
             self.insight_button.toolTip()),
            (self.export_button, translate("ComparisonView", "Export CSV"),
             self.export_button.toolTip()),
            (self.clear_button, self.clear_button.text(), ""),
            (self.table, translate("ComparisonView", "Candidates"),
             translate("ComparisonView", "One row per candidate with their scores; Enter "
                       "interviews the candidate of the current row")),
            (self.count_label, translate("ComparisonView", "Candidates shown"), ""),
            (self.empty_label, translate("ComparisonView", "Why no candidate is shown"), ""),
        )  # fmt: skip
        for widget, name, description in named:
            widget.setAccessibleName(name)
            if description:
                widget.setAccessibleDescription(description)
        # The spin box hands its focus to its line edit, which is what a screen reader announces.
        for edit in self.min_score.findChildren(QLineEdit):
            edit.setAccessibleName(self.min_score.accessibleName())

    # --- settings -----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        hidden = set(
            _string_list(settings.value(SETTINGS_HIDDEN, json.dumps(sorted(HIDDEN_BY_DEFAULT))))
        )
        if settings.contains(SETTINGS_HIDDEN):
            # Saved before some columns existed: those take their defaults.
            before = json.dumps(sorted(set(COLUMN_KEYS) - ADDED_WITH_FAIR_SCORES))
            known = set(_string_list(settings.value(SETTINGS_KNOWN, before)))
            hidden |= {key for key in HIDDEN_BY_DEFAULT if key not in known}
        widths = _json_dict(settings.value(SETTINGS_WIDTHS, "{}"))
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        for n, column in enumerate(COLUMNS):
            self.table.setColumnHidden(n, column.key in hidden and column.key != "name")
        last = self._last_visible_column()
        for n, column in enumerate(COLUMNS):
            # Sized from remembered or fixed widths, never from contents, which walks every row.
            # The last column fills what is left: a width remembered for it from a wider window
            # would push it out of a narrower one, behind the scrollbar.
            width = widths.get(column.key)
            if not isinstance(width, int) or n == last:
                width = column.width
            self.table.setColumnWidth(n, width)
        header.blockSignals(False)
        key, _, order = str(settings.value(SETTINGS_SORT, "name:asc")).partition(":")
        sort_column = COLUMN_KEYS.index(key) if key in COLUMN_KEYS else 0
        descending = order == "desc"
        self.table.sortByColumn(
            sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )

    def _last_visible_column(self) -> int:
        shown = [n for n in range(len(COLUMNS)) if not self.table.isColumnHidden(n)]
        return shown[-1] if shown else -1

    def _remember_width(self, section: int, _old: int, new: int) -> None:
        if new <= 0:
            return  # hiding a column reports width 0; its width is kept for when it returns
        if section == self._last_visible_column():
            return  # stretched to the window's width by the header, not chosen by the user
        settings = QSettings()
        widths = _json_dict(settings.value(SETTINGS_WIDTHS, "{}"))
        widths[COLUMNS[section].key] = new
        settings.setValue(SETTINGS_WIDTHS, json.dumps(widths, sort_keys=True))

    def _remember_sort(self, section: int, order: Qt.SortOrder) -> None:
        if 0 <= section < len(COLUMNS):
            direction = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
            QSettings().setValue(SETTINGS_SORT, f"{COLUMNS[section].key}:{direction}")

    def visible_column_keys(self) -> list[str]:
        return [c.key for n, c in enumerate(COLUMNS) if not self.table.isColumnHidden(n)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        """Show or hide a column (not the candidate's name) and remember the choice."""
        if key == "name" or key not in COLUMN_KEYS:
            return
        self.table.setColumnHidden(COLUMN_KEYS.index(key), not visible)
        hidden = [k for k in COLUMN_KEYS if k not in self.visible_column_keys()]
        settings = QSettings()
        settings.setValue(SETTINGS_HIDDEN, json.dumps(hidden))
        settings.setValue(SETTINGS_KNOWN, json.dumps(list(COLUMN_KEYS)))
        if visible and key in FAIR_COLUMNS and self._has_loaded and not self._fair_loaded:
            self.refresh()  # the fair scores are fitted only while a column shows them

    def wants_fair_scores(self) -> bool:
        """Whether a fair score column is shown, so loads fit the fair scores too."""
        return any(key in FAIR_COLUMNS for key in self.visible_column_keys())

    def _column_menu(self, point: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(point))
        menu.deleteLater()

    def column_menu(self) -> QMenu:
        """The header's context menu: a checkable entry per column."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        shown = set(self.visible_column_keys())
        for column in COLUMNS:
            action = QAction(column.title(), menu, checkable=True, checked=column.key in shown)
            action.setToolTip(column.explanation())
            action.setEnabled(column.key != "name")
            action.toggled.connect(
                lambda on, key=column.key: self.set_column_visible(key, bool(on))
            )
            menu.addAction(action)
        return menu

    # --- loading ------------------------------------------------------------------------------

    def set_position(self, position_id: int | None) -> None:
        """Show the candidates of this position (None: of every position) and load them."""
        self._position = position_id
        self.refresh()

    def position(self) -> int | None:
        return self._position

    def _viewer(self, title: str) -> tuple[bool, int | None]:
        """(True, the viewer's id), or (False, None) after telling the user why not."""
        try:
            return True, self.viewer()
        except HireappError as exc:
            show_warning(self, title, error_message(exc))
            return False, None

    def refresh(self) -> None:
        """Reload the rows in the background; the table stays usable meanwhile."""
        self._load(quiet=False)

    def _load(self, *, quiet: bool) -> None:
        """Fetch the rows off the GUI thread; `quiet` (a change noticed) shows no "Loading…"."""
        self._ticket += 1
        self._stale = False
        ticket, position, db = self._ticket, self._position, self.db
        try:
            viewer = self.viewer()
        except HireappError as exc:
            if quiet:
                self.count_label.setText(_not_updated(error_message(exc)))
            else:
                self._show_error(ticket, error_message(exc))
            return
        if not quiet:
            if not self._has_loaded:
                self._show_empty(
                    translate("ComparisonView", "Loading candidates…"), clear_button=False
                )
            self.count_label.setText(_loading())
            self._awaiting = ticket
        self._loading = True
        fair = self.wants_fair_scores()
        if fair and not quiet:
            self.count_label.setText(
                translate("ComparisonView", "Loading, with fair scores (this may take a while)…")
            )
        operation = (
            Operation(
                self,
                lambda: comparison_rows(db, position, viewer, fair=fair),
                title=translate("ComparisonView", "Load candidates"),
            )
            .success(lambda rows: self._show_rows(ticket, rows, quiet=quiet, fair=fair))
            .failure(lambda exc: self._load_failed(ticket, exc, quiet=quiet))
        )
        operation.finished.connect(lambda ok: self._load_over(ticket, ok))
        operation.run()

    def _show_rows(
        self, ticket: int, rows: list[ComparisonRow], *, quiet: bool = False, fair: bool = False
    ) -> None:
        if ticket != self._ticket:
            return  # a newer load is on its way
        self._awaiting = None
        self._fair_loaded = fair
        if quiet and self.model.holds(rows):
            self._update_state()  # nothing to redraw; the count line may have said "Not updated"
            return  # a commit that changed no figure shown (an answer in a draft, say)
        self._has_loaded = True
        self._replace_rows(rows)
        self._update_state()
        if quiet:
            self.updated.emit(len(rows))
        else:
            self.loaded.emit(len(rows))

    def _replace_rows(self, rows: list[ComparisonRow]) -> None:
        """New rows in, with the selection, current cell and scroll kept by candidate, not row."""
        table, selection = self.table, self.table.selectionModel()
        chosen = set(self.selected_candidate_ids())
        current = table.currentIndex()
        current_id = current.data(CANDIDATE_ID_ROLE) if current.isValid() else None
        top = table.rowAt(0)
        anchor = self.model.row_at(top).id if top >= 0 else None
        vertical, horizontal = table.verticalScrollBar(), table.horizontalScrollBar()
        was_top, was_left = vertical.value(), horizontal.value()

        self.model.set_rows(rows)

        place = {row.id: n for n, row in enumerate(self.model.visible_rows())}
        if chosen:
            selection.select(
                _row_ranges(self.model, sorted(place[i] for i in chosen if i in place)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        if current_id in place:
            selection.setCurrentIndex(
                self.model.index(place[current_id], current.column()),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )
        table.updateGeometries()  # the scroll ranges for the new row count, before scrolling
        if anchor in place:
            table.scrollTo(
                self.model.index(place[anchor], 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        else:
            vertical.setValue(was_top)
        horizontal.setValue(was_left)

    def _load_failed(self, ticket: int, exc: HireappError, *, quiet: bool) -> None:
        if ticket == self._ticket:
            self._awaiting = None
        if quiet and ticket == self._ticket and self._has_loaded:
            # The rows shown stay; the next change noticed, or F5, tries again.
            self.count_label.setText(_not_updated(error_message(exc)))
            return
        self._show_error(ticket, error_message(exc))

    def _show_error(self, ticket: int, text: str) -> None:
        if ticket != self._ticket:
            return
        self._has_loaded = True
        self.count_label.setText("")
        self._show_empty(
            translate(
                "ComparisonView",
                "<p>The candidates could not be loaded.</p><p>{reason}</p>"
                "<p>Check the database connection, then press Refresh (F5).</p>",
            ).format(reason=_escape(text)),
            clear_button=False,
        )

    def _load_over(self, ticket: int, ok: bool) -> None:
        if ticket == self._ticket:
            self._loading = False
        # A bug (already reported in a message box) must still end the "Loading…" state.
        if not ok and ticket == self._ticket and self._awaiting == ticket:
            self._awaiting = None
            self._show_error(
                ticket, translate("ComparisonView", "Something unexpected went wrong.")
            )

    # --- following the database -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Overrides QWidget.showEvent: a shown table follows the database."""
        super().showEvent(event)
        if self._watch is None:
            watch = self._watch = ChangeWatch(self.db)
            self.destroyed.connect(lambda *_: watch.close())
        self._watch_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Overrides QWidget.hideEvent: a hidden table stops asking (what changed is kept)."""
        super().hideEvent(event)
        self._watch_timer.stop()

    def following(self, timeout: float = 0.0) -> bool:
        """Whether changes to the database are followed (waits up to `timeout` s to know)."""
        return self._watch is not None and self._watch.wait_ready(timeout)

    def stop_following(self) -> None:
        """Stop following the database and release the watch's connection."""
        self._watch_timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None  # shown again, the view follows on a new connection

    def _follow_changes(self) -> None:
        """On the timer: reload quietly once something was committed, when the user allows."""
        if self._watch is not None and self._watch.changed():
            self._stale = True
            self.database_changed.emit()
        if not self._stale or self._loading or not self._has_loaded:
            return  # a load is under way: the change is reloaded after it
        if (
            QApplication.mouseButtons() != Qt.MouseButton.NoButton
            or QApplication.activePopupWidget() is not None
        ):
            return  # a drag, a column resize or an open menu: not under the user's hand
        self._load(quiet=True)

    # --- filtering ----------------------------------------------------------------------------

    def current_filter(self) -> Filter:
        return Filter(
            search=self.search.text(),
            status=self.status_filter.currentData(),
            min_overall=float(self.min_score.value()),
            recommendation=str(self.recommendation_filter.currentData()),
            halo_only=self.halo_only.isChecked(),
            decision=str(self.decision_filter.currentData()),
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        if self._has_loaded:
            self._update_state()

    def clear_filters(self) -> None:
        for widget in (self.search, self.status_filter, self.min_score,
                       self.recommendation_filter, self.decision_filter,
                       self.halo_only):  # fmt: skip
            widget.blockSignals(True)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.min_score.setValue(0)
        self.recommendation_filter.setCurrentIndex(0)
        self.decision_filter.setCurrentIndex(0)
        self.halo_only.setChecked(False)
        for widget in (self.search, self.status_filter, self.min_score,
                       self.recommendation_filter, self.decision_filter,
                       self.halo_only):  # fmt: skip
            widget.blockSignals(False)
        self._apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_state(self) -> None:
        total, shown = self.model.total_count(), self.model.rowCount()
        rows = self.model.visible_rows() if shown else []
        if total == 0:
            self.count_label.setText("")
            if self._position is not None:
                heading = translate("ComparisonView", "No candidates for this position yet.")
            else:
                heading = translate("ComparisonView", "No candidates yet.")
            self._show_empty(
                f"<p><b>{_escape(heading)}</b></p><p>"
                + translate(
                    "ComparisonView",
                    "Start an interview with <b>New interview</b> (Ctrl+N), add a candidate with "
                    "<b>New candidate</b> (Ctrl+Shift+N) or import them from CSV; their scores "
                    "appear here once an interview is submitted. To try it with realistic data, "
                    "run <code>hireapp demo</code> in a terminal (from a source checkout: "
                    "<code>make demo</code>).",
                )
                + "</p>",
                clear_button=False,
            )
            return
        if shown == 0:
            self.count_label.setText(
                english_plural(
                    translate("ComparisonView", "None of %Ln candidate(s) shown", None, total),
                    total,
                )
            )
            self._show_empty(
                translate(
                    "ComparisonView",
                    "<p><b>No candidate matches the search and filters.</b></p>"
                    "<p>Loosen a filter, or clear them all.</p>",
                ),
                clear_button=True,
            )
            return
        self.stack.setCurrentIndex(_TABLE)
        self.count_label.setText(_count_line(shown, total, rows))

    def _show_empty(self, message: str, *, clear_button: bool) -> None:
        self.empty_label.setText(message)
        self.clear_button.setVisible(clear_button)
        self.stack.setCurrentIndex(_EMPTY)

    # --- selection, activation, dialogs, export -----------------------------------------------

    def selected_candidate_ids(self) -> list[int]:
        """The selected candidates, in the order shown."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row).id for row in rows]

    def _selection_changed(self, *_args: Any) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.side_by_side_button.setEnabled(MIN_SIDE_BY_SIDE <= count <= MAX_SIDE_BY_SIDE)

    def _activated(self, index: Any) -> None:
        self.candidate_activated.emit(int(self.model.data(index, CANDIDATE_ID_ROLE)))

    def open_side_by_side(self) -> QDialog | None:
        """The side-by-side dialog for the selected candidates (2-5), shown without blocking."""
        ids = self.selected_candidate_ids()
        if not MIN_SIDE_BY_SIDE <= len(ids) <= MAX_SIDE_BY_SIDE:
            QMessageBox.information(
                self,
                translate("ComparisonView", "Side by side"),
                translate(
                    "ComparisonView",
                    "Select {least} to {most} candidates to compare (Ctrl+click or Shift+click "
                    "rows).",
                ).format(least=number(MIN_SIDE_BY_SIDE), most=number(MAX_SIDE_BY_SIDE)),
            )
            return None
        # Imported here: QtCharts costs start-up time the first screen does not need.
        from hireapp.gui.compare.side_by_side import SideBySideDialog

        known, viewer = self._viewer(translate("ComparisonView", "Side by side"))
        if not known:
            return None
        dialog = SideBySideDialog(self.db, ids, self, viewer_id=viewer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_insight(self) -> QDialog | None:
        """The insight dialog for the position shown."""
        from hireapp.gui.compare.insight import InsightDialog

        known, viewer = self._viewer(translate("ComparisonView", "Insight"))
        if not known:
            return None
        dialog = InsightDialog(self.db, self._position, self, viewer_id=viewer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def export_visible(self, path: str) -> int:
        """Write the rows shown, in the order shown, to a CSV file; how many were written.

        The figures are read again at the moment of export, so a table loaded before the viewer
        started an interview cannot write out figures that are withheld now.
        """
        shown = [row.id for row in self.model.visible_rows()]
        fresh = {r.id: r for r in comparison_rows(self.db, self._position, self.viewer())}
        return write_comparison_csv(path, [fresh[i] for i in shown if i in fresh])

    def withheld_name(self, candidate_id: int | None) -> str | None:
        """The candidate's name when their figures are withheld from the viewer, else None."""
        for row in self.model.visible_rows():
            if row.id == candidate_id:
                return row.name if row.withheld else None
        return None

    def _span_withheld(self) -> None:
        """One cell across a withheld row's figure columns, so the words are read whole."""
        self.table.clearSpans()
        figures = [n for n, column in enumerate(COLUMNS) if column.figure]
        first, count = figures[0], len(figures)
        assert figures == list(range(first, first + count)), "figure columns stay together"
        for n, row in enumerate(self.model.visible_rows()):
            if row.withheld:
                self.table.setSpan(n, first, 1, count)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ComparisonView", "Export the table as CSV"),
            "candidates.csv",
            translate("ComparisonView", "CSV files (*.csv)"),
        )
        if not path:
            return
        try:
            count = self.export_visible(path)
        except HireappError as exc:
            QMessageBox.warning(
                self, translate("ComparisonView", "Cannot export the table"), str(exc)
            )
            return
        self.count_label.setText(
            english_plural(
                translate("ComparisonView", "Exported %Ln candidate(s) to {path}", None, count),
                count,
            ).format(path=path)
        )


def _loading() -> str:
    return translate("ComparisonView", "Loading…")


def _not_updated(reason: str) -> str:
    return translate("ComparisonView", "Not updated: {reason}").format(reason=reason)


def _count_line(shown: int, total: int, rows: list[ComparisonRow]) -> str:
    """The line under the table: how many are shown, interviewed, flagged and withheld."""
    interviewed = sum(1 for r in rows if r.submitted)
    text = english_plural(
        translate("ComparisonView", "{shown} of %Ln candidate(s) shown", None, total), total
    ).format(shown=number(shown))
    text += english_plural(
        translate("ComparisonView", ", %Ln interviewed", None, interviewed), interviewed
    )
    flagged = count_flagged(rows)
    if interviewed == 0:
        text += translate("ComparisonView", ": scores appear here once an interview is submitted")
    elif flagged:
        text += translate("ComparisonView", ", %Ln with a halo flag ⚠", None, flagged)
    withheld = sum(1 for r in rows if r.withheld)
    if withheld:
        text += translate(
            "ComparisonView",
            "; scores hidden for %Ln you are still interviewing: submit your own interview first",
            None,
            withheld,
        )
    return text


def _row_ranges(model: ComparisonModel, rows: list[int]) -> QItemSelection:
    """Whole rows as a selection, consecutive rows merged into one range (sorted rows in)."""
    selection = QItemSelection()
    last_column = model.columnCount() - 1
    start = previous = None
    for row in [*rows, None]:
        if start is not None and previous is not None and row != previous + 1:
            selection.select(model.index(start, 0), model.index(previous, last_column))
            start = None
        if start is None:
            start = row
        previous = row
    return selection


def _string_list(value: object) -> list[str]:
    try:
        loaded = json.loads(str(value))
    except ValueError:
        return []
    return [str(v) for v in loaded] if isinstance(loaded, list) else []


def _json_dict(value: object) -> dict[str, Any]:
    try:
        loaded = json.loads(str(value))
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _escape(text: str) -> str:
    return html.escape(text)
