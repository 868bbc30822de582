"""Container stats of an engine over ssh come from its API, never from cgroup files here.

The test's "remote" engine runs on this machine, so its containers' cgroup files ARE
visible: ``use_cgroups=False`` (what the app chooses for every engine that is not behind a
local socket) must still read its API. Figures are checked against ``docker stats
--no-stream`` through the same ssh engine; a single reading asks with ``one-shot`` (API
1.41 here): two rounds of short calls over pooled connections, not a stream each."""

from __future__ import annotations

import json
import re
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest

from core.docker.containers import Container
from core.docker.contexts import EngineSpec
from core.docker.endpoint import Endpoint
from core.docker.engine import Engine
from core.docker.stats import StatsCollector, sample_once, supports_one_shot
from tests.integration.helpers import wait_until
from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.remote import SshServer

pytestmark = pytest.mark.timeout(300)
UNITS = {"B": 1, "KiB": 1024, "MiB": 1024**2, "GiB": 1024**3, "kB": 1000, "MB": 1000**2}
HOLD = "dd if=/dev/zero of=/dev/shm/hold bs=1M count=64 2>/dev/null; sleep 600"


def _bytes(text: str) -> float:
    m = re.match(r"([\d.]+)\s*([A-Za-z]+)", text.strip())
    assert m, text
    return float(m.group(1)) * UNITS[m.group(2)]


@pytest.fixture
def gpu1(ssh_remote: tuple[PrivateEngine, SshServer]) -> Iterator[Engine]:
    """The ssh engine, connected through its tunnel."""
    _remote, server = ssh_remote
    engine = Engine(env=server.env(), spec=EngineSpec("gpu1", Endpoint(server.url, "t"), "added"))
    engine.start()
    try:
        assert wait_until(lambda: engine.status.connected, 30), engine.status
        yield engine
    finally:
        engine.stop()


@pytest.fixture
def three(ssh_remote: tuple[PrivateEngine, SshServer]) -> Iterator[dict[str, str]]:
    """On the remote engine: an idle container, one burning CPU, one holding 64 MiB."""
    remote, _server = ssh_remote
    client = remote.client()
    commands = {
        "rstats-idle": ["sleep", "600"],
        "rstats-burn": ["sh", "-c", "while :; do :; done"],
        "rstats-hold": ["sh", "-c", HOLD],
    }
    ids: dict[str, str] = {}
    try:
        for name, command in commands.items():
            host_config = client.create_host_config(shm_size="128m")
            ids[name] = client.create_container(
                TEST_IMAGE, command, name=name, host_config=host_config
            )["Id"]
            client.start(ids[name])
        time.sleep(2)  # dd done, the burner settled
        yield ids
    finally:
        for cid in ids.values():
            client.remove_container(cid, force=True)
        client.close()


def _cli_stats(server: SshServer) -> dict[str, dict[str, str]]:
    env = server.env() | {"DOCKER_HOST": server.url}
    out = subprocess.run(
        ["docker", "stats", "--no-stream", "--format", "{{json .}}"],
        env=env, capture_output=True, text=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    return {(row := json.loads(line))["Name"]: row for line in out.splitlines() if line.strip()}


def _running(engine: Engine, ids: dict[str, str]) -> list[Container]:
    assert wait_until(lambda: all(engine.store.get(cid) for cid in ids.values()), 15)
    return [c for c in engine.store.snapshot() if c.id in ids.values()]


def _state(engine: Engine, cid: str) -> str:
    container = engine.store.get(cid)
    return container.state if container is not None else ""


def _streams() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("stats-")]


def test_ssh_engine_stats_come_from_its_api_and_match_docker_stats(
    gpu1: Engine, three: dict[str, str], ssh_remote: tuple[PrivateEngine, SshServer]
) -> None:
    _remote, server = ssh_remote
    threads_before = {t.name for t in threading.enumerate()}
    collector = StatsCollector(lambda: gpu1.client, use_cgroups=False)
    collector.set_running(_running(gpu1, three))
    collector.start()
    try:
        assert wait_until(lambda: len(collector.latest) >= 3, 20), collector.latest
        time.sleep(2.5)  # a few samples
        ours = {s.name: s for s in collector.latest.values()}
        cli = _cli_stats(server)
        # the cgroup files are right here, and still the API was asked
        assert {s.source for s in ours.values()} == {"api"}
        cli_mem = _bytes(cli["rstats-hold"]["MemUsage"].split("/")[0])
        assert cli_mem > 60 * 1024**2
        assert abs(ours["rstats-hold"].mem_bytes - cli_mem) < 2 * 1024**2
        assert ours["rstats-hold"].mem_limit == pytest.approx(
            _bytes(cli["rstats-hold"]["MemUsage"].split("/")[1]), rel=0.01
        )
        # CPU: on a shared machine the burner gets what it gets; both see the same
        cli_cpu = float(cli["rstats-burn"]["CPUPerc"].rstrip("%"))
        burn = ours["rstats-burn"].cpu_percent
        print(f"burner: ours {burn:.1f} % vs docker stats {cli_cpu:.1f} %")
        assert abs(burn - cli_cpu) < 25
        assert burn > ours["rstats-idle"].cpu_percent + 10
        assert ours["rstats-idle"].pids == int(cli["rstats-idle"]["PIDs"])
        ring = collector.ring(three["rstats-burn"])
        assert ring is not None and len(ring) >= 2

        # a container that stops leaves the stats, and its stream's thread ends
        assert gpu1.client is not None
        gpu1.client.stop(three["rstats-burn"], timeout=1)
        stopped = three["rstats-burn"]
        assert wait_until(
            lambda: (c := gpu1.store.get(stopped)) is not None and c.state != "running"
        )
        collector.update([c for c in gpu1.store.snapshot() if c.id == stopped])
        assert stopped not in collector.tracked_ids() and stopped not in collector.latest
        assert not any(t.name == f"stats-{stopped[:12]}" for t in threading.enumerate())

        # nobody looks: the streams close (cgroup figures would go on); then they reopen
        collector.request_pause(True)
        assert wait_until(lambda: not collector.latest, 10)
        assert wait_until(
            lambda: not any(t.name.startswith("stats-") for t in threading.enumerate()), 10
        )
        assert len(collector.tracked_ids()) == 2  # still tracked: their history stays
        collector.request_pause(False)
        assert wait_until(lambda: len(collector.latest) == 2, 20), collector.latest
    finally:
        collector.stop()
    assert wait_until(
        lambda: {t.name for t in threading.enumerate()} <= threads_before | {"MainThread"}, 10
    )


def test_a_single_reading_over_ssh_asks_one_shot(
    gpu1: Engine, three: dict[str, str], ssh_remote: tuple[PrivateEngine, SshServer]
) -> None:
    assert gpu1.client is not None
    assert supports_one_shot(gpu1.client)  # dockerd 20.10: API 1.41
    containers = _running(gpu1, three)
    t0 = time.monotonic()
    rows = sample_once(gpu1.client, containers, gap=0.5, use_cgroups=False)
    took = time.monotonic() - t0
    print(f"one-shot reading of {len(rows)} containers over ssh: {took:.2f} s")
    assert {r.name for r in rows} == set(three) and {r.source for r in rows} == {"api"}
    by_name = {r.name: r for r in rows}
    assert by_name["rstats-hold"].mem_bytes > 60 * 1024**2
    assert by_name["rstats-burn"].cpu_percent > by_name["rstats-idle"].cpu_percent + 10
    # the engine samples every container once a second and answers a one-shot call with
    # its next sample: two rounds are one to two seconds (and the connections' set-up over
    # ssh), whatever the number of containers; three plain stream=false calls one after
    # another would take six
    assert took < 4.0
