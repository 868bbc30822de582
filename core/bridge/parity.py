"""Does a container (or an image) hold the same Python packages as an environment?

The container is asked with its own Python: ``importlib.metadata`` lists every
installed distribution (pip need not be there). An image is asked through a
short-lived container that runs only that question and is removed afterwards. The
diff names what is missing on either side and what differs in version; the
difference exports as requirements, and a container's list can become a new local
environment.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error
from core.envs.model import canonical_name
from core.envs.packages import read_packages
from core.envs.specfiles import FREEZE_SKIP
from core.errors import DockerError, EnvDockError, ValidationError
from core.jobs import Job
from core.text import translate

# prints {"python": "3.11.7", "packages": {"name": "version", …}} with the container's Python
PROBE = (
    "import json, sys\n"
    "from importlib import metadata\n"
    "pkgs = {}\n"
    "for d in metadata.distributions():\n"
    "    name = d.metadata['Name']\n"
    "    if name: pkgs.setdefault(name, d.version)\n"
    "print(json.dumps({'python': sys.version.split()[0], 'packages': pkgs}))\n"
)
PYTHONS = ("python3", "python")
MISSING_THERE = "missing-there"  # in the environment, not in the container
MISSING_HERE = "missing-here"  # in the container, not in the environment
DIFFERENT = "different"


@dataclass(frozen=True, slots=True)
class PackageSet:
    """What one side holds: {canonical name: (name as written, version)}."""

    where: str
    python: str
    packages: Mapping[str, tuple[str, str]]


@dataclass(frozen=True, slots=True)
class DiffRow:
    name: str
    here: str  # version in the environment ("" when missing)
    there: str  # version in the container ("" when missing)
    status: str


def _index(pairs: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    return {canonical_name(n): (n, v) for n, v in pairs.items()}


def env_packages(prefix: Path) -> PackageSet:
    from core.envs import markers as mk

    if not mk.is_env_root(prefix):
        raise ValidationError(translate("core", "{0} is not a Python environment").format(prefix))
    version = mk.python_version(prefix)
    pkgs = {p.name: p.version for p in read_packages(prefix, with_size=False)}
    return PackageSet(str(prefix), version, _index(pkgs))


def _parse_probe(text: str, where: str) -> PackageSet:
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{"):
            try:
                data = json.loads(line)
            except ValueError:
                break
            return PackageSet(where, str(data.get("python", "")), _index(data.get("packages", {})))
    raise DockerError(
        translate("core", "{0} did not list its Python packages").format(where),
        translate("core", "Its Python may be broken; the output is in the details."),
        details=text[-4000:],
    )


def _no_python(where: str) -> DockerError:
    return DockerError(
        translate("core", "{0} has no Python").format(where),
        translate("core", "Compare only containers and images that have python3 or python."),
    )


def container_packages(client: DockerAPI, container: str) -> PackageSet:
    """The packages of a running container, read with its own Python through exec."""
    try:
        info = client.inspect_container(container)
    except Exception as exc:
        raise docker_error(exc, f"inspect {container}") from exc
    name = str(info.get("Name", container)).lstrip("/")
    if not (info.get("State") or {}).get("Running"):
        raise DockerError(
            translate("core", "The container {0} is not running").format(name),
            translate("core", "Start it, or compare its image instead."),
        )
    for python in PYTHONS:
        try:
            exec_id = client.exec_create(container, [python, "-c", PROBE], stdout=True, stderr=True)
            output = client.exec_start(exec_id, demux=True)
            code = client.exec_inspect(exec_id).get("ExitCode")
        except Exception as exc:
            error = docker_error(exc, f"exec in {name}")
            if "executable file not found" in str(exc) or "no such file" in str(exc).lower():
                continue
            raise error from exc
        stdout, stderr = output if isinstance(output, tuple) else (output, b"")
        text = (stdout or b"").decode(errors="replace")
        if code in (126, 127) or (code != 0 and not text.strip()):
            err = (stderr or b"").decode(errors="replace")
            if "not found" in err or code in (126, 127):
                continue
            raise DockerError(
                translate("core", "{0} in {1} failed (exit code {2})").format(python, name, code),
                translate("core", "Its Python may be broken; the output is in the details."),
                details=err[-4000:],
            )
        return _parse_probe(text, name)
    raise _no_python(name)


def image_packages(client: DockerAPI, image: str, timeout: float = 120.0) -> PackageSet:
    """The packages of an image, asked through a container that is removed afterwards."""
    last: EnvDockError | None = None
    for python in PYTHONS:
        try:
            cid = client.create_container(
                image, entrypoint=[python, "-c", PROBE], command=[], network_disabled=True,
                labels={"org.envdock.purpose": "parity-check"},
            )["Id"]  # fmt: skip
        except Exception as exc:
            raise docker_error(exc, f"create a container from {image}") from exc
        try:
            try:
                client.start(cid)
            except Exception as exc:
                if "executable file not found" in str(exc) or "no such file" in str(exc).lower():
                    last = _no_python(image)
                    continue
                raise docker_error(exc, f"start a container from {image}") from exc
            code = int(client.wait(cid, timeout=timeout).get("StatusCode", 1))
            text = client.logs(cid, stdout=True, stderr=False).decode(errors="replace")
            if code in (126, 127):
                last = _no_python(image)
                continue
            if code != 0:
                err = client.logs(cid, stdout=False, stderr=True).decode(errors="replace")
                raise DockerError(
                    translate("core", "{0} in {1} failed (exit code {2})").format(
                        python, image, code
                    ),
                    translate("core", "Its Python may be broken; the output is in the details."),
                    details=err[-4000:],
                )
            return _parse_probe(text, image)
        finally:
            try:
                client.remove_container(cid, force=True)
            except Exception:  # already gone: nothing left to clean
                pass
    raise last or _no_python(image)


def diff(
    here: PackageSet, there: PackageSet, ignore: Sequence[str] = tuple(FREEZE_SKIP)
) -> list[DiffRow]:
    """Rows for every package not present or not equal on both sides, sorted by name."""
    skip = {canonical_name(n) for n in ignore}
    rows = []
    for key in sorted(set(here.packages) | set(there.packages)):
        if key in skip:
            continue
        mine = here.packages.get(key)
        theirs = there.packages.get(key)
        if mine and theirs:
            if mine[1] != theirs[1]:
                rows.append(DiffRow(mine[0], mine[1], theirs[1], DIFFERENT))
        elif mine:
            rows.append(DiffRow(mine[0], mine[1], "", MISSING_THERE))
        elif theirs:
            rows.append(DiffRow(theirs[0], "", theirs[1], MISSING_HERE))
    return rows


def difference_requirements(rows: Sequence[DiffRow]) -> str:
    """What the container lacks, pinned to the environment's versions (requirements.txt)."""
    lines = [f"{r.name}=={r.here}" for r in rows if r.status in (MISSING_THERE, DIFFERENT)]
    return "\n".join(lines) + ("\n" if lines else "")


def requirements_of(packages: PackageSet) -> str:
    pins = [
        f"{name}=={version}"
        for key, (name, version) in sorted(packages.packages.items())
        if key not in FREEZE_SKIP
    ]
    return "\n".join(pins) + ("\n" if pins else "")


def create_env_from(job: Job, packages: PackageSet, target: Path, python: str = "") -> Path:
    """A new virtualenv at ``target`` with the container's packages at the same versions."""
    from core.envs.ops import CreateOptions, create_venv

    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix="envdock-", delete=False) as f:
        f.write(requirements_of(packages))
        req = Path(f.name)
    try:
        return create_venv(job, CreateOptions(target, python=python, requirements=req))
    finally:
        req.unlink(missing_ok=True)
