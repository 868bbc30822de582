"""Discovery and packages against the zoo of real environments."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from core.envs.discovery import Discovery, default_context
from core.envs.model import EnvKind, canonical_name
from core.envs.packages import read_packages

EXPECTED_KINDS = {
    "venv": EnvKind.VENV,
    "virtualenv": EnvKind.VIRTUALENV,
    "system-site": EnvKind.VIRTUALENV,
    "uv": EnvKind.UV,
    "poetry": EnvKind.POETRY,
    "pipenv": EnvKind.PIPENV,
    "virtualenvwrapper": EnvKind.VIRTUALENVWRAPPER,
    "hatch": EnvKind.HATCH,
    "pyenv": EnvKind.PYENV,
    "pyenv-virtualenv": EnvKind.PYENV_VIRTUALENV,
    "broken": EnvKind.VENV,
    "conda-base": EnvKind.CONDA,
    "conda": EnvKind.CONDA,
    "conda-registered": EnvKind.CONDA,
    "conda-condarc": EnvKind.CONDA,
    "pixi": EnvKind.PIXI,
}


def _ctx(zoo: Any) -> Any:
    return default_context((zoo.projects,), env=zoo.env(), home=zoo.home, include_system=False)


@pytest.fixture(scope="module")
def found(zoo: Any) -> dict[Path, Any]:
    return {e.path: e for e in Discovery().discover(_ctx(zoo))}


def test_every_kind_is_found_with_its_kind(zoo: Any, found: dict[Path, Any]) -> None:
    for label, kind in EXPECTED_KINDS.items():
        path = zoo.envs[label]
        assert path in found, f"{label} not found at {path}"
        assert found[path].kind is kind, (label, found[path].kind)
    py = f"{sys.version_info.major}.{sys.version_info.minor}"
    for label in ("venv", "virtualenv", "uv", "poetry", "pyenv-virtualenv", "conda"):
        assert found[zoo.envs[label]].python_version.startswith(py), label


def test_decoys_and_duplicates_are_not_environments(zoo: Any, found: dict[Path, Any]) -> None:
    for label, path in zoo.decoys.items():
        assert path not in found, label
    assert len({p.resolve() for p in found}) == len(found)
    assert Path("/no/such/env") not in found


def test_health_and_flags(zoo: Any, found: dict[Path, Any]) -> None:
    broken = found[zoo.envs["broken"]]
    assert not broken.healthy
    assert "no longer exists" in broken.problem and "oldbase" in broken.problem
    assert all(found[zoo.envs[k]].healthy for k in EXPECTED_KINDS if k != "broken")
    assert found[zoo.envs["system-site"]].system_site_packages
    assert not found[zoo.envs["virtualenv"]].system_site_packages
    assert found[zoo.envs["conda-base"]].conda_base
    assert found[zoo.envs["conda-base"]].name == "base"
    assert found[zoo.envs["pixi"]].name == "pixiproj:default"


def _pip_list(env: Path, *flags: str) -> dict[str, str]:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--disable-pip-version-check",
            "--python",
            str(env / "bin" / "python"),
            "list",
            "--format",
            "json",
            *flags,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    return {canonical_name(p["name"]): p["version"] for p in json.loads(out)}


@pytest.mark.parametrize("label", ["venv", "virtualenv", "uv", "system-site"])
def test_packages_match_pip_list(zoo: Any, label: str) -> None:
    env = zoo.envs[label]
    ours = {p.key: p.version for p in read_packages(env)}
    flags = ("--local",) if label == "system-site" else ()
    assert ours == _pip_list(env, *flags)


def test_package_details(zoo: Any, found: dict[Path, Any]) -> None:
    pkgs = {p.key: p for p in read_packages(zoo.envs["venv"])}
    assert pkgs["demo-b"].requested is True and pkgs["demo-a"].requested is False
    assert pkgs["demo-b"].installer == "pip"
    assert pkgs["demo-b"].requires == ("demo-a>=1.0",)
    assert pkgs["demo-b"].size > 0
    assert found[zoo.envs["venv"]].package_count == 2
    full = {p.key: p for p in read_packages(zoo.envs["virtualenv"])}
    assert full["mylib"].editable and full["mylib"].origin.startswith("file://")
    assert full["demo-c"].origin.endswith("demo_c-3.0-py3-none-any.whl")


def test_conda_packages_from_conda_meta_and_pip(zoo: Any, found: dict[Path, Any]) -> None:
    pkgs = {p.key: p for p in read_packages(zoo.envs["conda"])}
    assert {k: (p.source, p.version) for k, p in pkgs.items()} == {
        "python": ("conda", "3.11.7"),
        "demo-a": ("conda", "1.0"),
        "demo-b": ("conda", "2.1"),
        "demo-c": ("pip", "3.0"),
    }
    assert pkgs["demo-b"].requested and not pkgs["demo-a"].requested
    assert pkgs["demo-b"].requires == ("demo-a >=1.0",)
    assert found[zoo.envs["conda"]].package_count == 4


def test_refresh_touches_only_what_changed(zoo: Any, tmp_path: Path) -> None:
    d = Discovery()
    first = d.discover(_ctx(zoo))
    assert d.inspected == len(first)
    d.discover(_ctx(zoo))
    assert d.inspected == len(first)  # nothing changed: nothing re-read
    env = zoo.envs["pipenv"]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(env / "bin" / "python"),
            "install",
            "--no-index",
            "--find-links",
            str(zoo.wheels),
            "demo-a==1.0",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    again = {e.path: e for e in d.discover(_ctx(zoo))}
    assert d.inspected == len(first) + 1
    assert again[env].package_count == 1


def test_cli_list_and_packages(zoo: Any) -> None:
    env = {**os.environ, **zoo.env()}
    out = subprocess.run(
        [sys.executable, "-m", "gui", "envs", "list", "--json", "--folder", str(zoo.projects)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    data = {d["path"]: d for d in json.loads(out)}
    for key in ("path", "kind", "name", "python_version", "package_count", "healthy", "problem"):
        assert all(key in d for d in data.values())
    assert data[str(zoo.envs["broken"])]["healthy"] is False
    assert data[str(zoo.envs["uv"])]["kind"] == "uv"
    out = subprocess.run(
        [sys.executable, "-m", "gui", "envs", "packages", str(zoo.envs["venv"]), "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert {(p["name"], p["version"]) for p in json.loads(out)} == {
        ("demo-a", "1.1"),
        ("demo-b", "2.0"),
    }
    bad = subprocess.run(
        [sys.executable, "-m", "gui", "envs", "packages", "/etc", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 1 and "not a Python environment" in bad.stderr
