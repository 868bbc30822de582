"""LogStore stays bounded: the oldest lines go first, counted, with their stream bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.docker.logs import STDERR, STDOUT, LogStore
from core.errors import Cancelled


def _lines(*numbers: int) -> list[bytes]:
    return [f"2026-11-22T01:02:03.{n:09d}Z line {n}".encode() for n in numbers]


def test_append_past_the_bound_drops_the_oldest_and_counts_them() -> None:
    store = LogStore(max_lines=3)
    assert store.append(_lines(1, 2), bytes([STDOUT, STDERR])) == 0
    assert store.append(_lines(3, 4, 5), bytes([STDOUT, STDOUT, STDERR])) == 2
    assert store.lines == _lines(3, 4, 5)
    assert bytes(store.streams) == bytes([STDOUT, STDOUT, STDERR])
    assert store.dropped == 2


def test_overflow_says_how_many_must_go_for_a_batch_to_fit() -> None:
    store = LogStore(max_lines=4)
    assert store.overflow(3) == 0  # empty: nothing to drop
    store.append(_lines(1, 2, 3), bytes([STDOUT] * 3))
    assert store.overflow(1) == 0
    assert store.overflow(2) == 1
    assert store.overflow(100) == 3  # never more than the store holds
    assert store.overflow(0) == 0
    assert len(store) == 3 and store.dropped == 0  # asking changes nothing


def test_drop_oldest_keeps_lines_and_streams_in_step() -> None:
    store = LogStore(max_lines=10)
    store.append(_lines(1, 2, 3, 4), bytes([STDOUT, STDERR, STDOUT, STDERR]))
    assert store.drop_oldest(3) == 3
    assert store.lines == _lines(4)
    assert bytes(store.streams) == bytes([STDERR])
    assert store.dropped == 3
    assert store.first_timestamp() == "2026-11-22T01:02:03.000000004Z"


def test_drop_oldest_never_drops_more_than_it_holds_nor_less_than_nothing() -> None:
    store = LogStore(max_lines=10)
    store.append(_lines(1, 2), bytes([STDOUT, STDOUT]))
    assert store.drop_oldest(0) == 0
    assert store.drop_oldest(-5) == 0
    assert store.dropped == 0 and len(store) == 2
    assert store.drop_oldest(7) == 2
    assert len(store) == 0 and len(store.streams) == 0 and store.dropped == 2


def test_a_view_that_drops_then_appends_ends_where_append_alone_would() -> None:
    direct, viewed = LogStore(max_lines=5), LogStore(max_lines=5)
    for store in (direct, viewed):
        store.append(_lines(1, 2, 3, 4), bytes([STDOUT] * 4))
    batch, streams = _lines(5, 6, 7), bytes([STDERR] * 3)
    direct.append(batch, streams)
    viewed.drop_oldest(viewed.overflow(len(batch)))
    assert viewed.append(batch, streams) == 0  # the room was made first
    assert viewed.lines == direct.lines
    assert viewed.streams == direct.streams
    assert viewed.dropped == direct.dropped == 2


def test_a_batch_larger_than_the_store_keeps_its_newest_lines() -> None:
    store = LogStore(max_lines=3)
    store.append(_lines(1, 2), bytes([STDOUT] * 2))
    store.drop_oldest(store.overflow(5))  # a view empties the store first
    assert store.append(_lines(3, 4, 5, 6, 7), bytes([STDOUT, STDOUT, STDERR, STDOUT, STDERR])) == 2
    assert store.lines == _lines(5, 6, 7)
    assert bytes(store.streams) == bytes([STDERR, STDOUT, STDERR])
    assert store.dropped == 4  # the two it held, then the batch's two oldest


def test_a_saved_log_replaces_the_file_only_when_written_whole(tmp_path: Path) -> None:
    from core.docker.logs import atomic_output

    target = tmp_path / "app.log"
    target.write_bytes(b"the previous save\n")
    with pytest.raises(Cancelled), atomic_output(target) as f:
        f.write(b"half")
        raise Cancelled()
    assert target.read_bytes() == b"the previous save\n"
    with atomic_output(target) as f:
        f.write(b"whole\n")
    assert target.read_bytes() == b"whole\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.log"]  # no part file left
