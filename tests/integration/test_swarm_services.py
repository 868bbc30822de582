"""A replicated service on the real three-node swarm, as EnvDock's core sees it: spread,
the task view against ``docker service ps``, scale, drain, a rolling update seen task by
task, rollback, and a node whose engine dies and comes back.

The tests of this module share one service (``web``, 6 replicas) and run in order."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

import pytest

from core.swarm import ops
from core.swarm.model import Service, Task, short_image
from core.swarm.ops import UpdatePolicy
from tests.integration.swarm_helpers import (
    LiveState,
    converged,
    docker_json_lines,
    iso_seconds,
    running_on,
    sleeper,
    wait_for,
)
from tests.support.engine import TEST_IMAGE
from tests.support.swarm import SwarmCluster

SECOND_IMAGE = "envdock-test/busybox:second"


@pytest.fixture(scope="module")
def live(swarm: SwarmCluster) -> Iterator[LiveState]:
    with LiveState(swarm.manager) as live:
        yield live


@pytest.fixture(scope="module")
def web(swarm: SwarmCluster, live: LiveState) -> Iterator[str]:
    api = swarm.manager.client()
    sid = ops.service_create(api, sleeper("web", 6, update=UpdatePolicy(parallelism=1)))
    try:
        assert wait_for(converged(live, sid, 6), 60), live.state.tasks_of(sid)
        yield sid
    finally:
        swarm.remove_services()
        api.close()


def _cli_tasks(swarm: SwarmCluster, service: str) -> set[tuple[str, str, str, str, str]]:
    rows = docker_json_lines(swarm.manager, "service", "ps", "--no-trunc", service)
    return {
        (
            r["ID"],
            r["Name"].replace("\\_", "").strip(),
            r["Node"],
            r["DesiredState"].lower(),
            r["CurrentState"].split(" ", 1)[0].lower(),
        )
        for r in rows
    }


def _ours(tasks: list[Task]) -> set[tuple[str, str, str, str, str]]:
    return {(t.id, t.name, t.node_hostname, t.desired_state, t.state) for t in tasks}


def test_six_replicas_spread_and_the_task_view_is_docker_service_ps(
    swarm: SwarmCluster, live: LiveState, web: str
) -> None:
    assert running_on(live.state, web) == {"node1": 2, "node2": 2, "node3": 2}
    service = live.state.services[web]
    assert (service.name, service.mode, service.replicas_desired) == ("web", "replicated", 6)
    assert service.replicas_running == 6
    assert short_image(service.image) == TEST_IMAGE
    ours = _ours(live.state.tasks_of(web))
    assert ours == _cli_tasks(swarm, "web")
    ls = {r["Name"]: r for r in docker_json_lines(swarm.manager, "service", "ls")}
    assert ls["web"]["Replicas"] == service.replicas_text == "6/6"
    # the nodes as `docker node ls` shows them
    nodes = {n.hostname: n for n in live.state.node_list()}
    cli_nodes = {r["Hostname"]: r for r in docker_json_lines(swarm.manager, "node", "ls")}
    assert set(nodes) == set(cli_nodes) == {"node1", "node2", "node3"}
    for name, row in cli_nodes.items():
        assert nodes[name].status == row["Status"].lower()
        assert nodes[name].availability == row["Availability"].lower()
        assert nodes[name].manager_status == row["ManagerStatus"].lower()
    assert nodes["node1"].leader and nodes["node1"].addr == swarm.manager.addr


def test_scale_to_nine_and_back(swarm: SwarmCluster, live: LiveState, web: str) -> None:
    api = swarm.manager.client()
    try:
        ops.service_scale(api, web, 9)
        assert wait_for(converged(live, web, 9), 60), live.state.tasks_of(web)
        assert running_on(live.state, web) == {"node1": 3, "node2": 3, "node3": 3}
        # the event said the service changed: its spec now wants 9
        assert wait_for(lambda: live.state.services[web].replicas_desired == 9, 10)
        assert live.state.services[web].replicas_text == "9/9"
        ops.service_scale(api, web, 6)
        assert wait_for(converged(live, web, 6), 60), live.state.tasks_of(web)
        assert sum(running_on(live.state, web).values()) == 6
        assert _ours(live.state.tasks_of(web)) == _cli_tasks(swarm, "web")
    finally:
        api.close()


def test_drain_node3_moves_its_tasks_then_activate(
    swarm: SwarmCluster, live: LiveState, web: str
) -> None:
    node3 = swarm.nodes[2]
    api = swarm.manager.client()
    try:
        ops.node_update(api, node3.node_id, availability="drain")
        # the node event reaches the state by itself
        assert wait_for(lambda: live.state.nodes[node3.node_id].availability == "drain", 10)
        assert wait_for(converged(live, web, 6), 60), live.state.tasks_of(web)
        spread = running_on(live.state, web)
        assert "node3" not in spread and sum(spread.values()) == 6, spread
        moved = [t for t in live.state.tasks_of(web) if t.node_hostname == "node3"]
        assert moved and all(t.desired_state == "shutdown" for t in moved), moved
        ops.node_update(api, node3.node_id, availability="active", add_labels={"zone": "c"})
        assert wait_for(lambda: live.state.nodes[node3.node_id].availability == "active", 10)
        assert live.state.nodes[node3.node_id].labels == {"zone": "c"}
        ops.node_update(api, node3.node_id, remove_labels=("zone",))
        assert wait_for(lambda: not live.state.nodes[node3.node_id].labels, 10)
        # spread again over the three nodes, for the tests that follow
        ops.service_update(api, web, force=True)
        assert wait_for(
            lambda: converged(live, web, 6)() and len(running_on(live.state, web)) == 3, 90
        ), live.state.tasks_of(web)
    finally:
        api.close()


def _slots(tasks: list[Task]) -> dict[int, Task]:
    """Each slot's current task (the one the engine wants running)."""
    return {t.slot: t for t in tasks if t.slot is not None and t.desired_state == "running"}


def _watch_update(live: LiveState, sid: str, image: str, done_state: str) -> list[dict[int, Task]]:
    """Poll the service's tasks (4 times a second) until every slot runs ``image`` and the
    update state is ``done_state``: the snapshots seen."""
    snapshots: list[dict[int, Task]] = []

    def done() -> bool:
        live.poll([sid])
        slots = _slots(live.state.tasks_of(sid))
        snapshots.append(slots)
        return (
            len(slots) == 6
            and all(t.state == "running" and short_image(t.image) == image for t in slots.values())
            and live.state.services[sid].update_state == done_state
        )

    assert wait_for(done, 100, interval=0.25), (live.state.services[sid], snapshots[-1:])
    return snapshots


def test_rolling_update_replaces_tasks_one_at_a_time(
    swarm: SwarmCluster, live: LiveState, web: str
) -> None:
    swarm.tag_image(SECOND_IMAGE)
    before = {t.id: t for t in _slots(live.state.tasks_of(web)).values()}
    assert len(before) == 6
    mark = len(live.changes)
    api = swarm.manager.client()
    try:
        ops.service_update(api, web, image=SECOND_IMAGE, update_policy=UpdatePolicy(parallelism=1))
        snapshots = _watch_update(live, web, SECOND_IMAGE, "completed")
    finally:
        api.close()
    # at every moment seen, at most one slot was without a running task
    for slots in snapshots:
        running = [t for t in slots.values() if t.state == "running"]
        assert len(running) >= 5, slots
    # the engine's own times, as the state holds them: each slot's old task stopped only
    # after the previous slot's new task was running
    tasks = {t.id: t for t in live.state.tasks_of(web)}
    new = sorted(_slots(list(tasks.values())).values(), key=lambda t: iso_seconds(t.started))
    assert [short_image(t.image) for t in new] == [SECOND_IMAGE] * 6
    old_by_slot = {t.slot: tasks[t.id] for t in before.values() if t.id in tasks}
    assert len(old_by_slot) == 6
    for previous, task in itertools.pairwise(new):
        old = old_by_slot[task.slot]
        assert old.state == "shutdown", old
        assert iso_seconds(old.started) >= iso_seconds(previous.started), (previous, old)
    # the service's update went through the states the events told
    states = [
        c.item.update_state
        for _, c in live.changes_since(mark)
        if isinstance(c.item, Service) and c.item.id == web
    ]
    assert "updating" in states and states[-1] == "completed", states
    # the task changes arrived one by one: each new task seen pending/starting before running
    seen_new = {
        c.item.id
        for _, c in live.changes_since(mark)
        if c.kind == "task" and isinstance(c.item, Task) and c.item.image.startswith(SECOND_IMAGE)
    }
    assert {t.id for t in new} <= seen_new


def test_rollback(swarm: SwarmCluster, live: LiveState, web: str) -> None:
    api = swarm.manager.client()
    try:
        ops.service_rollback(api, web)
        _watch_update(live, web, TEST_IMAGE, "rollback_completed")
    finally:
        api.close()


def test_a_node_that_dies_goes_down_and_comes_back(
    swarm: SwarmCluster, live: LiveState, web: str
) -> None:
    node3 = swarm.nodes[2]
    assert live.state.nodes[node3.node_id].status == "ready"
    killed = time.monotonic()
    swarm.kill(2)
    try:
        # only the engine's node event tells the state (no re-read here)
        assert wait_for(lambda: live.state.nodes[node3.node_id].status == "down", 40)
        down_after = time.monotonic() - killed
        assert down_after < 30, down_after

        # its tasks are started elsewhere
        def moved() -> bool:
            live.poll([web])
            current = [t for t in live.state.tasks_of(web) if t.desired_state == "running"]
            return len(current) == 6 and all(
                t.state == "running" and t.node_hostname != "node3" for t in current
            )

        assert wait_for(moved, 60), live.state.tasks_of(web)
    finally:
        started = time.monotonic()
        swarm.start(2)
    assert wait_for(lambda: live.state.nodes[node3.node_id].status == "ready", 40)
    print(f"node3 down {down_after:.1f} s after its engine died, ready "
          f"{time.monotonic() - started:.1f} s after it started")  # fmt: skip
