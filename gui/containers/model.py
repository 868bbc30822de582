"""The containers table: rows keyed by (engine, container id), fed by engine changes. One
engine's containers, or every engine's together (the Engine column then says whose)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from core.docker.containers import Container
from core.docker.engine import ContainerChange
from core.docker.stats import ContainerStats
from core.host.ring import FloatArray
from core.units import human_size
from gui.i18n import QT_TRANSLATE_NOOP
from gui.icons import STATE_COLORS, dot
from gui.models.keyed_table import SORT_ROLE, KeyedTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("ContainersModel", "Name"),
    QT_TRANSLATE_NOOP("ContainersModel", "Image"),
    QT_TRANSLATE_NOOP("ContainersModel", "State"),
    QT_TRANSLATE_NOOP("ContainersModel", "Status"),
    QT_TRANSLATE_NOOP("ContainersModel", "Ports"),
    QT_TRANSLATE_NOOP("ContainersModel", "Created"),
    QT_TRANSLATE_NOOP("ContainersModel", "CPU"),
    QT_TRANSLATE_NOOP("ContainersModel", "Memory"),
    QT_TRANSLATE_NOOP("ContainersModel", "Engine"),
)
NAME, IMAGE, STATE, STATUS, PORTS, CREATED, CPU, MEMORY, ENGINE = range(len(COLUMNS))
# the engine's states and the transitions a row shows meanwhile, shown translated
STATE_NAMES = (
    QT_TRANSLATE_NOOP("ContainerStates", "created"),
    QT_TRANSLATE_NOOP("ContainerStates", "running"),
    QT_TRANSLATE_NOOP("ContainerStates", "paused"),
    QT_TRANSLATE_NOOP("ContainerStates", "restarting"),
    QT_TRANSLATE_NOOP("ContainerStates", "removing"),
    QT_TRANSLATE_NOOP("ContainerStates", "exited"),
    QT_TRANSLATE_NOOP("ContainerStates", "dead"),
    QT_TRANSLATE_NOOP("ContainerStates", "starting…"),
    QT_TRANSLATE_NOOP("ContainerStates", "stopping…"),
    QT_TRANSLATE_NOOP("ContainerStates", "restarting…"),
    QT_TRANSLATE_NOOP("ContainerStates", "pausing…"),
    QT_TRANSLATE_NOOP("ContainerStates", "unpausing…"),
    QT_TRANSLATE_NOOP("ContainerStates", "killing…"),
    QT_TRANSLATE_NOOP("ContainerStates", "removing…"),
    QT_TRANSLATE_NOOP("ContainerStates", "renaming…"),
)
SPARK_ROLE = Qt.ItemDataRole.UserRole + 20  # recent values for the sparkline


class ContainersModel(KeyedTableModel[Container]):
    headers = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda c: c.key, parent=parent)
        self.pending: dict[str, str] = {}  # id -> "stopping…" while an action runs
        self.stats: dict[str, ContainerStats] = {}
        self.sparks: dict[
            str, tuple[FloatArray, FloatArray]
        ] = {}  # id -> (cpu values, memory values)
        self._status_shown: dict[str, str] = {}  # id -> the status line last painted

    def row_of(self, key: Hashable) -> int | None:
        """The row of a container by its (engine, id) key — or by its id alone, when only
        one engine's containers are shown (the first such row otherwise)."""
        if isinstance(key, str):
            return next(
                (row for k, row in self._index.items() if isinstance(k, tuple) and k[1] == key),
                None,
            )
        return super().row_of(key)

    def refresh_row(self, key: Hashable) -> None:
        row = self.row_of(key)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def tick_status(self) -> None:
        """Let "Up 7 seconds" keep counting: dataChanged for the rows whose line changed."""
        now = time.time()
        for row, c in enumerate(self._rows):
            shown = self._status_shown.get(c.id)
            if shown is not None and shown != c.status_at(now):
                index = self.index(row, STATUS)
                self.dataChanged.emit(index, index)

    def set_stats(
        self, stats: dict[str, ContainerStats], sparks: dict[str, tuple[FloatArray, FloatArray]]
    ) -> None:
        """Live figures (pulled by the panel's timer): one dataChanged for two columns."""
        self.stats = stats
        self.sparks = sparks
        if self.rowCount():
            self.dataChanged.emit(self.index(0, CPU), self.index(self.rowCount() - 1, MEMORY))

    def set_pending(self, ids: list[str], text: str) -> None:
        for cid in ids:
            self.pending[cid] = text
            self.refresh_row(cid)

    def clear_pending(self, ids: list[str]) -> None:
        for cid in ids:
            if self.pending.pop(cid, None) is not None:
                self.refresh_row(cid)

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("ContainersModel", COLUMNS[section])

    def apply_changes(self, changes: list[ContainerChange]) -> None:
        upserts = [c.container for c in changes if c.kind != "removed"]
        removed = [c.container.key for c in changes if c.kind == "removed"]
        for c in upserts:
            # the events stream brought the final state: the transition is over
            old_row = super().row_of(c.key)
            if old_row is not None and self.item(old_row).state != c.state:
                self.pending.pop(c.id, None)
        for _engine, cid in removed:
            self.pending.pop(cid, None)
            self._status_shown.pop(cid, None)
        if upserts:
            self.upsert_many(upserts)
        if removed:
            self.remove_keys(removed)

    def cell(self, c: Container, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, column)
        if role == SPARK_ROLE and column in (CPU, MEMORY):
            pair = self.sparks.get(c.id)
            return None if pair is None else pair[0 if column == CPU else 1]
        if role == SORT_ROLE:
            if column in (CPU, MEMORY):
                st = self.stats.get(c.id)
                return -1.0 if st is None else (st.cpu_percent if column == CPU else st.mem_bytes)
            return c.created if column == CREATED else self._display(c, column).lower()
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            return dot(STATE_COLORS.get(c.state, "#8a8a8a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME:
                return f"{c.name}\n{c.id}\n{c.command}"
            if column == PORTS and any(p.reachable_from_network for p in c.ports):
                return QCoreApplication.translate(
                    "ContainersModel", "Published on all interfaces: reachable from the network"
                )
            return self._display(c, column)
        return None

    def _display(self, c: Container, column: int) -> str:
        if column == NAME:
            return c.name
        if column == IMAGE:
            return c.image
        if column == STATE:
            state = self.pending.get(c.id, c.state)
            return QCoreApplication.translate("ContainerStates", state)
        if column == STATUS:
            text = c.status_at()
            self._status_shown[c.id] = text
            return text
        if column == PORTS:
            return c.ports_text
        if column == CREATED:
            return dt.datetime.fromtimestamp(c.created).strftime("%Y-%m-%d %H:%M")
        if column in (CPU, MEMORY):
            st = self.stats.get(c.id)
            if st is None:
                return ""
            return f"{st.cpu_percent:.1f} %" if column == CPU else human_size(st.mem_bytes)
        if column == ENGINE:
            return c.engine
        return ""
