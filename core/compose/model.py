"""The model of a resolved compose configuration: services (image, build context,
depends_on with conditions, profiles, networks, volumes, ports, replicas, healthcheck),
networks and volumes with their names on the engine, and every profile — read from what
``compose config`` prints, v1's shapes (short syntax, strings) and v2's (long syntax) alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from core.compose.problems import ConfigProblem


# -- the model ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Dependency:
    service: str
    condition: str = "service_started"
    required: bool = True


@dataclass(frozen=True)
class PortSpec:
    target: str
    published: str = ""
    protocol: str = "tcp"
    host_ip: str = ""

    def __str__(self) -> str:
        proto = f"/{self.protocol}" if self.protocol and self.protocol != "tcp" else ""
        if not self.published:
            return f"{self.target}{proto}"
        host = f"{self.host_ip}:" if self.host_ip else ""
        return f"{host}{self.published}:{self.target}{proto}"


@dataclass(frozen=True)
class MountSpec:
    type: str  # volume | bind | tmpfs | …
    source: str  # a volume's key in the file, a host path, or "" (anonymous)
    target: str
    read_only: bool = False

    def __str__(self) -> str:
        text = f"{self.source}:{self.target}" if self.source else self.target
        return text + (":ro" if self.read_only else "")


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    image: str | None = None
    build_context: str | None = None
    dockerfile: str | None = None
    depends_on: tuple[Dependency, ...] = ()
    profiles: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()
    volumes: tuple[MountSpec, ...] = ()
    ports: tuple[PortSpec, ...] = ()
    replicas: int | None = None  # deploy.replicas or scale, when the file says
    healthcheck: bool = False
    container_name: str | None = None
    active: bool = True  # no profiles, or one of them is on

    def to_json(self) -> dict[str, Any]:
        return {
            "image": self.image,
            "build_context": self.build_context,
            "dockerfile": self.dockerfile,
            "depends_on": {
                d.service: {"condition": d.condition, "required": d.required}
                for d in self.depends_on
            },
            "profiles": list(self.profiles),
            "networks": list(self.networks),
            "volumes": [str(m) for m in self.volumes],
            "ports": [str(p) for p in self.ports],
            "replicas": self.replicas,
            "healthcheck": self.healthcheck,
            "active": self.active,
        }


@dataclass(frozen=True)
class ResourceSpec:
    """A network or volume of the file: its key there and its name on the engine."""

    key: str
    name: str
    external: bool = False
    driver: str = ""


@dataclass
class ComposeModel:
    project: str
    text: str  # the resolved YAML, as compose printed it
    services: dict[str, ServiceSpec]
    networks: dict[str, ResourceSpec]
    volumes: dict[str, ResourceSpec]
    profiles: tuple[str, ...]  # every profile the files name
    active_profiles: tuple[str, ...] = ()
    warnings: list[ConfigProblem] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)  # the resolved configuration, parsed

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.project,
            "services": {name: s.to_json() for name, s in self.services.items()},
            "networks": {
                k: {"name": n.name, "external": n.external} for k, n in self.networks.items()
            },
            "volumes": {
                k: {"name": v.name, "external": v.external} for k, v in self.volumes.items()
            },
            "profiles": list(self.profiles),
            "active_profiles": list(self.active_profiles),
            "warnings": [w.to_json() for w in self.warnings],
        }


# -- reading compose's resolved output ---------------------------------------------------------
def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _depends(value: Any) -> tuple[Dependency, ...]:
    if isinstance(value, list):
        return tuple(Dependency(str(v)) for v in value)
    deps = []
    for name, raw in _dict(value).items():
        spec = _dict(raw)
        deps.append(
            Dependency(
                str(name),
                str(spec.get("condition") or "service_started"),
                bool(spec.get("required", True)),
            )
        )
    return tuple(deps)


def _port(value: Any) -> PortSpec | None:
    if isinstance(value, dict):
        if "target" not in value:
            return None
        return PortSpec(
            str(value["target"]),
            str(value.get("published") or ""),
            str(value.get("protocol") or "tcp"),
            str(value.get("host_ip") or ""),
        )
    text = str(value)
    text, _, proto = text.partition("/")
    parts = text.rsplit(":", 2)
    if len(parts) == 3:
        return PortSpec(parts[2], parts[1], proto or "tcp", parts[0])
    if len(parts) == 2:
        return PortSpec(parts[1], parts[0], proto or "tcp")
    return PortSpec(parts[0], "", proto or "tcp")


def _mount(value: Any, volume_keys: Mapping[str, Any]) -> MountSpec | None:
    if isinstance(value, dict):
        return MountSpec(
            str(value.get("type") or "volume"),
            str(value.get("source") or ""),
            str(value.get("target") or ""),
            bool(value.get("read_only", False)),
        )
    parts = str(value).split(":")
    if len(parts) == 1:
        return MountSpec("volume", "", parts[0])
    source, target = parts[0], parts[1]
    read_only = len(parts) > 2 and "ro" in parts[2].split(",")
    kind = "volume" if source in volume_keys or not source.startswith((".", "/", "~")) else "bind"
    return MountSpec(kind, source, target, read_only)


def _networks(value: Any, network_mode: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    if isinstance(value, dict):
        return tuple(str(k) for k in value)
    return () if network_mode else ("default",)


def _replicas(spec: Mapping[str, Any]) -> int | None:
    deploy = _dict(spec.get("deploy"))
    for value in (deploy.get("replicas"), spec.get("scale")):
        if value is not None:
            try:
                return int(value)
            except (TypeError, ValueError):
                continue
    return None


def _healthcheck(value: Any) -> bool:
    check = _dict(value)
    if not check or check.get("disable"):
        return False
    test = check.get("test")
    return not (isinstance(test, list) and test[:1] == ["NONE"])


def _service(name: str, spec: Mapping[str, Any], volume_keys: Mapping[str, Any]) -> ServiceSpec:
    build = spec.get("build")
    context = dockerfile = None
    if isinstance(build, str):
        context = build
    elif isinstance(build, dict):
        context = str(build.get("context") or ".")
        dockerfile = str(build["dockerfile"]) if build.get("dockerfile") else None
    mounts = (_mount(v, volume_keys) for v in spec.get("volumes") or [])
    ports = (_port(p) for p in spec.get("ports") or [])
    return ServiceSpec(
        name=name,
        image=str(spec["image"]) if spec.get("image") else None,
        build_context=context,
        dockerfile=dockerfile,
        depends_on=_depends(spec.get("depends_on")),
        profiles=tuple(str(p) for p in spec.get("profiles") or []),
        networks=_networks(spec.get("networks"), spec.get("network_mode")),
        volumes=tuple(m for m in mounts if m is not None),
        ports=tuple(p for p in ports if p is not None),
        replicas=_replicas(spec),
        healthcheck=_healthcheck(spec.get("healthcheck")),
        container_name=str(spec["container_name"]) if spec.get("container_name") else None,
    )


def _resources(value: Any, project: str) -> dict[str, ResourceSpec]:
    found = {}
    for key, raw in _dict(value).items():
        spec = _dict(raw)
        external = spec.get("external")
        if isinstance(external, dict):  # the old form: external: {name: x}
            name = str(external.get("name") or spec.get("name") or key)
            is_external = True
        else:
            is_external = bool(external)
            default = str(key) if is_external else f"{project}_{key}"
            name = str(spec.get("name") or default)
        found[str(key)] = ResourceSpec(str(key), name, is_external, str(spec.get("driver") or ""))
    return found


def build_model(
    project: str,
    text: str,
    data: Mapping[str, Any],
    *,
    everything: Mapping[str, Any] | None = None,
    active_profiles: Sequence[str] = (),
    warnings: Sequence[ConfigProblem] = (),
) -> ComposeModel:
    """The model of compose's resolved ``data`` (what runs with ``active_profiles``);
    ``everything`` is the resolution with every profile on, when there is one."""
    full = everything if everything is not None else data
    active_names = set(_dict(data.get("services")))
    chosen = set(active_profiles)
    volume_keys = _dict(full.get("volumes"))
    services = {}
    for name, spec in _dict(full.get("services")).items():
        service = _service(str(name), _dict(spec), volume_keys)
        if everything is not None:
            active = name in active_names
        else:  # v1 keeps every service: on when it has no profile or one of them is chosen
            active = not service.profiles or "*" in chosen or bool(chosen & set(service.profiles))
        services[str(name)] = _replace_active(service, active)
    profiles = sorted({p for s in services.values() for p in s.profiles})
    return ComposeModel(
        project=project,
        text=text,
        services=services,
        networks=_resources(full.get("networks"), project),
        volumes=_resources(full.get("volumes"), project),
        profiles=tuple(profiles),
        active_profiles=tuple(active_profiles),
        warnings=list(warnings),
        data=dict(data),
    )


def _replace_active(service: ServiceSpec, active: bool) -> ServiceSpec:
    return service if service.active == active else replace(service, active=active)
