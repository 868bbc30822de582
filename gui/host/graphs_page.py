"""The Host panel's Graphs tab: CPU, memory, disk I/O, network (and GPU) over time.

Made in steps after the panel, each in an event-loop turn of its own, so that opening the
panel paints it at once and no step holds the GUI thread long: pyqtgraph's import (once
per run, unless the containers' Stats tab did it), the grid, then each plot (pyqtgraph
takes 10–20 ms for one); the grid is shown once the last is in (``ready``). The strings
keep the Host panel's translation context.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.host.gpu import NO_GPU
from core.host.sampler import HostSampler, HostSnapshot
from core.text import localized
from core.units import human_size

if TYPE_CHECKING:  # the module imports pyqtgraph: imported by the first step
    from gui.widgets.graphs import PlotGrid, TimePlot

translate = QCoreApplication.translate  # in "HostPanel", the strings' context before


@dataclass(frozen=True, slots=True)
class PlotSpec:
    row: int
    col: int
    title: str
    names: Sequence[str]
    formatter: Callable[[float], str]
    y_range: tuple[float, float]
    colspan: int = 1


class GraphsPage(QWidget):
    ready = Signal()  # every plot made and the grid shown

    def __init__(self, sampler: HostSampler, parent: QWidget | None = None):
        super().__init__(parent)
        self.sampler = sampler
        self.window_seconds = 60.0
        self.grid: PlotGrid | None = None
        self.plots: list[TimePlot] = []
        # made by the steps (is_ready tells when); the GPU's only when there is one
        self.cpu_plot: TimePlot
        self.mem_plot: TimePlot
        self.disk_plot: TimePlot
        self.net_plot: TimePlot
        self.gpu_plot: TimePlot | None = None
        self.is_ready = False
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QWidget()  # holds the grid's room until the grid is shown
        layout.addWidget(self._placeholder, 1)
        self.mounts_label = QLabel()
        self.mounts_label.setWordWrap(True)
        layout.addWidget(self.mounts_label)
        self.gpu_label = QLabel()
        layout.addWidget(self.gpu_label)
        gpu = sampler.gpu
        self._with_gpu = gpu is not None and gpu.available
        if not self._with_gpu:
            self.gpu_label.setText(translate("HostPanel", "GPU: {0}").format(localized(NO_GPU)))
        # Not a worker for the import: pyqtgraph (and qtawesome, on the GUI thread) change
        # PySide6's classes as they load, and two threads doing so crash shiboken.
        self._steps: list[Callable[[], None]] = [self._import_graphs]
        self._timer = QTimer(self)  # a step per event-loop turn: paint and input in between
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_step)
        self._timer.start()

    # -- building ----------------------------------------------------------------------------
    def _import_graphs(self) -> None:
        """The first step, alone in its turn: the import cannot be cut up."""
        importlib.import_module("gui.widgets.graphs")  # lazy on purpose: pyqtgraph
        steps: list[Callable[[], None]] = [self._make_grid]
        steps += [partial(self._make_plot, spec) for spec in self._specs()]
        self._steps += [*steps, self._show_grid]

    def _specs(self) -> list[PlotSpec]:
        from gui.widgets.graphs import percent, rate, size  # imported by the first step

        cores = [translate("HostPanel", "core {0}").format(i) for i in range(self.sampler.cores)]
        specs = [
            PlotSpec(
                0,
                0,
                translate("HostPanel", "CPU"),
                [translate("HostPanel", "total"), *cores],
                percent,
                (0, 100),
            ),
            PlotSpec(
                0,
                1,
                translate("HostPanel", "Memory"),
                [
                    translate("HostPanel", "used"),
                    translate("HostPanel", "cached"),
                    translate("HostPanel", "available"),
                    translate("HostPanel", "swap used"),
                ],
                size,
                (0, 1),
            ),
            PlotSpec(
                1,
                0,
                translate("HostPanel", "Disk I/O"),
                [translate("HostPanel", "read"), translate("HostPanel", "write")],
                rate,
                (0, 4096),
            ),
            PlotSpec(
                1,
                1,
                translate("HostPanel", "Network"),
                [translate("HostPanel", "receive"), translate("HostPanel", "send")],
                rate,
                (0, 4096),
            ),
        ]
        if self._with_gpu:
            gpu_names = [
                translate("HostPanel", "utilisation"),
                translate("HostPanel", "temperature °C"),
            ]
            specs.append(
                PlotSpec(2, 0, translate("HostPanel", "GPU"), gpu_names, percent, (0, 100), 2)
            )
        return specs

    def _next_step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
        if self._steps:
            self._timer.start()

    def _make_grid(self) -> None:
        from gui.widgets.graphs import PlotGrid  # imported by the first step

        self.grid = PlotGrid()
        self.grid.setVisible(False)  # shown whole, once every plot is in
        self._layout.insertWidget(0, self.grid, 1)

    def _make_plot(self, spec: PlotSpec) -> None:
        assert self.grid is not None  # made by the first step
        plot = self.grid.add_plot(
            spec.row,
            spec.col,
            spec.title,
            spec.names,
            spec.formatter,
            spec.y_range,
            colspan=spec.colspan,
        )
        plot.set_window(self.window_seconds)
        self.plots.append(plot)

    def _show_grid(self) -> None:
        assert self.grid is not None
        self.cpu_plot, self.mem_plot, self.disk_plot, self.net_plot = self.plots[:4]
        self.gpu_plot = self.plots[4] if len(self.plots) > 4 else None
        self._layout.removeWidget(self._placeholder)
        self._placeholder.deleteLater()
        self.grid.setVisible(True)
        self.is_ready = True
        self.refresh()
        self.ready.emit()

    # -- what the panel asks ------------------------------------------------------------------
    def set_window(self, seconds: float) -> None:
        self.window_seconds = seconds
        for plot in self.plots:
            plot.set_window(seconds)

    def reset_views(self) -> None:
        for plot in self.plots:
            plot.reset_view()

    def save_png(self, path: Path) -> bool:
        return self.grid is not None and bool(self.grid.grab().save(str(path)))

    def show_mounts(self, snap: HostSnapshot) -> None:
        mounts = "   ".join(
            translate("HostPanel", "{0} {1:.0f} % of {2}").format(
                m.mount, m.percent, human_size(m.total)
            )
            for m in snap.mounts
        )
        text = translate("HostPanel", "Disks: ") + mounts if mounts else ""
        if self.mounts_label.text() != text:
            self.mounts_label.setText(text)

    def refresh(self) -> None:
        """The plots take the latest window of the sampler's rings (once they exist)."""
        if not self.is_ready:
            return
        w, sampler = self.window_seconds, self.sampler
        t, v = sampler.cpu.window(w)
        if len(t):
            self.cpu_plot.set_data(t, [v[:, i] for i in range(v.shape[1])])
        t, v = sampler.memory.window(w)
        if len(t):
            self.mem_plot.set_data(t, [v[:, i] for i in range(4)])
            snap = sampler.latest
            if snap is not None:
                self.mem_plot.set_y_top(snap.mem_total * 1.02)
        for plot, ring in (
            (self.disk_plot, sampler.disk_total),
            (self.net_plot, sampler.net_total),
        ):
            t, total = ring.window(w)
            if len(t):
                plot.set_data(t, [total[:, 0], total[:, 1]])
                plot.auto_y()
        if self.gpu_plot is not None and sampler.gpu_rings:
            ring = next(iter(sampler.gpu_rings.values()))
            t, v = ring.window(w)
            if len(t):
                self.gpu_plot.set_data(t, [v[:, 0], v[:, 2]])

    def shutdown(self) -> None:
        self._timer.stop()
        self._steps.clear()
