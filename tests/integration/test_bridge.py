"""The bridge: a Dockerfile from a real environment, built for real, and the parity check.

The base image is a Debian root filesystem with python3 (see tests/support/python_image),
the environment the zoo's virtualenv with an editable project and a package installed
from a local wheel; every requirement is put in the context, so the build needs no index.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.bridge.containerize import ContainerizeOptions, containerize
from core.bridge.parity import (
    DIFFERENT,
    MISSING_HERE,
    MISSING_THERE,
    container_packages,
    create_env_from,
    diff,
    difference_requirements,
    env_packages,
    image_packages,
)
from core.docker.build import BuildFailed, BuildRequest, build_image
from core.errors import DockerError, EnvDockError
from core.jobs import Job
from tests.support.engine import TEST_IMAGE
from tests.support.zoo import Zoo

pytestmark = [pytest.mark.engine, pytest.mark.timeout(900)]


def _job() -> Job:
    return Job("bridge", lambda j: None)


@pytest.fixture
def env_copy(zoo: Zoo, tmp_path: Path) -> Iterator[Path]:
    """The zoo's virtualenv (editable mylib, demo-c from a wheel file), copied to be changed."""
    source = zoo.envs["virtualenv"]
    target = tmp_path / "env"
    subprocess.run(
        [sys.executable, "-m", "virtualenv", "-q", "--no-periodic-update", str(target)], check=True
    )
    pip = [str(target / "bin" / "python"), "-m", "pip", "-q", "install", "--no-index"]
    subprocess.run([*pip, "--find-links", str(zoo.wheels), "demo-b"], check=True)
    subprocess.run(
        [*pip, "--no-build-isolation", "-e", str(zoo.projects / "mylib-src")], check=True
    )
    subprocess.run([*pip, str(zoo.wheels / "demo_c-3.0-py3-none-any.whl")], check=True)
    assert source.exists()
    yield target


def _app(tmp_path: Path) -> Path:
    app = tmp_path / "project"
    (app / "pkg").mkdir(parents=True)
    (app / "serve.py").write_text("print('serving')\n")
    (app / ".git").mkdir()
    (app / ".git" / "HEAD").write_text("ref: main\n")
    (app / "pkg" / "__pycache__").mkdir()
    return app


def test_generate_build_run_and_parity(
    docker_client: Any, python_base: str, env_copy: Path, zoo: Zoo, tmp_path: Path
) -> None:
    out = tmp_path / "ctx"
    result = containerize(
        _job(),
        ContainerizeOptions(
            env_copy, out, base=python_base, project=_app(tmp_path), port=9002,
            command="python3 -m http.server 9002", vendor=True,
            find_links=(zoo.wheels,), no_index=True,
        ),
    )  # fmt: skip
    text = result.dockerfile.read_text()
    assert text.count("FROM ") == 2 and "AS builder" in text  # local wheels → builder stage
    assert f"FROM {python_base}" in text
    assert "EXPOSE 9002" in text and 'CMD ["python3", "-m", "http.server", "9002"]' in text
    assert "--no-index --find-links /tmp/wheels" in text
    reqs = (out / "requirements.txt").read_text().split()
    assert {"demo-a==1.1", "demo-b==2.0", "demo-c==3.0", "mylib==0.1.0"} <= set(reqs)
    wheels = {p.name.split("-")[0].replace("_", "-") for p in (out / "wheels").iterdir()}
    assert {"demo-a", "demo-b", "demo-c", "mylib"} <= wheels
    assert (
        not (out / "app" / ".git").exists() and not (out / "app" / "pkg" / "__pycache__").exists()
    )
    assert (out / "app" / "serve.py").exists()
    assert result.warnings == []

    tag = "envdock-test/bridge:1"
    build_image(_job(), docker_client, BuildRequest(out, tags=(tag,)))
    image = docker_client.inspect_image(tag)
    assert "9002/tcp" in (image["Config"].get("ExposedPorts") or {})
    cid = docker_client.create_container(tag, command=["sleep", "600"])["Id"]
    docker_client.envdock_created.append(cid)
    docker_client.start(cid)

    here = env_packages(env_copy)
    there = container_packages(docker_client, cid)
    assert there.python.startswith("3.")
    assert diff(here, there) == []  # the container holds exactly the environment
    assert diff(here, image_packages(docker_client, tag)) == []
    # the wheel files stayed in the builder stage
    files = docker_client.exec_start(
        docker_client.exec_create(cid, ["sh", "-c", "ls /tmp/wheels 2>&1; ls /app"])
    ).decode()
    assert "No such file" in files and "serve.py" in files

    # change the environment on purpose: upgrade one package, remove one, add one
    pip = [str(env_copy / "bin" / "python"), "-m", "pip", "-q"]
    subprocess.run([*pip, "uninstall", "-y", "demo-c"], check=True)
    subprocess.run([*pip, "install", "--no-index", "--find-links", str(zoo.wheels),
                    "--force-reinstall", "--no-deps", "demo-a==1.0"], check=True)  # fmt: skip
    extra = tmp_path / "extra"
    from tests.support.wheels import make_wheel

    make_wheel(extra, "demo-new", "0.5")
    subprocess.run(
        [*pip, "install", "--no-index", "--find-links", str(extra), "demo-new"], check=True
    )
    rows = {r.name: r for r in diff(env_packages(env_copy), there)}
    assert rows["demo-a"].status == DIFFERENT
    assert (rows["demo-a"].here, rows["demo-a"].there) == ("1.0", "1.1")
    assert rows["demo-c"].status == MISSING_HERE and rows["demo-c"].there == "3.0"
    assert rows["demo-new"].status == MISSING_THERE and rows["demo-new"].here == "0.5"
    assert set(rows) == {"demo-a", "demo-c", "demo-new"}
    exported = difference_requirements(list(rows.values())).split()
    assert sorted(exported) == ["demo-a==1.0", "demo-new==0.5"]


def test_local_environment_from_a_container(  # noqa: PLR0917 - pytest fixtures
    docker_client: Any, python_base: str, env_copy: Path, zoo: Zoo, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    out = tmp_path / "ctx"
    containerize(
        _job(),
        ContainerizeOptions(env_copy, out, base=python_base, vendor=True,
                            find_links=(zoo.wheels,), no_index=True),
    )  # fmt: skip
    build_image(_job(), docker_client, BuildRequest(out, tags=("envdock-test/bridge:2",)))
    cid = docker_client.create_container("envdock-test/bridge:2", command=["sleep", "600"])["Id"]
    docker_client.envdock_created.append(cid)
    docker_client.start(cid)
    there = container_packages(docker_client, cid)
    # the new environment installs from the same files the image was built from
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(out / "wheels"))
    made = create_env_from(_job(), there, tmp_path / "from-container")
    assert diff(env_packages(made), there) == []


def test_bad_input_says_what_is_wrong(
    docker_client: Any, python_base: str, zoo: Zoo, tmp_path: Path
) -> None:
    # an environment whose interpreter is broken
    with pytest.raises(EnvDockError, match="no working Python interpreter"):
        containerize(_job(), ContainerizeOptions(zoo.envs["broken"], tmp_path / "a"))
    # an output folder that is not empty
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("x")
    with pytest.raises(EnvDockError, match="not empty"):
        containerize(_job(), ContainerizeOptions(zoo.envs["virtualenv"], busy))
    # a package installed from a path that no longer exists: a warning, the rest goes ahead
    env = tmp_path / "gone-env"
    subprocess.run([sys.executable, "-m", "virtualenv", "-q", str(env)], check=True)
    wheel_dir = tmp_path / "tmpwheels"
    from tests.support.wheels import make_wheel

    wheel = make_wheel(wheel_dir, "demo-gone", "1.0")
    subprocess.run([str(env / "bin" / "python"), "-m", "pip", "-q", "install", "--no-index",
                    str(wheel)], check=True)  # fmt: skip
    subprocess.run([str(env / "bin" / "python"), "-m", "pip", "-q", "install", "--no-index",
                    "--find-links", str(zoo.wheels), "demo-a"], check=True)  # fmt: skip
    shutil.rmtree(wheel_dir)
    result = containerize(_job(), ContainerizeOptions(env, tmp_path / "b"))
    assert any("demo-gone" in w and "no longer exists" in w for w in result.warnings)
    assert "demo-a==1.1" in (tmp_path / "b" / "requirements.txt").read_text()
    assert "demo-gone" not in (tmp_path / "b" / "requirements.txt").read_text()
    # a container without Python (busybox)
    cid = docker_client.create_container(TEST_IMAGE, command=["sleep", "600"])["Id"]
    docker_client.envdock_created.append(cid)
    docker_client.start(cid)
    with pytest.raises(DockerError, match="has no Python"):
        container_packages(docker_client, cid)
    with pytest.raises(DockerError, match="has no Python"):
        image_packages(docker_client, TEST_IMAGE)
    # a base image that does not exist: the build says so
    ctx = tmp_path / "c"
    containerize(_job(), ContainerizeOptions(env, ctx, base="envdock-test/no-such-python:9"))
    with pytest.raises(BuildFailed, match=r"base image|not found|pull access"):
        build_image(_job(), docker_client, BuildRequest(ctx, tags=("envdock-test/never:1",)))


def test_conda_environment_gets_a_micromamba_dockerfile(zoo: Zoo, tmp_path: Path) -> None:
    out = tmp_path / "conda-ctx"
    result = containerize(_job(), ContainerizeOptions(zoo.envs["conda"], out, port=8000))
    assert result.conda and result.base.startswith("mambaorg/micromamba")
    text = result.dockerfile.read_text()
    assert "micromamba install --yes --name base --file /tmp/environment.yml" in text
    import yaml

    spec = yaml.safe_load((out / "environment.yml").read_text())
    deps = [d for d in spec["dependencies"] if isinstance(d, str)]
    assert "demo-b=2.1" in deps  # the zoo channel's build
    assert any(d.startswith("python=3.11") for d in deps)
    # the package installed with pip from a wheel file travels in the context
    pip = next(d["pip"] for d in spec["dependencies"] if isinstance(d, dict))
    assert pip == ["--find-links /tmp/wheels", "demo-c==3.0"]
    assert (out / "wheels" / "demo_c-3.0-py3-none-any.whl").exists()
    assert "COPY --chown=$MAMBA_USER:$MAMBA_USER wheels/ /tmp/wheels/" in text
    assert spec["channels"] == [f"file://{zoo.channel}"]
    # the zoo's channel is a folder on this disk: the build could not reach it
    assert any("Channels on this disk" in w for w in result.warnings)


def test_command_line(
    docker_client: Any, private_engine: Any, python_base: str, zoo: Zoo, tmp_path: Path
) -> None:
    """`envdock envs dockerfile` writes the context; `envdock docker parity` prints the diff."""
    import json

    from tests.integration.helpers import envdock_json

    out = tmp_path / "cli-ctx"
    written = envdock_json(
        ["envs", "dockerfile", str(zoo.envs["virtualenv"]), "--out", str(out), "--port", "8000",
         "--cmd", "python3 -m http.server 8000", "--json"]
    )  # fmt: skip
    assert written["dockerfile"] == str(out / "Dockerfile")
    assert written["port"] == 8000 and written["multi_stage"] is True
    assert "mylib==0.1.0" in written["requirements"]
    assert (out / "Dockerfile").read_text().count("FROM ") == 2
    # bad input: exit 1 with the reason, nothing written
    busy = subprocess.run(
        [sys.executable, "-m", "gui", "envs", "dockerfile", str(zoo.envs["virtualenv"]),
         "--out", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert busy.returncode == 1 and "not empty" in busy.stderr and "Traceback" not in busy.stderr

    cid = docker_client.create_container(python_base, command=["sleep", "600"], name="cli-parity")
    docker_client.envdock_created.append(cid["Id"])
    docker_client.start(cid["Id"])
    report = subprocess.run(
        [sys.executable, "-m", "gui", "docker", "parity", "cli-parity", "--env",
         str(zoo.envs["venv"]), "--json"],
        capture_output=True, text=True, check=True, env=private_engine.env(),
    ).stdout  # fmt: skip
    data = json.loads(report)
    names = {d["name"]: d["status"] for d in data["differences"]}
    assert names == {"demo-a": "missing-there", "demo-b": "missing-there"}
    assert data["container"]["python"].startswith("3.")
