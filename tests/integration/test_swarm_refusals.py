"""Bad input on the real swarm: what the core refuses before the engine, and how the
engine's own refusals read (message and hint)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.docker.api import DockerAPI
from core.errors import DockerError, ValidationError
from core.swarm import ops
from core.swarm.errors import NotManager
from core.swarm.ipvs import local_ipvs, published_port_warning
from core.swarm.ops import PortRequest, UpdatePolicy
from core.swarm.state import SwarmState
from tests.integration.swarm_helpers import LiveState, converged, sleeper, wait_for
from tests.support.swarm import SwarmCluster


@pytest.fixture
def api(swarm: SwarmCluster) -> Iterator[DockerAPI]:
    client = swarm.manager.client()
    try:
        yield client
    finally:
        swarm.remove_services()
        client.close()


def test_a_global_service_cannot_be_scaled(swarm: SwarmCluster, api: DockerAPI) -> None:
    sid = ops.service_create(api, sleeper("everywhere", mode="global"))
    with LiveState(swarm.manager) as live:
        assert wait_for(converged(live, sid, 3), 60), live.state.tasks_of(sid)
        service = live.state.services[sid]
        assert (service.mode, service.replicas_text) == ("global", "3/3")
        assert {t.node_hostname for t in live.state.tasks_of(sid)} == {"node1", "node2", "node3"}
        assert all(t.slot is None for t in live.state.tasks_of(sid))
    with pytest.raises(ValidationError) as info:
        ops.service_scale(api, sid, 5)
    assert "global" in info.value.message and "cannot be scaled" in info.value.message
    assert "placement constraints" in info.value.hint


def test_a_constraint_no_node_meets_leaves_the_task_pending_with_the_reason(
    swarm: SwarmCluster, api: DockerAPI
) -> None:
    req = sleeper("nowhere", constraints=("node.labels.gpu==yes",))
    sid = ops.service_create(api, req)
    with LiveState(swarm.manager) as live:

        def pending() -> bool:
            live.poll([sid])
            tasks = live.state.tasks_of(sid)
            return bool(tasks) and "no suitable node" in tasks[0].why

        assert wait_for(pending, 30), live.state.tasks_of(sid)
        (task,) = live.state.tasks_of(sid)
        assert task.state == "pending" and task.desired_state == "running"
        assert "scheduling constraints not satisfied" in task.why
        assert live.state.services[sid].replicas_text == "0/1"


def test_the_last_manager_cannot_be_removed_nor_demoted(
    swarm: SwarmCluster, api: DockerAPI
) -> None:
    manager = swarm.manager.node_id
    with pytest.raises(ValidationError) as refused:  # up: refused before the engine
        ops.node_remove(api, manager)
    assert "node1 is ready" in refused.value.message and "force" in refused.value.hint
    with pytest.raises(DockerError) as engine:  # forced: the engine says no, with a hint
        ops.node_remove(api, manager, force=True)
    assert "must be demoted to worker" in engine.value.message
    assert "last manager cannot be removed" in engine.value.hint
    with pytest.raises(DockerError) as demote:
        ops.node_update(api, manager, role="worker")
    assert "last manager" in demote.value.message
    assert "Promote another node" in demote.value.hint
    # a worker that is up is not removed either
    with pytest.raises(ValidationError):
        ops.node_remove(api, swarm.nodes[1].node_id)
    state = SwarmState()
    state.load(api)
    assert {n.hostname for n in state.node_list()} == {"node1", "node2", "node3"}
    assert state.nodes[manager].role == "manager"


def test_leaving_with_services_running_names_them(swarm: SwarmCluster, api: DockerAPI) -> None:
    ops.service_create(api, sleeper("billing", 2))
    ops.service_create(api, sleeper("search", 1))
    said = ops.leave_consequences(api)
    text = "\n".join(said)
    assert "last manager" in text and "3 nodes" in text
    assert "billing, search" in text
    with pytest.raises(DockerError) as info:  # not forced: the engine refuses
        ops.swarm_leave(api)
    assert "ends the swarm" in info.value.hint
    assert ops.swarm_info(api).is_manager
    # a worker's consequences: the tasks that run on it
    worker = swarm.nodes[1].client()
    try:
        on_worker = ops.leave_consequences(worker)
        assert all("last manager" not in line for line in on_worker)
    finally:
        worker.close()


def test_a_worker_is_told_where_the_managers_are(swarm: SwarmCluster) -> None:
    worker = swarm.nodes[2].client()
    try:
        with pytest.raises(NotManager) as info:
            SwarmState().load(worker)
        assert info.value.message == "This node is not a manager"
        assert info.value.managers == (f"{swarm.manager.addr}:2377",)
        assert f"{swarm.manager.addr}:2377" in info.value.hint
        with pytest.raises(NotManager):
            ops.service_create(worker, sleeper("from-worker"))
        assert not ops.swarm_info(worker).is_manager
    finally:
        worker.close()


def test_requests_refused_before_the_engine(swarm: SwarmCluster, api: DockerAPI) -> None:
    bad = [
        sleeper("bad name"),
        sleeper("x", image=" "),
        sleeper("x", endpoint_mode="dnsrr", ports=(PortRequest(80, 8080, mode="ingress"),)),
        sleeper("x", ports=(PortRequest(70000),)),
        sleeper("x", constraints=("node.role worker",)),
        sleeper("x", update=UpdatePolicy(failure_action="explode")),
        sleeper("x", env={"A=B": "c"}),
    ]
    for req in bad:
        with pytest.raises(ValidationError):
            ops.service_create(api, req)
    with pytest.raises(ValidationError) as missing:
        ops.service_create(api, sleeper("x", secrets=(ops.FileRef("no-such-secret"),)))
    assert "no-such-secret" in missing.value.message
    with pytest.raises(ValidationError):
        ops.swarm_join(api, "10.231.0.11", "not-a-token")
    with pytest.raises(ValidationError):
        ops.node_update(api, swarm.nodes[1].node_id, availability="sleep")
    sid = ops.service_create(api, sleeper("once"))
    with pytest.raises(ValidationError) as never:  # never updated: nothing to roll back to
        ops.service_rollback(api, sid)
    assert "no previous version" in never.value.message
    with pytest.raises(DockerError) as taken:  # the engine's refusal, with a hint
        ops.service_create(api, sleeper("once"))
    assert "already exists" in taken.value.message and "another name" in taken.value.hint


def test_ingress_publishing_is_flagged_without_ipvs(swarm: SwarmCluster, api: DockerAPI) -> None:
    """The engine takes and runs a service published through the ingress network on a
    kernel without IPVS, and nothing in the API says it will not answer: the warning
    comes from what is known of the kernel (this machine's, the engines' here)."""
    ingress = ops.service_create(api, sleeper("public", ports=(PortRequest(80, 18081),)))
    local = ops.service_create(
        api,
        sleeper("local", endpoint_mode="dnsrr", ports=(PortRequest(80, 18082, mode="host"),)),
    )
    state = SwarmState()
    state.load(api)
    info = api.info()
    ipvs = local_ipvs()
    assert ipvs is False  # these machines' kernel: no IPVS, no modules
    warning = published_port_warning(state.services[ingress], info, ipvs)
    assert "no IPVS" in warning and "host mode" in warning and info["KernelVersion"] in warning
    assert published_port_warning(state.services[local], info, ipvs) == ""
    unknown = published_port_warning(state.services[ingress], info, None)
    assert "need IPVS" in unknown
    assert str(state.services[ingress].ports[0]) == "*:18081->80/tcp"
    assert str(state.services[local].ports[0]) == "*:18082->80/tcp (host)"
