"""Reading what lies on disk: pyvenv.cfg, conda-meta, patchlevel.h, site-packages."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from core.envs.model import canonical_name

PYVENV_CFG = "pyvenv.cfg"
CONDA_HISTORY = Path("conda-meta") / "history"
_PY_DIR = re.compile(r"^python(\d+\.\d+)t?$")
_PATCHLEVEL = re.compile(r'#define\s+PY_VERSION\s+"([^"]+)"')


def read_pyvenv_cfg(root: Path) -> dict[str, str] | None:
    try:
        text = (root / PYVENV_CFG).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    cfg: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            cfg[key.strip().lower()] = value.strip()
    return cfg


def is_venv_root(root: Path) -> bool:
    return (root / PYVENV_CFG).is_file()


def is_conda_root(root: Path) -> bool:
    return (root / CONDA_HISTORY).is_file()


def is_env_root(root: Path) -> bool:
    return is_venv_root(root) or is_conda_root(root)


def version_from_cfg(cfg: dict[str, str]) -> str:
    for key in ("version_info", "version"):
        value = cfg.get(key, "")
        if value:
            parts = value.split(".")
            return ".".join(parts[:3]) if len(parts) >= 3 and parts[2].isdigit() else value
    return ""


def lib_python_dirs(root: Path) -> list[Path]:
    """``lib/pythonX.Y`` folders of a POSIX prefix (Windows: ``Lib``)."""
    found = []
    try:
        with os.scandir(root / "lib") as it:
            for entry in it:
                if _PY_DIR.match(entry.name) and entry.is_dir():
                    found.append(Path(entry.path))
    except OSError:
        pass
    if not found and (root / "Lib" / "site-packages").is_dir():
        found.append(root / "Lib")
    return sorted(found)


def site_packages_dirs(root: Path) -> list[Path]:
    dirs = []
    for lib in lib_python_dirs(root):
        sp = lib / "site-packages"
        if sp.is_dir():
            dirs.append(sp)
    return dirs


def system_site_dirs(prefix: Path, short: str) -> list[Path]:
    """Package folders of a system interpreter at ``prefix`` (``short``: "3.11"): its
    site-packages and, on Debian and Ubuntu, the dist-packages folders apt and pip use."""
    dirs = site_packages_dirs(prefix)
    for candidate in (
        prefix / "lib" / "python3" / "dist-packages",
        prefix / "local" / "lib" / f"python{short}" / "dist-packages",
        prefix / "lib" / f"python{short}" / "dist-packages",
    ):
        if candidate.is_dir() and candidate not in dirs:
            dirs.append(candidate)
    return dirs


def version_from_patchlevel(root: Path) -> str:
    include = root / "include"
    try:
        candidates = sorted(include.glob("python3*/patchlevel.h"))
    except OSError:
        return ""
    for header in candidates:
        try:
            match = _PATCHLEVEL.search(header.read_text(errors="replace"))
        except OSError:
            continue
        if match:
            return match.group(1)
    return ""


def version_from_conda_meta(root: Path) -> str:
    meta = root / "conda-meta"
    try:
        names = [e.name for e in os.scandir(meta)]
    except OSError:
        return ""
    for name in names:
        if name.startswith("python-") and name.endswith(".json") and name[7:8].isdigit():
            version = name[len("python-") :].split("-", 1)[0]
            if version:
                return version
    return ""


def version_from_lib_dir(root: Path) -> str:
    dirs = lib_python_dirs(root)
    for d in reversed(dirs):
        m = _PY_DIR.match(d.name)
        if m:
            return m.group(1)
    return ""


def python_version(root: Path) -> str:
    """The Python version of the environment at ``root`` from its files ("" when unknown)."""
    if is_conda_root(root):
        found = version_from_conda_meta(root)
        if found:
            return found
    return (
        version_from_cfg(read_pyvenv_cfg(root) or {})
        or version_from_patchlevel(root)
        or version_from_lib_dir(root)
    )


def interpreter_path(root: Path) -> Path:
    for rel in ("bin/python", "bin/python3", "python.exe", "Scripts/python.exe"):
        candidate = root / rel
        if os.path.lexists(candidate):
            return candidate
    return root / "bin" / "python"


def count_distributions(site_dirs: list[Path]) -> int:
    """Distinct packages in ``site_dirs`` (a package with both a .dist-info and an
    .egg-info, or in two folders, counts once — as the package list shows it)."""
    names: set[str] = set()
    for sp in site_dirs:
        try:
            with os.scandir(sp) as it:
                for entry in it:
                    if entry.name.endswith((".dist-info", ".egg-info")):
                        names.add(canonical_name(entry.name.rsplit(".", 1)[0].split("-", 1)[0]))
        except OSError:
            continue
    return len(names)


def conda_records(root: Path) -> list[Path]:
    try:
        return [
            Path(e.path)
            for e in os.scandir(root / "conda-meta")
            if e.name.endswith(".json") and e.is_file()
        ]
    except OSError:
        return []


def read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
