"""What EnvDock asks compose to do, as the exact command lines it runs (shown to the
user, copyable), and running one of them as a job.

Every command starts ``compose -p NAME -f FILE… [--env-file F] [--project-directory D]``
so it acts on the project EnvDock shows whatever folder it runs from. Differences
between v1 and v2 are handled here: v1 has no ``up --pull`` (``up_commands`` pulls
first, or refuses with the reason); v2's ``down``, ``stop``… leave the containers of
profiles that are not on alone, so project-wide actions name every profile.

A cancelled ``up`` ends compose's process group and then removes what that run made and
never started — the project's containers in state "created" that were not there before
it — and nothing else.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shlex
import shutil
import time
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.compose.output import ComposeProgress, ProgressParser, failure
from core.compose.projects import ProjectRef
from core.compose.tool import ALL_PROFILES, SCALE, UP_PULL, ComposeTool
from core.docker.containers import COMPOSE_PROJECT
from core.errors import Cancelled, ValidationError
from core.logfile import get_logger
from core.procs import ProcessResult, run_streaming
from core.text import translate

if TYPE_CHECKING:
    from core.compose.config import ComposeModel
    from core.docker.api import DockerAPI
    from core.jobs import Job

log = get_logger("compose.actions")

__all__ = [
    "IMAGE_REMOVALS",
    "PULL_POLICIES",
    "VERBS",
    "ComposeProgress",
    "ComposeUnsupported",
    "UpOptions",
    "built_image_name",
    "command_text",
    "command_verb",
    "down_argv",
    "down_would_remove",
    "failure",
    "project_args",
    "reachable_env",
    "recreate_argv",
    "remove_unstarted",
    "run_compose",
    "scale_argv",
    "up_argv",
    "up_commands",
    "verb_argv",
]

PULL_POLICIES = ("always", "missing", "never")
IMAGE_REMOVALS = ("local", "all")
VERBS = ("start", "stop", "restart", "pull", "build")
# options before the command that take a value (to find the command in an argv)
_VALUED = frozenset({"-p", "--project-name", "-f", "--file", "--env-file", "--project-directory",
                     "--profile", "--progress", "--ansi", "-c", "--context", "-H", "--host",
                     "--parallel", "--log-level"})  # fmt: skip


class ComposeUnsupported(ValidationError):
    """The compose at hand cannot do what was asked (the message says why)."""


@dataclass(frozen=True)
class UpOptions:
    build: bool = False
    pull: str | None = None  # "always" | "missing" | "never"; None: compose's default
    force_recreate: bool = False
    remove_orphans: bool = False
    profiles: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    no_deps: bool = False


def project_args(tool: ComposeTool, ref: ProjectRef, profiles: Sequence[str] = ()) -> list[str]:
    """``compose -p NAME -f FILE… [--env-file] [--project-directory] [--profile P]…``."""
    if not ref.files and tool.major < 2:
        raise ComposeUnsupported(
            translate("core", "The compose files of project {0} are not known").format(ref.name),
            translate(
                "core", "{0} needs the files: open the project from its compose file."
            ).format(tool.label),
        )
    args = [*tool.argv, "-p", ref.name]
    for path in ref.files:
        args += ["-f", str(path)]
    if ref.env_file is not None:
        args += ["--env-file", str(ref.env_file)]
    if ref.files and ref.workdir != ref.files[0].parent:
        args += ["--project-directory", str(ref.workdir)]
    for profile in profiles:
        args += ["--profile", profile]
    return args


def _every_profile(tool: ComposeTool) -> tuple[str, ...]:
    return ("*",) if tool.supports(ALL_PROFILES) else ()


def up_argv(tool: ComposeTool, ref: ProjectRef, opts: UpOptions) -> list[str]:
    """``up -d`` with the options chosen. ``pull`` needs v2: on v1 use ``up_commands``."""
    if opts.pull is not None and opts.pull not in PULL_POLICIES:
        raise ValidationError(
            translate("core", "Unknown pull policy {0!r}").format(opts.pull),
            translate("core", "Use one of: {0}.").format(", ".join(PULL_POLICIES)),
        )
    if opts.pull is not None and not tool.supports(UP_PULL):
        raise ComposeUnsupported(tool.why_not(UP_PULL))
    args = [*project_args(tool, ref, opts.profiles), "up", "-d"]
    if opts.build:
        args.append("--build")
    if opts.pull is not None:
        args += ["--pull", opts.pull]
    if opts.force_recreate:
        args.append("--force-recreate")
    if opts.remove_orphans:
        args.append("--remove-orphans")
    if opts.no_deps:
        args.append("--no-deps")
    return [*args, *opts.services]


def up_commands(
    tool: ComposeTool, ref: ProjectRef, opts: UpOptions, model: ComposeModel | None = None
) -> list[list[str]]:
    """The commands an ``up`` takes with this compose: one on v2; on v1 (no ``up --pull``)
    "always" is a ``pull`` first (of the services that have an image to pull, when the
    ``model`` says which), "missing" is what v1's ``up`` does anyway, and "never" cannot
    be had (ComposeUnsupported with the reason)."""
    if opts.pull is None or tool.supports(UP_PULL):
        return [up_argv(tool, ref, opts)]
    if opts.pull not in PULL_POLICIES:
        up_argv(tool, ref, opts)  # raises with the reason
    if opts.pull == "never":
        raise ComposeUnsupported(
            tool.why_not(UP_PULL),
            translate("core", "Without it, up pulls the images that are missing."),
        )
    plain = up_argv(tool, ref, replace(opts, pull=None))
    if opts.pull == "missing":
        return [plain]
    pull = [*project_args(tool, ref, opts.profiles), "pull"]
    services: Sequence[str] = opts.services
    if model is not None:
        wanted = opts.services or [n for n, s in model.services.items() if s.active]
        services = [
            n for n in wanted if n in model.services and not model.services[n].build_context
        ]
        if not services:
            return [plain]
    else:
        pull.append("--ignore-pull-failures")  # build-only images cannot be pulled
    return [[*pull, *services], plain]


def down_argv(
    tool: ComposeTool,
    ref: ProjectRef,
    *,
    volumes: bool = False,
    images: str | None = None,
    remove_orphans: bool = False,
    all_profiles: bool = True,
) -> list[str]:
    """``down`` (``-v``: named and anonymous volumes; ``--rmi local|all``). With
    ``all_profiles`` v2 is given ``--profile '*'``: its ``down`` otherwise leaves the
    containers of profiles that are not on (v1's removes them all anyway)."""
    if images is not None and images not in IMAGE_REMOVALS:
        raise ValidationError(
            translate("core", "Unknown image removal {0!r}").format(images),
            translate("core", "Use local or all."),
        )
    profiles = _every_profile(tool) if all_profiles else ()
    args = [*project_args(tool, ref, profiles), "down"]
    if volumes:
        args.append("--volumes")
    if images is not None:
        args += ["--rmi", images]
    if remove_orphans:
        args.append("--remove-orphans")
    return args


def verb_argv(
    tool: ComposeTool,
    ref: ProjectRef,
    verb: str,
    services: Sequence[str] = (),
    *,
    profiles: Sequence[str] | None = None,
) -> list[str]:
    """``start`` / ``stop`` / ``restart`` / ``pull`` / ``build`` of the project or of the
    ``services`` named. Without ``profiles``, start/stop/restart of the whole project
    reach every profile's containers (v2 would skip those of profiles not on); pull and
    build stay with the services compose runs by default."""
    if verb not in VERBS:
        raise ValidationError(
            translate("core", "Unknown compose action {0!r}").format(verb),
            translate("core", "Use one of: {0}.").format(", ".join(VERBS)),
        )
    if profiles is None:
        profiles = _every_profile(tool) if verb in ("start", "stop", "restart") else ()
    return [*project_args(tool, ref, profiles), verb, *services]


def recreate_argv(
    tool: ComposeTool, ref: ProjectRef, service: str, *, profiles: Sequence[str] = ()
) -> list[str]:
    """New containers for one service (``up -d --force-recreate --no-deps SERVICE``)."""
    return [
        *project_args(tool, ref, profiles),
        "up",
        "-d",
        "--force-recreate",
        "--no-deps",
        service,
    ]


def scale_argv(
    tool: ComposeTool, ref: ProjectRef, service: str, replicas: int, *, profiles: Sequence[str] = ()
) -> list[str]:
    """``up -d --scale SERVICE=N --no-recreate SERVICE``: as many containers of one service
    as asked; the others (and that service's running ones) are left as they are."""
    if not tool.supports(SCALE):
        raise ComposeUnsupported(tool.why_not(SCALE))
    if isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 0:
        raise ValidationError(
            translate("core", "Replicas must be a whole number, 0 or more (got {0!r})").format(
                replicas
            )
        )
    return [*project_args(tool, ref, profiles), "up", "-d", "--scale", f"{service}={replicas}",
            "--no-recreate", service]  # fmt: skip


def command_text(argv: Sequence[str]) -> str:
    """The command as a shell line to show and copy (``docker`` for the docker a shell
    here would find, the full path otherwise)."""
    shown = [str(a) for a in argv]
    if shown and os.path.isabs(shown[0]):
        shown[0] = _shown_program(shown[0])
    return shlex.join(shown)


@functools.lru_cache(maxsize=16)
def _shown_program(path: str) -> str:
    """``path``'s name when a shell here finds that program by it (looked up once: a
    dialog's preview asks on every change)."""
    name = os.path.basename(path)
    found = shutil.which(name)
    if found is not None and os.path.realpath(found) == os.path.realpath(path):
        return name
    return path


def command_verb(tool: ComposeTool, argv: Sequence[str]) -> str:
    """The compose command (``up``, ``down``…) in ``argv``, after the global options."""
    rest = list(argv[len(tool.argv) :])
    i = 0
    while i < len(rest):
        arg = rest[i]
        if arg in _VALUED:
            i += 2
        elif arg.startswith("-"):
            i += 1
        else:
            return arg
    return ""


# -- names for the confirmation of down --------------------------------------------------------
def built_image_name(tool: ComposeTool, project: str, service: str) -> str:
    """The name compose gives an image it builds for a service without ``image:``."""
    return f"{project}-{service}" if tool.major >= 2 else f"{project}_{service}"


def down_would_remove(
    tool: ComposeTool,
    ref: ProjectRef,
    model: ComposeModel,
    *,
    volumes: bool,
    images: str | None,
    existing_volumes: Collection[str] | None = None,
    existing_images: Collection[str] | None = None,
) -> tuple[list[str], list[str]]:
    """(volumes, images) ``down`` with these options removes, by name, for the dialog that
    asks first: the file's named volumes that are not external (``-v`` also takes the
    containers' anonymous ones), and with ``--rmi local`` the images compose built for
    services without ``image:``, with ``all`` every service's image. ``existing_*``, when
    given, keep only names that exist."""
    gone_volumes: list[str] = []
    if volumes:
        gone_volumes = sorted({v.name for v in model.volumes.values() if not v.external})
    gone_images: set[str] = set()
    services = [s for s in model.services.values() if tool.major >= 2 or s.active]
    for spec in services:
        if images == "local" and spec.build_context and not spec.image:
            gone_images.add(built_image_name(tool, ref.name, spec.name))
        elif images == "all":
            gone_images.add(spec.image or built_image_name(tool, ref.name, spec.name))
    if existing_volumes is not None:
        gone_volumes = [v for v in gone_volumes if v in existing_volumes]
    result_images = sorted(gone_images)
    if existing_images is not None:
        known = set(existing_images)
        result_images = [i for i in result_images if i in known or f"{i}:latest" in known]
    return gone_volumes, result_images


# -- running -----------------------------------------------------------------------------------
def _open_client(env: Mapping[str, str]) -> tuple[DockerAPI, Any]:
    """A client for the engine ``env`` points compose at (and what closes it)."""
    from core.docker.connection import connect
    from core.docker.contexts import resolve_endpoint

    connection = connect(resolve_endpoint(env, Path(env.get("HOME") or Path.home())), env)
    return connection.client, connection


def _project_ids(api: DockerAPI, project: str) -> set[str]:
    rows = api.containers(all=True, filters={"label": f"{COMPOSE_PROJECT}={project}"})
    return {str(r["Id"]) for r in rows}


def remove_unstarted(
    api: DockerAPI, project: str, before: Collection[str], job: Job | None = None
) -> list[str]:
    """Remove the project's containers that are new since ``before`` and were never
    started (state "created"): what a cancelled ``up`` made and left. Twice, half a
    second apart: a create compose asked for just before it ended may land late."""
    removed: list[str] = []
    for attempt in range(2):
        if attempt:
            time.sleep(0.5)
        rows = api.containers(all=True, filters={"label": f"{COMPOSE_PROJECT}={project}"})
        for row in rows:
            cid = str(row["Id"])
            if cid in before or cid in removed or row.get("State") != "created":
                continue
            name = str((row.get("Names") or [cid[:12]])[0]).lstrip("/")
            try:
                api.remove_container(cid, v=True)
            except Exception as exc:
                log.warning("cannot remove %s after a cancelled up: %s", name, exc)
                if job is not None:
                    job.log(translate("core", "Could not remove {0}: {1}").format(name, exc))
                continue
            removed.append(cid)
            if job is not None:
                job.log(
                    translate(
                        "core", "Removed {0}: made by the cancelled run, never started"
                    ).format(name)
                )
    return removed


@contextlib.contextmanager
def reachable_env(tool: ComposeTool, env: Mapping[str, str]) -> Iterator[dict[str, str]]:
    """``env`` as the compose needs it to reach its engine: v1 (docker-py) speaks
    ``ssh://`` only with paramiko, which is often missing; it gets a local socket through
    EnvDock's ssh tunnel (the user's ssh, one master connection) while the command runs."""
    host = env.get("DOCKER_HOST", "")
    if tool.major >= 2 or not host.startswith("ssh://"):
        yield dict(env)
        return
    from core.docker.ssh_tunnel import SshTunnel

    tunnel = SshTunnel(host, env)
    try:
        yield {**env, "DOCKER_HOST": tunnel.start()}
    finally:
        tunnel.close()


def run_compose(
    job: Job,
    tool: ComposeTool,
    ref: ProjectRef,
    argv: Sequence[str],
    env: Mapping[str, str],
    *,
    client: DockerAPI | None = None,
) -> ProcessResult:
    """Run one compose command for ``job``: every line to ``job.log``, what compose says
    about each container, network, volume, image or build step to ``job.report``
    (``ComposeProgress``), cancel through ``job.cancel_event``. After a cancelled ``up``
    the containers it made and never started are removed (through ``client``, or a
    connection made from ``env``). A failure is a SubprocessFailed that names its cause.
    v1 reaches an ssh engine through EnvDock's ssh tunnel (``reachable_env``)."""
    verb = command_verb(tool, argv)
    job.log(f"$ {command_text(argv)}")
    with reachable_env(tool, env) as run:
        result = _run(job, ref, argv, env=run, verb=verb, client=client)
    if result.returncode != 0:
        raise failure(tool, verb, result.output, result.returncode)
    return result


def _run(
    job: Job,
    ref: ProjectRef,
    argv: Sequence[str],
    *,
    env: Mapping[str, str],
    verb: str,
    client: DockerAPI | None,
) -> ProcessResult:
    before: set[str] | None = None
    api = closer = None
    if verb == "up":
        try:
            api, closer = (client, None) if client is not None else _open_client(env)
            before = _project_ids(api, ref.name)
        except Exception as exc:
            log.warning("no snapshot before up (a cancel will not tidy up): %s", exc)
    progress = ProgressParser()

    def on_line(line: str) -> None:
        job.log(line)
        if progress.feed(line):
            job.report(progress.snapshot())

    cwd = ref.workdir if ref.files and ref.workdir.is_dir() else Path("/")
    try:
        try:
            result = run_streaming(
                argv, on_line, cancel_event=job.cancel_event, cwd=cwd, env=env, check=False,
                keep_output=400,
            )  # fmt: skip
        except Cancelled:
            if api is not None and before is not None:
                try:
                    remove_unstarted(api, ref.name, before, job)
                except Exception as exc:
                    log.warning("tidying up after a cancelled up failed: %s", exc)
            raise
    finally:
        if closer is not None:
            closer.close()
    return result
