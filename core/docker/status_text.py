"""A container's status line ("Up 5 minutes", "Exited (0) 2 hours ago") as ``docker ps``
writes it, made from the state and the time it began so that it stays true as time passes.

The engine's list gives the text at the moment of the call; ``since_from_status`` reads the
time back out of it (as precisely as Docker's own rounding allows) and ``status_text`` writes
it again at any later moment with Docker's own rounding (go-units ``HumanDuration``).
"""

from __future__ import annotations

import re

from core.text import translate

_UP = re.compile(r"^Up (?P<d>.+?)(?: \((?P<paused>Paused)\))?(?: \((?P<health>[^)]*)\))?$")
_AGO = re.compile(r"^(?P<kind>Exited|Restarting) \((?P<code>-?\d+)\) (?P<d>.+) ago$")
_COUNT = re.compile(r"^(\d+) (second|minute|hour|day|week|month|year)s?$")
_UNIT = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 7 * 86400,
    "month": 30 * 86400,
    "year": 365 * 86400,
}
_ABOUT = {"Less than a second": 0, "About a minute": 60, "About an hour": 3600}


def parse_duration(text: str) -> float | None:
    """Seconds in one of Docker's human durations ("3 hours", "About a minute")."""
    if text in _ABOUT:
        return float(_ABOUT[text])
    match = _COUNT.match(text)
    if match is None:
        return None
    return float(int(match.group(1)) * _UNIT[match.group(2)])


def since_from_status(status: str, now: float) -> tuple[float, int | None, str]:
    """(when the state began as an epoch, or 0.0 if the text tells no time; exit code; health)
    from a ``docker ps`` status line read at ``now``."""
    up = _UP.match(status)
    if up is not None:
        seconds = parse_duration(up.group("d"))
        health = up.group("health") or ""
        return (0.0 if seconds is None else now - seconds), None, health
    ago = _AGO.match(status)
    if ago is not None:
        seconds = parse_duration(ago.group("d"))
        return (0.0 if seconds is None else now - seconds), int(ago.group("code")), ""
    return 0.0, None, ""


def human_duration(seconds: float) -> str:
    """Docker's rounding: seconds, then minutes, hours (rounded), days, weeks, months, years."""
    s = int(seconds)
    if s < 1:
        return translate("core", "Less than a second")
    if s == 1:
        return translate("core", "1 second")
    if s < 60:
        return translate("core", "{0} seconds").format(s)
    minutes = s // 60
    if minutes == 1:
        return translate("core", "About a minute")
    if minutes < 60:
        return translate("core", "{0} minutes").format(minutes)
    hours = round(seconds / 3600)
    if hours == 1:
        return translate("core", "About an hour")
    if hours < 48:
        return translate("core", "{0} hours").format(hours)
    if hours < 24 * 7 * 2:
        return translate("core", "{0} days").format(hours // 24)
    if hours < 24 * 30 * 2:
        return translate("core", "{0} weeks").format(hours // 24 // 7)
    if hours < 24 * 365 * 2:
        return translate("core", "{0} months").format(hours // 24 // 30)
    return translate("core", "{0} years").format(int(seconds / 3600) // 24 // 365)


def _health_text(health: str) -> str:
    if health == "healthy":
        return translate("core", "healthy")
    if health == "unhealthy":
        return translate("core", "unhealthy")
    if health in ("starting", "health: starting"):
        return translate("core", "health: starting")
    return ""


def status_text(state: str, since: float, exit_code: int | None, health: str, now: float) -> str:
    """The status line for ``state`` that began at ``since`` (epoch), as of ``now``."""
    elapsed = human_duration(max(0.0, now - since))
    if state == "paused":
        return translate("core", "Up {0} (Paused)").format(elapsed)
    if state == "restarting":
        return translate("core", "Restarting ({0}) {1} ago").format(exit_code or 0, elapsed)
    if state == "running":
        shown = _health_text(health)
        if shown:
            return translate("core", "Up {0} ({1})").format(elapsed, shown)
        return translate("core", "Up {0}").format(elapsed)
    if state == "removing":
        return translate("core", "Removal In Progress")
    if state == "dead":
        return translate("core", "Dead")
    if state == "created":
        return translate("core", "Created")
    return translate("core", "Exited ({0}) {1} ago").format(exit_code or 0, elapsed)
