"""A sparkline in a table cell: the recent values as a thin line, the current one as text."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from gui.models.keyed_table import model_data


class SparklineDelegate(QStyledItemDelegate):
    def __init__(
        self,
        role: int,
        color: str = "#1e88e5",
        ceiling: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.role = role
        self.color = QColor(color)
        self.ceiling = ceiling  # a fixed top (100 for percentages); None: the values' max

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)  # background, selection, the text
        values = model_data(index, self.role)
        if values is None or len(values) < 2:
            return
        rect = option.rect.adjusted(2, 3, -70, -3)
        if rect.width() < 10:
            return
        v = np.nan_to_num(np.asarray(values, dtype=float))
        top = self.ceiling if self.ceiling is not None else max(float(v.max()), 1e-9)
        xs = np.linspace(rect.left(), rect.right(), len(v))
        ys = rect.bottom() - np.clip(v / top, 0, 1) * rect.height()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self.color, 1))
        painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in zip(xs, ys, strict=True)]))
        painter.restore()

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
