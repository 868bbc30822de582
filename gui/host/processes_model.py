"""The processes table's Qt model: one row per process keyed by pid, diffed on refresh
(selection survives), with a parent-first order for the tree view."""

from __future__ import annotations

from typing import Any

from core.host.processes import ProcInfo
from core.units import human_size
from gui.i18n import QT_TRANSLATE_NOOP
from gui.models.columns import Column, ColumnsModel

C = "ProcessesModel"


class ProcessesModel(ColumnsModel[ProcInfo]):
    def __init__(self, parent: Any = None) -> None:
        self.container_names: dict[str, str] = {}
        self.depth: dict[int, int] = {}
        self.tree_order: dict[int, int] = {}
        columns: tuple[Column[ProcInfo], ...] = (
            Column(
                QT_TRANSLATE_NOOP("ProcessesModel", "PID"), lambda p: str(p.pid), lambda p: p.pid
            ),
            Column(
                QT_TRANSLATE_NOOP("ProcessesModel", "Name"),
                self.name_text,
                self._name_sort,
                tooltip=lambda p: p.name,
            ),
            Column(QT_TRANSLATE_NOOP("ProcessesModel", "User"), lambda p: p.user),
            Column(
                QT_TRANSLATE_NOOP("ProcessesModel", "CPU %"),
                lambda p: f"{p.cpu_percent:.1f}",
                lambda p: p.cpu_percent,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProcessesModel", "Memory"),
                lambda p: human_size(p.rss),
                lambda p: p.rss,
            ),
            Column(
                QT_TRANSLATE_NOOP("ProcessesModel", "Threads"),
                lambda p: str(p.threads),
                lambda p: p.threads,
            ),
            Column(QT_TRANSLATE_NOOP("ProcessesModel", "Container"), self._container_text),
            Column(
                QT_TRANSLATE_NOOP("ProcessesModel", "Command line"),
                lambda p: p.cmdline,
                tooltip=lambda p: p.cmdline,
            ),
        )
        super().__init__(C, columns, key=lambda p: p.pid, parent=parent)
        self.tree = False

    def name_text(self, p: ProcInfo) -> str:
        indent = "    " * self.depth.get(p.pid, 0) if self.tree else ""
        return indent + p.name

    def _name_sort(self, p: ProcInfo) -> Any:
        return self.tree_order.get(p.pid, 0) if self.tree else p.name.lower()

    def _container_text(self, p: ProcInfo) -> str:
        if not p.container_id:
            return ""
        return self.container_names.get(p.container_id, p.container_id[:12])

    def compute_tree(self) -> None:
        """Depth and a depth-first order by parent, for the tree view."""
        items = self.items()
        pids = {p.pid for p in items}
        children: dict[int, list[int]] = {}
        for p in items:
            parent = p.ppid if p.ppid in pids and p.ppid != p.pid else 0
            children.setdefault(parent, []).append(p.pid)
        order: dict[int, int] = {}
        depth: dict[int, int] = {}
        stack = [(pid, 0) for pid in sorted(children.get(0, []), reverse=True)]
        while stack:
            pid, d = stack.pop()
            if pid in order:
                continue
            order[pid] = len(order)
            depth[pid] = d
            stack.extend((c, d + 1) for c in sorted(children.get(pid, []), reverse=True))
        self.tree_order, self.depth = order, depth
