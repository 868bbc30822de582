"""Container logs that scale: the tail first, older pages on demand, follow that survives
restarts, search in a worker, and a compact store with a bounded size.

Lines are kept as the engine sends them with ``timestamps=true``
(``2026-11-22T01:02:03.123456789Z text``), as bytes, with one byte per line for the
stream (1 stdout, 2 stderr). For a local engine whose json-file log is readable, older
pages are read backwards from that file; otherwise from the API (a full scan up to the
oldest loaded time, keeping only the page: slow for huge logs, but bounded in memory).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error
from core.errors import Cancelled
from core.text import translate

STDOUT, STDERR = 1, 2
DISPLAY_LIMIT = 10_000  # characters of one line shown; the rest is marked, not lost


@dataclass(frozen=True, slots=True)
class Page:
    lines: list[bytes]
    streams: bytes
    offset: int | None = None  # byte offset of the first line in the json-file log
    complete: bool = False  # True when nothing older exists


class LogStore:
    """Lines in order, bounded to ``max_lines`` (the oldest go first when following)."""

    text_skip = 0  # bytes after the timestamp that search passes over (a merged log's prefix)

    def __init__(self, max_lines: int = 2_000_000) -> None:
        self.max_lines = max_lines
        self.lines: list[bytes] = []
        self.streams = bytearray()
        self.dropped = 0  # lines dropped from the front to stay bounded
        self.lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.lines)

    def append(self, lines: list[bytes], streams: bytes) -> int:
        """Append; return how many lines were dropped from the front."""
        with self.lock:
            self.lines.extend(lines)
            self.streams.extend(streams)
            return self._drop_front(len(self.lines) - self.max_lines)

    def overflow(self, incoming: int) -> int:
        """How many of the oldest lines must go for ``incoming`` more to fit in
        ``max_lines`` (never more than the store holds)."""
        with self.lock:
            return max(0, min(len(self.lines) + incoming - self.max_lines, len(self.lines)))

    def drop_oldest(self, count: int) -> int:
        """Drop up to ``count`` of the oldest lines (counted in ``dropped``); return how
        many went. A view removes those rows around this call, then appends."""
        with self.lock:
            return self._drop_front(count)

    def _drop_front(self, count: int) -> int:
        # the lock is held by the caller
        count = max(0, min(count, len(self.lines)))
        if count:
            del self.lines[:count]
            del self.streams[:count]
            self.dropped += count
        return count

    def prepend(self, lines: list[bytes], streams: bytes) -> int:
        with self.lock:
            room = max(0, self.max_lines - len(self.lines))
            if len(lines) > room:
                lines, streams = lines[len(lines) - room :], streams[len(streams) - room :]
            self.lines[:0] = lines
            self.streams[:0] = streams
            return len(lines)

    def clear(self) -> None:
        with self.lock:
            self.lines.clear()
            self.streams.clear()

    def timestamp(self, index: int) -> str:
        return self.lines[index].split(b" ", 1)[0].decode(errors="replace")

    def last_timestamp(self) -> str:
        return self.timestamp(len(self.lines) - 1) if self.lines else ""

    def first_timestamp(self) -> str:
        return self.timestamp(0) if self.lines else ""

    def search(
        self,
        pattern: str,
        regex: bool = False,
        case: bool = False,
        cancel: threading.Event | None = None,
    ) -> list[int]:
        """Indices of the lines that match (over the text after the timestamp)."""
        flags = 0 if case else re.IGNORECASE
        rx = re.compile(pattern.encode() if regex else re.escape(pattern.encode()), flags)
        with self.lock:
            lines = list(self.lines)
        hits = []
        find = rx.search
        skip = 1 + self.text_skip
        for i, line in enumerate(lines):
            if find(line, line.find(b" ") + skip):
                hits.append(i)
            if cancel is not None and not i % 200_000 and cancel.is_set():
                raise Cancelled()
        return hits


def split_line(raw: bytes, timestamps: bool = True) -> str:
    """The text to show for a stored line: timestamp optional, ANSI kept, long lines cut."""
    ts, _, text = raw.partition(b" ")
    if not _ts_like(ts):
        text, ts = raw, b""
    shown = text.decode("utf-8", errors="replace")
    if len(shown) > DISPLAY_LIMIT:
        shown = shown[:DISPLAY_LIMIT] + f" … [{len(shown) - DISPLAY_LIMIT} more characters]"
    return f"{ts.decode()} {shown}" if timestamps and ts else shown


def _ts_like(ts: bytes) -> bool:
    return len(ts) >= 20 and ts[4:5] == b"-" and ts.endswith(b"Z")


def to_unix(ts: str) -> str:
    """RFC 3339 (nanoseconds) to the ``seconds.nanoseconds`` form the engine takes."""
    import datetime as dt

    base, _, frac = ts.rstrip("Z").partition(".")
    moment = dt.datetime.strptime(base, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.UTC)
    return f"{int(moment.timestamp())}.{(frac or '0')[:9].ljust(9, '0')}"


# -- reading from the engine -----------------------------------------------------------------
def log_frames(
    client: DockerAPI,
    oid: str,
    params: dict[str, Any],
    tty: bool,
    path: str = "/containers/{0}/logs",
) -> tuple[Any, Iterator[Any]]:
    """The raw response and its (stream, data) frames of a container's log (or, with
    ``path="/services/{0}/logs"``, a swarm service's). docker-py's own ``logs()`` drops the
    stream number, so the multiplexed frames are read here (through urllib3, which undoes
    the chunked transfer encoding)."""
    import struct

    url = client._url(path, oid)
    res = client._get(url, params=params, stream=True)
    client._raise_for_status(res)
    raw = res.raw

    def frames() -> Iterator[tuple[int, bytes]]:
        if tty:
            for chunk in raw.stream(65536, decode_content=True):
                yield STDOUT, chunk
            return
        while True:
            header = raw.read(8)
            if len(header) < 8:
                return
            stream, length = struct.unpack(">BxxxL", header)
            if not length:
                continue
            data = raw.read(length)
            if not data:
                return
            yield stream, data

    return res, frames()


def iter_lines(
    client: DockerAPI, cid: str, tty: bool, **params: Any
) -> Iterator[tuple[int, bytes]]:
    """(stream, line) pairs, whole lines, in engine order."""
    query = {
        "stdout": 1,
        "stderr": 1,
        "timestamps": 1,
        **{k: v for k, v in params.items() if v is not None},
    }
    try:
        res, frames = log_frames(client, cid, query, tty)
    except Exception as exc:
        raise docker_error(exc, "read the logs") from exc
    try:
        yield from frame_lines(frames)
    finally:
        res.close()


def frame_lines(frames: Iterator[tuple[int, bytes]]) -> Iterator[tuple[int, bytes]]:
    """Whole lines (stream, line) out of a log's frames, which may split lines anywhere;
    a last line without its newline comes at the end."""
    partial: dict[int, bytes] = {}
    for stream, data in frames:
        if not data:
            continue
        chunk = partial.pop(stream, b"") + bytes(data)
        *whole, rest = chunk.split(b"\n")
        for line in whole:
            yield stream, line.rstrip(b"\r")
        if rest:
            partial[stream] = rest
    for stream, rest in partial.items():
        yield stream, rest


def container_tty(client: DockerAPI, cid: str) -> tuple[bool, str]:
    info = client.inspect_container(cid)
    return bool((info.get("Config") or {}).get("Tty")), str(info.get("LogPath") or "")


class LogSource:
    """Pages of one container's log: the tail, then older pages."""

    def __init__(self, client: DockerAPI, cid: str) -> None:
        self.client = client
        self.cid = cid
        self.tty, log_path = container_tty(client, cid)
        self.log_path = Path(log_path) if log_path and os.access(log_path, os.R_OK) else None

    def tail(self, n: int) -> Page:
        if self.log_path is not None:
            return read_json_log_before(self.log_path, self.log_path.stat().st_size, n)
        lines, streams = [], bytearray()
        for stream, line in iter_lines(self.client, self.cid, self.tty, tail=str(n)):
            lines.append(line)
            streams.append(stream)
        return Page(lines, bytes(streams), complete=len(lines) < n)

    def before(
        self, oldest_ts: str, offset: int | None, n: int, cancel: threading.Event | None = None
    ) -> Page:
        if self.log_path is not None and offset is not None:
            return read_json_log_before(self.log_path, offset, n)
        window: deque[tuple[int, bytes]] = deque(maxlen=n + 64)
        for i, (stream, line) in enumerate(
            iter_lines(self.client, self.cid, self.tty, until=to_unix(oldest_ts))
        ):
            window.append((stream, line))
            if cancel is not None and not i % 50_000 and cancel.is_set():
                raise Cancelled()
        older = [(s, ln) for s, ln in window if ln.split(b" ", 1)[0].decode() < oldest_ts]
        older = older[-n:]
        return Page([ln for _, ln in older], bytes(s for s, _ in older), complete=len(older) < n)


def read_json_log_before(path: Path, end: int, n: int, block: int = 1 << 20) -> Page:
    """The ``n`` lines of a json-file log that end at byte ``end``, read backwards."""
    pieces: list[bytes] = []
    pos = end
    count = 0
    with open(path, "rb") as f:
        while pos > 0 and count <= n:
            start = max(0, pos - block)
            f.seek(start)
            data = f.read(pos - start)
            pieces.append(data)
            count += data.count(b"\n")
            pos = start
    buf = b"".join(reversed(pieces))
    rows = buf.split(b"\n")
    if rows and rows[-1] == b"":
        rows.pop()
    first_offset = pos
    if pos > 0 and rows:  # the first row is cut off: it belongs to the previous page
        first_offset += len(rows[0]) + 1
        rows = rows[1:]
    if len(rows) > n:
        cut = len(rows) - n
        first_offset += sum(len(r) + 1 for r in rows[:cut])
        rows = rows[cut:]
    lines, streams = [], bytearray()
    for row in rows:
        try:
            rec = json.loads(row)
        except ValueError:
            continue
        text = str(rec.get("log", "")).rstrip("\n")
        lines.append(f"{rec.get('time', '')} {text}".encode())
        streams.append(STDERR if rec.get("stream") == "stderr" else STDOUT)
    return Page(lines, bytes(streams), offset=first_offset, complete=first_offset == 0)


class Follower:
    """Streams new lines into a buffer the GUI drains; survives container restarts and
    engine reconnects, and stops cleanly."""

    def __init__(self, client_getter: Callable[[], Any], cid: str, since: str) -> None:
        self._client_getter = client_getter
        self.cid = cid
        self.since = since
        self.buffer: deque[tuple[int, bytes]] = deque()
        self.state = "following"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"logs-{cid[:12]}", daemon=True)
        self._response: Any = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        res = self._response
        if res is not None:
            # shut the socket down first: that wakes the reader blocked in recv at once,
            # while close() alone waits for its read (up to the client timeout when the
            # container is quiet)
            fileobj = getattr(getattr(getattr(res.raw, "_fp", None), "fp", None), "raw", None)
            sock = getattr(fileobj, "_sock", None)  # http.client → SocketIO → socket
            if sock is not None:
                try:
                    sock.shutdown(2)  # SHUT_RDWR
                except OSError:
                    pass
            try:
                res.close()
            except Exception:
                pass
        self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def drain(self, limit: int = 50_000) -> list[tuple[int, bytes]]:
        out: list[tuple[int, bytes]] = []
        while self.buffer and len(out) < limit:
            out.append(self.buffer.popleft())
        return out

    def _run(self) -> None:
        backoff = 0.5
        while not self._stop.is_set():
            client = self._client_getter()
            try:
                if client is None:
                    raise ConnectionError("no engine")
                tty, _ = container_tty(client, self.cid)
                running = client.inspect_container(self.cid)["State"]["Running"]
                if not running:
                    self.state = "waiting"  # the container is stopped: wait for it to start
                    self._stop.wait(1.0)
                    continue
                self.state = "following"
                backoff = 0.5
                self._stream(client, tty)
            except Exception as exc:
                if self._stop.is_set():
                    return
                if "404" in str(exc) or "No such container" in str(exc):
                    self.state = "removed"
                    return
                self.state = "reconnecting"
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 5.0)

    def _stream(self, client: DockerAPI, tty: bool) -> None:
        params: dict[str, Any] = {"stdout": 1, "stderr": 1, "timestamps": 1, "follow": 1}
        if self.since:
            params["since"] = to_unix(self.since)
        res, frames = log_frames(client, self.cid, params, tty)
        self._response = res
        partial: dict[int, bytes] = {}
        try:
            for stream, data in frames:
                if self._stop.is_set():
                    return
                chunk = partial.pop(stream, b"") + bytes(data)
                *whole, rest = chunk.split(b"\n")
                for line in whole:
                    ts = line.split(b" ", 1)[0].decode(errors="replace")
                    if self.since and ts <= self.since:
                        continue  # `since` is inclusive: skip what we already have
                    self.buffer.append((stream, line.rstrip(b"\r")))
                    self.since = ts
                if rest:
                    partial[stream] = rest
        finally:
            self._response = None
            res.close()
        self._stop.wait(0.2)  # the stream ended: the container stopped (or restarts)


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """A file to write a saved log into: it becomes ``target`` only when the writing ends
    well (a temporary file beside it, then a rename); a failure or a cancel leaves the
    previous ``target`` as it was."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def save_full_log(
    client: DockerAPI,
    cid: str,
    target: Path,
    timestamps: bool,
    cancel: threading.Event | None = None,
) -> int:
    """Write the whole log to ``target`` straight from the engine (not what is loaded)."""
    tty, _ = container_tty(client, cid)
    count = 0
    with atomic_output(target) as f:
        for stream, raw in iter_lines(client, cid, tty):
            line = raw.split(b" ", 1)[1] if not timestamps and b" " in raw else raw
            f.write((b"[stderr] " if stream == STDERR and not tty else b"") + line + b"\n")
            count += 1
            if cancel is not None and not count % 50_000 and cancel.is_set():
                raise Cancelled()
    return count


_DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd])$")


def parse_when(text: str, now: float | None = None) -> str:
    """'10m', '2h', '3d', an ISO date-time or a Unix time → the engine's `seconds.nanos`."""
    import datetime as dt

    from core.errors import ValidationError

    value = text.strip()
    if not value:
        return ""
    now = time.time() if now is None else now
    m = _DURATION.match(value.lower())
    if m:
        seconds = float(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]
        return f"{now - seconds:.9f}"
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return value
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValidationError(
            translate("core", "{text!r} is not a time").format(text=text),
            translate("core", "Write 10m, 2h, 3d, 2026-11-22T10:00 or a Unix time."),
        ) from exc
    if moment.tzinfo is None:
        moment = moment.astimezone()  # local time, as the user typed it
    return f"{moment.timestamp():.9f}"


def read_range(  # noqa: PLR0917
    client: DockerAPI,
    cid: str,
    since: str,
    until: str,
    n: int,
    cancel: threading.Event | None = None,
) -> Page:
    """The last ``n`` lines between ``since`` and ``until`` (engine time strings)."""
    tty, _ = container_tty(client, cid)
    window: deque[tuple[int, bytes]] = deque(maxlen=n)
    for i, pair in enumerate(
        iter_lines(client, cid, tty, since=since or None, until=until or None)
    ):
        window.append(pair)
        if cancel is not None and not i % 50_000 and cancel.is_set():
            raise Cancelled()
    return Page([ln for _, ln in window], bytes(s for s, _ in window), complete=True)
