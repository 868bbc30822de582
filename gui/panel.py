"""What a panel is, and the stand-in shown when a panel fails to build."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import EnvDockError
from gui.context import AppContext


class Panel(QWidget):
    """Base of every panel: gets the app context, is told when shown and at shutdown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._action_icons: list[tuple[QAction, str]] = []

    def make_action(self, text: str, slot: Callable[[], object], icon_name: str = "") -> QAction:
        """A QAction calling ``slot``; its qtawesome icon loads with ``load_icons``."""
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if icon_name:
            self._action_icons.append((action, icon_name))
        return action

    def load_icons(self) -> None:
        """Icons come after first paint (qtawesome's import is not free)."""
        from gui.icons import icon

        for action, name in self._action_icons:
            action.setIcon(icon(name))

    def on_shown(self) -> None:
        """Called each time the panel becomes the current one."""

    def shutdown(self) -> None:
        """Called once when the window closes: stop timers and workers here."""


class FailedPanel(QWidget):
    """Shown in place of a panel whose construction raised: the app stays up."""

    details_requested = Signal(object)

    def __init__(self, title: str, error: EnvDockError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        label = QLabel(
            self.tr("<h3>The {0} panel could not open</h3>").format(html.escape(title))
            + f"<p>{html.escape(error.message)}</p><p>{html.escape(error.hint)}</p>"
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        button = QPushButton(self.tr("Details…"))
        button.clicked.connect(lambda: self.details_requested.emit(self.error))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def on_shown(self) -> None:
        pass

    def shutdown(self) -> None:
        pass
