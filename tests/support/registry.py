"""A real v2 registry for tests and benchmarks: Debian's ``docker-registry``.

``docker-registry serve CONFIG`` with ``http.addr 127.0.0.1:PORT`` on a free port, storage
in a fresh folder, deletes enabled, and optionally basic auth from an htpasswd file
(bcrypt). The engine treats 127.0.0.0/8 as an insecure registry, so plain HTTP works.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tests.support.engine import EngineUnavailable


def ensure_registry_installed() -> str:
    exe = shutil.which("docker-registry")
    if exe:
        return exe
    if os.geteuid() != 0:
        raise EngineUnavailable("docker-registry is not installed and we are not root")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "docker-registry"],
        check=True,
        env=env,
    )
    exe = shutil.which("docker-registry")
    if not exe:
        raise EngineUnavailable("docker-registry did not install")
    # the package may start its own service on :5000; ours never uses that one
    return exe


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Registry:
    def __init__(self, user: str = "", password: str = "") -> None:
        self.user = user
        self.password = password
        self.root = Path(tempfile.mkdtemp(prefix="envdock-reg-"))
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.host}"

    def start(self, timeout: float = 30.0) -> Registry:
        exe = ensure_registry_installed()
        self.port = free_port()
        lines = [
            "version: 0.1",
            "log:",
            "  level: warn",
            "  accesslog:",
            "    disabled: true",
            "storage:",
            "  filesystem:",
            f"    rootdirectory: {self.root / 'data'}",
            "  delete:",
            "    enabled: true",
            "http:",
            f"  addr: {self.host}",
        ]
        if self.user:
            import bcrypt

            hashed = bcrypt.hashpw(self.password.encode(), bcrypt.gensalt(rounds=5)).decode()
            (self.root / "htpasswd").write_text(f"{self.user}:{hashed}\n")
            lines += [
                "auth:",
                "  htpasswd:",
                "    realm: envdock-test",
                f"    path: {self.root / 'htpasswd'}",
            ]
        config = self.root / "config.yml"
        config.write_text("\n".join(lines) + "\n")
        log = open(self.root / "registry.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [exe, "serve", str(config)], stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise EngineUnavailable(f"docker-registry exited:\n{self.log_tail()}")
            if self.answers():
                return self
            time.sleep(0.1)
        self.stop()
        raise EngineUnavailable("docker-registry did not answer")

    def answers(self) -> bool:
        try:
            urllib.request.urlopen(f"{self.url}/v2/", timeout=1).close()
            return True
        except urllib.error.HTTPError as exc:
            return exc.code == 401
        except OSError:
            return False

    def log_tail(self) -> str:
        try:
            return (self.root / "registry.log").read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None
        shutil.rmtree(self.root, ignore_errors=True)


class SlowProxy:
    """A TCP forwarder with a byte-rate limit, so a pull lasts long enough to cancel."""

    def __init__(self, target_port: int, rate: int = 4 * 1024 * 1024) -> None:
        import threading

        self.target_port = target_port
        self.rate = rate
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = int(self.server.getsockname()[1])
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._accept = threading.Thread(target=self._serve, name="slow-proxy", daemon=True)
        self._accept.start()

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        import threading

        self.server.settimeout(0.1)
        while not self._stop.is_set():
            try:
                client, _ = self.server.accept()
            except OSError:
                continue
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            self._sockets += [client, upstream]
            for src, dst, limit in ((client, upstream, 0), (upstream, client, self.rate)):
                t = threading.Thread(
                    target=self._pipe, args=(src, dst, limit), name="slow-proxy-pipe", daemon=True
                )
                t.start()
                self._threads.append(t)

    def _pipe(self, src: socket.socket, dst: socket.socket, limit: int) -> None:
        chunk = 16384
        try:
            while not self._stop.is_set():
                data = src.recv(chunk)
                if not data:
                    break
                dst.sendall(data)
                if limit:
                    time.sleep(len(data) / limit)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def stop(self) -> None:
        self._stop.set()
        self._accept.join()
        self.server.close()
        for s in self._sockets:
            try:
                s.close()
            except OSError:
                pass
        for t in self._threads:
            t.join(5)


def push_random_image(client: Any, registry: Registry, folder: Path, name: str, layers: int) -> str:
    """An image of ``layers`` random 24 MiB layers on the test image, built in ``folder``,
    pushed to ``registry`` as ``envdock/NAME:1`` and removed from the engine: its reference
    (a pull has every byte to fetch)."""
    from core.docker.transfer import push_image
    from core.jobs import Job
    from tests.support.engine import TEST_IMAGE

    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"FROM {TEST_IMAGE}"]
    for n in range(layers):
        (folder / f"blob{n}").write_bytes(os.urandom(24 * 1024 * 1024))
        lines.append(f"COPY blob{n} /blob{n}")
    (folder / "Dockerfile").write_text("\n".join(lines) + "\n")
    ref = f"{registry.host}/envdock/{name}:1"
    for chunk in client.build(path=str(folder), tag=ref, rm=True, decode=True):
        assert "error" not in chunk, chunk
    push_image(Job("push", lambda _j: None), client, ref)
    client.remove_image(ref)
    return ref
