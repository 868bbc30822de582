"""Containers grouped by compose project (``com.docker.compose.project``) as a two-level
tree; rows move between groups with insert/remove, never a reset."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from core.docker.containers import Container
from core.docker.engine import ContainerChange
from gui.containers.model import COLUMNS, NAME, STATE, STATUS, ContainersModel
from gui.models.keyed_table import ITEM_ROLE, SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
# not SPARK_ROLE's number (UserRole + 20): the sparkline delegate asks group rows too,
# and must get nothing there, not the Group
GROUP_ROLE = Qt.ItemDataRole.UserRole + 21


@dataclass(eq=False)
class Group:
    project: str  # "" for containers outside any compose project
    containers: list[Container] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.containers]


class ComposeTreeModel(QAbstractItemModel):
    def __init__(self, flat: ContainersModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flat = flat  # for cell text and pending transitions
        self.groups: list[Group] = []

    # -- structure ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            if 0 <= row < len(self.groups):
                return self.createIndex(row, column, None)
            return QModelIndex()
        group = self.groups[parent.row()]
        if 0 <= row < len(group.containers):
            return self.createIndex(row, column, group)
        return QModelIndex()

    @overload
    def parent(self, /) -> QObject | None: ...
    @overload
    def parent(self, child: AnyIndex, /) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None, /) -> QObject | QModelIndex | None:
        """A row's parent index (Qt's tree API); with no argument, QObject's parent."""
        if child is None:
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        group = child.internalPointer()
        if group is None:
            return QModelIndex()
        return self.createIndex(self.groups.index(group), 0, None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalPointer() is None and parent.column() == 0:
            return len(self.groups[parent.row()].containers)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.flat.header_text(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = index.internalPointer()
        if group is None:
            g = self.groups[index.row()]
            if role == GROUP_ROLE:
                return g
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                if index.column() == NAME:
                    return g.project or QCoreApplication.translate(
                        "ComposeTreeModel", "(not in a compose project)"
                    )
                if index.column() == STATE:
                    running = sum(1 for c in g.containers if c.state == "running")
                    return QCoreApplication.translate("ComposeTreeModel", "{0}/{1} running").format(
                        running, len(g.containers)
                    )
                if index.column() == STATUS and g.project:
                    return QCoreApplication.translate("ComposeTreeModel", "compose project")
            return None
        container = group.containers[index.row()]
        if role == ITEM_ROLE:
            return container
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.column() == NAME
            and container.compose_service
        ):
            return f"{container.compose_service}  ({container.name})"
        return self.flat.cell(container, index.column(), role)

    # -- row-level updates ------------------------------------------------------------------
    def _find(self, cid: str) -> tuple[int, int] | None:
        for gi, g in enumerate(self.groups):
            for ci, c in enumerate(g.containers):
                if c.id == cid:
                    return gi, ci
        return None

    def _remove(self, gi: int, ci: int) -> None:
        group = self.groups[gi]
        self.beginRemoveRows(self.index(gi, 0), ci, ci)
        del group.containers[ci]
        self.endRemoveRows()
        if not group.containers:
            self.beginRemoveRows(QModelIndex(), gi, gi)
            del self.groups[gi]
            self.endRemoveRows()
        else:
            self._group_changed(gi)

    def _insert(self, container: Container) -> None:
        project = container.compose_project or ""
        gi = next((i for i, g in enumerate(self.groups) if g.project == project), None)
        if gi is None:
            gi = len(self.groups) if project == "" else sum(1 for g in self.groups if g.project)
            self.beginInsertRows(QModelIndex(), gi, gi)
            self.groups.insert(gi, Group(project))
            self.endInsertRows()
        group = self.groups[gi]
        ci = len(group.containers)
        self.beginInsertRows(self.index(gi, 0), ci, ci)
        group.containers.append(container)
        self.endInsertRows()
        self._group_changed(gi)

    def _group_changed(self, gi: int) -> None:
        self.dataChanged.emit(self.index(gi, 0), self.index(gi, len(COLUMNS) - 1))

    def apply_changes(self, changes: list[ContainerChange]) -> None:
        for change in changes:
            c = change.container
            where = self._find(c.id)
            if change.kind == "removed":
                if where is not None:
                    self._remove(*where)
                continue
            if where is not None:
                gi, ci = where
                if self.groups[gi].project == (c.compose_project or ""):
                    self.groups[gi].containers[ci] = c
                    parent = self.index(gi, 0)
                    self.dataChanged.emit(
                        self.index(ci, 0, parent), self.index(ci, len(COLUMNS) - 1, parent)
                    )
                    self._group_changed(gi)
                    continue
                self._remove(gi, ci)
            self._insert(c)

    def refresh_container(self, cid: str) -> None:
        where = self._find(cid)
        if where is not None:
            gi, ci = where
            parent = self.index(gi, 0)
            self.dataChanged.emit(
                self.index(ci, 0, parent), self.index(ci, len(COLUMNS) - 1, parent)
            )
