"""``envdock engines …``: every engine EnvDock knows (the default one and the Docker
contexts), adding one (written as a Docker context), removing, renaming, using."""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from core.cli.output import print_error, print_json, print_table
from core.docker import contexts
from core.docker.contexts import EngineSpec, TLSFiles
from core.errors import EnvDockError
from core.text import translate

PROBE_TIMEOUT = 10.0


def register(sub: Any) -> None:
    engines = sub.add_parser("engines", help="the Docker engines EnvDock knows (contexts)")
    esub = engines.add_subparsers(dest="engines_command", metavar="ENGINES_COMMAND", required=True)
    ls = esub.add_parser("list", help="every engine, with its state (each one is asked)")
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.add_argument("--no-probe", action="store_true", help="do not connect to ask the state")
    ls.set_defaults(handler=cmd_list)
    add = esub.add_parser("add", help="add an engine (written as a Docker context)")
    add.add_argument("name")
    add.add_argument("--host", required=True, help="ssh://user@host[:port], tcp://host:2376, "
                     "unix:///path/docker.sock")  # fmt: skip
    add.add_argument("--description", default="")
    add.add_argument("--tls-ca", type=Path, help="the engine's CA certificate (ca.pem)")
    add.add_argument("--tls-cert", type=Path, help="your client certificate (cert.pem)")
    add.add_argument("--tls-key", type=Path, help="your client key (key.pem)")
    add.add_argument("--tls-skip-verify", action="store_true",
                     help="do not check the engine's certificate (unsafe)")  # fmt: skip
    add.add_argument("--json", action="store_true", help="print the engine as JSON")
    add.set_defaults(handler=cmd_add)
    rm = esub.add_parser("remove", help="remove an engine (its Docker context)")
    rm.add_argument("name")
    rm.set_defaults(handler=cmd_remove)
    mv = esub.add_parser("rename", help="rename an engine (its Docker context)")
    mv.add_argument("old")
    mv.add_argument("new")
    mv.set_defaults(handler=cmd_rename)
    use = esub.add_parser("use", help="make it the docker CLI's current context")
    use.add_argument("name")
    use.set_defaults(handler=cmd_use)


def probe(spec: EngineSpec) -> dict[str, Any]:
    """State and server version of one engine, asked now (within PROBE_TIMEOUT)."""
    from core.docker.connection import connect, status_from_error
    from core.errors import DockerUnavailable

    if spec.problem:
        return {"state": "bad_host", "server_version": "", "message": spec.problem}
    try:
        connection = connect(spec.endpoint, timeout=PROBE_TIMEOUT)
    except DockerUnavailable as exc:
        status = status_from_error(exc)
        return {"state": status.state.value, "server_version": "", "message": status.message}
    try:
        assert connection.status is not None
        return {
            "state": connection.status.state.value,
            "server_version": connection.status.version,
            "message": connection.status.message,
        }
    finally:
        connection.close()


def cmd_list(args: argparse.Namespace) -> int:
    specs = contexts.all_engines()
    current = contexts.current_name()
    if args.no_probe:
        states: list[dict[str, Any]] = [{} for _ in specs]
    else:
        with ThreadPoolExecutor(max_workers=8) as pool:
            states = list(pool.map(probe, specs))
    rows = [
        {**s.to_json(), "current": s.name == current, **st}
        for s, st in zip(specs, states, strict=True)
    ]
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["NAME", "KIND", "ENDPOINT", "SOURCE", "STATE", "VERSION"],
            [
                [("* " if r["current"] else "") + r["name"], r["kind"], r["endpoint"],
                 r["source"], r.get("state", "-"), r.get("server_version", "")]
                for r in rows
            ],
        )  # fmt: skip
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    tls = None
    if args.tls_ca or args.tls_cert or args.tls_key or args.tls_skip_verify:
        tls = TLSFiles(args.tls_ca, args.tls_cert, args.tls_key, args.tls_skip_verify)
    try:
        spec = contexts.create_context(args.name, args.host, tls, description=args.description)
    except EnvDockError as err:
        return print_error(err)
    if spec.kind == "tcp":
        sys.stderr.write(
            translate(
                "core",
                "envdock: warning: {0} is plain TCP: whoever reaches that port is root on its "
                "host. Use TLS (--tls-ca, --tls-cert, --tls-key) or ssh://.",
            ).format(spec.host)
            + "\n"
        )
    if spec.endpoint.tls is not None and not spec.endpoint.tls.verify:
        sys.stderr.write(
            translate(
                "core",
                "envdock: warning: the engine's certificate will not be checked: anyone on "
                "the way can pretend to be {0}.",
            ).format(spec.host)
            + "\n"
        )
    if args.json:
        print_json(spec.to_json())
    else:
        print(spec.name)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    try:
        contexts.remove_context(args.name)
    except EnvDockError as err:
        return print_error(err)
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    try:
        contexts.rename_context(args.old, args.new)
    except EnvDockError as err:
        return print_error(err)
    return 0


def cmd_use(args: argparse.Namespace) -> int:
    try:
        contexts.use_context(args.name)
    except EnvDockError as err:
        return print_error(err)
    return 0
