"""What a log view reads: one container's log or several merged (``core.docker.merged_logs``).

A ``LogFeed`` makes the view's store and, in a worker, opens a ``LogReader`` on an engine;
the reader gives the tail, older pages, a time range, a follower and the whole log saved to
a file. The view knows only these two protocols, so one widget shows either kind of log.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from core.docker.api import DockerAPI
from core.docker.logs import Follower, LogSource, LogStore, Page, read_range, save_full_log


class LogFollower(Protocol):
    """New lines as they are written, drained by the view on a timer."""

    @property
    def state(self) -> str: ...  # following, waiting, reconnecting or removed
    @property
    def alive(self) -> bool: ...
    def start(self) -> None: ...
    def stop(self, timeout: float = ...) -> None: ...
    def drain(self, limit: int = ...) -> list[tuple[int, bytes]]: ...


class LogReader(Protocol):
    """An opened log: pages (the tail, then older ones), a range, a follower, a save."""

    def tail(self, n: int) -> Page: ...
    def before(
        self, oldest_ts: str, offset: int | None, n: int, cancel: threading.Event | None = ...
    ) -> Page: ...
    def read_range(
        self, since: str, until: str, n: int, cancel: threading.Event | None = ...
    ) -> Page: ...
    def follower(self, client_getter: Callable[[], Any], since: str) -> LogFollower: ...
    def save(self, target: Path, timestamps: bool, cancel: threading.Event | None = ...) -> int: ...


class LogFeed(Protocol):
    """What a log view shows: it makes the store and opens a reader (in a worker)."""

    def new_store(self) -> LogStore: ...
    def open(self, client: DockerAPI) -> LogReader: ...


class ContainerLog(LogSource):
    """One container's log as a ``LogReader``."""

    def read_range(
        self, since: str, until: str, n: int, cancel: threading.Event | None = None
    ) -> Page:
        return read_range(self.client, self.cid, since, until, n, cancel)

    def follower(self, client_getter: Callable[[], Any], since: str) -> Follower:
        return Follower(client_getter, self.cid, since)

    def save(self, target: Path, timestamps: bool, cancel: threading.Event | None = None) -> int:
        return save_full_log(self.client, self.cid, target, timestamps, cancel)


@dataclass(frozen=True, slots=True)
class ContainerFeed:
    """One container's log (what the Containers panel opens)."""

    cid: str

    def new_store(self) -> LogStore:
        return LogStore()

    def open(self, client: DockerAPI) -> ContainerLog:
        return ContainerLog(client, self.cid)
