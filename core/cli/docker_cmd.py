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
    logs = dsub.add_parser("logs", help="print a container's log, like `docker logs`")
    logs.add_argument("name", help="container name or id")
    logs.add_argument("--tail", default="all", help="only the last N lines")
    logs.add_argument("--timestamps", "-t", action="store_true", help="show timestamps")
    logs.set_defaults(handler=cmd_logs)
    ins = dsub.add_parser("inspect", help="a container's full inspect data")
    ins.add_argument("name", help="container name or id")
    ins.add_argument("--json", action="store_true", help="print JSON (the default)")
    ins.set_defaults(handler=cmd_inspect)
    images = dsub.add_parser("images", help="list images, like `docker images`")
    images.add_argument("--json", action="store_true", help="print a JSON list")
    images.add_argument("--all", "-a", action="store_true", help="include intermediate images")
    images.set_defaults(handler=cmd_images)
    df = dsub.add_parser("df", help="disk use by kind, like `docker system df`")
    df.add_argument("--json", action="store_true", help="print a JSON list")
    df.set_defaults(handler=cmd_df)
    stats = dsub.add_parser("stats", help="one sample for each running container")
    stats.add_argument("--json", action="store_true", help="print a JSON list")
    stats.set_defaults(handler=cmd_stats)


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


def _client() -> Any:
    from core.docker.connection import open_client

    return open_client()[0]


def cmd_logs(args: argparse.Namespace) -> int:
    import sys

    from core.docker.api_errors import docker_error
    from core.docker.logs import container_tty, iter_lines

    tail = args.tail
    if tail != "all" and not str(tail).isdigit():
        return print_error(EnvDockError(f"--tail takes a number or 'all', not {tail!r}"))
    try:
        client = _client()
        try:
            tty, _ = container_tty(client, args.name)
            out = sys.stdout.buffer
            for _stream, raw in iter_lines(client, args.name, tty, tail=str(tail)):
                line = raw if args.timestamps else raw.split(b" ", 1)[-1]
                out.write(line + b"\n")
        except EnvDockError:
            raise
        except Exception as exc:
            raise docker_error(exc, f"logs of {args.name}") from exc
        finally:
            client.close()
    except EnvDockError as err:
        return print_error(err)
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    from core.docker.api_errors import docker_error

    try:
        client = _client()
        try:
            info = client.inspect_container(args.name)
        except Exception as exc:
            raise docker_error(exc, f"inspect {args.name}") from exc
        finally:
            client.close()
    except EnvDockError as err:
        return print_error(err)
    print_json(info)
    return 0


def cmd_images(args: argparse.Namespace) -> int:
    from core.docker.api_errors import docker_error
    from core.docker.images import list_images
    from core.docker.rawapi import open_reader

    try:
        client = open_reader()
        try:
            images = list_images(client, include_intermediate=args.all)
        except Exception as exc:
            raise docker_error(exc, "list images") from exc
        finally:
            client.close()
    except EnvDockError as err:
        return print_error(err)
    if args.json:
        print_json([i.to_json() for i in images])
    else:
        print_table(
            ["IMAGE ID", "TAGS", "SIZE", "USED BY"],
            [
                [
                    i.short_id,
                    ", ".join(i.tags) or "<none>",
                    f"{i.size / 1e6:.1f}MB",
                    str(i.containers),
                ]
                for i in images
            ],
        )
    return 0


def cmd_df(args: argparse.Namespace) -> int:
    from core.docker.api_errors import docker_error
    from core.docker.images import disk_use

    try:
        client = _client()
        try:
            rows = disk_use(client)
        except Exception as exc:
            raise docker_error(exc, "disk use") from exc
        finally:
            client.close()
    except EnvDockError as err:
        return print_error(err)
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        print_table(
            ["TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"],
            [
                [
                    r.kind,
                    str(r.count),
                    str(r.active),
                    f"{r.size / 1e6:.1f}MB",
                    f"{r.reclaimable / 1e6:.1f}MB",
                ]
                for r in rows
            ],
        )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from core.docker.containers import list_containers
    from core.docker.rawapi import open_reader
    from core.docker.stats import sample_once
    from core.units import human_size

    try:
        client = open_reader()
        try:
            rows = sample_once(client, list_containers(client))
        finally:
            client.close()
    except EnvDockError as err:
        return print_error(err)
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        print_table(
            ["NAME", "CPU %", "MEM", "LIMIT", "NET RX/TX", "PIDS"],
            [
                [
                    r.name,
                    f"{r.cpu_percent:.1f}",
                    human_size(r.mem_bytes),
                    human_size(r.mem_limit),
                    f"{human_size(r.net_rx)} / {human_size(r.net_tx)}",
                    str(r.pids),
                ]
                for r in rows
            ],
        )
    return 0
