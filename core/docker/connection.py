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

from core.docker.contexts import resolve_endpoint, spec_named
from core.docker.endpoint import Endpoint
from core.docker.ssh_tunnel import SshTunnel
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


@dataclass(slots=True)
class Connection:
    """A connected client, its status, and the ssh tunnel it goes through (if any):
    ``close()`` ends both."""

    client: Any  # DockerAPI (docker-py), or the command line's small socket reader
    status: EngineStatus | None = None
    tunnel: SshTunnel | None = None

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            if self.tunnel is not None:
                self.tunnel.close()


def connect(
    endpoint: Endpoint, env: Mapping[str, str] | None = None, timeout: float = 60.0
) -> Connection:
    """Connect to ``endpoint`` and ask its version. Raises :class:`DockerUnavailable` whose
    ``state`` names the EngineState and whose message says what went wrong.

    ssh engines go through an ``SshTunnel`` (one master connection, kept-alive HTTP
    connections). TLS engines verify with their own CA only: ``requests`` would let
    ``REQUESTS_CA_BUNDLE`` / ``CURL_CA_BUNDLE`` replace it and fail a correct set-up as if
    the CA were wrong, so the environment is not consulted (``trust_env = False``)."""
    tunnel = None
    base_url = endpoint.base_url
    if base_url.startswith("ssh://"):
        tunnel = SshTunnel(base_url, env)
        try:
            base_url = tunnel.start()
        except BaseException:
            tunnel.close()
            raise
    else:
        probe_socket(endpoint)
    import docker
    from docker.constants import MINIMUM_DOCKER_API_VERSION
    from docker.errors import DockerException
    from requests.exceptions import RequestException

    try:
        client = docker.APIClient(
            base_url=base_url,
            version=MINIMUM_DOCKER_API_VERSION,  # the real one once asked, below
            timeout=timeout,
            tls=_tls_config(endpoint),
        )
        client.trust_env = False
        version = client.version(api_version=False)
        client._version = str(version.get("ApiVersion") or MINIMUM_DOCKER_API_VERSION)
    except (DockerException, RequestException, OSError) as exc:
        if tunnel is not None:
            tunnel.close()
        raise _api_error(endpoint, exc) from exc
    except BaseException:
        if tunnel is not None:
            tunnel.close()
        raise
    status = EngineStatus(
        EngineState.CONNECTED,
        translate("core", "Connected to Docker {0}").format(version.get("Version", "?")),
        endpoint=endpoint.base_url,
        version=str(version.get("Version", "")),
        tls_unverified=endpoint.tls_unverified,
    )
    return Connection(client, status, tunnel)


def open_client(
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
    timeout: float = 60.0,
    engine: str | None = None,
) -> Connection:
    """Connect to the engine called ``engine``, or without a name to the one the user means
    now (DOCKER_HOST, the current context, the usual sockets)."""
    if engine is None:
        return connect(resolve_endpoint(env, home), env, timeout)
    spec = spec_named(engine, env, home)
    if spec.problem:
        raise DockerUnavailable(spec.problem, state=EngineState.BAD_HOST.value)
    return connect(spec.endpoint, env, timeout)


def _tls_reason(low: str) -> tuple[str, str] | None:
    """(message, hint) for a TLS failure, from the lower-cased error text."""
    if "certificate has expired" in low:
        return (
            translate("core", "The engine's TLS certificate has expired"),
            translate("core", "Ask the engine's owner for a new server certificate."),
        )
    if "not yet valid" in low:
        return (
            translate("core", "The engine's TLS certificate is not valid yet"),
            translate("core", "Check this machine's clock, or the certificate's dates."),
        )
    if "mismatch" in low:
        return (
            translate("core", "The engine's TLS certificate is for another name"),
            translate("core", "Connect with the name (or address) the certificate was made for."),
        )
    if "certificate verify failed" in low:
        return (
            translate("core", "The engine's TLS certificate is not signed by the CA given"),
            translate(
                "core", "Choose the CA file the engine's certificates were made with (ca.pem)."
            ),
        )
    if "certificate required" in low:
        return (
            translate("core", "The engine wants a client certificate"),
            translate("core", "Give the client certificate and key (cert.pem, key.pem)."),
        )
    if "bad certificate" in low or "unknown ca" in low:
        return (
            translate("core", "The engine refused the client certificate"),
            translate(
                "core", "Use a client certificate signed by the engine's CA (cert.pem, key.pem)."
            ),
        )
    if "http request to an https server" in low:
        return (
            translate("core", "The engine speaks TLS; this connection did not"),
            translate("core", "Give the engine's CA and your certificate (use TLS)."),
        )
    if "wrong version number" in low:
        return (
            translate("core", "The engine does not speak TLS on this port"),
            translate("core", "Use tcp:// without TLS files, or the engine's TLS port."),
        )
    return None


def _api_error(endpoint: Endpoint, exc: Exception) -> DockerUnavailable:
    text = str(exc)
    low = text.lower()
    if "Permission denied" in text:
        return _socket_error(endpoint, PermissionError(errno.EACCES, text))
    reason = _tls_reason(low)
    if reason is not None:
        return DockerUnavailable(
            reason[0],
            reason[1],
            details=text,
            state=EngineState.ERROR.value,
        )
    if "ssl" in low or "certificate" in low or "tls" in low:
        return DockerUnavailable(
            translate("core", "TLS handshake with {0} failed").format(endpoint.base_url),
            translate("core", "Check the engine's CA and your client certificate and key."),
            details=text,
            state=EngineState.ERROR.value,
        )
    if "connection reset" in low or "connection aborted" in low:
        return DockerUnavailable(
            translate("core", "{0} closed the connection at once").format(endpoint.base_url),
            translate(
                "core",
                "An engine that wants TLS closes plain connections, and one without a client "
                "certificate: check the engine's TLS settings.",
            ),
            details=text,
            state=EngineState.ERROR.value,
        )
    return DockerUnavailable(
        translate("core", "The Docker engine at {0} did not answer: {text}").format(
            endpoint.base_url, text=text
        ),
        translate("core", "Check that the engine is running; EnvDock reconnects by itself."),
        details=text,
        state=EngineState.NOT_RUNNING.value,
    )


def status_from_error(exc: DockerUnavailable, endpoint: str = "") -> EngineStatus:
    try:
        state = EngineState(exc.state)
    except ValueError:
        state = EngineState.ERROR
    return EngineStatus(state, exc.message, exc.hint, endpoint=endpoint)
