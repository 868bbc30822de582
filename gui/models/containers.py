"""The containers table: rows keyed by container id, fed by engine changes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from core.docker.containers import Container
from core.docker.engine import ContainerChange
from gui.icons import STATE_COLORS, dot
from gui.models.keyed_table import SORT_ROLE, KeyedTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("ContainersModel", "Name"),
    QT_TRANSLATE_NOOP("ContainersModel", "Image"),
    QT_TRANSLATE_NOOP("ContainersModel", "State"),
    QT_TRANSLATE_NOOP("ContainersModel", "Status"),
    QT_TRANSLATE_NOOP("ContainersModel", "Ports"),
    QT_TRANSLATE_NOOP("ContainersModel", "Created"),
)
NAME, IMAGE, STATE, STATUS, PORTS, CREATED = range(len(COLUMNS))


class ContainersModel(KeyedTableModel[Container]):
    headers = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=lambda c: c.id, parent=parent)
        self.pending: dict[str, str] = {}  # id -> "stopping…" while an action runs

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
        removed = [c.container.id for c in changes if c.kind == "removed"]
        for c in upserts:
            # the events stream brought the final state: the transition is over
            old_row = self.row_of(c.id)
            if old_row is not None and self.item(old_row).state != c.state:
                self.pending.pop(c.id, None)
        for cid in removed:
            self.pending.pop(cid, None)
        if upserts:
            self.upsert_many(upserts)
        if removed:
            self.remove_keys(removed)

    def cell(self, c: Container, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, column)
        if role == SORT_ROLE:
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
            return self.pending.get(c.id, c.state)
        if column == STATUS:
            return c.status
        if column == PORTS:
            return c.ports_text
        if column == CREATED:
            return dt.datetime.fromtimestamp(c.created).strftime("%Y-%m-%d %H:%M")
        return ""
