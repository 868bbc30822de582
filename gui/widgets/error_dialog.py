"""A readable error: message, hint, and the technical details behind a button."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvDockError


class ErrorDialog(QDialog):
    def __init__(
        self, error: EnvDockError, parent: QWidget | None = None, log_path: str = ""
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.setWindowTitle(self.tr("EnvDock — error"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.message_label = QLabel(f"<b>{html.escape(error.message)}</b>")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)
        self.hint_label = QLabel(error.hint)
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(error.hint))
        layout.addWidget(self.hint_label)
        if log_path:
            where = QLabel(self.tr("Details are also in the log file: {0}").format(log_path))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        self.details = QPlainTextEdit(error.details or error.message)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(200)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._on_details_toggled)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        row.addWidget(self.details_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        row.addWidget(buttons)
        layout.addLayout(row)

    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def details_text(self) -> str:
        parts = [self.error.message]
        if self.error.hint:
            parts.append(self.error.hint)
        if self.error.details:
            parts.append(self.error.details)
        return "\n\n".join(parts)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
