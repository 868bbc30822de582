"""What EnvDock changes in a swarm: nodes, services, the swarm itself, configs and secrets.

Every change that rewrites an object reads it first and sends its whole spec back with the
version it read (the engine refuses a write made on an old version: "update out of
sequence"); such a refusal is retried once on a fresh read. Requests are checked here
before they reach the engine, so a mistake gets a message that says what to change.

A secret's value goes to the engine and nowhere else: it is not logged, not kept, not
part of any message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from core.errors import DockerError, ValidationError
from core.logfile import get_logger
from core.swarm.errors import engine_text, status_of, swarm_error
from core.swarm.model import Node, SwarmInfo
from core.text import translate

if TYPE_CHECKING:
    from core.docker.api import DockerAPI

log = get_logger("swarm.ops")

T = TypeVar("T")
Json = dict[str, Any]

SWARM_PORT = 2377
AVAILABILITIES = ("active", "pause", "drain")
ROLES = ("manager", "worker")
MODES = ("replicated", "global")
ENDPOINT_MODES = ("vip", "dnsrr")
PUBLISH_MODES = ("ingress", "host")
PROTOCOLS = ("tcp", "udp", "sctp")
RESTART_CONDITIONS = ("none", "on-failure", "any")
FAILURE_ACTIONS = ("pause", "continue", "rollback")
UPDATE_ORDERS = ("stop-first", "start-first")
MOUNT_TYPES = ("volume", "bind", "tmpfs")
MAX_OBJECT_BYTES = 500 * 1024  # the engine's limit for a secret's or a config's data
# swarmkit's rule for service names (a DNS label; stacks add `stack_`)
_SERVICE_NAME = re.compile(r"^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$")
_OBJECT_NAME = re.compile(r"^[a-zA-Z0-9]+(?:[a-zA-Z0-9_.-]*[a-zA-Z0-9])?$")
_TOKEN = re.compile(r"^SWMTKN-1-[0-9a-z]+-[0-9a-z]+$")
_NS = 1_000_000_000


def _ns(seconds: float) -> int:
    return round(seconds * _NS)


def _call(api: DockerAPI, what: str, fn: Callable[[], T]) -> T:
    """``fn()``, its engine error as a DockerError with a hint."""
    try:
        return fn()
    except (DockerError, ValidationError):
        raise
    except Exception as exc:
        raise swarm_error(exc, what, api) from exc


def _out_of_sequence(exc: BaseException) -> bool:
    return "update out of sequence" in engine_text(exc).lower()


def _post_json(api: DockerAPI, path: str, body: Mapping[str, Any], **params: Any) -> Any:
    """POST ``body`` as JSON to ``path`` (with a ``{0}`` for an id in ``params["id"]``)."""
    oid = params.pop("id", None)
    url = api._url(path, oid) if oid is not None else api._url(path)
    res = api._post(
        url,
        data=json.dumps(body),
        params=params or None,
        headers={"Content-Type": "application/json"},
    )
    api._raise_for_status(res)
    return res.json() if res.content else None


# -- nodes -----------------------------------------------------------------------------------
def node_update(
    api: DockerAPI,
    node_id: str,
    *,
    availability: str | None = None,
    role: str | None = None,
    add_labels: Mapping[str, str] | None = None,
    remove_labels: Sequence[str] = (),
) -> None:
    """Drain / pause / activate, promote / demote, add and remove labels: one write of the
    node's spec as read just before."""
    if availability is not None and availability not in AVAILABILITIES:
        raise ValidationError(
            translate("core", "Unknown availability {value!r}").format(value=availability),
            translate("core", "Choose one of: {choices}.").format(
                choices=", ".join(AVAILABILITIES)
            ),
        )
    if role is not None and role not in ROLES:
        raise ValidationError(
            translate("core", "Unknown role {value!r}").format(value=role),
            translate("core", "Choose one of: {choices}.").format(choices=", ".join(ROLES)),
        )
    for key in add_labels or {}:
        _check_label_key(key)
    what = translate("core", "update node {node}").format(node=node_id[:12])

    def write() -> None:
        data = api.inspect_node(node_id)
        spec = dict(data.get("Spec") or {})
        if availability is not None:
            spec["Availability"] = availability
        if role is not None:
            spec["Role"] = role
        labels = dict(spec.get("Labels") or {})
        labels.update(add_labels or {})
        for key in remove_labels:
            labels.pop(key, None)
        spec["Labels"] = labels
        api.update_node(node_id, int((data.get("Version") or {}).get("Index", 0)), spec)

    _with_retry(api, what, write)


def node_remove(api: DockerAPI, node_id: str, force: bool = False) -> None:
    """Remove a node from the swarm: only one that is down, unless ``force``."""
    what = translate("core", "remove node {node}").format(node=node_id[:12])
    node = Node.from_api(_call(api, what, lambda: api.inspect_node(node_id)))
    if node.status != "down" and not force:
        raise ValidationError(
            translate(
                "core", "Node {name} is {status}: only a node that is down can be removed"
            ).format(name=node.hostname or node.id[:12], status=node.status),
            translate(
                "core",
                "Drain it and stop its engine (or make it leave the swarm) first, or remove it "
                "by force.",
            ),
        )
    _call(api, what, lambda: api.remove_node(node_id, force=force))


def _check_label_key(key: str) -> None:
    if not key or "=" in key or key != key.strip():
        raise ValidationError(
            translate("core", "{key!r} is not a label name").format(key=key),
            translate("core", "A label name is not empty and has no '=' or spaces around it."),
        )


# -- services: the request -----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PortRequest:
    target: int
    published: int | None = None  # None: the engine picks one (ingress) / none (host)
    protocol: str = "tcp"
    mode: str = "ingress"  # ingress | host


@dataclass(frozen=True, slots=True)
class MountRequest:
    target: str
    source: str = ""  # a volume name or a host path; empty for tmpfs or an anonymous volume
    type: str = "volume"  # volume | bind | tmpfs
    read_only: bool = False


@dataclass(frozen=True, slots=True)
class UpdatePolicy:
    """``docker service create --update-*`` (or ``--rollback-*``)."""

    parallelism: int = 1
    delay: float = 0.0  # seconds between batches
    failure_action: str = "pause"  # pause | continue | rollback (rollback: pause | continue)
    order: str = "stop-first"  # stop-first | start-first
    monitor: float | None = None  # seconds a task is watched after its update
    max_failure_ratio: float | None = None


@dataclass(frozen=True, slots=True)
class Resources:
    cpu_limit: float | None = None  # CPUs (1.5)
    memory_limit: int | None = None  # bytes
    cpu_reservation: float | None = None
    memory_reservation: int | None = None


@dataclass(frozen=True, slots=True)
class FileRef:
    """A secret or config by name, as a file in the tasks (``target``: for a secret a name
    under /run/secrets or an absolute path; for a config an absolute path, by default
    ``/NAME``)."""

    name: str
    target: str = ""
    mode: int = 0o444
    uid: str = "0"
    gid: str = "0"


@dataclass(frozen=True, slots=True)
class ServiceRequest:
    """What ``docker service create`` takes, as EnvDock's create dialog fills it in."""

    name: str
    image: str
    command: tuple[str, ...] = ()  # replaces the image's entrypoint (--entrypoint)
    args: tuple[str, ...] = ()  # replaces the image's command (what follows the image)
    env: Mapping[str, str] = field(default_factory=dict)
    ports: tuple[PortRequest, ...] = ()
    mounts: tuple[MountRequest, ...] = ()
    networks: tuple[str, ...] = ()  # names or ids (overlay networks)
    mode: str = "replicated"  # replicated | global
    replicas: int = 1
    constraints: tuple[str, ...] = ()  # node.role==worker, node.labels.zone==a, …
    preferences: tuple[str, ...] = ()  # spread over: node.labels.zone, …
    update: UpdatePolicy | None = None
    rollback: UpdatePolicy | None = None
    resources: Resources | None = None
    secrets: tuple[FileRef, ...] = ()
    configs: tuple[FileRef, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)
    container_labels: Mapping[str, str] = field(default_factory=dict)
    endpoint_mode: str = "vip"  # vip | dnsrr
    restart_condition: str = "any"  # none | on-failure | any
    restart_max_attempts: int | None = None
    stop_grace_period: float | None = None  # seconds (the engine's default is 10)
    workdir: str = ""
    user: str = ""


def _choice(value: str, choices: Sequence[str], what: str) -> None:
    if value not in choices:
        raise ValidationError(
            translate("core", "{what}: {value!r} is not one of {choices}").format(
                what=what, value=value, choices=", ".join(choices)
            )
        )


def validate_request(req: ServiceRequest) -> None:
    """A ValidationError that says what to change, before the engine sees it."""
    if not _SERVICE_NAME.match(req.name) or len(req.name) > 63:
        raise ValidationError(
            translate("core", "{name!r} is not a valid service name").format(name=req.name),
            translate(
                "core", "Use letters and digits, with dashes or underscores between (at most 63)."
            ),
        )
    if not req.image.strip():
        raise ValidationError(translate("core", "A service needs an image"))
    _choice(req.mode, MODES, translate("core", "Mode"))
    if req.mode == "replicated" and req.replicas < 0:
        raise ValidationError(translate("core", "Replicas cannot be negative"))
    _choice(req.endpoint_mode, ENDPOINT_MODES, translate("core", "Endpoint mode"))
    _choice(req.restart_condition, RESTART_CONDITIONS, translate("core", "Restart condition"))
    for port in req.ports:
        _choice(port.mode, PUBLISH_MODES, translate("core", "Publish mode"))
        _choice(port.protocol, PROTOCOLS, translate("core", "Protocol"))
        for number in (port.target, port.published):
            if number is not None and not 0 < number < 65536:
                raise ValidationError(
                    translate("core", "{port} is not a port number").format(port=number)
                )
        if req.endpoint_mode == "dnsrr" and port.mode == "ingress":
            raise ValidationError(
                translate(
                    "core",
                    "Port {port} is published through the ingress network, which dnsrr cannot use",
                ).format(port=port.target),
                translate("core", "Publish it in host mode, or use the vip endpoint mode."),
            )
    for mount in req.mounts:
        _choice(mount.type, MOUNT_TYPES, translate("core", "Mount type"))
        if not mount.target.startswith("/"):
            raise ValidationError(
                translate("core", "Mount target {target!r} is not an absolute path").format(
                    target=mount.target
                )
            )
        if mount.type == "bind" and not mount.source.startswith("/"):
            raise ValidationError(
                translate(
                    "core", "A bind mount needs an absolute host path (not {source!r})"
                ).format(source=mount.source)
            )
    for key in req.env:
        if not key or "=" in key:
            raise ValidationError(
                translate("core", "{key!r} is not an environment variable name").format(key=key)
            )
    for policy in (req.update, req.rollback):
        if policy is None:
            continue
        if policy.parallelism < 0 or policy.delay < 0:
            raise ValidationError(translate("core", "Parallelism and delay cannot be negative"))
        _choice(policy.failure_action, FAILURE_ACTIONS, translate("core", "Failure action"))
        _choice(policy.order, UPDATE_ORDERS, translate("core", "Update order"))
    for constraint in req.constraints:
        if not re.search(r"(==|!=)", constraint):
            raise ValidationError(
                translate("core", "{text!r} is not a placement constraint").format(text=constraint),
                translate("core", "Write it as node.role==worker or node.labels.zone!=a."),
            )
    for key in req.labels:
        _check_label_key(key)


def _policy(policy: UpdatePolicy) -> Json:
    out: Json = {
        "Parallelism": policy.parallelism,
        "Delay": _ns(policy.delay),
        "FailureAction": policy.failure_action,
        "Order": policy.order,
    }
    if policy.monitor is not None:
        out["Monitor"] = _ns(policy.monitor)
    if policy.max_failure_ratio is not None:
        out["MaxFailureRatio"] = policy.max_failure_ratio
    return out


def policy_from_spec(data: Json | None) -> UpdatePolicy | None:
    """An ``UpdateConfig`` / ``RollbackConfig`` of a service's spec as an UpdatePolicy
    (None when the spec has none: the engine's defaults apply)."""
    if not data:
        return None
    monitor = data.get("Monitor")
    ratio = data.get("MaxFailureRatio")
    return UpdatePolicy(
        parallelism=int(data.get("Parallelism") or 0),
        delay=int(data.get("Delay") or 0) / _NS,
        failure_action=str(data.get("FailureAction") or "pause"),
        order=str(data.get("Order") or "stop-first"),
        monitor=int(monitor) / _NS if monitor else None,
        max_failure_ratio=float(ratio) if ratio else None,
    )


def resources_from_spec(data: Json | None) -> Resources | None:
    """A task template's ``Resources`` as Resources (None when it sets none)."""
    limits = (data or {}).get("Limits") or {}
    reservations = (data or {}).get("Reservations") or {}

    def cpus(part: Json) -> float | None:
        return int(part["NanoCPUs"]) / _NS if part.get("NanoCPUs") else None

    def memory(part: Json) -> int | None:
        return int(part["MemoryBytes"]) if part.get("MemoryBytes") else None

    found = Resources(cpus(limits), memory(limits), cpus(reservations), memory(reservations))
    return None if found == Resources() else found


def _resources(res: Resources) -> Json:
    def part(cpus: float | None, memory: int | None) -> Json:
        out: Json = {}
        if cpus is not None:
            out["NanoCPUs"] = _ns(cpus)
        if memory is not None:
            out["MemoryBytes"] = int(memory)
        return out

    return {
        "Limits": part(res.cpu_limit, res.memory_limit),
        "Reservations": part(res.cpu_reservation, res.memory_reservation),
    }


def _by_name(
    api: DockerAPI, kind: Literal["secret", "config"], names: Sequence[str]
) -> dict[str, str]:
    """name → id for these secrets or configs (a ValidationError names the missing)."""
    if not names:
        return {}
    listing = api.secrets() if kind == "secret" else api.configs()
    ids = {str((o.get("Spec") or {}).get("Name")): str(o.get("ID")) for o in listing}
    missing = [n for n in names if n not in ids]
    if missing:
        text = (
            translate("core", "No secret named {names}")
            if kind == "secret"
            else translate("core", "No config named {names}")
        )
        raise ValidationError(
            text.format(names=", ".join(missing)),
            translate("core", "Create it first (Configs and secrets), or pick one that exists."),
        )
    return ids


def service_spec(req: ServiceRequest, secret_ids: Mapping[str, str] | None = None,
                 config_ids: Mapping[str, str] | None = None) -> Json:  # fmt: skip
    """The engine's ServiceSpec for ``req`` (ids of its secrets and configs by name)."""
    container: Json = {"Image": req.image}
    if req.command:
        container["Command"] = list(req.command)
    if req.args:
        container["Args"] = list(req.args)
    if req.env:
        container["Env"] = [f"{k}={v}" for k, v in req.env.items()]
    if req.container_labels:
        container["Labels"] = dict(req.container_labels)
    if req.workdir:
        container["Dir"] = req.workdir
    if req.user:
        container["User"] = req.user
    if req.stop_grace_period is not None:
        container["StopGracePeriod"] = _ns(req.stop_grace_period)
    if req.mounts:
        container["Mounts"] = [
            {"Type": m.type, "Target": m.target, "ReadOnly": m.read_only}
            | ({"Source": m.source} if m.source else {})
            for m in req.mounts
        ]
    if req.secrets:
        container["Secrets"] = [
            {
                "SecretName": ref.name,
                "SecretID": (secret_ids or {}).get(ref.name, ""),
                "File": {
                    "Name": ref.target or ref.name,
                    "UID": ref.uid,
                    "GID": ref.gid,
                    "Mode": ref.mode,
                },
            }
            for ref in req.secrets
        ]
    if req.configs:
        container["Configs"] = [
            {
                "ConfigName": ref.name,
                "ConfigID": (config_ids or {}).get(ref.name, ""),
                "File": {
                    "Name": ref.target or f"/{ref.name}",
                    "UID": ref.uid,
                    "GID": ref.gid,
                    "Mode": ref.mode,
                },
            }
            for ref in req.configs
        ]
    restart: Json = {"Condition": req.restart_condition}
    if req.restart_max_attempts is not None:
        restart["MaxAttempts"] = req.restart_max_attempts
    template: Json = {"ContainerSpec": container, "RestartPolicy": restart}
    placement: Json = {}
    if req.constraints:
        placement["Constraints"] = list(req.constraints)
    if req.preferences:
        placement["Preferences"] = [{"Spread": {"SpreadDescriptor": p}} for p in req.preferences]
    if placement:
        template["Placement"] = placement
    if req.resources is not None:
        template["Resources"] = _resources(req.resources)
    if req.networks:
        template["Networks"] = [{"Target": n} for n in req.networks]
    spec: Json = {
        "Name": req.name,
        "Labels": dict(req.labels),
        "TaskTemplate": template,
        "Mode": {"Global": {}}
        if req.mode == "global"
        else {"Replicated": {"Replicas": req.replicas}},
        "EndpointSpec": {
            "Mode": req.endpoint_mode,
            "Ports": [
                {"Protocol": p.protocol, "TargetPort": p.target, "PublishMode": p.mode}
                | ({"PublishedPort": p.published} if p.published else {})
                for p in req.ports
            ],
        },
    }
    if req.update is not None:
        spec["UpdateConfig"] = _policy(req.update)
    if req.rollback is not None:
        spec["RollbackConfig"] = _policy(req.rollback)
    return spec


def service_create(api: DockerAPI, req: ServiceRequest) -> str:
    """Create the service (the image is used by the name given: each node resolves it);
    its id."""
    validate_request(req)
    what = translate("core", "create service {name}").format(name=req.name)
    secret_ids = _call(api, what, lambda: _by_name(api, "secret", [r.name for r in req.secrets]))
    config_ids = _call(api, what, lambda: _by_name(api, "config", [r.name for r in req.configs]))
    spec = service_spec(req, secret_ids, config_ids)
    reply = _call(api, what, lambda: _post_json(api, "/services/create", spec))
    for warning in (reply or {}).get("Warnings") or ():
        log.info("service create %s: %s", req.name, warning)
    return str((reply or {}).get("ID", ""))


# -- services: changes ---------------------------------------------------------------------
def _with_retry(api: DockerAPI, what: str, write: Callable[[], None]) -> None:
    """``write()`` (a read, then a write of what was read); once more on a fresh read when
    someone else wrote in between."""
    try:
        write()
    except (DockerError, ValidationError):
        raise
    except Exception as exc:
        if not _out_of_sequence(exc):
            raise swarm_error(exc, what, api) from exc
        _call(api, what, write)


def _update_spec(
    api: DockerAPI, service_id: str, what: str, change: Callable[[Json], None],
    rollback: bool = False,
) -> None:  # fmt: skip
    """Read the service, ``change`` its spec in place, write it back with its version."""

    def write() -> None:
        data = api.inspect_service(service_id)
        spec = data.get("Spec") or {}
        change(spec)
        params: dict[str, Any] = {"version": int((data.get("Version") or {}).get("Index", 0))}
        if rollback:
            params["rollback"] = "previous"
        reply = _post_json(api, "/services/{0}/update", spec, id=service_id, **params)
        for warning in (reply or {}).get("Warnings") or ():
            log.info("service update %s: %s", service_id[:12], warning)

    _with_retry(api, what, write)


def service_scale(api: DockerAPI, service_id: str, replicas: int) -> None:
    """Set a replicated service's number of tasks (a global service cannot be scaled)."""
    if replicas < 0:
        raise ValidationError(translate("core", "Replicas cannot be negative"))
    what = translate("core", "scale service {name}").format(name=service_id[:25])

    def change(spec: Json) -> None:
        mode = spec.get("Mode") or {}
        if "Replicated" not in mode:
            raise ValidationError(
                translate(
                    "core",
                    "Service {name} is global: it runs one task on each node and cannot be scaled",
                ).format(name=spec.get("Name", service_id)),
                translate(
                    "core",
                    "Limit the nodes it runs on with placement constraints, or create a "
                    "replicated service.",
                ),
            )
        mode["Replicated"] = {**(mode.get("Replicated") or {}), "Replicas": replicas}

    _update_spec(api, service_id, what, change)


def service_update(
    api: DockerAPI,
    service_id: str,
    *,
    image: str | None = None,
    env: Mapping[str, str] | None = None,
    resources: Resources | None = None,
    update_policy: UpdatePolicy | None = None,
    force: bool = False,
) -> None:
    """Change a service's image, environment (the whole set), resources or update policy;
    ``force`` replaces its tasks even when nothing changed. The engine replaces the
    tasks by its update policy (a rolling update)."""
    if image is not None and not image.strip():
        raise ValidationError(translate("core", "A service needs an image"))
    for key in env or {}:
        if not key or "=" in key:
            raise ValidationError(
                translate("core", "{key!r} is not an environment variable name").format(key=key)
            )
    what = translate("core", "update service {name}").format(name=service_id[:25])

    def change(spec: Json) -> None:
        template = spec.setdefault("TaskTemplate", {})
        container = template.setdefault("ContainerSpec", {})
        if image is not None:
            container["Image"] = image
        if env is not None:
            container["Env"] = [f"{k}={v}" for k, v in env.items()]
        if resources is not None:
            template["Resources"] = _resources(resources)
        if update_policy is not None:
            spec["UpdateConfig"] = _policy(update_policy)
        if force:
            template["ForceUpdate"] = int(template.get("ForceUpdate") or 0) + 1

    _update_spec(api, service_id, what, change)


def service_rollback(api: DockerAPI, service_id: str) -> None:
    """Go back to the service's previous spec (``docker service rollback``)."""
    what = translate("core", "roll back service {name}").format(name=service_id[:25])
    data = _call(api, what, lambda: api.inspect_service(service_id))
    if not data.get("PreviousSpec"):
        raise ValidationError(
            translate("core", "Service {name} has no previous version to roll back to").format(
                name=(data.get("Spec") or {}).get("Name", service_id)
            ),
            translate("core", "Only a service that was updated can be rolled back."),
        )
    _update_spec(api, service_id, what, lambda spec: None, rollback=True)


def service_remove(api: DockerAPI, service_id: str) -> None:
    what = translate("core", "remove service {name}").format(name=service_id[:25])
    _call(api, what, lambda: api.remove_service(service_id))


def inspect_json(api: DockerAPI, kind: str, oid: str) -> Json:
    """The engine's inspect data of a service, node, task, config or secret (a secret's has
    no value: the engine never sends it)."""
    readers: dict[str, Callable[[str], Any]] = {
        "service": api.inspect_service,
        "node": api.inspect_node,
        "task": api.inspect_task,
        "config": api.inspect_config,
        "secret": api.inspect_secret,
    }
    if kind not in readers:
        raise ValidationError(
            translate("core", "Nothing to inspect of kind {kind}").format(kind=kind)
        )
    what = translate("core", "inspect {kind} {id}").format(kind=kind, id=oid[:12])
    return dict(_call(api, what, lambda: readers[kind](oid)))


# -- the swarm itself ------------------------------------------------------------------------
class AdvertiseAddressNeeded(DockerError):
    """The engine cannot choose the address to advertise: ``candidates`` are the
    (address, interface) pairs it named, for the user to pick from."""

    def __init__(self, message: str, hint: str, candidates: tuple[tuple[str, str], ...]) -> None:
        super().__init__(message, hint)
        self.candidates = candidates

    @property
    def addresses(self) -> tuple[str, ...]:
        return tuple(addr for addr, _ in self.candidates)


_CANDIDATE = re.compile(r"([0-9a-fA-F.:]+) on ([\w.@-]+)")


def parse_candidates(text: str) -> tuple[tuple[str, str], ...]:
    """``… multiple addresses on different interfaces (10.0.0.2 on eth0 and 10.1.0.2 on eth1)``
    → (("10.0.0.2", "eth0"), ("10.1.0.2", "eth1"))."""
    inside = text[text.find("(") + 1 : text.rfind(")")] if "(" in text else text
    return tuple((m.group(1), m.group(2)) for m in _CANDIDATE.finditer(inside))


def _advertise_error(exc: BaseException) -> AdvertiseAddressNeeded | None:
    text = engine_text(exc)
    low = text.lower()
    if "could not choose an ip address to advertise" in low:
        candidates = parse_candidates(text)
        return AdvertiseAddressNeeded(
            translate(
                "core", "The engine has several addresses and cannot choose which one to advertise"
            ),
            translate(
                "core", "Choose the address the other nodes reach it at: {addresses}."
            ).format(addresses=", ".join(f"{a} ({i})" for a, i in candidates)),
            candidates,
        )
    if "must specify a listening address" in low or "advertise address must be" in low:
        return AdvertiseAddressNeeded(
            translate("core", "The engine cannot tell which address to advertise"),
            translate("core", "Give the address the other nodes reach it at."),
            (),
        )
    return None


def swarm_info(api: DockerAPI) -> SwarmInfo:
    return SwarmInfo.from_api(
        _call(api, translate("core", "read the engine's information"), api.info)
    )


def swarm_init(api: DockerAPI, advertise_addr: str | None = None,
               listen_addr: str = f"0.0.0.0:{SWARM_PORT}") -> str:  # fmt: skip
    """Make this engine the first manager of a new swarm; its node id. When the engine
    cannot choose the address to advertise, AdvertiseAddressNeeded carries its candidates."""
    what = translate("core", "initialise the swarm")
    try:
        return str(api.init_swarm(advertise_addr=advertise_addr or None, listen_addr=listen_addr))
    except Exception as exc:
        needed = _advertise_error(exc)
        if needed is not None:
            raise needed from exc
        if "already part of a swarm" in engine_text(exc).lower():
            raise DockerError(
                translate("core", "This engine is already part of a swarm"),
                translate("core", "Leave that swarm first to start a new one."),
            ) from exc
        raise swarm_error(exc, what, api) from exc


@dataclass(frozen=True, slots=True)
class JoinInfo:
    worker_token: str
    manager_token: str
    manager_addr: str  # host:port the joining engine reaches a manager at

    def token(self, role: str) -> str:
        return self.manager_token if role == "manager" else self.worker_token

    def join_command(self, role: str = "worker") -> str:
        """``docker swarm join --token … ADDR:2377``, to run on the engine that joins."""
        return f"docker swarm join --token {self.token(role)} {self.manager_addr}"


def join_tokens(api: DockerAPI) -> JoinInfo:
    """The join tokens (read on demand; a manager only) and this manager's address."""
    what = translate("core", "read the join tokens")
    swarm = _call(api, what, api.inspect_swarm)
    info = _call(api, what, api.info).get("Swarm") or {}
    tokens = swarm.get("JoinTokens") or {}
    node_id = info.get("NodeID")
    addr = ""
    for manager in info.get("RemoteManagers") or ():
        if manager.get("NodeID") == node_id or not addr:
            addr = str(manager.get("Addr") or "")
    if not addr and info.get("NodeAddr"):
        addr = f"{info['NodeAddr']}:{SWARM_PORT}"
    return JoinInfo(str(tokens.get("Worker", "")), str(tokens.get("Manager", "")), addr)


def swarm_join(api: DockerAPI, remote_addr: str, token: str, advertise_addr: str | None = None,
               listen_addr: str = f"0.0.0.0:{SWARM_PORT}") -> None:  # fmt: skip
    """Join this engine to the swarm a manager at ``remote_addr`` (``host[:port]``) runs."""
    token = token.strip()
    if not _TOKEN.match(token):
        raise ValidationError(
            translate("core", "That is not a swarm join token"),
            translate("core", "Copy it from the manager: it starts with SWMTKN-1-."),
        )
    remote = remote_addr.strip()
    if not remote:
        raise ValidationError(translate("core", "Give the address of a manager of the swarm"))
    if not re.search(r":\d+$", remote) or remote.endswith("]"):
        remote = f"{remote}:{SWARM_PORT}"
    what = translate("core", "join the swarm at {addr}").format(addr=remote)
    try:
        api.join_swarm(
            [remote], token, listen_addr=listen_addr, advertise_addr=advertise_addr or None
        )
    except Exception as exc:
        needed = _advertise_error(exc)
        if needed is not None:
            raise needed from exc
        raise swarm_error(exc, what, api) from exc


def swarm_leave(api: DockerAPI, force: bool = False) -> None:
    """Leave the swarm (a manager only with ``force``: ask first, with
    ``leave_consequences``)."""
    _call(api, translate("core", "leave the swarm"), lambda: api.leave_swarm(force=force))


def leave_consequences(api: DockerAPI) -> list[str]:
    """What leaving loses, for the confirmation: the services that stop or move, whether
    this is the last manager (then the swarm ends)."""
    what = translate("core", "read the swarm")
    info = swarm_info(api)
    if not info.active:
        return []
    out: list[str] = []
    if info.is_manager:
        services = sorted(
            str((s.get("Spec") or {}).get("Name", "")) for s in _call(api, what, api.services)
        )
        if info.managers <= 1:
            out.append(
                translate(
                    "core",
                    "This is the swarm's last manager: leaving ends the swarm for all its "
                    "{nodes} nodes.",
                ).format(nodes=info.nodes)
            )
            if services:
                out.append(
                    translate("core", "These services are lost: {names}.").format(
                        names=", ".join(services)
                    )
                )
            secrets = len(_call(api, what, api.secrets))
            configs = len(_call(api, what, api.configs))
            if secrets or configs:
                out.append(
                    translate(
                        "core", "Its {secrets} secrets and {configs} configs are lost."
                    ).format(secrets=secrets, configs=configs)
                )
        else:
            out.append(
                translate(
                    "core",
                    "This is one of {managers} managers: demote it first, or the swarm may "
                    "lose its quorum.",
                ).format(managers=info.managers)
            )
            if services:
                out.append(
                    translate("core", "Services running in the swarm: {names}.").format(
                        names=", ".join(services)
                    )
                )
    running = _call(
        api, what,
        lambda: api.containers(filters={"label": "com.docker.swarm.service.name"}),
    )  # fmt: skip
    here: dict[str, int] = {}
    for c in running:
        name = str((c.get("Labels") or {}).get("com.docker.swarm.service.name", ""))
        here[name] = here.get(name, 0) + 1
    if here:
        out.append(
            translate("core", "Tasks running on this node stop: {tasks}.").format(
                tasks=", ".join(f"{n} ({k})" for n, k in sorted(here.items()))
            )
        )
    return out


# -- configs and secrets ---------------------------------------------------------------------
def object_data(source: bytes | Path) -> bytes:
    """A config's or secret's value: ``source`` itself, or the file it names (read here,
    in the caller's worker; too large or unreadable: ValidationError)."""
    if isinstance(source, bytes):
        return source
    try:
        if source.stat().st_size > MAX_OBJECT_BYTES:
            raise ValidationError(
                translate("core", "{path} is larger than the engine takes (500 KB)").format(
                    path=source
                )
            )
        return source.read_bytes()
    except OSError as exc:
        raise ValidationError(
            translate("core", "Cannot read {path}: {reason}").format(
                path=source, reason=exc.strerror
            )
        ) from exc


def _check_object(kind: str, name: str, data: bytes) -> None:
    secret = kind == "secret"
    if not _OBJECT_NAME.match(name) or len(name) > 64:
        text = (
            translate("core", "{name!r} is not a valid secret name")
            if secret
            else translate("core", "{name!r} is not a valid config name")
        )
        raise ValidationError(
            text.format(name=name),
            translate("core", "Use letters, digits, dots, dashes and underscores (at most 64)."),
        )
    if not data:
        raise ValidationError(
            translate("core", "The secret is empty")
            if secret
            else translate("core", "The config is empty")
        )
    if len(data) > MAX_OBJECT_BYTES:
        raise ValidationError(
            translate("core", "The secret is larger than the engine takes (500 KB)")
            if secret
            else translate("core", "The config is larger than the engine takes (500 KB)")
        )


def create_config(
    api: DockerAPI, name: str, data: bytes, labels: Mapping[str, str] | None = None
) -> str:
    _check_object("config", name, data)
    what = translate("core", "create config {name}").format(name=name)
    reply = _call(api, what, lambda: api.create_config(name, data, labels=dict(labels or {})))
    return str(reply.get("ID", ""))


def create_secret(
    api: DockerAPI, name: str, data: bytes, labels: Mapping[str, str] | None = None
) -> str:
    """Create a secret: ``data`` goes to the engine only (never logged nor kept)."""
    _check_object("secret", name, data)
    what = translate("core", "create secret {name}").format(name=name)
    try:
        reply = api.create_secret(name, data, labels=dict(labels or {}))
    except Exception as exc:
        # the request (with the value in it) is not part of the error: only the engine's words
        raise swarm_error(_Bare(exc), what, api) from None
    return str(reply.get("ID", ""))


class _Bare(Exception):
    """An engine error reduced to its status and text (nothing of the request)."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__(engine_text(exc))
        self.explanation = engine_text(exc)
        self.response = _Status(status_of(exc))


@dataclass(frozen=True, slots=True)
class _Status:
    status_code: int | None


def remove_config(api: DockerAPI, config_id: str) -> None:
    what = translate("core", "remove config {name}").format(name=config_id[:25])
    _call(api, what, lambda: api.remove_config(config_id))


def remove_secret(api: DockerAPI, secret_id: str) -> None:
    what = translate("core", "remove secret {name}").format(name=secret_id[:25])
    _call(api, what, lambda: api.remove_secret(secret_id))
