"""Stacks: a compose file deployed to a swarm with the user's ``docker stack deploy``.

The command runs through ``core.procs`` as a job, in an environment that points it at the
chosen engine (``core.compose.tool.run_env(engine_env(engine))``). The swarm ignores some
compose options (``build``, ``container_name``, ``depends_on``' conditions…); the CLI says
so in lines such as ``Ignoring unsupported options: build`` — those are collected so the
user sees what was left out. A stack is the services whose
``com.docker.stack.namespace`` label names it.
"""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import SubprocessFailed, ValidationError
from core.procs import run_streaming
from core.swarm.model import Service
from core.text import translate

if TYPE_CHECKING:
    from core.jobs import Job
    from core.swarm.state import SwarmState

_STACK_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_-]*$")
_DEPRECATED = re.compile(r"^([A-Za-z_][\w.-]*): \S")
_IGNORED = re.compile(r"^\s*Ignoring (unsupported|deprecated) options?:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Stack:
    name: str
    services: tuple[Service, ...]

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "services": [s.name for s in self.services]}


@dataclass(slots=True)
class StackResult:
    name: str
    ignored: list[str] = field(default_factory=list)  # option names the swarm left out
    ignored_lines: list[str] = field(default_factory=list)  # the CLI's lines that say so
    output: str = ""
    returncode: int = 0


def stacks(state: SwarmState) -> list[Stack]:
    """The stacks in the swarm, each with its services (by the namespace label)."""
    by_name: dict[str, list[Service]] = {}
    for service in state.service_list():
        if service.stack:
            by_name.setdefault(service.stack, []).append(service)
    return [Stack(name, tuple(by_name[name])) for name in sorted(by_name)]


def _check_name(name: str) -> None:
    if not _STACK_NAME.match(name):
        raise ValidationError(
            translate("core", "{name!r} is not a valid stack name").format(name=name),
            translate(
                "core", "Use letters, digits, dashes and underscores; start with a letter or digit."
            ),
        )


def docker_cli(env: Mapping[str, str]) -> str:
    """The docker CLI on the PATH of ``env``."""
    found = shutil.which("docker", path=env.get("PATH"))
    if found is None:
        raise ValidationError(
            translate("core", "The docker command is not installed"),
            translate(
                "core",
                "Stacks are deployed with docker stack deploy: install the Docker CLI "
                "(Debian/Ubuntu: sudo apt-get install docker.io).",
            ),
        )
    return found


def deploy_argv(name: str, compose_file: Path | str, docker: str = "docker") -> list[str]:
    """``docker stack deploy -c FILE --resolve-image never NAME``."""
    return [docker, "stack", "deploy", "-c", str(compose_file), "--resolve-image", "never", name]


def remove_argv(name: str, docker: str = "docker") -> list[str]:
    return [docker, "stack", "rm", name]


def parse_ignored(lines: list[str]) -> tuple[list[str], list[str]]:
    """(option names, the lines that named them) from the CLI's output: ``Ignoring
    unsupported options: build, …`` names them on its line; ``Ignoring deprecated
    options:`` is followed by a blank line and one ``name: why`` line for each."""
    names: list[str] = []
    said: list[str] = []
    in_deprecated = False
    for line in lines:
        match = _IGNORED.match(line)
        if match:
            said.append(line.strip())
            in_deprecated = match.group(1).lower() == "deprecated"
            found = [part.strip() for part in match.group(2).split(",")]
        elif in_deprecated and _DEPRECATED.match(line):
            said.append(line.strip())
            found = [line.split(":", 1)[0].strip()]
        else:
            if in_deprecated and line.strip() and said and not said[-1].startswith("Ignoring"):
                in_deprecated = False  # the list ended
            continue
        names += [name for name in found if name and name not in names]
    return names, said


def _run(job: Job, argv: list[str], env: Mapping[str, str], cwd: Path | None) -> StackResult:
    job.log(f"$ {shlex.join(argv)}")
    lines: list[str] = []

    def on_line(line: str) -> None:
        lines.append(line)
        job.log(line)

    result = run_streaming(
        argv, on_line, cancel_event=job.cancel_event, cwd=cwd, env=env, check=False
    )
    ignored, said = parse_ignored(lines)
    out = StackResult(argv[-1], ignored, said, "\n".join(lines), result.returncode)
    if result.returncode != 0:
        reason = next((ln for ln in reversed(lines) if ln.strip()), "")
        raise SubprocessFailed(
            translate("core", "docker stack {verb} {name} failed: {reason}").format(
                verb=argv[2], name=argv[-1], reason=reason
            ),
            returncode=result.returncode,
            hint=translate("core", "See the output for the reason."),
            details=out.output,
        )
    return out


def stack_deploy(
    job: Job, name: str, compose_file: Path | str, env: Mapping[str, str]
) -> StackResult:
    """Deploy (or update, when it exists) the stack ``name`` from ``compose_file`` on the
    engine ``env`` points at; what the swarm ignored is in ``ignored``."""
    _check_name(name)
    path = Path(compose_file)
    if not path.is_file():
        raise ValidationError(
            translate("core", "The compose file {path} does not exist").format(path=path)
        )
    return _run(job, deploy_argv(name, path, docker_cli(env)), env, path.parent)


def stack_remove(job: Job, name: str, env: Mapping[str, str]) -> StackResult:
    """``docker stack rm NAME``: its services, networks, secrets and configs."""
    _check_name(name)
    return _run(job, remove_argv(name, docker_cli(env)), env, None)
