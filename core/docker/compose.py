"""Which compose command this machine has: `docker compose` (v2) when present, else
`docker-compose` (v1)."""

from __future__ import annotations

import shutil
from functools import cache

from core.errors import SubprocessFailed
from core.procs import run_streaming


@cache
def compose_command() -> tuple[str, ...] | None:
    docker = shutil.which("docker")
    if docker:
        try:
            if run_streaming([docker, "compose", "version"], check=False).returncode == 0:
                return (docker, "compose")
        except SubprocessFailed:
            pass
    legacy = shutil.which("docker-compose")
    return (legacy,) if legacy else None
