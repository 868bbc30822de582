"""Confirm a prune by showing exactly what it would remove (the preview)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.docker.prune import PrunePreview
from core.units import human_size
from gui.i18n import QT_TRANSLATE_NOOP
from gui.widgets.dialogs import add_footer

KIND_TITLES = {  # source texts, translated where shown
    "containers": QT_TRANSLATE_NOOP("Prune", "stopped containers"),
    "images": QT_TRANSLATE_NOOP("Prune", "unused images"),
    "volumes": QT_TRANSLATE_NOOP("Prune", "unused volumes"),
    "build cache": QT_TRANSLATE_NOOP("Prune", "build cache entries"),
}


def kind_title(kind: str) -> str:
    return QCoreApplication.translate("Prune", KIND_TITLES.get(kind, kind))


class PruneDialog(QDialog):
    def __init__(self, preview: PrunePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Prune {0}").format(kind_title(preview.kind)))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        if preview.items:
            text = self.tr("These %n item(s) will be removed", "", len(preview.items))
            if preview.total:
                text += self.tr(" (about {0}):").format(human_size(preview.total))
            else:
                text += ":"
        else:
            text = self.tr("Nothing to prune: no {0}.").format(kind_title(preview.kind))
        self.summary = QLabel(text)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(preview.items), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Size")])
        for row, item in enumerate(preview.items):
            self.table.setItem(row, 0, QTableWidgetItem(item.label))
            self.table.setItem(
                row, 1, QTableWidgetItem(human_size(item.size) if item.size >= 0 else "?")
            )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 460)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        _error, buttons = add_footer(self, layout, self.tr("Prune"))
        self.prune_button = buttons.button(buttons.StandardButton.Ok)
        self.prune_button.setEnabled(bool(preview.items))
        # a destructive action is never what Enter does: Cancel is the default
        self.prune_button.setAutoDefault(False)
        self.prune_button.setDefault(False)
        self.cancel_button = buttons.button(buttons.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
