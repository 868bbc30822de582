"""A stack of two services deployed from a compose file with ``docker stack deploy`` on the
real swarm (dnsrr and host-mode publishing on an overlay network: these machines have no
IPVS), the options the swarm ignores listed, then removed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.compose.tool import run_env
from core.errors import SubprocessFailed, ValidationError
from core.jobs import Job, JobState
from core.swarm.stacks import StackResult, stack_deploy, stack_remove, stacks
from tests.integration.swarm_helpers import LiveState, converged, wait_for
from tests.support.engine import TEST_IMAGE
from tests.support.swarm import SwarmCluster

PORT = 18090
STACK_FILE = f"""\
version: "3.8"
services:
  api:
    image: {TEST_IMAGE}
    build: ./api              # the swarm builds nothing: ignored
    container_name: shop-api  # tasks are named by the swarm: ignored
    command: ["sleep", "100000"]
    stop_grace_period: 1s
    networks: [backend]
    deploy:
      replicas: 2
      endpoint_mode: dnsrr
  web:
    image: {TEST_IMAGE}
    command: ["httpd", "-f", "-p", "8080", "-h", "/etc"]
    stop_grace_period: 1s
    networks: [backend]
    ports:
      - target: 8080
        published: {PORT}
        protocol: tcp
        mode: host
    deploy:
      replicas: 1
      endpoint_mode: dnsrr
networks:
  backend:
    driver: overlay
"""


@pytest.fixture
def env(swarm: SwarmCluster) -> Iterator[dict[str, str]]:
    yield run_env({"DOCKER_HOST": swarm.manager.base_url})
    swarm.remove_services()


def _job(work: Callable[[Job], object]) -> Job:
    job = Job("stack", work)
    job.run()
    return job


def _reachable(netns: str, addr: str, port: int) -> bool:
    """A TCP connection to addr:port from inside a node's network namespace."""
    code = (
        "import socket, sys; socket.create_connection((sys.argv[1], int(sys.argv[2])), 3).close()"
    )
    proc = subprocess.run(
        ["nsenter", f"--net=/run/netns/{netns}", sys.executable, "-c", code, addr, str(port)],
        capture_output=True, timeout=20, check=False,
    )  # fmt: skip
    return proc.returncode == 0


def test_deploy_a_stack_then_remove_it(
    swarm: SwarmCluster, env: dict[str, str], tmp_path: Path
) -> None:
    compose = tmp_path / "stack.yml"
    compose.write_text(STACK_FILE)
    with LiveState(swarm.manager) as live:
        job = _job(lambda j: stack_deploy(j, "shop", compose, env))
        assert job.state is JobState.SUCCEEDED, (job.error, job.lines())
        result: StackResult = job.result
        assert {"build", "container_name"} <= set(result.ignored), result.output
        assert "Ignoring unsupported options: build" in result.ignored_lines
        assert any(ln.startswith("container_name: ") for ln in result.ignored_lines)
        assert any("stack deploy" in line for line in job.lines())  # the command is shown

        def deployed() -> bool:
            return {s.name for s in live.state.service_list()} >= {"shop_api", "shop_web"}

        assert wait_for(deployed, 20)
        by_name = {s.name: s for s in live.state.service_list()}
        api, web = by_name["shop_api"], by_name["shop_web"]
        assert (api.stack, web.stack) == ("shop", "shop")
        assert (api.endpoint_mode, web.endpoint_mode) == ("dnsrr", "dnsrr")
        assert [(p.target, p.published, p.mode) for p in web.ports] == [(8080, PORT, "host")]
        ((name, members),) = [(s.name, s.services) for s in stacks(live.state)]
        assert name == "shop" and [s.name for s in members] == ["shop_api", "shop_web"]
        assert wait_for(converged(live, api.id, 2), 60), live.state.tasks_of(api.id)
        assert wait_for(converged(live, web.id, 1), 60), live.state.tasks_of(web.id)
        # host-mode publishing answers on the node that runs the task, without IPVS
        (task,) = [t for t in live.state.tasks_of(web.id) if t.desired_state == "running"]
        node = next(n for n in swarm.nodes if n.hostname == task.node_hostname)
        assert wait_for(lambda: _reachable(node.netns or "", node.addr, PORT), 15)

        # deploying again updates the stack in place (no ignored option now)
        compose.write_text(
            STACK_FILE.replace("    build: ./api", "").replace("container_name: shop-api", "")
        )
        again = _job(lambda j: stack_deploy(j, "shop", compose, env))
        assert again.state is JobState.SUCCEEDED, again.error
        assert again.result.ignored == []

        removed = _job(lambda j: stack_remove(j, "shop", env))
        assert removed.state is JobState.SUCCEEDED, removed.error
        assert wait_for(lambda: not stacks(live.state), 20)
        assert not [s for s in live.state.service_list() if s.stack == "shop"]


def test_stack_refusals(env: dict[str, str], tmp_path: Path) -> None:
    bad_name = _job(lambda j: stack_deploy(j, "no good", tmp_path / "x.yml", env))
    assert isinstance(bad_name.error, ValidationError)
    missing = _job(lambda j: stack_deploy(j, "shop", tmp_path / "missing.yml", env))
    assert isinstance(missing.error, ValidationError) and "does not exist" in missing.error.message
    broken = tmp_path / "broken.yml"
    broken.write_text("services:\n  a:\n    image: [unclosed\n")
    failed = _job(lambda j: stack_deploy(j, "broken", broken, env))
    assert isinstance(failed.error, SubprocessFailed), failed.error
    assert "docker stack deploy broken failed" in failed.error.message
    no_docker = _job(lambda j: stack_deploy(j, "shop", broken, {**env, "PATH": str(tmp_path)}))
    assert isinstance(no_docker.error, ValidationError)
    assert "docker command is not installed" in no_docker.error.message
