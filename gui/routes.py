"""The application API (``gui.context.AppApi``) as the main window provides it: each call
goes to the feature that owns what is asked for. This is the one module besides the
window that knows every feature; the features know only the API."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from core.envs.locators import SearchContext
from core.envs.model import Environment

# Each feature's modules are imported when a route first asks for them (panels are built on
# first use: gui.registry), not when the window is made.
if TYPE_CHECKING:
    from collections.abc import Sequence

    from core.docker.engine import Engine
    from core.docker.log_feeds import LogFeed
    from core.docker.merged_logs import Member
    from gui.containers.panel import ContainersPanel
    from gui.images.panel import ImagesPanel
    from gui.main_window import MainWindow


class Routes:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def show_panel(self, key: str) -> QWidget:
        return self.window.show_panel(key)

    def _images(self) -> ImagesPanel | None:
        from gui.images.panel import ImagesPanel

        panel = self.show_panel("images")
        return panel if isinstance(panel, ImagesPanel) else None  # a panel that failed to build

    def _containers(self) -> ContainersPanel | None:
        from gui.containers.panel import ContainersPanel

        panel = self.show_panel("containers")
        return panel if isinstance(panel, ContainersPanel) else None

    def open_build(self, folder: Path | None = None, tag: str = "") -> None:
        images = self._images()
        if images is not None:
            images.build_dialog(folder, tag)

    def open_run(self, image: str = "", port: str = "") -> None:
        containers = self._containers()
        if containers is not None:
            containers.run_dialog(image=image, port=port)

    def pull(self, reference: str) -> QWidget | None:
        images = self._images()
        return images.pull(reference) if images is not None else None

    def containerize(self, env: Environment) -> None:
        from gui.bridge.containerize_dialog import containerize_flow

        containerize_flow(self.window.context, env, self.window)

    def compare(self, target: str, is_image: bool) -> QWidget:
        from gui.bridge.parity_dialog import ParityDialog

        dialog = ParityDialog(self.window.context, target, is_image, self.window)
        dialog.show()
        return dialog

    def manage_engines(self) -> QWidget:
        from gui.engines.dialog import EnginesDialog

        open_one = next((d for d in self.window.findChildren(EnginesDialog) if d.isVisible()), None)
        dialog = open_one or EnginesDialog(self.window.context, self.window)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def environment_search(self) -> SearchContext:
        from gui.environments.folders import search_context

        return search_context()

    def open_merged_logs(self, engine: Engine, title: str, members: Sequence[Member]) -> QWidget:
        from gui.containers.log_view import open_merged_logs

        return open_merged_logs(self.window.context, engine, title, members, self.window)

    def open_log_feed(self, engine: Engine, title: str, feed: LogFeed) -> QWidget:
        from gui.containers.log_view import open_log_feed

        return open_log_feed(self.window.context, engine, title, feed, self.window)

    def edit_compose_file(self, path: Path) -> QWidget | None:
        from gui.compose.editor import edit_compose_file

        return edit_compose_file(self.window.context, path, self.window)
