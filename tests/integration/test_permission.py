"""A socket the user may not open: the real EACCES, as an unprivileged user sees it."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.support.engine import PrivateEngine

REPO = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from pathlib import Path
from core.docker.connection import probe_socket, status_from_error
from core.docker.endpoint import resolve_endpoint
from core.errors import DockerUnavailable
try:
    probe_socket(resolve_endpoint(home=Path('/nonexistent')))
    print(json.dumps({"state": "connected"}))
except DockerUnavailable as exc:
    s = status_from_error(exc)
    print(json.dumps({"state": s.state.value, "message": s.message, "hint": s.hint}))
"""


def test_socket_without_permission(private_engine: PrivateEngine) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to run the probe as another user")
    mode = private_engine.socket.stat().st_mode & 0o777
    assert not mode & 0o006, f"socket is world-accessible ({oct(mode)})"
    proc = subprocess.run(
        ["/usr/bin/python3", "-c", PROBE],
        env={
            "PYTHONPATH": str(REPO),
            "DOCKER_HOST": private_engine.base_url,
            "PATH": "/usr/bin:/bin",
        },
        user=65534,
        group=65534,
        extra_groups=[],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd="/",
    )
    result = json.loads(proc.stdout)
    assert result["state"] == "permission_denied", result
    assert "docker group" in result["hint"]
