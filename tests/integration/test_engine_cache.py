"""The engine cache against the private engine: one list, then one event = one row."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from core.docker.connection import EngineState
from core.docker.engine import ContainerChange, Engine
from tests.integration.helpers import (
    create_container,
    docker_cli_json_lines,
    envdock_json,
    wait_until,
)
from tests.support.engine import PrivateEngine


@pytest.fixture
def engine(private_engine: PrivateEngine) -> Any:
    eng = Engine(env={"DOCKER_HOST": private_engine.base_url}, home=Path("/nonexistent"))
    changes: list[ContainerChange] = []
    eng.on_changes(changes.extend)
    eng.changes = changes  # type: ignore[attr-defined]
    eng.start()
    assert wait_until(lambda: eng.status.connected), eng.status
    yield eng
    eng.stop()


def _names(eng: Engine) -> dict[str, str]:
    return {c.name: c.state for c in eng.store.snapshot()}


def test_events_update_single_rows(engine: Any, docker_client: Any) -> None:
    cid = create_container(docker_client, "cache-a")
    assert wait_until(lambda: _names(engine).get("cache-a") == "created")
    refreshes = engine.refreshes
    docker_client.start(cid)
    assert wait_until(lambda: _names(engine).get("cache-a") == "running")
    # one start event -> one single-container refresh, never a full reload
    assert 1 <= engine.refreshes - refreshes <= 2
    docker_client.stop(cid, timeout=0)
    assert wait_until(lambda: _names(engine).get("cache-a") == "exited")
    docker_client.rename(cid, "cache-renamed")
    assert wait_until(lambda: "cache-renamed" in _names(engine))
    assert "cache-a" not in _names(engine)
    docker_client.remove_container(cid)
    assert wait_until(lambda: "cache-renamed" not in _names(engine))
    kinds = [c.kind for c in engine.changes if c.container.id == cid]
    assert kinds[0] == "added" and kinds[-1] == "removed" and "changed" in kinds


def test_docker_ps_json_matches_docker_cli(
    private_engine: PrivateEngine, docker_client: Any
) -> None:
    ids = {create_container(docker_client, f"ps-{i}") for i in range(3)}
    docker_client.start(next(iter(ids)))
    env = private_engine.env()
    data = envdock_json(["docker", "ps", "--json"], env)
    theirs = {t["ID"]: t for t in docker_cli_json_lines(["ps", "-a", "--no-trunc"], env)}
    assert {c["id"] for c in data} == set(theirs)
    assert ids <= set(theirs)
    for c in data:
        assert {"id", "name", "image", "state", "status", "ports"} <= c.keys()
        assert c["name"] == theirs[c["id"]]["Names"]
        assert c["state"] == theirs[c["id"]]["State"]
        assert c["image"] == theirs[c["id"]]["Image"]


def test_published_ports_are_listed(private_engine: PrivateEngine, docker_client: Any) -> None:
    cid = create_container(
        docker_client,
        "ports",
        command=["httpd", "-f", "-p", "80"],
        ports=[80],
        host_config=docker_client.create_host_config(port_bindings={80: ("127.0.0.1", None)}),
    )
    docker_client.start(cid)
    from core.docker.containers import list_containers

    (c,) = [c for c in list_containers(docker_client) if c.id == cid]
    (port,) = c.ports
    assert port.private_port == 80 and port.public_port and port.ip == "127.0.0.1"
    assert not port.reachable_from_network


@pytest.mark.engine  # starts an engine of its own (no engine fixture says so)
def test_engine_that_dies_is_reported_and_reconnects(tmp_path: Path) -> None:
    """A second engine (its own bridge) is killed mid-stream and started again."""
    second = PrivateEngine()
    second.start()
    eng = Engine(env={"DOCKER_HOST": second.base_url}, home=tmp_path)
    statuses: list[EngineState] = []
    eng.on_status(lambda s: statuses.append(s.state))
    try:
        eng.start()
        assert wait_until(lambda: eng.status.connected, 20)
        second.kill()
        assert wait_until(lambda: eng.status.state is EngineState.NOT_RUNNING, 20), eng.status
        assert "Reconnect" in eng.status.hint or "start" in eng.status.hint.lower()
        second.start()
        assert wait_until(lambda: eng.status.connected, 30), eng.status
        assert statuses.count(EngineState.CONNECTED) >= 2
    finally:
        eng.stop()
        second.stop()


def test_cli_logs_and_inspect(private_engine: PrivateEngine, docker_client: Any) -> None:
    cid = create_container(docker_client, "cli-logs", ["sh", "-c", "seq 1 50; echo oops >&2"])
    docker_client.start(cid)
    assert wait_until(lambda: docker_client.wait(cid, timeout=10)["StatusCode"] == 0)
    env = private_engine.env()
    out = subprocess.run(
        [sys.executable, "-m", "gui", "docker", "logs", "cli-logs", "--tail", "3"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    lines = out.splitlines()
    # stdout and stderr reach the log through separate pipes: "oops" may land before "50"
    assert len(lines) == 3 and "50" in lines and set(lines) <= {"47", "48", "49", "50", "oops"}
    info = json.loads(
        subprocess.run(
            [sys.executable, "-m", "gui", "docker", "inspect", "cli-logs", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
    )
    assert info["Id"] == cid and info["Name"] == "/cli-logs"
    bad = subprocess.run(
        [sys.executable, "-m", "gui", "docker", "inspect", "no-such"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 1 and "no-such" in bad.stderr and "Traceback" not in bad.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "gui", "docker", "logs", "cli-logs", "--tail", "x"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 1 and "--tail" in bad.stderr
