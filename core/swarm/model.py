"""Swarm objects as plain data, built from the engine's API replies.

Every ``from_api`` takes what the engine sent and tolerates missing keys: engines of
different versions leave out different parts (an old engine has no ``UpdateStatus`` on a
service that never updated, a node may lack ``ManagerStatus``, a task not yet scheduled has
no ``NodeID``). ``version`` is the object's version index in the swarm's store: it grows
with every write, so two replies with the same version say the same.

A secret's value is never read: the engine never sends it back, and ``SwarmObject`` has no
place for a config's data either.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

STACK_LABEL = "com.docker.stack.namespace"
ObjectKind = Literal["config", "secret"]
Json = Mapping[str, Any]


def _dict(value: Any) -> Json:
    return value if isinstance(value, Mapping) else {}


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _labels(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in _dict(value).items()}


def _version(data: Json) -> int:
    return _int(_dict(data.get("Version")).get("Index"))


def short_image(image: str) -> str:
    """``busybox:latest@sha256:…`` → ``busybox:latest`` (what ``docker service ls`` shows)."""
    return image.split("@", 1)[0]


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    hostname: str
    role: str  # manager | worker
    availability: str  # active | pause | drain
    status: str  # ready | down | unknown | disconnected
    message: str
    manager_status: str  # leader | reachable | unreachable | "" (a worker)
    addr: str
    engine_version: str
    labels: Mapping[str, str] = field(default_factory=dict, hash=False)
    nano_cpus: int = 0
    memory_bytes: int = 0
    version: int = 0

    @classmethod
    def from_api(cls, data: Json) -> Node:
        spec = _dict(data.get("Spec"))
        desc = _dict(data.get("Description"))
        status = _dict(data.get("Status"))
        manager = _dict(data.get("ManagerStatus"))
        resources = _dict(desc.get("Resources"))
        leader = bool(manager.get("Leader"))
        manager_status = "leader" if leader else _str(manager.get("Reachability"))
        addr = _str(status.get("Addr"))
        if addr in ("", "0.0.0.0") and manager.get("Addr"):  # a manager may report 0.0.0.0
            addr = _str(manager.get("Addr")).rsplit(":", 1)[0]
        return cls(
            id=_str(data.get("ID")),
            hostname=_str(desc.get("Hostname")),
            role=_str(spec.get("Role")),
            availability=_str(spec.get("Availability")),
            status=_str(status.get("State")) or "unknown",
            message=_str(status.get("Message")),
            manager_status=manager_status,
            addr=addr,
            engine_version=_str(_dict(desc.get("Engine")).get("EngineVersion")),
            labels=_labels(spec.get("Labels")),
            nano_cpus=_int(resources.get("NanoCPUs")),
            memory_bytes=_int(resources.get("MemoryBytes")),
            version=_version(data),
        )

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    @property
    def leader(self) -> bool:
        return self.manager_status == "leader"

    @property
    def cpus(self) -> float:
        return self.nano_cpus / 1e9

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "hostname": self.hostname,
            "role": self.role,
            "availability": self.availability,
            "status": self.status,
            "message": self.message,
            "manager_status": self.manager_status,
            "leader": self.leader,
            "addr": self.addr,
            "engine_version": self.engine_version,
            "labels": dict(self.labels),
            "cpus": self.cpus,
            "memory_bytes": self.memory_bytes,
        }


@dataclass(frozen=True, slots=True)
class PublishedPort:
    target: int
    published: int | None
    protocol: str = "tcp"
    mode: str = "ingress"  # ingress | host

    @classmethod
    def from_api(cls, data: Json) -> PublishedPort:
        published = _int(data.get("PublishedPort"), 0)
        return cls(
            target=_int(data.get("TargetPort")),
            published=published or None,
            protocol=_str(data.get("Protocol")) or "tcp",
            mode=_str(data.get("PublishMode")) or "ingress",
        )

    def __str__(self) -> str:
        """``*:8080->80/tcp`` like ``docker service ls`` (``(host)`` for host mode)."""
        where = f"*:{self.published}" if self.published else "*"
        text = f"{where}->{self.target}/{self.protocol}"
        return f"{text} (host)" if self.mode == "host" else text

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "published": self.published,
            "protocol": self.protocol,
            "mode": self.mode,
        }


@dataclass(frozen=True, slots=True)
class Service:
    id: str
    name: str
    mode: str  # replicated | global (replicated-job | global-job on engines that have jobs)
    replicas_desired: int | None  # replicated: the spec's; global: tasks that should run
    replicas_running: int
    image: str
    ports: tuple[PublishedPort, ...] = ()
    endpoint_mode: str = "vip"  # vip | dnsrr
    update_state: str = ""  # updating | paused | completed | rollback_started | …
    update_message: str = ""
    created: str = ""
    updated: str = ""
    labels: Mapping[str, str] = field(default_factory=dict, hash=False)
    stack: str = ""
    version: int = 0

    @classmethod
    def from_api(cls, data: Json, running: int = 0, desired_global: int | None = None) -> Service:
        """``running``: its tasks that run now (from the task list); ``desired_global``: for
        a global service, how many of its tasks should run (one per eligible node)."""
        spec = _dict(data.get("Spec"))
        mode_spec = _dict(spec.get("Mode"))
        if "Global" in mode_spec:
            mode, desired = "global", desired_global
        elif "ReplicatedJob" in mode_spec:
            job = _dict(mode_spec.get("ReplicatedJob"))
            mode, desired = "replicated-job", _int(job.get("TotalCompletions"), 1)
        elif "GlobalJob" in mode_spec:
            mode, desired = "global-job", desired_global
        else:
            replicated = _dict(mode_spec.get("Replicated"))
            mode, desired = "replicated", _int(replicated.get("Replicas"), 1)
        template = _dict(spec.get("TaskTemplate"))
        container = _dict(template.get("ContainerSpec"))
        endpoint = _dict(data.get("Endpoint"))
        endpoint_spec = _dict(spec.get("EndpointSpec"))
        ports = endpoint.get("Ports") or endpoint_spec.get("Ports") or ()
        update = _dict(data.get("UpdateStatus"))
        labels = _labels(spec.get("Labels"))
        return cls(
            id=_str(data.get("ID")),
            name=_str(spec.get("Name")),
            mode=mode,
            replicas_desired=desired,
            replicas_running=running,
            image=_str(container.get("Image")),
            ports=tuple(PublishedPort.from_api(_dict(p)) for p in ports),
            endpoint_mode=_str(endpoint_spec.get("Mode")) or "vip",
            update_state=_str(update.get("State")),
            update_message=_str(update.get("Message")),
            created=_str(data.get("CreatedAt")),
            updated=_str(data.get("UpdatedAt")),
            labels=labels,
            stack=labels.get(STACK_LABEL, ""),
            version=_version(data),
        )

    @property
    def is_global(self) -> bool:
        return self.mode in ("global", "global-job")

    @property
    def replicas_text(self) -> str:
        """``3/6`` (``docker service ls``'s REPLICAS)."""
        desired = "?" if self.replicas_desired is None else str(self.replicas_desired)
        return f"{self.replicas_running}/{desired}"

    @property
    def ports_text(self) -> str:
        return ", ".join(str(p) for p in self.ports)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "mode": self.mode,
            "image": self.image,
            "replicas_running": self.replicas_running,
            "replicas_desired": self.replicas_desired,
            "ports": [p.to_json() for p in self.ports],
            "endpoint_mode": self.endpoint_mode,
            "update_state": self.update_state,
            "update_message": self.update_message,
            "created": self.created,
            "updated": self.updated,
            "stack": self.stack,
            "labels": dict(self.labels),
        }


@dataclass(frozen=True, slots=True)
class Task:
    id: str
    service_id: str
    service_name: str
    slot: int | None  # None for a global service's task (one per node)
    node_id: str
    node_hostname: str
    state: str  # new | pending | assigned | … | running | complete | shutdown | failed | rejected
    desired_state: str
    error: str
    message: str
    container_id: str
    started: str  # when it entered its current state (a running task: when it started)
    image: str
    version: int = 0

    @classmethod
    def from_api(
        cls,
        data: Json,
        service_names: Mapping[str, str] | None = None,
        node_names: Mapping[str, str] | None = None,
    ) -> Task:
        status = _dict(data.get("Status"))
        container_status = _dict(status.get("ContainerStatus"))
        spec = _dict(data.get("Spec"))
        container = _dict(spec.get("ContainerSpec"))
        service_id = _str(data.get("ServiceID"))
        node_id = _str(data.get("NodeID"))
        slot = data.get("Slot")
        return cls(
            id=_str(data.get("ID")),
            service_id=service_id,
            service_name=(service_names or {}).get(service_id, ""),
            slot=_int(slot) if slot else None,
            node_id=node_id,
            node_hostname=(node_names or {}).get(node_id, ""),
            state=_str(status.get("State")),
            desired_state=_str(data.get("DesiredState")),
            error=_str(status.get("Err")),
            message=_str(status.get("Message")),
            container_id=_str(container_status.get("ContainerID")),
            started=_str(status.get("Timestamp")),
            image=_str(container.get("Image")),
            version=_version(data),
        )

    @property
    def name(self) -> str:
        """``web.2`` (a global service's task: ``web.<node id>``), like ``docker service ps``."""
        if self.slot is not None:
            return f"{self.service_name}.{self.slot}"
        return f"{self.service_name}.{self.node_id or self.id[:12]}"

    @property
    def current(self) -> bool:
        """The engine wants it running (it is not history of the slot)."""
        return self.desired_state in ("running", "ready", "accepted")

    @property
    def why(self) -> str:
        """Why it is not running, as the engine says (the error, else its message)."""
        return self.error or (self.message if self.state in ("pending", "rejected") else "")

    def with_names(self, service_name: str, node_hostname: str) -> Task:
        return replace(self, service_name=service_name, node_hostname=node_hostname)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "service": self.service_name,
            "service_id": self.service_id,
            "slot": self.slot,
            "node": self.node_hostname,
            "node_id": self.node_id,
            "state": self.state,
            "desired_state": self.desired_state,
            "error": self.error,
            "message": self.message,
            "container_id": self.container_id,
            "started": self.started,
            "image": self.image,
        }


@dataclass(frozen=True, slots=True)
class SwarmObject:
    """A config or a secret: its name, dates and labels (never its data)."""

    id: str
    name: str
    created: str
    updated: str
    labels: Mapping[str, str] = field(default_factory=dict, hash=False)
    kind: ObjectKind = "config"
    version: int = 0

    @classmethod
    def from_api(cls, data: Json, kind: ObjectKind) -> SwarmObject:
        spec = _dict(data.get("Spec"))
        return cls(
            id=_str(data.get("ID")),
            name=_str(spec.get("Name")),
            created=_str(data.get("CreatedAt")),
            updated=_str(data.get("UpdatedAt")),
            labels=_labels(spec.get("Labels")),
            kind=kind,
            version=_version(data),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "created": self.created,
            "updated": self.updated,
            "labels": dict(self.labels),
        }


@dataclass(frozen=True, slots=True)
class SwarmInfo:
    """What ``docker info`` says about the swarm on this engine."""

    local_state: str  # inactive | pending | active | error | locked
    is_manager: bool
    node_id: str
    node_addr: str
    cluster_id: str
    managers: int
    nodes: int
    remote_managers: tuple[str, ...] = ()  # host:port of the managers this engine knows
    error: str = ""

    @classmethod
    def from_api(cls, info: Json) -> SwarmInfo:
        """From the whole ``info()`` reply (or its ``Swarm`` part)."""
        swarm = _dict(info.get("Swarm")) if "Swarm" in info else info
        remote = swarm.get("RemoteManagers") or ()
        return cls(
            local_state=_str(swarm.get("LocalNodeState")) or "inactive",
            is_manager=bool(swarm.get("ControlAvailable")),
            node_id=_str(swarm.get("NodeID")),
            node_addr=_str(swarm.get("NodeAddr")),
            cluster_id=_str(_dict(swarm.get("Cluster")).get("ID")),
            managers=_int(swarm.get("Managers")),
            nodes=_int(swarm.get("Nodes")),
            remote_managers=tuple(_str(_dict(m).get("Addr")) for m in remote),
            error=_str(swarm.get("Error")),
        )

    @property
    def active(self) -> bool:
        """The engine is in a swarm (a manager or a worker)."""
        return self.local_state in ("active", "pending", "locked")

    def to_json(self) -> dict[str, Any]:
        return {
            "local_state": self.local_state,
            "is_manager": self.is_manager,
            "node_id": self.node_id,
            "node_addr": self.node_addr,
            "cluster_id": self.cluster_id,
            "managers": self.managers,
            "nodes": self.nodes,
            "remote_managers": list(self.remote_managers),
            "error": self.error,
        }
