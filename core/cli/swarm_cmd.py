"""``envdock swarm …``: the nodes, services and tasks of the swarm the engine manages.

Every command reads the swarm on the engine ``--engine`` names (else the current one); an
engine that is a worker is refused with the managers' addresses (exit 1).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from core.cli.output import print_error, print_json, print_table
from core.errors import EnvDockError, ValidationError
from core.text import translate

NODE_FIELDS = ("hostname", "role", "availability", "status", "leader", "manager_status", "addr",
               "engine_version", "id")  # fmt: skip
SERVICE_FIELDS = ("name", "mode", "image", "replicas_running", "replicas_desired", "ports", "id",
                  "update_state", "stack")  # fmt: skip
TASK_FIELDS = ("id", "name", "node", "state", "desired_state", "error", "message", "slot",
               "container_id", "started", "image")  # fmt: skip


def pick(data: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: data[k] for k in keys}


def register(sub: Any) -> None:
    swarm = sub.add_parser("swarm", help="swarm nodes, services and tasks (JSON for scripts)")
    ssub = swarm.add_subparsers(dest="swarm_command", metavar="SWARM_COMMAND", required=True)
    nodes = ssub.add_parser("nodes", help="the swarm's nodes, like `docker node ls`")
    nodes.add_argument("--json", action="store_true", help="print a JSON list")
    nodes.set_defaults(handler=cmd_nodes)
    services = ssub.add_parser("services", help="the swarm's services, like `docker service ls`")
    services.add_argument("--json", action="store_true", help="print a JSON list")
    services.set_defaults(handler=cmd_services)
    tasks = ssub.add_parser("tasks", help="a service's tasks, like `docker service ps`")
    tasks.add_argument("service", metavar="SERVICE", help="service name or id")
    tasks.add_argument("--json", action="store_true", help="print a JSON list")
    tasks.set_defaults(handler=cmd_tasks)


def _with_state(args: argparse.Namespace, show: Callable[[Any], int]) -> int:
    """Connect (``--engine``), load the swarm, ``show`` it; errors as messages (exit 1)."""
    from core.docker.api_errors import docker_error
    from core.docker.connection import open_client
    from core.swarm.state import SwarmState

    try:
        connection = open_client(engine=getattr(args, "engine", None))
        try:
            state = SwarmState()
            try:
                state.load(connection.client)
            except EnvDockError:
                raise
            except Exception as exc:
                raise docker_error(exc, translate("core", "read the swarm")) from exc
            return show(state)
        finally:
            connection.close()
    except EnvDockError as err:
        return print_error(err)


def cmd_nodes(args: argparse.Namespace) -> int:
    def show(state: Any) -> int:
        nodes = state.node_list()
        if args.json:
            print_json([pick(n.to_json(), NODE_FIELDS) for n in nodes])
        else:
            print_table(
                ["ID", "HOSTNAME", "STATUS", "AVAILABILITY", "MANAGER STATUS", "ENGINE"],
                [
                    [
                        n.id[:12],
                        n.hostname,
                        n.status,
                        n.availability,
                        n.manager_status,
                        n.engine_version,
                    ]
                    for n in nodes
                ],
            )
        return 0

    return _with_state(args, show)


def cmd_services(args: argparse.Namespace) -> int:
    def show(state: Any) -> int:
        services = state.service_list()
        if args.json:
            print_json([pick(s.to_json(), SERVICE_FIELDS) for s in services])
        else:
            from core.swarm.model import short_image

            print_table(
                ["ID", "NAME", "MODE", "REPLICAS", "IMAGE", "PORTS"],
                [
                    [s.id[:12], s.name, s.mode, s.replicas_text, short_image(s.image), s.ports_text]
                    for s in services
                ],
            )
        return 0

    return _with_state(args, show)


def cmd_tasks(args: argparse.Namespace) -> int:
    def show(state: Any) -> int:
        service = state.service_named(args.service)
        if service is None:
            raise ValidationError(
                translate("core", "No service named {name!r}").format(name=args.service),
                translate("core", "See the services with: envdock swarm services"),
            )
        tasks = state.tasks_of(service.id)
        if args.json:
            print_json([pick(t.to_json(), TASK_FIELDS) for t in tasks])
        else:
            from core.swarm.model import short_image

            print_table(
                ["ID", "NAME", "IMAGE", "NODE", "DESIRED STATE", "CURRENT STATE", "ERROR"],
                [
                    [
                        t.id[:12],
                        t.name,
                        short_image(t.image),
                        t.node_hostname,
                        t.desired_state,
                        t.state,
                        t.why,
                    ]
                    for t in tasks
                ],
            )
        return 0

    return _with_state(args, show)
