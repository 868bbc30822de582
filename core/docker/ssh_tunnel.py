"""An engine over ssh, fast: a local unix socket whose connections each become
``ssh HOST docker system dial-stdio``, all carried by one ssh master connection.

docker-py's own ``use_ssh_client=True`` starts a new ``ssh`` (a full handshake, ~0.4 s) for
every HTTP request. Here the system ``ssh`` client is used too — so ``~/.ssh/config``, the
agent, jump hosts and ``known_hosts`` apply — but with OpenSSH's ``ControlMaster``: the first
connection opens the master, later ones ride on it (a few ms), and docker-py keeps its HTTP
connections alive, so after connecting a request is a write and a read on an open pipe.

The master is ours (``ssh -M -N``, ended by ``close``), not a ``ControlPersist`` one: a
backgrounded master would hold our pipes open and outlive EnvDock.

``BatchMode=yes``: ssh never prompts (there is no terminal to answer it); an unknown or
changed host key, a refused key, a closed port… end the attempt with ssh's own reason,
turned into a message and a hint by ``ssh_error``.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from subprocess import Popen
from urllib.parse import urlsplit

from core.errors import DockerUnavailable, SubprocessFailed
from core.logfile import get_logger
from core.procs import clean_env, open_pipe, run_streaming, start_background, terminate_group
from core.text import translate

log = get_logger("docker.ssh")
PING = b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"
CONNECT_TIMEOUT = 10


@dataclass(frozen=True, slots=True)
class SshTarget:
    host: str
    user: str = ""
    port: int | None = None

    @classmethod
    def from_url(cls, url: str) -> SshTarget:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not host or host.startswith("-"):
            raise DockerUnavailable(
                translate("core", "{0} names no ssh host").format(url),
                translate("core", "Use ssh://user@host or ssh://user@host:port."),
                state="bad_host",
            )
        return cls(host, parts.username or "", parts.port)

    @property
    def shown(self) -> str:
        who = f"{self.user}@" if self.user else ""
        return f"{who}{self.host}" + (f":{self.port}" if self.port else "")

    def ssh_args(self, control: Path, *command: str, master: bool = False) -> list[str]:
        """``ssh`` to this target: a master connection (``master``: ``-N``, no command) or a
        client riding on it through the control socket ``control``."""
        args = [
            "ssh",
            "-o", "BatchMode=yes",
            "-o", f"ConnectTimeout={CONNECT_TIMEOUT}",
            "-o", "ServerAliveInterval=15",
            "-o", f"ControlMaster={'yes' if master else 'no'}",
            "-o", f"ControlPath={control}",
            "-o", "ControlPersist=no",
        ]  # fmt: skip
        if self.port:
            args += ["-p", str(self.port)]
        if self.user:
            args += ["-l", self.user]
        if master:
            args.append("-N")
        return [*args, "--", self.host, *command]


def _fingerprint_of(target: SshTarget, env: Mapping[str, str]) -> str:
    """The server's host key fingerprints as ssh-keyscan sees them (shown, never accepted)."""
    if not (shutil.which("ssh-keyscan", path=env.get("PATH")) and shutil.which("ssh-keygen")):
        return ""
    scan = ["ssh-keyscan", "-T", "5", *(["-p", str(target.port)] if target.port else []),
            target.host]  # fmt: skip
    try:
        keys = run_streaming(scan, env=env, check=False).output
        lines = [line for line in keys.splitlines() if line and not line.startswith("#")]
        if not lines:
            return ""
        with tempfile.NamedTemporaryFile("w", suffix=".pub") as f:
            f.write("\n".join(lines) + "\n")
            f.flush()
            out = run_streaming(["ssh-keygen", "-l", "-f", f.name], env=env, check=False)
    except SubprocessFailed:
        return ""
    return "; ".join(
        " ".join(line.split()[i] for i in (1, -1)) for line in out.output.splitlines() if line
    )


def ssh_error(target: SshTarget, stderr: str, env: Mapping[str, str]) -> DockerUnavailable:
    """ssh's own reason for failing, as a message and a hint people can act on."""
    text = stderr.strip()
    last = text.splitlines()[-1] if text else ""
    where = target.shown

    def fail(state: str, message: str, hint: str) -> DockerUnavailable:
        return DockerUnavailable(message, hint, details=text, state=state)

    if "REMOTE HOST IDENTIFICATION HAS CHANGED" in text:
        found = re.search(r"(SHA256:\S+)", text)
        return fail(
            "error",
            translate("core", "The host key of {0} has changed (now {1})").format(
                where, found.group(1) if found else "?"
            ),
            translate(
                "core",
                "Someone may be intercepting the connection, or the server was reinstalled. "
                "Check with its owner; if it is right, remove the old key with "
                "ssh-keygen -R and connect once with ssh.",
            ),
        )
    if "host key is known" in text or "Host key verification failed" in text:
        fingerprint = _fingerprint_of(target, env)
        return fail(
            "error",
            translate("core", "The host key of {0} is not known ({1})").format(
                where, fingerprint or translate("core", "fingerprint unavailable")
            ),
            translate(
                "core",
                "EnvDock never accepts a host key by itself: check the fingerprint with the "
                "server's owner, then connect once with ssh in a terminal to accept it.",
            ),
        )
    if "Permission denied" in text and "publickey" in text:
        return fail(
            "permission_denied",
            translate("core", "{0} refused the ssh key").format(where),
            translate(
                "core",
                "Load your key into the agent (ssh-add) or name it with IdentityFile in "
                "~/.ssh/config; EnvDock never asks for passwords.",
            ),
        )
    if "Connection refused" in text:
        return fail(
            "not_running",
            translate("core", "Nothing listens for ssh at {0}").format(where),
            translate("core", "Check the port, and that the ssh server runs there."),
        )
    if "timed out" in text:
        return fail(
            "not_running",
            translate("core", "The ssh connection to {0} timed out").format(where),
            translate("core", "Check the host name, the network and any firewall on the way."),
        )
    if "Could not resolve hostname" in text:
        return fail(
            "bad_host",
            translate("core", "Unknown host {0}").format(target.host),
            translate("core", "Check the name (or its Host entry in ~/.ssh/config)."),
        )
    if re.search(r"docker: (command )?not found|docker: No such file", text):
        return fail(
            "not_installed",
            translate("core", "There is no docker command on {0}'s PATH").format(where),
            translate(
                "core",
                "Install the docker CLI on the server (it runs `docker system dial-stdio`), "
                "or put it on the PATH of non-interactive ssh sessions.",
            ),
        )
    if "permission denied while trying to connect to the Docker daemon" in text:
        return fail(
            "permission_denied",
            translate("core", "{0} may not use its Docker socket").format(where),
            translate(
                "core",
                "On the server, add your user to the docker group, then log in again.",
            ),
        )
    if "Cannot connect to the Docker daemon" in text:
        return fail(
            "not_running",
            translate("core", "The Docker engine on {0} is not running").format(where),
            translate("core", "Start it on the server; EnvDock reconnects by itself."),
        )
    return fail(
        "error",
        translate("core", "ssh to {0} failed: {1}").format(
            where, last or translate("core", "no reason given")
        ),
        translate("core", "Try `ssh {0} docker version` in a terminal to see why.").format(where),
    )


class SshTunnel:
    """``unix://<folder>/docker.sock`` served through ssh; ``close()`` ends every ssh."""

    def __init__(self, url: str, env: Mapping[str, str] | None = None) -> None:
        self.target = SshTarget.from_url(url)
        self.env = clean_env(dict(env) if env is not None else None)
        self.folder = Path(tempfile.mkdtemp(prefix="envdock-ssh-", dir=_runtime_dir()))
        self.socket_path = self.folder / "docker.sock"
        self._server: socket.socket | None = None
        self._procs: set[Popen[bytes]] = set()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread: threading.Thread | None = None
        self._master: Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"unix://{self.socket_path}"

    @property
    def control(self) -> Path:
        return self.folder / "master"

    def dial_args(self) -> list[str]:
        return self.target.ssh_args(self.control, "docker", "system", "dial-stdio")

    def start(self, timeout: float = 30.0) -> str:
        """Open the master connection, check the way through (docker on the server, its
        engine) with one ping, then listen."""
        if shutil.which("ssh", path=self.env.get("PATH")) is None:
            raise DockerUnavailable(
                translate("core", "The ssh client is not installed"),
                translate("core", "Install OpenSSH's client (Debian/Ubuntu: openssh-client)."),
                state="not_installed",
            )
        self._open_master(timeout)
        self.probe(timeout)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(self.socket_path))
        os.chmod(self.socket_path, 0o600)
        server.listen(32)
        self._server = server
        self._thread = threading.Thread(
            target=self._accept, name=f"ssh-tunnel {self.target.shown}", daemon=True
        )
        self._thread.start()
        return self.url

    def _open_master(self, timeout: float) -> None:
        """``ssh -M -N``: owned by us (ended by ``close``); ready once its control socket
        exists. Its own reason when it ends first (host key, refused key, closed port…)."""
        log_file = self.folder / "master.log"
        args = self.target.ssh_args(self.control, master=True)
        self._master = start_background(args, log_file, self.env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.control.exists():
                return
            if self._master.poll() is not None:
                break
            time.sleep(0.02)
        terminate_group(self._master, 0.5)
        text = log_file.read_text(errors="replace") if log_file.exists() else ""
        raise ssh_error(self.target, text or "timed out", self.env)

    def probe(self, timeout: float = 30.0) -> None:
        """One ping through ``dial-stdio`` on the master: the docker command on the server
        and its engine answer, or their reason."""
        proc = open_pipe(self.dial_args(), self.env)
        try:
            out, err = proc.communicate(PING, timeout=timeout)
        except subprocess.TimeoutExpired:
            terminate_group(proc, 1.0)
            raise ssh_error(self.target, "timed out", self.env) from None
        if b" 200 " not in out.split(b"\r\n", 1)[0]:
            reason = err.decode(errors="replace") or out.decode(errors="replace")
            raise ssh_error(self.target, reason, self.env)

    def _accept(self) -> None:
        assert self._server is not None
        while not self._closed.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True,
                             name="ssh-tunnel-conn").start()  # fmt: skip

    def _serve(self, conn: socket.socket) -> None:
        try:
            proc = open_pipe(self.dial_args(), self.env)
        except SubprocessFailed:
            conn.close()
            return
        with self._lock:
            if self._closed.is_set():
                terminate_group(proc, 0.5)
                conn.close()
                return
            self._procs.add(proc)
        assert proc.stdin is not None and proc.stdout is not None
        stdin, stdout = proc.stdin, proc.stdout

        def upstream() -> None:  # the client's requests → ssh
            try:
                while data := conn.recv(65536):
                    os.write(stdin.fileno(), data)
            except OSError:
                pass
            finally:
                try:
                    stdin.close()
                except OSError:
                    pass

        writer = threading.Thread(target=upstream, daemon=True, name="ssh-tunnel-up")
        writer.start()
        try:
            while data := os.read(stdout.fileno(), 65536):
                conn.sendall(data)
        except OSError:
            pass
        finally:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()
            terminate_group(proc, 0.5)
            for stream in (stdout, proc.stderr):
                if stream is not None:
                    stream.close()
            with self._lock:
                self._procs.discard(proc)
            writer.join(1.0)

    def close(self) -> None:
        """Stop listening, end every ssh (the master too), remove the folder."""
        self._closed.set()
        if self._server is not None:
            try:
                self._server.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self._server.close()
        with self._lock:
            procs = list(self._procs)
        for proc in procs:
            terminate_group(proc, 0.5)
        if self._thread is not None:
            self._thread.join(2.0)
        if self._master is not None:
            terminate_group(self._master, 1.0)
        shutil.rmtree(self.folder, ignore_errors=True)


def _runtime_dir() -> str:
    """A short folder for sockets (a unix socket path must stay under 108 bytes)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime) and len(runtime) < 40:
        return runtime
    return tempfile.gettempdir()
