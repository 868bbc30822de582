"""The log viewer: tail first, older pages as you scroll up, follow, timestamps, search
with highlight and next/previous, only-matching filter, ANSI colours, wrap, save, clear.

One view for one container's log and for several merged (a compose project's: each line
prefixed and coloured by its service, with a service filter): what it reads is a
``LogFeed`` (``core.docker.log_feeds``, ``core.docker.merged_logs``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QIcon,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.ansi import segments
from core.docker.engine import Engine
from core.docker.log_feeds import ContainerFeed, LogFeed, LogFollower, LogReader
from core.docker.logs import Page, parse_when
from core.docker.merged_logs import Member, MergedFeed, MergedFollower, MergedLogStore
from core.errors import EnvDockError
from core.jobs import Job
from gui.containers.log_model import (
    MATCH_ROLE,
    RAW_ROLE,
    LogModel,
    MatchesModel,
    MemberFilterModel,
)
from gui.context import AppContext
from gui.models.keyed_table import model_data
from gui.widgets.engine_label import keep_title

TAIL_LINES = 2000
PAGE_LINES = 20_000


class AnsiDelegate(QStyledItemDelegate):
    """Paints one log line: plain lines in one call, ANSI-coloured ones by segment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[tuple[str, bool], QFont] = {}

    def _font(self, base: QFont, bold: bool) -> QFont:
        key = (base.key(), bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(base)
            font.setBold(bold)
            self._fonts[key] = font
        return font

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        match = model_data(index, MATCH_ROLE)
        palette = option.palette
        if selected:
            painter.fillRect(rect, palette.highlight())
        elif match == 2:
            painter.fillRect(rect, QColor("#f5c542"))
        elif match == 1:
            painter.fillRect(rect, QColor(245, 197, 66, 90))
        base = model_data(index, Qt.ItemDataRole.ForegroundRole)
        default = (
            palette.highlightedText().color()
            if selected
            else (base if isinstance(base, QColor) else palette.text().color())
        )
        text = str(model_data(index, RAW_ROLE) or "")
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        area = rect.adjusted(4, 0, 0, 0)
        font: QFont = option.font
        if "\x1b" not in text:
            painter.setFont(font)
            painter.setPen(default)
            painter.drawText(area, flags, text)
            return
        x = area.left()
        for part, color, bold in segments(text):
            f = self._font(font, bold)
            painter.setFont(f)
            painter.setPen(QColor(color) if color and not selected else default)
            painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), flags, part)
            x += QFontMetrics(f).horizontalAdvance(part)
            if x > rect.right():
                break


class LogView(QWidget):
    """A log, read from ``engine`` (the current one when the view opened) for the view's
    whole life: switching the current engine never redirects it. ``target`` is a
    container's id, or a ``LogFeed`` (``MergedFeed`` for several containers merged)."""

    def __init__(
        self,
        context: AppContext,
        target: str | LogFeed,
        name: str,
        parent: QWidget | None = None,
        engine: Engine | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.engine = engine if engine is not None else context.docker
        self.feed: LogFeed = ContainerFeed(target) if isinstance(target, str) else target
        self.cid = target if isinstance(target, str) else ""
        self.name = name
        self.store = self.feed.new_store()
        self.model = LogModel(self.store, self)
        self.source: LogReader | None = None
        self.follower: LogFollower | None = None
        self.oldest_offset: int | None = None
        self.complete = False
        self.loading_older = False
        self.hits: list[int] = []
        self.hit_pos = -1
        self.allowed: set[int] | None = None  # the members shown (a merged log); None: all
        self.filter_model: MatchesModel | MemberFilterModel | None = None

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.follow = QCheckBox(self.tr("Follow"))
        self.follow.setChecked(True)
        self.follow.toggled.connect(self._on_follow_toggle)
        self.timestamps = QCheckBox(self.tr("Timestamps"))
        self.timestamps.setChecked(True)
        self.timestamps.toggled.connect(self.model.set_timestamps)
        self.wrap = QCheckBox(self.tr("Wrap"))
        self.wrap.toggled.connect(self._on_wrap_toggle)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the loaded log…"))
        self.search.returnPressed.connect(self.run_search)
        self.prev_button = QPushButton(self.tr("Previous"))
        self.prev_button.clicked.connect(lambda: self.jump(-1))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.jump(1))
        self.only = QCheckBox(self.tr("Only matching"))
        self.only.toggled.connect(self._on_only_toggle)
        self.older_button = QPushButton(self.tr("Load older"))
        self.older_button.clicked.connect(self.load_older)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.model.clear)
        for box in (self.follow, self.timestamps, self.wrap):
            bar.addWidget(box)
        self.services: QToolButton | None = None
        self.member_actions: list[QAction] = []
        if isinstance(self.feed, MergedFeed) and isinstance(self.store, MergedLogStore):
            self.services = self._services_button(self.feed.members, self.store.prefixes)
            bar.addWidget(self.services)
        bar.addWidget(self.search, 1)
        for w in (
            self.prev_button,
            self.next_button,
            self.only,
            self.older_button,
            self.save_button,
            self.clear_button,
        ):
            bar.addWidget(w)
        layout.addLayout(bar)
        range_bar = QHBoxLayout()
        range_bar.addWidget(QLabel(self.tr("Since")))
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("e.g. 10m, 2h, 2026-11-22T10:00"))
        range_bar.addWidget(self.since)
        range_bar.addWidget(QLabel(self.tr("Until")))
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("empty: now"))
        range_bar.addWidget(self.until)
        self.range_button = QPushButton(self.tr("Show range"))
        self.range_button.clicked.connect(self.apply_range)
        range_bar.addWidget(self.range_button)
        range_bar.addStretch(1)
        layout.addLayout(range_bar)
        # A one-column QTableView: appending to a 100k-row QListView relayouts every row
        # (about 650 ms here), a table with fixed row heights does it in about 8 ms.
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        vheader = self.view.verticalHeader()
        vheader.hide()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(QFontMetrics(font).height() + 2)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.setFont(font)
        self.view.setItemDelegate(AnsiDelegate(self.view))
        self.view.verticalScrollBar().valueChanged.connect(self._on_scroll)
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._on_tick)

    # -- loading --------------------------------------------------------------------------
    def open(self) -> Job:
        engine, feed = self.engine, self.feed
        self.status.setText(self.tr("Loading the tail…"))

        def work() -> tuple[LogReader, Page]:
            source = feed.open(engine.api)
            return source, source.tail(TAIL_LINES)

        return self.context.jobs.call(
            self.tr("Logs of {0}").format(self.name),
            work,
            self._on_tail,
            self._on_error,
            owner=self,
        )

    def _on_tail(self, result: tuple[LogReader, Page]) -> None:
        self.source, page = result
        self.oldest_offset, self.complete = page.offset, page.complete
        self.model.append_lines(page.lines, page.streams)
        self.view.scrollToBottom()
        self._update_status()
        if self.follow.isChecked():
            self._start_follower()

    def _on_error(self, err: EnvDockError) -> None:
        self.status.setText(f"{err.message} — {err.hint}" if err.hint else err.message)

    def load_older(self) -> Job | None:
        if self.source is None or self.complete or self.loading_older or not len(self.store):
            return None
        self.loading_older = True
        source, first, offset = self.source, self.store.first_timestamp(), self.oldest_offset
        self.status.setText(self.tr("Loading older lines…"))
        return self.context.jobs.call(
            self.tr("Older logs of {0}").format(self.name),
            lambda: source.before(first, offset, PAGE_LINES),
            self._on_older,
            self._on_older_error,
            owner=self,
        )

    def _on_older(self, page: Page) -> None:
        self.loading_older = False
        bar = self.view.verticalScrollBar()
        before = bar.maximum() - bar.value()
        added = self.model.prepend_lines(page.lines, page.streams)
        self.oldest_offset, self.complete = page.offset, page.complete or not added
        bar.setValue(bar.maximum() - before)  # keep the lines the user looked at in place
        self._update_status()

    def _on_older_error(self, err: EnvDockError) -> None:
        self.loading_older = False
        self._on_error(err)

    def _on_scroll(self, value: int) -> None:
        if value == self.view.verticalScrollBar().minimum() and len(self.store):
            self.load_older()

    def apply_range(self) -> Job | None:
        """Show only the lines between since and until (both optional)."""
        try:
            since, until = parse_when(self.since.text()), parse_when(self.until.text())
        except EnvDockError as err:
            self._on_error(err)
            return None
        self._stop_follower()
        self.model.clear()
        engine, feed = self.engine, self.feed
        if not since and not until:
            return self.open()
        self.status.setText(self.tr("Loading the range…"))

        def work() -> tuple[LogReader, Page]:
            source = feed.open(engine.api)
            return source, source.read_range(since, until, PAGE_LINES * 10)

        def done(result: tuple[LogReader, Page]) -> None:
            self.source, page = result
            self.model.append_lines(page.lines, page.streams)
            self.complete, self.oldest_offset = True, None
            self.view.scrollToBottom()
            self._update_status()
            if not until and self.follow.isChecked():
                self._start_follower()

        return self.context.jobs.call(
            self.tr("Logs of {0} in a range").format(self.name),
            work,
            done,
            self._on_error,
            owner=self,
        )

    # -- follow -----------------------------------------------------------------------------
    def _start_follower(self) -> None:
        if self.follower is not None or self.source is None:
            return
        engine = self.engine
        self.follower = self.source.follower(lambda: engine.client, self.store.last_timestamp())
        self.follower.start()
        self.timer.start()

    def _stop_follower(self) -> None:
        self.timer.stop()
        if self.follower is not None:
            # its thread may be in a round trip (inspect on a reconnect): wait on a worker
            follower, self.follower = self.follower, None
            self.context.jobs.call(self.tr("Stop following"), follower.stop)

    def _on_follow_toggle(self, on: bool) -> None:
        if on and self.source is not None:
            self._start_follower()
        elif not on:
            self._stop_follower()

    def _on_tick(self) -> None:
        if self.follower is None:
            return
        batch = self.follower.drain(20_000)
        if batch:
            bar = self.view.verticalScrollBar()
            at_bottom = bar.value() >= bar.maximum() - 2
            self.model.append_lines([line for _, line in batch], bytes(s for s, _ in batch))
            if at_bottom:
                self.view.scrollToBottom()
        self._update_status()

    # -- search -----------------------------------------------------------------------------
    def run_search(self) -> Job | None:
        text = self.search.text()
        if not text:
            self.model.matches, self.hits = set(), []
            self.view.viewport().update()
            return None
        store = self.store

        def done(hits: list[int]) -> None:
            self.hits, self.hit_pos = hits, -1
            self.model.matches = set(hits)
            self.status.setText(self.tr("%n matching line(s)", "", len(self._visible_hits())))
            if self.only.isChecked():
                self._apply_filters()
            self.jump(1)

        return self.context.jobs.call(
            self.tr("Search the log"), lambda: store.search(text), done, self._on_error, owner=self
        )

    def _visible_hits(self) -> list[int]:
        """The search hits among the lines shown (those of the members the filter keeps)."""
        if self.allowed is None or not isinstance(self.store, MergedLogStore):
            return self.hits
        members, allowed = self.store.members, self.allowed
        return [h for h in self.hits if h < len(members) and members[h] in allowed]

    def jump(self, step: int) -> None:
        hits = self._visible_hits()
        if not hits:
            return
        self.hit_pos = (self.hit_pos + step) % len(hits)
        row = hits[self.hit_pos]
        self.model.current_match = row
        shown = self.view.model()
        if shown is not self.model and self.filter_model is not None:
            rows = self.filter_model.rows  # the filtered view: its row for that line
            pos = bisect_left(rows, row)
            row = pos if pos < len(rows) and rows[pos] == row else -1
        if row >= 0:
            self.view.scrollTo(shown.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.viewport().update()

    def _on_only_toggle(self, _on: bool) -> None:
        self._apply_filters()

    def _apply_filters(self) -> None:
        """Show all lines, only the chosen members' or only the matching ones (of those)."""
        old = self.filter_model
        if self.only.isChecked():
            self.filter_model = MatchesModel(self.model, self._visible_hits(), self)
        elif self.allowed is not None and isinstance(self.store, MergedLogStore):
            self.filter_model = MemberFilterModel(self.model, self.store, self.allowed, self)
        else:
            self.filter_model = None
        self.view.setModel(self.filter_model or self.model)
        if old is not None:
            old.deleteLater()

    # -- the service filter (a merged log) -----------------------------------------------------
    def _services_button(self, members: Sequence[Member], prefixes: Sequence[bytes]) -> QToolButton:
        button = QToolButton()
        button.setText(self.tr("Services"))
        button.setToolTip(self.tr("Show the lines of the chosen services only"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        show_all = menu.addAction(self.tr("Show all"))
        show_all.triggered.connect(self.show_all_members)
        menu.addSeparator()
        for member, prefix in zip(members, prefixes, strict=True):
            action = menu.addAction(member.label)
            action.setCheckable(True)
            action.setChecked(True)
            colour = segments(prefix.decode(errors="replace"))[0][1]
            if colour:
                swatch = QPixmap(12, 12)
                swatch.fill(QColor(colour))
                action.setIcon(QIcon(swatch))
            action.toggled.connect(self._on_member_toggle)
            self.member_actions.append(action)
        button.setMenu(menu)
        return button

    def show_all_members(self) -> None:
        for action in self.member_actions:
            action.blockSignals(True)
            action.setChecked(True)
            action.blockSignals(False)
        self._on_member_toggle()

    def set_members_shown(self, shown: set[int]) -> None:
        """Show the lines of the members at these indices only (all of them: no filter)."""
        for i, action in enumerate(self.member_actions):
            action.blockSignals(True)
            action.setChecked(i in shown)
            action.blockSignals(False)
        self._on_member_toggle()

    def _on_member_toggle(self, *_args: object) -> None:
        chosen = {i for i, a in enumerate(self.member_actions) if a.isChecked()}
        everyone = len(chosen) == len(self.member_actions)
        self.allowed = None if everyone else chosen
        if self.services is not None:
            self.services.setText(
                self.tr("Services")
                if everyone
                else self.tr("Services ({0} of {1})").format(len(chosen), len(self.member_actions))
            )
        self.hit_pos = -1
        self._apply_filters()
        self.view.scrollToBottom()

    def _on_wrap_toggle(self, on: bool) -> None:
        # wrapping needs a height per row: fine for a few thousand lines, slow for millions
        self.view.setWordWrap(on)
        self.view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if on else QHeaderView.ResizeMode.Fixed
        )

    # -- save, status, close ---------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the whole log"), str(Path.home() / f"{self.name}.log")
        )
        if path:
            self.save(Path(path))

    def save(self, target: Path) -> Job:
        engine, feed = self.engine, self.feed
        ts = self.timestamps.isChecked()
        return self.context.jobs.submit(
            Job(
                self.tr("Save the log of {0}").format(self.name),
                lambda j: feed.open(engine.api).save(target, ts, j.cancel_event),
            ),
            lambda n: self.status.setText(self.tr("Saved %n line(s)", "", n)),
            owner=self,
        )

    def _update_status(self) -> None:
        parts = [self.tr("%n line(s) loaded", "", len(self.store))]
        if self.complete:
            parts.append(self.tr("from the start"))
        if self.store.dropped:
            parts.append(self.tr("{0} oldest dropped to stay bounded").format(self.store.dropped))
        if isinstance(self.follower, MergedFollower):
            parts.append(self._members_status(self.follower))
        elif self.follower is not None:
            parts.append(
                {
                    "following": self.tr("following"),
                    "waiting": self.tr("container stopped — waiting for it to start"),
                    "reconnecting": self.tr("reconnecting…"),
                    "removed": self.tr("container removed"),
                }.get(self.follower.state, "")
            )
        self.status.setText(" · ".join(p for p in parts if p))

    def _members_status(self, follower: MergedFollower) -> str:
        counts, total = follower.counts(), len(self.member_actions)
        if counts["reconnecting"]:
            return self.tr("reconnecting…")
        text = self.tr("following {0} of {1} containers").format(counts["following"], total)
        if counts["waiting"]:
            text += " · " + self.tr("{0} stopped").format(counts["waiting"])
        if counts["removed"]:
            text += " · " + self.tr("{0} removed").format(counts["removed"])
        return text

    def shutdown(self) -> None:
        self._stop_follower()


class LogWindow(QWidget):
    """A log in a window of its own (a container's, or several merged: ``target`` as for
    ``LogView``), on ``engine`` (default: the current one) for the window's whole life; the
    title names that engine while several are known."""

    def __init__(
        self,
        context: AppContext,
        target: str | LogFeed,
        name: str,
        engine: Engine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.engine = engine if engine is not None else context.docker
        keep_title(self, context.engine, self.engine, self.tr("Logs — {0}").format(name))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.log_view = LogView(context, target, name, self, self.engine)
        layout.addWidget(self.log_view)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.log_view.shutdown()
        super().closeEvent(event)


def open_merged_logs(
    context: AppContext,
    engine: Engine,
    title: str,
    members: Sequence[Member],
    parent: QWidget | None = None,
) -> LogWindow:
    """A window with the merged log of ``members`` (a compose project's containers, each
    labelled like ``web-1``) on ``engine``, shown and loading; it is deleted when closed.
    The members are fixed: containers the project makes later are not added."""
    return open_log_feed(context, engine, title, MergedFeed(members), parent)


def open_log_feed(
    context: AppContext,
    engine: Engine,
    title: str,
    feed: LogFeed,
    parent: QWidget | None = None,
) -> LogWindow:
    """A window with the log ``feed`` gives (a swarm service's tasks, say) on ``engine``,
    shown and loading; it is deleted when closed."""
    window = LogWindow(context, feed, title, engine, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.log_view.open()
    window.raise_()
    window.activateWindow()
    return window
