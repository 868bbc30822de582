"""The swarm core without an engine: objects from API replies of any shape, the cache's
changes, requests checked and turned into specs, texts parsed (engine errors, stack
output, service log lines), the IPVS warning."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, cast

import pytest
import requests
from docker.errors import APIError

from core.docker.api import DockerAPI
from core.errors import DockerError, ValidationError
from core.swarm.errors import NotInSwarm, NotManager, engine_text, swarm_error
from core.swarm.ipvs import local_ipvs, needs_ipvs, published_port_warning
from core.swarm.logs import parse_line
from core.swarm.model import Node, PublishedPort, Service, SwarmInfo, SwarmObject, Task
from core.swarm.ops import (
    FileRef,
    JoinInfo,
    MountRequest,
    PortRequest,
    Resources,
    ServiceRequest,
    UpdatePolicy,
    parse_candidates,
    service_spec,
    validate_request,
)
from core.swarm.rows import node_rows, service_rows, task_rows
from core.swarm.stacks import parse_ignored, stacks
from core.swarm.state import SwarmState, event_time


def _node(
    nid: str, host: str, state: str = "ready", version: int = 1, **spec: Any
) -> dict[str, Any]:
    return {
        "ID": nid,
        "Version": {"Index": version},
        "Spec": {"Role": "worker", "Availability": "active", **spec},
        "Description": {"Hostname": host, "Engine": {"EngineVersion": "20.10"}},
        "Status": {"State": state, "Addr": "10.0.0.1"},
    }


def _service(sid: str, name: str, replicas: int | None = 2, version: int = 1) -> dict[str, Any]:
    mode = {"Replicated": {"Replicas": replicas}} if replicas is not None else {"Global": {}}
    return {
        "ID": sid,
        "Version": {"Index": version},
        "Spec": {"Name": name, "Mode": mode, "TaskTemplate": {"ContainerSpec": {"Image": "b:1"}}},
    }


def _task(tid: str, sid: str, node: str, *, state: str = "running", desired: str = "running",
          slot: int | None = 1, version: int = 1) -> dict[str, Any]:  # fmt: skip
    return {
        "ID": tid,
        "Version": {"Index": version},
        "ServiceID": sid,
        "NodeID": node,
        "Slot": slot,
        "DesiredState": desired,
        "Status": {"State": state, "Timestamp": "2026-01-01T00:00:01.5Z"},
        "Spec": {"ContainerSpec": {"Image": "b:1@sha256:abc"}},
    }


# -- objects from replies ------------------------------------------------------------------
def test_every_object_takes_an_empty_reply() -> None:
    node = Node.from_api({})
    assert (node.status, node.manager_status, node.labels) == ("unknown", "", {})
    service = Service.from_api({})
    assert (service.mode, service.replicas_desired, service.ports) == ("replicated", 1, ())
    assert Task.from_api({}).slot is None
    assert SwarmObject.from_api({}, "secret").kind == "secret"
    info = SwarmInfo.from_api({})
    assert (info.local_state, info.active, info.remote_managers) == ("inactive", False, ())
    # nulls where objects should be (engines send them)
    assert Node.from_api({"Spec": None, "Description": None, "ManagerStatus": None}).role == ""
    assert Service.from_api({"Spec": {"Labels": None, "Mode": None}, "Endpoint": None}).labels == {}
    assert SwarmInfo.from_api({"Swarm": {"RemoteManagers": None}}).remote_managers == ()


def test_node_manager_status_and_address() -> None:
    data = _node("n1", "one")
    data["Spec"]["Role"] = "manager"
    data["Status"]["Addr"] = "0.0.0.0"
    data["ManagerStatus"] = {"Leader": True, "Reachability": "reachable", "Addr": "10.1.2.3:2377"}
    node = Node.from_api(data)
    assert node.leader and node.manager_status == "leader" and node.addr == "10.1.2.3"
    data["ManagerStatus"] = {"Reachability": "unreachable"}
    assert Node.from_api(data).manager_status == "unreachable"


def test_service_modes_ports_and_stack() -> None:
    data = _service("s", "shop_web", 3)
    data["Spec"]["Labels"] = {"com.docker.stack.namespace": "shop"}
    data["Spec"]["EndpointSpec"] = {"Mode": "dnsrr"}
    data["Endpoint"] = {"Ports": [{"TargetPort": 80, "PublishedPort": 8080, "PublishMode": "host"}]}
    data["UpdateStatus"] = {"State": "updating", "Message": "update in progress"}
    service = Service.from_api(data, running=2)
    assert (service.stack, service.endpoint_mode, service.replicas_text) == ("shop", "dnsrr", "2/3")
    assert service.ports == (PublishedPort(80, 8080, "tcp", "host"),)
    assert service.ports_text == "*:8080->80/tcp (host)"
    assert service.update_state == "updating"
    glob = Service.from_api(_service("g", "g", None), running=3, desired_global=3)
    assert (glob.mode, glob.replicas_text, glob.is_global) == ("global", "3/3", True)
    job = {"Spec": {"Mode": {"ReplicatedJob": {"TotalCompletions": 4}}}}
    assert Service.from_api(job).replicas_desired == 4


def test_task_names_and_why() -> None:
    task = Task.from_api(_task("t", "s", "n"), {"s": "web"}, {"n": "node1"})
    assert (task.name, task.node_hostname, task.image) == ("web.1", "node1", "b:1@sha256:abc")
    pending = _task("p", "s", "", state="pending", slot=None)
    pending["Status"]["Message"] = "pending task scheduling"
    pending["Status"]["Err"] = "no suitable node (scheduling constraints not satisfied on 3 nodes)"
    assert Task.from_api(pending, {"s": "web"}).why.startswith("no suitable node")
    assert Task.from_api(pending, {"s": "web"}).name == "web.p"  # not on a node yet


# -- the cache -------------------------------------------------------------------------------
def _state() -> SwarmState:
    state = SwarmState()
    for data in (_node("n1", "node1"), _node("n2", "node2")):
        state.upsert("node", data)
    state.upsert("service", _service("s", "web", 2))
    state.replace_tasks(["s"], [_task("t1", "s", "n1"), _task("t2", "s", "n2", slot=2)])
    return state


def test_changes_only_when_something_differs() -> None:
    state = _state()
    assert state.services["s"].replicas_text == "2/2"
    assert state.upsert("service", _service("s", "web", 2)) == []  # same version: no change
    assert (
        state.replace_tasks(["s"], [_task("t1", "s", "n1"), _task("t2", "s", "n2", slot=2)]) == []
    )
    changes = state.replace_tasks(
        ["s"], [_task("t1", "s", "n1"), _task("t2", "s", "n2", slot=2, state="failed", version=2)]
    )
    kinds = [(c.kind, c.action) for c in changes]
    assert kinds == [("task", "changed"), ("service", "changed")]
    assert state.services["s"].replicas_text == "1/2"


def test_a_node_going_down_recounts_its_services_and_removes_drop_tasks() -> None:
    state = _state()
    changes = state.upsert("node", _node("n2", "node2", state="down", version=2))
    assert [(c.kind, c.action) for c in changes] == [("node", "changed"), ("service", "changed")]
    assert state.services["s"].replicas_text == "1/2"
    gone = state.replace_tasks(["s"], [_task("t1", "s", "n1")])
    assert ("task", "removed") in [(c.kind, c.action) for c in gone]
    dropped = state.drop("service", "s")
    assert [(c.kind, c.action) for c in dropped] == [("service", "removed"), ("task", "removed")]
    assert not state.tasks and state.tasks_of("s") == []
    assert state.drop("node", "nope") == []


def test_events_without_a_read() -> None:
    state = _state()
    event = {"Type": "service", "Action": "remove", "Actor": {"ID": "s"}, "timeNano": 2_000_000_000}
    no_api = cast(DockerAPI, None)  # neither needs a read
    assert [c.action for c in state.apply_event(no_api, event)] == ["removed"] * 3
    assert state.apply_event(no_api, {"Type": "container", "Action": "start"}) == []
    assert event_time(event) == 2.0 and event_time({}) == pytest.approx(time.time(), abs=5)


def test_tasks_in_docker_service_ps_order_and_rows() -> None:
    state = _state()
    old = _task("t0", "s", "n1", state="shutdown", desired="shutdown")
    old["Status"]["Timestamp"] = "2026-01-01T00:00:00Z"
    state.replace_tasks(["s"], [old, _task("t1", "s", "n1"), _task("t2", "s", "n2", slot=2)])
    assert [t.id for t in state.tasks_of("s")] == ["t1", "t0", "t2"]
    (row,) = service_rows(state)
    assert row.cells[:4] == ("web", "replicated", "2/2", "b:1") and not row.short
    assert [r.cells[0] for r in node_rows(state)] == ["node1", "node2"]
    rows = task_rows(state, "s")
    assert rows[0].cells[:3] == ("web.1", "b:1", "node1")


def test_stacks_from_labels() -> None:
    state = SwarmState()
    for sid, name, stack in (("a", "shop_web", "shop"), ("b", "shop_db", "shop"), ("c", "x", "")):
        data = _service(sid, name)
        if stack:
            data["Spec"]["Labels"] = {"com.docker.stack.namespace": stack}
        state.upsert("service", data)
    ((name, services),) = [(s.name, s.services) for s in stacks(state)]
    assert name == "shop" and [s.name for s in services] == ["shop_db", "shop_web"]


# -- requests ------------------------------------------------------------------------------
def test_a_full_request_becomes_the_engines_spec() -> None:
    req = ServiceRequest(
        name="api",
        image="busybox:1",
        command=("/bin/sh",),
        args=("-c", "sleep 1"),
        env={"A": "1"},
        ports=(PortRequest(80, 8080), PortRequest(53, None, "udp", "host")),
        mounts=(MountRequest("/data", "vol"), MountRequest("/tmp", type="tmpfs")),
        networks=("backend",),
        replicas=3,
        constraints=("node.role==worker",),
        preferences=("node.labels.zone",),
        update=UpdatePolicy(
            parallelism=2, delay=1.5, failure_action="rollback", order="start-first"
        ),
        rollback=UpdatePolicy(),
        resources=Resources(cpu_limit=0.5, memory_limit=64 << 20, memory_reservation=32 << 20),
        secrets=(FileRef("pw"),),
        configs=(FileRef("conf", "/etc/app.conf"),),
        labels={"team": "a"},
        endpoint_mode="vip",
        restart_condition="on-failure",
        restart_max_attempts=3,
        stop_grace_period=1,
    )
    validate_request(req)
    spec = service_spec(req, {"pw": "sid"}, {"conf": "cid"})
    json.dumps(spec)  # what is posted
    container = spec["TaskTemplate"]["ContainerSpec"]
    assert container["Command"] == ["/bin/sh"] and container["Args"] == ["-c", "sleep 1"]
    assert container["Env"] == ["A=1"] and container["StopGracePeriod"] == 1_000_000_000
    assert container["Secrets"][0]["SecretID"] == "sid"
    assert container["Secrets"][0]["File"]["Name"] == "pw"
    assert container["Configs"][0]["File"]["Name"] == "/etc/app.conf"
    assert container["Mounts"][1] == {"Type": "tmpfs", "Target": "/tmp", "ReadOnly": False}
    template = spec["TaskTemplate"]
    assert template["Placement"] == {
        "Constraints": ["node.role==worker"],
        "Preferences": [{"Spread": {"SpreadDescriptor": "node.labels.zone"}}],
    }
    assert template["Resources"]["Limits"] == {"NanoCPUs": 500_000_000, "MemoryBytes": 64 << 20}
    assert template["RestartPolicy"] == {"Condition": "on-failure", "MaxAttempts": 3}
    assert spec["Mode"] == {"Replicated": {"Replicas": 3}}
    assert spec["UpdateConfig"]["Delay"] == 1_500_000_000
    assert spec["EndpointSpec"]["Ports"][1] == {
        "Protocol": "udp",
        "TargetPort": 53,
        "PublishMode": "host",
    }
    glob = service_spec(ServiceRequest("g", "b", mode="global"))
    assert glob["Mode"] == {"Global": {}}


@pytest.mark.parametrize(
    "change",
    [
        {"name": "-bad"},
        {"name": "a" * 64},
        {"image": ""},
        {"mode": "daemon"},
        {"replicas": -1},
        {"endpoint_mode": "dnsrr", "ports": (PortRequest(80),)},
        {"ports": (PortRequest(80, 99999),)},
        {"mounts": (MountRequest("relative"),)},
        {"mounts": (MountRequest("/x", "rel", "bind"),)},
        {"restart_condition": "always"},
        {"constraints": ("node.role",)},
        {"labels": {"": "x"}},
    ],
)
def test_bad_requests_are_refused(change: dict[str, Any]) -> None:
    base = {"name": "ok", "image": "busybox"}
    with pytest.raises(ValidationError):
        validate_request(ServiceRequest(**{**base, **change}))


def test_join_command() -> None:
    join = JoinInfo("SWMTKN-1-w", "SWMTKN-1-m", "10.0.0.1:2377")
    assert join.join_command() == "docker swarm join --token SWMTKN-1-w 10.0.0.1:2377"
    assert join.join_command("manager") == "docker swarm join --token SWMTKN-1-m 10.0.0.1:2377"


# -- texts -----------------------------------------------------------------------------------
def _api_error(status: int, message: str) -> APIError:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps({"message": message}).encode()
    return APIError(requests.HTTPError(response=response), response=response, explanation=message)


def test_engine_errors_read_as_messages_with_hints() -> None:
    err = swarm_error(
        _api_error(400, "rpc error: code = FailedPrecondition desc = node x is not down and "
                        "can't be removed"), "remove node x")  # fmt: skip
    assert err.message == "remove node x: node x is not down and can't be removed"
    assert "force" in err.hint
    worker = swarm_error(
        _api_error(503, "This node is not a swarm manager. Worker nodes can't be used to view "
                        "or modify cluster state."), "list")  # fmt: skip
    assert isinstance(worker, NotManager) and worker.message == "This node is not a manager"
    alone = swarm_error(_api_error(503, "This node is not a swarm manager. Use \"docker swarm "
                                        "init\" or \"docker swarm join\""), "list")  # fmt: skip
    assert isinstance(alone, NotInSwarm)
    assert engine_text(_api_error(500, "plain")) == "plain"
    assert isinstance(swarm_error(DockerError("x"), "y"), DockerError)


def test_advertise_candidates_are_parsed() -> None:
    text = (
        "could not choose an IP address to advertise since this system has multiple "
        "addresses on different interfaces (10.78.0.2 on d1 and 10.77.0.2 on eth0.5)"
    )
    assert parse_candidates(text) == (("10.78.0.2", "d1"), ("10.77.0.2", "eth0.5"))
    assert parse_candidates("(fd00::2 on eth0 and 10.0.0.2 on eth1)")[0] == ("fd00::2", "eth0")


def test_stack_output_is_parsed() -> None:
    lines = [
        "Ignoring unsupported options: build, restart",
        "",
        "Ignoring deprecated options:",
        "",
        "container_name: Setting the container name is not supported.",
        "expose: Exposing ports is unnecessary - services on the same network can access each "
        "other's containers on any port.",
        "",
        "Creating network shop_default",
        "Creating service shop_web",
    ]
    names, said = parse_ignored(lines)
    assert names == ["build", "restart", "container_name", "expose"]
    assert said[0] == lines[0] and said[-1].startswith("expose:") and len(said) == 4


def test_service_log_lines_are_parsed() -> None:
    line = (b"2026-12-02T08:40:48.418986284Z com.docker.swarm.node.id=n1,"
            b"com.docker.swarm.service.id=s1,com.docker.swarm.task.id=t1 hello world")  # fmt: skip
    ts, attrs, text = parse_line(line)
    assert ts == b"2026-12-02T08:40:48.418986284Z" and text == b"hello world"
    assert attrs["com.docker.swarm.task.id"] == "t1"
    assert parse_line(b"2026-12-02T08:40:48Z  no details") == (
        b"2026-12-02T08:40:48Z",
        {},
        b"no details",
    )
    assert parse_line(b"2026-12-02T08:40:48Z a=b c")[2] == b"c"


def test_ipvs_warning(tmp_path: Path) -> None:
    ingress = Service.from_api(
        {"Spec": {"Name": "w"}, "Endpoint": {"Ports": [{"TargetPort": 80, "PublishedPort": 80}]}}
    )
    host = Service.from_api(
        {"Spec": {"Name": "h"},
         "Endpoint": {"Ports": [{"TargetPort": 80, "PublishedPort": 80, "PublishMode": "host"}]}}
    )  # fmt: skip
    assert needs_ipvs(ingress) and not needs_ipvs(host)
    assert published_port_warning(ingress, {"KernelVersion": "6.1"}, ipvs=True) == ""
    assert "(6.1) has no IPVS" in published_port_warning(ingress, {"KernelVersion": "6.1"}, False)
    assert "need IPVS" in published_port_warning(ingress)
    assert published_port_warning(host, ipvs=False) == ""
    proc = tmp_path / "proc"
    (proc / "net").mkdir(parents=True)
    assert local_ipvs(proc, tmp_path / "modules") is False  # no module support
    (proc / "modules").write_text("")
    assert local_ipvs(proc, tmp_path / "modules") is None  # could not tell (no modules dir)
    (proc / "net" / "ip_vs").write_text("")
    assert local_ipvs(proc) is True


def test_update_policy_and_resources_read_back_from_a_spec() -> None:
    """What the update dialog is filled with: a service's spec read back into the request's
    parts (the inverse of what create writes)."""
    from core.swarm.ops import (
        Resources,
        UpdatePolicy,
        _policy,
        _resources,
        policy_from_spec,
        resources_from_spec,
    )

    policy = UpdatePolicy(parallelism=2, delay=1.5, failure_action="rollback",
                          order="start-first", monitor=5.0, max_failure_ratio=0.25)  # fmt: skip
    assert policy_from_spec(_policy(policy)) == policy
    assert policy_from_spec(None) is None
    resources = Resources(cpu_limit=1.5, memory_limit=512 << 20, memory_reservation=64 << 20)
    assert resources_from_spec(_resources(resources)) == resources
    assert resources_from_spec({"Limits": {}, "Reservations": {}}) is None
