"""Time graphs that cost little: items made once, ``setData`` on ring-buffer windows,
clipped to the view, peak-downsampled; hover shows the values under the mouse."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg  # no type hints: excused in pyproject.toml
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from core.host.rates import human_rate
from core.units import human_size

PALETTE = ("#1e88e5", "#e53935", "#43a047", "#fb8c00", "#8e24aa", "#00acc1", "#6d4c41", "#546e7a")

Formatter = Callable[[float], str]


def percent(v: float) -> str:
    return f"{v:.0f} %"


def rate(v: float) -> str:
    return human_rate(v)


def size(v: float) -> str:
    return human_size(v)


def plain(v: float) -> str:
    return f"{v:.2f}"


class UnitAxis(pg.AxisItem):  # type: ignore[misc]  # its base is untyped (Any)
    widest = "100.00 %"  # the widest label it can draw: the axis is made that wide

    def __init__(self, formatter: Formatter, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.formatter = formatter

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [self.formatter(v) for v in values]

    def label_width(self) -> int:
        """Pixels the widest label needs beside its tick (pyqtgraph drops a label that
        does not fit in the axis: it must never be narrower than this)."""
        font = self.style.get("tickFont") or QFont()
        text = QFontMetrics(font).horizontalAdvance(self.widest)
        return int(text + max(0, self.style["tickLength"]) + self.style["tickTextOffset"][0] + 6)


BINARY_UNITS = ("B", "KiB", "MiB", "GiB", "TiB")
# steps between labelled ticks, in the unit shown (bytes themselves are never split)
NICE_STEPS = (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500)


def byte_ticks(low: float, high: float, max_ticks: int) -> tuple[float, int]:
    """(step in bytes, power of 1024 of the unit its labels use) for the range
    [low, high]: at most ``max_ticks`` steps, each a round number of that unit."""
    top = max(abs(low), abs(high), 1.0)
    power = 0
    while power < len(BINARY_UNITS) - 1 and top >= 1024 ** (power + 1):
        power += 1
    unit = 1024.0**power
    span = max(high - low, 1e-9) / unit
    for step in NICE_STEPS:
        if (power > 0 or step >= 1) and span / step <= max_ticks:
            return step * unit, power
    # never more than max_ticks: the span is over 500 units of the unit chosen
    return NICE_STEPS[-1] * 2 * unit, power


class ByteAxis(UnitAxis):
    """Bytes or bytes per second: ticks at round numbers of one binary unit
    (0, 5, 10, 15 MiB/s), every label in that unit, as many as the height allows."""

    def __init__(self, suffix: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(plain, *args, **kwargs)
        self.suffix = suffix  # "" for sizes, "/s" for rates
        self.widest = f"1000 MiB{suffix}"  # decimals only below 8 units: "7.75 MiB"
        self._power = 0

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        if not np.isfinite(minVal) or not np.isfinite(maxVal) or maxVal <= minVal:
            return list(super().tickSpacing(minVal, maxVal, size))
        max_ticks = int(np.clip(size / 32, 2, 8))  # a label every 32 px or more
        step, self._power = byte_ticks(minVal, maxVal, max_ticks)
        return [(step, 0.0)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        unit = 1024.0**self._power
        decimals = 0
        while decimals < 2 and abs(round(spacing / unit, decimals) - spacing / unit) > 1e-9:
            decimals += 1
        name = BINARY_UNITS[self._power] + self.suffix
        return [
            "0" if abs(v) < spacing / 1e6 else f"{v / unit:.{decimals}f} {name}" for v in values
        ]


class SecondsAxis(pg.AxisItem):  # type: ignore[misc]  # its base is untyped (Any)
    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        out = []
        for v in values:
            s = -v
            out.append(
                "now" if abs(s) < 0.5 else f"-{s / 60:.0f} min" if s >= 120 else f"-{s:.0f} s"
            )
        return out


class PlotGrid(QWidget):
    """Several time plots in one graphics scene: one repaint per refresh, not one per plot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(None)
        self.view.ci.setContentsMargins(2, 2, 2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.plots: list[TimePlot] = []
        self._proxy = pg.SignalProxy(
            self.view.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse
        )

    def add_plot(  # noqa: PLR0917 - row, column, title, curves, units, range read as a sentence
        self,
        row: int,
        col: int,
        title: str,
        names: Sequence[str],
        formatter: Formatter = plain,
        y_range: tuple[float, float] | None = None,
        *,
        colspan: int = 1,
    ) -> TimePlot:
        item = self.view.addPlot(row=row, col=col, colspan=colspan)
        plot = TimePlot(item, self, title, names, formatter=formatter, y_range=y_range)
        self.plots.append(plot)
        # one width for every left axis: the plots of a column line up
        width = max(64, *(p.item.getAxis("left").label_width() for p in self.plots))
        for p in self.plots:
            p.item.getAxis("left").setWidth(width)
        return plot

    def _on_mouse(self, event: tuple[QPointF]) -> None:
        for plot in self.plots:
            plot.hover(event[0])


class TimePlot:
    """One plot with a fixed set of named curves; x is seconds before now."""

    def __init__(
        self,
        item: Any,
        grid: PlotGrid,
        title: str,
        names: Sequence[str],
        *,
        formatter: Formatter = plain,
        y_range: tuple[float, float] | None = None,
    ) -> None:
        self.item = item
        self.formatter = formatter
        self.window = 60.0
        self.follow = True  # keep the x range on the latest window until the user pans
        left = (
            ByteAxis("/s" if formatter is rate else "", "left")
            if formatter in (rate, size)
            else UnitAxis(formatter, "left")
        )
        item.setAxisItems({"left": left, "bottom": SecondsAxis("bottom")})
        item.setTitle(title)
        item.setMenuEnabled(False)
        left.setWidth(max(64, left.label_width()))
        for side in ("left", "bottom"):  # redrawn from a pixmap unless their range changes
            item.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if y_range is not None:
            item.setYRange(*y_range, padding=0)
            item.getViewBox().setLimits(yMin=y_range[0], minYRange=y_range[1] - y_range[0])
        item.getViewBox().sigRangeChangedManually.connect(self._on_user_range)
        legend = item.addLegend(offset=(6, 6)) if len(names) > 1 else None
        # PlotCurveItem directly: PlotDataItem's layer costs more than the drawing at
        # these sizes; peak downsampling is done here (see _peaks)
        self.curves = []
        for i, name in enumerate(names):
            curve = pg.PlotCurveItem(
                pen=pg.mkPen(PALETTE[i % len(PALETTE)], width=1), skipFiniteCheck=True
            )
            item.addItem(curve)
            if legend is not None:
                legend.addItem(curve, name)
            self.curves.append(curve)
        self.names = list(names)
        self.label = pg.TextItem(anchor=(0, 0), color="#444")
        self.label.setZValue(10)
        item.addItem(self.label, ignoreBounds=True)
        self.line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#999", width=1))
        self.line.setVisible(False)
        item.addItem(self.line, ignoreBounds=True)
        self._x_applied: float | None = None
        self._y_top: float | None = None
        self._x = np.empty(0)
        self._y: list[np.ndarray] = []

    def set_window(self, seconds: float) -> None:
        self.window = seconds
        self.follow = True
        self._apply_x()

    def reset_view(self) -> None:
        self.follow = True
        self._x_applied = None
        self._y_top = None
        self._apply_x()

    def _on_user_range(self, *_args: Any) -> None:
        self.follow = False
        self._x_applied = None

    def _apply_x(self) -> None:
        # only when it changes: a range set again still makes the axes redraw
        if self.follow and self._x_applied != self.window:
            self._x_applied = self.window
            self.item.setXRange(-self.window, 0, padding=0)

    def set_y_top(self, top: float) -> None:
        """A fixed y range [0, top], set only when it changes."""
        if top != self._y_top:
            self._y_top = top
            self.item.setYRange(0, top, padding=0)

    def auto_y(self) -> None:
        if self._y_top != -1.0:
            self._y_top = -1.0
            self.item.enableAutoRange(axis="y")

    def view_range(self) -> list[list[float]]:
        return list(self.item.getViewBox().viewRange())

    def set_data(self, t: np.ndarray, columns: Sequence[np.ndarray]) -> None:
        """``t``: monotonic times; ``columns``: one array per curve (same length)."""
        now = float(t[-1]) if len(t) else 0.0
        x = t - now
        self._x = x
        self._y = list(columns)
        width = max(100, int(self.item.getViewBox().width()))
        for curve, y in zip(self.curves, columns, strict=False):
            curve.setData(*_peaks(x, y, width))
        self._apply_x()

    def hover(self, pos: QPointF) -> None:
        if not self.item.sceneBoundingRect().contains(pos) or not len(self._x):
            if self.line.isVisible():
                self.line.setVisible(False)
                self.label.setText("")
            return
        point = self.item.getViewBox().mapSceneToView(pos)
        i = int(np.clip(np.searchsorted(self._x, point.x()), 0, len(self._x) - 1))
        self.line.setPos(self._x[i])
        self.line.setVisible(True)
        parts = [f"{-self._x[i]:.0f} s ago"] + [
            f"{n}: {self.formatter(float(y[i]))}" for n, y in zip(self.names, self._y, strict=False)
        ]
        self.label.setText("\n".join(parts))
        rng = self.item.getViewBox().viewRange()
        self.label.setPos(rng[0][0], rng[1][1])


def _peaks(x: np.ndarray, y: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """At most about two points per pixel: each bin keeps its minimum and its maximum, so
    a one-sample spike in an hour still shows."""
    n = len(x)
    if n <= 2 * width:
        return x, y
    per = int(np.ceil(n / width))
    cut = (n // per) * per
    xb = x[:cut].reshape(-1, per)
    yb = np.nan_to_num(y[:cut]).reshape(-1, per)
    xs = np.repeat(xb[:, 0], 2)
    ys = np.empty(len(xs))
    ys[0::2] = yb.min(axis=1)
    ys[1::2] = yb.max(axis=1)
    if cut < n:
        xs = np.concatenate([xs, x[cut:]])
        ys = np.concatenate([ys, y[cut:]])
    return xs, ys
