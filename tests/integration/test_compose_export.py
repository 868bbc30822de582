"""Export to compose on the private engine: three hand-made containers → compose.yaml →
``docker compose config`` accepts it → ``up`` on a new project gives containers whose
inspect matches the originals (image, command, entrypoint, env, ports, mounts, restart
policy, healthcheck, network alias, labels, working_dir, user); the secret is in .env
(mode 600), not in the compose file. The same from a run dialog's RunSpec. Bad input: a
container that is gone, a read-only folder, a file that is not YAML."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from core.compose.export import read_dotenv
from core.compose.export_save import add_to_compose_file, save_export
from core.compose.export_services import export_containers, service_from_spec
from core.compose.files import SaveFailed
from core.docker.run_spec import build_spec, run_container
from core.errors import DockerError, ValidationError
from tests.integration.helpers import envdock_json
from tests.support.compose import compose_env
from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.readonly import read_only_folder

# A dollar (compose interpolation) and, for v2, a quote too (.env quoting): v1's .env reader
# (python-dotenv) keeps "\\$" inside double quotes, so no .env line gives both composes a
# value holding a quote and a dollar.
SECRETS = {"v2": "s3cr$t'x", "v1": "s3cr$t x"}


@dataclass
class Made:
    """What a test made on the engine, removed at the end whatever happened."""

    client: Any
    containers: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    volumes: list[str] = field(default_factory=list)
    projects: list[tuple[tuple[str, ...], Path, str]] = field(default_factory=list)


@pytest.fixture
def made(private_engine: PrivateEngine) -> Iterator[Made]:
    things = Made(private_engine.client())
    try:
        yield things
    finally:
        env = compose_env(private_engine.env())
        for command, folder, project in things.projects:
            subprocess.run(
                [*command, "-p", project, "down", "--remove-orphans"], cwd=folder, env=env,
                capture_output=True, timeout=180, check=False,
            )  # fmt: skip
        client = things.client
        for cid in things.containers:
            _quietly(client.remove_container, cid, force=True)
        for net in things.networks:
            _quietly(client.remove_network, net)
        for vol in things.volumes:
            _quietly(client.remove_volume, vol, force=True)
        client.close()


def _quietly(call: Any, *args: Any, **kwargs: Any) -> None:
    try:
        call(*args, **kwargs)
    except Exception:
        pass


def _free_ports(count: int) -> int:
    """The first of ``count`` consecutive TCP and UDP ports free on every address."""
    for first in range(30000 + os.getpid() % 20000, 65000, 7):
        try:
            for port in range(first, first + count):
                for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
                    with socket.socket(socket.AF_INET, kind) as s:
                        s.bind(("0.0.0.0", port))  # free on every address
            return first
        except OSError:
            continue
    raise AssertionError("no free ports")


def _compose(command: tuple[str, ...], folder: Path, env: dict[str, str], *args: str) -> str:
    proc = subprocess.run(
        [*command, *args], cwd=folder, env=env, capture_output=True, text=True, timeout=180,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, f"compose {' '.join(args)}: {proc.stderr}"
    return proc.stdout


def _by_service(client: Any, project: str) -> dict[str, dict[str, Any]]:
    label = f"com.docker.compose.project={project}"
    found = client.containers(all=True, filters={"label": label})
    return {
        c["Labels"]["com.docker.compose.service"]: client.inspect_container(c["Id"]) for c in found
    }


def _mounts(info: dict[str, Any]) -> set[tuple[Any, ...]]:
    """Mounts as (type, volume name or host path, destination, rw); an anonymous volume's
    name is new every time, so it counts as "anonymous"."""
    out = set()
    for m in info["Mounts"]:
        name = m.get("Name") or m.get("Source")
        if m["Type"] == "volume" and len(name) == 64:
            name = "anonymous"
        out.add((m["Type"], name, m["Destination"], m["RW"]))
    return out


def _same_run(original: dict[str, Any], new: dict[str, Any]) -> None:
    a, b = original["Config"], new["Config"]
    assert b["Image"] == a["Image"]
    assert b["Cmd"] == a["Cmd"] and b["Entrypoint"] == a["Entrypoint"]
    assert sorted(b["Env"]) == sorted(a["Env"])
    assert b.get("Healthcheck") == a.get("Healthcheck")
    assert (b["WorkingDir"], b["User"]) == (a["WorkingDir"], a["User"])
    ha, hb = original["HostConfig"], new["HostConfig"]
    assert (hb["PortBindings"] or {}) == (ha["PortBindings"] or {})
    assert hb["RestartPolicy"] == ha["RestartPolicy"]
    assert _mounts(new) == _mounts(original)
    # the user's labels come back; compose's own are the new project's
    own = {k: v for k, v in (a["Labels"] or {}).items() if not k.startswith("com.docker.compose")}
    assert own.items() <= (b["Labels"] or {}).items()


@pytest.mark.parametrize("which", ["v2", "v1"])
def test_three_containers_export_and_come_back_equivalent(
    which: str,
    request: pytest.FixtureRequest,
    made: Made,
    private_engine: PrivateEngine,
    tmp_path: Path,
) -> None:
    command: tuple[str, ...] = request.getfixturevalue(f"compose_{which}")
    client, tag, secret = made.client, f"exp{which}{os.getpid()}", SECRETS[which]
    volume, network = f"{tag}-data", f"{tag}-net"
    client.create_volume(volume)
    made.volumes.append(volume)
    client.create_network(network)
    made.networks.append(network)
    bind = tmp_path / "shared"
    bind.mkdir()
    port = _free_ports(4)
    first = client.create_container(
        TEST_IMAGE, ["sleep", "600"], name=f"{tag}-app",
        environment={"MODE": "a$b c", "API_TOKEN": secret},
        ports=[80, (81, "udp"), 90, 91],
        healthcheck={"test": ["CMD-SHELL", "test -d /data"], "interval": 5_000_000_000,
                     "timeout": 1_500_000_000, "retries": 2},
        host_config=client.create_host_config(
            port_bindings={80: port, "81/udp": ("127.0.0.1", port + 1), 90: port + 2,
                           91: port + 3},
            binds={volume: {"bind": "/data", "mode": "rw"},
                   str(bind): {"bind": "/host", "mode": "ro"}},
            restart_policy={"Name": "on-failure", "MaximumRetryCount": 3},
        ),
    )["Id"]  # fmt: skip
    made.containers.append(first)
    second = client.create_container(
        TEST_IMAGE, ["sleep", "600"], name=f"{tag}-web",
        host_config=client.create_host_config(network_mode=network),
        networking_config=client.create_networking_config(
            {network: client.create_endpoint_config(aliases=["web-alias"])}
        ),
    )["Id"]  # fmt: skip
    made.containers.append(second)
    third = client.create_container(
        TEST_IMAGE, ["-c", "sleep 600"], name=f"{tag}-job", entrypoint=["/bin/sh"],
        labels={"tier": "backend", "com.docker.compose.project": "elsewhere"},
        working_dir="/tmp", user="1000:1000",
    )["Id"]  # fmt: skip
    made.containers.append(third)
    for cid in (first, second, third):
        client.start(cid)

    saved = save_export(export_containers(client, [first, second, third]), tmp_path)
    compose_file = tmp_path / "compose.yaml"
    assert saved.path == compose_file and saved.services == (f"{tag}-app", f"{tag}-web",
                                                             f"{tag}-job")  # fmt: skip
    text = compose_file.read_text()
    assert secret not in text and "${API_TOKEN}" in text
    env_file = tmp_path / ".env"
    assert read_dotenv(env_file) == {"API_TOKEN": secret}
    assert stat.S_IMODE(env_file.stat().st_mode) == 0o600
    assert any(".env" in m for m in saved.messages())

    env = compose_env(private_engine.env())
    project = f"{tag}new"
    made.projects.append((command, tmp_path, project))
    _compose(command, tmp_path, env, "config", "--quiet")
    for cid in (first, second, third):  # their ports are the new containers' ports
        client.stop(cid, timeout=1)
    _compose(command, tmp_path, env, "-p", project, "up", "-d")

    new = _by_service(client, project)
    assert set(new) == set(saved.services)
    for cid, service in zip((first, second, third), saved.services, strict=True):
        _same_run(client.inspect_container(cid), new[service])
    assert new[f"{tag}-app"]["State"]["Running"]
    web = new[f"{tag}-web"]["NetworkSettings"]["Networks"]
    assert set(web) == {network} and "web-alias" in web[network]["Aliases"]
    job = new[f"{tag}-job"]["Config"]
    assert job["Labels"]["tier"] == "backend"
    assert job["Labels"]["com.docker.compose.project"] == project  # compose's, not the old


def test_a_run_spec_saved_as_a_service_runs_like_docker_run(
    made: Made, private_engine: PrivateEngine, compose_v2: tuple[str, ...], tmp_path: Path
) -> None:
    client, tag = made.client, f"spec{os.getpid()}"
    network = f"{tag}-net"
    client.create_network(network)
    made.networks.append(network)
    made.volumes.append(f"{tag}-cache")
    port = _free_ports(1)
    spec = build_spec(
        image=TEST_IMAGE, name=f"{tag}-svc", command="sleep 600",
        ports=[f"127.0.0.1:{port}:80"], volumes=[f"{tag}-cache:/cache", f"{tmp_path}:/w:ro"],
        env=["DB_PASSWORD=pw$1", "MODE=x"], labels=["tier=web"], restart="unless-stopped",
        network=network,
    )  # fmt: skip
    saved = save_export(service_from_spec(spec), tmp_path / "compose.yaml")
    assert saved.path == tmp_path / "compose.yaml" and "pw$1" not in saved.path.read_text()
    assert read_dotenv(tmp_path / ".env") == {"DB_PASSWORD": "pw$1"}
    env = compose_env(private_engine.env())
    _compose(compose_v2, tmp_path, env, "config", "--quiet")

    original = run_container(client, spec)  # what the run dialog would have run
    made.containers.append(original)
    client.stop(original, timeout=1)
    project = f"{tag}new"
    made.projects.append((compose_v2, tmp_path, project))
    _compose(compose_v2, tmp_path, env, "-p", project, "up", "-d")
    new = _by_service(client, project)
    assert set(new) == {f"{tag}-svc"}
    _same_run(client.inspect_container(original), new[f"{tag}-svc"])
    assert set(new[f"{tag}-svc"]["NetworkSettings"]["Networks"]) == {network}


def test_bad_input_is_refused_clearly(made: Made, tmp_path: Path) -> None:
    client = made.client
    gone = client.create_container(TEST_IMAGE, ["true"], name=f"gone{os.getpid()}")["Id"]
    client.remove_container(gone)
    with pytest.raises(DockerError) as vanished:
        export_containers(client, [gone])
    assert "does not exist" in vanished.value.message and gone[:12] in vanished.value.message

    kept = client.create_container(TEST_IMAGE, ["sleep", "1"], environment={"TOKEN": "t"})
    made.containers.append(kept["Id"])
    export = export_containers(client, [kept["Id"]])
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only_folder(folder):
        with pytest.raises((SaveFailed, ValidationError)) as refused:
            save_export(export, folder)
        assert str(folder) in refused.value.message and refused.value.hint
    assert list(folder.iterdir()) == []  # neither compose.yaml nor .env

    broken = tmp_path / "compose.yaml"
    broken.write_text("services:\n  db:\n    image: postgres\n  web: [\n")
    with pytest.raises(ValidationError) as not_yaml:
        add_to_compose_file(export, broken)
    assert "line 5" in not_yaml.value.message
    assert broken.read_text() == "services:\n  db:\n    image: postgres\n  web: [\n"
    assert not (tmp_path / ".env").exists()


def test_the_command_line_prints_or_writes_the_file(
    made: Made, private_engine: PrivateEngine, tmp_path: Path
) -> None:
    client, name = made.client, f"cli{os.getpid()}"
    made.containers.append(
        client.create_container(
            TEST_IMAGE, ["sleep", "5"], name=name, environment={"DB_PASSWORD": "pw", "N": "1"}
        )["Id"]
    )
    env = private_engine.env()
    printed = envdock_json(["docker", "export-compose", name, "--json"], env)
    assert yaml.safe_load(printed["compose"])["services"][name]["environment"] == {
        "DB_PASSWORD": "${DB_PASSWORD}",
        "N": "1",
    }
    assert "pw" not in json.dumps(printed) and printed["path"] is None
    written = envdock_json(["docker", "export-compose", name, "-o", str(tmp_path), "--json"], env)
    assert written["path"] == str(tmp_path / "compose.yaml") and written["services"] == [name]
    assert read_dotenv(tmp_path / ".env") == {"DB_PASSWORD": "pw"}
    added = envdock_json(["docker", "export-compose", name, "-o", written["path"], "--json"], env)
    assert added["services"] == [f"{name}-2"] and added["kept_text"]
    assert added["backup"] == str(tmp_path / "compose.yaml.bak")
    missing = subprocess.run(
        [sys.executable, "-m", "gui", "docker", "export-compose", f"{name}-gone"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert missing.returncode == 1 and "does not exist" in missing.stderr
