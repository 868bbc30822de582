"""Container actions on one container or many at once (in parallel, like the CLI)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error
from core.errors import DockerError, ValidationError
from core.jobs import Job
from core.text import translate

ACTIONS = ("start", "stop", "restart", "pause", "unpause", "kill", "remove")
# what the row shows while the action runs; the final state comes from the events stream
TRANSITIONS = {
    "start": "starting…",
    "stop": "stopping…",
    "restart": "restarting…",
    "pause": "pausing…",
    "unpause": "unpausing…",
    "kill": "killing…",
    "remove": "removing…",
    "rename": "renaming…",
}
SIGNALS = ("SIGKILL", "SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2")
MAX_PARALLEL = 16


@dataclass(frozen=True, slots=True)
class ActionRequest:
    action: str
    ids: tuple[str, ...]
    timeout: int = 10  # stop/restart: seconds before SIGKILL
    signal: str = "SIGKILL"
    remove_volumes: bool = False  # remove: also anonymous volumes (-v)
    force: bool = False  # remove: also running containers (-f)


@dataclass(slots=True)
class ActionReport:
    done: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


def validate(request: ActionRequest) -> None:
    if request.action not in ACTIONS:
        raise ValidationError(translate("core", "Unknown action {0!r}").format(request.action))
    if not request.ids:
        raise ValidationError(
            translate("core", "No container selected."),
            translate("core", "Select one or more containers."),
        )
    if request.action == "kill" and request.signal not in SIGNALS:
        raise ValidationError(
            translate("core", "Unknown signal {0!r}").format(request.signal),
            translate("core", "Use one of {SIGNALS}.").format(SIGNALS=SIGNALS),
        )
    if request.timeout < 0:
        raise ValidationError(translate("core", "The stop timeout cannot be negative."))


def _one(client: DockerAPI, request: ActionRequest, cid: str) -> None:
    a = request.action
    if a == "start":
        client.start(cid)
    elif a == "stop":
        client.stop(cid, timeout=request.timeout)
    elif a == "restart":
        client.restart(cid, timeout=request.timeout)
    elif a == "pause":
        client.pause(cid)
    elif a == "unpause":
        client.unpause(cid)
    elif a == "kill":
        client.kill(cid, signal=request.signal)
    elif a == "remove":
        client.remove_container(cid, v=request.remove_volumes, force=request.force)


def run_action(
    job: Job, client: DockerAPI, request: ActionRequest, names: dict[str, str] | None = None
) -> ActionReport:
    """Apply the action to every id in parallel; one failure does not stop the others."""
    validate(request)
    if client is None:
        raise DockerError(
            translate("core", "Not connected to a Docker engine"),
            translate("core", "Wait for the connection, or check the status bar for why."),
        )
    names = names or {}
    report = ActionReport()
    total = len(request.ids)

    def work(cid: str) -> tuple[str, str | None]:
        if job.cancelled:
            return cid, "cancelled"
        try:
            _one(client, request, cid)
        except Exception as exc:
            return cid, docker_error(exc, f"{request.action} {names.get(cid, cid[:12])}").message
        return cid, None

    with ThreadPoolExecutor(max_workers=min(MAX_PARALLEL, total)) as pool:
        for i, (cid, error) in enumerate(pool.map(work, request.ids), 1):
            label = names.get(cid, cid[:12])
            if error is None:
                report.done.append(cid)
                job.log(f"{request.action} {label}: done")
            else:
                report.failed[cid] = error
                job.log(f"FAILED — {error}")
            job.set_progress(i / total)
    if report.failed and not report.done:
        first = next(iter(report.failed.values()))
        raise DockerError(
            first
            if total == 1
            else translate("core", "{0} failed for all {1} containers: {2}").format(
                request.action, total, first
            ),
            translate("core", "See the operation's log in Activity for each container."),
        )
    if report.failed:
        raise DockerError(
            translate("core", "{0}: {1} done, {2} failed").format(
                request.action, len(report.done), len(report.failed)
            ),
            translate("core", "See the operation's log in Activity for each container."),
            details="\n".join(report.failed.values()),
        )
    return report


def rename(job: Job, client: DockerAPI, cid: str, new_name: str) -> str:
    import re

    if not re.fullmatch(r"[a-zA-Z0-9][a-zA-Z0-9_.-]*", new_name or ""):
        raise ValidationError(
            translate("core", "{new_name!r} is not a valid container name").format(
                new_name=new_name
            ),
            translate(
                "core", "Use letters, digits, '_', '.' and '-', starting with a letter or digit."
            ),
        )
    try:
        client.rename(cid, new_name)
    except Exception as exc:
        raise docker_error(exc, f"rename to {new_name}") from exc
    job.log(f"renamed {cid[:12]} to {new_name}")
    return new_name
