"""The Host panel: a summary row, live graphs (1 min / 10 min / 1 h, pan, zoom, hover),
processes, top containers, CSV/PNG export and threshold alerts."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.docker.connection import EngineStatus
from core.docker.engine import Engine
from core.docker.stats import ContainerStats
from core.host.rates import human_rate
from core.host.sampler import HostSampler, HostSnapshot
from core.units import human_size
from gui.context import AppContext
from gui.host.alerts_dialog import AlertsDialog
from gui.host.desktop_notify import desktop_notify
from gui.host.graphs_page import GraphsPage
from gui.host.processes import ProcessesView
from gui.i18n import QT_TRANSLATE_NOOP
from gui.live import LiveData
from gui.panel import Panel
from gui.widgets.engine_label import engine_is_local

WINDOWS = (
    (60.0, QT_TRANSLATE_NOOP("HostPanel", "1 min")),
    (600.0, QT_TRANSLATE_NOOP("HostPanel", "10 min")),
    (3600.0, QT_TRANSLATE_NOOP("HostPanel", "1 h")),
)


class HostPanel(Panel):
    REFRESH_MS = 1000

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.live: LiveData = context.live_data()
        self.sampler: HostSampler = self.live.ensure_host()
        self.live.alert_fired.connect(self._on_alert_fired)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        # the panel is this machine whichever engine is current, and says so
        self.where = QLabel()
        self.where.setObjectName("HostWhere")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.where)
        context.engine.current_changed.connect(self._on_current_engine_change)
        # an engine named only by DOCKER_HOST says where it is once connected
        context.engine.status_changed.connect(self._on_engine_status_change)
        self._show_where()
        self.summary = QLabel(self.tr("Sampling…"))
        self.summary.setStyleSheet("font-weight:bold;")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Window")))
        self.window_box = QComboBox()
        for seconds, label in WINDOWS:
            self.window_box.addItem(self.tr(label), seconds)
        self.window_box.currentIndexChanged.connect(self._on_window_change)
        bar.addWidget(self.window_box)
        bar.addWidget(QLabel(self.tr("Every")))
        self.rate_box = QComboBox()
        for seconds in (0.5, 1.0, 2.0, 5.0):
            self.rate_box.addItem(self.tr("{0} s").format(seconds), seconds)
        self.rate_box.setCurrentIndex(1)
        self.rate_box.currentIndexChanged.connect(self._on_rate_change)
        bar.addWidget(self.rate_box)
        reset = QPushButton(self.tr("Follow now"))
        reset.setToolTip(self.tr("Back to the latest values after panning or zooming"))
        reset.clicked.connect(self._reset_views)
        bar.addWidget(reset)
        bar.addStretch(1)
        for text, slot in (
            (self.tr("Alerts…"), self.alerts_dialog),
            (self.tr("Export CSV…"), self.export_csv_dialog),
            (self.tr("Save graphs as PNG…"), self.save_png_dialog),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout.addLayout(bar)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        # the graphs are made in steps after this (see GraphsPage): none holds the GUI thread
        self.graphs = GraphsPage(self.sampler)
        self.tabs.addTab(self.graphs, self.tr("Graphs"))
        self.processes = ProcessesView(context)
        self.tabs.addTab(self.processes, self.tr("Processes"))
        self.top = QTableWidget(0, 5)
        self.top.setHorizontalHeaderLabels(
            [
                self.tr("Container"),
                self.tr("CPU %"),
                self.tr("Memory"),
                self.tr("Net receive"),
                self.tr("Net send"),
            ]
        )
        self.top.verticalHeader().hide()
        # the table spans the window: the name takes what is left
        header = self.top.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 180), (3, 120), (4, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.top.setColumnWidth(column, width)
        self.top.verticalHeader().setDefaultSectionSize(24)
        self.top.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        top_page = QWidget()
        top_layout = QVBoxLayout(top_page)
        top_layout.setContentsMargins(0, 4, 0, 0)
        self.top_summary = QLabel()
        top_layout.addWidget(self.top_summary)
        top_layout.addWidget(self.top, 1)
        self.tabs.addTab(top_page, self.tr("Top containers"))
        self.tabs.currentChanged.connect(self._on_tab_change)

        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    # -- which machine ---------------------------------------------------------------------------
    def _on_current_engine_change(self, _engine: Engine) -> None:
        self._show_where()
        self.refresh()

    def _on_engine_status_change(self, _status: EngineStatus) -> None:
        self._show_where()

    def _engine_elsewhere(self) -> Engine | None:
        """The current engine when it runs on another machine, else None."""
        engine = self.context.docker
        return None if engine_is_local(engine) else engine

    def _show_where(self) -> None:
        remote = self._engine_elsewhere()
        if remote is None:
            self.where.setText(self.tr("This machine (where EnvDock runs)"))
        else:
            self.where.setText(
                self.tr("This machine (where EnvDock runs) — the engine {0} is elsewhere").format(
                    remote.name
                )
            )

    # -- visibility: pull only while shown ------------------------------------------------------
    def on_shown(self) -> None:
        self.live.ensure_stats(self)
        self.timer.start()
        self.refresh()
        self._on_tab_change(self.tabs.currentIndex())

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        self.processes.stop()
        super().hideEvent(event)

    def _on_tab_change(self, index: int) -> None:
        if self.tabs.widget(index) is self.processes and self.isVisible():
            self.processes.start()
        else:
            self.processes.stop()
        self.refresh()

    def _on_window_change(self) -> None:
        self.graphs.set_window(self._window())
        self.refresh()

    def _on_rate_change(self) -> None:
        seconds = float(self.rate_box.currentData())
        self.sampler.set_interval(seconds)
        self.timer.setInterval(int(max(500, seconds * 1000)))

    def _reset_views(self) -> None:
        self.graphs.reset_views()

    # -- the pull --------------------------------------------------------------------------------
    def refresh(self) -> None:
        snap = self.sampler.latest
        if snap is None:
            return
        self.summary.setText(self.summary_text(snap))
        self.graphs.show_mounts(snap)
        current = self.tabs.currentIndex()
        if current == 0:
            self.graphs.refresh()
        elif current == 2:
            self._refresh_top(snap)

    def summary_text(self, s: HostSnapshot) -> str:
        rx = sum(r for r, _ in s.net.values())
        tx = sum(t for _, t in s.net.values())
        rd = sum(r for r, _ in s.disk_io.values())
        wr = sum(w for _, w in s.disk_io.values())
        parts = [
            self.tr("CPU {0:.0f} %").format(s.cpu_total),
            self.tr("load {0:.2f}").format(s.load[0]),
            self.tr("memory {0} of {1}").format(human_size(s.mem_used), human_size(s.mem_total)),
            self.tr("swap {0}").format(human_size(s.swap_used)),
            self.tr("disk ↓{0} ↑{1}").format(human_rate(rd), human_rate(wr)),
            self.tr("net ↓{0} ↑{1}").format(human_rate(rx), human_rate(tx)),
        ]
        if not math.isnan(s.freq_mhz):
            parts.insert(1, self.tr("{0:.0f} MHz").format(s.freq_mhz))
        if s.temperatures:
            parts.append(self.tr("max {0:.0f} °C").format(max(s.temperatures.values())))
        for g in s.gpus:
            parts.append(f"GPU{g.index} {g.utilization:.0f} %")
        return "   ·   ".join(parts)

    def _window(self) -> float:
        return float(self.window_box.currentData())

    def _refresh_top(self, snap: HostSnapshot) -> None:
        stats = self.live.stats
        rows = sorted(
            (dict(stats.latest).values() if stats is not None else []),  # a copy: it moves
            key=lambda s: (s.cpu_percent, s.mem_bytes),
            reverse=True,
        )
        cpu_sum = sum(s.cpu_percent for s in rows)
        mem_sum = sum(s.mem_bytes for s in rows)
        remote = self._engine_elsewhere()
        if remote is not None:  # its containers run on its machine, not this one
            self.top_summary.setText(
                self.tr(
                    "%n running container(s) of the engine {0} (on its own machine, not "
                    "this one) use {1:.0f} % CPU (of one core) and {2}.",
                    "",
                    len(rows),
                ).format(remote.name, cpu_sum, human_size(mem_sum))
            )
        else:
            self._top_summary_here(snap, len(rows), cpu_sum, mem_sum)
        self._fill_top(rows)

    def _top_summary_here(self, snap: HostSnapshot, count: int, cpu: float, mem: int) -> None:
        self.top_summary.setText(
            self.tr(
                "%n running container(s) use {0:.0f} % CPU (of one core) and {1}; "
                "the host: CPU {2:.0f} % of {3} cores, memory {4} of {5}.",
                "",
                count,
            ).format(
                cpu,
                human_size(mem),
                snap.cpu_total,
                self.sampler.cores,
                human_size(snap.mem_used),
                human_size(snap.mem_total),
            )
        )

    def _fill_top(self, rows: list[ContainerStats]) -> None:
        self.top.setRowCount(len(rows))
        for r, s in enumerate(rows):
            values = [
                s.name,
                f"{s.cpu_percent:.1f}",
                f"{human_size(s.mem_bytes)} ({s.mem_percent:.1f} %)",
                human_rate(s.net_rx_rate),
                human_rate(s.net_tx_rate),
            ]
            for c, value in enumerate(values):
                item = self.top.item(r, c)
                if item is None:
                    item = QTableWidgetItem(value)
                    if c:  # figures line up on the right
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.top.setItem(r, c, item)
                elif item.text() != value:
                    item.setText(value)

    # -- export, alerts ---------------------------------------------------------------------------
    def export_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), "host.csv", "CSV (*.csv)"
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> int:
        """Every sample held (up to an hour) as CSV; returns the number of rows."""
        t, cpu = self.sampler.cpu.window()
        _, mem = self.sampler.memory.window()
        n = min(len(t), len(mem))
        nets = sorted(self.sampler.net.items())
        disks = sorted(self.sampler.disk_io.items())
        header = ["seconds_ago", "cpu_percent"]
        header += [f"core{i}_percent" for i in range(cpu.shape[1] - 1)]
        header += ["mem_used", "mem_cached", "mem_available", "swap_used"]
        for name, _ring in nets:
            header += [f"net_{name}_rx_bps", f"net_{name}_tx_bps"]
        for name, _ring in disks:
            header += [f"disk_{name}_read_bps", f"disk_{name}_write_bps"]
        extra = []
        for _name, ring in [*nets, *disks]:
            rt, rv = ring.window()
            cols = np.full((n, 2), np.nan)
            idx = np.searchsorted(rt, t[-n:]) if len(rt) else np.array([], dtype=int)
            ok = (idx < len(rt)) & (len(rt) > 0)
            if len(rt):
                match = ok & (rt[np.minimum(idx, len(rt) - 1)] == t[-n:])
                cols[match] = rv[idx[match]]
            extra.append(cols)
        now = float(t[-1]) if n else 0.0
        with path.open("w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            for i in range(n):
                j = len(t) - n + i
                row = [f"{now - t[j]:.1f}", *(f"{x:.2f}" for x in cpu[j])]
                row += [f"{x:.0f}" for x in mem[len(mem) - n + i]]
                for cols in extra:
                    row += ["" if np.isnan(x) else f"{x:.1f}" for x in cols[i]]
                writer.writerow(row)
        return n

    def save_png_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save graphs"), "host.png", "PNG (*.png)"
        )
        if path:
            self.save_png(Path(path))

    def save_png(self, path: Path) -> bool:
        return self.graphs.save_png(path)

    def alerts_dialog(self) -> None:
        snap = self.sampler.latest
        mounts = [m.mount for m in snap.mounts] if snap else []
        dialog = AlertsDialog(self.live.alerts.alerts, mounts, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.live.set_alerts(dialog.alerts)

    def _on_alert_fired(self, description: str, value: float) -> None:
        text = self.tr("Alert: {0} (now {1:.1f})").format(description, value)
        self.context.notifier.info(text)
        desktop_notify("EnvDock", text)

    def shutdown(self) -> None:
        self.timer.stop()
        self.processes.stop()
        self.graphs.shutdown()
