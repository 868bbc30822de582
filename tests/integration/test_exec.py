"""An interactive exec against the private engine: echo, Ctrl-C, resize, container stop."""

from __future__ import annotations

from typing import Any

import pytest

from core.docker.exec_session import ExecSession
from core.errors import DockerError, ValidationError
from tests.integration.helpers import create_container, wait_until


def read_until(session: ExecSession, needle: bytes, timeout: float = 10) -> bytes:
    seen = b""

    def check() -> bool:
        nonlocal seen
        seen += session.drain()
        return needle in seen

    assert wait_until(check, timeout), seen[-300:]
    return seen


def test_interactive_exec(docker_client: Any) -> None:
    cid = create_container(docker_client, "exec-it")
    docker_client.start(cid)
    session = ExecSession(docker_client, cid, ["/bin/sh"], rows=30, cols=100)
    session.start()
    try:
        read_until(session, b"# ")
        session.write(b"echo hello-$((40+2))\r")
        read_until(session, b"hello-42")
        session.write(b"sleep 60\r")
        read_until(session, b"sleep 60")
        session.write(b"\x03")  # Ctrl-C interrupts the sleep and gives the prompt back
        session.write(b"echo after-interrupt\r")
        read_until(session, b"after-interrupt\r\n", timeout=5)
        session.write(b"stty size\r")
        read_until(session, b"30 100")
        session.resize(40, 120)
        session.write(b"stty size\r")
        read_until(session, b"40 120")
        docker_client.stop(cid, timeout=0)
        assert session.ended.wait(10)  # the terminal learns it ended, nothing hangs
        assert not session.running
    finally:
        session.close()


def test_exec_errors(docker_client: Any) -> None:
    cid = create_container(docker_client, "exec-stopped")
    with pytest.raises(DockerError, match="not running"):
        ExecSession(docker_client, cid, ["/bin/sh"]).start()
    with pytest.raises(ValidationError):
        ExecSession(docker_client, cid, [])
