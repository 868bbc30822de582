"""Connecting to the engine and explaining, state by state, why it failed."""

from __future__ import annotations

import enum
import errno
import shutil
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from core.docker.contexts import resolve_endpoint
from core.docker.endpoint import Endpoint
from core.errors import DockerUnavailable
from core.text import translate

CONNECT_TIMEOUT = 3.0


class EngineState(enum.Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    NOT_RUNNING = "not_running"
    PERMISSION_DENIED = "permission_denied"
    NOT_INSTALLED = "not_installed"
    BAD_HOST = "bad_host"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class EngineStatus:
    state: EngineState
    message: str
    hint: str = ""
    endpoint: str = ""
    version: str = ""
    tls_unverified: bool = False

    @property
    def connected(self) -> bool:
        return self.state is EngineState.CONNECTED


def _unavailable(state: EngineState, message: str, hint: str) -> DockerUnavailable:
    return DockerUnavailable(message, hint=hint, state=state.value)


def docker_installed() -> bool:
    return any(shutil.which(name) for name in ("dockerd", "docker", "podman"))


def _socket_error(endpoint: Endpoint, exc: OSError) -> DockerUnavailable:
    where = endpoint.base_url
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM):
        return _unavailable(
            EngineState.PERMISSION_DENIED,
            translate("core", "Permission denied on the Docker socket {0}").format(
                endpoint.socket_path or where
            ),
            translate(
                "core",
                "Add your user to the docker group (sudo usermod -aG docker "
                "$USER), then log out and in again.",
            ),
        )
    if code in (errno.ENOENT, errno.ECONNREFUSED, errno.ENOTSOCK):
        if not docker_installed() and endpoint.is_local_socket:
            return _unavailable(
                EngineState.NOT_INSTALLED,
                translate("core", "Docker is not installed"),
                translate(
                    "core", "Install Docker Engine (Debian/Ubuntu: sudo apt-get install docker.io)."
                ),
            )
        return _unavailable(
            EngineState.NOT_RUNNING,
            translate("core", "The Docker engine is not running ({where})").format(where=where),
            translate(
                "core", "Start it (sudo systemctl start docker) — EnvDock reconnects by itself."
            ),
        )
    if isinstance(exc, TimeoutError) or code in (errno.ETIMEDOUT, errno.EHOSTUNREACH):
        return _unavailable(
            EngineState.NOT_RUNNING,
            translate("core", "The Docker engine at {where} does not answer").format(where=where),
            translate("core", "Check the address and that the host is up."),
        )
    if isinstance(exc, socket.gaierror):
        return _unavailable(
            EngineState.BAD_HOST,
            translate("core", "Unknown host in {where}").format(where=where),
            translate("core", "Check the host name in DOCKER_HOST or the Docker context."),
        )
    return _unavailable(
        EngineState.ERROR,
        translate("core", "Cannot reach the Docker engine at {where}: {0}").format(
            exc.strerror or exc, where=where
        ),
        translate("core", "Check DOCKER_HOST or the current Docker context."),
    )


def probe_socket(endpoint: Endpoint, timeout: float = CONNECT_TIMEOUT) -> None:
    """Open and close a raw connection, so failures get a precise reason."""
    if endpoint.is_local_socket:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(endpoint.socket_path or "")
        except OSError as exc:
            raise _socket_error(endpoint, exc) from exc
        finally:
            sock.close()
        return
    if endpoint.base_url.startswith("ssh://"):
        return  # docker-py speaks ssh through paramiko or the ssh binary
    parts = urlsplit(endpoint.base_url)
    port = parts.port or (2376 if endpoint.tls else 2375)
    try:
        conn = socket.create_connection((parts.hostname or "", port), timeout=timeout)
    except OSError as exc:
        raise _socket_error(endpoint, exc) from exc
    conn.close()


def _tls_config(endpoint: Endpoint) -> Any:
    if endpoint.tls is None:
        return False
    from docker.tls import TLSConfig

    cert = None
    if endpoint.tls.client_cert and endpoint.tls.client_key:
        cert = (endpoint.tls.client_cert, endpoint.tls.client_key)
    verify: bool | str = False
    if endpoint.tls.verify:
        verify = endpoint.tls.ca_cert or True
    return TLSConfig(client_cert=cert, verify=verify)


def open_client(
    env: Mapping[str, str] | None = None, home: Path | None = None, timeout: float = 60.0
) -> tuple[Any, EngineStatus]:
    """Return a docker-py low-level ``APIClient`` and the CONNECTED status.

    Raises :class:`DockerUnavailable` whose ``state`` names the EngineState.
    """
    endpoint = resolve_endpoint(env, home)
    probe_socket(endpoint)
    import docker
    from docker.errors import DockerException

    try:
        client = docker.APIClient(
            base_url=endpoint.base_url,
            version="auto",
            timeout=timeout,
            tls=_tls_config(endpoint),
        )
        version = client.version()
    except DockerException as exc:
        text = str(exc)
        if "Permission denied" in text:
            raise _socket_error(endpoint, PermissionError(errno.EACCES, text)) from exc
        if "SSL" in text or "certificate" in text.lower():
            raise _unavailable(
                EngineState.ERROR,
                translate("core", "TLS handshake with {0} failed").format(endpoint.base_url),
                translate("core", "Check DOCKER_CERT_PATH / the context's certificates."),
            ) from exc
        raise _unavailable(
            EngineState.NOT_RUNNING,
            translate("core", "The Docker engine at {0} did not answer: {text}").format(
                endpoint.base_url, text=text
            ),
            translate("core", "Check that the engine is running; EnvDock reconnects by itself."),
        ) from exc
    status = EngineStatus(
        EngineState.CONNECTED,
        translate("core", "Connected to Docker {0}").format(version.get("Version", "?")),
        endpoint=endpoint.base_url,
        version=str(version.get("Version", "")),
        tls_unverified=endpoint.tls_unverified,
    )
    return client, status


def status_from_error(exc: DockerUnavailable, endpoint: str = "") -> EngineStatus:
    try:
        state = EngineState(exc.state)
    except ValueError:
        state = EngineState.ERROR
    return EngineStatus(state, exc.message, exc.hint, endpoint=endpoint)
