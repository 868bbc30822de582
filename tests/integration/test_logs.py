"""Logs of a real container: tail, older pages (json-file and API), search, follow across
a restart, save."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from core.docker.logs import STDERR, Follower, LogSource, LogStore, save_full_log
from tests.integration.helpers import create_container, wait_until


def test_million_lines_tail_pages_search(docker_client: Any, million_line_container: str) -> None:
    src = LogSource(docker_client, million_line_container)
    assert src.log_path is not None  # a local engine run as root: the json-file is readable
    t0 = time.perf_counter()
    page = src.tail(2000)
    first_screen = time.perf_counter() - t0
    assert len(page.lines) == 2000 and first_screen < 2.0
    store = LogStore()
    store.append(page.lines, page.streams)
    texts = [ln.split(b" ", 1)[1] for ln in page.lines]
    assert b"err one" in texts and any(b"\x1b[31mred" in t for t in texts)
    assert page.streams[texts.index(b"err one")] == STDERR
    older = src.before(store.first_timestamp(), page.offset, 20_000)
    store.prepend(older.lines, older.streams)
    rows = [ln.split(b" ", 1)[1] for ln in store.lines if ln.split(b" ", 1)[1].startswith(b"row ")]
    numbers = [int(r.split()[1]) for r in rows]
    assert numbers == list(range(numbers[0], 1_000_001))  # contiguous, nothing lost or doubled
    # page through everything: bounded pages, the whole log in the end
    full = LogStore(max_lines=1_100_000)
    full.append(page.lines, page.streams)
    offset: int | None = page.offset
    while offset:
        p = src.before(full.first_timestamp(), offset, 200_000)
        full.prepend(p.lines, p.streams)
        offset = p.offset
        if p.complete:
            break
    assert sum(1 for ln in full.lines if b" row " in ln) == 1_000_000
    t0 = time.perf_counter()
    hits = full.search("row 99999")
    assert time.perf_counter() - t0 < 5
    found = {full.lines[i].split(b" ", 1)[1] for i in hits}
    assert found == {b"row 99999", *(f"row {n}".encode() for n in range(999990, 1_000_000))}


def test_api_pages_when_the_file_is_not_readable(docker_client: Any) -> None:
    cid = create_container(docker_client, "logs-api", ["sh", "-c", "seq 1 3000; sleep 1000"])
    docker_client.start(cid)
    assert wait_until(lambda: docker_client.logs(cid, tail=1).strip() == b"3000")
    src = LogSource(docker_client, cid)
    src.log_path = None  # as with a remote engine
    page = src.tail(1000)
    assert [ln.split(b" ", 1)[1] for ln in page.lines][-1] == b"3000"
    older = src.before(page.lines[0].split(b" ", 1)[0].decode(), None, 500)
    assert [int(ln.split(b" ", 1)[1]) for ln in older.lines] == list(range(1501, 2001))


def test_follow_survives_a_restart_and_stops_cleanly(docker_client: Any, tmp_path: Path) -> None:
    cid = create_container(
        docker_client,
        "logs-follow",
        ["sh", "-c", "echo start; while true; do echo tick; sleep 0.2; done"],
    )
    docker_client.start(cid)
    follower = Follower(lambda: docker_client, cid, "")
    follower.start()
    try:
        assert wait_until(lambda: len(follower.buffer) >= 3)
        docker_client.stop(cid, timeout=0)
        assert wait_until(lambda: follower.state == "waiting", 10)
        follower.drain()
        docker_client.start(cid)
        assert wait_until(lambda: any(b" start" in ln for _, ln in list(follower.buffer)), 15)
        lines = [ln for _, ln in follower.drain()]
        stamps = [ln.split(b" ", 1)[0] for ln in lines]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)  # no duplicates
    finally:
        follower.stop()
    assert not follower.alive
    n = save_full_log(docker_client, cid, tmp_path / "log.txt", timestamps=False)
    text = (tmp_path / "log.txt").read_text().splitlines()
    assert len(text) == n and text.count("start") == 2


def test_since_until_range(docker_client: Any) -> None:
    from core.docker.logs import parse_when, read_range

    cid = create_container(
        docker_client, "logs-range", ["sh", "-c", "echo early; sleep 2; echo late; sleep 1000"]
    )
    docker_client.start(cid)
    assert wait_until(lambda: b"late" in docker_client.logs(cid), 10)
    stamps = docker_client.logs(cid, timestamps=True).decode().split()
    late_ts = stamps[stamps.index("late") - 1]
    from core.docker.logs import to_unix

    # "since N seconds ago", N reaching one second before "late" (and so not "early",
    # printed two seconds before it)
    age = time.time() - float(to_unix(late_ts))
    recent = read_range(docker_client, cid, parse_when(f"{round(age + 1)}s"), "", 100)
    assert [ln.split(b" ", 1)[1] for ln in recent.lines] == [b"late"]
    since_late = read_range(docker_client, cid, to_unix(late_ts), "", 100)
    assert [ln.split(b" ", 1)[1] for ln in since_late.lines] == [b"late"]
    before_late = read_range(docker_client, cid, "", f"{float(to_unix(late_ts)) - 0.5:.9f}", 100)
    assert [ln.split(b" ", 1)[1] for ln in before_late.lines] == [b"early"]
