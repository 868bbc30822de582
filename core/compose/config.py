"""A project's configuration as compose itself resolves it (``compose config``): the
interpolated text, its services, networks, volumes and profiles — or the problems, each
placed on its file, line and column.

Unsaved editor text is written to a temporary folder outside the user's (never into it)
and given to compose with ``--project-directory`` so relative paths still resolve there.

``compose config`` leaves out the services of profiles that are not on; to know every
service, v2 is asked again with ``--profile '*'`` when a file names profiles (v1 keeps
them all in its output).

Compose says where a problem is in two ways: YAML syntax errors by line (v2's line is
often wrong: the files are parsed again here, with PyYAML, for the real place), the rest
by a path such as ``services.web.ports`` or a service name, which is looked up in the
files' YAML nodes (``yaml.compose``) for its line.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from core.ansi import strip_ansi
from core.compose.projects import ProjectRef
from core.compose.tool import ALL_PROFILES, ComposeTool, run_env
from core.errors import EnvDockError
from core.procs import CapturedResult, run_capture
from core.text import translate

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class ConfigProblem:
    """One thing compose refused (or warned about), and where."""

    message: str
    file: Path | None = None
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = str(self.file)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message

    def to_json(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "file": str(self.file) if self.file is not None else None,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
        }


class ComposeConfigError(EnvDockError):
    """Compose refused the configuration; ``problems`` says what and where."""

    default_hint = translate("core", "Correct the compose file at the place shown and try again.")

    def __init__(
        self,
        problems: Sequence[ConfigProblem],
        hint: str = "",
        details: str = "",
        warnings: Sequence[ConfigProblem] = (),
    ) -> None:
        self.problems = list(problems)
        self.warnings = list(warnings)
        first = (
            str(self.problems[0]) if self.problems else translate("core", "Invalid compose file")
        )
        super().__init__(first, hint, details)


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
    from dataclasses import replace

    return service if service.active == active else replace(service, active=active)


# -- where problems are ------------------------------------------------------------------------
def locate(text: str, path: Sequence[str]) -> tuple[int, int, int] | None:
    """(line, column, depth) of the deepest key along ``path`` (``["services", "web",
    "ports"]``) in the YAML ``text``, 1-based; None when not even the first key is there
    or the text is not YAML. A key with dots in it (a service "a.b") is matched too."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    found: tuple[int, int, int] | None = None
    i = 0
    while i < len(path) and node is not None:
        if isinstance(node, yaml.SequenceNode):
            if path[i].isdigit() and int(path[i]) < len(node.value):
                item = node.value[int(path[i])]
                found = (item.start_mark.line + 1, item.start_mark.column + 1, i + 1)
                node, i = item, i + 1
                continue
            break
        if not isinstance(node, yaml.MappingNode):
            break
        match = None
        for j in range(len(path), i, -1):
            wanted = ".".join(path[i:j])
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == wanted:
                    match = (j, key, value)
                    break
            if match:
                break
        if match is None:
            break
        j, key, node = match
        found = (key.start_mark.line + 1, key.start_mark.column + 1, j)
        i = j
    return found


def yaml_problem(path: Path, text: str) -> ConfigProblem | None:
    """The YAML syntax error in ``text`` (PyYAML's message and place), None when it parses."""
    try:
        for _ in yaml.compose_all(text, Loader=yaml.SafeLoader):
            pass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or str(exc)
        if exc.context and exc.problem:
            message = f"{exc.problem} ({exc.context})"
        if mark is None:
            return ConfigProblem(str(message), path)
        return ConfigProblem(str(message), path, mark.line + 1, mark.column + 1)
    except yaml.YAMLError as exc:
        return ConfigProblem(str(exc), path)
    return None


Reader = Callable[[Path], str | None]

_WARN_PATTERNS = (
    re.compile(r'level=warn(?:ing)?\s+msg="(?P<msg>(?:[^"\\]|\\.)*)"'),
    re.compile(r"^WARN\[\d+\]\s*(?P<msg>.*)$"),
    re.compile(r"^WARNING:\s*(?P<msg>.*)$"),
    re.compile(r"^(?P<msg>.*variable is not set\. Defaulting to a blank string\.?)$"),
)
_YAML_MARKERS = ("yaml.parser.", "yaml.scanner.", "yaml.composer.", "yaml.constructor.")
_V2_YAML = re.compile(r"(?<![\w./-])yaml: (?:line (?P<line>\d+): )?(?P<msg>.*)")
_V1_MARK = re.compile(r'in "(?P<file>[^"]+)", line (?P<line>\d+), column (?P<col>\d+)')
_VALIDATING = re.compile(r"validating (?P<file>.+?): (?P<rest>.*)")
_V1_INVALID = re.compile(r"The Compose file (?:'(?P<file>[^']+)' )?is invalid because:")
_ADDITIONAL = re.compile(r"(?P<path>[\w.\-\[\]]+) additional propert(?:y|ies) '(?P<key>[^']+)'")
_UNSUPPORTED = re.compile(r"Unsupported config option for (?P<path>[\w.\-]+): '(?P<key>[^']+)'")
_INTERPOLATING = re.compile(r"error while interpolating (?P<path>[\w.\-\[\]]+):")
_DOTTED = re.compile(r"\b(?P<path>(?:services|networks|volumes|secrets|configs)\.[\w.\-\[\]]+)")
_SERVICE = re.compile(
    r"""[Ss]ervice (?:"(?P<a>[^"]+)"|'(?P<b>[^']+)'|(?P<c>[\w.\-]+)(?= has| depends| refers))"""
)
_OPTION = re.compile(r'(?:value for|the) "(?P<opt>\w+)" option|"(?P<opt2>\w+)" option')
_VARIABLE = re.compile(r'The "?(?P<var>\w+)"? variable is not set')
_OBSOLETE = re.compile(r"the attribute `(?P<attr>\w+)` is obsolete")


def _warning_text(line: str) -> str | None:
    for pattern in _WARN_PATTERNS:
        match = pattern.search(line)
        if match:
            return match.group("msg").replace('\\"', '"')
    return None


def _split_path(text: str) -> list[str]:
    return [part for part in text.replace("[]", "").split(".") if part]


class _Locator:
    """Finds a path's line in the project's files (the deepest match wins; ties go to
    the earliest file)."""

    def __init__(self, files: Sequence[Path], read: Reader) -> None:
        self.files = list(files)
        self.read = read

    def place(
        self, path: Sequence[str], file: Path | None = None
    ) -> tuple[Path | None, int | None, int | None]:
        candidates = [file] if file is not None and file in self.files else self.files
        best: tuple[int, Path, int, int] | None = None
        for candidate in candidates:
            text = self.read(candidate)
            if text is None:
                continue
            hit = locate(text, path)
            if hit is not None and (best is None or hit[2] > best[0]):
                best = (hit[2], candidate, hit[0], hit[1])
        if best is None:
            only = file if file is not None else (self.files[0] if len(self.files) == 1 else None)
            return only, None, None
        return best[1], best[2], best[3]

    def variable(self, name: str) -> tuple[Path | None, int | None, int | None]:
        use = re.compile(r"\$\{?" + re.escape(name) + r"\b")
        for candidate in self.files:
            text = self.read(candidate) or ""
            for number, line in enumerate(text.splitlines(), 1):
                match = use.search(line)
                if match:
                    return candidate, number, match.start() + 1
        return None, None, None

    def yaml_error(self) -> ConfigProblem | None:
        for candidate in self.files:
            text = self.read(candidate)
            if text is not None:
                problem = yaml_problem(candidate, text)
                if problem is not None:
                    return problem
        return None


def _file_named(text: str, files: Sequence[Path], workdir: Path | None) -> Path | None:
    path = Path(text)
    if not path.is_absolute() and workdir is not None:
        path = workdir / path
    for candidate in files:
        if candidate == path or str(candidate) == str(path).replace("/./", "/"):
            return candidate
    return path if path.is_absolute() else None


def _path_problem(line: str, locator: _Locator, file: Path | None) -> ConfigProblem:
    """One error line: its message and the place its path or service points at."""
    message = line.removeprefix("ERROR: ").strip()
    message = re.sub(r": invalid compose project$", "", message)
    path: list[str] | None = None
    for pattern in (_ADDITIONAL, _UNSUPPORTED):
        match = pattern.search(message)
        if match:
            key = match.group("key").split("'")[0]
            path = [*_split_path(match.group("path")), key]
            break
    if path is None:
        match = _INTERPOLATING.search(message) or _DOTTED.search(message)
        if match:
            path = _split_path(match.group("path"))
    if path is None:
        match = _SERVICE.search(message)
        if match:
            service = match.group("a") or match.group("b") or match.group("c")
            path = ["services", service]
            option = _OPTION.search(message)
            low = message.lower()
            if option:
                path.append(option.group("opt") or option.group("opt2"))
            elif "depends on" in low:
                path.append("depends_on")
            elif "network" in low:
                path.append("networks")
            elif "volume" in low:
                path.append("volumes")
    if path is None:
        only = file if file is not None else (locator.files[0] if len(locator.files) == 1 else None)
        return ConfigProblem(message, only)
    where, number, column = locator.place(path, file)
    return ConfigProblem(message, where, number, column)


def _located_warning(text: str, locator: _Locator) -> ConfigProblem:
    match = _VARIABLE.search(text)
    if match:
        where, number, column = locator.variable(match.group("var"))
        return ConfigProblem(text, where, number, column, "warning")
    match = _OBSOLETE.search(text)
    if match:
        where, number, column = locator.place([match.group("attr")])
        return ConfigProblem(text, where, number, column, "warning")
    return ConfigProblem(text, severity="warning")


def parse_problems(
    stderr: str,
    files: Sequence[Path],
    read: Reader,
    *,
    failed: bool = True,
    workdir: Path | None = None,
) -> tuple[list[ConfigProblem], list[ConfigProblem]]:
    """(errors, warnings) from what ``compose config`` wrote on stderr (v1 or v2), each
    placed on a file, line and column where compose's words allow."""
    locator = _Locator(files, read)
    errors_text: list[str] = []
    warnings = []
    for raw in strip_ansi(stderr).splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        text = _warning_text(line)
        if text is not None or not failed:
            warnings.append(_located_warning(text if text is not None else line.strip(), locator))
        else:
            errors_text.append(line)
    if not failed:
        return [], warnings
    joined = "\n".join(errors_text)
    if not errors_text:
        return [
            ConfigProblem(translate("core", "compose config failed without saying why"))
        ], warnings
    if any(marker in joined for marker in _YAML_MARKERS) or _V2_YAML.search(joined):
        return [_yaml_error(joined, locator, workdir)], warnings
    match = _V1_INVALID.search(joined)
    if match:
        file = _file_named(match.group("file"), files, workdir) if match.group("file") else None
        reasons = [x for x in joined[match.end() :].splitlines() if x.strip()]
        return [_path_problem(r, locator, file) for r in reasons] or [
            ConfigProblem(joined)
        ], warnings
    match = _VALIDATING.search(joined)
    if match:
        file = _file_named(match.group("file"), files, workdir)
        return [_path_problem(match.group("rest"), locator, file)], warnings
    interesting = [x for x in errors_text if not x.startswith(("Traceback", "  File "))]
    return [
        _path_problem(interesting[-1] if interesting else errors_text[-1], locator, None)
    ], warnings


def _yaml_error(text: str, locator: _Locator, workdir: Path | None) -> ConfigProblem:
    ours = locator.yaml_error()
    if ours is not None:
        return ours
    marks = list(_V1_MARK.finditer(text))
    if marks:
        mark = marks[-1]
        file = _file_named(mark.group("file"), locator.files, workdir)
        first = text.splitlines()[0].split(": ", 1)[-1]
        return ConfigProblem(first, file, int(mark.group("line")), int(mark.group("col")))
    match = _V2_YAML.search(text)
    only = locator.files[0] if len(locator.files) == 1 else None
    if match:
        line = int(match.group("line")) if match.group("line") else None
        return ConfigProblem(match.group("msg"), only, line)
    return ConfigProblem(text.strip(), only)


# -- running compose config --------------------------------------------------------------------
def _check_files(ref: ProjectRef, texts: Mapping[Path, str]) -> None:
    if not ref.files:
        raise ComposeConfigError(
            [
                ConfigProblem(
                    translate("core", "The compose files of project {0} are not known").format(
                        ref.name
                    )
                )
            ],
            translate("core", "Open the project from its compose file."),
        )
    problems = []
    for path in (*ref.files, *([ref.env_file] if ref.env_file is not None else [])):
        if path in texts:
            continue
        if not path.exists():
            problems.append(
                ConfigProblem(translate("core", "File not found: {0}").format(path), path)
            )
        elif not path.is_file():
            problems.append(ConfigProblem(translate("core", "Not a file: {0}").format(path), path))
        else:
            try:
                with path.open("rb"):
                    pass
            except PermissionError:
                problems.append(
                    ConfigProblem(
                        translate("core", "Permission denied: cannot read {0}").format(path), path
                    )
                )
            except OSError as exc:
                problems.append(ConfigProblem(f"{path}: {exc.strerror or exc}", path))
    if problems:
        raise ComposeConfigError(
            problems,
            translate(
                "core", "Check that the project's files are there and readable, or open it again."
            ),
        )


class _Staging:
    """Unsaved texts in a private temporary folder (never the user's), and the
    ``-p/-f/--env-file/--project-directory`` arguments that use them."""

    def __init__(self, ref: ProjectRef, texts: Mapping[Path, str]) -> None:
        self.ref = ref
        self.texts = texts
        self.folder: Path | None = None
        self.back: dict[str, Path] = {}  # temporary path → the user's file

    def __enter__(self) -> _Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _stage(self, path: Path) -> Path:
        if path not in self.texts:
            return path
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="envdock-compose-"))
        slot = self.folder / str(len(self.back))
        slot.mkdir()
        staged = slot / path.name
        staged.write_text(self.texts[path], encoding="utf-8")
        self.back[str(staged)] = path
        return staged

    def args(self) -> list[str]:
        ref = self.ref
        args = ["-p", ref.name]
        for path in ref.files:
            args += ["-f", str(self._stage(path))]
        env_file = ref.env_file
        if env_file is None and (ref.workdir / ".env") in self.texts:
            env_file = ref.workdir / ".env"  # the editor's .env, unsaved
        if env_file is not None:
            args += ["--env-file", str(self._stage(env_file))]
        if self.folder is not None or ref.workdir != ref.files[0].parent:
            args += ["--project-directory", str(ref.workdir)]
        return args

    def unstage(self, text: str) -> str:
        for staged, original in self.back.items():
            text = text.replace(staged, str(original))
        return text

    def read(self, path: Path) -> str | None:
        if path in self.texts:
            return self.texts[path]
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None


def _load(text: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def resolve(
    tool: ComposeTool,
    ref: ProjectRef,
    *,
    texts: Mapping[Path, str] | None = None,
    profiles: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    cancel: threading.Event | None = None,
) -> ComposeModel:
    """Run ``compose config`` on ``ref`` (``texts``: unsaved contents by file, used instead
    of what is on disk; ``profiles``: the ones to turn on). Raises ComposeConfigError with
    every problem placed on its line, Cancelled when ``cancel`` fires."""
    texts = {Path(k): v for k, v in (texts or {}).items()}
    _check_files(ref, texts)
    run = dict(env) if env is not None else run_env()
    with _Staging(ref, texts) as staging:
        base = [*tool.argv, *staging.args()]
        chosen = [a for p in profiles for a in ("--profile", p)]
        cwd = ref.workdir if ref.workdir.is_dir() else None
        first = run_capture([*base, *chosen, "config"], env=run, cwd=cwd, cancel_event=cancel)
        stderr = staging.unstage(first.stderr)
        if first.returncode != 0:
            errors, warnings = parse_problems(stderr, ref.files, staging.read, workdir=ref.workdir)
            raise ComposeConfigError(errors, details=stderr.strip(), warnings=warnings)
        _, warnings = parse_problems(stderr, ref.files, staging.read, failed=False)
        text = staging.unstage(first.stdout)
        data = _load(text)
        everything = None
        if tool.major >= 2 and _names_profiles(ref, staging):
            second = _all_profiles(tool, base, run, ref, cancel)
            if second is not None and second.returncode == 0:
                everything = _load(staging.unstage(second.stdout))
        order = _file_order(ref, staging)
    model = build_model(
        ref.name,
        text,
        data,
        everything=everything,
        active_profiles=tuple(profiles),
        warnings=warnings,
    )
    # compose prints services by name: show them in the files' order
    rank = {name: i for i, name in enumerate(order)}
    model.services = dict(
        sorted(model.services.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))
    )
    return model


def _file_order(ref: ProjectRef, staging: _Staging) -> list[str]:
    """The services in the order the files declare them (the first file first)."""
    order: dict[str, None] = {}
    for path in ref.files:
        try:
            data = yaml.load(staging.read(path) or "", Loader=_Loader)
        except yaml.YAMLError:
            continue
        services = data.get("services") if isinstance(data, dict) else None
        if isinstance(services, dict):
            order.update(dict.fromkeys(str(k) for k in services))
    return list(order)


def _names_profiles(ref: ProjectRef, staging: _Staging) -> bool:
    return any("profiles" in (staging.read(path) or "profiles") for path in ref.files)


def _all_profiles(
    tool: ComposeTool, base: list[str], env: Mapping[str, str], ref: ProjectRef,
    cancel: threading.Event | None,
) -> CapturedResult | None:  # fmt: skip
    if not tool.supports(ALL_PROFILES):
        return None
    cwd = ref.workdir if ref.workdir.is_dir() else None
    return run_capture([*base, "--profile", "*", "config"], env=env, cwd=cwd, cancel_event=cancel)
