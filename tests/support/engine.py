"""A private Docker engine for tests and benchmarks.

Starts ``dockerd`` on its own socket, data-root, exec-root and pidfile under a fresh
temporary directory, waits until it answers, builds a tiny ``FROM scratch`` busybox
image, and stops that engine by its pid at the end. It never talks to an engine the
user already runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

TEST_IMAGE = "envdock-test/busybox:latest"


class EngineUnavailable(RuntimeError):
    """No private engine can be started here (the reason is the message)."""


def _dpkg_installed(package: str) -> bool:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    except FileNotFoundError:
        return False
    return "ok installed" in out


def static_busybox() -> Path | None:
    for candidate in ("/bin/busybox", "/usr/bin/busybox"):
        if os.path.exists(candidate) and _dpkg_installed("busybox-static"):
            return Path(candidate)
    return None


def ensure_installed() -> None:
    """Install Debian's docker.io and busybox-static when missing and we are root."""
    missing = []
    if shutil.which("dockerd") is None:
        missing.append("docker.io")
    if static_busybox() is None:
        missing.append("busybox-static")
    if shutil.which("ip") is None:
        missing.append("iproute2")
    if not missing:
        return
    if os.geteuid() != 0:
        raise EngineUnavailable(
            f"private Docker engine needs {' '.join(missing)} and root to install it"
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


class PrivateEngine:
    def __init__(self, bridge: str | None = None, root: Path | None = None) -> None:
        self.bridge = bridge
        self.root = root
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: Any = None
        self._own_bridge = ""

    @property
    def socket(self) -> Path:
        assert self.root is not None
        return self.root / "docker.sock"

    @property
    def base_url(self) -> str:
        return f"unix://{self.socket}"

    @property
    def pidfile(self) -> Path:
        assert self.root is not None
        return self.root / "docker.pid"

    def env(self) -> dict[str, str]:
        """An environment that points docker clients at this engine only."""
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH")
        }
        env["DOCKER_HOST"] = self.base_url
        return env

    def start(self, timeout: float = 90.0) -> PrivateEngine:
        if os.geteuid() != 0:
            raise EngineUnavailable("not root: dockerd cannot be started here")
        ensure_installed()
        if self.root is None:
            # short path: a unix socket path must stay under 108 bytes
            self.root = Path(tempfile.mkdtemp(prefix="envdock-dk-", dir="/tmp"))
        self.root.mkdir(parents=True, exist_ok=True)
        args = [
            "dockerd",
            "--host",
            self.base_url,
            "--data-root",
            str(self.root / "data"),
            "--exec-root",
            str(self.root / "exec"),
            "--pidfile",
            str(self.pidfile),
        ]
        if self.bridge == "none":
            args += ["--bridge", "none", "--iptables=false", "--ip-masq=false"]
        else:
            # Our own bridge: another engine on this host (the user's, or a second test
            # engine) can neither take nor remove it, and we never touch docker0.
            self._own_bridge = self.bridge or f"envdk{os.getpid() % 100000}"
            self._make_bridge(self._own_bridge)
            args += ["--bridge", self._own_bridge]
        self._log = open(self.root / "dockerd.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            args, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise EngineUnavailable(f"dockerd exited early:\n{self.log_tail()}")
            if self.ping():
                return self
            time.sleep(0.2)
        self.stop()
        raise EngineUnavailable(f"dockerd did not answer in {timeout:.0f} s:\n{self.log_tail()}")

    @staticmethod
    def _make_bridge(name: str) -> None:
        subprocess.run(["ip", "link", "del", name], capture_output=True, check=False)
        # a /24 inside Docker's usual 172.16.0.0/12 pool, picked per process
        subnet = 200 + os.getpid() % 50
        for cmd in (
            ["ip", "link", "add", name, "type", "bridge"],
            ["ip", "addr", "add", f"172.31.{subnet}.1/24", "dev", name],
            ["ip", "link", "set", name, "up"],
        ):
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                raise EngineUnavailable(f"cannot create the test bridge: {proc.stderr.strip()}")

    def ping(self) -> bool:
        import socket

        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(2)
        try:
            s.connect(str(self.socket))
            s.sendall(b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n")
            return b"OK" in s.recv(4096)
        except OSError:
            return False
        finally:
            s.close()

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = (self.root / "dockerd.log").read_text(errors="replace")  # type: ignore[operator]
        except OSError:
            return ""
        useful = [line for line in text.splitlines() if "module=grpc" not in line]
        return "\n".join(useful[-lines:])

    def client(self) -> Any:
        import docker

        return docker.APIClient(base_url=self.base_url, version="auto", timeout=120)

    def build_test_image(self, tag: str = TEST_IMAGE) -> str:
        busybox = static_busybox()
        if busybox is None:
            raise EngineUnavailable("busybox-static is not installed")
        ctx = Path(tempfile.mkdtemp(prefix="envdock-img-"))
        try:
            shutil.copy2(busybox, ctx / "busybox")
            (ctx / "Dockerfile").write_text(
                "FROM scratch\n"
                "COPY busybox /bin/busybox\n"
                'RUN ["/bin/busybox", "--install", "-s", "/bin"]\n'
                'CMD ["/bin/sh"]\n'
            )
            client = self.client()
            try:
                for chunk in client.build(path=str(ctx), tag=tag, rm=True, decode=True):
                    if "error" in chunk:
                        raise EngineUnavailable(f"building {tag} failed: {chunk['error']}")
            finally:
                client.close()
        finally:
            shutil.rmtree(ctx, ignore_errors=True)
        return tag

    def kill(self) -> None:
        """Kill the engine abruptly (to test an engine that dies)."""
        if self.proc is not None:
            # dockerd and the containerd it started share the process group
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)
            self.proc = None
        # The killed containerd may stay a zombie when PID 1 does not reap orphans; its
        # pid file would make the next dockerd wait for it, so remove it.
        assert self.root is not None
        for stale in (self.root / "exec" / "containerd").glob("containerd.pid"):
            stale.unlink()
        self.pidfile.unlink(missing_ok=True)

    def _pid(self) -> int | None:
        try:
            return int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return self.proc.pid if self.proc is not None else None

    def stop(self, remove: bool = True) -> None:
        """Stop this engine by its pid, whatever happened; then remove its folder."""
        pid = self._pid()
        if pid and self.proc is not None and self.proc.poll() is None:
            try:
                os.kill(pid, signal.SIGTERM)
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
            except ProcessLookupError:
                pass
        self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._own_bridge and remove:
            subprocess.run(
                ["ip", "link", "del", self._own_bridge], capture_output=True, check=False
            )
            self._own_bridge = ""
        if remove and self.root is not None:
            self._unmount_under(self.root)
            shutil.rmtree(self.root, ignore_errors=True)

    @staticmethod
    def _unmount_under(root: Path) -> None:
        try:
            mounts = Path("/proc/mounts").read_text().splitlines()
        except OSError:
            return
        targets = [m.split()[1] for m in mounts if len(m.split()) > 1]
        for target in sorted((t for t in targets if t.startswith(str(root))), reverse=True):
            subprocess.run(["umount", "-l", target], check=False, capture_output=True)
