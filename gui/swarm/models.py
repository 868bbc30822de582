"""The Swarm panel's tables: nodes, services, a service's tasks, stacks, configs and secrets.
Each is a keyed column model over the rows ``core.swarm.rows`` makes, changed row by row
as the engine's events (and the task poll) say; a node that is down, a service short of
tasks and a failed task are painted red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from core.swarm.model import SwarmObject
from core.swarm.rows import NodeRow, ServiceRow, TaskRow
from core.swarm.stacks import Stack
from gui.i18n import QT_TRANSLATE_NOOP
from gui.models.columns import Column, ColumnsModel

RED = QColor("#c62828")


def _cell(i: int) -> Any:
    return lambda row: row.cells[i]


NODE_TITLES = (
    QT_TRANSLATE_NOOP("SwarmNodesModel", "Hostname"),
    QT_TRANSLATE_NOOP("SwarmNodesModel", "Role"),
    QT_TRANSLATE_NOOP("SwarmNodesModel", "Availability"),
    QT_TRANSLATE_NOOP("SwarmNodesModel", "Status"),
    QT_TRANSLATE_NOOP("SwarmNodesModel", "Manager"),
    QT_TRANSLATE_NOOP("SwarmNodesModel", "Engine"),
    QT_TRANSLATE_NOOP("SwarmNodesModel", "Address"),
    QT_TRANSLATE_NOOP("SwarmNodesModel", "CPUs"),
    QT_TRANSLATE_NOOP("SwarmNodesModel", "Memory"),
    QT_TRANSLATE_NOOP("SwarmNodesModel", "Labels"),
)
SERVICE_TITLES = (
    QT_TRANSLATE_NOOP("SwarmServicesModel", "Name"),
    QT_TRANSLATE_NOOP("SwarmServicesModel", "Mode"),
    QT_TRANSLATE_NOOP("SwarmServicesModel", "Replicas"),
    QT_TRANSLATE_NOOP("SwarmServicesModel", "Image"),
    QT_TRANSLATE_NOOP("SwarmServicesModel", "Ports"),
    QT_TRANSLATE_NOOP("SwarmServicesModel", "Update"),
    QT_TRANSLATE_NOOP("SwarmServicesModel", "Stack"),
    QT_TRANSLATE_NOOP("SwarmServicesModel", "Created"),
    QT_TRANSLATE_NOOP("SwarmServicesModel", "Updated"),
)
TASK_TITLES = (
    QT_TRANSLATE_NOOP("SwarmTasksModel", "Task"),
    QT_TRANSLATE_NOOP("SwarmTasksModel", "Image"),
    QT_TRANSLATE_NOOP("SwarmTasksModel", "Node"),
    QT_TRANSLATE_NOOP("SwarmTasksModel", "Desired state"),
    QT_TRANSLATE_NOOP("SwarmTasksModel", "Current state"),
    QT_TRANSLATE_NOOP("SwarmTasksModel", "Since"),
    QT_TRANSLATE_NOOP("SwarmTasksModel", "Error"),
    QT_TRANSLATE_NOOP("SwarmTasksModel", "Container"),
)


class RedRowsModel(ColumnsModel[Any]):
    """Rows whose ``flag`` attribute is true are painted red."""

    flag = ""

    def cell(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and getattr(item, self.flag, False):
            return RED
        return super().cell(item, column, role)


class NodesModel(RedRowsModel):
    flag = "down"

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [Column[NodeRow](t, _cell(i)) for i, t in enumerate(NODE_TITLES)]
        super().__init__("SwarmNodesModel", columns, key=lambda r: r.id, parent=parent)


class ServicesModel(RedRowsModel):
    flag = "short"

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [Column[ServiceRow](t, _cell(i)) for i, t in enumerate(SERVICE_TITLES)]
        super().__init__("SwarmServicesModel", columns, key=lambda r: r.id, parent=parent)


class TasksModel(RedRowsModel):
    flag = "failed"

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column[TaskRow](t, _cell(i), tooltip=_cell(6)) for i, t in enumerate(TASK_TITLES)
        ]
        super().__init__("SwarmTasksModel", columns, key=lambda r: r.id, parent=parent)


STACK_COLUMNS: tuple[Column[Stack], ...] = (
    Column(QT_TRANSLATE_NOOP("SwarmStacksModel", "Stack"), lambda s: s.name),
    Column(QT_TRANSLATE_NOOP("SwarmStacksModel", "Services"), lambda s: str(len(s.services))),
    Column(
        QT_TRANSLATE_NOOP("SwarmStacksModel", "Names"),
        lambda s: ", ".join(x.name for x in s.services),
    ),
)


class StacksModel(ColumnsModel[Stack]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("SwarmStacksModel", STACK_COLUMNS, key=lambda s: s.name, parent=parent)


def _labels(o: SwarmObject) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(o.labels.items()))


OBJECT_COLUMNS: tuple[Column[SwarmObject], ...] = (
    Column(QT_TRANSLATE_NOOP("SwarmObjectsModel", "Name"), lambda o: o.name),
    Column(QT_TRANSLATE_NOOP("SwarmObjectsModel", "Created"), lambda o: o.created[:19]),
    Column(QT_TRANSLATE_NOOP("SwarmObjectsModel", "Updated"), lambda o: o.updated[:19]),
    Column(QT_TRANSLATE_NOOP("SwarmObjectsModel", "Labels"), _labels),
)


class ObjectsModel(ColumnsModel[SwarmObject]):
    """Configs or secrets: names and dates only (a secret's value is never read)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("SwarmObjectsModel", OBJECT_COLUMNS, key=lambda o: o.id, parent=parent)
