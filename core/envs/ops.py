"""Operations that change environments. Each is the work function of a core.jobs.Job:
it streams the output of the program it runs, honours cancel, and raises a typed error.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from core.envs import markers as mk
from core.envs.names import validate_new_env_path
from core.envs.runner import Runner, pip_runner, virtualenv_runner
from core.envs.safety import DeletePlan, check_deletable, delete_environment
from core.errors import EnvDockError, SubprocessFailed, ValidationError
from core.jobs import Job
from core.procs import run_streaming
from core.text import translate

SEEDS = ("pip", "all", "none")


def env_python(prefix: Path) -> Path:
    interp = mk.interpreter_path(prefix)
    if not interp.exists():
        raise EnvDockError(
            translate("core", "The environment {prefix} has no working Python interpreter").format(
                prefix=prefix
            ),
            translate(
                "core",
                "Its base Python may have been removed: recreate the environment from its spec.",
            ),
        )
    return interp


@dataclass(frozen=True, slots=True)
class CreateOptions:
    path: Path
    python: str = ""  # interpreter for -p; "" = the one running virtualenv
    system_site_packages: bool = False
    seed: str = "pip"  # "pip" | "all" (pip, setuptools, wheel) | "none"
    requirements: Path | None = None


def virtualenv_args(opts: CreateOptions, runner: Runner | None = None) -> list[str]:
    if opts.seed not in SEEDS:
        raise ValidationError(
            translate("core", "Unknown seed choice {0!r}").format(opts.seed),
            translate("core", "Use pip, all or none."),
        )
    runner = runner or virtualenv_runner(opts.python)
    args = [*runner.argv, "--no-periodic-update"]
    if opts.python:
        args += ["--python", opts.python]
    if opts.system_site_packages:
        args.append("--system-site-packages")
    if opts.seed == "none":
        args.append("--no-seed")
    elif opts.seed == "all":
        args += ["--setuptools", "bundle"]
    else:
        args += ["--no-setuptools"]
    args.append(str(opts.path))
    return args


class _Cleanup:
    """Removes a folder that this operation created, if it does not finish."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.existed = path.exists()

    def __call__(self) -> None:
        if not self.existed and self.path.exists():
            shutil.rmtree(self.path, ignore_errors=True)


def create_venv(job: Job, opts: CreateOptions) -> Path:
    target = validate_new_env_path(opts.path)
    if opts.python and not Path(opts.python).exists() and not shutil.which(opts.python):
        raise ValidationError(
            translate("core", "The interpreter {0} does not exist").format(opts.python),
            translate("core", "Pick one of the discovered Pythons."),
        )
    if opts.requirements is not None:
        from core.envs.specfiles import parse_requirements, read_spec_file

        text, name = read_spec_file(opts.requirements)
        parse_requirements(text, name)
    cleanup = _Cleanup(target)
    opts = CreateOptions(
        target, opts.python, opts.system_site_packages, opts.seed, opts.requirements
    )
    try:
        job.set_progress(None)
        job.log(f"$ virtualenv {target}")
        runner = virtualenv_runner(opts.python)
        run_streaming(
            virtualenv_args(opts, runner), job.log, cancel_event=job.cancel_event, env=runner.env
        )
        if opts.requirements is not None:
            job.set_progress(0.5)
            pip_install(job, target, ["-r", str(opts.requirements)])
    except BaseException:
        cleanup()
        raise
    job.set_progress(1.0)
    return target


def has_pip(prefix: Path) -> bool:
    return any((sp / "pip").is_dir() for sp in mk.site_packages_dirs(prefix))


def pip_command(prefix: Path, *args: str) -> Runner:
    """pip of the environment, or (when it has none) our pip aimed at it with --python."""
    interp = str(env_python(prefix))
    common = ["--disable-pip-version-check", "--no-input", *args]
    if has_pip(prefix):
        return Runner((interp, "-m", "pip", *common))
    runner = pip_runner()
    return Runner((*runner.argv, "--python", interp, *common), runner.env)


def _run_pip(job: Job, prefix: Path, args: Sequence[str], what: str) -> None:
    job.log("$ pip " + " ".join(args))
    command = pip_command(prefix, *args)
    try:
        run_streaming(command.argv, job.log, cancel_event=job.cancel_event, env=command.env)
    except SubprocessFailed as exc:
        last = [line for line in exc.details.splitlines() if line.strip()]
        reason = next(
            (line for line in reversed(last) if "ERROR" in line), last[-1] if last else ""
        )
        raise SubprocessFailed(
            translate("core", "pip {0} failed: {1}").format(what, reason.replace("ERROR: ", ""))
            if reason
            else translate("core", "pip {0} failed (exit code {1})").format(what, exc.returncode),
            returncode=exc.returncode,
            hint=translate(
                "core",
                "Check the package name and version, and that the package index is reachable.",
            ),
            details=exc.details,
        ) from exc


def pip_install(
    job: Job, prefix: Path, args: Sequence[str], no_deps: bool = False, upgrade: bool = False
) -> None:
    cmd = ["install"]
    if no_deps:
        cmd.append("--no-deps")
    if upgrade:
        cmd.append("--upgrade")
    cmd += list(args)
    _run_pip(job, prefix, cmd, "install")


def pip_uninstall(job: Job, prefix: Path, names: Sequence[str]) -> None:
    if not names:
        raise ValidationError(translate("core", "No package chosen to uninstall."))
    _run_pip(job, prefix, ["uninstall", "-y", *names], "uninstall")


def remove_env(job: Job, target: Path | DeletePlan) -> Path:
    """Delete the environment (a plan already shown to the user, or a path planned now):
    what it owns goes, the user's files beside it stay."""
    plan = target if isinstance(target, DeletePlan) else check_deletable(target)
    job.log(f"removing {plan.path} ({plan.size} bytes, marker {plan.marker})")
    job.log(plan.summary(limit=20))
    job.set_progress(None)
    delete_environment(plan)
    job.set_progress(1.0)
    return plan.path


def python_for(prefix: Path) -> str:
    """The interpreter a copy of this environment should be made from."""
    cfg = mk.read_pyvenv_cfg(prefix) or {}
    home = cfg.get("home")
    version = mk.version_from_cfg(cfg)
    if home:
        short = ".".join(version.split(".")[:2]) if version else ""
        for name in (f"python{short}" if short else "", "python3", "python"):
            if name and (Path(home) / name).exists():
                return str(Path(home) / name)
    interp = mk.interpreter_path(prefix)
    if interp.exists():
        return os.path.realpath(interp)
    raise EnvDockError(
        translate("core", "Cannot tell which Python made {prefix}").format(prefix=prefix),
        translate("core", "Its base interpreter is gone; pick an interpreter and recreate it."),
    )
