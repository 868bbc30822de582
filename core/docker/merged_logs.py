"""Several containers' logs as one (a compose project's), like ``docker compose logs``.

Every line keeps its engine timestamp first, then its member's label padded to the longest
label and coloured (``web-1  | text``), then its text; lines of all members are merged by
their timestamp. The result is a ``LogReader`` (``core.docker.log_feeds``): the same log
view pages, follows, searches, reads a range of and saves it.

- The tail: each member's tail, read in parallel threads, merged; the newest n are shown
  and the rest of what was read waits, per member, for the next older page (nothing is
  read twice).
- Older pages: each member reads before its own oldest line read (its json-file offset
  when the file is readable, else through the API) until it holds n lines not yet shown;
  the page is the newest n of their union. A line older than n unshown lines of its own
  member cannot be among the newest n of the union, so the page is exact.
- Follow: one ``Follower`` per member; lines are held a moment (``GRACE``) so that lines
  of several members arriving close together come out in time order.
- A member whose container is gone is skipped with a note line, not an error.

Timestamps are normalised to nine fraction digits (the json-file log drops trailing zeros:
``…:24.71732363Z``), so that their byte order is their time order.
"""

from __future__ import annotations

import datetime as dt
import heapq
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error
from core.docker.log_feeds import ContainerLog
from core.docker.logs import (
    STDERR,
    STDOUT,
    Follower,
    LogStore,
    Page,
    atomic_output,
    iter_lines,
    read_range,
)
from core.errors import Cancelled, EnvDockError, ValidationError
from core.text import translate

T = TypeVar("T")

TS_WIDTH = 30  # 2026-11-22T01:02:03.123456789Z
MAX_MEMBERS = 254  # one byte per line says whose it is; 255 is "not a member's line"
UNKNOWN = 255
WORKERS = 8  # members read at once
# compose's own order: cyan, yellow, green, magenta, blue, then their bright forms
COLOURS = (36, 33, 32, 35, 34, 96, 93, 92, 95, 94)
_ZERO_TS = b"0001-01-01T00:00:00.000000000Z"
_NOTE_ON, _NOTE_OFF = b"\x1b[90m", b"\x1b[0m"

# key (normalised timestamp), member index, stream, the line as stored
Item = tuple[bytes, int, int, bytes]


@dataclass(frozen=True, slots=True)
class Member:
    """One container of a merged log: its id and the label its lines carry ("web-2"); the
    labels of one merged log are distinct (a line's member is known by its label)."""

    cid: str
    label: str


def norm_ts(ts: bytes) -> bytes | None:
    """An engine timestamp with exactly nine fraction digits, or None if it is not one."""
    if len(ts) == TS_WIDTH and ts[19:20] == b"." and ts[29:30] == b"Z" and ts[4:5] == b"-":
        return ts
    if len(ts) < 20 or ts[-1:] != b"Z" or ts[4:5] != b"-" or ts[10:11] != b"T":
        return None
    base, _, frac = ts[:-1].partition(b".")
    if len(base) != 19 or (frac and not frac.isdigit()):
        return None
    return base + b"." + frac[:9].ljust(9, b"0") + b"Z"


def now_ts() -> bytes:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f000Z").encode()


def unix_to_ts(value: str) -> bytes:
    """The engine's ``seconds.nanoseconds`` as a normalised RFC 3339 timestamp."""
    seconds, _, frac = value.partition(".")
    moment = dt.datetime.fromtimestamp(int(seconds), dt.UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{frac[:9].ljust(9, '0')}Z".encode()


def prefixes(labels: Sequence[str]) -> list[bytes]:
    """Each label padded to the longest, coloured, with compose's `` | `` after it: all of
    the same byte length, so a line's member is a slice at a fixed place."""
    names = [label.encode() for label in labels]
    width = max(map(len, names), default=0)
    return [
        b"\x1b[%dm%s | \x1b[0m" % (COLOURS[i % len(COLOURS)], name.ljust(width))
        for i, name in enumerate(names)
    ]


class MergedLogStore(LogStore):
    """A LogStore of merged lines with one byte per line saying whose it is (``members``),
    kept in step with the lines, for a service filter over hundreds of thousands of lines.
    Search looks at the text, not at the prefix."""

    def __init__(self, line_prefixes: Sequence[bytes], max_lines: int = 2_000_000) -> None:
        super().__init__(max_lines)
        self.prefixes = list(line_prefixes)
        self.text_skip = len(self.prefixes[0]) if self.prefixes else 0
        self._index = {p: i for i, p in enumerate(self.prefixes)}
        self.members = bytearray()

    def tags(self, lines: Sequence[bytes]) -> bytes:
        start = TS_WIDTH + 1
        end, get = start + self.text_skip, self._index.get
        return bytes([get(line[start:end], UNKNOWN) for line in lines])

    def append(self, lines: list[bytes], streams: bytes) -> int:
        tags = self.tags(lines)
        with self.lock:
            self.lines.extend(lines)
            self.streams.extend(streams)
            self.members.extend(tags)
            return self._drop_front(len(self.lines) - self.max_lines)

    def _drop_front(self, count: int) -> int:
        count = max(0, min(count, len(self.lines)))
        if count:
            del self.members[:count]
        return super()._drop_front(count)

    def prepend(self, lines: list[bytes], streams: bytes) -> int:
        tags = self.tags(lines)
        with self.lock:
            room = max(0, self.max_lines - len(self.lines))
            cut = max(0, len(lines) - room)
            lines, streams, tags = lines[cut:], streams[cut:], tags[cut:]
            self.lines[:0] = lines
            self.streams[:0] = streams
            self.members[:0] = tags
            return len(lines)

    def clear(self) -> None:
        with self.lock:
            self.lines.clear()
            self.streams.clear()
            self.members.clear()

    def rows_of(self, allowed: set[int], start: int = 0, end: int | None = None) -> list[int]:
        """Indices (from ``start`` to ``end``) of the lines of the ``allowed`` members."""
        table = bytes(1 if i in allowed else 0 for i in range(256))
        with self.lock:
            tags = self.members[start:end]
        return list(compress(range(start, start + len(tags)), tags.translate(table)))


@dataclass(slots=True)
class _Lane:
    """One member's part of a merged log and how far it has been read."""

    index: int
    member: Member
    prefix: bytes
    reader: ContainerLog | None = None
    gone: bool = False
    noted: bool = False  # its note line was given
    pending: list[Item] = field(default_factory=list)  # read, older than all shown, in order
    cursor_ts: str = ""  # the oldest line read: older pages are read before it
    cursor_offset: int | None = None  # … and before this json-file offset
    complete: bool = False  # nothing older left to read
    newest: str = ""  # the newest line read or shown: following starts after it

    def items(self, lines: list[bytes], streams: bytes, last: bytes = _ZERO_TS) -> list[Item]:
        out: list[Item] = []
        prefix, index = self.prefix, self.index
        for line, stream in zip(lines, streams, strict=True):
            ts, _, text = line.partition(b" ")
            key = norm_ts(ts)
            if key is None:  # no timestamp (never from the engine): keep it where it came
                key, text = last, line
            last = key
            out.append((key, index, stream, key + b" " + prefix + text))
        return out

    def note(self, key: bytes, text: str) -> Item:
        line = key + b" " + self.prefix + _NOTE_ON + text.encode() + _NOTE_OFF
        return (key, self.index, STDOUT, line)


def _gone_note(cid: str) -> str:
    return translate("core", "(container {id} removed: its log cannot be read)").format(id=cid[:12])


def is_gone(exc: BaseException) -> bool:
    """The error says the container (or its log file) no longer exists."""
    if isinstance(exc, FileNotFoundError):
        return True
    status = getattr(getattr(exc, "response", None), "status_code", None)
    text = f"{exc} {getattr(exc, 'details', '')}"
    return status == 404 or "No such container" in text or "404 Client Error" in text


def _each(fn: Callable[[_Lane], T], lanes: Sequence[_Lane]) -> list[T | BaseException]:
    """``fn`` for each lane, in parallel threads; each result or the exception it raised."""
    if len(lanes) <= 1:
        out: list[T | BaseException] = []
        for lane in lanes:
            try:
                out.append(fn(lane))
            except Exception as exc:
                out.append(exc)
        return out
    workers = min(WORKERS, len(lanes))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="merged-logs") as pool:
        futures = [pool.submit(fn, lane) for lane in lanes]
        return [f.exception() or f.result() for f in futures]


class MergedLogSource:
    """The merged log of ``members`` (all on the engine of ``client``): a ``LogReader``."""

    def __init__(self, client: DockerAPI, members: Sequence[Member]) -> None:
        if not members:
            raise ValidationError(translate("core", "No containers to show the logs of"))
        if len(members) > MAX_MEMBERS:
            raise ValidationError(
                translate("core", "Too many containers for one log view ({count})").format(
                    count=len(members)
                ),
                translate("core", "Choose at most {limit} containers.").format(limit=MAX_MEMBERS),
            )
        self.client = client
        self.members = list(members)
        self.prefixes = prefixes([m.label for m in members])
        self.lanes = [
            _Lane(i, m, p) for i, (m, p) in enumerate(zip(members, self.prefixes, strict=True))
        ]
        self._first = ""  # first line of the last page given: paging goes on from there
        results = _each(lambda lane: ContainerLog(client, lane.member.cid), self.lanes)
        for lane, result in zip(self.lanes, results, strict=True):
            if isinstance(result, BaseException):
                self._failed(lane, result)
            else:
                lane.reader = result

    # -- reading --------------------------------------------------------------------------
    def _failed(self, lane: _Lane, exc: BaseException) -> None:
        if is_gone(exc):  # the lines it gave so far still show
            lane.gone = True
            return
        if isinstance(exc, EnvDockError):
            raise exc
        raise docker_error(exc, translate("core", "read the logs")) from exc

    def _gather(self, fn: Callable[[_Lane], Page], lanes: Sequence[_Lane]) -> dict[int, Page]:
        """``fn`` on each lane in parallel: the pages of the lanes still there (a lane whose
        container went is marked gone; any other error is raised)."""
        pages: dict[int, Page] = {}
        for lane, result in zip(lanes, _each(fn, lanes), strict=True):
            if isinstance(result, BaseException):
                self._failed(lane, result)
            else:
                pages[lane.index] = result
        return pages

    def _live(self) -> list[_Lane]:
        return [lane for lane in self.lanes if not lane.gone and lane.reader is not None]

    def _notes(self, key: bytes) -> list[Item]:
        notes = []
        for lane in self.lanes:
            if lane.gone and not lane.noted:
                lane.noted = True
                notes.append(lane.note(key, _gone_note(lane.member.cid)))
        return notes

    def _page(self, runs: Sequence[list[Item]], n: int, older: bool) -> Page:
        """The newest ``n`` of the runs' union (each run in time order); the rest goes back
        to its lane to wait for the next older page."""
        # a stable sort of k sorted runs is a k-way merge (timsort finds the runs), in C
        merged = sorted(chain.from_iterable(runs), key=itemgetter(0))
        cut = max(0, len(merged) - n)
        shown = merged[cut:]
        for lane in self.lanes:
            lane.pending = []
        for item in merged[:cut]:
            self.lanes[item[1]].pending.append(item)
        if older:  # notes first, at the page's own time
            key = shown[0][0] if shown else (self._first.encode() or now_ts())
            shown = self._notes(key) + shown
        else:  # notes last, now
            key = max(now_ts(), shown[-1][0]) if shown else now_ts()
            shown = shown + self._notes(key)
        if shown:
            self._first = shown[0][0].decode()
        complete = all(lane.gone or lane.complete for lane in self.lanes) and not cut
        return Page([it[3] for it in shown], bytes(it[2] for it in shown), complete=complete)

    def tail(self, n: int) -> Page:
        live = self._live()
        pages = self._gather(lambda lane: _reader(lane).tail(n), live)
        runs = []
        for lane in live:
            page = pages.get(lane.index)
            if page is None:
                continue
            items = lane.items(page.lines, page.streams)
            lane.cursor_ts = items[0][0].decode() if items else ""
            lane.cursor_offset = page.offset
            lane.complete = page.complete or not items
            lane.newest = items[-1][0].decode() if items else ""
            runs.append(items)
        return self._page(runs, n, older=False)

    def before(
        self, oldest_ts: str, offset: int | None, n: int, cancel: threading.Event | None = None
    ) -> Page:
        """The ``n`` lines before the ones shown. ``oldest_ts`` is the view's first line:
        when it is not the first line this source gave (the view was cleared, or cut), each
        member starts again before it (``offset`` is for one container's log: unused)."""
        del offset
        if oldest_ts != self._first:
            for lane in self.lanes:
                lane.pending = []
                lane.cursor_ts, lane.cursor_offset = oldest_ts, None
                lane.complete = lane.gone
            self._first = oldest_ts
        need = [
            lane
            for lane in self._live()
            if not lane.complete and len(lane.pending) < n and lane.cursor_ts
        ]

        def read(lane: _Lane) -> Page:
            return _reader(lane).before(lane.cursor_ts, lane.cursor_offset, n, cancel)

        pages = self._gather(read, need)
        for lane in need:
            page = pages.get(lane.index)
            if page is None:
                continue
            items = lane.items(page.lines, page.streams)
            lane.pending[:0] = items
            if items:
                lane.cursor_ts = items[0][0].decode()
            lane.cursor_offset = page.offset
            lane.complete = page.complete or not items
        return self._page([lane.pending for lane in self.lanes], n, older=True)

    def read_range(
        self, since: str, until: str, n: int, cancel: threading.Event | None = None
    ) -> Page:
        """The newest ``n`` lines between ``since`` and ``until`` (engine time strings)."""
        live = self._live()
        pages = self._gather(
            lambda lane: read_range(self.client, lane.member.cid, since, until, n, cancel), live
        )
        start = unix_to_ts(since).decode() if since else ""
        runs = []
        for lane in live:
            page = pages.get(lane.index)
            if page is None:
                continue
            items = lane.items(page.lines, page.streams)
            lane.complete = True
            lane.newest = items[-1][0].decode() if items else (start or lane.newest)
            runs.append(items)
        page = self._page(runs, n, older=False)
        return Page(page.lines, page.streams, complete=True)

    # -- following and saving ---------------------------------------------------------------
    def follower(self, client_getter: Callable[[], Any], since: str) -> MergedFollower:
        """Each member followed from its own newest line read (``since``, the view's last
        line, is one container's notion: unused)."""
        del since
        return MergedFollower(client_getter, self._live())

    def save(self, target: Path, timestamps: bool, cancel: threading.Event | None = None) -> int:
        """Every member's whole log, from the engine, merged into ``target`` as
        ``docker compose logs --no-color`` writes it (``web-1  | text``)."""
        live = self._live()
        width = max(len(m.label.encode()) for m in self.members)
        labels = [m.label.encode().ljust(width) + b" | " for m in self.members]
        gone: list[_Lane] = []

        def lines_of(lane: _Lane) -> Iterator[tuple[bytes, int, int, bytes]]:
            last, tty = _ZERO_TS, _reader(lane).tty
            try:
                for stream, raw in iter_lines(self.client, lane.member.cid, tty):
                    ts, _, text = raw.partition(b" ")
                    key = norm_ts(ts)
                    if key is None:
                        key, text = last, raw
                    last = key
                    yield key, lane.index, STDOUT if tty else stream, text
            except Exception as exc:
                if not is_gone(exc):
                    raise
                gone.append(lane)

        count = 0
        with atomic_output(target) as f:
            merged = heapq.merge(*(lines_of(lane) for lane in live), key=itemgetter(0))
            for key, index, stream, text in merged:
                stamp = key + b" " if timestamps else b""
                mark = b"[stderr] " if stream == STDERR else b""
                f.write(labels[index] + mark + stamp + text + b"\n")
                count += 1
                if cancel is not None and not count % 50_000 and cancel.is_set():
                    raise Cancelled()
            for lane in [*(la for la in self.lanes if la.gone), *gone]:
                f.write(labels[lane.index] + _gone_note(lane.member.cid).encode() + b"\n")
        return count


def _reader(lane: _Lane) -> ContainerLog:
    if lane.reader is None:  # only lanes opened are read
        raise RuntimeError(f"{lane.member.cid} was not opened")
    return lane.reader


class MergedFollower:
    """One ``Follower`` per member; ``drain`` gives their lines merged by time. A line is
    held ``grace`` seconds after it was first seen, so that one of another member that
    arrives a little later but is older still comes before it."""

    GRACE = 0.25

    def __init__(
        self, client_getter: Callable[[], Any], lanes: Sequence[_Lane], grace: float = GRACE
    ) -> None:
        self.grace = grace
        self._lanes = list(lanes)
        self._followers = [Follower(client_getter, ln.member.cid, ln.newest) for ln in lanes]
        self._held: list[deque[tuple[float, Item]]] = [deque() for _ in self._lanes]
        self._noted = [False] * len(self._lanes)

    def start(self) -> None:
        for follower in self._followers:
            follower.start()

    def stop(self, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        for follower in self._followers:
            follower.stop(max(0.1, deadline - time.monotonic()))

    @property
    def alive(self) -> bool:
        return any(f.alive for f in self._followers)

    def counts(self) -> Counter[str]:
        """How many members are in each state (following, waiting, reconnecting, removed)."""
        return Counter(f.state for f in self._followers)

    @property
    def state(self) -> str:
        counts = self.counts()
        if counts["reconnecting"]:
            return "reconnecting"
        if counts["following"]:
            return "following"
        if counts["waiting"]:
            return "waiting"
        return "removed"

    def drain(self, limit: int = 50_000) -> list[tuple[int, bytes]]:
        now = time.monotonic()
        for i, (lane, follower) in enumerate(zip(self._lanes, self._followers, strict=True)):
            held = self._held[i]
            last = held[-1][1][0] if held else (lane.newest.encode() or _ZERO_TS)
            batch = follower.drain(limit)
            if batch:
                lines = [line for _, line in batch]
                items = lane.items(lines, bytes(s for s, _ in batch), last)
                held.extend((now, item) for item in items)
                last = items[-1][0]
            if follower.state == "removed" and not follower.alive and not self._noted[i]:
                self._noted[i] = True
                note = translate("core", "(container {id} removed: no more lines from it)")
                text = note.format(id=lane.member.cid[:12])
                held.append((now, lane.note(max(now_ts(), last), text)))
        cutoff = now - self.grace
        runs = []
        for lane, held in zip(self._lanes, self._held, strict=True):
            run = []
            while held and held[0][0] <= cutoff:
                run.append(held.popleft()[1])
            if run:
                lane.newest = run[-1][0].decode()
                runs.append(run)
        merged = sorted(chain.from_iterable(runs), key=itemgetter(0))
        return [(stream, line) for _, _, stream, line in merged]


class MergedFeed:
    """The merged log of ``members`` (a compose project's containers) for a log view."""

    def __init__(self, members: Sequence[Member]) -> None:
        self.members = tuple(members)

    def new_store(self) -> MergedLogStore:
        return MergedLogStore(prefixes([m.label for m in self.members]))

    def open(self, client: DockerAPI) -> MergedLogSource:
        return MergedLogSource(client, self.members)
