"""Live stats for every running container at once.

A local engine's containers are read from their cgroup files (one pass per tick, no
engine call); a container whose cgroup is not visible (a remote engine, another pid
namespace) gets one streaming stats call of its own. An engine that is not behind a local
socket (ssh, tcp) always goes through its API, even when a cgroup file of the same id
happens to be visible here (``use_cgroups=False``). Collection follows the container
cache: it starts for a container that starts and stops for one that stops; it follows
another engine when told (``follow``), and its API streams pause while nobody looks
(``request_pause``). A single reading (``sample_once``) asks each container once with
``one-shot`` where the engine supports it (API 1.41 and later) instead of waiting for a
stream's second message.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psutil
from docker.types.daemon import CancellableStream

from core.docker.api import DockerAPI
from core.docker.cgroups import CgroupPaths, RawStats, cgroup_paths, raw_from_api, read_cgroup
from core.docker.containers import Container
from core.host.rates import counter_delta
from core.host.ring import Ring
from core.logfile import get_logger

log = get_logger("stats")

HISTORY = 600  # samples kept per container (10 min at 1 Hz)
# ring columns
CPU, MEM, MEM_LIMIT, NET_RX, NET_TX, BLK_R, BLK_W, PIDS = range(8)


@dataclass(frozen=True, slots=True)
class ContainerStats:
    id: str
    name: str
    cpu_percent: float  # of one core, as docker stats shows it
    mem_bytes: int
    mem_limit: int
    net_rx: int  # cumulative bytes
    net_tx: int
    net_rx_rate: float  # bytes/s
    net_tx_rate: float
    blk_read: int
    blk_write: int
    pids: int
    source: str  # "cgroup" | "api"

    @property
    def mem_percent(self) -> float:
        return 100.0 * self.mem_bytes / self.mem_limit if self.mem_limit else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "cpu_percent": round(self.cpu_percent, 2),
            "mem_bytes": self.mem_bytes,
            "mem_limit": self.mem_limit,
            "mem_percent": round(self.mem_percent, 2),
            "net_rx": self.net_rx,
            "net_tx": self.net_tx,
            "blk_read": self.blk_read,
            "blk_write": self.blk_write,
            "pids": self.pids,
            "source": self.source,
        }


_HOST_MEMORY: list[int] = []


def _host_memory() -> int:
    """The host's memory (the limit of a container without one), read once."""
    if not _HOST_MEMORY:
        _HOST_MEMORY.append(int(psutil.virtual_memory().total))
    return _HOST_MEMORY[0]


def derive(
    cid: str,
    name: str,
    prev: tuple[float, RawStats] | None,
    now: float,
    raw: RawStats,
    *,
    source: str,
) -> ContainerStats:
    host_total = _host_memory()
    cpu = rx_rate = tx_rate = 0.0
    if prev is not None and now > prev[0]:
        dt = now - prev[0]
        cpu = 100.0 * counter_delta(prev[1].cpu_ns, raw.cpu_ns) / (dt * 1e9)
        rx_rate = counter_delta(prev[1].net_rx, raw.net_rx) / dt
        tx_rate = counter_delta(prev[1].net_tx, raw.net_tx) / dt
    return ContainerStats(
        cid,
        name,
        cpu,
        raw.mem_bytes,
        raw.mem_limit or host_total,
        raw.net_rx,
        raw.net_tx,
        rx_rate,
        tx_rate,
        raw.blk_read,
        raw.blk_write,
        raw.pids,
        source,
    )


ONE_SHOT_API = (1, 41)  # the first API version with /containers/ID/stats?one-shot=true


def api_version(client: Any) -> tuple[int, ...]:
    """The engine's API version as numbers ((0,) when unknown)."""
    try:
        return tuple(int(x) for x in str(client.api_version).split("."))
    except (AttributeError, ValueError):
        return (0,)


def supports_one_shot(client: Any) -> bool:
    return api_version(client) >= ONE_SHOT_API


@dataclass(slots=True)
class _Feed:
    """One container's streaming stats call: its thread, its response (closed to end it at
    once) and a cancel flag of its own, so a feed that was replaced records nothing."""

    thread: threading.Thread | None = None
    stream: CancellableStream | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancelled.set()
        stream = self.stream
        if stream is not None:
            try:
                stream.close()
            except Exception:
                log.debug("closing a stats stream failed", exc_info=True)


@dataclass(slots=True)
class _Tracked:
    id: str
    name: str
    paths: CgroupPaths | None = None
    prev: tuple[float, RawStats] | None = None
    feed: _Feed | None = None
    ring: Ring | None = None
    blk_prev: tuple[int, int] = (0, 0)
    client: Callable[[], Any] | None = None  # the engine's client, for its API stream

    @property
    def thread(self) -> threading.Thread | None:
        return self.feed.thread if self.feed is not None else None


class StatsCollector:
    """Samples every running container at ``interval`` into per-container rings."""

    def __init__(
        self,
        client_factory: Callable[[], Any],
        interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        use_cgroups: bool = True,
    ) -> None:
        self._client = client_factory
        self.use_cgroups = use_cgroups
        self.interval = interval
        self.clock = clock
        self._tracked: dict[str, _Tracked] = {}
        self._lock = threading.Lock()
        self.latest: dict[str, ContainerStats] = {}
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._pending: list[Container] | None = None
        self._pending_source: tuple[Callable[[], Any], bool] | None = None
        self._want_paused = False
        self.paused = False  # API streams closed while nobody looks (the collector's thread)
        self._tick = 0
        self._thread: threading.Thread | None = None

    # -- which engine --------------------------------------------------------------------------
    def follow(self, client_factory: Callable[[], Any], *, use_cgroups: bool) -> None:
        """From the next tick on, another engine: every container of the last one is dropped
        (its streams closed) and the next ``request_sync`` names the new one's. Safe from
        any thread; ``use_cgroups=False`` for an engine that is not behind a local socket."""
        with self._lock:
            self._pending_source = (client_factory, use_cgroups)
            self._pending = None  # the last engine's containers: not to be tracked now
        self._wake.set()

    def request_pause(self, paused: bool) -> None:
        """Close (True) or reopen (False) the API streams, next tick; cgroup figures go on
        (they cost no engine anything). Safe from any thread."""
        with self._lock:
            self._want_paused = paused
        self._wake.set()

    def _apply_source(self, client_factory: Callable[[], Any], use_cgroups: bool) -> None:
        for cid in self.tracked_ids():
            self._untrack(cid)
        self._client = client_factory
        self.use_cgroups = use_cgroups

    def _apply_pause(self, paused: bool) -> None:
        if paused == self.paused:
            return
        self.paused = paused
        with self._lock:
            streamed = [t for t in self._tracked.values() if t.paths is None]
        for t in streamed:
            if paused:
                self._stop_feed(t)
                t.prev = None  # rates never span the pause
                with self._lock:
                    self.latest.pop(t.id, None)  # no stale figures while none come
            else:
                self._start_stream(t)

    # -- which containers --------------------------------------------------------------------
    def set_running(self, containers: Iterable[Container]) -> None:
        """Track exactly the running ones among ``containers`` (the whole cache)."""
        running = {c.id: c for c in containers if c.state == "running"}
        with self._lock:
            gone = [cid for cid in self._tracked if cid not in running]
            new = [c for cid, c in running.items() if cid not in self._tracked]
        for cid in gone:
            self._untrack(cid)
        for c in new:
            self._track(c)

    def update(self, changed: Iterable[Container], removed: Iterable[str] = ()) -> None:
        """Apply some changes of the container cache (one event's worth)."""
        for cid in removed:
            self._untrack(cid)
        for c in changed:
            with self._lock:
                known = self._tracked.get(c.id)
            if c.state == "running" and known is None:
                self._track(c)
            elif c.state != "running" and known is not None:
                self._untrack(c.id)

    def _track(self, c: Container) -> None:
        tracked = _Tracked(c.id, c.name, ring=Ring(HISTORY, 8), client=self._client)
        if self.use_cgroups:  # an engine elsewhere: not even an inspect to find a pid
            try:
                client = self._client()
                pid = int(client.inspect_container(c.id)["State"]["Pid"] or 0)
            except Exception:
                log.debug("inspect for stats failed", exc_info=True)
                pid = 0
            paths = cgroup_paths(pid) if pid else None
            if paths is not None and _belongs(pid, c.id):
                tracked.paths = paths
        with self._lock:
            if c.id in self._tracked:
                return
            self._tracked[c.id] = tracked
        if tracked.paths is None and not self.paused:
            self._start_stream(tracked)

    def request_sync(self, containers: Iterable[Container]) -> None:
        """Ask the collector's own thread to track exactly the running ones (next tick);
        safe from any thread, never blocks the caller on an engine call."""
        with self._lock:
            self._pending = list(containers)
        self._wake.set()

    def _untrack(self, cid: str) -> None:
        with self._lock:
            tracked = self._tracked.pop(cid, None)
            self.latest.pop(cid, None)
        if tracked is not None:
            self._stop_feed(tracked)

    def _stop_feed(self, t: _Tracked) -> None:
        feed, t.feed = t.feed, None
        if feed is not None:
            feed.cancel()
            if feed.thread is not None:
                feed.thread.join(5)

    def tracked_ids(self) -> list[str]:
        with self._lock:
            return list(self._tracked)

    def ring(self, cid: str) -> Ring | None:
        with self._lock:
            tracked = self._tracked.get(cid)
        return tracked.ring if tracked is not None else None

    # -- the cgroup loop ---------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="container-stats", daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        """Ask every thread to end, without waiting: the collector's loop is woken and
        every stats stream is closed at once (a stream thread then returns from its read
        instead of waiting for the engine's next message)."""
        self._stop.set()
        self._wake.set()
        with self._lock:
            tracked = list(self._tracked.values())
        for t in tracked:
            if t.feed is not None:
                t.feed.cancel()

    def join(self, timeout: float = 5.0) -> bool:
        """Wait for all the threads together, ``timeout`` in all; True when all ended.
        A stream thread still waiting on an engine that does not answer is left (a
        daemon that records nothing once stopped)."""
        deadline = time.monotonic() + max(0.0, timeout)
        thread, self._thread = self._thread, None
        with self._lock:
            tracked = list(self._tracked.values())
            self._tracked.clear()
            self.latest.clear()
        threads = [t for t in [thread, *(x.thread for x in tracked)] if t is not None]
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
        left = [t.name for t in threads if t.is_alive()]
        if left:
            log.info("stats threads still waiting on the engine, left: %s", left)
        return not left

    def stop(self, timeout: float = 5.0) -> bool:
        self.request_stop()
        return self.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            started = self.clock()
            with self._lock:
                source, self._pending_source = self._pending_source, None
                pending, self._pending = self._pending, None
                paused = self._want_paused
            try:
                if source is not None:
                    self._apply_source(*source)
                self._apply_pause(paused)
                if pending is not None:
                    self.set_running(pending)
                self.sample_cgroups()
            except Exception:
                log.debug("stats tick failed", exc_info=True)
            self._wake.wait(max(0.05, self.interval - (self.clock() - started)))
            self._wake.clear()

    def sample_cgroups(self) -> dict[str, ContainerStats]:
        with self._lock:
            local = [t for t in self._tracked.values() if t.paths is not None]
        now = self.clock()
        self._tick += 1
        for i, t in enumerate(local):
            assert t.paths is not None
            # everything every third tick (staggered), the fast figures in between
            prev = t.prev
            full = prev is None or (self._tick + i) % 3 == 0
            raw = read_cgroup(t.paths, previous=None if full or prev is None else prev[1])
            self._record(t, now, raw, "cgroup")
        return dict(self.latest)

    def _record(
        self, t: _Tracked, now: float, raw: RawStats, source: str, when: float | None = None
    ) -> None:
        """Record a reading taken at ``now`` (this machine's clock: the rings' time);
        rates divide by the time between readings on ``when``'s clock when given (the
        engine's own, from the API: a slow link's delays do not bend them)."""
        at = now if when is None else when
        stats = derive(t.id, t.name, t.prev, at, raw, source=source)
        blk_r = blk_w = 0.0
        if t.prev is not None and at > t.prev[0]:
            dt = at - t.prev[0]
            blk_r = counter_delta(t.prev[1].blk_read, raw.blk_read) / dt
            blk_w = counter_delta(t.prev[1].blk_write, raw.blk_write) / dt
        first = t.prev is None
        t.prev = (at, raw)
        if first:
            return  # the first reading only primes the rates
        with self._lock:
            if t.id not in self._tracked:
                return
            self.latest[t.id] = stats
        if t.ring is not None:
            t.ring.append(
                now,
                (
                    stats.cpu_percent,
                    stats.mem_bytes,
                    stats.mem_limit,
                    stats.net_rx_rate,
                    stats.net_tx_rate,
                    blk_r,
                    blk_w,
                    stats.pids,
                ),
            )

    # -- the API stream, for containers whose cgroup we cannot see -----------------------------
    def _start_stream(self, t: _Tracked) -> None:
        """One streaming stats call for ``t`` on its engine, kept open until cancelled: a
        stream that breaks (the engine reconnected) is opened again a second later."""
        feed = _Feed()
        factory = t.client or self._client

        def run() -> None:
            while not (feed.cancelled.is_set() or self._stop.is_set()):
                try:
                    self._read_stream(t, feed, factory)
                except Exception:
                    log.debug("stats stream for %s ended", t.id[:12], exc_info=True)
                finally:
                    if feed.stream is not None:
                        try:
                            feed.stream.close()
                        except Exception:
                            pass
                        feed.stream = None
                feed.cancelled.wait(1.0)

        feed.thread = threading.Thread(target=run, name=f"stats-{t.id[:12]}", daemon=True)
        t.feed = feed
        feed.thread.start()

    def _read_stream(self, t: _Tracked, feed: _Feed, factory: Callable[[], Any]) -> None:
        client = factory()
        if client is None:
            return
        if not hasattr(client, "_get"):  # a read-only socket client: use docker-py
            from core.docker.connection import open_client

            client = open_client().client
        response = client._get(
            client._url("/containers/{0}/stats", t.id),
            params={"stream": True},
            stream=True,
            timeout=None,
        )
        client._raise_for_status(response)
        feed.stream = CancellableStream(client._stream_helper(response, decode=True), response)
        if feed.cancelled.is_set() or self._stop.is_set():  # cancelled while it opened
            return
        for message in feed.stream:
            if feed.cancelled.is_set() or self._stop.is_set() or t.id not in self._tracked:
                break
            if isinstance(message, dict) and message.get("cpu_stats"):
                self._record_api(t, message)

    def _record_api(self, t: _Tracked, message: dict[str, Any]) -> None:
        self._record(t, self.clock(), raw_from_api(message), "api", engine_time(message))

    def read_once(self) -> int:
        """One ``one-shot`` reading of every container the API serves, a few at a time:
        each answers with the engine's next sample (within a second), where a plain
        ``stream=false`` call waits for two; returns how many answered."""
        with self._lock:
            streamed = [t for t in self._tracked.values() if t.paths is None]
        if not streamed:
            return 0

        def one(t: _Tracked) -> bool:
            client = (t.client or self._client)()
            response = client._get(
                client._url("/containers/{0}/stats", t.id),
                params={"stream": False, "one-shot": True},
            )
            message = client._result(response, json=True)
            if not (isinstance(message, dict) and message.get("cpu_stats")):
                return False
            self._record_api(t, message)
            return True

        answered = 0
        with ThreadPoolExecutor(max_workers=min(8, len(streamed))) as pool:
            for future in [pool.submit(one, t) for t in streamed]:
                try:
                    answered += future.result()
                except Exception:
                    log.debug("a one-shot stats reading failed", exc_info=True)
        return answered


def engine_time(message: dict[str, Any]) -> float | None:
    """When the engine took a stats message (its ``read`` field), in seconds; None when
    it does not say."""
    read = message.get("read")
    if not isinstance(read, str) or read.startswith("0001-"):
        return None
    try:
        return datetime.fromisoformat(read).timestamp()
    except ValueError:
        return None


def _belongs(pid: int, cid: str) -> bool:
    """The pid from inspect is ours (same pid namespace) and runs in that container."""
    try:
        with open(f"/proc/{pid}/cgroup") as f:
            return cid in f.read()
    except OSError:
        return False


def sample_once(
    client: DockerAPI,
    containers: Iterable[Container],
    gap: float = 0.5,
    use_cgroups: bool = True,
) -> list[ContainerStats]:
    """One reading for each running container (two looks ``gap`` apart, for CPU %).

    Containers the API serves (``use_cgroups=False`` for an engine elsewhere) are asked with
    ``one-shot`` where the engine supports it: each answer comes with the engine's next
    sample (it samples every container once a second), so two rounds of short calls, the
    second right after the first, are two samples a second apart — over pooled connections,
    where a stream per container is a connection each (over ssh, a remote process each).
    Older engines: a stream each, until its second message."""
    collector = StatsCollector(lambda: client, use_cgroups=use_cgroups)
    one_shot = hasattr(client, "_get") and supports_one_shot(client)
    collector.paused = one_shot  # no streams: two one-shot rounds instead
    try:
        collector.set_running(containers)
        collector.sample_cgroups()
        deadline = time.monotonic() + gap
        if one_shot:
            collector.read_once()  # the engine's next sample …
            collector.read_once()  # … and the one after it
        while time.monotonic() < deadline:
            time.sleep(0.05)
        collector.sample_cgroups()
        if not one_shot:  # streamed ones send a message about every second
            want = set(collector.tracked_ids())
            end = time.monotonic() + 3.0
            while set(collector.latest) < want and time.monotonic() < end:
                time.sleep(0.05)
        return sorted(collector.latest.values(), key=lambda s: s.name)
    finally:
        collector.stop()
