"""The rows the swarm views paint, as text, from the cache (``SwarmState``): one tuple of
strings per node, service or task, in the order the views show them. Building them for
3 nodes, 30 services and 200 tasks is a few hundred microseconds: the views rebuild a row
when its object changes, and all of them when the panel opens."""

from __future__ import annotations

from dataclasses import dataclass

from core.swarm.model import Node, Service, Task, short_image
from core.swarm.state import SwarmState
from core.units import human_size


@dataclass(frozen=True, slots=True)
class NodeRow:
    id: str
    cells: tuple[str, ...]  # hostname, role, availability, status, manager, engine, address,
    #                         CPUs, memory, labels (gui.swarm.models names the columns)
    down: bool  # painted red


@dataclass(frozen=True, slots=True)
class ServiceRow:
    id: str
    cells: tuple[str, ...]  # name, mode, replicas, image, ports, update, stack, created, updated
    short: bool  # fewer tasks run than should


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: str
    cells: tuple[str, ...]  # name, image, node, desired, current, since, error, container
    failed: bool


def node_row(node: Node) -> NodeRow:
    labels = ", ".join(f"{k}={v}" for k, v in sorted(node.labels.items()))
    return NodeRow(
        node.id,
        (node.hostname, node.role, node.availability, node.status, node.manager_status,
         node.engine_version, node.addr, f"{node.cpus:g}", human_size(node.memory_bytes),
         labels),
        node.status == "down",
    )  # fmt: skip


def service_row(service: Service) -> ServiceRow:
    desired = service.replicas_desired
    return ServiceRow(
        service.id,
        (service.name, service.mode, service.replicas_text, short_image(service.image),
         service.ports_text, service.update_state, service.stack, service.created[:19],
         service.updated[:19]),
        desired is not None and service.replicas_running < desired,
    )  # fmt: skip


def task_row(task: Task) -> TaskRow:
    return TaskRow(
        task.id,
        (task.name, short_image(task.image), task.node_hostname, task.desired_state,
         task.state, task.started[:19], task.why, task.container_id[:12]),
        task.state in ("failed", "rejected") or bool(task.error),
    )  # fmt: skip


def node_rows(state: SwarmState) -> list[NodeRow]:
    return [node_row(n) for n in state.node_list()]


def service_rows(state: SwarmState) -> list[ServiceRow]:
    return [service_row(s) for s in state.service_list()]


def task_rows(state: SwarmState, service_id: str) -> list[TaskRow]:
    return [task_row(t) for t in state.tasks_of(service_id)]
