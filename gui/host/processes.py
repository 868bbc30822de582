"""The process table: refreshed every 2 s in a worker, rows diffed by pid (selection
survives), sortable, filterable, a tree by parent, terminate/kill with confirmation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvDockError
from core.host.processes import ProcessTable, ProcInfo, end_process
from core.jobs import Job
from core.units import human_size
from gui.context import AppContext
from gui.models.columns import Column, ColumnsModel
from gui.models.keyed_table import ITEM_ROLE, SORT_ROLE, model_data
from gui.widgets.tables import make_filter, make_table

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


class ProcessesView(QWidget):
    INTERVAL_MS = 2000

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = ProcessTable()
        self.model = ProcessesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(
            make_filter(
                self.tr("Filter by name, user, command, container…"),
                self.proxy.setFilterFixedString,
            ),
            1,
        )
        self.tree_box = QCheckBox(self.tr("Tree"))
        self.tree_box.toggled.connect(self._on_tree_toggle)
        bar.addWidget(self.tree_box)
        self.term_button = QPushButton(self.tr("Terminate…"))
        self.term_button.clicked.connect(lambda: self.end_dialog(False))
        self.kill_button = QPushButton(self.tr("Kill…"))
        self.kill_button.clicked.connect(lambda: self.end_dialog(True))
        bar.addWidget(self.term_button)
        bar.addWidget(self.kill_button)
        self.count = QLabel()
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.view = make_table(
            self.proxy, multi=False, widths=(70, 180, 90, 70, 90, 70, 140), stretch=7
        )
        self.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        layout.addWidget(self.view, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.refresh)
        self._job: Job | None = None
        self._names_fitted = 0  # the widest names seen: a narrower column is the user's choice

    def start(self) -> None:
        if not self.timer.isActive():
            self.timer.start()
            self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> Job | None:
        if self._job is not None and not self._job.state.finished:
            return None  # the last one is still reading
        table = self.table
        self._job = self.context.jobs.call(
            QCoreApplication.translate("ProcessesView", "Processes"),
            table.sample,
            self._on_sample,
            owner=self,
        )
        return self._job

    def _on_sample(self, rows: list[ProcInfo]) -> None:
        self.model.container_names = {
            c.id: c.name for c in self.context.docker.store.snapshot()
        }
        self.model.replace(rows)
        if self.model.tree:
            self.model.compute_tree()
            self.fit_names()
        in_containers = sum(1 for p in rows if p.container_id)
        self.count.setText(
            self.tr("%n process(es)", "", len(rows))
            + (self.tr(", {0} in containers").format(in_containers) if in_containers else "")
        )

    def fit_names(self) -> None:
        """In the tree the names are indented by their depth: widen the Name column to
        the widest one so none is cut to "…" (it only grows; the user may narrow it)."""
        metrics = self.view.fontMetrics()
        texts = {self.model.name_text(p) for p in self.model.items()}
        needed = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 16
        header = self.view.horizontalHeader()
        if needed > max(header.sectionSize(1), self._names_fitted):
            header.resizeSection(1, needed)
        self._names_fitted = max(self._names_fitted, needed)

    def _on_tree_toggle(self, on: bool) -> None:
        self.model.tree = on
        if on:
            self.model.compute_tree()
            self.fit_names()
            self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 1), self.model.index(self.model.rowCount() - 1, 1)
            )
        self.proxy.invalidate()

    def selected(self) -> ProcInfo | None:
        rows = self.view.selectionModel().selectedRows()
        item = model_data(rows[0], ITEM_ROLE) if rows else None
        return item if isinstance(item, ProcInfo) else None

    def end_dialog(self, force: bool) -> None:
        proc = self.selected()
        if proc is None:
            return
        verb = self.tr("Kill") if force else self.tr("Terminate")
        answer = QMessageBox.question(
            self,
            verb,
            self.tr("{0} process {1} ({2})?\n{3}").format(
                verb, proc.pid, proc.name, proc.cmdline[:200]
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.end(proc, force)

    def end(self, proc: ProcInfo, force: bool) -> None:
        try:
            end_process(proc.pid, force)
        except EnvDockError as err:
            self.context.notifier.error(err)
            return
        QTimer.singleShot(300, self.refresh)
