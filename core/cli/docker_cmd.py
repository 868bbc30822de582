"""``envdock docker …`` commands."""

from __future__ import annotations

import argparse
from typing import Any

from core.cli.output import print_error, print_json, print_table
from core.errors import EnvDockError


def register(sub: Any) -> None:
    docker = sub.add_parser("docker", help="Docker engine commands (JSON for scripts)")
    dsub = docker.add_subparsers(dest="docker_command", metavar="DOCKER_COMMAND", required=True)
    ps = dsub.add_parser("ps", help="list every container, like `docker ps -a`")
    ps.add_argument("--json", action="store_true", help="print a JSON list")
    ps.set_defaults(handler=cmd_ps)


def cmd_ps(args: argparse.Namespace) -> int:
    from core.docker.containers import list_containers
    from core.docker.rawapi import open_reader

    try:
        client = open_reader()
        try:
            containers = list_containers(client)
        finally:
            client.close()
    except EnvDockError as err:
        return print_error(err)
    if args.json:
        print_json([c.to_json() for c in containers])
    else:
        print_table(
            ["CONTAINER ID", "NAME", "IMAGE", "STATE", "STATUS", "PORTS"],
            [[c.short_id, c.name, c.image, c.state, c.status, c.ports_text] for c in containers],
        )
    return 0
