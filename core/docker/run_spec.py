"""`docker run` options as data: validated, turned into an API call and into the
equivalent command line."""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.docker.api import DockerAPI
from core.errors import ValidationError
from core.text import translate

RESTART_POLICIES = ("no", "always", "unless-stopped", "on-failure")
_PORT = re.compile(
    r"^(?:(?P<ip>\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):)?"
    r"(?:(?P<host>\d{1,5})?:)?(?P<container>\d{1,5})(?:/(?P<proto>tcp|udp|sctp))?$"
)
_MEM = re.compile(r"^(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>[bkmgt]?)b?$", re.IGNORECASE)
_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$")
_ENV_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class PortMapping:
    container_port: int
    protocol: str = "tcp"
    host_port: int | None = None
    host_ip: str = ""

    def cli(self) -> str:
        host = f"{self.host_ip}:" if self.host_ip else ""
        host += f"{self.host_port}:" if self.host_port else (":" if self.host_ip else "")
        return f"{host}{self.container_port}/{self.protocol}"


@dataclass(frozen=True, slots=True)
class Mount:
    source: str  # a volume name or an absolute host path (bind mount)
    target: str
    read_only: bool = False

    @property
    def is_bind(self) -> bool:
        return self.source.startswith("/")

    def cli(self) -> str:
        return f"{self.source}:{self.target}" + (":ro" if self.read_only else "")


def parse_port(text: str) -> PortMapping:
    m = _PORT.match(text.strip())
    if not m:
        raise ValidationError(
            translate("core", "{text!r} is not a port mapping").format(text=text),
            translate(
                "core", "Write HOST:CONTAINER[/tcp|udp], e.g. 8080:80 or 127.0.0.1:8080:80/tcp."
            ),
        )
    container = int(m["container"])
    host = int(m["host"]) if m["host"] else None
    for value in (container, host):
        if value is not None and not 0 < value < 65536:
            raise ValidationError(
                translate("core", "{text!r}: port {value} is out of range (1–65535)").format(
                    text=text, value=value
                )
            )
    ip = (m["ip"] or "").strip("[]")
    if ip and "." in ip and any(int(part) > 255 for part in ip.split(".")):
        raise ValidationError(
            translate("core", "{text!r}: {ip} is not an IP address").format(text=text, ip=ip)
        )
    return PortMapping(container, m["proto"] or "tcp", host, ip)


def parse_mount(text: str) -> Mount:
    parts = text.strip().split(":")
    ro = False
    if len(parts) == 3 and parts[2] in ("ro", "rw"):
        ro = parts[2] == "ro"
        parts = parts[:2]
    if len(parts) != 2 or not parts[0] or not parts[1]:
        raise ValidationError(
            translate("core", "{text!r} is not a volume").format(text=text),
            translate("core", "Write NAME:/path or /host/path:/path[:ro]."),
        )
    source, target = parts
    if not target.startswith("/"):
        raise ValidationError(
            translate("core", "{text!r}: the path inside the container must be absolute").format(
                text=text
            )
        )
    if not source.startswith("/") and not _NAME.match(source):
        raise ValidationError(
            translate(
                "core", "{text!r}: {source!r} is neither an absolute path nor a volume name"
            ).format(text=text, source=source),
            translate("core", "Bind mounts need an absolute host path (e.g. /home/me/data)."),
        )
    return Mount(source, target, ro)


def parse_env_line(text: str, where: str = "") -> tuple[str, str]:
    key, sep, value = text.partition("=")
    key = key.strip()
    if key.startswith("export "):
        key = key[len("export ") :].strip()
    if not _ENV_KEY.match(key):
        raise ValidationError(
            translate("core", "{where}{text!r} is not KEY=value").format(where=where, text=text),
            translate(
                "core", "Variable names use letters, digits and _ and do not start with a digit."
            ),
        )
    if not sep:
        return key, ""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return key, value


def read_env_file(path: Path) -> dict[str, str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValidationError(
            translate("core", "Cannot read the env file {path}: {0}").format(
                exc.strerror, path=path
            )
        ) from exc
    env = {}
    for n, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            k, v = parse_env_line(line, f"{path.name}, line {n}: ")
            env[k] = v
    return env


def parse_label(text: str) -> tuple[str, str]:
    key, _, value = text.strip().partition("=")
    if not key or any(c.isspace() for c in key):
        raise ValidationError(
            translate("core", "{text!r} is not a label").format(text=text),
            translate("core", "Write key=value, e.g. app.tier=web."),
        )
    return key, value


def parse_memory(text: str) -> int:
    m = _MEM.match(text.strip())
    if not m:
        raise ValidationError(
            translate("core", "{text!r} is not a memory size").format(text=text),
            translate("core", "Write e.g. 512m or 2g."),
        )
    factor = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
    value = int(float(m["n"]) * factor[m["unit"].lower()])
    if value < 6 * 1024 * 1024:
        raise ValidationError(
            translate("core", "{text!r}: Docker needs at least 6 MiB of memory").format(text=text)
        )
    return value


@dataclass(frozen=True, slots=True)
class RunSpec:
    image: str
    name: str = ""
    command: tuple[str, ...] = ()
    ports: tuple[PortMapping, ...] = ()
    mounts: tuple[Mount, ...] = ()
    env: tuple[tuple[str, str], ...] = ()
    env_file: str = ""
    labels: tuple[tuple[str, str], ...] = ()
    restart: str = "no"
    restart_retries: int = 0
    network: str = ""
    cpus: float = 0.0
    memory: int = 0
    remove: bool = False
    interactive: bool = False
    tty: bool = False

    def validate(self) -> RunSpec:
        if not self.image.strip():
            raise ValidationError(
                translate("core", "Choose an image."),
                translate("core", "Type or pick an image such as busybox."),
            )
        if any(c.isspace() for c in self.image.strip()):
            raise ValidationError(
                translate("core", "{0!r} is not an image reference").format(self.image)
            )
        if self.name and not _NAME.match(self.name):
            raise ValidationError(
                translate("core", "{0!r} is not a valid container name").format(self.name),
                translate("core", "Use letters, digits, '_', '.' and '-'."),
            )
        if self.restart not in RESTART_POLICIES:
            raise ValidationError(
                translate("core", "Unknown restart policy {0!r}").format(self.restart)
            )
        if self.remove and self.restart != "no":
            raise ValidationError(
                translate("core", "--rm cannot be combined with a restart policy"),
                translate("core", "Choose one: remove when it exits, or restart it."),
            )
        if self.cpus < 0:
            raise ValidationError(translate("core", "CPUs cannot be negative."))
        return self

    def cli(self) -> list[str]:
        """The equivalent `docker run …` argument list."""
        args = ["docker", "run"]
        if not (self.interactive and self.tty):
            args.append("-d")
        if self.interactive:
            args.append("-i")
        if self.tty:
            args.append("-t")
        if self.remove:
            args.append("--rm")
        if self.name:
            args += ["--name", self.name]
        for p in self.ports:
            args += ["-p", p.cli()]
        for m in self.mounts:
            args += ["-v", m.cli()]
        if self.env_file:
            args += ["--env-file", self.env_file]
        for k, v in self.env:
            args += ["-e", f"{k}={v}"]
        for k, v in self.labels:
            args += ["--label", f"{k}={v}"]
        if self.restart != "no":
            policy = self.restart + (
                f":{self.restart_retries}"
                if self.restart == "on-failure" and self.restart_retries
                else ""
            )
            args += ["--restart", policy]
        if self.network:
            args += ["--network", self.network]
        if self.cpus:
            args += ["--cpus", f"{self.cpus:g}"]
        if self.memory:
            args += ["--memory", f"{self.memory // (1024 * 1024)}m"]
        args.append(self.image)
        args += list(self.command)
        return args

    def command_line(self) -> str:
        return shlex.join(self.cli())

    def create_kwargs(self, client: DockerAPI) -> dict[str, Any]:
        env = dict(read_env_file(Path(self.env_file))) if self.env_file else {}
        env.update(dict(self.env))
        port_bindings: dict[str, Any] = {}
        exposed = []
        for p in self.ports:
            key = f"{p.container_port}/{p.protocol}"
            exposed.append(
                (p.container_port, p.protocol) if p.protocol != "tcp" else p.container_port
            )
            binding = (p.host_ip, p.host_port) if p.host_ip else p.host_port
            port_bindings.setdefault(key, []).append(binding)
        binds = {
            m.source: {"bind": m.target, "mode": "ro" if m.read_only else "rw"} for m in self.mounts
        }
        restart = None
        if self.restart != "no":
            restart = {"Name": self.restart}
            if self.restart == "on-failure" and self.restart_retries:
                restart["MaximumRetryCount"] = self.restart_retries  # type: ignore[assignment]
        host_config = client.create_host_config(
            port_bindings=port_bindings or None,
            binds=binds or None,
            restart_policy=restart,
            network_mode=self.network or None,
            nano_cpus=int(self.cpus * 1e9) if self.cpus else None,
            mem_limit=self.memory or None,
            auto_remove=self.remove,
        )
        return {
            "image": self.image,
            "command": list(self.command) or None,
            "name": self.name or None,
            "ports": exposed or None,
            "environment": env or None,
            "labels": dict(self.labels) or None,
            "host_config": host_config,
            "stdin_open": self.interactive,
            "tty": self.tty,
        }


def build_spec(  # noqa: PLR0917 - one parameter per form field
    image: str,
    name: str = "",
    command: str = "",
    ports: Sequence[str] = (),
    volumes: Sequence[str] = (),
    env: Sequence[str] = (),
    env_file: str = "",
    labels: Sequence[str] = (),
    restart: str = "no",
    network: str = "",
    cpus: str = "",
    memory: str = "",
    remove: bool = False,
    interactive: bool = False,
    tty: bool = False,
) -> RunSpec:
    """Parse the form's text fields into a RunSpec, or raise naming the bad field."""
    try:
        cmd = tuple(shlex.split(command))
    except ValueError as exc:
        raise ValidationError(
            translate("core", "The command cannot be parsed: {exc}").format(exc=exc),
            translate("core", "Check the quotes in the command."),
        ) from exc
    retries = 0
    if restart.startswith("on-failure:"):
        restart, _, n = restart.partition(":")
        if not n.isdigit():
            raise ValidationError(
                translate("core", "on-failure:{n} needs a number of retries").format(n=n)
            )
        retries = int(n)
    try:
        cpu_value = float(cpus) if cpus.strip() else 0.0
    except ValueError as exc:
        raise ValidationError(
            translate("core", "{cpus!r} is not a number of CPUs").format(cpus=cpus),
            translate("core", "Write e.g. 1.5."),
        ) from exc
    if env_file and not Path(env_file).is_file():
        raise ValidationError(
            translate("core", "The env file {env_file} does not exist").format(env_file=env_file)
        )
    spec = RunSpec(
        image=image.strip(),
        name=name.strip(),
        command=cmd,
        ports=tuple(parse_port(p) for p in ports if p.strip()),
        mounts=tuple(parse_mount(v) for v in volumes if v.strip()),
        env=tuple(parse_env_line(e) for e in env if e.strip()),
        env_file=env_file,
        labels=tuple(parse_label(lbl) for lbl in labels if lbl.strip()),
        restart=restart or "no",
        restart_retries=retries,
        network=network.strip(),
        cpus=cpu_value,
        memory=parse_memory(memory) if memory.strip() else 0,
        remove=remove,
        interactive=interactive,
        tty=tty,
    )
    return spec.validate()


def run_container(client: DockerAPI, spec: RunSpec, start: bool = True) -> str:
    """Create (and start) the container; on a failed start the created one is removed."""
    from core.docker.api_errors import docker_error

    try:
        cid = str(client.create_container(**spec.create_kwargs(client))["Id"])
    except Exception as exc:
        raise docker_error(exc, f"create from {spec.image}") from exc
    if not start:
        return cid
    try:
        client.start(cid)
    except Exception as exc:
        try:
            client.remove_container(cid, force=True)
        except Exception:
            pass
        raise docker_error(exc, f"start {spec.name or spec.image}") from exc
    return cid
