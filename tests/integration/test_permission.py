"""A socket the user may not open: the real EACCES, as an unprivileged user sees it.

The probe is the project's own code on the project's own interpreter: a child forked from
this test process that drops to ``nobody`` (no supplementary groups) and connects the way
the app does (``open_client``). Nothing is read from disk after the drop, so neither what
the system Python has installed nor whether ``nobody`` can read the checkout, the venv or
the interpreter (root's home, often) plays a part. The socket is reached through a folder
``nobody`` may enter, so the only thing refused is the socket itself (mode 0660, root's),
as with ``/var/run/docker.sock``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.engine import PrivateEngine

NOBODY = 65534


def _probe(socket: Path, user: int | None) -> dict[str, Any]:
    """How the app's connection sees SOCKET from a child running as USER (None: as we are)."""
    import docker  # noqa: F401  (loaded before the fork: the child reads no files)

    from core.docker.connection import open_client, status_from_error
    from core.errors import DockerUnavailable
    from core.text import set_lookup

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report and leave, never return into pytest
        code = 1
        try:
            os.close(read)
            set_lookup(None)  # English, and no call into Qt after a fork
            if user is not None:
                os.setgroups([])
                os.setgid(user)
                os.setuid(user)
            result: dict[str, Any] = {"ids": [os.getuid(), os.getgid(), os.getgroups()]}
            try:
                connection = open_client({"DOCKER_HOST": f"unix://{socket}"}, Path("/nonexistent"))
                connection.close()
                assert connection.status is not None
                status = connection.status
            except DockerUnavailable as exc:
                status = status_from_error(exc)
            result |= {"state": status.state.value, "message": status.message}
            result["hint"] = status.hint
            os.write(write, json.dumps(result).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    deadline = time.monotonic() + 60
    try:
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            assert time.monotonic() < deadline, "the probe did not finish in 60 s"
            time.sleep(0.05)
        pid = 0
        with os.fdopen(read, "rb") as pipe:
            answer: dict[str, Any] = json.loads(pipe.read() or b"{}")
        return answer
    finally:
        if pid:  # stopped by its pid when it hangs
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


@pytest.fixture
def open_folder(private_engine: PrivateEngine) -> Iterator[Path]:
    """A folder any user may enter, beside the engine's (same filesystem: hard links)."""
    assert private_engine.root is not None
    folder = Path(tempfile.mkdtemp(prefix="envdock-perm-", dir=private_engine.root.parent))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_socket_without_permission(private_engine: PrivateEngine, open_folder: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to run the probe as another user")
    mode = private_engine.socket.stat().st_mode & 0o777
    assert not mode & 0o006, f"socket is world-accessible ({oct(mode)})"
    socket = open_folder / "docker.sock"
    os.link(private_engine.socket, socket)  # the engine's socket, in a folder nobody may enter

    as_root = _probe(socket, None)  # the same probe and path connect: only the user differs
    assert as_root["state"] == "connected", as_root

    as_nobody = _probe(socket, NOBODY)
    assert as_nobody["ids"] == [NOBODY, NOBODY, []], as_nobody
    assert as_nobody["state"] == "permission_denied", as_nobody
    assert "docker group" in as_nobody["hint"]
