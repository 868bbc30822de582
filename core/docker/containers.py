"""Containers as plain data, built from the engine's list entries (``docker ps -a``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

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
    def from_list_entry(cls, entry: Mapping[str, Any]) -> Container:
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
        return cls(
            id=str(entry["Id"]),
            name=name,
            image=str(entry.get("Image", "")),
            state=str(entry.get("State", "")),
            status=str(entry.get("Status", "")),
            created=float(entry.get("Created", 0)),
            ports=ports,
            command=str(entry.get("Command", "")),
            labels=dict(entry.get("Labels") or {}),
            image_id=str(entry.get("ImageID", "")),
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
        }


def list_containers(client: Any) -> list[Container]:
    """Every container, in one list call (no per-container inspect)."""
    return [Container.from_list_entry(e) for e in client.containers(all=True)]
