"""Every engine EnvDock knows, each with its own connection, cache and events stream, and the
one the user acts on now.

The list is the default engine and the Docker contexts (``core.docker.contexts``); a watcher
notices contexts that the CLI creates, changes or removes (a cheap modification-time check
each second) and adds, restarts or stops engines to match. An engine connects when it is
first needed — made current, or shown in the all-engines view — and then stays connected,
so switching back to it paints from its cache at once.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from core.docker import contexts
from core.docker.contexts import DEFAULT, EngineSpec
from core.docker.engine import Engine
from core.errors import ValidationError
from core.logfile import get_logger
from core.text import translate

log = get_logger("docker.engines")
WATCH_INTERVAL = 1.0

EnginesListener = Callable[[list[Engine]], None]
CurrentListener = Callable[[Engine], None]


class EngineRegistry:
    def __init__(
        self,
        env: Mapping[str, str] | None = None,
        home: Path | None = None,
        make_engine: Callable[[EngineSpec], Engine] | None = None,
        fixed: list[Engine] | None = None,
    ) -> None:
        """Every engine of the contexts, or (``fixed``, for tests and tools) just those
        engines, the first one current, no contexts read or watched."""
        self._env = dict(os.environ if env is None else env)
        self._home = Path.home() if home is None else home
        self._make = make_engine or (lambda spec: Engine(self._env, self._home, spec))
        self._lock = threading.RLock()
        self._engines: dict[str, Engine] = {}
        self._current = ""
        self._stamp: tuple[float, ...] = ()
        self._engines_listeners: list[EnginesListener] = []
        self._current_listeners: list[CurrentListener] = []
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self._retired: list[Engine] = []  # stopped on a change; joined at the end
        self._fixed = fixed is not None
        if fixed is not None:
            self._engines = {e.name: e for e in fixed}
            self._current = fixed[0].name
            return
        self.reload()
        self._current = self._pick_current(contexts.current_name(self._env, self._home))

    @property
    def env(self) -> dict[str, str]:
        """The environment the contexts are read from (DOCKER_CONFIG, DOCKER_HOST…)."""
        return self._env

    @property
    def home(self) -> Path:
        return self._home

    # -- what there is -------------------------------------------------------------------------
    def engines(self) -> list[Engine]:
        with self._lock:
            return list(self._engines.values())

    def get(self, name: str) -> Engine | None:
        with self._lock:
            return self._engines.get(name)

    @property
    def current(self) -> Engine:
        with self._lock:
            return self._engines[self._current]

    def on_engines(self, cb: EnginesListener) -> None:
        """``cb(engines)`` when engines were added, removed or changed."""
        self._engines_listeners.append(cb)

    def on_current(self, cb: CurrentListener) -> None:
        """``cb(engine)`` when another engine became the current one."""
        self._current_listeners.append(cb)

    # -- changing it ---------------------------------------------------------------------------
    def use(self, name: str) -> Engine:
        """Act on ``name`` from now on (it connects now if it was not yet). The docker
        CLI's own current context is left alone: ``contexts.use_context`` does that."""
        with self._lock:
            engine = self._engines.get(name)
            if engine is None:
                raise ValidationError(
                    translate("core", "No engine named {0!r}").format(name),
                    translate("core", "Known engines: {0} (envdock engines list).").format(
                        ", ".join(self._engines)
                    ),
                )
            changed = name != self._current
            self._current = name
        engine.start()
        if changed:
            for cb in list(self._current_listeners):
                cb(engine)
        return engine

    def connect_all(self) -> None:
        """Connect every engine (the all-engines view shows them together)."""
        for engine in self.engines():
            if engine.spec is None or not engine.spec.problem:
                engine.start()

    def reload(self) -> bool:
        """Read the contexts again; True when the engines changed."""
        if self._fixed:
            return False
        stamp = contexts.contexts_stamp(self._env, self._home)
        specs = {s.name: s for s in contexts.all_engines(self._env, self._home)}
        started: list[Engine] = []
        stopped: list[Engine] = []
        added = False
        with self._lock:
            self._stamp = stamp
            was_running = set()
            for name in list(self._engines):
                old = self._engines[name]
                if name not in specs or old.spec != specs[name]:
                    del self._engines[name]
                    stopped.append(old)
                    if old.running:
                        was_running.add(name)
            for name, spec in specs.items():
                if name not in self._engines:
                    self._engines[name] = self._make(spec)
                    added = True
                    if name in was_running:  # its context changed: connect it again
                        started.append(self._engines[name])
            fell_back = bool(self._current) and self._current not in self._engines
            if fell_back:  # the current engine's context went away: back to the default
                self._current = DEFAULT
                started.append(self._engines[DEFAULT])
            self._retired.extend(stopped)
        changed = added or bool(stopped)
        for engine in stopped:
            engine.request_stop()
        for engine in started:
            engine.start()
        if changed:
            for cb in list(self._engines_listeners):
                cb(self.engines())
        if fell_back:
            for current_cb in list(self._current_listeners):
                current_cb(self.current)
        return changed

    def _pick_current(self, name: str) -> str:
        return name if name in self._engines else DEFAULT

    # -- the watcher and the life cycle -------------------------------------------------------
    def start(self) -> None:
        """Connect the current engine and watch the contexts folder."""
        self.current.start()
        if self._watcher is None and not self._fixed:
            self._stop.clear()
            self._watcher = threading.Thread(target=self._watch, name="contexts-watch",
                                             daemon=True)  # fmt: skip
            self._watcher.start()

    def _watch(self) -> None:
        while not self._stop.wait(WATCH_INTERVAL):
            try:
                if contexts.contexts_stamp(self._env, self._home) != self._stamp:
                    self.reload()
            except Exception:
                log.warning("reading the Docker contexts failed", exc_info=True)

    def request_stop(self) -> None:
        self._stop.set()
        for engine in self.engines():
            engine.request_stop()

    def join(self, timeout: float = 5.0) -> bool:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.join(timeout)
        with self._lock:
            retired, self._retired = self._retired, []
        return all([engine.join(timeout) for engine in [*self.engines(), *retired]])

    def stop(self, timeout: float = 5.0) -> bool:
        self.request_stop()
        return self.join(timeout)
