"""Secrets and configs used by a service on the real swarm (a secret's value never comes
back from the core nor reaches its log file), and a service's log across its tasks on
several nodes, as the log view reads it."""

from __future__ import annotations

import hashlib
import logging
import re
import secrets as random
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.docker.api import DockerAPI
from core.errors import DockerError
from core.logfile import setup_logging
from core.swarm import ops
from core.swarm.logs import ServiceLogFeed
from core.swarm.ops import FileRef
from core.swarm.state import SwarmState
from tests.integration.swarm_helpers import LiveState, converged, sleeper, wait_for
from tests.support.swarm import SwarmCluster

ANSI = re.compile(rb"\x1b\[[0-9;]*m")


@pytest.fixture
def api(swarm: SwarmCluster) -> Iterator[DockerAPI]:
    client = swarm.manager.client()
    try:
        yield client
    finally:
        swarm.remove_services()
        for kind in ("secrets", "configs"):
            for obj in getattr(client, kind)():
                getattr(client, f"remove_{kind[:-1]}")(obj["ID"])
        client.close()


def _plain(line: bytes) -> str:
    return ANSI.sub(b"", line).decode()


@pytest.fixture
def debug_log() -> Iterator[Path]:
    """EnvDock's log file, recording everything (DEBUG) for the test."""
    root = logging.getLogger("envdock")
    level = root.level
    try:
        yield setup_logging(level=logging.DEBUG)
    finally:
        root.setLevel(level)


def test_a_secret_is_used_and_its_value_never_shown(
    swarm: SwarmCluster, api: DockerAPI, debug_log: Path
) -> None:
    log_path = debug_log
    value = f"pw-{random.token_hex(16)}"
    digest = hashlib.md5(value.encode()).hexdigest()  # a fingerprint, not security
    secret_id = ops.create_secret(api, "db_password", value.encode(), {"app": "shop"})
    config_id = ops.create_config(api, "app_conf", b"colour=blue\n")
    # the service proves it reads the secret by printing its fingerprint, never the value
    script = (
        "echo md5=$(md5sum /run/secrets/db_password | cut -d' ' -f1); "
        "echo conf=$(cat /etc/app.conf); sleep 100000"
    )
    sid = ops.service_create(
        api,
        sleeper(
            "uses-secret",
            args=("sh", "-c", script),
            secrets=(FileRef("db_password"),),
            configs=(FileRef("app_conf", "/etc/app.conf"),),
        ),
    )
    shown: list[str] = []
    with LiveState(swarm.manager) as live:
        assert wait_for(converged(live, sid, 1), 60), live.state.tasks_of(sid)
        reader = ServiceLogFeed(sid).open(api)
        assert wait_for(lambda: len(reader.tail(10).lines) >= 2, 20)
        lines = [_plain(line) for line in reader.tail(10).lines]
        assert any(line.endswith(f"md5={digest}") for line in lines), lines
        assert any(line.endswith("conf=colour=blue") for line in lines), lines
        state = live.state
        assert wait_for(lambda: secret_id in state.secrets and config_id in state.configs, 10)
        secret = state.secrets[secret_id]
        assert (secret.name, secret.kind, dict(secret.labels)) == (
            "db_password",
            "secret",
            {"app": "shop"},
        )
        shown += [repr(x) for x in (*state.node_list(), *state.service_list())]
        shown += [repr(x) for x in (*state.object_list("secret"), *state.object_list("config"))]
        shown += [repr(t) for t in state.tasks_of(sid)]
        shown += [repr(c) for _, c in live.changes]
        shown.append(repr(ops.inspect_json(api, "secret", secret_id)))
        shown.append(repr(ops.inspect_json(api, "service", sid)))
        shown.append(repr(ops.inspect_json(api, "task", state.tasks_of(sid)[0].id)))
        shown += ops.leave_consequences(api)
    # refusals do not repeat it either
    with pytest.raises(DockerError) as again:
        ops.create_secret(api, "db_password", value.encode())
    assert "already exists" in again.value.message
    shown += [again.value.message, again.value.hint, again.value.details]
    with pytest.raises(DockerError) as used:
        ops.remove_secret(api, secret_id)
    assert "in use" in used.value.message and "uses-secret" in used.value.message
    assert "Remove it from those services first" in used.value.hint
    shown += [used.value.message, used.value.details]
    for handler in logging.getLogger("envdock").handlers:
        handler.flush()
    shown.append(Path(log_path).read_text(errors="replace"))
    assert shown and all(value not in text for text in shown)
    ops.service_remove(api, sid)
    assert wait_for(lambda: all(t["ServiceID"] != sid for t in api.tasks()), 30)
    ops.remove_secret(api, secret_id)
    ops.remove_config(api, config_id)
    state2 = SwarmState()
    state2.load(api)
    assert not state2.secrets and not state2.configs


def test_a_service_log_across_its_tasks(
    swarm: SwarmCluster, api: DockerAPI, tmp_path: Path
) -> None:
    script = (
        "i=0; while true; do i=$((i+1)); echo tick $i; "
        "[ $((i % 5)) = 0 ] && echo warn $i >&2; sleep 0.2; done"
    )
    sid = ops.service_create(api, sleeper("ticker", 3, args=("sh", "-c", script)))
    with LiveState(swarm.manager) as live:
        assert wait_for(converged(live, sid, 3), 60), live.state.tasks_of(sid)
        where = {t.slot: t.node_hostname for t in live.state.tasks_of(sid)}
    assert sorted(where.values()) == ["node1", "node2", "node3"]
    feed = ServiceLogFeed(sid)
    store = feed.new_store()
    reader = feed.open(api)
    assert wait_for(lambda: sum(1 for _ in reader.read()) >= 60, 30)  # more than two pages
    page = reader.tail(30)
    assert len(page.lines) == 30
    stamps = [line.split(b" ", 1)[0] for line in page.lines]
    assert stamps == sorted(stamps)  # merged by time, whichever node sent what first
    labels = set()
    for line in page.lines:
        text = _plain(line).split(" ", 1)[1]
        label, _, rest = text.partition(" | ")
        labels.add(label.strip())
        assert re.fullmatch(r"(tick|warn) \d+", rest), text
    # docker service logs --no-task-ids' prefix: service.slot@node
    assert labels == {f"ticker.{slot}@{node}" for slot, node in where.items()}
    assert any(s == 2 for s in page.streams)  # stderr lines keep their stream
    store.append(page.lines, page.streams)
    older = reader.before(store.first_timestamp(), None, 20)
    assert len(older.lines) == 20
    assert older.lines[-1].split(b" ", 1)[0] <= page.lines[0].split(b" ", 1)[0]
    assert not set(older.lines) & set(page.lines)
    follower = reader.follower(lambda: api, store.last_timestamp())
    follower.start()
    try:
        got: list[tuple[int, bytes]] = []

        def drained() -> bool:
            got.extend(follower.drain())
            return len(got) >= 15

        assert wait_for(drained, 20)
        assert follower.state == "following"
        stamps = [line.split(b" ", 1)[0] for _, line in got]
        assert stamps == sorted(stamps) and stamps[0] > page.lines[-1].split(b" ", 1)[0]
        assert {_plain(line).split(" ")[1] for _, line in got} <= labels
    finally:
        follower.stop(5)
    assert not follower.alive
    target = tmp_path / "ticker.log"
    count = reader.save(target, timestamps=False)
    saved = target.read_text().splitlines()
    assert count == len(saved) >= 30
    assert all(
        re.fullmatch(r"(\[stderr\] )?ticker\.\d@node\d +\| (tick|warn) \d+", s) for s in saved
    )
