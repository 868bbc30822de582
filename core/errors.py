"""Typed errors: each carries a message for people and a hint for what to do next."""

from __future__ import annotations

from core.text import localized, translate


class EnvDockError(Exception):
    """Base of every error EnvDock shows to a person.

    ``message`` says what went wrong, ``hint`` what to do about it, ``details``
    holds technical text (tracebacks, command output) shown behind a button.
    """

    default_hint = ""

    def __init__(self, message: str, hint: str = "", details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint or localized(self.default_hint)
        self.details = details

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class Cancelled(EnvDockError):
    """The user cancelled the operation."""

    def __init__(self, message: str = "Cancelled", hint: str = "", details: str = "") -> None:
        super().__init__(message, hint, details)


class ValidationError(EnvDockError):
    """Input from the user was refused; the message says why."""

    default_hint = translate("core", "Correct the value and try again.")


class SubprocessFailed(EnvDockError):
    """An external program exited with an error."""

    def __init__(self, message: str, returncode: int, hint: str = "", details: str = "") -> None:
        super().__init__(message, hint, details)
        self.returncode = returncode


class DockerError(EnvDockError):
    """The Docker engine refused or failed a request."""

    default_hint = translate("core", "Check that the Docker engine is running and reachable.")


class DockerUnavailable(DockerError):
    """No usable Docker engine: carries the connection state that explains why."""

    def __init__(self, message: str, hint: str = "", details: str = "", state: str = "") -> None:
        super().__init__(message, hint, details)
        self.state = state


class UnexpectedError(EnvDockError):
    """A bug or an unforeseen failure; details hold the traceback."""

    default_hint = translate("core", "This is probably a bug. The details are in the log file.")


def describe(exc: BaseException) -> EnvDockError:
    """Turn any exception into an EnvDockError a person can read."""
    if isinstance(exc, EnvDockError):
        return exc
    import traceback

    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    text = str(exc) or type(exc).__name__
    return UnexpectedError(
        translate("core", "Unexpected error: {text}").format(text=text), details=details
    )
