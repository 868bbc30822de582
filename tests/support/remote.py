"""Engines beyond "this machine", for the tests: a private engine reachable over ssh (Debian's
openssh-server on 127.0.0.1 with its own host key, config and a client key made here), and
a private engine listening on TLS (a CA, server and client certificates made here). Each is
stopped by its pid; nothing touches the user's ~/.ssh or Docker config.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support.engine import EngineUnavailable, PrivateEngine, apt_install, dpkg_installed
from tests.support.registry import free_port
from tests.support.tls import CertSet, make_certs


def _ensure_ssh() -> None:
    missing = [p for p in ("openssh-server", "openssh-client") if not dpkg_installed(p)]
    if missing:
        if os.geteuid() != 0:
            raise EngineUnavailable(f"the ssh engine needs {' '.join(missing)}")
        apt_install(*missing)


def keygen(path: Path) -> None:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)


class SshServer:
    """sshd on 127.0.0.1:<free port> whose sessions see ``DOCKER_HOST`` = the engine's
    socket, so ``ssh … docker system dial-stdio`` reaches that engine. ``env()`` gives a
    client environment: a wrapper ``ssh`` first on PATH with the tests' config (OpenSSH reads
    /root/.ssh, not $HOME/.ssh)."""

    def __init__(self, engine_socket: Path) -> None:
        self.engine_socket = engine_socket
        self.root = Path(tempfile.mkdtemp(prefix="envdock-ssh-t-", dir="/tmp"))
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.session_env = ""  # more NAME=value for the sessions (SetEnv)

    @property
    def url(self) -> str:
        return f"ssh://root@127.0.0.1:{self.port}"

    @property
    def known_hosts(self) -> Path:
        return self.root / "known_hosts"

    def start(self) -> SshServer:
        _ensure_ssh()
        Path("/run/sshd").mkdir(exist_ok=True)
        r = self.root
        if not (r / "host_ed25519").exists():
            keygen(r / "host_ed25519")
            keygen(r / "id_ed25519")
            shutil.copy(r / "id_ed25519.pub", r / "authorized_keys")
            (r / "authorized_keys").chmod(0o600)
        self.port = self.port or free_port()
        (r / "sshd_config").write_text(
            f"Port {self.port}\nListenAddress 127.0.0.1\nHostKey {r}/host_ed25519\n"
            f"PidFile {r}/sshd.pid\nAuthorizedKeysFile {r}/authorized_keys\nStrictModes no\n"
            "PermitRootLogin prohibit-password\nPasswordAuthentication no\n"
            "KbdInteractiveAuthentication no\nUsePAM no\n"
            f"SetEnv DOCKER_HOST=unix://{self.engine_socket} {self.session_env}\n"
        )
        host_key = (r / "host_ed25519.pub").read_text().split()
        self.known_hosts.write_text(f"[127.0.0.1]:{self.port} {host_key[0]} {host_key[1]}\n")
        self.write_client_config()
        self.proc = subprocess.Popen(
            ["/usr/sbin/sshd", "-D", "-f", str(r / "sshd_config"), "-E", str(r / "sshd.log")],
            start_new_session=True,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise EngineUnavailable(f"sshd exited: {(r / 'sshd.log').read_text()}")
            ping = ["ssh", "-p", str(self.port), "root@127.0.0.1", "true"]
            env = self.env()
            done = subprocess.run(ping, env=env, capture_output=True, timeout=15, check=False)
            if done.returncode == 0:
                return self
            time.sleep(0.2)
        raise EngineUnavailable("sshd did not answer")

    def write_client_config(self, identity: Path | None = None) -> None:
        r = self.root
        (r / "bin").mkdir(exist_ok=True)
        (r / "config").write_text(
            "Host 127.0.0.1\n  User root\n"
            f"  IdentityFile {identity or r / 'id_ed25519'}\n  IdentitiesOnly yes\n"
            f"  UserKnownHostsFile {self.known_hosts}\n  StrictHostKeyChecking yes\n"
            "  BatchMode yes\n"
        )
        wrapper = r / "bin" / "ssh"
        wrapper.write_text(f'#!/bin/sh\nexec /usr/bin/ssh -F {r}/config "$@"\n')
        wrapper.chmod(0o755)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("DOCKER_HOST", "DOCKER_CONTEXT")}
        env["PATH"] = f"{self.root / 'bin'}:{env.get('PATH', '/usr/bin:/bin')}"
        return env

    def stop(self, remove: bool = True) -> None:
        """Stop sshd and every session it serves (as a machine going away would)."""
        if self.proc is not None and self.proc.poll() is None:
            import psutil

            for child in psutil.Process(self.proc.pid).children(recursive=True):
                try:
                    child.kill()
                except psutil.NoSuchProcess:
                    pass
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        self.proc = None
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)


def tls_engine(certs_dir: Path, expired: bool = False) -> tuple[PrivateEngine, CertSet, int]:
    """A private engine that also listens on tcp://127.0.0.1:<port> with --tlsverify; its
    certificate names 127.0.0.1 only (so ``localhost`` is the wrong name)."""
    certs = make_certs(certs_dir, server_names=("127.0.0.1",), expired=expired)
    port = free_port()
    engine = PrivateEngine(
        extra_args=(
            "--host", f"tcp://127.0.0.1:{port}", "--tlsverify",
            "--tlscacert", str(certs.ca), "--tlscert", str(certs.server_cert),
            "--tlskey", str(certs.server_key),
        )
    )  # fmt: skip
    return engine, certs, port
