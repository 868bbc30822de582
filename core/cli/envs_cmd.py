"""``envdock envs …`` commands: the same operations and guards as the panel."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from core.cli.output import print_error, print_json, print_table
from core.errors import EnvDockError
from core.text import translate


def register(sub: Any) -> None:
    envs = sub.add_parser("envs", help="Python environments (JSON for scripts)")
    esub = envs.add_subparsers(dest="envs_command", metavar="ENVS_COMMAND", required=True)

    ls = esub.add_parser("list", help="every Python environment found on this machine")
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.add_argument(
        "--root",
        "--folder",
        dest="folder",
        action="append",
        default=[],
        type=Path,
        metavar="DIR",
        help="also scan this folder, 4 levels deep like the home folder (repeatable)",
    )
    ls.add_argument(
        "--no-home-scan",
        action="store_true",
        help="do not walk the home folder for project environments (~/proj/.venv…)",
    )
    ls.add_argument("--no-system", action="store_true", help="leave out system interpreters")
    ls.set_defaults(handler=cmd_list)

    pk = esub.add_parser("packages", help="packages of the environment at PATH")
    pk.add_argument("path", type=Path)
    pk.add_argument("--json", action="store_true", help="print a JSON list")
    pk.set_defaults(handler=cmd_packages)

    ex = esub.add_parser("export", help="write requirements.txt or environment.yml to stdout")
    ex.add_argument("path", type=Path)
    ex.add_argument("--format", choices=("requirements", "yml"), default="requirements")
    ex.set_defaults(handler=cmd_export)

    cr = esub.add_parser("create", help="create a virtualenv at PATH")
    cr.add_argument("path", type=Path)
    cr.add_argument("--python", default="", help="interpreter to base it on (virtualenv -p)")
    cr.add_argument("--system-site-packages", action="store_true")
    cr.add_argument("--without-pip", action="store_true", help="no pip, setuptools or wheel")
    cr.add_argument("-r", "--requirements", type=Path, help="install this file right away")
    cr.set_defaults(handler=cmd_create)

    df = esub.add_parser(
        "dockerfile", help="write a Dockerfile and its build context for the environment at PATH"
    )
    df.add_argument("path", type=Path)
    df.add_argument("--out", type=Path, required=True, help="a new or empty folder")
    df.add_argument("--base", default="", help="base image (default: matched to the env)")
    df.add_argument("--project", type=Path, help="project folder to copy into the image")
    df.add_argument("--workdir", default="/app", help="working directory in the image")
    df.add_argument("--port", type=int, help="port the app listens on (EXPOSE)")
    df.add_argument("--cmd", default="", help="start command, e.g. 'uvicorn app:app --port 9002'")
    stages = df.add_mutually_exclusive_group()
    stages.add_argument("--multi-stage", dest="multi_stage", action="store_true", default=None)
    stages.add_argument("--single-stage", dest="multi_stage", action="store_false")
    df.add_argument(
        "--vendor", action="store_true", help="put every requirement in the context (offline build)"
    )
    df.add_argument("--find-links", action="append", default=[], type=Path, metavar="DIR",
                    help="with --vendor: also look for packages here (repeatable)")  # fmt: skip
    df.add_argument("--no-index", action="store_true", help="with --vendor: no package index")
    df.add_argument("--json", action="store_true", help="print what was written as JSON")
    df.set_defaults(handler=cmd_dockerfile)

    rm = esub.add_parser("remove", help="delete the environment at PATH")
    rm.add_argument("path", type=Path)
    rm.add_argument("--yes", action="store_true", help="really delete (required)")
    rm.add_argument("--json", action="store_true", help="print what goes and what stays as JSON")
    rm.set_defaults(handler=cmd_remove)


def cmd_list(args: argparse.Namespace) -> int:
    from core.envs.discovery import Discovery, default_context

    ctx = default_context(
        tuple(p.resolve() for p in args.folder),
        include_system=not args.no_system,
        home_scan=not args.no_home_scan,
    )
    envs = Discovery().discover(ctx)
    if args.json:
        print_json([e.to_json() for e in envs])
    else:
        print_table(
            ["KIND", "NAME", "PYTHON", "PACKAGES", "HEALTH", "PATH"],
            [
                [
                    e.kind.value,
                    e.name,
                    e.python_version,
                    str(e.package_count),
                    "ok" if e.healthy else e.problem,
                    str(e.path),
                ]
                for e in envs
            ],
        )
    return 0


def _env_or_error(path: Path) -> Any:
    from core.envs.discovery import inspect_path
    from core.envs.markers import site_packages_dirs

    env = inspect_path(path)
    if env is None and not site_packages_dirs(path):
        raise EnvDockError(
            translate("core", "{path} is not a Python environment").format(path=path),
            translate("core", "Give the folder that holds pyvenv.cfg or conda-meta/."),
        )
    return env


def cmd_packages(args: argparse.Namespace) -> int:
    from core.envs.packages import read_packages

    try:
        _env_or_error(args.path)
    except EnvDockError as err:
        return print_error(err)
    packages = read_packages(args.path.resolve())
    if args.json:
        print_json([p.to_json() for p in packages])
    else:
        print_table(
            ["NAME", "VERSION", "INSTALLER"], [[p.name, p.version, p.installer] for p in packages]
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from core.envs.condarc import channels, conda_roots
    from core.envs.packages import read_packages
    from core.envs.specfiles import to_environment_yml, to_requirements

    try:
        env = _env_or_error(args.path)
    except EnvDockError as err:
        return print_error(err)
    packages = read_packages(args.path.resolve())
    if args.format == "requirements":
        sys.stdout.write(to_requirements(packages))
    else:
        home = Path.home()
        import os

        chans = channels(home, os.environ, conda_roots(home, os.environ))
        sys.stdout.write(to_environment_yml(env.name if env else args.path.name, packages, chans))
    return 0


def _run_job(title: str, work: Any, quiet: bool = False) -> int:
    from core.jobs import Job, JobState

    job = Job(title, work)
    # with --json the log goes to stderr, so stdout stays one JSON document
    stream = sys.stderr if quiet else sys.stdout
    job.listeners.logged.append(lambda _j, line: print(line, file=stream, flush=True))
    try:
        job.run()
    except KeyboardInterrupt:
        job.cancel()
    if job.state is JobState.SUCCEEDED:
        return 0
    assert job.error is not None
    return print_error(job.error)


def cmd_create(args: argparse.Namespace) -> int:
    from core.envs.ops import CreateOptions, create_venv

    opts = CreateOptions(
        args.path,
        args.python,
        args.system_site_packages,
        "none" if args.without_pip else "pip",
        args.requirements,
    )
    return _run_job(f"create {args.path}", lambda job: create_venv(job, opts))


def cmd_remove(args: argparse.Namespace) -> int:
    from core.envs.ops import remove_env
    from core.envs.safety import check_deletable

    try:
        plan = check_deletable(args.path)
    except EnvDockError as err:
        return print_error(err)
    if args.json:
        print_json({**plan.to_json(), "deleted": args.yes})
    if not args.yes:
        sys.stderr.write(
            f"envdock: would delete the environment at {plan.path} "
            f"({plan.size / 1e6:.1f} MB); add --yes to delete it\n{plan.summary()}\n"
        )
        return 1
    return _run_job(f"remove {args.path}", lambda job: remove_env(job, plan), quiet=args.json)


def cmd_dockerfile(args: argparse.Namespace) -> int:
    from core.bridge.containerize import ContainerizeOptions, containerize

    opts = ContainerizeOptions(
        env=args.path.absolute(),
        out=args.out.absolute(),
        base=args.base,
        project=args.project.absolute() if args.project else None,
        workdir=args.workdir,
        port=args.port,
        command=args.cmd,
        multi_stage=args.multi_stage,
        vendor=args.vendor,
        find_links=tuple(p.absolute() for p in args.find_links),
        no_index=args.no_index,
    )
    done: list[Any] = []
    code = _run_job(
        f"dockerfile for {args.path}",
        lambda job: done.append(containerize(job, opts)),
        quiet=args.json,
    )
    if code == 0 and done:
        result = done[0]
        if args.json:
            print_json(result.to_json())
        else:
            for warning in result.warnings:
                sys.stderr.write(f"warning: {warning}\n")
            print(f"{result.dockerfile}  (FROM {result.base})")
    return code
