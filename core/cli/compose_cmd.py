"""``envdock compose …``: compose projects from the command line — list them, their
containers, up, down and the resolved configuration — with the user's own compose, on
the engine ``--engine`` names (else the current one)."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.cli.output import print_error, print_json, print_table
from core.errors import Cancelled, EnvDockError, describe
from core.text import translate

if TYPE_CHECKING:
    from core.compose.projects import ProjectRef
    from core.docker.containers import Container

EXIT_CANCELLED = 130


def _project_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help="the compose file, or the folder that holds it"
    )
    parser.add_argument(
        "-f",
        "--file",
        dest="extra_files",
        action="append",
        type=Path,
        default=[],
        metavar="EXTRA",
        help="another compose file after FILE (an override)",
    )
    parser.add_argument(
        "-p", "--project-name", help="the project name (default: as compose makes it)"
    )
    parser.add_argument("--env-file", type=Path, help="the .env file to use")
    parser.add_argument("--profile", dest="profiles", action="append", default=[], metavar="P",
                        help="turn on a profile (again for more)")  # fmt: skip


def register(sub: Any) -> None:
    compose = sub.add_parser("compose", help="compose projects: ls, ps, up, down, config")
    csub = compose.add_subparsers(dest="compose_command", metavar="COMPOSE_COMMAND", required=True)
    ls = csub.add_parser("ls", help="the projects on the engine and those EnvDock remembers")
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.set_defaults(handler=_guarded(cmd_ls))
    ps = csub.add_parser("ps", help="a project's containers, like `docker compose ps`")
    ps.add_argument("target", metavar="TARGET", help="a project name, a compose file or its folder")
    ps.add_argument("-a", "--all", action="store_true", help="stopped containers too")
    ps.add_argument("--json", action="store_true", help="print a JSON list")
    ps.set_defaults(handler=_guarded(cmd_ps))
    up = csub.add_parser("up", help="create and start a project's containers (detached)")
    _project_options(up)
    up.add_argument("services", nargs="*", metavar="SERVICE", help="only these services")
    up.add_argument("--build", action="store_true", help="build images before starting")
    up.add_argument("--pull", choices=("always", "missing", "never"), help="pull images first")
    up.add_argument("--force-recreate", action="store_true", help="recreate every container")
    up.add_argument("--remove-orphans", action="store_true",
                    help="remove containers of services no longer in the file")  # fmt: skip
    up.add_argument("--json", action="store_true", help="print the containers as JSON after")
    up.set_defaults(handler=_guarded(cmd_up))
    down = csub.add_parser("down", help="stop and remove a project's containers and networks")
    _project_options(down)
    down.add_argument("-v", "--volumes", action="store_true", help="remove its volumes too")
    down.add_argument("--rmi", choices=("local", "all"), help="remove its images too")
    down.add_argument("--remove-orphans", action="store_true",
                      help="remove containers of services no longer in the file")  # fmt: skip
    down.set_defaults(handler=_guarded(cmd_down))
    config = csub.add_parser("config", help="check a compose file and print it resolved")
    _project_options(config)
    config.add_argument("--json", action="store_true", help="print the model as JSON")
    config.set_defaults(handler=_guarded(cmd_config))


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Every error is a message and a hint (exit 1), never a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except EnvDockError as err:
            return print_error(err)
        except KeyboardInterrupt:
            return EXIT_CANCELLED
        except BrokenPipeError:  # `envdock … | head`: the entry point deals with it
            raise
        except Exception as exc:
            return print_error(describe(exc))

    run.__name__ = handler.__name__
    return run


# -- shared ------------------------------------------------------------------------------------
def _engine(args: argparse.Namespace) -> tuple[str, dict[str, str]]:
    """The engine's name and the environment compose runs in to reach it."""
    from core.compose.tool import engine_env, run_env
    from core.docker.contexts import current_name, resolve_endpoint, spec_named

    name = getattr(args, "engine", None)
    if name:
        spec = spec_named(name)
        return spec.name, run_env(engine_env(spec))
    return current_name(), run_env(engine_env(resolve_endpoint()))


def _containers(
    args: argparse.Namespace, engine: str, project: str | None = None
) -> list[Container]:
    from core.docker.api_errors import docker_error
    from core.docker.containers import COMPOSE_PROJECT, Container
    from core.docker.rawapi import open_reader

    label = f"{COMPOSE_PROJECT}={project}" if project else COMPOSE_PROJECT
    connection = open_reader(getattr(args, "engine", None))
    try:
        rows = connection.client.containers(all=True, filters={"label": [label]})
    except EnvDockError:
        raise
    except Exception as exc:
        raise docker_error(exc, "list containers") from exc
    finally:
        connection.close()
    return [Container.from_list_entry(r, engine) for r in rows]


def _ref(args: argparse.Namespace, engine: str) -> ProjectRef:
    from core.compose.projects import ref_from_path

    return ref_from_path(
        Path(args.file),
        name=args.project_name,
        extra_files=args.extra_files,
        env_file=args.env_file,
        engine=engine,
    )


def _container_json(c: Container) -> dict[str, Any]:
    from core.docker.containers import COMPOSE_SERVICE

    return {
        "service": c.labels.get(COMPOSE_SERVICE, ""),
        "name": c.name,
        "id": c.id,
        "image": c.image,
        "state": c.state,
        "health": c.health,
        "status": c.status,
        "ports": [p.to_json() for p in c.ports],
    }


def _print_containers(containers: list[Container], as_json: bool) -> None:
    from core.compose.projects import LABEL_NUMBER
    from core.docker.containers import COMPOSE_SERVICE

    def order(c: Container) -> tuple[str, int]:
        number = c.labels.get(LABEL_NUMBER, "0")
        return c.labels.get(COMPOSE_SERVICE, ""), int(number) if number.isdigit() else 0

    ordered = sorted(containers, key=order)
    if as_json:
        print_json([_container_json(c) for c in ordered])
        return
    print_table(
        ["SERVICE", "NAME", "STATE", "HEALTH", "PORTS"],
        [
            [c.labels.get(COMPOSE_SERVICE, ""), c.name, c.state, c.health, c.ports_text]
            for c in ordered
        ],
    )


# -- ls / ps -----------------------------------------------------------------------------------
def cmd_ls(args: argparse.Namespace) -> int:
    from core.compose.projects import ProjectStore, project_rows, services_in_files

    engine, _ = _engine(args)
    rows = project_rows(ProjectStore().refs(), _containers(args, engine), engine=engine)
    listed = []
    for row in rows:
        services = row.services or (services_in_files(row.ref.files) if row.ref else [])
        listed.append(
            {
                "name": row.name,
                "status": row.status,
                "running": row.running,
                "total": row.total,
                "config_files": row.config_files,
                "working_dir": str(row.ref.workdir) if row.ref is not None else None,
                "services": services,
                "remembered": row.remembered,
            }
        )
    if args.json:
        print_json(listed)
    else:
        print_table(
            ["NAME", "STATUS", "CONFIG FILES"],
            [[r.name, r.status_text, ",".join(r.config_files)] for r in rows],
        )
    return 0


def cmd_ps(args: argparse.Namespace) -> int:
    from core.compose.projects import ProjectStore, find_files, ref_from_path

    engine, _ = _engine(args)
    target = Path(args.target)
    name = args.target
    if "/" in args.target or target.is_file() or (target.is_dir() and find_files(target)):
        name = ref_from_path(target).name
    containers = _containers(args, engine, name)
    if not containers and name == args.target:
        known = {r.name for r in ProjectStore().refs() if r.engine in ("", engine)}
        if name not in known:
            from core.errors import ValidationError

            raise ValidationError(
                translate("core", "No compose project named {0!r} on the engine {1}").format(
                    name, engine
                ),
                translate(
                    "core", "envdock compose ls lists the projects; a compose file works too."
                ),
            )
    if not args.all:
        containers = [c for c in containers if c.state in ("running", "restarting", "paused")]
    _print_containers(containers, args.json)
    return 0


# -- up / down ---------------------------------------------------------------------------------
def _run_job(title: str, work: Callable[[Any], Any], *, quiet: bool) -> Any:
    """Run ``work`` as a job on a thread (its lines to stderr unless ``quiet``), Ctrl-C
    cancels it; the job's error is raised here."""
    from core.jobs import Job

    job = Job(title, work)
    if not quiet:
        job.listeners.logged.append(lambda _job, line: print(line, file=sys.stderr, flush=True))
    thread = threading.Thread(target=job.run, name="envdock-compose", daemon=True)
    thread.start()
    while thread.is_alive():
        try:
            thread.join(0.2)
        except KeyboardInterrupt:
            job.cancel()
    if job.error is not None:
        raise job.error
    return job.result


def _run_commands(
    args: argparse.Namespace,
    ref: ProjectRef,
    commands: list[list[str]],
    env: dict[str, str],
    tool: Any,
) -> None:
    from core.compose.actions import run_compose

    def work(job: Any) -> None:
        for argv in commands:
            run_compose(job, tool, ref, argv, env)

    _run_job(f"compose {args.compose_command} {ref.name}", work, quiet=False)


def cmd_up(args: argparse.Namespace) -> int:
    from core.compose.actions import UpOptions, up_commands
    from core.compose.tool import find_tool

    engine, env = _engine(args)
    tool = find_tool(env)
    ref = _ref(args, engine)
    opts = UpOptions(
        build=args.build,
        pull=args.pull,
        force_recreate=args.force_recreate,
        remove_orphans=args.remove_orphans,
        profiles=tuple(args.profiles),
        services=tuple(args.services),
    )
    try:
        _run_commands(args, ref, up_commands(tool, ref, opts), env, tool)
    except Cancelled:
        sys.stderr.write(translate("core", "envdock: cancelled") + "\n")
        return EXIT_CANCELLED
    if args.json:
        _print_containers(_containers(args, engine, ref.name), True)
    return 0


def cmd_down(args: argparse.Namespace) -> int:
    from core.compose.actions import down_argv
    from core.compose.tool import find_tool

    engine, env = _engine(args)
    tool = find_tool(env)
    ref = _ref(args, engine)
    argv = down_argv(
        tool, ref, volumes=args.volumes, images=args.rmi, remove_orphans=args.remove_orphans
    )
    try:
        _run_commands(args, ref, [argv], env, tool)
    except Cancelled:
        sys.stderr.write(translate("core", "envdock: cancelled") + "\n")
        return EXIT_CANCELLED
    return 0


# -- config ------------------------------------------------------------------------------------
def cmd_config(args: argparse.Namespace) -> int:
    from core.compose.config import ComposeConfigError, resolve
    from core.compose.tool import find_tool

    try:
        engine, env = _engine(args)
    except EnvDockError:  # `compose config` never talks to the engine: any will do
        from core.compose.tool import run_env

        engine, env = "", run_env()
    tool = find_tool(env)
    ref = _ref(args, engine)
    try:
        model = resolve(tool, ref, profiles=tuple(args.profiles), env=env)
    except ComposeConfigError as err:
        if args.json:
            print_json({"valid": False, "problems": [p.to_json() for p in err.problems]})
        for problem in err.problems:
            sys.stderr.write(f"envdock: {problem}\n")
        if err.hint:
            sys.stderr.write(f"hint: {err.hint}\n")
        return 1
    for warning in model.warnings:
        sys.stderr.write(f"warning: {warning}\n")
    if args.json:
        print_json({"valid": True, "tool": tool.label, **model.to_json()})
    else:
        sys.stdout.write(model.text if model.text.endswith("\n") else model.text + "\n")
    return 0
