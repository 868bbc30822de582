"""``envdock compose …`` as a user runs it (the module, in a subprocess) with real compose on
the private engine: config (valid and invalid), up / ps / ls / down with v2 and with v1
(the only compose on PATH), ``--engine``, and compose missing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.docker import contexts
from tests.integration.compose_helpers import (
    by_service,
    containers,
    down_quietly,
    engine_env,
    ps_v2_json,
    real_compose,
    unique,
    write_project,
)
from tests.support.compose import V2_VERSION
from tests.support.engine import PrivateEngine


def envdock(
    args: list[str], env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    run_env = dict(env)
    run_env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], env=run_env, cwd=cwd, capture_output=True,
        text=True, timeout=180, check=False,
    )  # fmt: skip


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr


def test_config_valid_and_invalid(
    compose_v2: tuple[str, ...], private_engine: PrivateEngine, tmp_path: Path
) -> None:
    env = engine_env(private_engine)
    folder = write_project(tmp_path / "proj", "envdk-cli-web")
    proc = envdock(["compose", "config", str(folder), "--json"], env)
    assert proc.returncode == 0, proc.stderr
    model = json.loads(proc.stdout)
    assert model["valid"] and model["tool"] == f"docker compose {V2_VERSION}"
    assert set(model["services"]) == {"db", "web", "debug"} and model["profiles"] == ["debug"]
    assert model["services"]["web"]["depends_on"] == {
        "db": {"condition": "service_healthy", "required": True}
    }
    text = envdock(["compose", "config", str(folder / "compose.yaml")], env)
    assert text.returncode == 0 and "GREETING: hello" in text.stdout

    bad = tmp_path / "bad.yaml"
    bad.write_text("services:\n  web:\n    image: busybox\n    comand: x\n")
    proc = envdock(["compose", "config", str(bad)], env)
    assert proc.returncode == 1 and proc.stdout == ""
    assert f"{bad}:4:5:" in proc.stderr and "comand" in proc.stderr
    no_traceback(proc)
    proc = envdock(["compose", "config", str(bad), "--json"], env)
    assert proc.returncode == 1
    (problem,) = json.loads(proc.stdout)["problems"]
    assert (problem["file"], problem["line"], problem["column"]) == (str(bad), 4, 5)


@pytest.mark.parametrize("which", ["v2", "v1"])
def test_up_ps_ls_down(
    which: str, request: pytest.FixtureRequest, private_engine: PrivateEngine, tmp_path: Path
) -> None:
    command: tuple[str, ...] = request.getfixturevalue(f"compose_{which}")
    env = engine_env(private_engine)
    if which == "v1":  # a docker CLI without the plugin: the CLI falls back to docker-compose
        env["DOCKER_CONFIG"] = str(tmp_path / "docker-config-without-plugins")
    folder = write_project(tmp_path / "proj", f"envdk-cli-{which}-{os.getpid()}")
    name = unique(f"envdkcli{which}")
    client = private_engine.client()
    try:
        proc = envdock(
            ["compose", "up", str(folder), "-p", name, "--profile", "debug", "--json"], env
        )
        assert proc.returncode == 0, proc.stderr
        no_traceback(proc)
        label = "docker compose" if which == "v2" else "docker-compose"
        assert f"{label} -p {name} -f {folder / 'compose.yaml'}" in proc.stderr  # the command
        listed = json.loads(proc.stdout)
        services = by_service(client, name)
        assert set(services) == {"db", "web", "debug"}
        assert {c["id"] for c in listed} == {i for ids in services.values() for i in ids}

        ps = envdock(["compose", "ps", name, "--json"], env)
        assert ps.returncode == 0, ps.stderr
        ours = json.loads(ps.stdout)
        if which == "v2":
            theirs = ps_v2_json(real_compose(command, "-p", name, "ps", "--format", "json",
                                             cwd=folder, env=env))  # fmt: skip
            assert {(c["service"], c["name"], c["state"], c["health"]) for c in ours} == {
                (t["Service"], t["Name"], t["State"], t["Health"]) for t in theirs
            }
            published = {
                (c["service"], p["ip"], p["public_port"], p["private_port"])
                for c in ours for p in c["ports"] if p["public_port"]
            }  # fmt: skip
            assert published == {
                (t["Service"], x["URL"], x["PublishedPort"], x["TargetPort"])
                for t in theirs for x in t["Publishers"] if x["PublishedPort"]
            }  # fmt: skip
        else:
            ids = real_compose(command, "-p", name, "ps", "-q", cwd=folder, env=env).split()
            assert {c["id"] for c in ours} == set(ids)

        ls = envdock(["compose", "ls", "--json"], env)
        assert ls.returncode == 0, ls.stderr
        (row,) = [r for r in json.loads(ls.stdout) if r["name"] == name]
        assert row["status"] == "running" and (row["running"], row["total"]) == (3, 3)
        assert row["services"] == ["db", "debug", "web"]
        assert row["config_files"] == [
            str(folder / "compose.yaml"),
            str(folder / "compose.override.yaml"),
        ]

        down = envdock(["compose", "down", str(folder), "-p", name, "--volumes"], env)
        assert down.returncode == 0, down.stderr
        assert containers(client, name) == []  # the debug profile's container too
        volumes = {v["Name"] for v in client.volumes()["Volumes"] or []}
        assert f"{name}_data" not in volumes
    finally:
        down_quietly(command, name, folder, env)
        try:
            client.remove_image(f"envdk-cli-{which}-{os.getpid()}:t1", force=True)
        except Exception:
            pass
        client.close()


def test_engine_option_and_bad_input(
    compose_v2: tuple[str, ...], private_engine: PrivateEngine, tmp_path: Path
) -> None:
    env = engine_env(private_engine)
    name = unique("envdkeng")
    folder = tmp_path / name.upper()  # the project is named after it, as compose does
    folder.mkdir()
    (folder / "compose.yaml").write_text(
        "services:\n  one:\n    image: envdock-test/busybox:latest\n"
        "    command: [sleep, '600']\n    stop_signal: SIGKILL\n"
    )
    context = unique("envdkctx")
    contexts.create_context(context, private_engine.base_url, env=env)
    elsewhere = dict(env, DOCKER_HOST=f"unix://{tmp_path}/nothing.sock")
    client = private_engine.client()
    try:
        # DOCKER_HOST points nowhere; --engine names the context of the private engine
        proc = envdock(["--engine", context, "compose", "up", str(folder)], elsewhere)
        assert proc.returncode == 0, proc.stderr
        assert set(by_service(client, name)) == {"one"}
        ps = envdock(["--engine", context, "compose", "ps", name, "--json"], elsewhere)
        assert [c["service"] for c in json.loads(ps.stdout)] == ["one"]
        by_file = envdock(
            ["--engine", context, "compose", "ps", str(folder / "compose.yaml"), "--json"],
            elsewhere,
        )
        assert json.loads(by_file.stdout) == json.loads(ps.stdout)
        lost = envdock(["compose", "ps", name], elsewhere)  # the engine DOCKER_HOST names
        assert lost.returncode == 1 and "nothing.sock" in lost.stderr
        no_traceback(lost)
    finally:
        down_quietly(compose_v2, name, folder, env)
        contexts.remove_context(context, env=env)
        client.close()

    usage = envdock(["compose", "up"], env)
    assert usage.returncode == 2 and "FILE" in usage.stderr
    missing = envdock(["compose", "up", str(tmp_path / "nope")], env)
    assert missing.returncode == 1 and "No such file or folder" in missing.stderr
    assert "hint:" in missing.stderr
    no_traceback(missing)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    nothing = envdock(["compose", "up", str(folder)], dict(env, PATH=str(empty)))
    assert nothing.returncode == 1
    assert "Docker Compose is not installed" in nothing.stderr
    assert "hint: Install the Docker Compose plugin" in nothing.stderr
    no_traceback(nothing)


def test_ps_of_an_unknown_project(
    compose_v2: tuple[str, ...], private_engine: PrivateEngine
) -> None:
    proc = envdock(["compose", "ps", unique("envdknone"), "--json"], engine_env(private_engine))
    assert proc.returncode == 1 and "No compose project named" in proc.stderr
    assert "envdock compose ls" in proc.stderr
    no_traceback(proc)
