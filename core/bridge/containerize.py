"""Containerize an environment: a Dockerfile and its build context from what is installed.

pip-like environments become ``python:X.Y.Z-slim`` images with a virtualenv at
``/opt/venv`` holding the frozen requirements; conda ones a micromamba image with the
exported ``environment.yml``. Packages that came from the local disk (editable
projects, wheels and sdists installed from a path) are built or copied into
``wheels/`` in the context, so the image gets the very same code; when that cannot be
done the package is left out and a warning says why. With local wheels the Dockerfile
has a builder stage, so the wheel files never reach the final image.
"""

from __future__ import annotations

import fnmatch
import json
import shlex
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from core.envs import markers as mk
from core.envs.model import Package
from core.envs.packages import read_packages
from core.envs.specfiles import FREEZE_SKIP
from core.errors import EnvDockError, SubprocessFailed, ValidationError
from core.jobs import Job
from core.procs import run_streaming
from core.text import translate

MICROMAMBA_BASE = "mambaorg/micromamba:1.5.10"
VENV = "/opt/venv"
# what never belongs in an image's context
IGNORED = (
    ".git", ".hg", ".svn", ".venv", "venv", "env", "__pycache__", "*.pyc", "*.pyo",
    ".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox", ".nox", "node_modules",
    "build", "dist", "*.egg-info", ".ipynb_checkpoints", ".DS_Store", ".idea", ".vscode",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ContainerizeOptions:
    env: Path
    out: Path
    base: str = ""  # "" → matched to the environment
    project: Path | None = None  # copied to the working directory
    workdir: str = "/app"
    port: int | None = None
    command: str = ""  # as typed: split like a shell would, written in exec form
    multi_stage: bool | None = None  # None → only when it saves size (local wheels)
    # every requirement as a file in wheels/, so the build needs no package index
    vendor: bool = False
    find_links: tuple[Path, ...] = ()  # extra places pip looks for those files
    no_index: bool = False  # look only there (and on this disk), never on an index


@dataclass(slots=True)
class ContainerizeResult:
    dockerfile: Path
    context: Path
    base: str
    conda: bool
    requirements: list[str] = field(default_factory=list)
    wheels: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    multi_stage: bool = False
    port: int | None = None
    vendored: bool = False  # the build installs from wheels/ only (no index)

    def to_json(self) -> dict[str, object]:
        return {
            "dockerfile": str(self.dockerfile),
            "context": str(self.context),
            "base": self.base,
            "conda": self.conda,
            "requirements": self.requirements,
            "wheels": self.wheels,
            "warnings": [str(w) for w in self.warnings],
            "multi_stage": self.multi_stage,
            "port": self.port,
            "vendored": self.vendored,
        }


def default_base(version: str, conda: bool) -> str:
    if conda:
        return MICROMAMBA_BASE
    return f"python:{version}-slim" if version else "python:3-slim"


def _local_path(pkg: Package) -> Path | None:
    """The folder or file on this disk a package was installed from, if any."""
    origin = pkg.origin
    if origin.startswith("file://"):
        return Path(unquote(urlparse(origin).path))
    if origin.startswith("/"):
        return Path(origin)
    return None


def check_options(opts: ContainerizeOptions) -> None:
    """Refuse what cannot work before anything is written (the dialog asks this too)."""
    if not mk.is_env_root(opts.env):
        raise ValidationError(
            translate("core", "{0} is not a Python environment").format(opts.env),
            translate("core", "Choose a folder that holds pyvenv.cfg or conda-meta/."),
        )
    if not opts.out.is_absolute():
        raise ValidationError(translate("core", "The output folder must be an absolute path."))
    if opts.out.exists() and any(opts.out.iterdir()):
        raise ValidationError(
            translate("core", "{0} already exists and is not empty").format(opts.out),
            translate("core", "Choose a new or empty folder for the Dockerfile and its context."),
        )
    if opts.project is not None and not opts.project.is_dir():
        raise ValidationError(
            translate("core", "The project folder {0} does not exist").format(opts.project)
        )
    if opts.port is not None and not 0 < opts.port < 65536:
        raise ValidationError(
            translate("core", "Port {0} is out of range (1–65535)").format(opts.port)
        )
    if not opts.workdir.startswith("/"):
        raise ValidationError(
            translate("core", "The working directory must be absolute, e.g. /app.")
        )
    if opts.command:
        try:
            shlex.split(opts.command)
        except ValueError as exc:
            raise ValidationError(
                translate("core", "The start command cannot be parsed: {0}").format(exc),
                translate("core", "Check the quotes in the command."),
            ) from exc


def _python_of(env: Path) -> Path:
    python = mk.interpreter_path(env)
    if not python.exists():
        raise EnvDockError(
            translate("core", "The environment {0} has no working Python interpreter").format(env),
            translate("core", "Repair it, or recreate it from its requirements, then try again."),
        )
    return python


def _pip(job: Job, env: Path, *args: str) -> None:
    from core.envs.ops import pip_command

    command = pip_command(env, *args)
    run_streaming(command.argv, job.log, cancel_event=job.cancel_event, env=command.env)


def _build_wheel(job: Job, env: Path, source: Path, wheels: Path) -> list[str]:
    """A wheel of the project at ``source`` into ``wheels``; the new file names.

    First with the build backend the environment already has (no download), then in
    pip's usual isolated build environment.
    """
    before = {p.name for p in wheels.glob("*")}
    args = ("wheel", "--no-deps", "--wheel-dir", str(wheels), str(source))
    try:
        _pip(job, env, *args[:1], "--no-build-isolation", *args[1:])
    except SubprocessFailed:
        job.log("building again in an isolated build environment")
        _pip(job, env, *args)
    return sorted(p.name for p in wheels.glob("*") if p.name not in before)


def _vendor(
    job: Job, env: Path, pins: list[str], wheels: Path, opts: ContainerizeOptions
) -> list[str]:
    """Download the files of ``pins`` (name==version) into ``wheels``; the new file names."""
    wanted = [p for p in pins if "==" in p and " @ " not in p]
    if not wanted:
        return []
    before = {p.name for p in wheels.glob("*")}
    # the wheels already here (local projects) count as found
    args = ["download", "--no-deps", "--dest", str(wheels), "--find-links", str(wheels)]
    for folder in opts.find_links:
        args += ["--find-links", str(folder)]
    if opts.no_index:
        args.append("--no-index")
    try:
        _pip(job, env, *args, *wanted)
    except SubprocessFailed as exc:
        raise SubprocessFailed(
            translate("core", "Not every requirement could be downloaded into the context"),
            exc.returncode,
            translate(
                "core", "Check that the package index (or the folders given) has these versions."
            ),
            exc.details,
        ) from exc
    return sorted(p.name for p in wheels.glob("*") if p.name not in before)


def _copy_project(project: Path, dest: Path) -> int:
    """Copy ``project`` to ``dest`` without what IGNORED names; the number of files."""

    def ignore(_folder: str, names: list[str]) -> set[str]:
        return {n for n in names if any(fnmatch.fnmatch(n, pat) for pat in IGNORED)}

    shutil.copytree(project, dest, ignore=ignore, symlinks=True)
    return sum(1 for p in dest.rglob("*") if p.is_file())


def _exec_form(command: str) -> str:
    return json.dumps(shlex.split(command))


def containerize(job: Job, opts: ContainerizeOptions) -> ContainerizeResult:
    """Write the Dockerfile, requirements / environment.yml, wheels/ and app/ into ``opts.out``."""
    check_options(opts)
    env = opts.env
    conda = mk.is_conda_root(env)
    _python_of(env)  # a broken interpreter is said now, not halfway through
    version = mk.python_version(env)
    job.log(f"reading the packages of {env} (Python {version or '?'})")
    packages = read_packages(env, with_size=False)
    base = opts.base.strip() or default_base(version, conda)
    out = opts.out
    out.mkdir(parents=True, exist_ok=True)
    result = ContainerizeResult(out / "Dockerfile", out, base, conda, port=opts.port)
    wheels = out / "wheels"
    pins: list[str] = []
    pip_packages = [p for p in packages if p.source == "pip" and p.key not in FREEZE_SKIP]
    for i, pkg in enumerate(pip_packages, 1):
        job.check_cancelled()
        job.set_progress(0.8 * i / max(1, len(pip_packages)))
        local = _local_path(pkg)
        if local is None and pkg.origin and not pkg.editable:
            pins.append(f"{pkg.name} @ {pkg.origin}")
            if pkg.origin.startswith(("git+", "hg+", "svn+", "bzr+")):
                result.warnings.append(
                    translate(
                        "core", "{0} comes from {1}: the image needs git (or that VCS) to build"
                    ).format(pkg.name, pkg.origin)
                )
            continue
        if local is None:
            pins.append(f"{pkg.name}=={pkg.version}")
            continue
        if not local.exists():
            result.warnings.append(
                translate(
                    "core", "{0} {1} was installed from {2}, which no longer exists: left out"
                ).format(pkg.name, pkg.version, local)
            )
            continue
        wheels.mkdir(exist_ok=True)
        if local.is_file() and local.suffix == ".whl":
            shutil.copy2(local, wheels / local.name)
            result.wheels.append(local.name)
        else:
            try:
                made = _build_wheel(job, env, local, wheels)
            except (SubprocessFailed, EnvDockError) as exc:
                result.warnings.append(
                    translate(
                        "core", "{0}: no wheel could be built from {1} ({2}): left out"
                    ).format(pkg.name, local, exc.message)
                )
                continue
            result.wheels.extend(made)
        # pinned, and found among the wheels (the image installs with --find-links)
        pins.append(f"{pkg.name}=={pkg.version}")
    result.requirements = pins
    if opts.vendor and not conda:
        wheels.mkdir(exist_ok=True)
        job.log("downloading every requirement into the context (wheels/)")
        result.wheels.extend(_vendor(job, env, pins, wheels, opts))
        result.vendored = True
    multi = opts.multi_stage if opts.multi_stage is not None else bool(result.wheels)
    result.multi_stage = multi and not conda
    if conda:
        channels = _conda_channels(env)
        (out / "environment.yml").write_text(
            _environment_yml(
                [p for p in packages if p.key != "conda"], channels, pins, bool(result.wheels)
            )
        )
        local_channels = [c for c in channels if c.startswith(("/", "file:"))]
        if local_channels:
            result.warnings.append(
                translate(
                    "core", "Channels on this disk cannot be reached from the build: {0}"
                ).format(", ".join(local_channels))
            )
    else:
        (out / "requirements.txt").write_text("\n".join(pins) + ("\n" if pins else ""))
    app_files = 0
    if opts.project is not None:
        job.log(f"copying {opts.project} into the context (app/)")
        app_files = _copy_project(opts.project, out / "app")
    (out / ".dockerignore").write_text("\n".join(IGNORED) + "\n")
    text = render_dockerfile(result, env, version, opts, has_app=opts.project is not None)
    result.dockerfile.write_text(text)
    job.log(
        f"wrote {result.dockerfile}: {len(pins)} requirements, {len(result.wheels)} local "
        f"wheels, {app_files} project files, {len(result.warnings)} warnings"
    )
    for warning in result.warnings:
        job.log(f"warning: {warning}")
    job.set_progress(1.0)
    return result


def _conda_channels(env: Path) -> list[str]:
    """The channels the environment's packages came from, as full addresses."""
    seen: list[str] = []
    for record in mk.conda_records(env):
        channel = str(mk.read_json(record).get("channel", "")).rstrip("/")
        if channel and channel not in seen:
            seen.append(channel)
    return seen


def _environment_yml(
    packages: list[Package], channels: list[str], pins: list[str], wheels: bool
) -> str:
    """conda packages pinned as name=version; pip ones as in requirements.txt."""
    import yaml

    deps: list[object] = [f"{p.name}={p.version}" for p in packages if p.source == "conda"]
    if pins:
        if not any(str(d).startswith("pip=") for d in deps):
            deps.append("pip")
        deps.append({"pip": (["--find-links /tmp/wheels"] if wheels else []) + pins})
    doc = {"name": "base", "channels": channels or ["conda-forge"], "dependencies": deps}
    return str(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))


def render_dockerfile(
    result: ContainerizeResult,
    env: Path,
    version: str,
    opts: ContainerizeOptions,
    has_app: bool,
) -> str:
    lines = [
        f"# Generated by EnvDock from {env} (Python {version or 'unknown'}).",
        "# The base image is matched to the environment; edit it here if you need another.",
    ]
    tail: list[str] = [f"WORKDIR {opts.workdir}"]
    if has_app:
        tail.append(f"COPY app/ {opts.workdir.rstrip('/')}/")
    if opts.port is not None:
        tail.append(f"EXPOSE {opts.port}")
    if opts.command:
        tail.append(f"CMD {_exec_form(opts.command)}")
    if result.conda:
        lines += [
            f"FROM {result.base}",
            "COPY --chown=$MAMBA_USER:$MAMBA_USER environment.yml /tmp/environment.yml",
            *(
                ["COPY --chown=$MAMBA_USER:$MAMBA_USER wheels/ /tmp/wheels/"]
                if result.wheels
                else []
            ),
            "RUN micromamba install --yes --name base --file /tmp/environment.yml \\",
            "    && micromamba clean --all --yes",
            "ARG MAMBA_DOCKERFILE_ACTIVATE=1",
            *tail,
        ]
        return "\n".join(lines) + "\n"
    find_links = " --find-links /tmp/wheels" if result.wheels else ""
    if result.vendored:
        find_links = " --no-index" + find_links
    install = [
        f"RUN python3 -m venv {VENV} \\",
        f"    && {VENV}/bin/pip install --no-cache-dir{find_links} -r /tmp/requirements.txt",
    ]
    copy_inputs = ["COPY requirements.txt /tmp/requirements.txt"]
    if result.wheels:
        copy_inputs.append("COPY wheels/ /tmp/wheels/")
    env_lines = [f'ENV PATH="{VENV}/bin:$PATH" PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1']
    if result.multi_stage:
        lines += [
            "# builder: installs the requirements (and the local wheels) into a virtualenv",
            f"FROM {result.base} AS builder",
            *copy_inputs,
            *install,
            "",
            "# the image: the virtualenv alone, without the wheel files",
            f"FROM {result.base}",
            f"COPY --from=builder {VENV} {VENV}",
        ]
    else:
        lines += [f"FROM {result.base}", *copy_inputs, *install]
    lines += env_lines + tail
    return "\n".join(lines) + "\n"
