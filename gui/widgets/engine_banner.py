"""Shown above Docker panels when the engine is not connected: why, and what to do."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from core.docker.connection import EngineState, EngineStatus
from gui.engine_bridge import EngineBridge


class EngineBanner(QFrame):
    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setObjectName("EngineBanner")
        self.setStyleSheet(
            "#EngineBanner{background:#fff4d6;border:1px solid #f0d58c;border-radius:4px;}"
            "#EngineBanner QLabel{color:#5c4400;}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.retry = QPushButton(self.tr("Retry now"))
        self.retry.clicked.connect(bridge.retry_now)
        layout.addWidget(self.retry)
        bridge.status_changed.connect(self._on_status_change)
        self._on_status_change(bridge.status)

    def _on_status_change(self, status: EngineStatus) -> None:
        if status.connected:
            self.setVisible(status.tls_unverified)
            self.label.setText(
                self.tr(
                    "<b>TLS certificate verification is OFF</b> for this engine: "
                    "anyone on the network path could impersonate it."
                )
            )
            self.retry.hide()
            return
        self.retry.setVisible(status.state is not EngineState.CONNECTING)
        text = f"<b>{html.escape(status.message)}</b>"
        if status.hint:
            text += f"<br>{html.escape(status.hint)}"
        if status.state is not EngineState.CONNECTING:
            text += "<br><i>" + self.tr("Showing the last known state.") + "</i>"
        self.label.setText(text)
        self.show()
