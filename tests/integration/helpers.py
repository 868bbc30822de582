"""Small helpers shared by integration tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from tests.support.engine import TEST_IMAGE


def create_container(
    client: Any, name: str, command: list[str] | None = None, **kwargs: Any
) -> str:
    cid = str(
        client.create_container(
            TEST_IMAGE, command=command or ["sleep", "600"], name=name, **kwargs
        )["Id"]
    )
    client.envdock_created.append(cid)
    return cid


def wait_until(predicate: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def envdock_json(args: list[str], env: dict[str, str] | None = None) -> Any:
    """Run ``envdock ARGS`` (the module, with this interpreter) and parse its JSON output."""
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "gui", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return json.loads(out)


def docker_cli_json_lines(args: list[str], env: dict[str, str]) -> list[Any]:
    """Run the docker CLI with ``--format '{{json .}}'`` and parse one object per line."""
    import json
    import subprocess

    out = subprocess.run(
        ["docker", *args, "--format", "{{json .}}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines()]
