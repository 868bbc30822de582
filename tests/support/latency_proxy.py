"""A TCP proxy in front of a unix-socket Docker engine that makes it feel remote.

Every chunk of data is held ``rtt / 2`` seconds in each direction before it is passed on,
like a long network link (latency, not a bandwidth cap): each HTTP request/response costs
at least ``rtt`` more than on the socket, and streams — ``/events``, ``logs --follow``,
the hijacked socket of ``exec -it`` — keep flowing, only late. The app reaches it through
``DOCKER_HOST=tcp://127.0.0.1:PORT`` (:attr:`LatencyProxy.base_url`).

Two threads per direction of each connection (a reader that stamps chunks with their
delivery time, a writer that delivers them then), one accept thread; :meth:`stop` closes
every socket and joins every thread.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from pathlib import Path


class _Link:
    """One client connection and its upstream connection to the engine."""

    def __init__(self, proxy: LatencyProxy, client: socket.socket, upstream: socket.socket):
        self.proxy = proxy
        self.client = client
        self.upstream = upstream
        self.threads: list[threading.Thread] = []
        self._open_directions = 2
        self._lock = threading.Lock()
        for src, dst, name in ((client, upstream, "up"), (upstream, client, "down")):
            chunks: queue.Queue[tuple[float, bytes | None]] = queue.Queue()
            self.threads += [
                threading.Thread(
                    target=self._read, args=(src, chunks), name=f"latency-{name}-read"
                ),
                threading.Thread(
                    target=self._write, args=(dst, chunks), name=f"latency-{name}-write"
                ),
            ]
        for t in self.threads:
            t.daemon = True
            t.start()

    def _read(self, src: socket.socket, chunks: queue.Queue[tuple[float, bytes | None]]) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                chunks.put((time.monotonic() + self.proxy.one_way, data))
        except OSError:
            pass
        chunks.put((time.monotonic() + self.proxy.one_way, None))

    def _write(self, dst: socket.socket, chunks: queue.Queue[tuple[float, bytes | None]]) -> None:
        try:
            while True:
                due, data = chunks.get()
                delay = due - time.monotonic()
                if delay > 0 and self.proxy.stopping.wait(delay):
                    break
                if data is None:
                    dst.shutdown(socket.SHUT_WR)  # pass the half-close on
                    break
                dst.sendall(data)
                self.proxy.bytes_forwarded += len(data)
        except OSError:
            pass
        with self._lock:
            self._open_directions -= 1
            last = self._open_directions == 0
        if last:
            self.close()

    def close(self) -> None:
        for sock in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()


class LatencyProxy:
    def __init__(self, target: str | Path, rtt: float = 0.150) -> None:
        self.target = str(target)
        self.rtt = rtt
        self.one_way = rtt / 2
        self.stopping = threading.Event()
        self.port = 0
        self.connections = 0
        self.bytes_forwarded = 0
        self._listener: socket.socket | None = None
        self._accepter: threading.Thread | None = None
        self._links: list[_Link] = []
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def start(self) -> LatencyProxy:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        listener.settimeout(0.1)  # to notice stop()
        self._listener = listener
        self.port = listener.getsockname()[1]
        self._accepter = threading.Thread(target=self._accept, name="latency-accept", daemon=True)
        self._accepter.start()
        return self

    def _accept(self) -> None:
        assert self._listener is not None
        while not self.stopping.is_set():
            try:
                client, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            client.settimeout(None)
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                upstream.connect(self.target)
            except OSError:
                client.close()
                upstream.close()
                continue
            with self._lock:
                if self.stopping.is_set():
                    client.close()
                    upstream.close()
                    break
                self.connections += 1
                self._links.append(_Link(self, client, upstream))

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        if self._accepter is not None:
            self._accepter.join(timeout)
        if self._listener is not None:
            self._listener.close()
        with self._lock:
            links = list(self._links)
        for link in links:
            link.close()
        deadline = time.monotonic() + timeout
        for link in links:
            for t in link.threads:
                t.join(max(0.0, deadline - time.monotonic()))

    def __enter__(self) -> LatencyProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
