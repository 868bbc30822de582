"""Both composes the harness gives (v2 plugin, v1 Debian package) really run a project
on the private engine: up -d, ps, down."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.support.compose import V2_VERSION, compose_env, docker_cli
from tests.support.engine import TEST_IMAGE, PrivateEngine

PROJECT_FILE = f"""\
version: '3'
services:
  web:
    image: {TEST_IMAGE}
    command: sleep 600
  worker:
    image: {TEST_IMAGE}
    command: sleep 600
"""


def _run(command: tuple[str, ...], *args: str, cwd: Path, env: dict[str, str]) -> str:
    proc = subprocess.run(
        [*command, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=180,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, f"{' '.join(args)}: {proc.stderr}"
    return proc.stdout


def _project_containers(client: Any, project: str) -> list[dict[str, Any]]:
    label = f"com.docker.compose.project={project}"
    return list(client.containers(all=True, filters={"label": label}))


def _ps_v2(out: str) -> dict[str, str]:
    """``docker compose ps --format json``: one object per line (or one array)."""
    text = out.strip()
    rows = json.loads(text) if text.startswith("[") else [json.loads(x) for x in text.splitlines()]
    return {row["ID"]: row["Service"] for row in rows}


@pytest.mark.parametrize("which", ["v2", "v1"])
def test_compose_up_ps_down(
    which: str, request: pytest.FixtureRequest, private_engine: PrivateEngine, tmp_path: Path
) -> None:
    command: tuple[str, ...] = request.getfixturevalue(f"compose_{which}")
    (tmp_path / "docker-compose.yml").write_text(PROJECT_FILE)
    project = f"envdk{which}{os.getpid()}"
    env = compose_env(private_engine.env())
    client = private_engine.client()
    base = (*command, "-p", project)
    try:
        _run(base, "up", "-d", cwd=tmp_path, env=env)
        made = _project_containers(client, project)
        assert {c["Labels"]["com.docker.compose.service"] for c in made} == {"web", "worker"}
        assert all(c["State"] == "running" for c in made), [c["State"] for c in made]
        # the compose that was asked made them: each labels its containers with its version
        (version,) = {c["Labels"]["com.docker.compose.version"] for c in made}
        assert version == V2_VERSION if which == "v2" else version.startswith("1."), version

        if which == "v2":
            listed = _ps_v2(_run(base, "ps", "--format", "json", cwd=tmp_path, env=env))
            services = {c["Id"]: c["Labels"]["com.docker.compose.service"] for c in made}
            full = {
                next(i for i in services if i.startswith(short)): s for short, s in listed.items()
            }
            assert full == services
        else:
            ids = _run(base, "ps", "-q", cwd=tmp_path, env=env).split()
            assert set(ids) == {c["Id"] for c in made}

        _run(base, "down", cwd=tmp_path, env=env)
        assert _project_containers(client, project) == []
        names = {n["Name"] for n in client.networks()}
        assert f"{project}_default" not in names
    finally:
        subprocess.run(
            [*base, "down", "--remove-orphans"], cwd=tmp_path, env=env, capture_output=True,
            timeout=180, check=False,
        )  # fmt: skip
        client.close()


def test_v2_plugin_lives_in_the_tests_docker_config(compose_v2: tuple[str, ...]) -> None:
    """Installed in the tests' DOCKER_CONFIG only, and every docker CLI here runs it
    (Debian's 20.10, which the harness uses, and any newer one on PATH)."""
    config = Path(os.environ["DOCKER_CONFIG"])
    plugin = config / "cli-plugins" / "docker-compose"
    assert plugin.is_file() and plugin.stat().st_mode & 0o777 == 0o755
    assert config.resolve() != (Path.home() / ".docker").resolve()
    assert compose_v2 == (docker_cli(), "compose")
    clis = {
        os.path.realpath(p) for d in os.get_exec_path() if os.access(p := f"{d}/docker", os.X_OK)
    }
    assert os.path.realpath(compose_v2[0]) in clis
    for cli in sorted(clis):
        out = subprocess.run(
            [cli, "compose", "version", "--short"], capture_output=True, text=True, timeout=60,
            check=False, env=compose_env(docker_config=config),
        )  # fmt: skip
        assert out.stdout.strip().removeprefix("v") == V2_VERSION, (cli, out.stderr)
