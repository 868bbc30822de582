"""Time graphs that cost little: items made once, ``setData`` on ring-buffer windows,
clipped to the view, peak-downsampled; hover shows the values under the mouse."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

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


class UnitAxis(pg.AxisItem):  # type: ignore[misc]
    def __init__(self, formatter: Formatter, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.formatter = formatter

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [self.formatter(v) for v in values]


class SecondsAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        out = []
        for v in values:
            s = -v
            out.append(
                "now" if abs(s) < 0.5 else f"-{s / 60:.0f} min" if s >= 120 else f"-{s:.0f} s"
            )
        return out


class TimePlot(QWidget):
    """One plot with a fixed set of named curves; x is seconds before now."""

    view_changed = Signal()

    def __init__(
        self,
        title: str,
        names: Sequence[str],
        formatter: Formatter = plain,
        y_range: tuple[float, float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self.window = 60.0
        self.follow = True  # keep the x range on the latest window until the user pans
        self.widget = pg.PlotWidget(
            axisItems={"left": UnitAxis(formatter, "left"), "bottom": SecondsAxis("bottom")}
        )
        self.widget.setBackground(None)
        item = self.widget.getPlotItem()
        item.setTitle(title)
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        item.showGrid(x=False, y=False)
        item.setMenuEnabled(False)
        item.getAxis("left").setWidth(64)
        if y_range is not None:
            item.setYRange(*y_range, padding=0)
            item.getViewBox().setLimits(yMin=y_range[0], minYRange=y_range[1] - y_range[0])
        item.getViewBox().sigRangeChangedManually.connect(self._on_user_range)
        if len(names) > 1:
            item.addLegend(offset=(6, 6))
        self.curves = [
            item.plot(
                pen=pg.mkPen(PALETTE[i % len(PALETTE)], width=1),
                name=name,
                skipFiniteCheck=True,
            )
            for i, name in enumerate(names)
        ]
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
        self._proxy = pg.SignalProxy(
            self.widget.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)

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
        self.view_changed.emit()

    def _apply_x(self) -> None:
        # only when it changes: a range set again still makes the axes redraw
        if self.follow and self._x_applied != self.window:
            self._x_applied = self.window
            self.widget.getPlotItem().setXRange(-self.window, 0, padding=0)

    def set_y_top(self, top: float) -> None:
        """A fixed y range [0, top], set only when it changes."""
        if top != self._y_top:
            self._y_top = top
            self.widget.getPlotItem().setYRange(0, top, padding=0)

    def auto_y(self) -> None:
        if self._y_top != -1.0:
            self._y_top = -1.0
            self.widget.getPlotItem().enableAutoRange(axis="y")

    def set_data(self, t: np.ndarray, columns: Sequence[np.ndarray]) -> None:
        """``t``: monotonic times; ``columns``: one array per curve (same length)."""
        now = float(t[-1]) if len(t) else 0.0
        x = t - now
        self._x = x
        self._y = list(columns)
        for curve, y in zip(self.curves, columns, strict=False):
            curve.setData(x, y)
        self._apply_x()

    def latest_text(self) -> str:
        if not len(self._x):
            return ""
        return "  ".join(
            f"{n}: {self.formatter(float(y[-1]))}"
            for n, y in zip(self.names, self._y, strict=False)
        )

    def _on_mouse(self, event: tuple[QPointF]) -> None:
        pos = event[0]
        item = self.widget.getPlotItem()
        if not item.sceneBoundingRect().contains(pos) or not len(self._x):
            self.line.setVisible(False)
            self.label.setText("")
            return
        point = item.getViewBox().mapSceneToView(pos)
        i = int(np.clip(np.searchsorted(self._x, point.x()), 0, len(self._x) - 1))
        self.line.setPos(self._x[i])
        self.line.setVisible(True)
        parts = [f"{-self._x[i]:.0f} s ago"] + [
            f"{n}: {self.formatter(float(y[i]))}" for n, y in zip(self.names, self._y, strict=False)
        ]
        self.label.setText("\n".join(parts))
        rng = item.getViewBox().viewRange()
        self.label.setPos(rng[0][0], rng[1][1])
