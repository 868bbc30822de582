"""Read-only JSON with find (Enter: next) and copy — for inspect data, secret-looking values
masked until revealed."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.docker.masking import masked


class JsonView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find in the JSON (Enter: next)"))
        self.search.returnPressed.connect(self.find_next)
        bar.addWidget(self.search, 1)
        self.reveal = QCheckBox(self.tr("Show secret-looking values"))
        self.reveal.toggled.connect(lambda _on: self._render())
        bar.addWidget(self.reveal)
        self.text = QPlainTextEdit()
        self.copy_button = QPushButton(self.tr("Copy"))
        # copies what is shown: secrets stay masked unless revealed
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.text.toPlainText())
        )
        bar.addWidget(self.copy_button)
        layout.addLayout(bar)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.text, 1)
        self._data: Any = None

    def set_data(self, data: Any) -> None:
        self._data = data
        self._render()

    def _render(self) -> None:
        data = self._data if self.reveal.isChecked() else masked(self._data)
        self.text.setPlainText(
            json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) if data else ""
        )

    def find_next(self) -> bool:
        needle = self.search.text()
        if not needle:
            return False
        if self.text.find(needle):
            return True
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.text.setTextCursor(cursor)
        return bool(self.text.find(needle, QTextDocument.FindFlag(0)))


def show_json(parent: QWidget, title: str, data: Any) -> QDialog:
    """Inspect data in a window of its own (deleted when closed), shown."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(760, 560)
    view = JsonView(dialog)
    view.set_data(data)
    QVBoxLayout(dialog).addWidget(view)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
