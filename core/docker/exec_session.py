"""An interactive `docker exec -it` session: a TTY socket, a reader thread that buffers
output for the GUI to pull, input, resize, and a clean end when the process exits or the
container stops."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import deque
from typing import Any

from core.docker.api_errors import docker_error
from core.errors import ValidationError
from core.text import translate


class ExecSession:
    def __init__(  # noqa: PLR0917
        self,
        client: Any,
        cid: str,
        command: list[str],
        user: str = "",
        workdir: str = "",
        rows: int = 24,
        cols: int = 80,
    ) -> None:
        if not command or not command[0]:
            raise ValidationError(translate("core", "Choose a command to run, e.g. /bin/sh."))
        self.client = client
        self.cid = cid
        self.command = command
        self.user = user
        self.workdir = workdir
        self.rows, self.cols = rows, cols
        self.exec_id = ""
        self.output: deque[bytes] = deque()
        self.ended = threading.Event()
        self.exit_code: int | None = None
        self._sock: Any = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        try:
            created = self.client.exec_create(
                self.cid,
                self.command,
                stdin=True,
                tty=True,
                user=self.user,
                workdir=self.workdir or None,
                environment={"TERM": "xterm-256color"},
            )
            self.exec_id = created["Id"]
            wrapped = self.client.exec_start(self.exec_id, tty=True, socket=True)
        except Exception as exc:
            raise docker_error(exc, f"open {' '.join(self.command)}") from exc
        self._sock = getattr(wrapped, "_sock", wrapped)
        self._sock.settimeout(None)
        self.resize(self.rows, self.cols)
        self._thread = threading.Thread(
            target=self._read, name=f"exec-{self.cid[:12]}", daemon=True
        )
        self._thread.start()

    def _read(self) -> None:
        try:
            while True:
                data = self._sock.recv(65536)
                if not data:
                    break
                self.output.append(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(Exception):
                self.exit_code = self.client.exec_inspect(self.exec_id).get("ExitCode")
            self.ended.set()

    def drain(self) -> bytes:
        chunks = []
        while self.output:
            chunks.append(self.output.popleft())
        return b"".join(chunks)

    def write(self, data: bytes) -> None:
        if self._sock is None or self.ended.is_set():
            return
        try:
            self._sock.sendall(data)
        except OSError:
            self.ended.set()

    def resize(self, rows: int, cols: int) -> None:
        self.rows, self.cols = rows, cols
        if not self.exec_id or self.ended.is_set():
            return
        with contextlib.suppress(Exception):  # the process may have just exited
            self.client.exec_resize(self.exec_id, height=rows, width=cols)

    def close(self, timeout: float = 5.0) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                self._sock.close()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and not self.ended.is_set()
