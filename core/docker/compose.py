"""Which compose command this machine has: `docker compose` (v2) when present, else
`docker-compose` (v1)."""

from __future__ import annotations

import shutil
import subprocess
from functools import cache

from core.procs import clean_env


@cache
def compose_command() -> tuple[str, ...] | None:
    docker = shutil.which("docker")
    if docker:
        probe = subprocess.run(
            [docker, "compose", "version"],
            capture_output=True,
            text=True,
            check=False,
            env=clean_env(),
            timeout=20,
        )
        if probe.returncode == 0:
            return (docker, "compose")
    legacy = shutil.which("docker-compose")
    return (legacy,) if legacy else None
