"""The merged log's pieces without an engine: timestamps normalised so that byte order is
time order, the members' prefixes, and the store's member index kept in step with its
lines through append, prepend, the bound and clear."""

from __future__ import annotations

from core.ansi import plain, segments
from core.docker.logs import STDERR, STDOUT, split_line, to_unix
from core.docker.merged_logs import (
    UNKNOWN,
    MergedLogStore,
    norm_ts,
    prefixes,
    unix_to_ts,
)

LABELS = ("web", "worker-1", "db-2")


def _line(n: int, member: int, text: str = "") -> bytes:
    ts = f"2026-11-22T01:02:03.{n:09d}Z".encode()
    return ts + b" " + prefixes(LABELS)[member] + (text or f"line {n}").encode()


def test_timestamps_normalise_to_nine_digits() -> None:
    assert norm_ts(b"2026-12-02T08:13:24.71732363Z") == b"2026-12-02T08:13:24.717323630Z"
    assert norm_ts(b"2026-12-02T08:13:24Z") == b"2026-12-02T08:13:24.000000000Z"
    assert norm_ts(b"2026-12-02T08:13:24.717323630Z") == b"2026-12-02T08:13:24.717323630Z"
    assert norm_ts(b"hello") is None
    assert norm_ts(b"2026-12-02T08:13:24.7x7Z") is None
    # the json-file log drops trailing zeros: byte order is not time order until normalised
    early, late = b"2026-12-02T08:13:24.1Z", b"2026-12-02T08:13:24.123Z"
    assert early > late
    assert (norm_ts(early) or b"") < (norm_ts(late) or b"")
    stamp = "2026-11-22T01:02:03.000500000Z"
    assert to_unix(stamp) == "1795309323.000500000"
    assert unix_to_ts(to_unix(stamp)) == stamp.encode()  # the engine's form, and back


def test_prefixes_are_padded_coloured_and_of_one_length() -> None:
    made = prefixes(LABELS)
    assert len({len(p) for p in made}) == 1
    shown = [plain(p.decode()) for p in made]
    assert shown == ["web      | ", "worker-1 | ", "db-2     | "]
    colours = [segments(p.decode())[0][1] for p in made]
    assert len(set(colours)) == 3 and None not in colours
    many = prefixes([f"s{i}" for i in range(12)])  # colours cycle, lengths stay equal
    assert len({len(p) for p in many}) == 1 and many[0][:5] == many[10][:5]


def test_the_member_index_follows_the_lines() -> None:
    store = MergedLogStore(prefixes(LABELS), max_lines=6)
    store.append([_line(1, 0), _line(2, 1), _line(3, 2)], bytes([STDOUT] * 3))
    assert bytes(store.members) == bytes([0, 1, 2])
    store.prepend([_line(0, 2)], bytes([STDERR]))
    assert bytes(store.members) == bytes([2, 0, 1, 2])
    # past the bound the oldest lines go, and their member bytes with them
    assert store.append([_line(n, n % 3) for n in (4, 5, 6, 7)], bytes([STDOUT] * 4)) == 2
    assert bytes(store.members) == bytes([1, 2, 1, 2, 0, 1])
    assert [ln[20:30] for ln in store.lines] == [_line(n, 0)[20:30] for n in (2, 3, 4, 5, 6, 7)]
    assert store.drop_oldest(2) == 2 and bytes(store.members) == bytes([1, 2, 0, 1])
    assert store.prepend([_line(n, 0) for n in range(10)], bytes([STDOUT] * 10)) == 2
    assert len(store.members) == len(store.lines) == 6
    assert store.rows_of({0}) == [0, 1, 4] and store.rows_of({1, 2}, start=3) == [3, 5]
    store.clear()
    assert not store.members and not store.lines
    # a line that is not a member's (no known prefix) is nobody's
    store.append([b"2026-11-22T01:02:03.000000009Z plain"], bytes([STDOUT]))
    assert store.members[0] == UNKNOWN and store.rows_of({0, 1, 2}) == []


def test_search_skips_the_prefix_and_the_view_keeps_it() -> None:
    store = MergedLogStore(prefixes(LABELS))
    lines = [_line(1, 0, "GET /"), _line(2, 1, "web is up"), _line(3, 2, "x | y")]
    store.append(lines, bytes([STDOUT] * 3))
    assert store.search("web") == [1]  # the text, not web's own label
    assert store.search("|") == [2]
    assert store.search("[3") == []  # nor the colour codes
    assert plain(split_line(lines[1], timestamps=False)) == "worker-1 | web is up"
