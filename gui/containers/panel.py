"""Containers: every container from the engine cache, kept current by the events stream."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSignalBlocker,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.docker.actions import (
    SIGNALS,
    TRANSITIONS,
    ActionReport,
    ActionRequest,
    rename,
    run_action,
)
from core.docker.api import Json
from core.docker.connection import EngineStatus
from core.docker.containers import Container
from core.docker.engine import ContainerChange, Engine
from core.docker.run_spec import RunSpec, run_container
from core.docker.stats import CPU as CPU_FIGURE
from core.docker.stats import MEM as MEMORY_FIGURE
from core.errors import EnvDockError
from core.host.ring import FloatArray
from core.jobs import Job
from gui.containers.compose_tree import GROUP_ROLE, ComposeTreeModel, Group
from gui.containers.details import ContainerDetails
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
from gui.context import AppContext
from gui.models.keyed_table import ITEM_ROLE, model_data
from gui.panel import Panel
from gui.widgets.dialogs import confirm, more_button
from gui.widgets.engine_banner import EngineBanner
from gui.widgets.sparkline import SparklineDelegate
from gui.widgets.tables import make_filter, make_proxy, make_table

if TYPE_CHECKING:  # imported when first opened (pyte and the log view: ~80 ms)
    from gui.containers.log_view import LogWindow
    from gui.containers.terminal import TerminalWindow


@dataclass(frozen=True, slots=True)
class ActionOptions:
    timeout: int = 10
    signal: str = "SIGKILL"
    remove_volumes: bool = False
    force: bool = False


def unseen_container(cid: str, engine: str) -> Container:
    """A stand-in for a container not shown yet: enough to act on it by id."""
    return Container(cid, cid[:12], "", "", "", 0.0, engine=engine)


class ContainersPanel(Panel):
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

    # -- which engines ------------------------------------------------------------------------
    def engine_of(self, container: Container) -> Engine:
        """The engine a container runs on (the current one for a container of no engine)."""
        for engine in self.context.engine.engines():
            if engine.name == container.engine:
                return engine
        return self.context.docker

    def _on_current_change(self, engine: Engine) -> None:
        """Another engine is the one acted on: its containers, from its cache, row by row
        (the last engine's rows go, the new one's come; no reset, no engine round trip)."""
        if self.all_engines_box.isChecked():
            return  # every engine's are shown already
        self._replace_rows(engine.store.snapshot())

    def _replace_rows(self, containers: list[Container]) -> None:
        keep = {c.key for c in containers}
        gone = [ContainerChange("removed", c) for c in self.model.items() if c.key not in keep]
        came = [ContainerChange("added", c) for c in containers]
        self.model.apply_changes(gone + came)
        self.tree_model.apply_changes(gone + came)
        self.details.set_info(None)
        self._counts_timer.start()
        self._update_actions()

    def show_all_engines(self, on: bool) -> None:
        """Every engine's containers together (each engine connects, if it was not), with
        an Engine column; off: the current engine's alone again."""
        with QSignalBlocker(self.all_engines_box):
            self.all_engines_box.setChecked(on)
        if on:
            self.group_box.setChecked(False)
            self.context.engine.registry.connect_all()
            rows = [c for e in self.context.engine.engines() for c in e.store.snapshot()]
        else:
            rows = self.context.docker.store.snapshot()
        self.group_box.setEnabled(not on)  # the project tree shows one engine's
        self.view.setColumnHidden(ENGINE, not on)
        self._replace_rows(rows)

    def _on_engines_change(self, _engines: list[Engine]) -> None:
        if self.all_engines_box.isChecked():
            self.show_all_engines(True)  # new engines connect, removed ones' rows go

    def _on_engine_containers_change(self, _name: str, changes: list[ContainerChange]) -> None:
        if self.all_engines_box.isChecked():
            self._apply(changes)

    def _on_containers_change(self, changes: list[ContainerChange]) -> None:
        if not self.all_engines_box.isChecked():
            self._apply(changes)

    def _apply(self, changes: list[ContainerChange]) -> None:
        self.model.apply_changes(changes)
        self.tree_model.apply_changes(changes)
        self._counts_timer.start()
        current = self.selected()
        if len(current) == 1 and any(c.container.key == current[0].key for c in changes):
            self._load_details(current[0].id, self.engine_of(current[0]))
        self._update_actions()

    # -- actions ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.act_run = self.make_action(self.tr("Run…"), self.run_dialog, "mdi6.plus")
        self.act_start = self.make_action(self.tr("Start"), lambda: self.act("start"), "mdi6.play")
        self.act_stop = self.make_action(self.tr("Stop"), lambda: self.act("stop"), "mdi6.stop")
        self.act_restart = self.make_action(
            self.tr("Restart"), lambda: self.act("restart"), "mdi6.restart"
        )
        self.act_pause = self.make_action(self.tr("Pause"), lambda: self.act("pause"), "mdi6.pause")
        self.act_unpause = self.make_action(self.tr("Unpause"), lambda: self.act("unpause"))
        self.act_remove = self.make_action(self.tr("Remove…"), self.remove_dialog, "mdi6.delete")
        self.act_rename = self.make_action(self.tr("Rename…"), self.rename_dialog)
        self.act_logs = self.make_action(self.tr("Logs"), self.open_logs, "mdi6.text-box-outline")
        self.act_terminal = self.make_action(
            self.tr("Terminal"), self.open_terminal, "mdi6.console"
        )
        self.act_my_terminal = self.make_action(
            self.tr("Open in my terminal emulator"), self.open_my_terminal
        )
        for a in (
            self.act_run,
            self.act_start,
            self.act_stop,
            self.act_restart,
            self.act_pause,
            self.act_remove,
            self.act_logs,
            self.act_terminal,
        ):
            self.toolbar.addAction(a)
        kill = QMenu(self.tr("Kill with signal"), self)
        self.kill_actions: list[QAction] = []
        for sig in SIGNALS:
            a = self.make_action(sig, partial(self.act, "kill", signal=sig))
            kill.addAction(a)
            self.kill_actions.append(a)
        self.act_parity = self.make_action(
            self.tr("Compare with an environment…"), self.parity_dialog, "mdi6.compare"
        )
        more = more_button(
            self,
            self.tr("More"),
            (self.act_unpause, kill, self.act_rename, self.act_my_terminal, None, self.act_parity),
        )
        self.toolbar.addWidget(more)

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

    def _update_actions(self) -> None:
        sel = self.selected()
        states = {c.state for c in sel}
        connected = self.context.engine.status.connected
        any_sel = bool(sel) and connected
        self.act_run.setEnabled(connected)
        self.act_start.setEnabled(any_sel and bool(states - {"running", "paused"}))
        self.act_stop.setEnabled(any_sel and bool(states & {"running", "paused", "restarting"}))
        self.act_restart.setEnabled(any_sel)
        self.act_pause.setEnabled(any_sel and "running" in states)
        self.act_unpause.setEnabled(any_sel and "paused" in states)
        self.act_parity.setEnabled(len(sel) == 1 and connected and states == {"running"})
        self.act_remove.setEnabled(any_sel)
        self.act_rename.setEnabled(connected and len(sel) == 1)
        self.act_logs.setEnabled(connected and len(sel) == 1)
        self.act_terminal.setEnabled(connected and len(sel) == 1 and "running" in states)
        self.act_my_terminal.setEnabled(connected and len(sel) == 1 and "running" in states)
        for a in self.kill_actions:
            a.setEnabled(any_sel and bool(states & {"running", "paused", "restarting"}))

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for a in (
            self.act_logs,
            self.act_terminal,
            None,
            self.act_start,
            self.act_stop,
            self.act_restart,
            self.act_pause,
            self.act_unpause,
            None,
            self.act_rename,
            self.act_remove,
        ):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        menu.popup(self.active_view().viewport().mapToGlobal(pos))

    def act(
        self,
        action: str,
        ids: list[str] | None = None,
        *,
        timeout: int = 10,
        signal: str = "SIGKILL",
        remove_volumes: bool = False,
        force: bool = False,
    ) -> Job | None:
        """Run ``action`` on the selected containers (or ``ids``) off the GUI thread (the
        options and their defaults are ``ActionRequest``'s), each on its own engine."""
        if ids is None:
            chosen = self.selected()
        else:
            rows = (self.model.row_of(cid) for cid in ids)
            chosen = [self.model.item(r) for r in rows if r is not None]
            if len(chosen) < len(ids):  # ids not (yet) shown: the current engine's
                shown = {c.id for c in chosen}
                chosen += [unseen_container(cid, self.context.docker.name) for cid in ids
                           if cid not in shown]  # fmt: skip
        by_engine: dict[str, list[Container]] = {}
        for c in chosen:
            by_engine.setdefault(c.engine, []).append(c)
        jobs = [
            self._act_on(self.engine_of(group[0]), [c.id for c in group], action,
                         ActionOptions(timeout, signal, remove_volumes, force))
            for group in by_engine.values()
        ]  # fmt: skip
        return jobs[0] if jobs else None

    def _act_on(
        self, engine: Engine, targets: list[str], action: str, options: ActionOptions
    ) -> Job:
        names = {c.id: c.name for c in self.model.items()}
        request = ActionRequest(
            action,
            tuple(targets),
            timeout=options.timeout,
            signal=options.signal,
            remove_volumes=options.remove_volumes,
            force=options.force,
        )
        self.model.set_pending(targets, TRANSITIONS[action])
        title = self.tr("{0} {1}").format(
            action,
            names.get(targets[0], targets[0][:12])
            if len(targets) == 1
            else self.tr("%n container(s)", "", len(targets)),
        )

        def ended() -> None:
            # the events stream brings the final state; clear what it did not change
            for cid in targets:
                row = self.model.row_of(cid)
                if row is not None and self.model.pending.get(cid) == TRANSITIONS[action]:
                    self.model.clear_pending([cid])

        def work(job: Job) -> ActionReport:
            return run_action(job, engine.api, request, names)

        return self.run_job(title, work, after=ended)

    def remove_dialog(self) -> None:
        sel = self.selected()
        if not sel:
            return
        running = [c for c in sel if c.state in ("running", "paused", "restarting")]
        volumes = QCheckBox(self.tr("Also remove their anonymous volumes (-v)"))
        if confirm(
            self,
            self.tr("Remove containers"),
            self.tr("Remove %n container(s)?", "", len(sel))
            + "\n"
            + ", ".join(c.name for c in sel[:10])
            + ("…" if len(sel) > 10 else ""),
            details=(
                self.tr("%n of them are running and will be stopped (force).", "", len(running))
                if running
                else ""
            ),
            option=volumes,
        ):
            self.act("remove", remove_volumes=volumes.isChecked(), force=bool(running))

    def rename_dialog(self) -> None:
        sel = self.selected()
        if len(sel) != 1:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New name:"), text=sel[0].name
        )
        if ok and name and name != sel[0].name:
            self.rename(sel[0], name)

    def rename(self, container: Container, new_name: str) -> Job:
        engine = self.engine_of(container)
        self.model.set_pending([container.id], TRANSITIONS["rename"])
        return self.run_job(
            self.tr("Rename {0} to {1}").format(container.name, new_name),
            lambda j: rename(j, engine.api, container.id, new_name),
            after=lambda: self.model.clear_pending([container.id]),
        )

    # -- logs ---------------------------------------------------------------------------------
    def open_logs(self, container: Container | None = None) -> LogWindow | None:
        from gui.containers.log_view import LogWindow  # on first use: see TYPE_CHECKING

        if container is None:
            sel = self.selected()
            if len(sel) != 1:
                return None
            container = sel[0]
        window = self.log_windows.get(container.id)
        if not isinstance(window, LogWindow) or not _open(window):
            window = LogWindow(
                self.context, container.id, container.name, self.engine_of(container)
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.log_windows[container.id] = window
            window.show()
            window.log_view.open()
        window.raise_()
        window.activateWindow()
        return window

    def open_terminal(self, container: Container | None = None) -> TerminalWindow | None:
        from gui.containers.terminal import TerminalWindow  # on first use: see TYPE_CHECKING

        if container is None:
            sel = self.selected()
            if len(sel) != 1:
                return None
            container = sel[0]
        key = f"term:{container.id}"
        window = self.log_windows.get(key)
        if not isinstance(window, TerminalWindow) or not _open(window):
            window = TerminalWindow(
                self.context, container.id, container.name, self.engine_of(container)
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.log_windows[key] = window
            window.show()
            window.open_terminal()
        window.raise_()
        window.activateWindow()
        return window

    def open_my_terminal(self) -> list[str] | None:
        """`docker exec -it` in the user's own terminal (the docker CLI resolves the same
        DOCKER_HOST / context as EnvDock does)."""
        from core.envs.shell import launch_in_terminal  # on first use (~13 ms)

        sel = self.selected()
        if len(sel) != 1:
            return None
        try:
            return launch_in_terminal(["docker", "exec", "-it", sel[0].id, "/bin/sh"])
        except EnvDockError as err:
            self.context.notifier.error(err)
            return None

    def shutdown(self) -> None:
        self.stats_timer.stop()
        for window in list(self.log_windows.values()):
            if shiboken6.isValid(window):
                window.close()
        self.log_windows.clear()

    # -- run ------------------------------------------------------------------------------------
    def run_dialog(self, image: str = "", port: str = "") -> Job:
        """Lists images and networks in a worker, then opens the run dialog
        (``self.run_window``)."""
        engine = self.context.docker

        def lists() -> tuple[list[str], list[str]]:
            client = engine.api
            tags = sorted(
                {
                    str(t)
                    for img in client.images()
                    for t in (img.get("RepoTags") or [])
                    if t != "<none>:<none>"
                }
            )
            nets = sorted(str(n["Name"]) for n in client.networks())
            return tags, nets

        def show(result: tuple[list[str], list[str]]) -> None:
            # the dialog runs the spec in a worker and stays open when the engine refuses
            dialog = RunDialog(
                result[0], result[1], self, image=image, port=port, submit=self.run_container
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.run_window = dialog
            dialog.open()

        return self.call(self.tr("List images"), lists, show, self.context.notifier.error)

    def parity_dialog(self) -> QWidget | None:
        """Compare the selected (running) container's Python packages with an environment."""
        sel = self.selected()
        return self.context.app.compare(sel[0].name, False) if len(sel) == 1 else None

    def run_container(
        self,
        spec: RunSpec,
        start: bool = True,
        on_result: Callable[[str], object] | None = None,
        on_error: Callable[[EnvDockError], object] | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Create (and start) ``spec``'s container; the callbacks are ``owner``'s (the run
        dialog's: they are dropped if it is gone by then), else the panel's."""
        engine = self.context.docker
        return self.run_job(
            self.tr("Run {0}").format(spec.name or spec.image),
            lambda _j: run_container(engine.api, spec, start),
            on_result,
            on_error,
            owner=owner,
        )

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


def _open(window: QWidget) -> bool:
    """A window of ours still on screen (not closed, not deleted by Qt)."""
    return shiboken6.isValid(window) and window.isVisible()
