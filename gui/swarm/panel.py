"""The Swarm panel: the nodes, services, tasks, stacks, configs and secrets of the swarm the
engine acted on manages, painted from the event-fed cache (``gui.swarm.feed``); on a worker
it says so and names the managers, outside a swarm it offers to create or join one.

Rows change one by one as the events arrive; the tasks of the services shown are polled
(events do not carry task states) every 2 s, only while the panel is visible. The actions
are in ``actions.py``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvDockError
from core.swarm.ipvs import local_ipvs, published_port_warning
from core.swarm.model import Node, Service, SwarmInfo, SwarmObject, Task
from core.swarm.rows import node_row, service_row, task_row
from core.swarm.stacks import stacks
from core.swarm.state import SwarmChange
from gui.context import AppContext
from gui.models.columns import ColumnsModel
from gui.models.keyed_table import ITEM_ROLE
from gui.panel import Panel
from gui.swarm.feed import SwarmFeed
from gui.swarm.models import NodesModel, ObjectsModel, ServicesModel, StacksModel, TasksModel
from gui.widgets.engine_banner import EngineBanner
from gui.widgets.tables import make_proxy, make_table

POLL_MS = 2000  # task states: at most this often, only while visible
UPDATING = ("updating", "rollback_started")


class _Tab(QWidget):
    """A toolbar over a table."""

    def __init__(self, proxy: QSortFilterProxyModel, widths: tuple[int, ...], stretch: int) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self.view: QTableView = make_table(proxy, widths=widths, stretch=stretch,
                                           sort=(0, Qt.SortOrder.AscendingOrder))  # fmt: skip
        layout.addWidget(self.view, 1)
        self.top = layout

    def add(self, actions: list[QAction | None]) -> None:
        for action in actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)


class SwarmBase(Panel):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.feed = SwarmFeed(context.jobs, self)
        self.feed.changed.connect(self.apply_changes)
        self.feed.info_changed.connect(self._on_info)
        self.feed.failed.connect(self._on_failed)
        self._started = False
        self.chosen_service = ""  # the service whose tasks the Tasks tab shows

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(EngineBanner(context.engine, self))
        row = QHBoxLayout()
        self.info_label = QLabel(self.tr("Reading the swarm…"))
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.info_label, 1)
        self.swarm_buttons = QHBoxLayout()
        row.addLayout(self.swarm_buttons)
        layout.addLayout(row)
        self.error_label = QLabel()  # the last failure reading the swarm (until it reads again)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.tabs = QTabWidget()
        self.nodes = NodesModel(self)
        self.nodes_tab = _Tab(
            make_proxy(self.nodes, self), (120, 70, 90, 70, 80, 90, 110, 50, 80), 9
        )
        self.tabs.addTab(self.nodes_tab, self.tr("Nodes"))
        self.services = ServicesModel(self)
        self.services_tab = _Tab(make_proxy(self.services, self),
                                 (150, 90, 70, 200, 140, 90, 90, 140), 8)  # fmt: skip
        self.ipvs_label = QLabel()  # published ports that need IPVS (the chosen service's)
        self.ipvs_label.setWordWrap(True)
        self.ipvs_label.setStyleSheet("color: #b35c00;")
        self.ipvs_label.hide()
        self.services_tab.top.addWidget(self.ipvs_label)
        self.kernel: tuple[dict[str, Any], bool | None] = ({}, None)  # info(), IPVS known
        self.tabs.addTab(self.services_tab, self.tr("Services"))
        self.tasks = TasksModel(self)
        self.tasks_tab = _Tab(make_proxy(self.tasks, self), (150, 160, 90, 90, 90, 140, 260), 6)
        self.service_combo = QComboBox()
        self.service_combo.setMinimumWidth(220)
        self.service_combo.activated.connect(self._on_service_combo)
        self.tasks_tab.toolbar.addWidget(QLabel(self.tr("Service:") + " "))
        self.tasks_tab.toolbar.addWidget(self.service_combo)
        self.update_label = QLabel()  # the chosen service's rolling update, as it goes
        self.update_label.setWordWrap(True)
        self.tasks_tab.top.insertWidget(1, self.update_label)
        self.tabs.addTab(self.tasks_tab, self.tr("Tasks"))
        self.stacks = StacksModel(self)
        self.stacks_tab = _Tab(make_proxy(self.stacks, self), (160, 80), 2)
        self.tabs.addTab(self.stacks_tab, self.tr("Stacks"))
        self.configs = ObjectsModel(self)
        self.configs_tab = _Tab(make_proxy(self.configs, self), (200, 160, 160), 3)
        self.tabs.addTab(self.configs_tab, self.tr("Configs"))
        self.secrets = ObjectsModel(self)
        self.secrets_tab = _Tab(make_proxy(self.secrets, self), (200, 160, 160), 3)
        self.tabs.addTab(self.secrets_tab, self.tr("Secrets"))
        self.tabs.currentChanged.connect(lambda _i: self.poll())
        layout.addWidget(self.tabs, 1)

        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        context.engine.current_changed.connect(self._on_engine_changed)
        context.engine.status_changed.connect(self._on_status)

    def button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _c=False: slot())
        self.swarm_buttons.addWidget(button)
        return button

    # -- following the engine ------------------------------------------------------------------
    def on_shown(self) -> None:
        self.load_icons()
        if not self._started:
            self._started = True
            self.feed.start(self.context.docker)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._poll_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._poll_timer.stop()
        super().hideEvent(event)

    def _on_engine_changed(self, _engine: object) -> None:
        self.clear_rows()
        self.kernel = ({}, None)
        self.error_label.hide()
        if self._started:
            self.info_label.setText(self.tr("Reading the swarm…"))
            self.feed.start(self.context.docker)

    def _on_status(self, status: object) -> None:
        connected = getattr(status, "connected", False)
        if connected and self._started and self.feed.info is None:
            self.feed.refresh_info()

    def clear_rows(self) -> None:
        for model in (self.nodes, self.services, self.tasks, self.stacks, self.configs,
                      self.secrets):  # fmt: skip
            model.replace([])
        self.service_combo.clear()
        self.chosen_service = ""

    def _on_info(self, info: SwarmInfo) -> None:
        self.error_label.hide()
        if not info.is_manager:
            self.clear_rows()
        else:
            self._read_kernel()
        self.tabs.setEnabled(info.is_manager)
        self.info_label.setText(self.info_text(info))
        self.update_actions()

    def info_text(self, info: SwarmInfo) -> str:
        if info.is_manager:
            return self.tr("Swarm manager {0}: {1} node(s), {2} manager(s)").format(
                info.node_addr or info.node_id[:12], info.nodes, info.managers
            )
        if info.active:
            managers = ", ".join(info.remote_managers) or self.tr("(none known)")
            return self.tr(
                "This engine is a worker in a swarm: nodes and services are read and changed "
                "on a manager ({0}). Add a manager's engine (Engines…) and switch to it."
            ).format(managers)
        if info.local_state == "error":
            return self.tr("The swarm is in error: {0}").format(info.error)
        return self.tr(
            "This engine is not in a swarm. Create one here (Initialise…) or join another."
        )

    def _read_kernel(self) -> None:
        """The engine's kernel and, for an engine on this machine, whether it has IPVS (what
        published ports need) — read once per engine, in a worker."""
        engine = self.context.docker

        def read() -> tuple[dict[str, Any], bool | None]:
            local = engine.endpoint().is_local_socket
            return dict(engine.api.info()), local_ipvs() if local else None

        def done(found: tuple[dict[str, Any], bool | None]) -> None:
            self.kernel = found
            self.show_ipvs_warning()

        self.call(self.tr("Read the engine's kernel"), read, done)

    def show_ipvs_warning(self) -> None:
        """Under the services: what the chosen service's published ports need."""
        services = [self.feed.state.services.get(k) for k in self.selected(self.services_tab)]
        info, ipvs = self.kernel
        text = next((w for s in services if s is not None
                     if (w := published_port_warning(s, info, ipvs))), "")  # fmt: skip
        self.ipvs_label.setText("⚠ " + text if text else "")
        self.ipvs_label.setVisible(bool(text))

    def _show_update(self) -> None:
        service = self.feed.state.services.get(self.chosen_service)
        if service is None or not service.update_state:
            self.update_label.setText("")
            return
        text = self.tr("Update: {0}").format(service.update_state)
        if service.update_message:
            text += f" — {service.update_message}"
        self.update_label.setText(text)

    def _on_failed(self, err: EnvDockError) -> None:
        self.error_label.setText(f"⚠ {err.message} {err.hint}".strip())
        self.error_label.show()

    def poll(self) -> None:
        """Task states of the services shown (all in the Services tab, the chosen one in
        Tasks)."""
        if not self.isVisible() or self.feed.info is None or not self.feed.info.is_manager:
            return
        current = self.tabs.currentWidget()
        if current is self.tasks_tab and self.chosen_service:
            self.feed.poll_tasks([self.chosen_service])
        elif current in (self.services_tab, self.stacks_tab):
            self.feed.poll_tasks([s.id for s in self.services.items()])

    # -- rows ----------------------------------------------------------------------------------
    def apply_changes(self, changes: list[SwarmChange]) -> None:
        self.error_label.hide()  # the swarm answered again
        services_moved = False
        for change in changes:
            item, gone = change.item, change.action == "removed"
            if isinstance(item, Node):
                self._one(self.nodes, item.id, None if gone else node_row(item))
            elif isinstance(item, Service):
                self._one(self.services, item.id, None if gone else service_row(item))
                services_moved = True
                if item.update_state in UPDATING and not gone and self.isVisible():
                    # a rolling update moved on: its tasks now (their states are not in
                    # the events), not at the next poll
                    self.feed.poll_tasks([item.id])
            elif isinstance(item, Task):
                if item.service_id == self.chosen_service:
                    self._one(self.tasks, item.id, None if gone else task_row(item))
            elif isinstance(item, SwarmObject):
                model = self.configs if item.kind == "config" else self.secrets
                self._one(model, item.id, None if gone else item)
        if services_moved:
            self.stacks.replace(stacks(self.feed.state))
            self._fill_service_combo()
            self._show_update()
        self.update_actions()

    @staticmethod
    def _one(model: ColumnsModel[Any], key: str, row: object | None) -> None:
        if row is None:
            model.remove_keys([key])
        else:
            model.upsert_many([row])

    def _fill_service_combo(self) -> None:
        services = self.feed.state.service_list()
        names = [(s.name, s.id) for s in services]
        current = [
            (self.service_combo.itemText(i), self.service_combo.itemData(i))
            for i in range(self.service_combo.count())
        ]
        if names != current:
            self.service_combo.clear()
            for name, sid in names:
                self.service_combo.addItem(name, sid)
        index = self.service_combo.findData(self.chosen_service)
        if index >= 0:
            self.service_combo.setCurrentIndex(index)
        elif services:
            self.show_tasks(services[0].id, switch=False)

    def _on_service_combo(self, index: int) -> None:
        sid = self.service_combo.itemData(index)
        if isinstance(sid, str):
            self.show_tasks(sid, switch=False)

    def show_tasks(self, service_id: str, switch: bool = True) -> None:
        """The Tasks tab on ``service_id``'s tasks (painted from the cache, then polled)."""
        self.chosen_service = service_id
        self.tasks.replace(task_row(t) for t in self.feed.state.tasks_of(service_id))
        index = self.service_combo.findData(service_id)
        if index >= 0:
            self.service_combo.setCurrentIndex(index)
        if switch:
            self.tabs.setCurrentWidget(self.tasks_tab)
        self._show_update()
        self.poll()

    def selected(self, tab: _Tab) -> list[str]:
        """The keys (ids, or stack names) of the rows chosen in ``tab``."""
        proxy = tab.view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        source = proxy.sourceModel()
        keys = []
        for index in tab.view.selectionModel().selectedRows():
            row = proxy.mapToSource(index).row()
            item = source.data(source.index(row, 0), ITEM_ROLE)
            key = getattr(item, "id", None) or getattr(item, "name", None)
            if isinstance(key, str):
                keys.append(key)
        return keys

    def update_actions(self) -> None:
        """Enable what the selection allows (the actions' part)."""

    def shutdown(self) -> None:
        self._poll_timer.stop()
        self.feed.shutdown()
