"""Brings the engines' listener calls onto the GUI thread as Qt signals.

Every engine EnvDock knows reports through here with its name (``engine_…`` signals); the
current engine — the one the panels act on — also through the plain signals, which is what
most panels follow. Which engine is current is decided on the GUI thread when a signal is
delivered, so a change from an engine that is no longer current never reaches a panel that
has moved on.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal, SignalInstance

from core.docker.connection import EngineStatus
from core.docker.engine import ContainerChange, Engine, ImagesUpdate
from core.docker.engines import EngineRegistry


class EngineBridge(QObject):
    # the current engine's
    status_changed = Signal(object)  # EngineStatus
    containers_changed = Signal(object)  # list[ContainerChange]
    images_changed = Signal(object)  # ImagesUpdate
    resources_changed = Signal(str)  # "volume" | "network"
    current_changed = Signal(object)  # Engine: another engine is the one acted on now
    # any engine's, with its name
    engines_changed = Signal(object)  # list[Engine]: added, removed or changed
    engine_status_changed = Signal(str, object)  # name, EngineStatus
    engine_containers_changed = Signal(str, object)  # name, list[ContainerChange]
    engine_images_changed = Signal(str, object)  # name, ImagesUpdate

    # from the engines' threads (queued onto the GUI thread, then sorted out there)
    _status = Signal(str, object)
    _containers = Signal(str, object)
    _images = Signal(str, object)
    _resources = Signal(str, str)
    _engines = Signal(object)
    _current = Signal(object)

    def __init__(
        self, engines: Engine | EngineRegistry | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        if isinstance(engines, EngineRegistry):
            self.registry = engines
        else:
            self.registry = EngineRegistry(fixed=[engines or Engine()])
        self._attached: set[int] = set()
        self._alive = True  # False once stopping: nothing more is relayed
        self._status.connect(self._on_status)
        self._containers.connect(self._on_containers)
        self._images.connect(self._on_images)
        self._resources.connect(self._on_resources)
        self._engines.connect(self._on_engines)
        self._current.connect(self._on_current)
        for engine in self.registry.engines():
            self._attach(engine)
        self.registry.on_engines(self._engines.emit)
        self.registry.on_current(self._current.emit)

    # -- what the panels use -------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        """The current engine."""
        return self.registry.current

    @property
    def status(self) -> EngineStatus:
        return self.registry.current.status

    def engines(self) -> list[Engine]:
        return self.registry.engines()

    def use(self, name: str) -> Engine:
        """Make ``name`` the current engine (it connects if it was not yet)."""
        return self.registry.use(name)

    def start(self) -> None:
        self._alive = True
        self.registry.start()

    def request_stop(self) -> None:
        self._alive = False  # the engines' last words are not relayed any more
        self.registry.request_stop()

    def join(self, timeout: float = 5.0) -> bool:
        return self.registry.join(timeout)

    def stop(self) -> bool:
        return self.registry.stop()

    def retry_now(self) -> None:
        self.registry.current.retry_now()

    # -- relays ----------------------------------------------------------------------------
    def _attach(self, engine: Engine) -> None:
        if id(engine) in self._attached:
            return
        self._attached.add(id(engine))
        name = engine.name
        engine.on_status(lambda status: self._relay(self._status, name, status))
        engine.on_changes(lambda changes: self._relay(self._containers, name, changes))
        engine.on_images(lambda update: self._relay(self._images, name, update))
        engine.on_resources(lambda kind: self._relay(self._resources, name, kind))

    def _relay(self, signal: SignalInstance, name: str, payload: object) -> None:
        """Emit from an engine's thread — unless this bridge is gone (an engine thread that
        outlived its window must not touch a deleted QObject)."""
        if self._alive and shiboken6.isValid(self):
            signal.emit(name, payload)

    def _is_current(self, name: str) -> bool:
        return self.registry.current.name == name

    def _on_status(self, name: str, status: EngineStatus) -> None:
        self.engine_status_changed.emit(name, status)
        if self._is_current(name):
            self.status_changed.emit(status)

    def _on_containers(self, name: str, changes: list[ContainerChange]) -> None:
        self.engine_containers_changed.emit(name, changes)
        if self._is_current(name):
            self.containers_changed.emit(changes)

    def _on_images(self, name: str, update: ImagesUpdate) -> None:
        self.engine_images_changed.emit(name, update)
        if self._is_current(name):
            self.images_changed.emit(update)

    def _on_resources(self, name: str, kind: str) -> None:
        if self._is_current(name):
            self.resources_changed.emit(kind)

    def _on_engines(self, engines: list[Engine]) -> None:
        for engine in engines:
            self._attach(engine)
        self.engines_changed.emit(engines)

    def _on_current(self, engine: Engine) -> None:
        self.current_changed.emit(engine)
        self.status_changed.emit(engine.status)
