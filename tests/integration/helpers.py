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
