"""A pull or a push as it happens: one progress bar per layer, the total, cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.docker.engine import Engine
from core.docker.transfer import TransferProgress
from core.errors import Cancelled
from core.jobs import Job, JobState
from core.units import human_size
from gui.engine_bridge import EngineBridge
from gui.widgets.engine_label import keep_title
from gui.workers import JobRunner


class TransferDialog(QDialog):
    """Runs ``work`` as a job; what it reports (``job.report``, fed to ``pull_image`` /
    ``push_image`` as their ``on_progress``) is shown as it comes.

    ``work`` holds the engine it transfers on (captured when the window opened: switching
    the current engine never redirects it); given that ``engine`` and the ``bridge``, the
    title names the engine while several are known."""

    def __init__(
        self,
        title: str,
        runner: JobRunner,
        work: Callable[[Job], TransferProgress],
        parent: QWidget | None = None,
        *,
        engine: Engine | None = None,
        bridge: EngineBridge | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        if engine is not None and bridge is not None:
            keep_title(self, bridge, engine, title)
        else:
            self.setWindowTitle(title)
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.heading = QLabel(title)
        self.heading.setStyleSheet("font-weight:bold;")
        layout.addWidget(self.heading)
        self.total = QProgressBar()
        self.total.setRange(0, 0)
        layout.addWidget(self.total)
        self.bytes_label = QLabel(self.tr("Starting…"))
        layout.addWidget(self.bytes_label)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Layer"), self.tr("Status"), self.tr("Progress")]
        )
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 220)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
        )
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel transfer"))
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        layout.addWidget(self.buttons)
        self.rows: dict[str, tuple[int, QProgressBar]] = {}
        self.last: TransferProgress | None = None
        self.job = Job(title, work)
        runner.reported.connect(self._on_reported)
        runner.finished.connect(self._on_finished)
        runner.submit(self.job)

    def cancel(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.result_label.setText(self.tr("Cancelling…"))

    def _on_reported(self, job: Job, value: object) -> None:
        if job is self.job and isinstance(value, TransferProgress):
            self.show_progress(value)

    def show_progress(self, p: TransferProgress) -> None:
        self.last = p
        for layer in p.layers.values():
            if layer.id not in self.rows:
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.table.setItem(row, 0, QTableWidgetItem(layer.id[:12]))
                bar = QProgressBar()
                bar.setRange(0, 1000)
                bar.setTextVisible(True)
                self.table.setCellWidget(row, 2, bar)
                self.rows[layer.id] = (row, bar)
            row, bar = self.rows[layer.id]
            status = layer.status
            if layer.total and not layer.done:
                status += f"  {human_size(layer.current)} / {human_size(layer.total)}"
            item = self.table.item(row, 1)
            if item is None or item.text() != status:
                self.table.setItem(row, 1, QTableWidgetItem(status))
            bar.setValue(int(layer.fraction * 1000))
        fraction = p.fraction
        if fraction is None and (p.finished or self.job.state.finished):
            pass  # nothing more will come: never start the busy animation again
        elif fraction is None:
            self.total.setRange(0, 0)
        else:
            self.total.setRange(0, 1000)
            self.total.setValue(int(fraction * 1000))
        if p.bytes_total:
            self.bytes_label.setText(
                self.tr("{0} of {1}, %n layer(s)", "", len(p.layers)).format(
                    human_size(p.bytes_done), human_size(p.bytes_total)
                )
            )
        elif p.layers:
            self.bytes_label.setText(self.tr("%n layer(s)", "", len(p.layers)))
        elif p.finished:
            self.bytes_label.setText(self.tr("No layer had to be transferred."))

    def _on_finished(self, job: Job) -> None:
        if job is not self.job:
            return
        if not self.isVisible():
            self.deleteLater()
            return
        self.cancel_button.setEnabled(False)
        if job.state is JobState.SUCCEEDED:
            p: TransferProgress = job.result
            self.show_progress(p)  # may set the bar busy again (no layer sizes): stop it below
            if p.up_to_date:
                self.result_label.setText(
                    self.tr("Up to date: {0} was already here.").format(p.reference)
                )
            else:
                self.result_label.setText(
                    self.tr("Done: {0}").format(p.reference) + (f"\n{p.digest}" if p.digest else "")
                )
        elif job.state is JobState.CANCELLED or isinstance(job.error, Cancelled):
            self.result_label.setText(self.tr("Cancelled. Nothing was tagged."))
        elif job.error is not None:
            self.result_label.setStyleSheet("color:#c0392b;")
            self.result_label.setText(f"{job.error.message}\n{job.error.hint}".strip())
        self._stop_bar(job.state is JobState.SUCCEEDED)

    def _stop_bar(self, complete: bool) -> None:
        """A finished transfer leaves no busy (animated) bar behind: full when it
        succeeded, where it stopped otherwise."""
        value = 1000 if complete else self.total.value()
        self.total.setRange(0, 1000)
        self.total.setValue(max(0, value))
        for _row, bar in self.rows.values():
            if complete:
                bar.setValue(1000)

    def done(self, result: int) -> None:
        """Closing while it runs only hides the window: the transfer goes on (Activity
        shows it) and the window goes away when it ends."""
        super().done(result)
        if self.job.state.finished:
            self.deleteLater()
