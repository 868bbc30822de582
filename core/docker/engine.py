"""The engine cache: one list call, then one ``/events`` stream keeps it current.

A background thread connects (with backoff while the engine is away), lists the
containers once, and then follows the events stream: each event refreshes only the
container it names. When the stream breaks the state becomes "disconnected" and the
thread reconnects by itself; on reconnect the cache is diffed against a fresh list so
listeners see row changes, never a reset.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from core.docker.api import DockerAPI
from core.docker.connection import (
    Connection,
    EngineState,
    EngineStatus,
    connect,
    status_from_error,
)
from core.docker.containers import Container
from core.docker.contexts import DEFAULT, EngineSpec, resolve_endpoint
from core.docker.endpoint import Endpoint
from core.docker.images import Image
from core.errors import DockerUnavailable
from core.logfile import get_logger
from core.text import translate

log = get_logger("docker.engine")

ChangeKind = Literal["added", "changed", "removed"]

# Container events that do not change what `docker ps -a` shows.
IGNORED_ACTIONS = frozenset(
    {"attach", "detach", "copy", "export", "resize", "top", "commit", "archive-path"}
)

# Container events that change who uses a volume or belongs to a network.
MEMBERSHIP_ACTIONS = frozenset({"create", "destroy", "rename"})


@dataclass(frozen=True, slots=True)
class ImagesUpdate:
    """The image list after an image event: added/changed images and removed ids."""

    upserts: tuple[Image, ...]
    removed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ContainerChange:
    kind: ChangeKind
    container: Container


ImagesListener = Callable[[ImagesUpdate], None]
StatusListener = Callable[[EngineStatus], None]
ChangeListener = Callable[[list[ContainerChange]], None]


class ContainerStore:
    """The cached containers by id; every mutation returns the row-level changes."""

    def __init__(self) -> None:
        self._by_id: dict[str, Container] = {}
        self._lock = threading.Lock()

    def snapshot(self) -> list[Container]:
        with self._lock:
            return list(self._by_id.values())

    def get(self, cid: str) -> Container | None:
        with self._lock:
            return self._by_id.get(cid)

    def __len__(self) -> int:
        return len(self._by_id)

    def replace_all(self, containers: Iterable[Container]) -> list[ContainerChange]:
        fresh = {c.id: c for c in containers}
        changes: list[ContainerChange] = []
        with self._lock:
            for cid, old in list(self._by_id.items()):
                if cid not in fresh:
                    del self._by_id[cid]
                    changes.append(ContainerChange("removed", old))
            for cid, new in fresh.items():
                old_c = self._by_id.get(cid)
                if old_c is None:
                    changes.append(ContainerChange("added", new))
                elif old_c != new:
                    changes.append(ContainerChange("changed", new))
                self._by_id[cid] = new
        return changes

    def upsert(self, container: Container) -> list[ContainerChange]:
        with self._lock:
            old = self._by_id.get(container.id)
            self._by_id[container.id] = container
        if old is None:
            return [ContainerChange("added", container)]
        return [] if old == container else [ContainerChange("changed", container)]

    def remove(self, cid: str) -> list[ContainerChange]:
        with self._lock:
            old = self._by_id.pop(cid, None)
        return [ContainerChange("removed", old)] if old is not None else []


def _identity(path: str | None) -> tuple[int, int] | None:
    """(inode, change time) of a socket file, None when there is none."""
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_ctime_ns


class Engine:
    """Connection to one engine plus the container cache, kept current by events."""

    # waits between attempts while the engine is away: capped, so an engine that answers
    # again is seen within 2 s (a local socket that appears is seen at once)
    BACKOFF = (0.25, 0.5, 1.0, 2.0)
    SOCKET_POLL = 0.1

    def __init__(
        self,
        env: Mapping[str, str] | None = None,
        home: Path | None = None,
        spec: EngineSpec | None = None,
    ) -> None:
        """The engine named by ``spec``, or (without one) the engine the user means now
        (DOCKER_HOST, the current context, the usual sockets)."""
        self._env = env
        self._home = home
        self.spec = spec
        self._connection: Connection | None = None
        self.store = ContainerStore()
        self.status = EngineStatus(
            EngineState.CONNECTING, translate("core", "Connecting to Docker…")
        )
        self.client: DockerAPI | None = None  # None until connected
        self._status_listeners: list[StatusListener] = []
        self._change_listeners: list[ChangeListener] = []
        self._image_listeners: list[ImagesListener] = []
        self._resource_listeners: list[Callable[[str], None]] = []
        self.images: dict[str, Image] = {}
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._stream: Any = None
        self._stream_lock = threading.Lock()
        self._was_connected = False
        self._connecting = False
        self._refresh_lock = threading.Lock()
        self.refreshes = 0

    @property
    def name(self) -> str:
        return self.spec.name if self.spec is not None else DEFAULT

    def endpoint(self) -> Endpoint:
        """Where this engine is (DockerUnavailable for a context that cannot be used)."""
        if self.spec is None:
            return resolve_endpoint(self._env, self._home)
        if self.spec.problem:
            raise DockerUnavailable(
                self.spec.problem,
                translate("core", "Fix the context (docker context inspect), or remove it."),
                state=EngineState.BAD_HOST.value,
            )
        return self.spec.endpoint

    @property
    def api(self) -> DockerAPI:
        """The connected client (DockerUnavailable while there is none)."""
        client = self.client
        if client is None:
            raise DockerUnavailable(
                translate("core", "Not connected to the Docker engine"),
                translate("core", "Wait until the engine is connected (see the status bar)."),
            )
        return client

    # -- listeners -------------------------------------------------------------------------
    def on_status(self, cb: StatusListener) -> None:
        self._status_listeners.append(cb)

    def on_changes(self, cb: ChangeListener) -> None:
        self._change_listeners.append(cb)

    def on_images(self, cb: ImagesListener) -> None:
        self._image_listeners.append(cb)

    def on_resources(self, cb: Callable[[str], None]) -> None:
        """``cb("volume")`` / ``cb("network")`` when one of those changed (no payload: the
        panels showing them re-list, which is one cheap call)."""
        self._resource_listeners.append(cb)

    def refresh_images(self) -> None:
        """Re-read the image list (one call) and publish what changed."""
        entries = self.api.images()
        fresh = {i.id: i for i in (Image.from_list_entry(e, engine=self.name) for e in entries)}
        removed = tuple(i for i in self.images if i not in fresh)
        upserts = tuple(img for iid, img in fresh.items() if self.images.get(iid) != img)
        self.images = fresh
        if (removed or upserts) and not self._stop.is_set():  # nothing is told after stop
            update = ImagesUpdate(upserts, removed)
            for cb in list(self._image_listeners):
                cb(update)

    def _publish_status(self, status: EngineStatus) -> None:
        if status == self.status or self._stop.is_set():  # nothing is told after stop
            return
        self.status = status
        log.info("engine status: %s %s", status.state.value, status.message)
        for cb in list(self._status_listeners):
            cb(status)

    def _publish_changes(self, changes: list[ContainerChange]) -> None:
        if not changes or self._stop.is_set():
            return
        for cb in list(self._change_listeners):
            cb(changes)

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        # docker-py imports itself circularly: importing it from this thread and the
        # caller's at once can expose a half-initialised module, so do it here first
        import docker  # noqa: F401

        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="docker-engine", daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        """Ask the engine thread to end, without waiting for it: the events stream is
        closed, so a thread reading it returns at once (``join`` waits)."""
        self._stop.set()
        self._wake.set()
        self._close_stream()

    def join(self, timeout: float = 5.0) -> bool:
        """Wait up to ``timeout`` for the engine thread; True when it has ended. A thread
        stuck in a call to an engine that does not answer is left to end by itself (it is
        a daemon, and publishes nothing once stopped)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            # a thread still connecting holds no client: not worth a wait (an engine that
            # accepts and never answers would keep it there for the whole client timeout)
            thread.join(0.05 if self._connecting else max(0.0, timeout))
        self._drop_connection()
        ended = thread is None or not thread.is_alive()
        if not ended:
            log.info("engine thread still in a call to an engine that does not answer; left")
        return ended

    def stop(self, timeout: float = 5.0) -> bool:
        self.request_stop()
        return self.join(timeout)

    def retry_now(self) -> None:
        """Skip the rest of the backoff wait and try to connect at once."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _drop_connection(self) -> None:
        """Close the client and its ssh tunnel, if any (``client`` is None meanwhile)."""
        connection, self._connection = self._connection, None
        self.client = None
        if connection is not None:
            try:
                connection.close()
            except Exception:
                log.debug("closing the connection failed", exc_info=True)

    def _close_stream(self) -> None:
        with self._stream_lock:
            stream = self._stream
        if stream is not None:
            try:
                stream.close()
            except Exception:
                log.debug("closing the events stream failed", exc_info=True)

    # -- the thread ------------------------------------------------------------------------
    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            try:
                self._session()
            except DockerUnavailable as exc:
                self._publish_status(status_from_error(exc))
            except Exception as exc:
                if self._stop.is_set():
                    break
                log.info("events stream ended: %s", exc, exc_info=True)
                self._publish_status(
                    EngineStatus(
                        EngineState.NOT_RUNNING,
                        translate("core", "Disconnected from the Docker engine"),
                        translate(
                            "core",
                            "Reconnecting by itself; check that the engine is still running.",
                        ),
                        endpoint=self.status.endpoint,
                    )
                )
            if self._stop.is_set():
                break
            if self._was_connected:
                attempt = 0  # a fresh outage starts the backoff from the shortest wait
                self._was_connected = False
            delay = self.BACKOFF[min(attempt, len(self.BACKOFF) - 1)]
            attempt += 1
            self._wait_before_retry(delay)

    def _wait_before_retry(self, delay: float) -> None:
        """Wait ``delay`` seconds, or less: ``retry_now``, or a local socket that appears
        (or is made anew by a restarted engine), ends the wait at once."""
        try:
            path = self.endpoint().socket_path
        except DockerUnavailable:
            path = None
        before = _identity(path)
        deadline = time.monotonic() + delay
        while not self._stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                break
            if self._wake.wait(min(left, self.SOCKET_POLL) if path else left):
                break
            if _identity(path) != before:
                break
        self._wake.clear()

    def _session(self) -> None:
        self._drop_connection()  # the previous session's, and its ssh tunnel
        self._connecting = True  # in connect: nothing to clean up if stopped now
        try:
            connection = connect(self.endpoint(), self._env)
        finally:
            self._connecting = False
        if self._stop.is_set():  # stopped while connecting: the answer came too late
            connection.close()
            return
        self._connection = connection
        client: DockerAPI = connection.client
        status = connection.status or self.status
        self.client = client
        stream = client.events(
            decode=True, filters={"type": ["container", "image", "volume", "network"]}
        )
        with self._stream_lock:
            self._stream = stream
        try:
            # The stream is open before the list, so nothing between the two is missed.
            self._refresh_all()
            self.refresh_images()
            self._publish_status(status)
            self._was_connected = True
            for event in stream:
                if self._stop.is_set():
                    return
                self._on_event(event)
            if not self._stop.is_set():
                raise ConnectionError("the events stream closed")
        finally:
            with self._stream_lock:
                self._stream = None
            try:
                stream.close()
            except Exception:
                log.debug("closing the events stream failed", exc_info=True)

    def _refresh_all(self) -> None:
        with self._refresh_lock:
            rows = self.api.containers(all=True)
            fresh = [Container.from_list_entry(r, self.name) for r in rows]
            self._publish_changes(self.store.replace_all(fresh))

    def refresh_one(self, cid: str) -> None:
        """Re-read one container and publish its change.

        Inspect, not the list: the engine's list is a copy that it updates a moment after
        some events (pause and unpause among them), so a list read at the event can still
        say "running" for a container it just announced as paused, and no later event comes
        to mend it. Inspect reads the container itself. Reads are serialised, so a reply
        never overwrites a newer one.
        """
        from docker.errors import NotFound

        with self._refresh_lock:
            self.refreshes += 1
            try:
                info = self.api.inspect_container(cid)
            except NotFound:
                self._publish_changes(self.store.remove(cid))
                return
            self._publish_changes(self.store.upsert(Container.from_inspect(info, self.name)))

    def _on_event(self, event: Mapping[str, Any]) -> None:
        if event.get("Type") == "image":
            self.refresh_images()  # image events are rare; the list is one cheap call
            return
        if event.get("Type") in ("volume", "network"):
            self._publish_resources(str(event["Type"]))
            return
        if event.get("Type") != "container":
            return
        action = str(event.get("Action") or event.get("status") or "")
        cid = str(event.get("id") or event.get("Actor", {}).get("ID") or "")
        if not cid:
            return
        base_action = action.split(":", 1)[0]
        if base_action in MEMBERSHIP_ACTIONS:
            # volumes list their users and networks their members: a container made,
            # removed or renamed changes both, and no volume/network event says so
            self._publish_resources("volume", "network")
        if base_action in IGNORED_ACTIONS or base_action.startswith("exec_"):
            return
        if base_action == "destroy":
            self._publish_changes(self.store.remove(cid))
            return
        self.refresh_one(cid)

    def _publish_resources(self, *kinds: str) -> None:
        if self._stop.is_set():
            return
        for kind in kinds:
            for resource_cb in list(self._resource_listeners):
                resource_cb(kind)

    def wait_for(
        self, predicate: Callable[[], bool], timeout: float = 10.0, interval: float = 0.05
    ) -> bool:
        """Poll ``predicate`` until it holds (used by the command line and tests)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(interval)
        return predicate()
