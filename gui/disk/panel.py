"""Disk use of the engine (``docker system df``) on demand, and prune by kind with a
preview of exactly what goes."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.docker.images import DiskUse, disk_use
from core.docker.prune import KINDS, PrunePreview, PruneResult, preview, prune
from core.errors import EnvDockError
from core.jobs import Job
from core.units import human_size
from gui.context import AppContext
from gui.panel import Panel
from gui.widgets.engine_banner import EngineBanner
from gui.widgets.prune_dialog import PruneDialog, kind_title


class DiskPanel(Panel):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(EngineBanner(context.engine, self))
        intro = QLabel(
            self.tr(
                "What the engine keeps on disk. Computing it is costly for the engine, so it "
                "is done only when you ask."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Compute disk use"))
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        self.status = QLabel(self.tr("Not computed yet."))
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)
        self.table = QTableWidget(len(KINDS), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Count"),
                self.tr("Active"),
                self.tr("Size"),
                self.tr("Reclaimable"),
                "",
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # the table spans the window: the kind takes what is left, the figures share the rest
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(5, 140)
        self.prune_buttons: dict[str, QPushButton] = {}
        for row, kind in enumerate(KINDS):
            self.table.setItem(row, 0, QTableWidgetItem(self._kind_label(kind)))
            button = QPushButton(self.tr("Prune…"))
            button.clicked.connect(lambda _c=False, k=kind: self.prune_dialog(k))
            self.table.setCellWidget(row, 5, button)
            self.prune_buttons[kind] = button
        self.table.resizeRowsToContents()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = sum(self.table.rowHeight(r) for r in range(len(KINDS)))
        self.table.setFixedHeight(
            rows + self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        )
        layout.addWidget(self.table)
        self.all_images = QCheckBox(
            self.tr("Image prune also removes unused tagged images (not only dangling ones)")
        )
        layout.addWidget(self.all_images)
        layout.addStretch(1)
        self._job: Job | None = None
        self.rows: dict[str, DiskUse] = {}  # the last computed figures, by kind
        self.prune_preview_dialog: PruneDialog | None = None  # the last preview shown
        context.engine.current_changed.connect(self._on_current_change)

    def _on_current_change(self, _engine: object) -> None:
        """Another engine: its figures are not computed yet (an answer still on its way
        for the last engine is dropped)."""
        self._job = None
        self.latest("disk", lambda _x: None)  # newer than any request made so far
        self._on_result([])
        self.status.setText(self.tr("Not computed yet."))

    def _kind_label(self, kind: str) -> str:
        return {
            "containers": self.tr("Containers"),
            "images": self.tr("Images"),
            "volumes": self.tr("Volumes"),
            "build cache": self.tr("Build cache"),
        }[kind]

    def on_shown(self) -> None:
        self.load_icons()

    def refresh(self) -> Job | None:
        engine = self.context.docker
        if engine.client is None or (self._job is not None and not self._job.state.finished):
            return None
        self.status.setText(self.tr("Computing…"))
        self.refresh_button.setEnabled(False)
        self._job = self.call(
            self.tr("Disk use"),
            lambda: disk_use(engine.api),
            *self.latest_pair("disk", self._on_result, self._on_error),
        )
        return self._job

    def _on_result(self, rows: list[DiskUse]) -> None:
        self.refresh_button.setEnabled(True)
        self.rows = {r.kind: r for r in rows}
        for row, kind in enumerate(KINDS):
            use = self.rows.get(kind)
            values = (
                [str(use.count), str(use.active), human_size(use.size), human_size(use.reclaimable)]
                if use
                else ["", "", "", ""]
            )
            for col, value in enumerate(values, start=1):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        total = sum(r.size for r in rows)
        reclaim = sum(r.reclaimable for r in rows)
        self.status.setText(
            self.tr("{0} in all, {1} reclaimable — computed at {2}").format(
                human_size(total), human_size(reclaim), time.strftime("%H:%M:%S")
            )
        )

    def _on_error(self, err: EnvDockError) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(f"{err.message} {err.hint}".strip())

    def prune_dialog(self, kind: str) -> Job | None:
        engine = self.context.docker
        if engine.client is None:
            return None
        all_images = self.all_images.isChecked()

        def show(p: PrunePreview) -> None:
            dialog = PruneDialog(p, self)
            self.prune_preview_dialog = dialog
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.run_prune(kind, all_images)

        return self.call(
            self.tr("Prune preview"),
            lambda: preview(engine.api, kind, all_images),
            show,
            self.context.notifier.error,
        )

    def run_prune(self, kind: str, all_images: bool = False) -> Job:
        engine = self.context.docker

        def done(result: PruneResult) -> None:
            self.context.notifier.info(
                self.tr("Pruned %n item(s), {0} reclaimed", "", len(result.removed)).format(
                    human_size(result.reclaimed)
                )
            )
            self.refresh()

        return self.run_job(
            self.tr("Prune {0}").format(kind_title(kind)),
            lambda j: prune(j, engine.api, kind, all_images),
            done,
        )
