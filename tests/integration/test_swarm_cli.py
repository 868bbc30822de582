"""``envdock swarm nodes / services / tasks`` through the real command, against the real
swarm: chosen by ``DOCKER_HOST`` or by ``--engine`` (a Docker context), compared with the
docker CLI; a worker is refused with the managers' addresses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.docker.api import DockerAPI
from core.swarm import ops
from core.swarm.ops import PortRequest
from tests.integration.swarm_helpers import (
    LiveState,
    converged,
    docker_json_lines,
    sleeper,
    wait_for,
)
from tests.support.compose import docker_cli
from tests.support.swarm import SwarmCluster, SwarmNode

ENVDOCK = Path(sys.executable).with_name("envdock")


def _env(node: SwarmNode | None, docker_config: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DOCKER_HOST", "DOCKER_CONTEXT")}
    if node is not None:
        env["DOCKER_HOST"] = node.base_url
    if docker_config is not None:
        env["DOCKER_CONFIG"] = str(docker_config)
    return env


def envdock(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ENVDOCK), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def envdock_json(*args: str, env: dict[str, str]) -> Any:
    proc = envdock(*args, "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def services(swarm: SwarmCluster) -> Iterator[dict[str, str]]:
    api: DockerAPI = swarm.manager.client()
    ids = {
        "cli-web": ops.service_create(
            api,
            sleeper(
                "cli-web", 3, endpoint_mode="dnsrr", ports=(PortRequest(80, 18100, mode="host"),)
            ),
        ),
        "cli-everywhere": ops.service_create(api, sleeper("cli-everywhere", mode="global")),
        "cli-stuck": ops.service_create(
            api, sleeper("cli-stuck", constraints=("node.labels.missing==1",))
        ),
    }
    try:
        with LiveState(swarm.manager) as live:
            assert wait_for(converged(live, ids["cli-web"], 3), 60)
            assert wait_for(converged(live, ids["cli-everywhere"], 3), 60)
        yield ids
    finally:
        swarm.remove_services()
        api.close()


def test_nodes_services_and_tasks_as_json(swarm: SwarmCluster, services: dict[str, str]) -> None:
    env = _env(swarm.manager)
    nodes = envdock_json("swarm", "nodes", env=env)
    assert {n["hostname"] for n in nodes} == {"node1", "node2", "node3"}
    cli_nodes = {r["Hostname"]: r for r in docker_json_lines(swarm.manager, "node", "ls")}
    for n in nodes:
        row = cli_nodes[n["hostname"]]
        assert (n["status"], n["availability"]) == (
            row["Status"].lower(),
            row["Availability"].lower(),
        )
        assert n["leader"] == (row["ManagerStatus"] == "Leader")
        assert n["role"] == ("manager" if row["ManagerStatus"] else "worker")

    listed = {s["name"]: s for s in envdock_json("swarm", "services", env=env)}
    assert set(listed) == set(services)
    cli_services = {r["Name"]: r for r in docker_json_lines(swarm.manager, "service", "ls")}
    for name, s in listed.items():
        running, desired = cli_services[name]["Replicas"].split("/")
        assert (s["replicas_running"], s["replicas_desired"]) == (int(running), int(desired))
        assert s["mode"] == cli_services[name]["Mode"]
        assert s["image"].split("@")[0] == cli_services[name]["Image"]
    assert listed["cli-web"]["ports"] == [
        {"target": 80, "published": 18100, "protocol": "tcp", "mode": "host"}
    ]
    assert (listed["cli-stuck"]["replicas_running"], listed["cli-stuck"]["replicas_desired"]) == (
        0,
        1,
    )

    tasks = envdock_json("swarm", "tasks", "cli-web", env=env)
    cli_tasks = docker_json_lines(swarm.manager, "service", "ps", "--no-trunc", "cli-web")
    assert {(t["id"], t["node"], t["state"], t["desired_state"]) for t in tasks} == {
        (r["ID"], r["Node"], r["CurrentState"].split(" ")[0].lower(), r["DesiredState"].lower())
        for r in cli_tasks
    }
    (stuck,) = envdock_json("swarm", "tasks", services["cli-stuck"][:10], env=env)
    assert stuck["state"] == "pending" and "no suitable node" in stuck["error"] + stuck["message"]


def test_human_output_and_engine_by_context(
    swarm: SwarmCluster, services: dict[str, str], tmp_path: Path
) -> None:
    docker_config = tmp_path / "docker-config"
    made = subprocess.run(
        [docker_cli(), "context", "create", "swarm-manager", "--docker",
         f"host={swarm.manager.base_url}"],
        env=_env(None, docker_config), capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    env = _env(None, docker_config)  # no DOCKER_HOST: only --engine says where
    nodes = envdock_json("--engine", "swarm-manager", "swarm", "nodes", env=env)
    assert {n["hostname"] for n in nodes} == {"node1", "node2", "node3"}
    table = envdock("--engine", "swarm-manager", "swarm", "services", env=env)
    assert table.returncode == 0, table.stderr
    header, *rows = table.stdout.splitlines()
    assert header.split()[:4] == ["ID", "NAME", "MODE", "REPLICAS"]
    assert any(" cli-web " in f" {r} " and " 3/3 " in f" {r} " for r in rows), rows
    tasks = envdock("--engine", "swarm-manager", "swarm", "tasks", "cli-stuck", env=env)
    assert tasks.returncode == 0 and "no suitable node" in tasks.stdout
    missing = envdock("--engine", "swarm-manager", "swarm", "tasks", "nope", env=env)
    assert missing.returncode == 1 and "No service named 'nope'" in missing.stderr


def test_a_worker_is_refused_with_the_managers(swarm: SwarmCluster) -> None:
    for command in ("nodes", "services"):
        proc = envdock("swarm", command, "--json", env=_env(swarm.nodes[1]))
        assert proc.returncode == 1
        assert "this node is not a manager" in proc.stderr.lower()
        assert f"{swarm.manager.addr}:2377" in proc.stderr
        assert proc.stdout == ""
