"""Container stats against `docker stats --no-stream`: ten containers, one burning CPU,
one holding 64 MiB; containers that stop leave the stats and leave no thread behind."""

from __future__ import annotations

import json
import re
import subprocess
import threading
import time
from typing import Any

import pytest

from core.docker.containers import list_containers
from core.docker.stats import StatsCollector
from tests.integration.helpers import create_container, envdock_json, wait_until

pytestmark = pytest.mark.timeout(300)

UNITS = {"B": 1, "KiB": 1024, "MiB": 1024**2, "GiB": 1024**3, "kB": 1000, "MB": 1000**2}


def _bytes(text: str) -> float:
    m = re.match(r"([\d.]+)\s*([A-Za-z]+)", text.strip())
    assert m, text
    return float(m.group(1)) * UNITS[m.group(2)]


@pytest.fixture
def ten(docker_client: Any) -> dict[str, str]:
    names = {}
    for i in range(8):
        names[f"idle{i}"] = create_container(docker_client, f"stats-idle{i}", ["sleep", "600"])
    names["burn"] = create_container(
        docker_client, "stats-burn", ["sh", "-c", "while :; do :; done"]
    )
    names["hold"] = create_container(
        docker_client,
        "stats-hold",
        ["sh", "-c", "dd if=/dev/zero of=/dev/shm/hold bs=1M count=64 2>/dev/null; sleep 600"],
        host_config=docker_client.create_host_config(shm_size="128m"),
    )
    for cid in names.values():
        docker_client.start(cid)
    time.sleep(2)  # let dd finish and the burner settle
    return names


def _cli_stats(env: dict[str, str]) -> dict[str, dict[str, str]]:
    out = subprocess.run(
        ["docker", "stats", "--no-stream", "--format", "{{json .}}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return {(row := json.loads(line))["Name"]: row for line in out.splitlines() if line.strip()}


@pytest.mark.parametrize("use_cgroups", [True, False], ids=["cgroup-files", "api-stream"])
def test_figures_agree_with_docker_stats(
    docker_client: Any, private_engine: Any, ten: dict[str, str], use_cgroups: bool
) -> None:
    threads_before = {t.name for t in threading.enumerate()}
    collector = StatsCollector(lambda: docker_client, use_cgroups=use_cgroups)
    collector.set_running(list_containers(docker_client))
    collector.start()
    try:
        assert wait_until(lambda: len(collector.latest) >= 10, 20), collector.latest.keys()
        time.sleep(2.5)  # a few samples
        ours = {s.name: s for s in collector.latest.values()}
        cli = _cli_stats(private_engine.env())
        for name in ("stats-burn", "stats-hold", "stats-idle0"):
            assert name in ours and name in cli
        assert {s.source for s in ours.values()} == {"cgroup" if use_cgroups else "api"}
        # memory: within 2 MiB of docker's figure for the 64 MiB holder
        cli_mem = _bytes(cli["stats-hold"]["MemUsage"].split("/")[0])
        assert cli_mem > 60 * 1024**2
        assert abs(ours["stats-hold"].mem_bytes - cli_mem) < 2 * 1024**2
        assert ours["stats-hold"].mem_limit == pytest.approx(
            _bytes(cli["stats-hold"]["MemUsage"].split("/")[1]), rel=0.01
        )
        # CPU: the burner near a full core in both (a noisy machine: 25 points of slack)
        cli_cpu = float(cli["stats-burn"]["CPUPerc"].rstrip("%"))
        assert cli_cpu > 50
        assert abs(ours["stats-burn"].cpu_percent - cli_cpu) < 25
        assert ours["stats-idle0"].cpu_percent < 5
        assert ours["stats-idle0"].pids == int(cli["stats-idle0"]["PIDs"])
        ring = collector.ring(ten["burn"])
        assert ring is not None and len(ring) >= 2

        # a container that stops leaves the stats and, in API mode, its thread ends
        docker_client.stop(ten["burn"], timeout=1)
        collector.update([c for c in list_containers(docker_client) if c.id == ten["burn"]])
        assert ten["burn"] not in collector.tracked_ids()
        assert ten["burn"] not in collector.latest
        assert not any(t.name == f"stats-{ten['burn'][:12]}" for t in threading.enumerate())
    finally:
        collector.stop()
    assert wait_until(
        lambda: {t.name for t in threading.enumerate()} <= threads_before | {"MainThread"}, 10
    )


def test_cli_stats_json(ten: dict[str, str], private_engine: Any) -> None:
    rows = envdock_json(["docker", "stats", "--json"], env=private_engine.env())
    by_name = {r["name"]: r for r in rows}
    assert {"stats-burn", "stats-hold"} <= set(by_name)
    for key in ("id", "name", "cpu_percent", "mem_bytes", "mem_limit", "net_rx", "net_tx"):
        assert key in by_name["stats-hold"]
    assert by_name["stats-hold"]["mem_bytes"] > 60 * 1024**2
    assert by_name["stats-burn"]["cpu_percent"] > 40


def test_cli_host_sample_json() -> None:
    data = envdock_json(["host", "sample", "--json"])
    assert 0 <= data["cpu_percent"] <= 100 and data["mem_total"] > 0
    assert data["gpu_status"] == "no NVIDIA GPU found" and data["gpus"] == []
