"""Where an engine is: its address (validated as the docker CLI would), TLS settings, the
Docker config folder and the usual sockets. Which engine is meant — DOCKER_HOST, a context,
a socket — is decided in ``core.docker.contexts``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from core.errors import DockerUnavailable
from core.text import translate

DEFAULT_SOCKET = "/var/run/docker.sock"
SCHEMES = ("unix", "tcp", "http", "https", "ssh")


@dataclass(frozen=True, slots=True)
class TLSSettings:
    verify: bool
    ca_cert: str | None = None
    client_cert: str | None = None
    client_key: str | None = None


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where the engine is: a docker-py base URL, where we learned it, and TLS."""

    base_url: str
    source: str
    tls: TLSSettings | None = None

    @property
    def is_local_socket(self) -> bool:
        return self.base_url.startswith("unix://")

    @property
    def socket_path(self) -> str | None:
        return self.base_url[len("unix://") :] if self.is_local_socket else None

    @property
    def tls_unverified(self) -> bool:
        return self.tls is not None and not self.tls.verify


def bad_host(value: str, why: str) -> DockerUnavailable:
    return DockerUnavailable(
        translate("core", "DOCKER_HOST is not a valid address: {value!r} ({why})").format(
            value=value, why=why
        ),
        hint=translate(
            "core",
            "Use a form like unix:///var/run/docker.sock or tcp://host:2376, or unset DOCKER_HOST.",
        ),
        state="bad_host",
    )


def validate_host(value: str) -> str:
    """Return a normalised engine URL, or raise a ``bad_host`` DockerUnavailable."""
    value = value.strip()
    if "://" not in value:
        raise bad_host(value, "no scheme such as unix:// or tcp://")
    scheme, rest = value.split("://", 1)
    scheme = scheme.lower()
    if scheme not in SCHEMES:
        raise bad_host(value, f"unknown scheme {scheme!r}")
    if not rest:
        raise bad_host(value, "nothing after the scheme")
    if scheme == "unix":
        if not rest.startswith("/"):
            raise bad_host(value, "a socket path must be absolute")
        return f"unix://{rest}"
    parts = urlsplit(f"//{rest}")
    try:
        port = parts.port
    except ValueError as exc:
        raise bad_host(value, "the port is not a number") from exc
    if not parts.hostname:
        raise bad_host(value, "no host name")
    if port is not None and not 0 < port < 65536:
        raise bad_host(value, "the port is out of range")
    if parts.path not in ("", "/") and scheme != "ssh":
        raise bad_host(value, "unexpected path")
    return f"{scheme}://{rest}"


def docker_config_dir(env: Mapping[str, str], home: Path) -> Path:
    return Path(env.get("DOCKER_CONFIG") or home / ".docker")


def tls_from_env(env: Mapping[str, str], home: Path) -> TLSSettings | None:
    verify = env.get("DOCKER_TLS_VERIFY", "") not in ("", "0")
    cert_path = env.get("DOCKER_CERT_PATH")
    if not verify and not cert_path:
        return None
    base = Path(cert_path) if cert_path else docker_config_dir(env, home)
    return TLSSettings(
        verify=verify,
        ca_cert=str(base / "ca.pem"),
        client_cert=str(base / "cert.pem"),
        client_key=str(base / "key.pem"),
    )


def default_sockets(env: Mapping[str, str], home: Path) -> list[str]:
    sockets = [DEFAULT_SOCKET, str(home / ".docker" / "run" / "docker.sock")]
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime:
        sockets.append(str(Path(runtime) / "docker.sock"))
    return sockets
