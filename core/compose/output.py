"""What compose prints, read: its progress (each container, network, volume, image,
layer and build step, as v2 and v1 word it) and its failures (the port that is taken, the
build step that failed, the unhealthy dependency, or its last error lines)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.ansi import strip_ansi
from core.compose.tool import ComposeTool
from core.errors import SubprocessFailed
from core.text import translate


# -- progress ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ComposeProgress:
    """What compose said so far about each thing it works on: (kind, name, status) in the
    order they appeared (kind: Container, Network, Volume, Image, Service, Layer), and the
    build step it is at."""

    items: tuple[tuple[str, str, str], ...] = ()
    step: str = ""


_V2_ITEM = re.compile(
    r"^\s*(?:[✔✘⠿⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]\s*)?(Container|Network|Volume|Image)\s+(\S+)\s+(\S.*?)\s*(?:\d+\.\d+s)?$"
)
_V2_SERVICE = re.compile(
    r"^\s*(\S+)\s+(Pulling|Pulled|Built|Building|Skipped.*|Interrupted|Error.*|Warning.*)$"
)
_LAYER = re.compile(r"^\s*([0-9a-f]{12})\s+(\S.*)$")
_V1_ITEM = re.compile(
    r"^(Creating|Starting|Stopping|Removing|Recreating|Pulling|Building|Restarting)\s+"
    r"(?:(network|volume)\s+)?\"?([^\s\"]+)\"?(?:\s+\.\.\.\s*(\S+)?)?"
)
_STEP = re.compile(r"^#\d+ \[([^\]]+)\] (.*)$|^Step (\d+/\d+) : (.*)$")


class ProgressParser:
    """Feeds on compose's lines; ``snapshot`` is what it said so far."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.step = ""

    def feed(self, line: str) -> bool:
        text = strip_ansi(line).rstrip()
        match = _V2_ITEM.match(text)
        if match:
            return self._set(match.group(1), match.group(2), match.group(3))
        match = _V1_ITEM.match(text)
        if match:
            kind = (match.group(2) or "container").capitalize()
            if match.group(1) in ("Pulling", "Building"):
                kind = "Service"
            status = match.group(1) if not match.group(4) else f"{match.group(1)} {match.group(4)}"
            return self._set(kind, match.group(3), status)
        match = _STEP.match(text)
        if match:
            self.step = " ".join(g for g in match.groups() if g)
            return True
        match = _V2_SERVICE.match(text)
        if match:
            return self._set("Service", match.group(1), match.group(2))
        match = _LAYER.match(text)
        if match:
            return self._set("Layer", match.group(1), match.group(2))
        return False

    def _set(self, kind: str, name: str, status: str) -> bool:
        key = (kind, name)
        if self.items.get(key) == status:
            return False
        self.items[key] = status
        return True

    def snapshot(self) -> ComposeProgress:
        return ComposeProgress(tuple((k, n, s) for (k, n), s in self.items.items()), self.step)


# -- failures ----------------------------------------------------------------------------------
_PORT_TAKEN = re.compile(
    r"listen \w+ (?P<a>\S+): bind: address already in use"
    r"|Bind for (?P<b>\S+) failed: port is already allocated"
)
_UNHEALTHY = re.compile(r"container (\S+) is unhealthy")
_V2_STEP_ERROR = re.compile(r"^#(\d+) ERROR: (.*)$")
_V2_STEP = re.compile(r"^#(\d+) \[([^\]]+)\] (.*)$")
_V1_STEP = re.compile(r"^Step \d+/\d+ : (.*)$")
_V1_BUILD_ERROR = re.compile(r"returned a non-zero code: \d+|Service '[^']+' failed to build")
_ERRORISH = re.compile(
    r"error|failed|denied|not found|no such|invalid|cannot|unable", re.IGNORECASE
)


def failure(tool: ComposeTool, verb: str, output: str, returncode: int) -> SubprocessFailed:
    """A failed compose command as people read it: the port that is taken, the build step
    that failed, the unhealthy dependency, or compose's last error lines."""
    lines = [x.rstrip() for x in strip_ansi(output).splitlines() if x.strip()]
    what = f"{tool.label} {verb}".strip()
    match = _PORT_TAKEN.search(output)
    if match:
        address = match.group("a") or match.group("b")
        return SubprocessFailed(
            translate("core", "{what} failed: port {address} is already in use").format(
                what=what, address=address
            ),
            returncode,
            translate(
                "core",
                "Another program or container listens on {address}: stop it, or publish the "
                "service on another host port.",
            ).format(address=address),
            details=output,
        )
    if "Install paramiko package" in output:
        return SubprocessFailed(
            translate(
                "core", "{what} failed: it needs paramiko to reach an engine over ssh"
            ).format(what=what),
            returncode,
            translate(
                "core",
                "Install it (Debian/Ubuntu: sudo apt-get install python3-paramiko), or the "
                "docker compose plugin.",
            ),
            details=output,
        )
    step = _failed_step(lines)
    if step is not None:
        return SubprocessFailed(
            translate("core", "{what} failed: the build step {step} failed: {error}").format(
                what=what, step=step[0], error=step[1]
            ),
            returncode,
            translate("core", "Fix that step of the Dockerfile; its output is in the log."),
            details=output,
        )
    match = _UNHEALTHY.search(output)
    if match:
        return SubprocessFailed(
            translate("core", "{what} failed: {0} did not become healthy").format(
                match.group(1), what=what
            ),
            returncode,
            translate(
                "core", "Its health check kept failing: look at its log and its health check."
            ),
            details=output,
        )
    errors = [x for x in lines if _ERRORISH.search(x)][-3:] or lines[-3:]
    text = " / ".join(x.strip() for x in errors) or translate("core", "exit code {0}").format(
        returncode
    )
    return SubprocessFailed(
        translate("core", "{what} failed: {text}").format(what=what, text=text),
        returncode,
        translate("core", "The full output of compose is in the log."),
        details=output,
    )


def _failed_step(lines: Sequence[str]) -> tuple[str, str] | None:
    """(the step, the error) of a failed build, from v2's (BuildKit) or v1's output."""
    for i in range(len(lines) - 1, -1, -1):
        match = _V2_STEP_ERROR.match(lines[i])
        if match:
            number = match.group(1)
            for earlier in lines[:i]:
                head = _V2_STEP.match(earlier)
                if head and head.group(1) == number:
                    return f"[{head.group(2)}] {head.group(3)}", match.group(2)
            return f"#{number}", match.group(2)
    v1_errors = [i for i, x in enumerate(lines) if "returned a non-zero code" in x]
    v1_errors = v1_errors or [i for i, x in enumerate(lines) if _V1_BUILD_ERROR.search(x)]
    if v1_errors:
        i = v1_errors[-1]
        for earlier in reversed(lines[:i]):
            head = _V1_STEP.match(earlier.strip())
            if head:
                return head.group(1), lines[i].strip()
        return "?", lines[i].strip()
    return None
