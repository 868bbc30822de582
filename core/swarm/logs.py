"""A service's log across all its tasks, for the log view (``core.docker.log_feeds``).

A service's tasks run on other engines than the one EnvDock talks to, so their containers
cannot be read one by one; the manager's service logs endpoint gathers them from every
node (``docker service logs``). With ``details`` each line says its node, service and task
(``TS com.docker.swarm.node.id=…,com.docker.swarm.service.id=…,com.docker.swarm.task.id=…
TEXT``); EnvDock stores it as ``TS web.2@node1 | TEXT`` (``docker service logs
--no-task-ids``), the label coloured by slot and padded to the longest known, so lines of
different tasks line up. Names of tasks and nodes come from one read of the service's tasks
and of the nodes; a task that appears later (a rolling update) is read when its first line
comes.

The endpoint has a ``since`` and a ``tail`` but no ``until``, and its lines come in the
order the nodes send them: pages are sorted by time, an older page is read by one pass
over the whole log keeping only what it needs, and following holds lines a moment
(``GRACE``) so that lines of different nodes come out in time order.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from operator import itemgetter
from pathlib import Path
from typing import Any

from core.docker.api import DockerAPI
from core.docker.logs import (
    STDERR,
    STDOUT,
    LogStore,
    Page,
    atomic_output,
    frame_lines,
    log_frames,
    to_unix,
)
from core.docker.merged_logs import COLOURS, norm_ts
from core.errors import Cancelled
from core.swarm.errors import swarm_error
from core.text import translate

NODE_KEY = "com.docker.swarm.node.id"
TASK_KEY = "com.docker.swarm.task.id"
_ZERO = b"0001-01-01T00:00:00.000000000Z"
SERVICE_LOGS = "/services/{0}/logs"

# (normalised timestamp, stream, stored line)
Item = tuple[bytes, int, bytes]


def parse_line(raw: bytes) -> tuple[bytes, dict[str, str], bytes]:
    """``TS attrs TEXT`` (a details line) → (timestamp, attributes, text)."""
    ts, _, rest = raw.partition(b" ")
    attrs: dict[str, str] = {}
    if rest.startswith(b" "):  # no details
        return ts, attrs, rest[1:]
    head, _sep, text = rest.partition(b" ")
    if b"=" in head and head.split(b"=", 1)[0].replace(b".", b"").replace(b"_", b"").isalnum():
        for pair in head.decode(errors="replace").split(","):
            key, _, value = pair.partition("=")
            attrs[key] = value
        return ts, attrs, text
    return ts, attrs, rest


class TaskNames:
    """Task id → ``service.slot@node`` (or ``service.nodeid@node`` for a global task)."""

    def __init__(self, api: DockerAPI, service_id: str) -> None:
        self.api = api
        self.service_id = service_id
        self._names: dict[str, str] = {}
        self._slots: dict[str, int] = {}
        self._nodes: dict[str, str] = {}
        self.service_name = service_id[:12]
        self.tty = False
        self.width = 0  # bytes of the longest name
        self.lock = threading.Lock()

    def load(self) -> None:
        data = self.api.inspect_service(self.service_id)
        self.service_name = str((data.get("Spec") or {}).get("Name") or self.service_id[:12])
        self.tty = bool(
            ((data.get("Spec") or {}).get("TaskTemplate") or {}).get("ContainerSpec", {}).get("TTY")
        )
        self._nodes = {
            str(n.get("ID")): str((n.get("Description") or {}).get("Hostname") or "")
            for n in self.api.nodes()
        }
        for task in self.api.tasks(filters={"service": self.service_id}):
            self._add(task)

    def _add(self, task: Mapping[str, Any]) -> None:
        tid = str(task.get("ID"))
        node_id = str(task.get("NodeID") or "")
        slot = task.get("Slot")
        node = self._nodes.get(node_id) or node_id[:12]
        middle = str(slot) if slot else node_id[:12]
        self._set(tid, f"{self.service_name}.{middle}@{node}", int(slot) if slot else None)

    def _set(self, tid: str, name: str, slot: int | None) -> None:
        self._names[tid] = name
        self._slots[tid] = slot if slot is not None else len(self._slots)
        self.width = max(self.width, len(name.encode()))

    def name(self, task_id: str, node_id: str) -> tuple[str, int]:
        with self.lock:
            if task_id not in self._names and task_id:
                try:
                    self._add(self.api.inspect_task(task_id))
                except Exception:
                    node = self._nodes.get(node_id) or node_id[:12]
                    self._set(task_id, f"{self.service_name}.{task_id[:12]}@{node}", None)
            return self._names.get(task_id, self.service_name), self._slots.get(task_id, 0)


class ServiceLog:
    """A service's log as a ``LogReader``."""

    def __init__(self, api: DockerAPI, service_id: str) -> None:
        self.api = api
        self.service_id = service_id
        self.names = TaskNames(api, service_id)
        try:
            self.names.load()
        except Exception as exc:
            raise swarm_error(exc, translate("core", "read the service's logs"), api) from exc
        self.tty = self.names.tty

    # -- lines ----------------------------------------------------------------------------
    def item(self, stream: int, raw: bytes, last: bytes = _ZERO) -> Item:
        ts, attrs, text = parse_line(raw)
        key = norm_ts(ts)
        if key is None:
            key, text = last, raw
        label, slot = self.names.name(attrs.get(TASK_KEY, ""), attrs.get(NODE_KEY, ""))
        colour = COLOURS[slot % len(COLOURS)]
        width = self.names.width
        prefix = b"\x1b[%dm%s | \x1b[0m" % (colour, label.encode().ljust(width))
        return key, STDOUT if self.tty else stream, key + b" " + prefix + text

    def read(self, cancel: threading.Event | None = None, **params: Any) -> Iterator[Item]:
        query = {"stdout": 1, "stderr": 1, "timestamps": 1, "details": 1}
        query.update({k: v for k, v in params.items() if v is not None})
        try:
            res, frames = log_frames(self.api, self.service_id, query, self.tty, SERVICE_LOGS)
        except Exception as exc:
            raise swarm_error(exc, translate("core", "read the service's logs"), self.api) from exc
        last = _ZERO
        try:
            for i, (stream, raw) in enumerate(frame_lines(frames)):
                item = self.item(stream, raw, last)
                last = item[0]
                yield item
                if cancel is not None and not i % 50_000 and cancel.is_set():
                    raise Cancelled()
        finally:
            res.close()

    @staticmethod
    def page(items: list[Item], n: int, complete: bool) -> Page:
        items.sort(key=itemgetter(0))
        shown = items[-n:] if n else []
        return Page([i[2] for i in shown], bytes(i[1] for i in shown), complete=complete)

    # -- LogReader ------------------------------------------------------------------------
    def tail(self, n: int) -> Page:
        """The newest ``n`` lines (each task gives its last ``n``: the newest of them all)."""
        items = list(self.read(tail=str(n)))
        return self.page(items, n, complete=len(items) < n)

    def before(
        self, oldest_ts: str, offset: int | None, n: int, cancel: threading.Event | None = None
    ) -> Page:
        """The ``n`` lines before ``oldest_ts`` (one pass over the whole log)."""
        del offset
        limit = norm_ts(oldest_ts.encode()) or oldest_ts.encode()
        window: list[Item] = []
        for item in self.read(cancel):
            if item[0] < limit:
                window.append(item)
                if len(window) > 4 * n + 1024:  # keep memory bounded: the newest 2n stay
                    window.sort(key=itemgetter(0))
                    del window[: len(window) - 2 * n]
        return self.page(window, n, complete=len(window) <= n)

    def read_range(
        self, since: str, until: str, n: int, cancel: threading.Event | None = None
    ) -> Page:
        """The newest ``n`` lines between ``since`` and ``until`` (engine time strings)."""
        end = _unix_key(until) if until else None
        items = [it for it in self.read(cancel, since=since or None) if end is None or it[0] <= end]
        return self.page(items, n, complete=True)

    def follower(self, client_getter: Callable[[], Any], since: str) -> ServiceFollower:
        return ServiceFollower(self, client_getter, since)

    def save(self, target: Path, timestamps: bool, cancel: threading.Event | None = None) -> int:
        """The whole log, in time order, as ``docker service logs`` writes it."""
        items = sorted(self.read(cancel), key=itemgetter(0))
        with atomic_output(target) as f:
            for key, stream, line in items:
                text = line[len(key) + 1 :]
                text = _strip_colour(text)
                mark = b"[stderr] " if stream == STDERR else b""
                f.write(mark + (key + b" " if timestamps else b"") + text + b"\n")
        return len(items)


def _strip_colour(text: bytes) -> bytes:
    if text.startswith(b"\x1b["):
        end = text.find(b"m")
        text = text[end + 1 :]
        return text.replace(b" | \x1b[0m", b" | ", 1)
    return text


def _unix_key(value: str) -> bytes:
    from core.docker.merged_logs import unix_to_ts

    return unix_to_ts(value)


class ServiceFollower:
    """New lines of every task as they are written (``follow`` on the service's log); a
    broken stream is opened again from the last line seen."""

    GRACE = 0.25

    def __init__(self, log: ServiceLog, client_getter: Callable[[], Any], since: str) -> None:
        self._log = log
        self._client_getter = client_getter
        self.since = since
        self._held: deque[tuple[float, Item]] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._response: Any = None
        self._state = "following"
        self._thread = threading.Thread(
            target=self._run, name=f"service-logs-{log.service_id[:12]}", daemon=True
        )

    @property
    def state(self) -> str:
        return self._state

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        res = self._response
        if res is not None:
            fileobj = getattr(getattr(getattr(res.raw, "_fp", None), "fp", None), "raw", None)
            sock = getattr(fileobj, "_sock", None)
            if sock is not None:
                try:
                    sock.shutdown(2)
                except OSError:
                    pass
            try:
                res.close()
            except Exception:
                pass
        self._thread.join(timeout)

    def drain(self, limit: int = 50_000) -> list[tuple[int, bytes]]:
        cutoff = time.monotonic() - self.GRACE
        out: list[Item] = []
        with self._lock:
            while self._held and self._held[0][0] <= cutoff and len(out) < limit:
                out.append(self._held.popleft()[1])
        out.sort(key=itemgetter(0))
        return [(stream, line) for _, stream, line in out]

    def _run(self) -> None:
        backoff = 0.5
        while not self._stop.is_set():
            api = self._client_getter()
            try:
                if api is None:
                    raise ConnectionError("no engine")
                self._state = "following"
                self._follow(api)
                backoff = 0.5
                self._stop.wait(0.5)  # the stream ended (the service's tasks all stopped)
            except Exception as exc:
                if self._stop.is_set():
                    return
                if "404" in str(exc) or "not found" in str(exc).lower():
                    self._state = "removed"
                    return
                self._state = "reconnecting"
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 5.0)

    def _follow(self, api: DockerAPI) -> None:
        params: dict[str, Any] = {
            "stdout": 1, "stderr": 1, "timestamps": 1, "details": 1, "follow": 1,
        }  # fmt: skip
        if self.since:
            params["since"] = to_unix(self.since)
        else:
            params["tail"] = "0"
        res, frames = log_frames(api, self._log.service_id, params, self._log.tty, SERVICE_LOGS)
        self._response = res
        seen = norm_ts(self.since.encode()) if self.since else None
        try:
            for stream, raw in frame_lines(frames):
                if self._stop.is_set():
                    return
                item = self._log.item(stream, raw)
                if seen is not None and item[0] <= seen:
                    continue  # `since` is inclusive: those are shown already
                with self._lock:
                    self._held.append((time.monotonic(), item))
                if not self.since or item[0].decode() > self.since:
                    self.since = item[0].decode()
        finally:
            self._response = None
            res.close()


class ServiceLogFeed:
    """A service's log (all its tasks, on every node) for a log view."""

    def __init__(self, service_id: str) -> None:
        self.service_id = service_id

    def new_store(self) -> LogStore:
        return LogStore()

    def open(self, client: DockerAPI) -> ServiceLog:
        return ServiceLog(client, self.service_id)
