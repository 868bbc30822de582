"""The Host graphs' value axes label the whole visible range in human units: Disk I/O
peaking near 25 MiB/s once showed only "0" and "9.5 MiB/s" (wider labels were dropped
by pyqtgraph for not fitting the axis, and ticks fell on decimal byte counts)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from gui.widgets.graphs import Formatter, PlotGrid, byte_ticks, percent, rate, size


def _labels(qtbot: QtBot, formatter: Formatter, peak: float, height: int = 300) -> list[str]:
    grid = PlotGrid()
    qtbot.addWidget(grid)
    grid.resize(900, height)
    plot = grid.add_plot(0, 0, "Disk I/O", ["read", "write"], formatter, (0, 4096))
    grid.add_plot(0, 1, "CPU", ["total"], percent, (0, 100))
    grid.show()
    qtbot.waitExposed(grid)
    t = np.arange(60.0)
    read = np.full(60, peak / 12)
    read[20], read[40] = peak, peak * 0.93
    for _ in range(3):
        plot.set_data(t, [read, read / 3])
        plot.auto_y()
        qtbot.wait(20)
    axis = plot.item.getAxis("left")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    top = plot.view_range()[1][1]
    assert top >= peak  # the peak is in view
    return [text for _rect, _flags, text in texts]


def test_disk_io_axis_labels_the_whole_range(qtbot: QtBot) -> None:
    mib = 1024 * 1024
    labels = _labels(qtbot, rate, 25 * mib)
    assert len(labels) >= 4, labels
    assert labels[0] == "0"
    assert all(label == "0" or label.endswith(" MiB/s") for label in labels), labels
    values = [float(label.split()[0]) for label in labels]
    assert max(values) >= 20, labels  # labels reach up to the peaks, not only 9.5 MiB/s
    steps = set(np.round(np.diff(values), 6))
    assert len(steps) == 1 and steps.pop() in (5, 10), labels  # round steps: 0, 5, 10…


@pytest.mark.parametrize(
    ("formatter", "peak", "unit"),
    [(rate, 480 * 1024, "KiB/s"), (size, 7.4 * 1024**3, "GiB"), (rate, 2.6 * 1024**2, "MiB/s")],
)
def test_byte_axes_use_one_unit_and_round_steps(
    qtbot: QtBot, formatter: Formatter, peak: float, unit: str
) -> None:
    labels = _labels(qtbot, formatter, peak)
    assert len(labels) >= 3, labels
    assert all(label == "0" or label.endswith(f" {unit}") for label in labels), labels


def test_byte_ticks() -> None:
    mib = 1024**2
    assert byte_ticks(0, 29.5 * mib, 6) == (5 * mib, 2)
    assert byte_ticks(0, 3 * mib, 6) == (0.5 * mib, 2)
    assert byte_ticks(0, 800, 5) == (200, 0)
    assert byte_ticks(0, 3, 8) == (1, 0)  # never a fraction of a byte
    step, power = byte_ticks(0, 900 * 1024, 5)
    assert (step, power) == (200 * 1024, 1)
