"""conda environments without conda: solve and install with py-rattler.

When a conda / mamba / micromamba command is on PATH the GUI may prefer it; this module is
the path that always works, and the one the tests exercise.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.errors import Cancelled, EnvDockError, ValidationError
from core.jobs import Job
from core.logfile import get_logger
from core.text import translate

log = get_logger("envs.conda")


def conda_cli() -> str | None:
    for name in ("mamba", "micromamba", "conda"):
        found = shutil.which(name)
        if found:
            return found
    return None


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("envdock", appauthor=False)) / "rattler" / "pkgs"


def _channel(name: str) -> Any:
    from rattler import Channel, ChannelConfig

    return Channel(name, ChannelConfig())


async def _solve_install(
    channels: Sequence[str], specs: Sequence[str], prefix: Path, cache_dir: Path, job: Job | None
) -> list[Any]:
    import rattler

    if job is not None:
        job.log(f"solving {' '.join(specs)} from {', '.join(channels)}")
    platforms: Any = [str(rattler.Subdir.current()), "noarch"]
    records = await rattler.solve(
        sources=[_channel(c) for c in channels],
        specs=list(specs),
        platforms=platforms,
        virtual_packages=rattler.VirtualPackage.detect(),
    )
    if job is not None:
        job.check_cancelled()
        job.set_progress(0.4)
        for r in records:
            job.log(f"  {r.name.normalized} {r.version} {r.build}")
        job.log(f"installing {len(records)} packages into {prefix}")
    installed = None
    meta = prefix / "conda-meta"
    if meta.is_dir():
        installed = [rattler.PrefixRecord.from_path(p) for p in meta.glob("*.json")]
    await rattler.install(
        records,
        target_prefix=str(prefix),
        cache_dir=cache_dir,
        installed_packages=installed,
        show_progress=False,
    )
    return list(records)


def _write_history(prefix: Path, specs: Sequence[str], records: list[Any], action: str) -> None:
    """conda-meta/history: what conda itself writes, so conda and EnvDock read it alike."""
    import time

    meta = prefix / "conda-meta"
    meta.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    lines = [f"==> {stamp} <==", f"# cmd: envdock (py-rattler) {action}"]
    lines += [
        f"+{r.channel.rstrip('/').rsplit('/', 1)[-1] if r.channel else ''}::"
        f"{r.name.normalized}-{r.version}-{r.build}"
        for r in records
    ]
    lines.append(f"# {action} specs: {list(specs)!r}")
    with open(meta / "history", "a", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def solve_and_install(  # noqa: PLR0917
    channels: Sequence[str],
    specs: Sequence[str],
    prefix: Path,
    cache_dir: Path | None = None,
    job: Job | None = None,
    action: str = "create",
) -> Path:
    if not specs:
        raise ValidationError(
            translate("core", "No packages given"),
            translate("core", "Name at least one package, e.g. python=3.11."),
        )
    cache = cache_dir or default_cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    try:
        records = asyncio.run(_solve_install(channels, specs, prefix, cache, job))
    except Cancelled:
        raise
    except Exception as exc:  # rattler raises its own exception classes
        text = str(exc).strip().splitlines()
        raise EnvDockError(
            translate("core", "Could not {action} the conda environment: {0}").format(
                text[0] if text else exc, action=action
            ),
            translate(
                "core", "Check the package names and versions and that the channels are reachable."
            ),
            details=str(exc),
        ) from exc
    _write_history(prefix, specs, records, action)
    return prefix


def create_conda_env(  # noqa: PLR0917
    job: Job,
    prefix: Path,
    specs: Sequence[str],
    channels: Sequence[str],
    cache_dir: Path | None = None,
    use_cli: bool | None = None,
) -> Path:
    """A new conda environment: through conda/mamba/micromamba when one is on PATH (or
    ``use_cli`` forces the choice), otherwise through py-rattler."""
    from core.envs.names import validate_new_env_path

    target = validate_new_env_path(prefix)
    existed = target.exists()
    job.set_progress(None)
    cli = conda_cli() if use_cli is None or use_cli else None
    try:
        if cli is not None:
            from core.procs import run_streaming

            run_streaming(
                conda_cli_create_args(cli, target, specs, channels),
                job.log,
                cancel_event=job.cancel_event,
            )
        else:
            solve_and_install(channels, specs, target, cache_dir, job)
        job.check_cancelled()
    except BaseException:
        if not existed and target.exists():
            shutil.rmtree(target, ignore_errors=True)
        raise
    job.set_progress(1.0)
    return target


def requested_specs(prefix: Path) -> list[str]:
    """The specs the user asked for over the environment's life (from history)."""
    from core.envs.packages import conda_requested_specs

    names = conda_requested_specs(prefix)
    return sorted(names)


def clone_conda_env(job: Job, source: Path, target: Path, cache_dir: Path | None = None) -> Path:
    """Install exactly the source's records (same versions and builds) into ``target``."""
    import rattler

    from core.envs.names import validate_new_env_path

    target = validate_new_env_path(target)
    records = [
        rattler.PrefixRecord.from_path(p) for p in sorted((source / "conda-meta").glob("*.json"))
    ]
    if not records:
        raise EnvDockError(
            translate("core", "{source} has no conda packages to clone").format(source=source)
        )
    cache = cache_dir or default_cache_dir()
    job.log(f"cloning {len(records)} packages from {source}")
    try:
        asyncio.run(
            rattler.install(
                list(records), target_prefix=str(target), cache_dir=cache, show_progress=False
            )
        )
        _write_history(target, requested_specs(source), records, "create")
    except BaseException:
        if target.exists():
            shutil.rmtree(target, ignore_errors=True)
        raise
    return target


def installed_channels(prefix: Path) -> list[str]:
    """The channels the prefix's packages came from (conda-meta records)."""
    from core.envs.markers import conda_records, read_json

    found: list[str] = []
    for record in conda_records(prefix):
        channel = str(read_json(record).get("channel", "") or "")
        if channel and channel not in found:
            found.append(channel.rstrip("/"))
    return found


def _update(  # noqa: PLR0917
    job: Job,
    prefix: Path,
    specs: list[str],
    channels: Sequence[str],
    action: str,
    cache_dir: Path | None,
) -> Path:
    chans = list(channels) or installed_channels(prefix) or ["conda-forge"]
    job.set_progress(None)
    solve_and_install(chans, specs, prefix, cache_dir, job, action=action)
    job.set_progress(1.0)
    return prefix


def conda_install(
    job: Job,
    prefix: Path,
    new_specs: Sequence[str],
    channels: Sequence[str] = (),
    cache_dir: Path | None = None,
) -> Path:
    """`conda install`: solve what the user asked for before plus the new specs."""
    from core.envs.packages import conda_requested_specs

    if not new_specs:
        raise ValidationError(
            translate("core", "No package given"),
            translate("core", "Type a spec such as numpy or numpy=1.26."),
        )
    new_names = {s.split("=")[0].split("<")[0].split(">")[0].split(" ")[0] for s in new_specs}
    keep = [s for s in sorted(conda_requested_specs(prefix)) if s not in new_names]
    return _update(job, prefix, [*keep, *new_specs], channels, "update", cache_dir)


def conda_remove(
    job: Job,
    prefix: Path,
    names: Sequence[str],
    channels: Sequence[str] = (),
    cache_dir: Path | None = None,
) -> Path:
    """`conda remove`: solve again without these packages (what needs them goes too)."""
    from core.envs.model import canonical_name
    from core.envs.packages import conda_requested_specs, read_conda_records

    gone = {canonical_name(n) for n in names}
    requested = conda_requested_specs(prefix)
    missing = gone - {p.key for p in read_conda_records(prefix)}
    if missing:
        raise ValidationError(
            translate("core", "Not installed with conda: {0}").format(", ".join(sorted(missing))),
            translate("core", "Uninstall pip packages with pip."),
        )
    keep = sorted(requested - gone)
    if not keep:
        raise ValidationError(
            translate("core", "That would leave the environment empty"),
            translate("core", "Delete the environment instead."),
        )
    _update(job, prefix, keep, channels, "remove", cache_dir)
    # record the removal as conda does, so `requested` stays right
    with open(prefix / "conda-meta" / "history", "a", encoding="utf-8") as f:
        f.write(f"# remove specs: {sorted(gone)!r}\n")
    return prefix


def conda_cli_create_args(
    cli: str, prefix: Path, specs: Sequence[str], channels: Sequence[str]
) -> list[str]:
    """The command line for conda / mamba / micromamba create (used when one is installed)."""
    args = [cli, "create", "--yes", "--prefix", str(prefix)]
    if channels and Path(cli).name in ("micromamba", "mamba"):
        args.append("--override-channels")
    for channel in channels:
        args += ["--channel", channel]
    return [*args, *specs]
