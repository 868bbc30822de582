"""Browse a registry that speaks the Docker Registry HTTP API v2, and log in or out.

Credentials are only ever read from Docker's own configuration (``config.json``
``auths`` and credential helpers, through docker-py's resolver); logging in runs
``docker login --password-stdin`` so the secret goes through a pipe into Docker's own
credential store. EnvDock writes no password anywhere.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import requests
from docker import auth as docker_auth

from core.errors import DockerError, ValidationError
from core.jobs import Job
from core.procs import clean_env, run_streaming
from core.text import translate

MANIFEST_TYPES = ", ".join(
    (
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.oci.image.index.v1+json",
    )
)
T = TypeVar("T")
_HOST = re.compile(r"^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$")


def normalize_host(text: str) -> tuple[str, str]:
    """'http://host:port/' or 'host:port' → (scheme, host:port); refuses what is not one."""
    raw = text.strip().rstrip("/")
    scheme = ""
    for prefix in ("https://", "http://"):
        if raw.startswith(prefix):
            scheme, raw = prefix[:-3], raw[len(prefix) :]
    if not raw or "/" in raw or not _HOST.match(raw):
        raise ValidationError(
            translate("core", "{text!r} is not a registry address").format(text=text),
            translate("core", "Write host[:port], e.g. registry.example.com or localhost:5000."),
        )
    return scheme or default_scheme(raw), raw


def default_scheme(host: str) -> str:
    """Docker talks plain HTTP only to loopback registries unless told otherwise."""
    name = (
        host.rsplit(":", 1)[0].strip("[]")
        if not host.startswith("[")
        else host[1:].split("]", maxsplit=1)[0]
    )
    if name == "localhost":
        return "http"
    try:
        return "http" if ipaddress.ip_address(name).is_loopback else "https"
    except ValueError:
        return "https"


@dataclass(frozen=True, slots=True)
class Credentials:
    username: str = ""
    password: str = ""
    token: str = ""  # an identity token from a credential helper


def docker_credentials(host: str) -> Credentials | None:
    """What Docker's configuration holds for ``host`` (helpers included), if anything."""
    try:
        config = docker_auth.load_config()
        found = config.resolve_authconfig(host)
    except Exception:
        return None
    if not found:
        return None
    return Credentials(
        str(found.get("Username") or found.get("username") or ""),
        str(found.get("Password") or found.get("password") or ""),
        str(found.get("IdentityToken") or ""),
    )


@dataclass(frozen=True, slots=True)
class KnownRegistry:
    host: str
    logged_in: bool
    source: str  # "auths" | "credHelpers" | "credsStore"


def known_registries() -> list[KnownRegistry]:
    """The registries Docker's config knows (never their secrets)."""
    try:
        config = docker_auth.load_config()
    except Exception:
        return []
    found: dict[str, KnownRegistry] = {}
    for host in config.auths:
        found[host] = KnownRegistry(host, True, "auths")
    for host in config.cred_helpers:
        found.setdefault(host, KnownRegistry(host, True, "credHelpers"))
    return sorted(found.values(), key=lambda r: r.host)


@dataclass(frozen=True, slots=True)
class ManifestInfo:
    digest: str
    media_type: str
    size: int  # the sum of the config and layer sizes
    layers: tuple[tuple[str, int], ...]
    platforms: tuple[str, ...] = ()  # for an index: one per image
    os: str = ""
    architecture: str = ""
    created: str = ""
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def is_index(self) -> bool:
        return bool(self.platforms)


class RegistryClient:
    """One registry: catalog, tags, manifests, tag deletion."""

    def __init__(
        self,
        address: str,
        credentials: Credentials | None = None,
        *,
        timeout: float = 10.0,
        use_docker_config: bool = True,
    ) -> None:
        self.scheme, self.host = normalize_host(address)
        self.base = f"{self.scheme}://{self.host}"
        if credentials is None and use_docker_config:
            credentials = docker_credentials(self.host)
        self.credentials = credentials
        self.timeout = timeout
        self.session = requests.Session()
        self._auth_header: str = ""

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> RegistryClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transport -------------------------------------------------------------------------
    def _request(
        self, method: str, path: str, *, headers: Mapping[str, str] | None = None, scope: str = ""
    ) -> requests.Response:
        url = path if path.startswith("http") else f"{self.base}{path}"
        hdrs = dict(headers or {})
        for attempt in (0, 1):
            if self._auth_header:
                hdrs["Authorization"] = self._auth_header
            try:
                response = self.session.request(method, url, headers=hdrs, timeout=self.timeout)
            except requests.exceptions.SSLError as exc:
                raise DockerError(
                    translate("core", "{0} did not answer over HTTPS").format(self.host),
                    translate("core", "If it serves plain HTTP, add it as http://{0}.").format(
                        self.host
                    ),
                    details=str(exc),
                ) from exc
            except requests.exceptions.RequestException as exc:
                raise DockerError(
                    translate("core", "The registry {0} cannot be reached").format(self.host),
                    translate(
                        "core",
                        "Check that it is running and that the address (host:port) is right.",
                    ),
                    details=str(exc),
                ) from exc
            if response.status_code == 401 and attempt == 0:
                challenge = response.headers.get("WWW-Authenticate", "")
                if self._authenticate(challenge, scope):
                    continue
            return self._check(response, method, path)
        raise AssertionError("unreachable")

    def _authenticate(self, challenge: str, scope: str) -> bool:
        creds = self.credentials
        if creds is None or not (creds.username or creds.token):
            return False
        scheme, _, params_text = challenge.partition(" ")
        if scheme.lower() == "basic":
            import base64

            pair = f"{creds.username}:{creds.password}".encode()
            self._auth_header = "Basic " + base64.b64encode(pair).decode()
            return True
        if scheme.lower() == "bearer":
            params = dict(re.findall(r'(\w+)="([^"]*)"', params_text))
            realm = params.pop("realm", "")
            if not realm:
                return False
            if scope:
                params["scope"] = scope
            try:
                if creds.token:
                    r = self.session.post(
                        realm,
                        data={
                            **params,
                            "grant_type": "refresh_token",
                            "refresh_token": creds.token,
                        },
                        timeout=self.timeout,
                    )
                else:
                    r = self.session.get(
                        realm,
                        params=params,
                        auth=(creds.username, creds.password),
                        timeout=self.timeout,
                    )
                body = r.json() if r.ok else {}
            except (requests.exceptions.RequestException, ValueError):
                return False
            token = body.get("token") or body.get("access_token")
            if token:
                self._auth_header = f"Bearer {token}"
                return True
        return False

    def _check(self, response: requests.Response, method: str, path: str) -> requests.Response:
        code = response.status_code
        if code < 400:
            return response
        detail = response.text[:2000]
        if code == 401:
            if self.credentials is None:
                raise DockerError(
                    translate("core", "{0} needs a login").format(self.host),
                    translate("core", "Log in to {0} first (docker login {1}).").format(
                        self.host, self.host
                    ),
                    details=detail,
                )
            raise DockerError(
                translate("core", "{0} refused the saved login").format(self.host),
                translate(
                    "core", "Log in to {0} again: the password or token may have changed."
                ).format(self.host),
                details=detail,
            )
        if code == 403:
            raise DockerError(
                translate("core", "{0} does not allow this for your account").format(self.host),
                translate("core", "Ask the registry's administrator for access."),
                details=detail,
            )
        if code == 404:
            raise DockerError(
                translate("core", "Not found on {0}: {path}").format(self.host, path=path),
                translate("core", "It may have been deleted meanwhile; refresh the list."),
                details=detail,
            )
        if code == 405 and method == "DELETE":
            raise DockerError(
                translate("core", "{0} does not allow deleting").format(self.host),
                translate(
                    "core",
                    "The registry must be run with deletes enabled (storage.delete.enabled).",
                ),
                details=detail,
            )
        if code == 405 and "_catalog" in path:
            raise DockerError(
                translate("core", "{0} does not list its repositories").format(self.host),
                translate("core", "Type a repository name to browse its tags instead."),
                details=detail,
            )
        raise DockerError(
            translate("core", "{0} answered {code} to {method} {path}").format(
                self.host, code=code, method=method, path=path
            ),
            details=detail,
        )

    # -- the API ---------------------------------------------------------------------------
    def catalog(self, page: int = 200, limit: int = 10_000) -> list[str]:
        repos: list[str] = []
        path = f"/v2/_catalog?n={page}"
        while path and len(repos) < limit:
            response = self._request("GET", path, scope="registry:catalog:*")
            repos.extend(response.json().get("repositories") or [])
            path = _next_link(response)
        return repos

    def tags(self, repository: str) -> list[str]:
        tags: list[str] = []
        path = f"/v2/{repository}/tags/list?n=500"
        while path:
            response = self._request("GET", path, scope=f"repository:{repository}:pull")
            tags.extend(response.json().get("tags") or [])
            path = _next_link(response)
        return sorted(tags)

    def digest(self, repository: str, tag: str) -> str:
        response = self._request(
            "HEAD",
            f"/v2/{repository}/manifests/{tag}",
            headers={"Accept": MANIFEST_TYPES},
            scope=f"repository:{repository}:pull",
        )
        return str(response.headers.get("Docker-Content-Digest", ""))

    def manifest(self, repository: str, reference: str) -> ManifestInfo:
        scope = f"repository:{repository}:pull"
        response = self._request(
            "GET",
            f"/v2/{repository}/manifests/{reference}",
            headers={"Accept": MANIFEST_TYPES},
            scope=scope,
        )
        body = response.json()
        media = str(body.get("mediaType") or response.headers.get("Content-Type", ""))
        digest = str(response.headers.get("Docker-Content-Digest", ""))
        if "manifests" in body:  # an index: one manifest per platform
            platforms = tuple(
                "/".join(
                    p
                    for p in (
                        (m.get("platform") or {}).get("os", ""),
                        (m.get("platform") or {}).get("architecture", ""),
                        (m.get("platform") or {}).get("variant", ""),
                    )
                    if p
                )
                or str(m.get("digest", ""))[:19]
                for m in body["manifests"]
            )
            size = sum(int(m.get("size") or 0) for m in body["manifests"])
            return ManifestInfo(digest, media, size, (), platforms, raw=body)
        layers = tuple(
            (str(layer.get("digest", "")), int(layer.get("size") or 0))
            for layer in body.get("layers") or []
        )
        config = body.get("config") or {}
        size = int(config.get("size") or 0) + sum(s for _, s in layers)
        os_name = arch = created = ""
        if config.get("digest"):
            try:
                blob = self._request(
                    "GET", f"/v2/{repository}/blobs/{config['digest']}", scope=scope
                ).json()
                os_name = str(blob.get("os", ""))
                arch = str(blob.get("architecture", ""))
                created = str(blob.get("created", ""))
            except (DockerError, ValueError):
                pass  # the details are extras; the manifest itself is known
        return ManifestInfo(digest, media, size, layers, (), os_name, arch, created, body)

    def tags_sharing(self, repository: str, tag: str) -> list[str]:
        """Tags of ``repository`` that point at the same manifest as ``tag``."""
        target = self.digest(repository, tag)
        return [
            t for t in self.tags(repository) if t == tag or self.digest(repository, t) == target
        ]

    def delete_tag(self, repository: str, tag: str) -> str:
        """Delete the manifest ``tag`` points at (its other tags go with it: v2 has no
        per-tag delete). Returns the deleted digest."""
        digest = self.digest(repository, tag)
        if not digest:
            raise DockerError(
                translate("core", "{0} did not give the digest of {repository}:{tag}").format(
                    self.host, repository=repository, tag=tag
                ),
                translate("core", "This registry may not support deleting by digest."),
            )
        self._request(
            "DELETE",
            f"/v2/{repository}/manifests/{digest}",
            scope=f"repository:{repository}:delete,pull",
        )
        return digest


def registry_call(address: str, fn: Callable[[RegistryClient], T]) -> T:
    """``fn`` with a client for ``address`` (Docker's saved login, if any), then closed."""
    with RegistryClient(address) as client:
        return fn(client)


def _next_link(response: requests.Response) -> str:
    link = response.headers.get("Link", "")
    match = re.match(r'<([^>]+)>;\s*rel="next"', link)
    return match.group(1) if match else ""


# -- log in / log out through the docker command -----------------------------------------
def _docker_cli(env: Mapping[str, str] | None) -> list[str]:
    import shutil

    path = (env or {}).get("PATH") if env else None
    exe = shutil.which("docker", path=path)
    if exe is None:
        raise DockerError(
            translate("core", "Logging in needs the docker command, and it is not installed"),
            translate(
                "core",
                "Install Docker's command line (docker-ce-cli, or docker.io on Debian/Ubuntu).",
            ),
        )
    return [exe]


def login(
    job: Job,
    address: str,
    username: str,
    password: str,
    env: Mapping[str, str] | None = None,
) -> str:
    """``docker login HOST -u USER --password-stdin``: the secret travels through a pipe."""
    _scheme, host = normalize_host(address)
    if not username.strip():
        raise ValidationError(
            translate("core", "The user name is empty."),
            translate("core", "Type the user name for this registry."),
        )
    if not password:
        raise ValidationError(
            translate("core", "The password is empty."),
            translate("core", "Type the password or access token."),
        )
    args = [*_docker_cli(env), "login", host, "--username", username.strip(), "--password-stdin"]
    try:
        run_streaming(
            args,
            job.log,
            cancel_event=job.cancel_event,
            env=clean_env(env),
            stdin_data=password + "\n",
        )
    except DockerError:
        raise
    except Exception as exc:
        details = getattr(exc, "details", "") or str(exc)
        lowered = details.lower()
        if "unauthorized" in lowered or "401" in lowered or "incorrect" in lowered:
            raise DockerError(
                translate("core", "{host} refused the user name or password").format(host=host),
                translate(
                    "core",
                    "Check both; some registries want an access token instead of the password.",
                ),
                details=details,
            ) from exc
        if "connection refused" in lowered or "no such host" in lowered or "dial tcp" in lowered:
            raise DockerError(
                translate("core", "The registry {host} cannot be reached").format(host=host),
                translate("core", "Check that it is running and the address (host:port)."),
                details=details,
            ) from exc
        raise
    return host


def logout(job: Job, address: str, env: Mapping[str, str] | None = None) -> str:
    _scheme, host = normalize_host(address)
    run_streaming(
        [*_docker_cli(env), "logout", host],
        job.log,
        cancel_event=job.cancel_event,
        env=clean_env(env),
    )
    return host
