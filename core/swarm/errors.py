"""The engine's swarm errors as messages with a hint (``core.docker.api_errors`` for the rest).

The engine answers a swarm request it cannot serve with 503 and one of two texts: "This
node is not a swarm manager. Worker nodes can't be used…" (a worker: the managers are
named in its ``info()``) or "…Use "docker swarm init" or "docker swarm join"…" (not in a
swarm at all). Others come from swarmkit as ``rpc error: code = X desc = TEXT``; the
``desc`` part is what is shown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.docker.api_errors import docker_error, is_connection_fault
from core.errors import DockerError
from core.text import localized, translate

if TYPE_CHECKING:
    from core.docker.api import DockerAPI


class NotManager(DockerError):
    """This engine is a worker: swarm state is read and changed on a manager."""

    def __init__(self, message: str, hint: str = "", managers: tuple[str, ...] = ()) -> None:
        super().__init__(message, hint)
        self.managers = managers


class NotInSwarm(DockerError):
    """This engine is not part of a swarm."""


def engine_text(exc: BaseException) -> str:
    """What the engine said (the ``desc`` of a swarmkit error), else the exception's text."""
    explanation = getattr(exc, "explanation", None)
    if isinstance(explanation, bytes):
        text = explanation.decode(errors="replace")
    else:
        text = str(explanation) if explanation else str(exc)
    match = re.search(r"rpc error: code = \w+ desc = (.*)", text, re.DOTALL)
    return (match.group(1) if match else text).strip()


def status_of(exc: BaseException) -> int | None:
    status = getattr(getattr(exc, "response", None), "status_code", None)
    return status if isinstance(status, int) else None


def remote_managers(api: DockerAPI) -> tuple[str, ...]:
    """The managers' addresses this engine knows (``info()``), () when it cannot tell."""
    from core.swarm.model import SwarmInfo

    try:
        return SwarmInfo.from_api(api.info()).remote_managers
    except Exception:
        return ()


def not_manager(managers: tuple[str, ...]) -> NotManager:
    where = ", ".join(managers) if managers else translate("core", "(none known)")
    return NotManager(
        translate("core", "This node is not a manager"),
        translate(
            "core",
            "Swarm state is read and changed on a manager: open the engine of a manager "
            "({managers}), or promote this node on a manager.",
        ).format(managers=where),
        managers=managers,
    )


def not_in_swarm() -> NotInSwarm:
    return NotInSwarm(
        translate("core", "This engine is not part of a swarm"),
        translate("core", "Initialise a swarm on it, or join it to one."),
    )


# engine text (lower case) → hint (made again in the user's language when used)
_HINTS = (
    (
        "it must be demoted to worker before removal",
        translate(
            "core",
            "Demote it to a worker first. The last manager cannot be removed: leaving the "
            "swarm on it (with force) ends the swarm.",
        ),
    ),
    (
        "demote the last manager",
        translate("core", "Promote another node to manager first."),
    ),
    (
        "is not down and can't be removed",
        translate("core", "Drain it and stop its engine first, or force it."),
    ),
    (
        "leave the swarm on a node that is participating as a manager",
        translate(
            "core",
            "Leaving with force on the last manager ends the swarm and loses its services, "
            "secrets and configs.",
        ),
    ),
    (
        "update out of sequence",
        translate("core", "Someone changed it meanwhile: try again on the fresh state."),
    ),
    (
        "already exists",
        translate("core", "Choose another name, or remove the existing one first."),
    ),
    (
        "is in use by the following service",
        translate("core", "Remove it from those services first."),
    ),
    (
        "must be valid as a dns name component",
        translate("core", "Use letters, digits and dashes only."),
    ),
    (
        "can't be used with dnsrr mode",
        translate("core", "Publish the port in host mode, or use the vip endpoint mode."),
    ),
    (
        "not found",
        translate("core", "It may have been removed meanwhile; the list refreshes by itself."),
    ),
)


def swarm_error(exc: BaseException, what: str, api: DockerAPI | None = None) -> DockerError:
    """``exc`` from a swarm call as a DockerError with a hint; with ``api``, a worker's
    refusal names the managers (from its ``info()``)."""
    if isinstance(exc, DockerError):
        return exc
    if is_connection_fault(exc):
        return docker_error(exc, what)
    text = engine_text(exc)
    low = text.lower()
    if status_of(exc) == 503 and "not a swarm manager" in low:
        if "worker nodes" in low:
            return not_manager(remote_managers(api) if api is not None else ())
        return not_in_swarm()
    if status_of(exc) == 503 and "not part of a swarm" in low:
        return not_in_swarm()
    hint = next((localized(h) for key, h in _HINTS if key in low), "")
    return DockerError(
        translate("core", "{what}: {text}").format(what=what, text=text), hint, details=str(exc)
    )
