"""Which form field an engine refusal concerns, so a dialog can show the error beside it
(and keep everything the user typed) instead of closing.

Core's own checks say it with :class:`FieldError`; the engine's refusals are recognised
by their (English, untranslated) text, which ``docker_error`` keeps in the message and the
details.
"""

from __future__ import annotations

import re

from core.errors import EnvDockError, ValidationError
from core.text import localized, translate


class FieldError(ValidationError):
    """A refusal that concerns one field of a form (``field`` names it)."""

    def __init__(self, message: str, hint: str = "", details: str = "", *, field: str) -> None:
        super().__init__(message, hint, details)
        self.field = field


# (field, pattern) in order: the first match wins
_RUN_PATTERNS: tuple[tuple[str, str], ...] = (
    ("name", r"container name .* is already in use|invalid container name"),
    (
        "ports",
        r"port is already allocated|address already in use|bind for .* failed"
        r"|invalid (host)?port|invalid port|port specification|invalid proto",
    ),
    (
        "image",
        r"no such image|pull access denied|repository does not exist|invalid reference format"
        r"|manifest \S+ not found|image \S+ not found",
    ),
    ("network", r"network \S+ not found|no such network"),
    (
        "volumes",
        r"invalid mount|invalid volume|mount config|bind source path|volume name"
        r"|mounts denied|invalid mode|duplicate mount point",
    ),
    ("limits", r"memory limit|minimum memory|nanocpus|range of cpus|cpu (quota|period|shares)"),
    (
        "command",
        r"executable file not found|exec: |no such file or directory.*unknown"
        r"|starting container process caused",
    ),
    ("env", r"invalid environment|environment variable"),
    ("labels", r"invalid label|label"),
)

_NETWORK_PATTERNS: tuple[tuple[str, str], ...] = (
    ("name", r"network with name .* already exists|already exists|invalid network name"),
    ("gateway", r"gateway"),
    ("subnet", r"overlap|pool|subnet|address space|no available network|invalid cidr"),
)

FORMS = {"run": _RUN_PATTERNS, "network": _NETWORK_PATTERNS}

# what to do, by field, when the engine's refusal came with only the generic hint
HINTS = {
    "name": translate("core", "Choose another name, or remove what uses this one."),
    "ports": translate("core", "Pick another host port, or stop what listens on it."),
    "image": translate("core", "Check the image reference, or pull or build the image first."),
    "network": translate("core", "Choose a network that exists."),
    "volumes": translate("core", "Check the volume lines: NAME:/path or /host/path:/path[:ro]."),
    "limits": translate("core", "Check the CPU and memory limits."),
    "command": translate("core", "Check the command: the image must contain that program."),
    "subnet": translate("core", "Choose a subnet no other network uses."),
    "gateway": translate("core", "Pick an address inside the subnet."),
}


def refusal_text(error: EnvDockError, field: str) -> str:
    """The message and a hint that fits the field (the engine's errors carry only the
    generic "check the engine" hint)."""
    hint = error.hint
    if field in HINTS and not isinstance(error, ValidationError):
        hint = localized(HINTS[field])
    return f"{error.message}\n{hint}".strip()


def refused_field(error: EnvDockError, form: str) -> str:
    """The field of ``form`` ("run" or "network") that ``error`` concerns; "" when it
    concerns none in particular."""
    field = getattr(error, "field", "")
    if isinstance(field, str) and field:
        return field
    text = f"{error.message}\n{error.details}".lower()
    for name, pattern in FORMS.get(form, ()):
        if re.search(pattern, text):
            return name
    return ""
