"""Compose services from what runs: a container's inspect data ("Export to compose…") or a
run dialog's ``RunSpec`` ("Save as compose service").

A container's service holds what its creator chose, not what its image already sets: the
image's Cmd, Entrypoint, Env, WorkingDir, User, Healthcheck, labels, volumes and exposed
ports are left out (compose gets them from the image again). Named volumes and user
networks are the same ones, declared ``external``; the default bridge becomes compose's
own network; anonymous volumes stay anonymous. Values that look secret become
``SecretValue``s (``.env`` at render time).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from core.compose.export import (
    ComposeExport,
    SecretValue,
    clean_service_name,
    compose_duration,
    unique_name,
)
from core.docker.api import DockerAPI, Json
from core.docker.masking import looks_secret
from core.docker.run_spec import RunSpec
from core.errors import DockerError
from core.text import translate

COMPOSE_LABEL_PREFIX = "com.docker.compose."
_COMPOSE_SERVICE = COMPOSE_LABEL_PREFIX + "service"
_MIB = 1024 * 1024
_DEFAULT_SHM = 64 * _MIB
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_DEFAULT_NETWORKS = ("default", "bridge")
_OWN_MODES = ("host", "none")  # network modes written as network_mode


class _Services:
    """Services being gathered: unique names, the top-level volumes and networks."""

    def __init__(self) -> None:
        self.services: dict[str, dict[str, Any]] = {}
        self.volumes: dict[str, dict[str, Any]] = {}
        self.networks: dict[str, dict[str, Any]] = {}
        self.notes: list[str] = []

    def add(self, name: str, service: dict[str, Any]) -> str:
        name = unique_name(clean_service_name(name), self.services)
        self.services[name] = service
        return name

    def result(self) -> ComposeExport:
        return ComposeExport(self.services, self.volumes, self.networks, tuple(self.notes))


# -- containers ---------------------------------------------------------------------------


def export_containers(client: DockerAPI, ids: Sequence[str]) -> ComposeExport:
    """One service per container (``ids``: ids or names), each named after its container
    (or its compose service). Inspects each container and each image once."""
    pairs: list[tuple[Json, Json]] = []
    images: dict[str, Json] = {}
    for cid in ids:
        info = _inspect(client.inspect_container, cid, "container")
        image_id = str(info.get("Image") or "")
        if image_id not in images:
            images[image_id] = _inspect(client.inspect_image, image_id, "image")
        pairs.append((info, images[image_id]))
    return services_from_inspect(pairs)


def services_from_inspect(pairs: Sequence[tuple[Json, Json]]) -> ComposeExport:
    """The services of containers given as (inspect, their image's inspect or {} when
    the image is gone)."""
    found = _Services()
    for info, image in pairs:
        config = info.get("Config") or {}
        labels = config.get("Labels") or {}
        name = labels.get(_COMPOSE_SERVICE) or str(info.get("Name") or "").lstrip("/")
        named = found.add(name, container_service(info, image, found))
        if not image:
            found.notes.append(
                translate(
                    "core",
                    "{service}: its image {image} is gone, so every setting it gave the"
                    " container is written out.",
                ).format(service=named, image=config.get("Image") or str(info.get("Image")))
            )
        if (info.get("HostConfig") or {}).get("AutoRemove"):
            found.notes.append(
                translate(
                    "core", "{service}: compose has no --rm; its container is kept when it exits."
                ).format(service=named)
            )
    return found.result()


def _inspect(call: Callable[[str], Json], ref: str, kind: str) -> Json:
    """``call(ref)``; a container that is gone is a clear error, an image that is gone {}."""
    from core.docker.api_errors import docker_error

    try:
        return call(ref)
    except Exception as exc:
        status = getattr(getattr(exc, "response", None), "status_code", None)
        if status == 404 and kind == "image":
            return {}
        if status == 404:
            raise DockerError(
                translate("core", "The container {ref} does not exist (any more)").format(
                    ref=ref[:12] if _HEX64.match(ref) else ref
                ),
                translate("core", "It may have been removed meanwhile; choose another."),
                details=str(exc),
            ) from exc
        raise docker_error(exc, f"inspect {ref}") from exc


def container_service(info: Json, image: Json, found: _Services) -> dict[str, Any]:
    """The service of one container (``image``: its image's inspect, {} when gone); the
    volumes and networks it needs go to ``found``."""
    config = info.get("Config") or {}
    host = info.get("HostConfig") or {}
    own = image.get("Config") or {}
    service: dict[str, Any] = {"image": config.get("Image") or info.get("Image")}
    service |= _run_command(config, own)
    env = {
        k: v for k, v in _env_map(config.get("Env")).items() if _env_map(own.get("Env")).get(k) != v
    }
    _put(service, "environment", _environment(env))
    _put(service, "ports", _ports(host.get("PortBindings") or {}))
    exposed = set(config.get("ExposedPorts") or {}) - set(own.get("ExposedPorts") or {})
    exposed -= set(host.get("PortBindings") or {})
    _put(service, "expose", [_exposed(p) for p in sorted(exposed, key=_port_key)])
    service |= _mounts(info, own, found)
    service |= _networks(info, found)
    for key, value in _settings(info, own).items():
        _put(service, key, value)
    return service


def _run_command(config: Json, own: Json) -> dict[str, Any]:
    """entrypoint and command: set by the user when they differ from the image's; with its
    own entrypoint a container gets no command from the image (docker's rule and compose's)."""
    out: dict[str, Any] = {}
    entrypoint, cmd = config.get("Entrypoint") or [], config.get("Cmd") or []
    if entrypoint != (own.get("Entrypoint") or []):
        out["entrypoint"] = list(entrypoint)
        if cmd:
            out["command"] = list(cmd)
    elif cmd != (own.get("Cmd") or []):
        out["command"] = list(cmd)
    return out


def _env_map(items: Iterable[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items or ():
        key, _, value = item.partition("=")
        out[key] = value
    return out


def _environment(env: Mapping[str, str]) -> dict[str, str | SecretValue]:
    return {k: SecretValue(v) if v and looks_secret(k) else v for k, v in env.items()}


def _port_key(key: str) -> tuple[int, str]:
    port, _, proto = key.partition("/")
    return (int(port) if port.isdigit() else 0, proto or "tcp")


def _exposed(key: str) -> str:
    port, proto = _port_key(key)
    return f"{port}/{proto}"  # with its protocol: compose passes it on as written


def _port_text(container_port: str, protocol: str, host_ip: str, host_port: str) -> str:
    ip = "" if host_ip in ("", "0.0.0.0") else host_ip  # "all interfaces": the default
    if ":" in ip:
        ip = f"[{ip}]"
    text = container_port
    if ip:
        text = f"{ip}:{host_port}:{container_port}"
    elif host_port:
        text = f"{host_port}:{container_port}"
    return text if protocol == "tcp" else f"{text}/{protocol}"


def _ports(bindings: Mapping[str, Any]) -> list[str]:
    """Published ports, consecutive ones (same address and protocol) as one range."""
    items = []  # (protocol, host ip, container port, host port text)
    for key, binds in bindings.items():
        port, proto = _port_key(key)
        for bind in binds or [{}]:
            items.append((proto, bind.get("HostIp") or "", port, bind.get("HostPort") or ""))
    runs: list[list[Any]] = []  # [proto, ip, first, last, host first, host last]
    for proto, ip, port, hport in sorted(items, key=lambda t: (t[0], t[1], t[2], t[3])):
        last = runs[-1] if runs else None
        if (
            last is not None
            and last[:2] == [proto, ip]
            and port == last[3] + 1
            and (
                (hport == "" and last[4] == "")
                or (hport.isdigit() and last[5].isdigit() and int(hport) == int(last[5]) + 1)
            )
        ):
            last[3], last[5] = port, hport
        else:
            runs.append([proto, ip, port, port, hport, hport])
    out = []
    for proto, ip, first, last_port, hfirst, hlast in runs:
        inside = str(first) if first == last_port else f"{first}-{last_port}"
        outside = hfirst if hfirst == hlast else f"{hfirst}-{hlast}"
        out.append(_port_text(inside, proto, ip, outside))
    return out


def _mounts(info: Json, own: Json, found: _Services) -> dict[str, Any]:
    host = info.get("HostConfig") or {}
    named = {str(b).split(":", 1)[0] for b in host.get("Binds") or ()}
    named |= {str(m.get("Source")) for m in host.get("Mounts") or () if m.get("Source")}
    image_volumes = set(own.get("Volumes") or {})
    volumes: list[str] = []
    tmpfs = [f"{p}:{o}" if o else p for p, o in (host.get("Tmpfs") or {}).items()]
    for mount in info.get("Mounts") or ():
        kind, target = mount.get("Type"), str(mount.get("Destination") or "")
        suffix = "" if mount.get("RW", True) else ":ro"
        if kind == "bind":
            volumes.append(f"{mount.get('Source')}:{target}{suffix}")
        elif kind == "tmpfs" and target not in (host.get("Tmpfs") or {}):
            tmpfs.append(target)
        elif kind == "volume":
            name = str(mount.get("Name") or "")
            if _HEX64.match(name) and name not in named:  # anonymous
                if target not in image_volumes:
                    volumes.append(target)
            else:
                volumes.append(f"{name}:{target}{suffix}")
                found.volumes[name] = {"external": True}
    out: dict[str, Any] = {}
    _put(out, "volumes", volumes)
    _put(out, "tmpfs", tmpfs)
    return out


def _networks(info: Json, found: _Services) -> dict[str, Any]:
    host = info.get("HostConfig") or {}
    mode = str(host.get("NetworkMode") or "default")
    if mode in _OWN_MODES or mode.startswith("container:"):
        return {"network_mode": mode}
    short_id = str(info.get("Id") or "")[:12]
    own_name = str(info.get("Name") or "").lstrip("/")
    attached = (info.get("NetworkSettings") or {}).get("Networks") or {}
    networks: dict[str, Any] = {}
    for net, settings in attached.items():
        if net in _DEFAULT_NETWORKS:
            continue
        entry: dict[str, Any] = {}
        aliases = [
            a for a in (settings or {}).get("Aliases") or () if a not in (short_id, own_name)
        ]
        _put(entry, "aliases", aliases)
        ipam = (settings or {}).get("IPAMConfig") or {}
        _put(entry, "ipv4_address", ipam.get("IPv4Address"))
        _put(entry, "ipv6_address", ipam.get("IPv6Address"))
        networks[net] = entry
        found.networks[net] = {"external": True}
    return {"networks": networks} if networks else {}


def _settings(info: Json, own: Json) -> dict[str, Any]:
    """Everything else, in compose's keys (empty values are dropped by the caller)."""
    config = info.get("Config") or {}
    host = info.get("HostConfig") or {}
    mode = str(host.get("NetworkMode") or "default")
    hostname = config.get("Hostname") or ""
    # the default (the short id) or not the container's own (another's network)
    own_host = hostname == str(info.get("Id") or "")[:12] or mode == "host"
    own_host = own_host or mode.startswith("container:")
    labels = {
        k: v
        for k, v in (config.get("Labels") or {}).items()
        if not k.startswith(COMPOSE_LABEL_PREFIX) and (own.get("Labels") or {}).get(k) != v
    }
    memory = host.get("Memory") or 0
    return {
        "hostname": None if own_host else hostname,
        "domainname": config.get("Domainname"),
        "restart": _restart(host.get("RestartPolicy") or {}),
        "healthcheck": _healthcheck(config.get("Healthcheck"), own.get("Healthcheck")),
        "labels": labels,
        "working_dir": _changed(config, own, "WorkingDir"),
        "user": _changed(config, own, "User"),
        "stop_signal": _changed(config, own, "StopSignal"),
        "stop_grace_period": f"{config['StopTimeout']}s" if config.get("StopTimeout") else None,
        "tty": config.get("Tty") or None,
        "stdin_open": config.get("OpenStdin") or None,
        "cap_add": host.get("CapAdd"),
        "cap_drop": host.get("CapDrop"),
        "devices": [_device(d) for d in host.get("Devices") or ()],
        "privileged": host.get("Privileged") or None,
        "init": host.get("Init") or None,
        "read_only": host.get("ReadonlyRootfs") or None,
        "extra_hosts": host.get("ExtraHosts"),
        "dns": host.get("Dns"),
        "dns_search": host.get("DnsSearch"),
        "dns_opt": host.get("DnsOptions"),
        "security_opt": host.get("SecurityOpt"),
        "sysctls": host.get("Sysctls"),
        "group_add": host.get("GroupAdd"),
        "pid": host.get("PidMode"),
        "ulimits": _ulimits(host.get("Ulimits") or ()),
        "shm_size": _sized(host.get("ShmSize"), _DEFAULT_SHM),
        "mem_limit": _sized(memory),
        "memswap_limit": -1
        if host.get("MemorySwap") == -1
        else _sized(host.get("MemorySwap"), 2 * memory),
        "mem_reservation": _sized(host.get("MemoryReservation")),
        "cpus": host["NanoCpus"] / 1e9 if host.get("NanoCpus") else None,
        "cpu_shares": host.get("CpuShares") or None,
        "cpuset": host.get("CpusetCpus"),
        "pids_limit": host.get("PidsLimit") if (host.get("PidsLimit") or 0) > 0 else None,
    }


def _changed(config: Json, own: Json, key: str) -> Any:
    value = config.get(key)
    return value if value and value != own.get(key) else None


def _restart(policy: Json) -> str | None:
    name = str(policy.get("Name") or "no")
    if name == "no":
        return None
    retries = policy.get("MaximumRetryCount") or 0
    return f"{name}:{retries}" if name == "on-failure" and retries else name


def _healthcheck(check: Json | None, own: Json | None) -> dict[str, Any] | None:
    if not check or check == own:
        return None
    if (check.get("Test") or [None])[0] == "NONE":
        return {"disable": True}
    out: dict[str, Any] = {}
    _put(out, "test", list(check.get("Test") or ()))
    for key, name in (
        ("Interval", "interval"),
        ("Timeout", "timeout"),
        ("StartPeriod", "start_period"),
        ("StartInterval", "start_interval"),
    ):
        if check.get(key):
            out[name] = compose_duration(int(check[key]))
    _put(out, "retries", check.get("Retries") or None)
    return out


def _device(device: Json) -> str:
    text = f"{device.get('PathOnHost')}:{device.get('PathInContainer')}"
    perms = device.get("CgroupPermissions") or "rwm"
    return text if perms == "rwm" else f"{text}:{perms}"


def _ulimits(items: Iterable[Json]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        soft, hard = item.get("Soft"), item.get("Hard")
        out[str(item.get("Name"))] = soft if soft == hard else {"soft": soft, "hard": hard}
    return out


def _size(n: int) -> str | int:
    for unit, factor in (("g", 1024**3), ("m", _MIB), ("k", 1024)):
        if n % factor == 0:
            return f"{n // factor}{unit}"
    return n


def _sized(n: int | None, default: int = 0) -> str | int | None:
    """A size in bytes as compose writes it, None when unset or the engine's ``default``
    (--memory-swap: twice the memory when only that was given)."""
    return _size(n) if n and n > 0 and n != default else None


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    """``target[key] = value`` unless the value is empty (None, "", [], {})."""
    if value is not None and value not in ("", [], {}):
        target[key] = value


# -- a run dialog's spec ------------------------------------------------------------------


def service_from_spec(spec: RunSpec, *, existing_volumes: Collection[str] = ()) -> ComposeExport:
    """The service ``docker run`` would make from ``spec``. A named volume is declared
    ``external`` when it is in ``existing_volumes``, else by its name (compose makes it)."""
    found = _Services()
    service: dict[str, Any] = {"image": spec.image}
    _put(service, "command", list(spec.command))
    if spec.env_file:
        service["env_file"] = [str(Path(spec.env_file).absolute())]
    _put(service, "environment", _environment(dict(spec.env)))
    ports = [
        _port_text(str(p.container_port), p.protocol, p.host_ip, str(p.host_port or ""))
        for p in spec.ports
    ]
    _put(service, "ports", ports)
    volumes = []
    for mount in spec.mounts:
        volumes.append(mount.cli())
        if not mount.is_bind:
            known = mount.source in existing_volumes
            found.volumes[mount.source] = {"external": True} if known else {"name": mount.source}
    _put(service, "volumes", volumes)
    network = spec.network.strip()
    if network in _OWN_MODES or network.startswith("container:"):
        service["network_mode"] = network
    elif network and network not in _DEFAULT_NETWORKS:
        service["networks"] = {network: {}}
        found.networks[network] = {"external": True}
    _put(service, "labels", dict(spec.labels))
    if spec.restart != "no":
        retries = spec.restart_retries if spec.restart == "on-failure" else 0
        service["restart"] = f"{spec.restart}:{retries}" if retries else spec.restart
    _put(service, "cpus", spec.cpus or None)
    _put(service, "mem_limit", _sized(spec.memory))
    _put(service, "stdin_open", spec.interactive or None)
    _put(service, "tty", spec.tty or None)
    image_name = spec.image.rsplit("/", 1)[-1].split("@")[0].split(":")[0]
    named = found.add(spec.name or image_name, service)
    if spec.remove:
        found.notes.append(
            translate(
                "core", "{service}: compose has no --rm; its container is kept when it exits."
            ).format(service=named)
        )
    return found.result()
