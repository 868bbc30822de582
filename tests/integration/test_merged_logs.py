"""Merged logs of several real containers (a compose project's view): the tail and older
pages in time order with each member's prefix, exactly the union of the members' own logs
(json-file and API paging), a range, follow across members, search, the member index, a
member removed before or while the view is open, and the merged save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.ansi import plain
from core.docker.logs import STDERR, split_line, to_unix
from core.docker.merged_logs import (
    Member,
    MergedFollower,
    MergedLogSource,
    MergedLogStore,
    norm_ts,
    prefixes,
)
from tests.integration.helpers import create_container, wait_until

LABELS = ("web", "worker-1", "db-2")
LINES = 400  # per container


def _printer(label: str) -> list[str]:
    # a line every 2 ms, every 50th on stderr: three of them started together interleave
    return [
        "sh",
        "-c",
        f"i=0; while [ $i -lt {LINES} ]; do i=$((i+1)); "
        f'if [ $((i % 50)) -eq 0 ]; then echo "{label} err $i" >&2; '
        f'else echo "{label} line $i"; fi; usleep 2000; done',
    ]


def _start_all(client: Any, tag: str, commands: list[list[str]]) -> list[str]:
    cids = [create_container(client, f"merged-{tag}-{i}", cmd) for i, cmd in enumerate(commands)]
    for cid in cids:
        client.start(cid)
    return cids


def _expected(client: Any, cids: list[str]) -> list[tuple[bytes, str, bytes]]:
    """Every member's whole log from the API, as (timestamp, label, text), merged by time."""
    rows = []
    for index, cid in enumerate(cids):
        raw = client.logs(cid, timestamps=True, stdout=True, stderr=True)
        for line in raw.splitlines():
            ts, _, text = line.partition(b" ")
            key = norm_ts(ts)
            assert key is not None
            rows.append((key, index, LABELS[index], text))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [(key, label, text) for key, _, label, text in rows]


def _parsed(lines: list[bytes]) -> list[tuple[bytes, str, bytes]]:
    """Stored merged lines back to (timestamp, label, text), checking the prefix's form."""
    width = max(map(len, LABELS))
    out = []
    for line in lines:
        ts, _, rest = line.partition(b" ")
        assert len(ts) == 30, line  # normalised: nine fraction digits
        shown = plain(rest.decode())
        label, sep, text = shown.partition(" | ")
        assert sep and len(label) == width, shown  # padded to the longest label
        out.append((ts, label.rstrip(), text.encode()))
    return out


@pytest.fixture
def printed(docker_client: Any) -> tuple[list[str], list[tuple[bytes, str, bytes]]]:
    cids = _start_all(docker_client, "pr", [_printer(label) for label in LABELS])
    for cid in cids:
        docker_client.wait(cid, timeout=60)
    return cids, _expected(docker_client, cids)


@pytest.mark.parametrize("through", ["json-file", "api"])
def test_tail_then_older_pages_are_the_members_logs_merged(
    docker_client: Any,
    printed: tuple[list[str], list[tuple[bytes, str, bytes]]],
    through: str,
) -> None:
    cids, expected = printed
    assert len(expected) == LINES * len(LABELS)
    labels_in_time = [label for _, label, _ in expected[:200]]
    assert len(set(labels_in_time)) > 1  # the members really interleave
    source = MergedLogSource(docker_client, _members(cids))
    if through == "api":  # as with a remote engine: no readable json-file
        for lane in source.lanes:
            assert lane.reader is not None
            lane.reader.log_path = None
    else:
        assert all(lane.reader and lane.reader.log_path for lane in source.lanes)
    page = source.tail(300)
    assert _parsed(page.lines) == expected[-300:]
    assert not page.complete
    # the stream byte follows each line; the prefix is the member's colour
    errs = [i for i, (_, _, text) in enumerate(_parsed(page.lines)) if b" err " in text]
    assert errs and all(page.streams[i] == STDERR for i in errs)
    colours = {line.split(b" ", 1)[1][:5] for line in page.lines}
    assert colours == {p[:5] for p in prefixes(LABELS)}

    store = MergedLogStore(prefixes(LABELS))
    store.append(page.lines, page.streams)
    pages = 0
    while True:
        older = source.before(store.first_timestamp(), None, 250)
        store.prepend(older.lines, older.streams)
        pages += 1
        assert len(older.lines) == 250 or older.complete
        if older.complete:
            break
        assert pages < 20
    assert _parsed(store.lines) == expected  # every line once, in time order, nothing lost
    # the member index follows the lines
    assert [LABELS[m] for m in store.members] == [label for _, label, _ in expected]


def test_search_filter_range_and_save(
    docker_client: Any,
    printed: tuple[list[str], list[tuple[bytes, str, bytes]]],
    tmp_path: Path,
) -> None:
    cids, expected = printed
    source = MergedLogSource(docker_client, _members(cids))
    page = source.tail(len(expected))
    store = MergedLogStore(prefixes(LABELS))
    store.append(page.lines, page.streams)
    assert len(store) == len(expected)
    # search looks at the text: the prefix's label, bar and colour codes never match
    hits = store.search("worker-1 line 7")
    want = [i for i, (_, _, t) in enumerate(expected) if t.startswith(b"worker-1 line 7")]
    assert hits == want and len(hits) == 11  # 7, 70-79 (none of them on stderr)
    assert store.search(" | ") == [] and store.search("[36m") == []
    # the member index: the rows of chosen members, in order
    rows = store.rows_of({0, 2})
    assert [expected[r][1] for r in rows] == [lb for _, lb, _ in expected if lb != "worker-1"]
    assert store.rows_of({1}, start=len(store) - 50) == [
        i for i in range(len(store) - 50, len(store)) if expected[i][1] == "worker-1"
    ]
    # since/until: what lies between two lines' times, from every member
    lo, hi = expected[300][0].decode(), expected[700][0].decode()
    ranged = source.read_range(to_unix(lo), to_unix(hi), 10_000)
    assert _parsed(ranged.lines) == [r for r in expected if lo <= r[0].decode() <= hi]
    assert ranged.complete
    newest = source.read_range(to_unix(lo), "", 100)  # the newest 100 since then
    assert _parsed(newest.lines) == expected[-100:]
    # save: the whole merged log as docker compose logs --no-color writes it
    target = tmp_path / "project.log"
    assert source.save(target, timestamps=False) == len(expected)
    width = max(map(len, LABELS))
    written = target.read_text().splitlines()
    assert written == [
        f"{lb.ljust(width)} | {'[stderr] ' if b' err ' in t else ''}{t.decode()}"
        for _, lb, t in expected
    ]
    # the stored line as the view shows it, timestamps off
    assert plain(split_line(page.lines[-1], timestamps=False)) == written[-1].replace(
        "[stderr] ", ""
    )


def test_follow_merges_new_lines_of_every_member_and_notes_a_removed_one(
    docker_client: Any,
) -> None:
    chatty = [
        ["sh", "-c", f'i=0; while true; do i=$((i+1)); echo "{label} tick $i"; usleep 30000; done']
        for label in LABELS
    ]
    cids = _start_all(docker_client, "fo", chatty)
    assert wait_until(lambda: all(docker_client.logs(c, tail=1) for c in cids))
    source = MergedLogSource(docker_client, _members(cids))
    tail = source.tail(100)
    last_of = {lane.member.label: lane.newest for lane in source.lanes}
    follower = source.follower(lambda: docker_client, "")
    assert isinstance(follower, MergedFollower)
    got: list[tuple[int, bytes]] = []

    def pulled(at_least: int = 0, text: bytes = b"") -> bool:
        got.extend(follower.drain())
        return len(got) >= at_least and (not text or any(text in ln for _, ln in got))

    follower.start()
    try:
        assert wait_until(lambda: pulled(60), 20)
        assert follower.state == "following" and follower.counts()["following"] == 3
        rows = _parsed([line for _, line in got])
        stamps = [ts for ts, _, _ in rows]
        assert stamps == sorted(stamps)  # in time order across members
        assert len(set(stamps)) == len(stamps)  # nothing twice
        assert {lb for _, lb, _ in rows} == set(LABELS)
        # each member goes on right after its own last line read: no gap, no repeat
        for label in LABELS:
            mine = [t for ts, lb, t in rows if lb == label]
            first = int(mine[0].split()[-1])
            before = [t for _, lb, t in _parsed(tail.lines) if lb == label]
            if before:
                assert first == int(before[-1].split()[-1]) + 1
            assert [int(t.split()[-1]) for t in mine] == list(range(first, first + len(mine)))
            assert all(ts.decode() > last_of[label] for ts, lb, _ in rows if lb == label)
        # one member removed meanwhile: a note line, the others go on
        docker_client.remove_container(cids[1], force=True)
        got.clear()
        assert wait_until(lambda: pulled(text=b"removed"), 20)
        assert follower.counts()["removed"] == 1 and follower.state == "following"
        note = next(ln for _, ln in got if b"removed" in ln)
        assert _parsed([note])[0][1] == "worker-1" and cids[1][:12].encode() in note
        n = len(got)
        assert wait_until(lambda: pulled(n + 10), 20)
        assert {lb for _, lb, _ in _parsed([ln for _, ln in got[n:]])} == {"web", "db-2"}
    finally:
        follower.stop()
    assert not follower.alive


def test_a_member_gone_is_a_note_not_an_error(docker_client: Any, tmp_path: Path) -> None:
    cids = _start_all(docker_client, "gn", [_printer(label) for label in LABELS])
    for cid in cids:
        docker_client.wait(cid, timeout=60)
    members = _members(cids)
    docker_client.remove_container(cids[2])  # gone before the view opens
    source = MergedLogSource(docker_client, members)
    page = source.tail(200)
    rows = _parsed(page.lines)
    assert rows[-1][1] == "db-2" and b"removed" in rows[-1][2]  # the note, last
    assert {lb for _, lb, _ in rows[:-1]} == {"web", "worker-1"}
    # another goes while paging older: its lines read so far still show, then a note
    store = MergedLogStore(prefixes(LABELS))
    store.append(page.lines, page.streams)
    docker_client.remove_container(cids[0])
    older = source.before(store.first_timestamp(), None, 300)
    notes = [r for r in _parsed(older.lines) if b"removed" in r[2]]
    assert [r[1] for r in notes] == ["web"]
    store.prepend(older.lines, older.streams)
    while not older.complete:
        older = source.before(store.first_timestamp(), None, 300)
        store.prepend(older.lines, older.streams)
    texts = [t for _, lb, t in _parsed(store.lines) if lb == "worker-1"]
    assert texts == [f"worker-1 {kind} {i}".encode() for i, kind in _kinds()]
    web = [t for _, lb, t in _parsed(store.lines) if lb == "web" and b"removed" not in t]
    assert web and web == [f"web {kind} {i}".encode() for i, kind in _kinds()][-len(web) :]
    # all gone: a save and a follower still work, with notes
    docker_client.remove_container(cids[1])
    assert source.save(tmp_path / "x.log", timestamps=True) == 0
    assert (tmp_path / "x.log").read_text().count("removed") == 3
    follower = source.follower(lambda: docker_client, "")
    follower.start()
    assert wait_until(lambda: follower.state == "removed" and not follower.alive)
    follower.stop()
    follower.grace = 0
    assert any(b"removed" in line for _, line in follower.drain())
    with pytest.raises(Exception, match="No containers"):
        MergedLogSource(docker_client, [])


def _members(cids: list[str]) -> list[Member]:
    return [Member(cid, label) for cid, label in zip(cids, LABELS, strict=True)]


def _kinds() -> list[tuple[int, str]]:
    return [(i, "err" if i % 50 == 0 else "line") for i in range(1, LINES + 1)]
