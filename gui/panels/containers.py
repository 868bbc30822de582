"""Containers: every container from the engine cache, kept current by the events stream."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
)

from core.docker.connection import EngineStatus
from core.docker.engine import ContainerChange
from gui.context import AppContext
from gui.models.containers import CREATED, NAME, ContainersModel
from gui.panels.base import Panel
from gui.widgets.engine_banner import EngineBanner
from gui.widgets.tables import make_filter, make_proxy, make_table


class ContainersPanel(Panel):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.model = ContainersModel(self)
        self.proxy = make_proxy(self.model, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.banner = EngineBanner(context.engine, self)
        layout.addWidget(self.banner)

        bar = QHBoxLayout()
        self.filter_edit = make_filter(
            self.tr("Filter by name, image, state, ports…"), self._on_filter_change
        )
        bar.addWidget(self.filter_edit, 1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.view = make_table(
            self.proxy,
            multi=True,
            widths=(220, 220, 90, 200, 220, 130),
            stretch=NAME,
            sort=(CREATED, Qt.SortOrder.DescendingOrder),
        )

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)

        self.model.apply_changes(
            [ContainerChange("added", c) for c in context.engine.engine.store.snapshot()]
        )
        context.engine.containers_changed.connect(self._on_containers_change)
        context.engine.status_changed.connect(self._on_status_change)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)
        self._update_counts()

    def _on_containers_change(self, changes: list[ContainerChange]) -> None:
        self.model.apply_changes(changes)

    def _on_status_change(self, _status: EngineStatus) -> None:
        self._update_counts()

    def _on_filter_change(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        running = sum(1 for c in self.model.items() if c.state == "running")
        if shown == total:
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
            self.stack.setCurrentWidget(self.view)
