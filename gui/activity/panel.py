"""Activity: running and finished jobs with progress, cancel and their logs."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.jobs import Job, JobState
from gui.activity.model import CANCEL, PROGRESS, PROGRESS_ROLE, TIME, TITLE, JobsModel
from gui.context import AppContext
from gui.models.keyed_table import ITEM_ROLE, SORT_ROLE, model_data
from gui.panel import Panel
from gui.widgets.progress_delegate import ButtonDelegate, ProgressDelegate


class ActivityPanel(Panel):
    LOG_LINES = 5000

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        runner = context.jobs
        self.model = JobsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.model.upsert_many(j for j in runner.jobs() if j.visible)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        self.clear_button = QPushButton(self.tr("Clear finished"))
        self.clear_button.clicked.connect(self.clear_finished)
        bar.addWidget(self.clear_button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.setItemDelegateForColumn(PROGRESS, ProgressDelegate(PROGRESS_ROLE, self.view))
        self.view.setItemDelegateForColumn(CANCEL, ButtonDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 200), (PROGRESS, 160), (TIME, 70), (CANCEL, 80)):
            header.resizeSection(column, width)
        self.view.clicked.connect(self._on_cell_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_change)
        splitter.addWidget(self.view)

        details = QWidget()
        dl = QVBoxLayout(details)
        dl.setContentsMargins(0, 0, 0, 0)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        dl.addWidget(self.error_label)
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(self.LOG_LINES)
        self.log_view.setPlaceholderText(self.tr("Select an operation to see its output."))
        self.log_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.log_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        dl.addWidget(self.log_view)
        splitter.addWidget(details)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)

        self.current: Job | None = None
        runner.job_added.connect(self._on_job_added)
        runner.progressed.connect(self._on_job_change)
        runner.state_changed.connect(self._on_job_state_change)
        runner.logged.connect(self._on_job_logged)
        # Running time ticks while something runs; stopped when nothing does.
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._on_tick)
        self._update_summary()

    # -- job signals ------------------------------------------------------------------------
    def _on_job_added(self, job: Job) -> None:
        if job.visible:
            self.model.upsert_many([job])
            self._update_summary()

    def _on_job_change(self, job: Job, _value: object = None) -> None:
        self.model.refresh_row(job.id)

    def _on_job_state_change(self, job: Job, _state: JobState) -> None:
        self.model.refresh_row(job.id)
        self._update_summary()
        if job is self.current:
            self._show_error(job)

    def _on_job_logged(self, job: Job, line: str) -> None:
        if job is self.current:
            self.log_view.appendPlainText(line)

    def _on_tick(self) -> None:
        for job in self.context.jobs.running():
            self.model.refresh_row(job.id)

    # -- user actions -----------------------------------------------------------------------
    def _on_cell_clicked(self, index: QModelIndex) -> None:
        if index.column() != CANCEL:
            return
        job = model_data(index, ITEM_ROLE)
        if isinstance(job, Job) and not job.state.finished:
            job.cancel()
            self.model.refresh_row(job.id)

    def _on_current_change(self, current: QModelIndex, _previous: QModelIndex) -> None:
        job = model_data(current, ITEM_ROLE) if current.isValid() else None
        self.show_job(job if isinstance(job, Job) else None)

    def show_job(self, job: Job | None) -> None:
        self.current = job
        self.log_view.clear()
        if job is None:
            self.error_label.hide()
            return
        self.log_view.setPlainText("\n".join(job.lines()[-self.LOG_LINES :]))
        self._show_error(job)

    def select_job(self, job: Job) -> None:
        row = self.model.row_of(job.id)
        if row is not None:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _show_error(self, job: Job) -> None:
        if job.state is JobState.FAILED and job.error is not None:
            self.error_label.setText(
                f"<b>{html.escape(job.error.message)}</b><br>{html.escape(job.error.hint)}"
            )
            self.error_label.show()
        else:
            self.error_label.hide()

    def clear_finished(self) -> None:
        finished = [j for j in self.model.items() if j.state.finished]
        for job in finished:
            self.context.jobs.forget(job)
        self.model.remove_keys(j.id for j in finished)
        if self.current is not None and self.current.state.finished:
            self.show_job(None)
        self._update_summary()

    def _update_summary(self) -> None:
        running = sum(1 for j in self.model.items() if not j.state.finished)
        failed = sum(1 for j in self.model.items() if j.state is JobState.FAILED)
        self.summary.setText(
            self.tr("{0} running, {1} failed, {2} in all").format(
                running, failed, self.model.rowCount()
            )
        )
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()

    def shutdown(self) -> None:
        self._tick.stop()
