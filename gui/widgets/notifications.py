"""The notification area: a banner for the latest problem and a history in the status bar."""

from __future__ import annotations

import html
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from core.errors import EnvDockError


@dataclass(frozen=True, slots=True)
class Notification:
    level: str  # "info" | "warning" | "error"
    message: str
    hint: str = ""
    error: EnvDockError | None = None
    at: float = field(default_factory=time.time)


class Notifier(QObject):
    """Where panels and jobs report things the user should see."""

    notified = Signal(object)  # Notification
    MAX_KEPT = 100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history: list[Notification] = []

    def notify(
        self, level: str, message: str, hint: str = "", error: EnvDockError | None = None
    ) -> Notification:
        note = Notification(level, message, hint, error)
        self.history.append(note)
        del self.history[: -self.MAX_KEPT]
        self.notified.emit(note)
        return note

    def error(self, err: EnvDockError) -> Notification:
        return self.notify("error", err.message, err.hint, err)

    def info(self, message: str) -> Notification:
        return self.notify("info", message)


_BANNER_STYLE = {
    "error": "background:#fde2e1;color:#611a15;border:1px solid #f5b7b1;",
    "warning": "background:#fff4d6;color:#5c4400;border:1px solid #f0d58c;",
    "info": "background:#e3f0ff;color:#0d3c73;border:1px solid #b6d4fb;",
}


class NotificationBanner(QFrame):
    """Shows the latest notification above the panels; hides itself after a while."""

    details_requested = Signal(object)  # EnvDockError
    HIDE_AFTER_MS = 12_000

    def __init__(self, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Notification | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.clicked.connect(self._on_details_clicked)
        layout.addWidget(self.details_button)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        notifier.notified.connect(self._on_notified)
        self.hide()

    def _on_notified(self, note: Notification) -> None:
        self.current = note
        text = f"<b>{html.escape(note.message)}</b>"
        if note.hint:
            text += f"<br>{html.escape(note.hint)}"
        self.text.setText(text)
        self.setStyleSheet(
            f"NotificationBanner{{{_BANNER_STYLE.get(note.level, '')}"
            "border-radius:4px;} QLabel{background:transparent;border:none;}"
        )
        self.details_button.setVisible(note.error is not None)
        self.show()
        self._timer.start(self.HIDE_AFTER_MS)

    def _on_details_clicked(self) -> None:
        if self.current is not None and self.current.error is not None:
            self.details_requested.emit(self.current.error)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)


class NotificationButton(QToolButton):
    """A status-bar button with the count of notifications and a menu of recent ones."""

    details_requested = Signal(object)

    def __init__(self, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.unread = 0
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self._menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.setMenu(self._menu)
        notifier.notified.connect(self._on_notified)
        self._update_text()

    def _on_notified(self, note: Notification) -> None:
        if note.level != "info":
            self.unread += 1
        self._update_text()

    def _update_text(self) -> None:
        self.setText(
            self.tr("Notifications: {0}").format(self.unread)
            if self.unread
            else self.tr("No new notifications")
        )

    def _on_menu_about_to_show(self) -> None:
        self._menu.clear()
        if not self.notifier.history:
            self._menu.addAction(self.tr("Nothing to report")).setEnabled(False)
        for note in reversed(self.notifier.history[-20:]):
            stamp = time.strftime("%H:%M:%S", time.localtime(note.at))
            action = self._menu.addAction(f"{stamp}  {note.message}")
            action.setToolTip(note.hint)
            if note.error is not None:
                err = note.error
                action.triggered.connect(lambda _=False, e=err: self.details_requested.emit(e))
        self.unread = 0
        self._update_text()
