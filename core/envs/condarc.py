"""conda / mamba configuration: where environments live and which channels to use."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

CONDA_ROOT_NAMES = (
    "miniconda3",
    "miniforge3",
    "anaconda3",
    "mambaforge",
    "miniconda",
    "anaconda",
    "micromamba",
    ".conda",
    ".mamba",
)
SYSTEM_CONDA_ROOTS = (
    "/opt/conda",
    "/opt/miniconda3",
    "/opt/miniforge3",
    "/opt/anaconda3",
    "/usr/local/miniconda3",
    "/usr/local/anaconda3",
)


def condarc_files(home: Path, env: Mapping[str, str], roots: list[Path]) -> list[Path]:
    """Every .condarc / condarc.d / .mambarc file conda or mamba would read."""
    files = [
        Path("/etc/conda/.condarc"),
        Path("/etc/conda/condarc"),
        home / ".config" / "conda" / ".condarc",
        home / ".config" / "conda" / "condarc",
        home / ".conda" / ".condarc",
        home / ".conda" / "condarc",
        home / ".condarc",
        home / ".mambarc",
        home / ".config" / "mamba" / ".mambarc",
    ]
    dirs = [
        Path("/etc/conda/condarc.d"),
        home / ".config" / "conda" / "condarc.d",
        home / ".conda" / "condarc.d",
    ]
    for root in roots:
        files += [root / ".condarc", root / "condarc", root / ".mambarc"]
        dirs.append(root / "condarc.d")
    if env.get("CONDARC"):
        files.append(Path(env["CONDARC"]))
    if env.get("MAMBARC"):
        files.append(Path(env["MAMBARC"]))
    for d in dirs:
        try:
            files += sorted(p for p in d.iterdir() if p.suffix in (".yml", ".yaml"))
        except OSError:
            continue
    return [f for f in files if f.is_file()]


def load_yaml(path: Path) -> Any:
    import yaml

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, yaml.YAMLError):
        return None


def _expand(value: str, home: Path) -> Path:
    value = os.path.expandvars(value)
    if value.startswith("~"):
        value = str(home) + value[1:]
    return Path(value)


def envs_dirs(home: Path, env: Mapping[str, str], roots: list[Path]) -> list[Path]:
    dirs: list[Path] = []
    for path in condarc_files(home, env, roots):
        data = load_yaml(path)
        if isinstance(data, dict):
            for key in ("envs_dirs", "envs_path"):
                value = data.get(key)
                if isinstance(value, list):
                    dirs += [_expand(str(v), home) for v in value]
    for var in ("CONDA_ENVS_PATH", "CONDA_ENVS_DIRS"):
        if env.get(var):
            dirs += [_expand(p, home) for p in env[var].split(os.pathsep) if p]
    return dirs


def channels(home: Path, env: Mapping[str, str], roots: list[Path]) -> list[str]:
    """Channels from the user's condarc files; conda-forge when none is set."""
    found: list[str] = []
    for path in condarc_files(home, env, roots):
        data = load_yaml(path)
        if isinstance(data, dict) and isinstance(data.get("channels"), list):
            for ch in data["channels"]:
                if str(ch) != "defaults" and str(ch) not in found:
                    found.append(str(ch))
    return found or ["conda-forge"]


def conda_roots(home: Path, env: Mapping[str, str]) -> list[Path]:
    """Conda / mamba installation roots that may hold a base env and an envs/ folder."""
    roots = [home / name for name in CONDA_ROOT_NAMES]
    roots += [Path(p) for p in SYSTEM_CONDA_ROOTS]
    for var in ("MAMBA_ROOT_PREFIX", "CONDA_ROOT"):
        if env.get(var):
            roots.append(Path(env[var]))
    conda_exe = env.get("CONDA_EXE") or env.get("MAMBA_EXE")
    if conda_exe:
        roots.append(Path(conda_exe).resolve().parent.parent)
    if env.get("CONDA_PREFIX"):
        prefix = Path(env["CONDA_PREFIX"])
        roots.append(prefix.parent.parent if prefix.parent.name == "envs" else prefix)
    seen: list[Path] = []
    for r in roots:
        if r not in seen:
            seen.append(r)
    return seen
