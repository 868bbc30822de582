"""The swarm of the engine acted on, for the Swarm panel: its cache (``SwarmState``) kept
current by the engine's swarm events on a thread of their own (``SwarmWatcher``), and by a
poll of the shown services' tasks (events do not carry task states). What changed comes
to the GUI thread as row changes (``SwarmChange``) through a queued signal.

Each engine gets a generation number: what an old engine's watcher still sends after a
switch is dropped, and nothing is sent once the feed stopped (the watcher may outlive it
by a moment)."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from core.docker.api import DockerAPI
from core.docker.engine import Engine
from core.errors import EnvDockError
from core.logfile import get_logger
from core.swarm.model import SwarmInfo
from core.swarm.ops import swarm_info
from core.swarm.state import SwarmChange, SwarmState, SwarmWatcher
from gui.workers import JobRunner

log = get_logger("swarm")


class SwarmFeed(QObject):
    info_changed = Signal(object)  # SwarmInfo of the engine acted on
    changed = Signal(object)  # list[SwarmChange]
    failed = Signal(object)  # EnvDockError (reading the swarm, or its events)
    _relay = Signal(int, object)  # generation, list[SwarmChange] (from the watcher's thread)
    _relay_error = Signal(int, object)  # generation, EnvDockError

    def __init__(self, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.state = SwarmState()
        self.engine: Engine | None = None
        self.info: SwarmInfo | None = None
        self._watcher: SwarmWatcher | None = None
        self._generation = 0
        self._alive = True
        self._lock = threading.Lock()
        self._polling = False
        self._relay.connect(self._on_relay)
        self._relay_error.connect(self._on_relay_error)

    # -- life --------------------------------------------------------------------------------
    def start(self, engine: Engine) -> None:
        """Follow ``engine``'s swarm (what was followed before is dropped)."""
        self.stop_watching()
        with self._lock:
            self._generation += 1
        self.engine = engine
        self.state = SwarmState()
        self.info = None
        self.refresh_info()

    def refresh_info(self) -> None:
        """Ask the engine what it is in the swarm (after init, join or leave too)."""
        engine, generation = self.engine, self._generation
        if engine is None:
            return

        def done(info: SwarmInfo) -> None:
            if generation == self._generation:
                self._on_info(engine, info)

        def failed(err: EnvDockError) -> None:
            if generation == self._generation:
                self.failed.emit(err)

        self.jobs.call(self.tr("Read the swarm"), lambda: swarm_info(engine.api), done, failed,
                       owner=self)  # fmt: skip

    def _on_info(self, engine: Engine, info: SwarmInfo) -> None:
        self.info = info
        self.info_changed.emit(info)
        if info.is_manager and self._watcher is None:
            self._watch(engine)
        elif not info.is_manager:  # no longer (or not) a manager: nothing to follow here
            self.stop_watching()
            with self._lock:
                self._generation += 1
            self.state = SwarmState()

    def _watch(self, engine: Engine) -> None:
        generation = self._generation
        state = self.state

        def api() -> DockerAPI | None:
            return engine.client

        def connected() -> None:  # the stream is open: a load now misses nothing
            client = engine.client
            if client is not None:
                try:
                    self._send(generation, state.load(client))
                except EnvDockError as err:
                    self._send_error(generation, err)

        def on_event(event: Mapping[str, Any]) -> None:
            client = engine.client
            if client is not None:
                self._send(generation, state.apply_event(client, event))

        def on_error(exc: BaseException) -> None:
            if isinstance(exc, EnvDockError):
                self._send_error(generation, exc)

        self._watcher = SwarmWatcher(api, on_event, on_connected=connected, on_error=on_error)
        self._watcher.start()

    def poll_tasks(self, service_ids: Iterable[str]) -> None:
        """Re-read the tasks of these services (one call; skipped while one is on its way)."""
        engine, generation, state = self.engine, self._generation, self.state
        ids = list(service_ids)
        if engine is None or not ids or self._polling or self._watcher is None:
            return
        self._polling = True

        def done(changes: list[SwarmChange]) -> None:
            self._polling = False
            if generation == self._generation and changes:
                self.changed.emit(changes)

        def failed(err: EnvDockError) -> None:
            self._polling = False
            log.info("polling tasks: %s", err.message)

        self.jobs.call(self.tr("Read the tasks"), lambda: state.poll_tasks(engine.api, ids),
                       done, failed, owner=self)  # fmt: skip

    def stop_watching(self) -> None:
        """End the events thread without waiting for it (it ends when its stream closes)."""
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop(timeout=0)

    def shutdown(self) -> None:
        with self._lock:
            self._alive = False
            self._generation += 1
        self.stop_watching()

    # -- from the watcher's thread -------------------------------------------------------------
    def _send(self, generation: int, changes: list[SwarmChange]) -> None:
        with self._lock:
            if not changes or not self._alive or generation != self._generation:
                return
            if shiboken6.isValid(self):
                self._relay.emit(generation, changes)

    def _send_error(self, generation: int, err: EnvDockError) -> None:
        with self._lock:
            if self._alive and generation == self._generation and shiboken6.isValid(self):
                self._relay_error.emit(generation, err)

    def _on_relay(self, generation: int, changes: list[SwarmChange]) -> None:
        if generation == self._generation:
            self.changed.emit(changes)

    def _on_relay_error(self, generation: int, err: EnvDockError) -> None:
        if generation == self._generation:
            self.failed.emit(err)
