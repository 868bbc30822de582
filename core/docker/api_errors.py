"""Turn docker-py and requests exceptions into DockerErrors a person can read."""

from __future__ import annotations

from core.errors import DockerError
from core.text import translate

HINTS = {
    404: "It may have been removed meanwhile; the list refreshes by itself.",
    409: "The container is in a state that does not allow this (for example running).",
    500: "The engine failed; its log (journalctl -u docker) may say why.",
}


def is_connection_fault(exc: BaseException) -> bool:
    """The link failed (nothing was answered), as opposed to an answer that says no."""
    status = getattr(getattr(exc, "response", None), "status_code", None)
    return "ConnectionError" in type(exc).__name__ or (
        "Connection" in str(getattr(exc, "explanation", None) or exc) and status is None
    )


def docker_error(exc: BaseException, what: str) -> DockerError:
    explanation = getattr(exc, "explanation", None)
    status = getattr(getattr(exc, "response", None), "status_code", None)
    text = (
        explanation.decode(errors="replace")
        if isinstance(explanation, bytes)
        else (str(explanation) if explanation else str(exc))
    )
    hint = HINTS.get(int(status)) if isinstance(status, int) else None
    if is_connection_fault(exc):
        return DockerError(
            translate("core", "{what}: the Docker engine did not answer").format(what=what),
            translate("core", "Check that the engine is running; EnvDock reconnects by itself."),
            details=str(exc),
        )
    return DockerError(
        translate("core", "{what}: {text}").format(what=what, text=text),
        hint or "",
        details=str(exc),
    )
