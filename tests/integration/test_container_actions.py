"""Container actions against the private engine: every action and its final state."""

from __future__ import annotations

from typing import Any

import pytest

from core.docker.actions import ActionRequest, rename, run_action
from core.docker.run_spec import build_spec, run_container
from core.errors import DockerError
from core.jobs import Job, JobState
from tests.integration.helpers import create_container
from tests.support.engine import TEST_IMAGE


def state(client: Any, cid: str) -> str:
    return str(client.inspect_container(cid)["State"]["Status"])


def act(client: Any, action: str, ids: list[str], **kw: Any) -> Job:
    job = Job(action, lambda j: run_action(j, client, ActionRequest(action, tuple(ids), **kw)))
    job.run()
    return job


def test_every_action(docker_client: Any) -> None:
    c = docker_client
    ids = [create_container(c, f"act-{i}") for i in range(3)]
    assert act(c, "start", ids).state is JobState.SUCCEEDED
    assert {state(c, i) for i in ids} == {"running"}
    assert act(c, "pause", ids[:1]).state is JobState.SUCCEEDED and state(c, ids[0]) == "paused"
    assert act(c, "unpause", ids[:1]).state is JobState.SUCCEEDED
    assert state(c, ids[0]) == "running"
    assert act(c, "restart", ids[:1], timeout=1).state is JobState.SUCCEEDED
    assert state(c, ids[0]) == "running"
    assert act(c, "kill", ids[1:2], signal="SIGKILL").state is JobState.SUCCEEDED
    assert state(c, ids[1]) == "exited"
    assert act(c, "stop", ids, timeout=1).state is JobState.SUCCEEDED
    assert {state(c, i) for i in ids} == {"exited"}
    job = Job("r", lambda j: rename(j, c, ids[0], "act-renamed"))
    job.run()
    assert c.inspect_container(ids[0])["Name"] == "/act-renamed"
    assert act(c, "remove", ids, remove_volumes=True).state is JobState.SUCCEEDED
    assert not c.containers(all=True, filters={"name": "act-"})


def test_remove_running_needs_force_and_failures_are_per_container(docker_client: Any) -> None:
    c = docker_client
    running = create_container(c, "rm-running")
    stopped = create_container(c, "rm-stopped")
    c.start(running)
    job = act(c, "remove", [running, stopped])
    assert job.state is JobState.FAILED and job.error is not None
    assert "1 done, 1 failed" in job.error.message
    failed = [line for line in job.lines() if "FAILED" in line]
    assert len(failed) == 1 and running[:12] in failed[0] and "running container" in failed[0]
    assert act(c, "remove", [running], force=True).state is JobState.SUCCEEDED


def test_run_container_from_spec(docker_client: Any) -> None:
    c = docker_client
    spec = build_spec(
        TEST_IMAGE,
        name="run-web",
        command="httpd -f -p 80",
        ports=["127.0.0.1::80"],
        env=["MODE=test", "API_TOKEN=s3cr3t"],
        labels=["app.tier=web"],
        restart="unless-stopped",
        memory="64m",
        cpus="0.5",
    )
    cid = run_container(c, spec)
    c.envdock_created.append(cid)
    info = c.inspect_container(cid)
    assert info["State"]["Running"]
    assert "MODE=test" in info["Config"]["Env"]
    assert info["Config"]["Labels"]["app.tier"] == "web"
    assert info["HostConfig"]["RestartPolicy"]["Name"] == "unless-stopped"
    assert info["HostConfig"]["Memory"] == 64 * 1024 * 1024
    assert info["HostConfig"]["NanoCpus"] == 500_000_000
    bindings = info["NetworkSettings"]["Ports"]["80/tcp"]
    assert bindings[0]["HostIp"] == "127.0.0.1" and bindings[0]["HostPort"]


def test_run_with_a_missing_image_is_clear(docker_client: Any) -> None:
    with pytest.raises(DockerError) as info:
        run_container(docker_client, build_spec("envdock-test/no-such-image:1"))
    assert "no-such-image" in info.value.message


def test_run_a_command_missing_from_the_image(docker_client: Any) -> None:
    before = {c["Id"] for c in docker_client.containers(all=True)}
    with pytest.raises(DockerError) as info:
        run_container(docker_client, build_spec(TEST_IMAGE, name="no-cmd", command="nosuchcmd"))
    assert "nosuchcmd" in info.value.message
    assert {c["Id"] for c in docker_client.containers(all=True)} == before  # nothing left


def test_create_without_starting(docker_client: Any) -> None:
    cid = run_container(docker_client, build_spec(TEST_IMAGE, name="created-only"), start=False)
    docker_client.envdock_created.append(cid)
    assert state(docker_client, cid) == "created"
