"""Containers: every container from the engine cache, kept current by the events stream.

This module holds the panel itself: the containers table and the compose project tree, the
selection, the filter and counts, the details and the live figures. Its parts live beside
it: the actions on containers (``actions.py``), the log and terminal windows
(``windows.py``) and the engines shown (``engines.py``); ``base.py`` declares what they
share.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.docker.api import Json
from core.docker.connection import EngineStatus
from core.docker.containers import Container
from core.docker.engine import ContainerChange, Engine
from core.docker.stats import CPU as CPU_FIGURE
from core.docker.stats import MEM as MEMORY_FIGURE
from core.host.ring import FloatArray
from gui.containers.actions import ActionsMixin
from gui.containers.compose_tree import GROUP_ROLE, ComposeTreeModel, Group
from gui.containers.details import ContainerDetails
from gui.containers.engines import EnginesMixin
from gui.containers.model import (
    CPU,
    CREATED,
    ENGINE,
    MEMORY,
    NAME,
    SPARK_ROLE,
    ContainersModel,
)
from gui.containers.run_dialog import RunDialog
from gui.containers.tree_view import dress_tree_view
from gui.containers.windows import WindowsMixin
from gui.context import AppContext
from gui.models.keyed_table import ITEM_ROLE, model_data
from gui.widgets.engine_banner import EngineBanner
from gui.widgets.sparkline import SparklineDelegate
from gui.widgets.tables import make_filter, make_proxy, make_table


class ContainersPanel(ActionsMixin, WindowsMixin, EnginesMixin):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.model = ContainersModel(self)
        self.proxy = make_proxy(self.model, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.banner = EngineBanner(context.engine, self)
        layout.addWidget(self.banner)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self._build_actions()

        bar = QHBoxLayout()
        self.filter_edit = make_filter(
            self.tr("Filter by name, image, state, ports…"), self._on_filter_change
        )
        bar.addWidget(self.filter_edit, 1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        self.group_box = QCheckBox(self.tr("Group by compose project"))
        self.group_box.toggled.connect(lambda _on: self._update_counts())
        bar.addWidget(self.group_box)
        self.all_engines_box = QCheckBox(self.tr("All engines"))
        self.all_engines_box.setToolTip(
            self.tr("Every engine's containers together, with an Engine column")
        )
        self.all_engines_box.toggled.connect(self.show_all_engines)
        bar.addWidget(self.all_engines_box)
        layout.addLayout(bar)

        self.view = make_table(
            self.proxy,
            multi=True,
            widths=(180, 170, 80, 130, 140, 120, 120, 120),
            stretch=NAME,
            sort=(CREATED, Qt.SortOrder.DescendingOrder),
        )

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.tree_model = ComposeTreeModel(self.model, self)
        self.tree_proxy = make_proxy(self.tree_model, self)
        self.tree_proxy.setRecursiveFilteringEnabled(True)
        self.tree_view = QTreeView()
        self.tree_view.setModel(self.tree_proxy)
        self.tree_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree_view.setAlternatingRowColors(True)
        dress_tree_view(self.tree_view)  # widths, sparklines: see tree_view.py
        self.tree_view.selectionModel().selectionChanged.connect(self._on_selection_change)
        self.tree_view.customContextMenuRequested.connect(self._on_context_menu)
        self.tree_model.rowsInserted.connect(self._on_tree_rows_insert)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.tree_view)
        self.stack.addWidget(self.empty_label)
        self.details = ContainerDetails()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setSizes([380, 260])
        layout.addWidget(splitter, 1)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_change)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.view.setColumnHidden(ENGINE, True)
        self.stats_timer = QTimer(self)
        self.stats_timer.setInterval(1000)
        self.stats_timer.timeout.connect(self._pull_stats)
        self.view.setItemDelegateForColumn(
            CPU, SparklineDelegate(SPARK_ROLE, "#1e88e5", 100.0, self.view)
        )
        self.view.setItemDelegateForColumn(
            MEMORY, SparklineDelegate(SPARK_ROLE, "#8e24aa", None, self.view)
        )
        self.details.currentChanged.connect(lambda _i: self._pull_stats())
        self.log_windows: dict[str, QWidget] = {}  # logs by id, terminals by "term:" + id
        self.run_window: RunDialog | None = None
        self._update_actions()

        initial = [ContainerChange("added", c) for c in context.docker.store.snapshot()]
        self.model.apply_changes(initial)
        self.tree_model.apply_changes(initial)
        self.model.dataChanged.connect(self._on_flat_rows_change)
        context.engine.containers_changed.connect(self._on_containers_change)
        context.engine.status_changed.connect(self._on_status_change)
        context.engine.current_changed.connect(self._on_current_change)
        context.engine.engine_containers_changed.connect(self._on_engine_containers_change)
        context.engine.engines_changed.connect(self._on_engines_change)
        # counts follow every change of rows, states or filter, once the changes settled
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self._update_counts)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
            self.proxy.modelReset,
        ):
            signal.connect(lambda *_: self._counts_timer.start())
        self._update_counts()

    # -- live figures ---------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.load_icons()
        self.context.live_data().ensure_stats(self)  # its streams pause while hidden
        self.stats_timer.start()
        self._pull_stats()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stats_timer.stop()
        super().hideEvent(event)

    def _pull_stats(self) -> None:
        """Live figures from the collector's rings (a pull at the view's pace), and the
        status lines' clock ("Up 7 seconds" keeps counting)."""
        self.model.tick_status()
        live = self.context.live
        collector = live.stats if live is not None else None
        if collector is None:
            return
        latest = dict(collector.latest)
        sparks: dict[str, tuple[FloatArray, FloatArray]] = {}
        for cid in latest:
            ring = collector.ring(cid)
            if ring is not None:
                _t, v = ring.window(60)
                sparks[cid] = (v[:, CPU_FIGURE], v[:, MEMORY_FIGURE])
        self.model.set_stats(latest, sparks)
        sel = self.selected()
        if len(sel) == 1 and self.details.currentIndex() == self.details.count() - 1:
            ring = collector.ring(sel[0].id)
            if ring is None:
                self.details.show_stats(None, None)
            else:
                self.details.show_stats(*ring.window(600))

    def _on_tree_rows_insert(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if parent.isValid():  # a container joined a project: its group shows open
            self.tree_view.expand(self.tree_proxy.mapFromSource(parent))

    def _on_flat_rows_change(self, top: QModelIndex, bottom: QModelIndex, *_args: object) -> None:
        # live figures (every second) reach the tree only while it is the view shown
        if top.column() >= CPU and not self.group_box.isChecked():
            return
        # pending transitions ("stopping…") show in the tree as well
        for row in range(top.row(), bottom.row() + 1):
            if 0 <= row < self.model.rowCount():
                self.tree_model.refresh_container(self.model.item(row).id)

    # -- selection ------------------------------------------------------------------------------
    def active_view(self) -> QAbstractItemView:
        return self.tree_view if self.group_box.isChecked() else self.view

    def selected(self) -> list[Container]:
        """The selected containers; a selected compose project stands for all of its own."""
        rows = self.active_view().selectionModel().selectedRows()
        found: dict[str, Container] = {}
        for r in rows:
            item = model_data(r, ITEM_ROLE)
            if isinstance(item, Container):
                found[item.id] = item
            group = model_data(r, GROUP_ROLE)
            if isinstance(group, Group):
                for c in group.containers:
                    found[c.id] = c
        return list(found.values())

    def select_project(self, project: str) -> bool:
        for gi, g in enumerate(self.tree_model.groups):
            if g.project == project:
                index = self.tree_proxy.mapFromSource(self.tree_model.index(gi, 0))
                self.tree_view.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    # -- details --------------------------------------------------------------------------------
    def _on_selection_change(self, *_args: object) -> None:
        self._update_actions()
        sel = self.selected()
        if len(sel) == 1:
            self._load_details(sel[0].id, self.engine_of(sel[0]))
        else:
            self.details.set_info(None)

    def _load_details(self, cid: str, engine: Engine | None = None) -> None:
        shown_on = engine or self.context.docker
        # the answer for a container selected before this one never replaces this one's
        show: Callable[[Json | None], None] = self.latest(
            "inspect", lambda info: self.details.set_info(info, shown_on)
        )
        self.call(
            self.tr("Inspect"),
            lambda: shown_on.api.inspect_container(cid),
            show,
            lambda _err: show(None),
        )

    def _on_status_change(self, _status: EngineStatus) -> None:
        self._update_counts()
        self._update_actions()

    def _on_filter_change(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree_proxy.setFilterFixedString(text)
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        running = sum(1 for c in self.model.items() if c.state == "running")
        if not self.filter_edit.text() or shown == total:
            self.count_label.setText(
                self.tr("%n container(s)", "", total) + ", " + self.tr("%n running", "", running)
            )
        else:
            self.count_label.setText(self.tr("{0} of {1} shown").format(shown, total))
        if total == 0:
            if self.context.engine.status.connected:
                self.empty_label.setText(
                    self.tr(
                        "No containers yet.\nStart one with `docker run` — it appears here at once."
                    )
                )
            else:
                self.empty_label.setText(self.tr("No containers to show."))
            self.stack.setCurrentWidget(self.empty_label)
        elif shown == 0:
            self.empty_label.setText(self.tr("No container matches the filter."))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.active_view())

    # -- texts with a count, for the parts (the plural is read by lupdate from tr() alone) ---------
    def _containers_text(self, count: int) -> str:
        return self.tr("%n container(s)", "", count)

    def _remove_question(self, count: int) -> str:
        return self.tr("Remove %n container(s)?", "", count)

    def _running_note(self, count: int) -> str:
        return self.tr("%n of them are running and will be stopped (force).", "", count)
