"""The layer table of one image (``docker history``), shared layers marked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from core.docker.image_ops import Layer
from core.docker.images import Image
from core.units import human_size


class HistoryDialog(QDialog):
    def __init__(self, image: Image, layers: list[Layer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("History of {0}").format(", ".join(image.tags) or image.short_id)
        )
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(layers), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Created by"), self.tr("Size"), self.tr("Layer"), self.tr("Shared")]
        )
        for row, layer in enumerate(layers):
            values = [
                layer.created_by,
                human_size(layer.size),
                layer.id.removeprefix("sha256:")[:12],
                self.tr("shared") if layer.shared else "",
            ]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 560)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
