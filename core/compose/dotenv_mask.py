"""A ``.env`` file, and compose's resolved configuration, shown with their secret-looking
values masked (the editor shows these until the user asks for the values)."""

from __future__ import annotations

import re

from core.docker.masking import MASK, looks_secret

_ASSIGNMENT = re.compile(r"^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)(\s*=\s*)(.*)$")


def masked_dotenv(text: str) -> str:
    """``text`` with the value of every ``NAME=value`` whose name looks secret replaced by
    the mask (comments, blank lines and other assignments unchanged)."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        end = line[len(body) :]
        match = _ASSIGNMENT.match(body)
        if match and match.group(4) and looks_secret(match.group(2)):
            body = f"{match.group(1)}{match.group(2)}{match.group(3)}{MASK}"
        out.append(body + end)
    return "".join(out)


# "  KEY: value" (a mapping) or "  - KEY=value" (a list) in compose's YAML
_YAML_ITEM = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*)(\s*(?::\s+|=))(\S.*)$")


def masked_yaml(text: str) -> str:
    """Compose's resolved configuration with the value of every secret-looking key (an
    environment variable, a build argument, a label) masked."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        end = line[len(body) :]
        match = _YAML_ITEM.match(body)
        if match and looks_secret(match.group(2)) and match.group(4)[:1] not in "{[|>&*":
            body = f"{match.group(1)}{match.group(2)}{match.group(3)}{MASK}"
        out.append(body + end)
    return "".join(out)
