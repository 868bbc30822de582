"""The process table: refreshed every 2 s in a worker, rows diffed by pid (selection
survives), sortable, filterable, a tree by parent, terminate/kill with confirmation."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvDockError
from core.host.processes import ProcessTable, ProcInfo, end_process
from core.jobs import Job
from gui.context import AppContext
from gui.host.processes_model import ProcessesModel
from gui.models.keyed_table import ITEM_ROLE, SORT_ROLE, model_data
from gui.widgets.dialogs import confirm
from gui.widgets.tables import make_filter, make_table


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
        self.model.container_names = {c.id: c.name for c in self.context.docker.store.snapshot()}
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
        text = self.tr("{0} process {1} ({2})?\n{3}").format(
            verb, proc.pid, proc.name, proc.cmdline[:200]
        )
        if confirm(self, verb, text):
            self.end(proc, force)

    def end(self, proc: ProcInfo, force: bool) -> None:
        try:
            end_process(proc.pid, force)
        except EnvDockError as err:
            self.context.notifier.error(err)
            return
        QTimer.singleShot(300, self.refresh)
