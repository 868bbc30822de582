"""Clone, rename, create from a spec file, back up all and restore all."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from core.envs import markers as mk
from core.envs.conda_ops import clone_conda_env, create_conda_env
from core.envs.model import Environment
from core.envs.names import validate_new_env_path
from core.envs.ops import CreateOptions, create_venv, pip_install, python_for, remove_env
from core.envs.packages import read_packages
from core.envs.specfiles import (
    parse_environment_yml,
    parse_requirements,
    read_spec_file,
    to_environment_yml,
    to_requirements,
)
from core.errors import EnvDockError, ValidationError, describe
from core.jobs import Job
from core.text import translate

MANIFEST = "manifest.json"


def _with_sub_progress(job: Job, start: float, end: float) -> Job:
    """A view of ``job`` whose progress maps 0..1 into start..end (logs pass through)."""
    sub = Job(job.title, lambda _j: None)
    sub.cancel_event = job.cancel_event
    sub.listeners.logged.append(lambda _j, line: job.log(line))
    sub.listeners.progressed.append(
        lambda _j, f: job.set_progress(None if f is None else start + (end - start) * f)
    )
    return sub


def clone_env(job: Job, source: Path, target: Path, channels: Sequence[str] = ()) -> Path:
    """A copy of ``source`` at ``target``: same Python, same packages and versions."""
    source = Path(source)
    target = validate_new_env_path(target)
    if mk.is_conda_root(source):
        return clone_conda_env(job, source, target)
    if not mk.is_venv_root(source):
        raise ValidationError(
            translate("core", "{source} is not an environment").format(source=source)
        )
    packages = read_packages(source, with_size=False)
    python = python_for(source)
    cfg = mk.read_pyvenv_cfg(source) or {}
    has_pip = any(p.key == "pip" for p in packages)
    with tempfile.TemporaryDirectory(prefix="envdock-clone-") as tmp:
        req = Path(tmp) / "requirements.txt"
        req.write_text(to_requirements(packages))
        opts = CreateOptions(
            target,
            python,
            cfg.get("include-system-site-packages", "").lower() == "true",
            "pip" if has_pip else "none",
            None,
        )
        create_venv(_with_sub_progress(job, 0.0, 0.3), opts)
        try:
            if req.read_text().strip():
                if not has_pip:
                    job.log("the source has no pip: installing with the runner's pip")
                pip_install(_with_sub_progress(job, 0.3, 1.0), target, ["-r", str(req)])
        except BaseException:
            import shutil

            shutil.rmtree(target, ignore_errors=True)
            raise
    job.set_progress(1.0)
    return target


def rename_env(job: Job, source: Path, target: Path) -> Path:
    """Recreate at the new place, and remove the old one only after that succeeded."""
    new = clone_env(job, source, target)
    job.log(f"created {new}; removing {source}")
    remove_env(job, source)
    return new


def create_from_file(
    job: Job,
    spec_file: Path,
    target: Path,
    python: str = "",
    channels: Sequence[str] = ("conda-forge",),
) -> Path:
    """requirements.txt → a virtualenv; environment.yml → a conda env (pip part included)."""
    text, name = read_spec_file(spec_file)
    if spec_file.suffix in (".yml", ".yaml"):
        spec = parse_environment_yml(text, name)
        chans = spec.channels or list(channels)
        specs = spec.conda or ["python"]
        create_conda_env(job, target, specs, chans)
        if spec.pip:
            with tempfile.TemporaryDirectory(prefix="envdock-pip-") as tmp:
                req = Path(tmp) / "requirements.txt"
                req.write_text("\n".join(spec.pip) + "\n")
                pip_install(job, target, ["-r", str(req)])
        return Path(target)
    parse_requirements(text, name)
    return create_venv(job, CreateOptions(Path(target), python, False, "pip", spec_file))


# -- back up all / restore all --------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RestoreResult:
    name: str
    path: str
    outcome: str  # "created" | "skipped" | "failed"
    message: str = ""


def _file_stem(env: Environment) -> str:
    digest = hashlib.sha1(str(env.path).encode()).hexdigest()[:8]
    return f"{env.name.replace('/', '_').replace(':', '_')}-{digest}"


def backup_all(
    job: Job, envs: Sequence[Environment], folder: Path, channels: Sequence[str] = ("conda-forge",)
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for i, env in enumerate(envs):
        job.check_cancelled()
        job.set_progress(i / max(1, len(envs)))
        packages = read_packages(env.path, with_size=False)
        stem = _file_stem(env)
        if env.kind.is_conda_like:
            spec_name = f"{stem}.environment.yml"
            (folder / spec_name).write_text(to_environment_yml(env.name, packages, channels))
        else:
            spec_name = f"{stem}.requirements.txt"
            (folder / spec_name).write_text(to_requirements(packages))
        entries.append(
            {
                "name": env.name,
                "kind": env.kind.value,
                "path": str(env.path),
                "python_version": env.python_version,
                "spec": spec_name,
                "system_site_packages": env.system_site_packages,
                "base_interpreter": env.base_interpreter,
            }
        )
        job.log(f"saved {env.name} ({env.kind.value}) → {spec_name}")
    manifest = {"format": 1, "created": time.strftime("%Y-%m-%dT%H:%M:%S"), "environments": entries}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2))
    job.set_progress(1.0)
    return folder / MANIFEST


def _pick_python(version: str, interpreters: Sequence[Environment]) -> str:
    short = ".".join(version.split(".")[:2])
    for env in interpreters:
        if env.interpreter and env.python_version.startswith(short) and env.healthy:
            return env.interpreter
    return ""


def restore_all(
    job: Job, folder: Path, interpreters: Sequence[Environment] = ()
) -> list[RestoreResult]:
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
        entries = list(manifest["environments"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EnvDockError(
            translate("core", "{folder} holds no readable {MANIFEST}").format(
                folder=folder, MANIFEST=MANIFEST
            ),
            translate("core", "Choose the folder EnvDock's 'Back up all' wrote."),
        ) from exc
    results = []
    for i, entry in enumerate(entries):
        job.check_cancelled()
        job.set_progress(i / max(1, len(entries)))
        name, path = str(entry.get("name", "?")), Path(str(entry.get("path", "")))
        if os.path.lexists(path):
            results.append(
                RestoreResult(name, str(path), "skipped", translate("core", "already exists"))
            )
            job.log(f"skipped {name}: {path} exists")
            continue
        try:
            spec = folder / str(entry["spec"])
            python = _pick_python(str(entry.get("python_version", "")), interpreters)
            if spec.name.endswith(".yml"):
                create_from_file(job, spec, path)
            else:
                text, fname = read_spec_file(spec)
                parse_requirements(text, fname)
                opts = CreateOptions(
                    path,
                    python,
                    bool(entry.get("system_site_packages")),
                    "pip",
                    spec if text.strip() else None,
                )
                create_venv(job, opts)
            results.append(RestoreResult(name, str(path), "created"))
            job.log(f"restored {name} at {path}")
        except Exception as exc:
            err = describe(exc)
            results.append(RestoreResult(name, str(path), "failed", err.message))
            job.log(f"FAILED {name}: {err.message}")
    job.set_progress(1.0)
    return results
