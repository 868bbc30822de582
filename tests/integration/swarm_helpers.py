"""Helpers for the swarm tests: a SwarmState kept current by a SwarmWatcher on a node's
engine (every change recorded with when it was seen), ``docker`` against a node, waits."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from core.swarm.ops import ServiceRequest
from core.swarm.state import SwarmChange, SwarmState, SwarmWatcher
from tests.support.compose import docker_cli
from tests.support.engine import TEST_IMAGE
from tests.support.swarm import SwarmNode


def sleeper(name: str, replicas: int = 1, **kwargs: Any) -> ServiceRequest:
    """A busybox ``sleep`` service that stops at once (``sleep`` ignores SIGTERM)."""
    return ServiceRequest(
        name=name,
        image=kwargs.pop("image", TEST_IMAGE),
        args=kwargs.pop("args", ("sleep", "100000")),
        replicas=replicas,
        stop_grace_period=1.0,
        **kwargs,
    )


def wait_for(predicate: Callable[[], bool], timeout: float, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def iso_seconds(text: str) -> float:
    """An engine time (``2026-12-02T08:31:58.03926445Z``) as seconds since the epoch."""
    base, _, frac = text.rstrip("Z").partition(".")
    moment = dt.datetime.strptime(base, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.UTC)
    return moment.timestamp() + float(f"0.{frac or '0'}")


def docker(node: SwarmNode, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [docker_cli(), "-H", node.base_url, *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    if check:
        assert proc.returncode == 0, f"docker {' '.join(args)}: {proc.stderr}"
    return proc


def docker_json_lines(node: SwarmNode, *args: str) -> list[dict[str, Any]]:
    out = docker(node, *args, "--format", "{{json .}}").stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


class LiveState:
    """A SwarmState loaded and kept current by events from ``node`` (each change kept with
    the wall-clock time it was applied); ``poll(service ids)`` reads their tasks."""

    def __init__(self, node: SwarmNode) -> None:
        self.node = node
        self.state = SwarmState()
        self.changes: list[tuple[float, SwarmChange]] = []
        self.events: list[tuple[float, Mapping[str, Any]]] = []
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()
        self._read_api = node.client()  # the watcher thread's reads
        self._events_api = node.client()  # the stream
        self._poll_api = node.client()  # the test thread's reads
        self.watcher = SwarmWatcher(
            lambda: self._events_api,
            self._on_event,
            on_connected=self._on_connected,
            on_error=self.errors.append,
        )

    def _record(self, changes: Iterable[SwarmChange]) -> None:
        now = time.time()
        with self._lock:
            self.changes.extend((now, c) for c in changes)

    def _on_connected(self) -> None:
        self._record(self.state.load(self._read_api))

    def _on_event(self, event: Mapping[str, Any]) -> None:
        self._record(self.state.apply_event(self._read_api, event))
        with self._lock:
            self.events.append((time.time(), event))

    def poll(self, service_ids: Iterable[str]) -> list[SwarmChange]:
        changes = self.state.poll_tasks(self._poll_api, service_ids)
        self._record(changes)
        return changes

    def changes_since(self, index: int) -> list[tuple[float, SwarmChange]]:
        with self._lock:
            return list(self.changes[index:])

    def __enter__(self) -> LiveState:
        self.watcher.start()
        assert self.watcher.connected.wait(15), f"no event stream: {self.errors}"
        assert wait_for(lambda: self.state.loaded, 15)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.watcher.stop(5), "the swarm watcher did not stop"
        for api in (self._read_api, self._events_api, self._poll_api):
            api.close()


def running_on(state: SwarmState, service_id: str) -> dict[str, int]:
    """hostname → how many of the service's tasks run there (and should)."""
    counts: dict[str, int] = {}
    for task in state.tasks_of(service_id):
        if task.state == "running" and task.desired_state == "running":
            counts[task.node_hostname] = counts.get(task.node_hostname, 0) + 1
    return counts


def converged(live: LiveState, service_id: str, replicas: int) -> Callable[[], bool]:
    """A predicate: the service's tasks (polled) are ``replicas`` running and nothing else
    is on its way (no task wanted running that is not, none still shutting down)."""

    def check() -> bool:
        live.poll([service_id])
        tasks = live.state.tasks_of(service_id)
        current = [t for t in tasks if t.desired_state == "running"]
        settling = [t for t in tasks if t.desired_state != "running" and t.state == "running"]
        return (
            len(current) == replicas and all(t.state == "running" for t in current) and not settling
        )

    return check
