"""Compose projects: where their files are (``ProjectRef``), the ones EnvDock remembers
(``ProjectStore``), and the rows the Compose panel shows — remembered projects and the
ones running on the engine, merged by name and linked to their files through the labels
compose puts on every container.

``project_rows`` and ``service_rows`` are pure and cheap: the panel recomputes them from
the engine's event-driven container cache on every change.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.docker.containers import COMPOSE_PROJECT, COMPOSE_SERVICE, Container
from core.errors import ValidationError
from core.logfile import get_logger
from core.text import translate

if TYPE_CHECKING:
    from core.compose.config import ComposeModel, Dependency

log = get_logger("compose.projects")

# the names compose looks for in a folder, in its (v2) order
DEFAULT_FILES = ("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml")
OVERRIDE_FILES = (
    "compose.override.yaml",
    "compose.override.yml",
    "docker-compose.override.yml",
    "docker-compose.override.yaml",
)
LABEL_CONFIG_FILES = "com.docker.compose.project.config_files"
LABEL_WORKING_DIR = "com.docker.compose.project.working_dir"
LABEL_ENV_FILE = "com.docker.compose.project.environment_file"
LABEL_NUMBER = "com.docker.compose.container-number"
LABEL_ONEOFF = "com.docker.compose.oneoff"
_VALID_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_NAME_CHARS = re.compile(r"[^a-z0-9_-]")


@dataclass(frozen=True)
class ProjectRef:
    """A compose project by its files: what ``-p NAME -f FILE… --env-file`` say."""

    name: str
    files: tuple[Path, ...]
    workdir: Path
    env_file: Path | None = None
    engine: str = ""  # the engine it belongs to ("" any / not known)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "files": [str(f) for f in self.files],
            "workdir": str(self.workdir),
            "env_file": str(self.env_file) if self.env_file is not None else None,
            "engine": self.engine,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ProjectRef:
        env_file = data.get("env_file")
        return cls(
            name=str(data["name"]),
            files=tuple(Path(str(f)) for f in data["files"]),
            workdir=Path(str(data["workdir"])),
            env_file=Path(str(env_file)) if env_file else None,
            engine=str(data.get("engine") or ""),
        )


def normalize_name(text: str) -> str:
    """A project name as compose derives it from a folder: lower case, only a-z 0-9 _ -,
    no leading _ or -."""
    return _NAME_CHARS.sub("", text.lower()).lstrip("_-")


def validate_name(name: str) -> str:
    if not _VALID_NAME.match(name):
        raise ValidationError(
            translate("core", "{0!r} is not a valid compose project name").format(name),
            translate(
                "core", "Use lower-case letters, digits, _ and -, starting with a letter or digit."
            ),
        )
    return name


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path.expanduser()))


def _readable_file(path: Path) -> Path:
    path = _absolute(path)
    if not path.exists():
        raise ValidationError(
            translate("core", "No such file: {0}").format(path),
            translate("core", "Check the path, or choose the file again."),
        )
    if not path.is_file():
        raise ValidationError(
            translate("core", "{0} is not a file").format(path),
            translate("core", "Choose a compose file (compose.yaml, docker-compose.yml)."),
        )
    if not os.access(path, os.R_OK):
        raise ValidationError(
            translate("core", "Permission denied: cannot read {0}").format(path),
            translate("core", "Make the file readable for your user (chmod u+r)."),
        )
    return path


def find_files(folder: Path) -> tuple[Path, ...]:
    """The compose file compose picks in ``folder`` and its override, if any."""
    for name in DEFAULT_FILES:
        if (folder / name).is_file():
            found = [folder / name]
            for override in OVERRIDE_FILES:
                if (folder / override).is_file():
                    found.append(folder / override)
                    break
            return tuple(found)
    return ()


def _name_in_files(files: Iterable[Path]) -> str | None:
    """The top-level ``name:`` the files give (the last one wins), when it is a plain valid
    name (no interpolation)."""
    import yaml

    found = None
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if isinstance(data, dict) and isinstance(data.get("name"), str):
            value = data["name"]
            if _VALID_NAME.match(value):
                found = value
    return found


def ref_from_path(
    path: Path,
    *,
    name: str | None = None,
    extra_files: Iterable[Path] = (),
    env_file: Path | None = None,
    engine: str = "",
) -> ProjectRef:
    """The project a folder (its compose file and override, as compose picks them) or a
    compose file stands for; ``extra_files`` are more ``-f`` files after it. The name is
    ``name``, else the files' own ``name:``, else the folder's name as compose makes it.
    A path that is not there or not readable: ValidationError with a hint."""
    target = _absolute(Path(path))
    if not target.exists():
        raise ValidationError(
            translate("core", "No such file or folder: {0}").format(target),
            translate(
                "core", "Choose a compose file (compose.yaml, docker-compose.yml) or its folder."
            ),
        )
    if target.is_dir():
        files = find_files(target)
        if not files:
            raise ValidationError(
                translate("core", "{0} holds no compose file").format(target),
                translate("core", "Compose looks for {0}. Choose the file itself.").format(
                    ", ".join(DEFAULT_FILES)
                ),
            )
        workdir = target
    else:
        files = (target,)
        workdir = target.parent
    files = tuple(_readable_file(f) for f in (*files, *extra_files))
    env = _readable_file(Path(env_file)) if env_file is not None else None
    if name is not None:
        project = validate_name(name)
    else:
        project = _name_in_files(files) or normalize_name(workdir.name)
        if not project:
            raise ValidationError(
                translate("core", "No project name can be made from the folder {0}").format(
                    workdir
                ),
                translate("core", "Give the project a name (lower-case letters and digits)."),
            )
    return ProjectRef(project, files, workdir, env, engine)


def services_in_files(files: Iterable[Path]) -> list[str]:
    """The service names the files declare, read as plain YAML (no compose run: no
    interpolation, extends or profiles considered), for a quick listing."""
    import yaml

    names: set[str] = set()
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        services = data.get("services") if isinstance(data, dict) else None
        if isinstance(services, dict):
            names.update(str(k) for k in services)
    return sorted(names)


def ref_from_labels(labels: Mapping[str, str], engine: str = "") -> ProjectRef | None:
    """The project a container belongs to, from the labels compose put on it (v1 writes
    the files relative to the working folder, v2 absolute); None outside any project."""
    name = labels.get(COMPOSE_PROJECT)
    if not name:
        return None
    workdir_text = labels.get(LABEL_WORKING_DIR, "")
    names = [f for f in labels.get(LABEL_CONFIG_FILES, "").split(",") if f]
    workdir = Path(workdir_text) if workdir_text else None
    files = tuple(_joined(workdir, f) for f in names)
    if workdir is None:
        workdir = files[0].parent if files else Path("/")
    env_text = labels.get(LABEL_ENV_FILE, "").split(",")[0]
    env_file = _joined(workdir, env_text) if env_text else None
    return ProjectRef(name, files, workdir, env_file, engine)


def _joined(workdir: Path | None, name: str) -> Path:
    path = Path(name)
    if path.is_absolute() or workdir is None:
        return path
    return Path(os.path.normpath(workdir / path))


# -- remembered projects ---------------------------------------------------------------------
class ProjectStore:
    """The projects EnvDock was given, kept in a JSON file in the user's config folder.

    A file that cannot be read as ours is kept aside (``….corrupt-<time>``) and the list
    starts empty; writes are atomic (a temporary file, then a rename)."""

    FILE = "compose-projects.json"

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from core.paths import config_dir

            path = config_dir() / self.FILE
        self.path = path
        self._lock = threading.Lock()

    def refs(self) -> list[ProjectRef]:
        with self._lock:
            return self._read()

    def add(self, ref: ProjectRef) -> None:
        """Remember ``ref`` (replacing one of the same name on the same engine)."""
        with self._lock:
            refs = [r for r in self._read() if (r.name, r.engine) != (ref.name, ref.engine)]
            refs.append(ref)
            self._write(refs)

    def remove(self, name: str, engine: str = "") -> bool:
        """Forget a project (its files stay); False when it was not remembered."""
        with self._lock:
            refs = self._read()
            kept = [r for r in refs if (r.name, r.engine) != (name, engine)]
            if len(kept) == len(refs):
                return False
            self._write(kept)
            return True

    def _read(self) -> list[ProjectRef]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except OSError as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            return []
        try:
            data = json.loads(text)
            entries = data["projects"]
            if not isinstance(entries, list):
                raise TypeError("projects is not a list")
        except (ValueError, KeyError, TypeError) as exc:
            self._keep_aside(exc)
            return []
        refs = []
        for entry in entries:
            try:
                refs.append(ProjectRef.from_json(entry))
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("%s: skipping an entry it cannot read (%s): %r", self.path, exc, entry)
        return refs

    def _keep_aside(self, exc: Exception) -> None:
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            shutil.copy2(self.path, aside)
            self.path.unlink()
        except OSError as err:
            log.warning("cannot keep %s aside: %s", self.path, err)
        log.warning(
            "%s is not a project list (%s): kept as %s, starting empty", self.path, exc, aside
        )

    def _write(self, refs: list[ProjectRef]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": 1, "projects": [r.to_json() for r in refs]}
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=2)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


# -- rows for the panel --------------------------------------------------------------------------
RUNNING = "running"
PARTIAL = "partial"
EXITED = "exited"
CREATED = "created"
NOT_CREATED = "not-created"


@dataclass
class ProjectRow:
    """One project of the panel: its files (when known) and its containers."""

    name: str
    ref: ProjectRef | None
    containers: list[Container] = field(default_factory=list)
    remembered: bool = False  # EnvDock was given it (ProjectStore), not only seen running

    @property
    def running(self) -> int:
        return sum(1 for c in self.containers if c.state == "running")

    @property
    def total(self) -> int:
        return len(self.containers)

    @property
    def status(self) -> str:
        """ "running" | "partial" | "exited" | "created" | "not-created"."""
        total = len(self.containers)
        if total == 0:
            return NOT_CREATED
        running = self.running
        if running == total:
            return RUNNING
        if running:
            return PARTIAL
        if all(c.state == "created" for c in self.containers):
            return CREATED
        return EXITED

    @property
    def status_text(self) -> str:
        status = self.status
        if status == RUNNING:
            return translate("core", "running {0}/{1}").format(self.running, self.total)
        if status == PARTIAL:
            return translate("core", "partly running {0}/{1}").format(self.running, self.total)
        if status == EXITED:
            return translate("core", "exited")
        if status == CREATED:
            return translate("core", "created, not started")
        return translate("core", "not created")

    @property
    def services(self) -> list[str]:
        """The services that have containers, by name."""
        return sorted({c.labels.get(COMPOSE_SERVICE, "") for c in self.containers} - {""})

    @property
    def config_files(self) -> list[str]:
        return [str(f) for f in self.ref.files] if self.ref is not None else []


def project_rows(
    refs: Iterable[ProjectRef], containers: Iterable[Container], *, engine: str | None = None
) -> list[ProjectRow]:
    """The remembered projects and the ones with containers on the engine, merged by name
    and sorted by it; a project EnvDock was not given is linked to its files through its
    newest container's labels. With ``engine``, remembered projects of other engines are
    left out (those of no engine in particular stay)."""
    by_project: dict[str, list[Container]] = {}
    for c in containers:
        project = c.labels.get(COMPOSE_PROJECT)
        if project:
            by_project.setdefault(project, []).append(c)
    rows: dict[str, ProjectRow] = {}
    for ref in refs:
        if engine is not None and ref.engine not in ("", engine):
            continue
        rows[ref.name] = ProjectRow(ref.name, ref, by_project.get(ref.name, []), remembered=True)
    for name, members in by_project.items():
        if name not in rows:
            newest = max(members, key=lambda c: c.created)
            rows[name] = ProjectRow(name, ref_from_labels(newest.labels, newest.engine), members)
    return sorted(rows.values(), key=lambda r: r.name)


@dataclass(frozen=True)
class ServiceRow:
    """One service of a project: what the file says about it and its containers."""

    name: str
    image: str  # "" when the file only builds it
    build_context: str | None
    containers: tuple[Container, ...]
    replicas: int  # wanted (deploy.replicas / scale in the file, else 1), or as many as run
    depends_on: tuple[Dependency, ...] = ()
    profiles: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()
    volumes: tuple[str, ...] = ()
    ports: tuple[str, ...] = ()
    in_file: bool | None = True  # in the file; False: only its containers say it exists
    # (removed from the file since); None: the file was not read
    active: bool = True  # its profiles are on (or it has none)

    @property
    def running(self) -> int:
        return sum(1 for c in self.containers if c.state == "running")


def _number(c: Container) -> int:
    try:
        return int(c.labels.get(LABEL_NUMBER, "0"))
    except ValueError:
        return 0


def service_rows(row: ProjectRow, model: ComposeModel | None) -> list[ServiceRow]:
    """The project's services: those of the file in its order (with or without containers),
    then any that only have containers (removed from the file since), by name."""
    by_service: dict[str, list[Container]] = {}
    for c in row.containers:
        if c.labels.get(LABEL_ONEOFF, "False") == "True":
            continue  # `compose run` containers are not a service's replicas
        by_service.setdefault(c.labels.get(COMPOSE_SERVICE, ""), []).append(c)
    rows = []
    specs = model.services if model is not None else {}
    for name, spec in specs.items():
        members = tuple(sorted(by_service.pop(name, []), key=_number))
        rows.append(
            ServiceRow(
                name=name,
                image=spec.image or "",
                build_context=spec.build_context,
                containers=members,
                replicas=spec.replicas if spec.replicas is not None else max(1, len(members)),
                depends_on=spec.depends_on,
                profiles=spec.profiles,
                networks=spec.networks,
                volumes=tuple(str(m) for m in spec.volumes),
                ports=tuple(str(p) for p in spec.ports),
                in_file=True,
                active=spec.active,
            )
        )
    for name in sorted(by_service):
        members = tuple(sorted(by_service[name], key=_number))
        rows.append(
            ServiceRow(
                name=name,
                image=members[0].image if members else "",
                build_context=None,
                containers=members,
                replicas=len(members),
                in_file=None if model is None else False,
            )
        )
    return rows
