"""The Containers panel's windows: a container's logs, a terminal inside it (EnvDock's own or
the user's terminal emulator), and closing them when the application ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.docker.containers import Container
from core.errors import EnvDockError
from gui.containers.base import ContainersBase

if TYPE_CHECKING:  # imported when first opened (pyte and the log view: ~80 ms)
    from gui.containers.log_view import LogWindow
    from gui.containers.terminal import TerminalWindow


class WindowsMixin(ContainersBase):
    """One log window and one terminal window per container, raised when opened again."""

    def open_logs(self, container: Container | None = None) -> LogWindow | None:
        from gui.containers.log_view import LogWindow  # on first use: see TYPE_CHECKING

        if container is None:
            sel = self.selected()
            if len(sel) != 1:
                return None
            container = sel[0]
        window = self.log_windows.get(container.id)
        if not isinstance(window, LogWindow) or not _open(window):
            window = LogWindow(
                self.context, container.id, container.name, self.engine_of(container)
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.log_windows[container.id] = window
            window.show()
            window.log_view.open()
        window.raise_()
        window.activateWindow()
        return window

    def open_terminal(self, container: Container | None = None) -> TerminalWindow | None:
        from gui.containers.terminal import TerminalWindow  # on first use: see TYPE_CHECKING

        if container is None:
            sel = self.selected()
            if len(sel) != 1:
                return None
            container = sel[0]
        key = f"term:{container.id}"
        window = self.log_windows.get(key)
        if not isinstance(window, TerminalWindow) or not _open(window):
            window = TerminalWindow(
                self.context, container.id, container.name, self.engine_of(container)
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.log_windows[key] = window
            window.show()
            window.open_terminal()
        window.raise_()
        window.activateWindow()
        return window

    def open_my_terminal(self) -> list[str] | None:
        """`docker exec -it` in the user's own terminal (the docker CLI resolves the same
        DOCKER_HOST / context as EnvDock does)."""
        from core.envs.shell import launch_in_terminal  # on first use (~13 ms)

        sel = self.selected()
        if len(sel) != 1:
            return None
        try:
            return launch_in_terminal(["docker", "exec", "-it", sel[0].id, "/bin/sh"])
        except EnvDockError as err:
            self.context.notifier.error(err)
            return None

    def shutdown(self) -> None:
        self.stats_timer.stop()
        for window in list(self.log_windows.values()):
            if shiboken6.isValid(window):
                window.close()
        self.log_windows.clear()


def _open(window: QWidget) -> bool:
    """A window of ours still on screen (not closed, not deleted by Qt)."""
    return shiboken6.isValid(window) and window.isVisible()
