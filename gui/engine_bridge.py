"""Brings the core Engine's listener calls onto the GUI thread as Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.docker.connection import EngineStatus
from core.docker.engine import ContainerChange, Engine


class EngineBridge(QObject):
    status_changed = Signal(object)  # EngineStatus
    containers_changed = Signal(object)  # list[ContainerChange]
    images_changed = Signal(object)  # ImagesUpdate
    resources_changed = Signal(str)  # "volume" | "network"

    def __init__(self, engine: Engine | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine or Engine()
        self.engine.on_status(self._relay_status)
        self.engine.on_changes(self._relay_changes)
        self.engine.on_images(self.images_changed.emit)
        self.engine.on_resources(self.resources_changed.emit)

    @property
    def status(self) -> EngineStatus:
        return self.engine.status

    def start(self) -> None:
        self.engine.start()

    def stop(self) -> None:
        self.engine.stop()

    def retry_now(self) -> None:
        self.engine.retry_now()

    def _relay_status(self, status: EngineStatus) -> None:
        self.status_changed.emit(status)

    def _relay_changes(self, changes: list[ContainerChange]) -> None:
        self.containers_changed.emit(changes)
