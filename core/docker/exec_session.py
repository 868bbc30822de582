"""An interactive `docker exec -it` session: a TTY socket, a reader thread that buffers
output for the GUI to pull, input, resize, and a clean end when the process exits, the
container stops or the user closes the terminal.

Every call that talks to the engine (``start``, ``sync_size``, ``close``) is a round trip
and belongs on a worker thread; ``write``, ``drain`` and ``request_size`` never wait on the
engine, so the GUI calls them directly.

Closing the hijacked socket does not end the exec'd process (engine 20.10 keeps the
pty open: `docker top` still shows the shell), and Docker has no "kill exec" call. So the
session marks its process with an environment variable and, on close, hangs it up from
inside the container: a short exec finds the marked session leader in the container's
own /proc and sends it SIGHUP (the kernel then hangs up the foreground job, as a closed
terminal would), SIGKILL if it is still there after a grace period. That works the same
for a remote engine; the engine's host pid from ``exec_inspect`` is used only as a last
resort, when the container has no shell and the pid is provably the container's process
on this very machine.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import threading
import time
from collections import deque
from typing import Any

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error, is_connection_fault
from core.errors import ValidationError
from core.logfile import get_logger
from core.text import translate

log = get_logger("exec")

MARKER = "ENVDOCK_TERMINAL"

# $1 signal, $2 "MARKER=token": signal the marked session leader (its parent is outside
# the container's pid namespace, so its PPid reads 0 there).
HANGUP_SCRIPT = (
    "for d in /proc/[0-9]*; do "
    'grep -q "$2" "$d/environ" 2>/dev/null || continue; '
    'grep -q "^PPid:[[:space:]]*0$" "$d/status" 2>/dev/null || continue; '
    'kill -"$1" "${d#/proc/}" && echo "$1 ${d#/proc/}"; '
    "done; exit 0"
)


class ExecSession:
    def __init__(  # noqa: PLR0917
        self,
        client: DockerAPI,
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
        self.token = secrets.token_hex(16)
        self.output: deque[bytes] = deque()
        self.ended = threading.Event()
        self.exit_code: int | None = None
        self.hung_up_with = ""  # how close() ended the process: "", "HUP", "KILL", "host"
        self._sock: Any = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()  # guards _sock / _pending / _closed
        self._pending: list[bytes] = []  # typed before the socket was there
        self._closed = False
        self._size_lock = threading.Lock()
        self.sent_size: tuple[int, int] | None = None

    # -- life cycle (round trips: call from a worker) -----------------------------------------
    def start(self) -> None:
        if self._closed:  # closed before it started: nothing to open
            self.ended.set()
            return
        for attempt in (1, 2):
            try:
                wrapped = self._open()
                break
            except Exception as exc:
                # A pooled connection the link had dropped (seen through a slow proxy as
                # "Connection aborted, ResponseNotReady"): once more, on a fresh connection.
                # A shell the first try may have started ends when its socket is gone.
                if attempt == 1 and is_connection_fault(exc):
                    log.info("opening a shell in %s: %s; trying again", self.cid[:12], exc)
                    continue
                raise docker_error(exc, f"open {' '.join(self.command)}") from exc
        sock = getattr(wrapped, "_sock", wrapped)
        sock.settimeout(None)
        with self._lock:
            self._sock = sock
            pending, self._pending = self._pending, []
            closed = self._closed
        if closed:  # closed while starting: end what was just started
            self._end_process()
            self._close_socket()
            self.ended.set()
            return
        self._thread = threading.Thread(
            target=self._read, name=f"exec-{self.cid[:12]}", daemon=True
        )
        self._thread.start()
        self.sync_size()
        for data in pending:
            self.write(data)

    def _open(self) -> Any:
        created = self.client.exec_create(
            self.cid,
            self.command,
            stdin=True,
            tty=True,
            user=self.user,
            workdir=self.workdir or None,
            environment={"TERM": "xterm-256color", MARKER: self.token},
        )
        self.exec_id = created["Id"]
        return self.client.exec_start(self.exec_id, tty=True, socket=True)

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

    def sync_size(self) -> None:
        """Send the latest requested size to the engine if it was not sent yet. Safe to call
        from several workers at once: whichever runs last sends the latest size."""
        with self._size_lock:
            size = (self.rows, self.cols)
            if not self.exec_id or self.ended.is_set() or size == self.sent_size:
                return
            with contextlib.suppress(Exception):  # the process may have just exited
                self.client.exec_resize(self.exec_id, height=size[0], width=size[1])
                self.sent_size = size

    def resize(self, rows: int, cols: int) -> None:
        """Request a size and send it now (a round trip)."""
        self.request_size(rows, cols)
        self.sync_size()

    def close(self, timeout: float = 5.0, grace: float = 2.0) -> None:
        """End the exec'd process (SIGHUP, SIGKILL after ``grace`` seconds), close the
        socket, wait for the reader. Round trips: call from a worker."""
        with self._lock:
            self._closed = True
            started = self._sock is not None
        if started and not self.ended.is_set():
            self._end_process(grace)
        self._close_socket()
        if self._thread is not None:
            self._thread.join(timeout)

    # -- never waits on the engine (GUI thread) ----------------------------------------------
    def request_size(self, rows: int, cols: int) -> None:
        self.rows, self.cols = rows, cols

    def drain(self) -> bytes:
        chunks = []
        while self.output:
            chunks.append(self.output.popleft())
        return b"".join(chunks)

    def write(self, data: bytes) -> None:
        with self._lock:
            if self._closed or self.ended.is_set():
                return
            if self._sock is None:
                self._pending.append(data)
                return
            sock = self._sock
        try:
            sock.sendall(data)
        except OSError:
            self.ended.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and not self.ended.is_set()

    # -- ending the process ----------------------------------------------------------------
    def _close_socket(self) -> None:
        sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def _exec_running(self) -> bool:
        try:
            return bool(self.client.exec_inspect(self.exec_id).get("Running"))
        except Exception:
            return False  # the exec or its container is gone

    def _wait_exit(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while True:
            if self.ended.is_set() or not self._exec_running():
                return True
            if time.monotonic() >= deadline:
                return False
            self.ended.wait(0.1)

    def _signal_inside(self, sig: str) -> bool:
        """Signal the marked session leader from inside the container; False when nothing
        was signalled there (no shell or grep, container gone, process already gone)."""
        try:
            created = self.client.exec_create(
                self.cid,
                ["/bin/sh", "-c", HANGUP_SCRIPT, "envdock-hangup", sig, f"{MARKER}={self.token}"],
                user=self.user,
            )
            out = self.client.exec_start(created["Id"])
        except Exception:
            return False
        return f"{sig} ".encode() in (out if isinstance(out, bytes) else b"")

    def _signal_on_this_host(self, sig: signal.Signals) -> bool:
        """Signal the exec's host pid, only when this machine runs the container's
        processes (its cgroup names the container); never a pid of another machine."""
        try:
            pid = int(self.client.exec_inspect(self.exec_id).get("Pid") or 0)
            with open(f"/proc/{pid}/cgroup", encoding="utf-8") as fh:
                mine = pid > 0 and self.cid in fh.read()
            if mine:
                os.kill(pid, sig)
            return mine
        except (Exception, OSError):
            return False

    def _end_process(self, grace: float = 2.0) -> None:
        if not self.exec_id:
            return
        if self._signal_inside("HUP"):
            self.hung_up_with = "HUP"
            if self._wait_exit(grace):
                return
            if self._signal_inside("KILL"):
                self.hung_up_with = "KILL"
                self._wait_exit(grace)
                return
        if self._signal_on_this_host(signal.SIGHUP):
            self.hung_up_with = "host"
            if not self._wait_exit(grace):
                self._signal_on_this_host(signal.SIGKILL)
