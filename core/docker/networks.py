"""Networks: list with subnets and members, create a bridge with a subnet, remove,
connect and disconnect containers."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error
from core.docker.batch import remove_each
from core.docker.refusals import FieldError
from core.docker.volumes import validate_name
from core.errors import ValidationError
from core.jobs import Job
from core.text import translate

BUILTIN = frozenset({"bridge", "host", "none"})


@dataclass(frozen=True, slots=True)
class Network:
    id: str
    name: str
    driver: str
    scope: str
    subnets: tuple[str, ...]
    gateways: tuple[str, ...]
    internal: bool
    created: str
    containers: tuple[str, ...]  # names of attached containers (any state)

    @property
    def builtin(self) -> bool:
        return self.name in BUILTIN

    @property
    def short_id(self) -> str:
        return self.id[:12]


def network_members(
    containers: Iterable[Mapping[str, Any]], ids_by_name: Mapping[str, str] | None = None
) -> dict[str, list[str]]:
    """Container names by network id. A container that is not running has no endpoint
    yet, so the engine leaves its ``NetworkID`` empty: it is found by the network's name
    (the key of ``Networks``) through ``ids_by_name``."""
    members: dict[str, list[str]] = {}
    for c in containers:
        name = str((c.get("Names") or ["?"])[0]).lstrip("/")
        nets = ((c.get("NetworkSettings") or {}).get("Networks")) or {}
        for net_name, net in nets.items():
            nid = str((net or {}).get("NetworkID") or "") or (ids_by_name or {}).get(
                str(net_name), ""
            )
            if nid and name not in members.get(nid, ()):
                members.setdefault(nid, []).append(name)
    return members


def list_networks(client: DockerAPI) -> list[Network]:
    try:
        raw = client.networks()
        ids_by_name = {str(n.get("Name", "")): str(n.get("Id", "")) for n in raw}
        members = network_members(client.containers(all=True), ids_by_name)
    except Exception as exc:
        raise docker_error(exc, "list networks") from exc
    out = []
    for n in raw:
        configs = ((n.get("IPAM") or {}).get("Config")) or []
        nid = str(n.get("Id", ""))
        out.append(
            Network(
                nid,
                str(n.get("Name", "")),
                str(n.get("Driver", "")),
                str(n.get("Scope", "")),
                tuple(str(c["Subnet"]) for c in configs if c.get("Subnet")),
                tuple(str(c["Gateway"]) for c in configs if c.get("Gateway")),
                bool(n.get("Internal")),
                str(n.get("Created", "")),
                tuple(sorted(members.get(nid, ()))),
            )
        )
    return out


def create_network(
    job: Job,
    client: DockerAPI,
    name: str,
    *,
    subnet: str = "",
    gateway: str = "",
    internal: bool = False,
    driver: str = "bridge",
) -> str:
    try:
        text = validate_name(name, "network")
    except ValidationError as exc:
        raise FieldError(exc.message, exc.hint, field="name") from exc
    existing = list_networks(client)
    if any(n.name == text for n in existing):
        raise FieldError(
            translate("core", "A network named {text} already exists").format(text=text),
            translate("core", "Choose another name."),
            field="name",
        )
    ipam = None
    if subnet.strip():
        try:
            net = ipaddress.ip_network(subnet.strip(), strict=True)
        except ValueError as exc:
            raise FieldError(
                translate("core", "{subnet!r} is not a subnet").format(subnet=subnet),
                translate(
                    "core",
                    "Write a network address with its prefix, e.g. 172.28.0.0/16 "
                    "(the host bits must be zero).",
                ),
                field="subnet",
            ) from exc
        for other in existing:
            for theirs in other.subnets:
                try:
                    if net.overlaps(ipaddress.ip_network(theirs, strict=False)):
                        raise FieldError(
                            translate("core", "{net} overlaps {theirs} of the network {0}").format(
                                other.name, net=net, theirs=theirs
                            ),
                            translate("core", "Choose a subnet no other network uses."),
                            field="subnet",
                        )
                except (ValueError, TypeError):
                    continue
        pool: dict[str, str] = {"Subnet": str(net)}
        if gateway.strip():
            try:
                gw = ipaddress.ip_address(gateway.strip())
            except ValueError as exc:
                raise FieldError(
                    translate("core", "{gateway!r} is not an IP address").format(gateway=gateway),
                    translate("core", "e.g. 172.28.0.1"),
                    field="gateway",
                ) from exc
            if gw not in net or gw in (net.network_address, net.broadcast_address):
                raise FieldError(
                    translate("core", "The gateway {gw} is not a host address of {net}").format(
                        gw=gw, net=net
                    ),
                    translate("core", "Pick an address inside {net}, e.g. {0}.").format(
                        next(net.hosts()), net=net
                    ),
                    field="gateway",
                )
            pool["Gateway"] = str(gw)
        ipam = {"Driver": "default", "Config": [pool]}
    elif gateway.strip():
        raise FieldError(
            translate("core", "A gateway needs a subnet"),
            translate("core", "Fill in the subnet too, or neither."),
            field="gateway",
        )
    try:
        created = client.create_network(
            text, driver=driver, ipam=ipam, internal=internal, check_duplicate=True
        )
    except Exception as exc:
        raise docker_error(exc, f"create network {text}") from exc
    job.log(f"created network {text} ({str(created.get('Id', ''))[:12]})")
    return str(created.get("Id", ""))


def remove_networks(job: Job, client: DockerAPI, networks: Sequence[Network]) -> list[str]:
    def explain(net: Network, text: str) -> str:
        if "active endpoints" in text:
            users = ", ".join(net.containers) or translate("core", "running containers")
            return translate("core", "{0} is in use by {1}").format(net.name, users)
        return text

    return remove_each(
        job,
        networks,
        kind="network",
        label=lambda net: net.name,
        remove=lambda net: client.remove_network(net.id),
        refuse=lambda net: (
            translate("core", "{0} is one of the engine's own networks").format(net.name)
            if net.builtin
            else ""
        ),
        explain=explain,
        hint=translate(
            "core",
            "Disconnect or stop the containers using a network before removing it; "
            "bridge, host and none belong to the engine.",
        ),
    )


def connect(
    job: Job,
    client: DockerAPI,
    network: str,
    container: str,
    *,
    aliases: Sequence[str] = (),
    ipv4: str = "",
) -> None:
    if ipv4.strip():
        try:
            ipaddress.IPv4Address(ipv4.strip())
        except ValueError as exc:
            raise ValidationError(
                translate("core", "{ipv4!r} is not an IPv4 address").format(ipv4=ipv4),
                translate("core", "e.g. 172.28.0.10"),
            ) from exc
    try:
        client.connect_container_to_network(
            container, network, aliases=list(aliases) or None, ipv4_address=ipv4.strip() or None
        )
    except Exception as exc:
        raise docker_error(exc, f"connect {container} to {network}") from exc
    job.log(f"connected {container} to {network}")


def disconnect(
    job: Job, client: DockerAPI, network: str, container: str, force: bool = False
) -> None:
    try:
        client.disconnect_container_from_network(container, network, force=force)
    except Exception as exc:
        raise docker_error(exc, f"disconnect {container} from {network}") from exc
    job.log(f"disconnected {container} from {network}")
