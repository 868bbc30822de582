"""Which Docker engine to talk to: DOCKER_HOST, contexts, and the usual sockets.

The order follows the docker CLI: ``DOCKER_HOST``, then ``DOCKER_CONTEXT``, then the
``currentContext`` in ``config.json``, then the first default socket that exists.
"""

from __future__ import annotations

import hashlib
import json
import os
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


def _tls_from_env(env: Mapping[str, str], home: Path) -> TLSSettings | None:
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


def current_context_name(env: Mapping[str, str], home: Path) -> str | None:
    name = env.get("DOCKER_CONTEXT")
    if not name:
        config = docker_config_dir(env, home) / "config.json"
        try:
            name = json.loads(config.read_text(encoding="utf-8")).get("currentContext")
        except (OSError, ValueError, AttributeError):
            name = None
    if not name or name == "default":
        return None
    return str(name)


def _context_endpoint(name: str, env: Mapping[str, str], home: Path) -> Endpoint:
    digest = hashlib.sha256(name.encode()).hexdigest()
    base = docker_config_dir(env, home) / "contexts"
    meta_file = base / "meta" / digest / "meta.json"
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        docker_ep = meta["Endpoints"]["docker"]
        host = validate_host(str(docker_ep["Host"]))
    except DockerUnavailable as exc:
        raise DockerUnavailable(
            translate("core", "Docker context {name!r} has an invalid host: {0}").format(
                exc.message, name=name
            ),
            hint=translate(
                "core", "Fix it with `docker context update` or choose another context."
            ),
            state="bad_host",
        ) from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DockerUnavailable(
            translate("core", "Docker context {name!r} cannot be read ({meta_file})").format(
                name=name, meta_file=meta_file
            ),
            hint=translate(
                "core", "Run `docker context ls` to check it, or `docker context use default`."
            ),
            state="bad_host",
        ) from exc
    tls = None
    tls_dir = base / "tls" / digest / "docker"
    skip_verify = bool(docker_ep.get("SkipTLSVerify", False))
    if tls_dir.is_dir() or (host.startswith(("tcp://", "https://")) and skip_verify):
        tls = TLSSettings(
            verify=not skip_verify,
            ca_cert=str(tls_dir / "ca.pem") if (tls_dir / "ca.pem").exists() else None,
            client_cert=str(tls_dir / "cert.pem") if (tls_dir / "cert.pem").exists() else None,
            client_key=str(tls_dir / "key.pem") if (tls_dir / "key.pem").exists() else None,
        )
    return Endpoint(host, f"context {name}", tls)


def default_sockets(env: Mapping[str, str], home: Path) -> list[str]:
    sockets = [DEFAULT_SOCKET, str(home / ".docker" / "run" / "docker.sock")]
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime:
        sockets.append(str(Path(runtime) / "docker.sock"))
    return sockets


def resolve_endpoint(env: Mapping[str, str] | None = None, home: Path | None = None) -> Endpoint:
    """Find the engine the user means. Raises DockerUnavailable (bad_host) on garbage."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    host = env.get("DOCKER_HOST")
    if host:
        return Endpoint(validate_host(host), "DOCKER_HOST", _tls_from_env(env, home))
    context = current_context_name(env, home)
    if context:
        return _context_endpoint(context, env, home)
    for sock in default_sockets(env, home):
        if os.path.exists(sock):
            return Endpoint(f"unix://{sock}", "default socket")
    return Endpoint(f"unix://{DEFAULT_SOCKET}", "default socket")
