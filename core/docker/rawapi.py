"""A tiny read-only Engine API client over a local unix socket (stdlib ``http.client``).

Used for quick reads from the command line, where importing docker-py (and requests)
would cost more than the request itself. Everything else goes through docker-py.
"""

from __future__ import annotations

import http.client
import json
import socket
from typing import Any
from urllib.parse import urlencode

from core.docker.connection import Connection, open_client, probe_socket
from core.docker.contexts import resolve_endpoint, spec_named
from core.docker.endpoint import Endpoint
from core.errors import DockerError
from core.text import translate


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self._path)
        self.sock = sock


class RawClient:
    """``containers()`` and ``images()`` with the same shape as docker-py's APIClient."""

    def __init__(self, endpoint: Endpoint, timeout: float = 60.0) -> None:
        if not endpoint.is_local_socket:
            raise ValueError("RawClient speaks only to a local unix socket")
        probe_socket(endpoint)
        self.endpoint = endpoint
        self._conn = _UnixConnection(endpoint.socket_path or "", timeout)

    def get(self, path: str, params: dict[str, str] | None = None) -> Any:
        url = path + ("?" + urlencode(params) if params else "")
        try:
            self._conn.request("GET", url, headers={"Host": "docker"})
            resp = self._conn.getresponse()
            body = resp.read()
        except OSError as exc:
            raise DockerError(
                translate("core", "The Docker engine stopped answering: {exc}").format(exc=exc)
            ) from exc
        if resp.status >= 400:
            try:
                message = json.loads(body).get("message", "")
            except ValueError:
                message = body.decode(errors="replace")
            raise DockerError(
                translate("core", "Docker refused GET {path}: {0}").format(
                    message or resp.status, path=path
                )
            )
        return json.loads(body)

    def _listing(self, path: str, all: bool, filters: dict[str, Any] | None) -> Any:
        params = {"all": "1" if all else "0"}
        if filters:
            params["filters"] = json.dumps(
                {k: v if isinstance(v, list) else [v] for k, v in filters.items()}
            )
        return self.get(path, params)

    def containers(self, all: bool = False, filters: dict[str, Any] | None = None) -> Any:
        return self._listing("/containers/json", all, filters)

    def inspect_container(self, cid: str) -> Any:
        return self.get(f"/containers/{cid}/json")

    def images(self, all: bool = False, filters: dict[str, Any] | None = None) -> Any:
        return self._listing("/images/json", all, filters)

    def close(self) -> None:
        self._conn.close()


def open_reader(engine: str | None = None) -> Connection:
    """A connection good for reads: the small socket reader on a local socket, else
    docker-py (ssh, TCP)."""
    endpoint = spec_named(engine).endpoint if engine is not None else resolve_endpoint()
    if endpoint.is_local_socket:
        return Connection(RawClient(endpoint))
    return open_client(engine=engine)
