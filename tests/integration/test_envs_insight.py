"""Outdated packages against a real (local) index, the dependency tree, who has X,
activate commands, terminals and kernels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.envs.discovery import Discovery, default_context, inspect_path
from core.envs.insight import dependency_tree, outdated, who_has
from core.envs.ops import CreateOptions, create_venv, pip_install
from core.envs.packages import read_packages
from core.envs.shell import (
    activate_command,
    open_terminal,
    register_kernel,
)
from core.errors import EnvDockError
from core.jobs import Job, JobState


def test_outdated_against_the_configured_index(tmp_path: Path, offline_pip: Path) -> None:
    env = tmp_path / "old"
    assert Job("c", lambda j: create_venv(j, CreateOptions(env))).run() == env
    Job("i", lambda j: pip_install(j, env, ["demo-a==1.0", "demo-c"])).run()
    job = Job("o", lambda j: outdated(j, env))
    job.run()
    assert job.state is JobState.SUCCEEDED, job.error
    assert job.result == {"demo-a": "1.1"}


def test_dependency_tree(zoo: Any) -> None:
    tree = dependency_tree(read_packages(zoo.envs["venv"]), "3.11")
    assert [n.name for n in tree] == ["demo-b"]
    assert [c.name for c in tree[0].children] == ["demo-a"]
    conda = dependency_tree(read_packages(zoo.envs["conda"]), "3.11")
    names = {n.name: n for n in conda}
    assert "demo-b" in names and names["demo-b"].children[0].name == "demo-a"
    assert names["demo-b"].children[0].children[0].name == "python"


def test_who_has(zoo: Any) -> None:
    ctx = default_context((zoo.projects,), env=zoo.env(), home=zoo.home, include_system=False)
    envs = Discovery().discover(ctx)
    found = {env.path: pkg.version for env, pkg in who_has(envs, "Demo_A")}
    assert found[zoo.envs["venv"]] == "1.1"
    assert found[zoo.envs["conda"]] == "1.0"
    assert zoo.envs["uv"] not in found


def test_activate_commands(zoo: Any) -> None:
    venv = inspect_path(zoo.envs["venv"])
    conda = inspect_path(zoo.envs["conda"])
    assert venv is not None and conda is not None
    assert activate_command(venv) == f"source {zoo.envs['venv']}/bin/activate"
    assert activate_command(conda) == f"conda activate {zoo.envs['conda']}"
    weird = Path("/tmp/it's here")
    from dataclasses import replace

    assert "'\"'\"'" in activate_command(replace(venv, path=weird)) or "\\'" in activate_command(
        replace(venv, path=weird)
    )


def test_no_terminal_is_a_clear_error(zoo: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    env = inspect_path(zoo.envs["venv"])
    assert env is not None
    with pytest.raises(EnvDockError, match="No terminal"):
        open_terminal(env)


def test_kernel_needs_ipykernel(zoo: Any) -> None:
    env = inspect_path(zoo.envs["venv"])
    assert env is not None
    job = Job("k", lambda j: register_kernel(j, env, "zoo-venv"))
    job.run()
    assert job.state is JobState.FAILED and job.error is not None
    assert "ipykernel" in job.error.message and "Install" in job.error.hint
    bad = Job("k", lambda j: register_kernel(j, env, "bad name"))
    bad.run()
    assert bad.state is JobState.FAILED and "space" in bad.error.message  # type: ignore[union-attr]
