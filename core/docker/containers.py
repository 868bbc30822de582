"""Containers as plain data, built from the engine's list entries (``docker ps -a``) or from
one container's inspect reply (what an event refreshes: it reads the live state, where the
list can lag an event by a moment)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from core.docker.api import DockerAPI
from core.docker.status_text import since_from_status, status_text

COMPOSE_PROJECT = "com.docker.compose.project"
COMPOSE_SERVICE = "com.docker.compose.service"


@dataclass(frozen=True, slots=True)
class Port:
    private_port: int
    type: str = "tcp"
    public_port: int | None = None
    ip: str = ""

    def __str__(self) -> str:
        if self.public_port is None:
            return f"{self.private_port}/{self.type}"
        host = self.ip or "0.0.0.0"
        if ":" in host:
            host = f"[{host}]"
        return f"{host}:{self.public_port}->{self.private_port}/{self.type}"

    @property
    def reachable_from_network(self) -> bool:
        return self.public_port is not None and self.ip in ("", "0.0.0.0", "::")

    def to_json(self) -> dict[str, Any]:
        return {
            "ip": self.ip,
            "private_port": self.private_port,
            "public_port": self.public_port,
            "type": self.type,
        }


@dataclass(frozen=True, slots=True)
class Container:
    id: str
    name: str
    image: str
    state: str
    status: str
    created: float
    ports: tuple[Port, ...] = ()
    command: str = ""
    labels: Mapping[str, str] = field(default_factory=dict, hash=False, compare=True)
    image_id: str = ""
    # when the current state began (epoch; 0.0 unknown), for a status line that ticks
    since: float = field(default=0.0, compare=False)
    exit_code: int | None = None
    health: str = ""
    engine: str = ""  # the name of the engine it runs on ("" when it does not matter)

    @property
    def key(self) -> tuple[str, str]:
        """(engine, id): unique across every engine shown together."""
        return self.engine, self.id

    def status_at(self, now: float | None = None) -> str:
        """The status line as of ``now`` ("Up 5 minutes" keeps counting)."""
        if not self.since:
            return self.status
        moment = time.time() if now is None else now
        return status_text(self.state, self.since, self.exit_code, self.health, moment)

    @property
    def short_id(self) -> str:
        return self.id[:12]

    @property
    def compose_project(self) -> str | None:
        return self.labels.get(COMPOSE_PROJECT)

    @property
    def compose_service(self) -> str | None:
        return self.labels.get(COMPOSE_SERVICE)

    @property
    def created_iso(self) -> str:
        return dt.datetime.fromtimestamp(self.created, tz=dt.UTC).isoformat()

    @property
    def ports_text(self) -> str:
        return ", ".join(str(p) for p in self.ports)

    @classmethod
    def from_list_entry(cls, entry: Mapping[str, Any], engine: str = "") -> Container:
        """Build from one item of ``GET /containers/json`` (the ``docker ps`` shape)."""
        names = entry.get("Names") or []
        name = names[0].lstrip("/") if names else str(entry.get("Id", ""))[:12]
        ports = tuple(
            sorted(
                {
                    Port(
                        private_port=int(p.get("PrivatePort", 0)),
                        type=str(p.get("Type", "tcp")),
                        public_port=int(p["PublicPort"]) if p.get("PublicPort") else None,
                        ip=str(p.get("IP", "")),
                    )
                    for p in entry.get("Ports") or []
                },
                key=lambda p: (p.private_port, p.type, p.public_port or 0, p.ip),
            )
        )
        status = str(entry.get("Status", ""))
        since, exit_code, health = since_from_status(status, time.time())
        return cls(
            id=str(entry["Id"]),
            name=name,
            image=str(entry.get("Image", "")),
            state=str(entry.get("State", "")),
            status=status,
            created=float(entry.get("Created", 0)),
            ports=ports,
            command=str(entry.get("Command", "")),
            labels=dict(entry.get("Labels") or {}),
            image_id=str(entry.get("ImageID", "")),
            since=since,
            exit_code=exit_code,
            health=health,
            engine=engine,
        )

    @classmethod
    def from_inspect(cls, info: Mapping[str, Any], engine: str = "") -> Container:
        """Build from ``GET /containers/ID/json``, in the shape the list gives."""
        state = info.get("State") or {}
        config = info.get("Config") or {}
        status = str(state.get("Status", ""))
        started = _epoch(state.get("StartedAt"))
        finished = _epoch(state.get("FinishedAt"))
        since = finished if status in ("exited", "restarting", "dead") else started
        health = str((state.get("Health") or {}).get("Status", ""))
        exit_code = int(state.get("ExitCode", 0)) if status in ("exited", "restarting") else None
        args = [f"'{a}'" if " " in str(a) else str(a) for a in info.get("Args") or []]
        command = " ".join([str(info.get("Path", "")), *args]) if args else info.get("Path", "")
        ports: set[Port] = set()
        for key, bindings in ((info.get("NetworkSettings") or {}).get("Ports") or {}).items():
            private, _, proto = str(key).partition("/")
            if not bindings:
                ports.add(Port(int(private), proto or "tcp"))
            for b in bindings or []:
                public = int(b["HostPort"]) if str(b.get("HostPort", "")).isdigit() else None
                ports.add(Port(int(private), proto or "tcp", public, str(b.get("HostIp", ""))))
        now = time.time()
        return cls(
            id=str(info["Id"]),
            name=str(info.get("Name", "")).lstrip("/") or str(info["Id"])[:12],
            image=str(config.get("Image", "")),
            state=status,
            status=(
                status_text(status, since, exit_code, health, now)
                if since or status in ("created", "removing", "dead")
                else ""
            ),
            created=float(int(_epoch(info.get("Created")))),
            ports=tuple(
                sorted(ports, key=lambda p: (p.private_port, p.type, p.public_port or 0, p.ip))
            ),
            command=str(command),
            labels=dict(config.get("Labels") or {}),
            image_id=str(info.get("Image", "")),
            since=since,
            exit_code=exit_code,
            health=health,
            engine=engine,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "image": self.image,
            "state": self.state,
            "status": self.status,
            "created": self.created_iso,
            "ports": [p.to_json() for p in self.ports],
            "command": self.command,
            "labels": dict(self.labels),
            **({"engine": self.engine} if self.engine else {}),
        }


def _epoch(stamp: object) -> float:
    """Seconds since the epoch from Docker's RFC 3339 time (nanoseconds cut), 0.0 for its
    zero time or anything unreadable."""
    text = str(stamp or "")
    if not text or text.startswith("0001-"):
        return 0.0
    main, _, rest = text.partition(".")
    zone = ""
    if rest:
        digits = rest.rstrip("Z").split("+")[0].split("-")[0]
        zone = rest[len(digits) :]
        main = f"{main}.{digits[:6]}"
    else:
        main, zone = (main[:-1], "Z") if main.endswith("Z") else (main, "")
    try:
        moment = dt.datetime.fromisoformat(main + ("+00:00" if zone in ("Z", "") else zone))
    except ValueError:
        return 0.0
    return moment.timestamp()


def list_containers(client: DockerAPI) -> list[Container]:
    """Every container, in one list call (no per-container inspect)."""
    return [Container.from_list_entry(e) for e in client.containers(all=True)]
