"""The shape volumes and networks share: a toolbar, a filter, a table of one resource
kind that re-lists (in a worker) when the engine reports a change of that kind."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QToolBar, QVBoxLayout

from core.docker.api import DockerAPI
from core.docker.connection import EngineStatus
from core.errors import EnvDockError
from core.jobs import Job
from gui.context import AppContext
from gui.models.columns import ColumnsModel
from gui.panel import Panel
from gui.widgets.engine_banner import EngineBanner
from gui.widgets.tables import make_filter, make_proxy, make_table

T = TypeVar("T")


class ListPanel(Panel, Generic[T]):
    """Subclasses list their rows in ``fetch`` (run in a worker) and act through
    ``run_job`` with ``after=self.reload``."""

    resource = ""  # the engine event type that makes this panel re-list

    def __init__(
        self,
        context: AppContext,
        model: ColumnsModel[T],
        filter_text: str,
        widths: Sequence[int],
        stretch: int,
    ) -> None:
        super().__init__(context)
        self.model = model
        model.setParent(self)
        self.proxy = make_proxy(model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(EngineBanner(context.engine, self))
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        bar = QHBoxLayout()
        bar.addWidget(make_filter(filter_text, self.proxy.setFilterFixedString), 1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.view: QTableView = make_table(self.proxy, widths=widths, stretch=stretch)
        layout.addWidget(self.view, 1)
        self._pending: Job | None = None
        self._loaded_once = False
        self._closed = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self.reload)
        context.engine.resources_changed.connect(self._on_resource)
        context.engine.status_changed.connect(self._on_status)
        context.engine.current_changed.connect(self._on_current_change)

    def add_actions(self, actions: Sequence[QAction | None]) -> None:
        for action in actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

    # -- loading ---------------------------------------------------------------------------
    def fetch(self, api: DockerAPI) -> list[T]:  # pragma: no cover - abstract
        """The rows, read in a worker."""
        raise NotImplementedError

    def on_shown(self) -> None:
        self.load_icons()
        if not self._loaded_once:
            self.reload()

    def _on_resource(self, kind: str) -> None:
        if kind == self.resource and not self._closed:
            self._reload_timer.start()

    def _on_status(self, status: EngineStatus) -> None:
        if status.connected and not self._closed:
            self._reload_timer.start()

    def _on_current_change(self, _engine: object) -> None:
        """Another engine: its rows (the last engine's go at once; a reply still on its way
        for the last engine is dropped)."""
        self.model.replace([])
        self.update_count()
        self._pending = None
        self.latest("reload", lambda _x: None)
        if not self._closed:
            self._reload_timer.start()

    def reload(self) -> Job | None:
        engine = self.context.docker
        if engine.client is None or not self.context.engine.status.connected:
            return None
        if self._pending is not None and not self._pending.state.finished:
            if not self._closed:
                self._reload_timer.start()  # one at a time; try again shortly
            return None
        self._pending = self.call(
            self.tr("Refresh"),
            lambda: self.fetch(engine.api),
            *self.latest_pair("reload", self._on_loaded, self._on_error),
        )
        return self._pending

    def _on_loaded(self, items: list[T]) -> None:
        self._loaded_once = True
        self.model.replace(items)
        self.update_count()

    def _on_error(self, err: EnvDockError) -> None:
        self.count_label.setText(err.message)

    def update_count(self) -> None:
        self.count_label.setText(self.tr("%n item(s)", "", self.model.rowCount()))

    # -- helpers for the actions ------------------------------------------------------------
    def selected(self) -> list[T]:
        rows = (self.proxy.mapToSource(r).row() for r in self.view.selectionModel().selectedRows())
        return [self.model.item(row) for row in rows if 0 <= row < self.model.rowCount()]

    def shutdown(self) -> None:
        self._closed = True
        self._reload_timer.stop()
