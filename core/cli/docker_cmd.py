"""``envdock docker …`` commands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.cli.output import print_error, print_json, print_table
from core.errors import EnvDockError
from core.text import translate


def register(sub: Any) -> None:
    docker = sub.add_parser("docker", help="Docker engine commands (JSON for scripts)")
    dsub = docker.add_subparsers(dest="docker_command", metavar="DOCKER_COMMAND", required=True)
    par = dsub.add_parser(
        "parity", help="compare the Python packages of a container (or image) with an environment"
    )
    par.add_argument("name", help="container name or id (with --image: an image reference)")
    par.add_argument("--env", type=Path, required=True, help="the environment to compare with")
    par.add_argument("--image", action="store_true", help="NAME is an image")
    par.add_argument("--json", action="store_true", help="print the difference as JSON")
    par.set_defaults(handler=cmd_parity)
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
    untag = dsub.add_parser(
        "untag", help="remove one tag of an image that has others, like `docker rmi REPO:TAG`"
    )
    untag.add_argument("reference", metavar="REF", help="the tag to remove (repository:tag)")
    untag.add_argument("--json", action="store_true", help="print the result as JSON")
    untag.set_defaults(handler=cmd_untag)
    from core.cli import export_compose_cmd

    export_compose_cmd.register(dsub)


Row = list[str]


def _query(
    args: argparse.Namespace, what: str, call: Callable[[Any], Any], *, reader: bool = True
) -> tuple[Any, EnvDockError | None]:
    """Connect to the engine (``--engine``, else the current one; the plain socket reader
    when ``reader``), ``call`` its client, close it."""
    from core.docker.api_errors import docker_error
    from core.docker.connection import open_client
    from core.docker.rawapi import open_reader

    try:
        engine = getattr(args, "engine", None)
        connection = open_reader(engine) if reader else open_client(engine=engine)
        try:
            return call(connection.client), None
        except EnvDockError:
            raise
        except Exception as exc:
            raise docker_error(exc, what) from exc
        finally:
            connection.close()
    except EnvDockError as err:
        return None, err


def _show(
    args: argparse.Namespace,
    what: str,
    call: Callable[[Any], list[Any]],
    headers: list[str],
    row: Callable[[Any], Row],
    *,
    reader: bool = True,
) -> int:
    """The shape of every listing command: query, then JSON (``--json``) or a table."""
    items, err = _query(args, what, call, reader=reader)
    if err is not None:
        return print_error(err)
    if args.json:
        print_json([i.to_json() for i in items])
    else:
        print_table(headers, [row(i) for i in items])
    return 0


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f}MB"


def cmd_ps(args: argparse.Namespace) -> int:
    from core.docker.containers import list_containers

    return _show(
        args,
        "list containers",
        list_containers,
        ["CONTAINER ID", "NAME", "IMAGE", "STATE", "STATUS", "PORTS"],
        lambda c: [c.short_id, c.name, c.image, c.state, c.status, c.ports_text],
    )


def cmd_logs(args: argparse.Namespace) -> int:
    import sys

    from core.docker.api_errors import docker_error
    from core.docker.connection import open_client
    from core.docker.logs import container_tty, iter_lines

    tail = args.tail
    if tail != "all" and not str(tail).isdigit():
        return print_error(
            EnvDockError(
                translate("core", "--tail takes a number or 'all', not {tail!r}").format(tail=tail)
            )
        )
    try:
        connection = open_client(engine=args.engine)
        client = connection.client
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
            connection.close()
    except EnvDockError as err:
        return print_error(err)
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    info, err = _query(
        args, f"inspect {args.name}", lambda c: c.inspect_container(args.name), reader=False
    )
    if err is not None:
        return print_error(err)
    print_json(info)
    return 0


def cmd_images(args: argparse.Namespace) -> int:
    from core.docker.images import list_images

    return _show(
        args,
        "list images",
        lambda c: list_images(c, include_intermediate=args.all),
        ["IMAGE ID", "TAGS", "SIZE", "USED BY"],
        lambda i: [i.short_id, ", ".join(i.tags) or "<none>", _mb(i.size), str(i.containers)],
    )


def cmd_df(args: argparse.Namespace) -> int:
    from core.docker.images import disk_use

    return _show(
        args,
        "disk use",
        disk_use,
        ["TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"],
        lambda r: [r.kind, str(r.count), str(r.active), _mb(r.size), _mb(r.reclaimable)],
        reader=False,
    )


def cmd_stats(args: argparse.Namespace) -> int:
    from core.docker.containers import list_containers
    from core.docker.contexts import resolve_endpoint, spec_named
    from core.docker.stats import sample_once
    from core.units import human_size

    engine = getattr(args, "engine", None)
    try:
        endpoint = spec_named(engine).endpoint if engine else resolve_endpoint()
    except EnvDockError as err:
        return print_error(err)
    here = endpoint.is_local_socket  # an engine elsewhere: its API, not this machine's cgroups
    return _show(
        args,
        "container stats",
        lambda c: sample_once(c, list_containers(c), use_cgroups=here),
        ["NAME", "CPU %", "MEM", "LIMIT", "NET RX/TX", "PIDS"],
        lambda r: [
            r.name,
            f"{r.cpu_percent:.1f}",
            human_size(r.mem_bytes),
            human_size(r.mem_limit),
            f"{human_size(r.net_rx)} / {human_size(r.net_tx)}",
            str(r.pids),
        ],
    )


def cmd_untag(args: argparse.Namespace) -> int:
    from core.docker.image_ops import untag_image

    result, err = _query(
        args,
        f"untag {args.reference}",
        lambda c: untag_image(None, c, args.reference),
        reader=False,
    )
    if err is not None:
        return print_error(err)
    if args.json:
        print_json(result.to_json())
    else:
        print(f"Untagged: {result.reference}")
        print(f"{result.image_id} keeps: {', '.join(result.remaining)}")
    return 0


def cmd_parity(args: argparse.Namespace) -> int:
    from core.bridge.parity import container_packages, diff, env_packages, image_packages

    try:
        here = env_packages(args.env.absolute())
    except EnvDockError as bad_env:
        return print_error(bad_env)
    read = image_packages if args.image else container_packages
    there, err = _query(
        args, f"read the packages of {args.name}", lambda c: read(c, args.name), reader=False
    )
    if err is not None:
        return print_error(err)
    rows = diff(here, there)
    if args.json:
        print_json(
            {
                "environment": {"path": here.where, "python": here.python},
                "container": {"name": there.where, "python": there.python},
                "differences": [
                    {
                        "name": r.name,
                        "environment": r.here,
                        "container": r.there,
                        "status": r.status,
                    }
                    for r in rows
                ],
            }
        )
    else:
        print_table(
            ["PACKAGE", "ENVIRONMENT", "CONTAINER", "STATUS"],
            [[r.name, r.here or "-", r.there or "-", r.status] for r in rows],
        )
    return 0
