"""The command an action runs, selectable, with a Copy button (compose actions, stack
deploys)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class CommandLine(QWidget):
    """The command an action runs, selectable, with a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setReadOnly(True)
        self.edit.setPlaceholderText(self.tr("The command of the last action shows here"))
        layout.addWidget(self.edit, 1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the command line"))
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(self.copy_button)

    def set_command(self, text: str) -> None:
        self.edit.setText(text)
        self.edit.setCursorPosition(0)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.edit.text())
