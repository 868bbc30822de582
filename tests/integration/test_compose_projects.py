"""The compose core against real compose (v2 plugin and Debian's v1) on the private engine:
finding the tool, config resolution and its problems on their lines, up / scale /
recreate / down changing exactly what compose does, the panel's rows, failures that name
their cause, and a cancelled up that leaves nothing half-made."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from core.compose.actions import (
    UpOptions,
    down_argv,
    down_would_remove,
    recreate_argv,
    scale_argv,
    up_argv,
)
from core.compose.config import ComposeConfigError, resolve
from core.compose.projects import ProjectRef, project_rows, ref_from_path, service_rows
from core.compose.tool import ComposeMissing, ComposeTool, find_tool, redetect, run_env
from core.compose.tool import engine_env as compose_engine_env
from core.docker.contexts import EngineSpec
from core.docker.endpoint import Endpoint, TLSSettings
from core.errors import SubprocessFailed
from core.jobs import JobState
from tests.integration.compose_helpers import (
    by_service,
    containers,
    down_quietly,
    engine_env,
    ok,
    real_compose,
    run_job,
    tool_for,
    unique,
    wait_for,
    write_project,
)
from tests.support.compose import V1_PATH, V2_VERSION, compose_env
from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.remote import SshServer
from tests.support.tls import CertSet, make_certs

VERSIONS = ["v2", "v1"]


@dataclass
class Project:
    which: str
    command: tuple[str, ...]
    tool: ComposeTool
    env: dict[str, str]
    ref: ProjectRef
    client: Any
    web_image: str


@pytest.fixture(scope="module", params=VERSIONS)
def project(
    request: pytest.FixtureRequest,
    private_engine: PrivateEngine,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Project]:
    """The shared project, brought up once per compose by our own ``up``."""
    which = str(request.param)
    command: tuple[str, ...] = request.getfixturevalue(f"compose_{which}")
    env = engine_env(private_engine)
    tool = tool_for(which, command, env)
    web_image = f"envdk-web-{which}-{os.getpid()}"
    folder = write_project(tmp_path_factory.mktemp(f"proj{which}") / "Shop.App", web_image)
    ref = ref_from_path(folder, name=unique(f"envdkp{which}"))
    client = private_engine.client()
    try:
        ok(run_job(tool, ref, up_argv(tool, ref, UpOptions(build=True)), env))
        yield Project(which, command, tool, env, ref, client, web_image)
    finally:
        down_quietly(command, ref.name, folder, env)
        try:
            client.remove_image(f"{web_image}:t1", force=True)
        except Exception:
            pass
        client.close()


def test_find_tool_picks_the_plugin_then_v1_and_says_how_to_install(
    compose_v2: tuple[str, ...], compose_v1: tuple[str, ...], tmp_path: Path
) -> None:
    env = engine_env_plain()
    tool = redetect(env)
    assert tool.is_plugin and tool.version == V2_VERSION and tool.major == 2
    assert tool.label == f"docker compose {V2_VERSION}"
    assert find_tool(env) is tool  # kept: no second detection
    only_v1 = tmp_path / "only-v1"
    only_v1.mkdir()
    (only_v1 / "docker-compose").symlink_to(V1_PATH)
    v1 = find_tool({**env, "PATH": str(only_v1)})
    assert v1.argv == (str(only_v1 / "docker-compose"),) and v1.major == 1
    assert v1.label.startswith("docker-compose 1.")
    assert "v2" in v1.why_not("watch") and v1.why_not("ls")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ComposeMissing) as err:
        find_tool({**env, "PATH": str(empty)})
    assert "not installed" in err.value.message
    assert "docker-compose-plugin" in err.value.hint and "docker-compose" in err.value.hint


def engine_env_plain() -> dict[str, str]:
    from tests.support.compose import compose_env

    return compose_env()


def test_up_made_what_the_files_say(project: Project) -> None:
    p = project
    services = by_service(p.client, p.ref.name)
    assert set(services) == {"db", "web"}  # debug's profile is off
    assert all(len(ids) == 1 for ids in services.values())
    web = p.client.inspect_container(services["web"][0])
    env = dict(e.split("=", 1) for e in web["Config"]["Env"])
    assert env["GREETING"] == "hello" and env["MODE"] == "override"  # .env and the override
    assert web["Config"]["Image"] == f"{p.web_image}:t1"
    assert set(web["NetworkSettings"]["Networks"]) == {f"{p.ref.name}_front", f"{p.ref.name}_back"}
    db = p.client.inspect_container(services["db"][0])
    assert db["State"]["Health"]["Status"] == "healthy"  # up waited for it (depends_on)
    assert [m["Name"] for m in db["Mounts"]] == [f"{p.ref.name}_data"]


def test_config_resolves_every_profile_and_unsaved_text(project: Project) -> None:
    p = project
    model = resolve(p.tool, p.ref, env=p.env)
    assert set(model.services) == {"db", "web", "debug"}
    assert model.profiles == ("debug",)
    assert not model.services["debug"].active and model.services["web"].active
    web = model.services["web"]
    assert web.image == f"{p.web_image}:t1"
    assert web.build_context == str(p.ref.workdir / "web")
    assert [(d.service, d.condition) for d in web.depends_on] == [("db", "service_healthy")]
    assert set(web.networks) == {"front", "back"}
    assert model.services["db"].healthcheck and [
        m.source for m in model.services["db"].volumes
    ] == ["data"]
    assert model.volumes["data"].name == f"{p.ref.name}_data"
    assert {n.name for n in model.networks.values()} >= {
        f"{p.ref.name}_front",
        f"{p.ref.name}_back",
    }
    assert "hello" in model.text and "${GREETING}" not in model.text

    on = resolve(p.tool, p.ref, env=p.env, profiles=("debug",))
    assert on.services["debug"].active

    # unsaved editor text: used instead of the file, and nothing is written to the folder
    before = {f: f.stat().st_mtime_ns for f in p.ref.workdir.rglob("*")}
    override = p.ref.files[1]
    edited = override.read_text() + "  extra:\n    image: ${WEB_IMAGE}:x\n    build: ./web\n"
    texts = {override: edited, p.ref.workdir / ".env": "WEB_IMAGE=edited\nTAG=t2\nGREETING=hi\n"}
    model = resolve(p.tool, p.ref, env=p.env, texts=texts)
    assert model.services["extra"].image == "edited:x"
    assert model.services["extra"].build_context == str(
        p.ref.workdir / "web"
    )  # still resolves there
    assert model.services["web"].image == "edited:t2"
    assert {f: f.stat().st_mtime_ns for f in p.ref.workdir.rglob("*")} == before

    bad = {override: edited + "  broken: [\n"}
    with pytest.raises(ComposeConfigError) as err:
        resolve(p.tool, p.ref, env=p.env, texts=bad)
    problem = err.value.problems[0]
    assert problem.file == override and problem.line == len(bad[override].splitlines()) + 1


def test_rows_and_ps_agree_with_compose(project: Project, tmp_path: Path) -> None:
    p = project
    live = containers(p.client, p.ref.name)
    rows = project_rows([p.ref], live)
    (row,) = [r for r in rows if r.name == p.ref.name]
    assert row.status == "running" and (row.running, row.total) == (2, 2)
    # a running project EnvDock was not given is linked to its files by the labels
    (seen,) = [r for r in project_rows([], live) if r.name == p.ref.name]
    assert seen.ref is not None and set(seen.ref.files) == set(p.ref.files)
    assert seen.ref.workdir == p.ref.workdir

    services = {s.name: s for s in service_rows(row, resolve(p.tool, p.ref, env=p.env))}
    assert list(services) == ["db", "web", "debug"]
    assert services["debug"].containers == () and not services["debug"].active
    assert services["web"].build_context and services["web"].running == 1
    assert services["db"].containers[0].health == "healthy"

    if p.which == "v2":
        theirs = real_compose(p.command, "-p", p.ref.name, "ps", "--format", "json",
                              cwd=p.ref.workdir, env=p.env)  # fmt: skip
        from tests.integration.compose_helpers import ps_v2_json

        expected = {
            (r["Service"], r["Name"], r["State"], r["Health"],
             frozenset((x["URL"], x["PublishedPort"], x["TargetPort"]) for x in r["Publishers"]
                       if x["PublishedPort"]))
            for r in ps_v2_json(theirs)
        }  # fmt: skip
        ours = {
            (s.name, c.name, c.state, c.health,
             frozenset((x.ip, x.public_port, x.private_port) for x in c.ports if x.public_port))
            for s in services.values() for c in s.containers
        }  # fmt: skip
        assert ours == expected
    else:
        ids = real_compose(p.command, "-p", p.ref.name, "ps", "-q", cwd=p.ref.workdir, env=p.env)
        assert set(ids.split()) == {c.id for s in services.values() for c in s.containers}


def test_scale_and_recreate_change_only_what_they_name(project: Project) -> None:
    p = project
    first = by_service(p.client, p.ref.name)
    ok(run_job(p.tool, p.ref, scale_argv(p.tool, p.ref, "web", 2), p.env))
    scaled = by_service(p.client, p.ref.name)
    assert scaled["db"] == first["db"]
    assert len(scaled["web"]) == 2 and set(first["web"]) < set(scaled["web"])

    ok(run_job(p.tool, p.ref, recreate_argv(p.tool, p.ref, "db"), p.env))
    recreated = by_service(p.client, p.ref.name)
    assert len(recreated["db"]) == 1 and recreated["db"] != scaled["db"]
    assert recreated["web"] == scaled["web"]

    ok(run_job(p.tool, p.ref, scale_argv(p.tool, p.ref, "web", 1), p.env))
    back = by_service(p.client, p.ref.name)
    assert back["web"] == first["web"]  # the first replica stays, the added one goes
    assert back["db"] == recreated["db"]


def test_down_removes_what_it_said_it_would(project: Project) -> None:
    """(last in the module: the shared project goes)"""
    p = project
    model = resolve(p.tool, p.ref, env=p.env)
    volumes, images = down_would_remove(p.tool, p.ref, model, volumes=True, images=None)
    assert volumes == [f"{p.ref.name}_data"] and images == []
    existing = {v["Name"] for v in p.client.volumes()["Volumes"] or []}
    assert set(volumes) <= existing
    networks_before = {n["Name"] for n in p.client.networks()}
    ok(run_job(p.tool, p.ref, down_argv(p.tool, p.ref, volumes=True), p.env))
    assert containers(p.client, p.ref.name) == []
    after = {v["Name"] for v in p.client.volumes()["Volumes"] or []}
    assert existing - after == set(volumes)
    gone_networks = networks_before - {n["Name"] for n in p.client.networks()}
    assert {f"{p.ref.name}_front", f"{p.ref.name}_back"} <= gone_networks
    assert all(n.startswith(f"{p.ref.name}_") for n in gone_networks)


# -- problems ----------------------------------------------------------------------------------
BROKEN = {
    "syntax.yaml": ("services:\n  web:\n    image: busybox\n   command: x\n", 4),
    "unknown.yaml": ("services:\n  web:\n    image: busybox\n    comand: x\n", 4),
    "noimage.yaml": ("services:\n  other:\n    image: busybox\n  web:\n    command: x\n", 4),
}


@pytest.mark.parametrize("which", VERSIONS)
def test_config_problems_are_on_their_lines(
    which: str, request: pytest.FixtureRequest, private_engine: PrivateEngine, tmp_path: Path
) -> None:
    command: tuple[str, ...] = request.getfixturevalue(f"compose_{which}")
    env = engine_env(private_engine)
    tool = tool_for(which, command, env)
    for name, (text, line) in BROKEN.items():
        path = tmp_path / name
        path.write_text(text)
        with pytest.raises(ComposeConfigError) as err:
            resolve(tool, ref_from_path(path, name="broken"), env=env)
        (problem,) = err.value.problems
        assert (problem.file, problem.line) == (path, line), (name, problem)
        assert str(problem).startswith(f"{path}:{line}")
    gone = ProjectRef("gone", (tmp_path / "missing.yaml",), tmp_path)
    with pytest.raises(ComposeConfigError) as err:
        resolve(tool, gone, env=env)
    assert "not found" in err.value.message and str(tmp_path / "missing.yaml") in err.value.message


def _small_project(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "compose.yaml").write_text(text)
    return folder


@pytest.mark.parametrize("which", VERSIONS)
def test_a_taken_port_and_a_failing_build_are_named(
    which: str, request: pytest.FixtureRequest, private_engine: PrivateEngine, tmp_path: Path
) -> None:
    command: tuple[str, ...] = request.getfixturevalue(f"compose_{which}")
    env = engine_env(private_engine)
    tool = tool_for(which, command, env)
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    port = holder.getsockname()[1]
    folder = _small_project(tmp_path / "port", f"""\
services:
  web:
    image: {TEST_IMAGE}
    command: ["sleep", "600"]
    stop_signal: SIGKILL
    ports: ["127.0.0.1:{port}:80"]
""")  # fmt: skip
    ref = ref_from_path(folder, name=unique(f"envdkport{which}"))
    try:
        job = run_job(tool, ref, up_argv(tool, ref, UpOptions()), env)
        assert job.state is JobState.FAILED
        assert isinstance(job.error, SubprocessFailed)
        assert f"127.0.0.1:{port}" in job.error.message and "already in use" in job.error.message
        assert "another host port" in job.error.hint
    finally:
        holder.close()
        down_quietly(command, ref.name, folder, env)

    folder = _small_project(tmp_path / "build", "services:\n  web:\n    build: ./web\n")
    (folder / "web").mkdir()
    (folder / "web" / "Dockerfile").write_text(
        f"FROM {TEST_IMAGE}\nRUN echo step-one\nRUN echo about-to-fail && exit 3\n"
    )
    ref = ref_from_path(folder, name=unique(f"envdkbuild{which}"))
    try:
        job = run_job(tool, ref, up_argv(tool, ref, UpOptions(build=True)), env)
        assert job.state is JobState.FAILED and job.error is not None
        assert "RUN echo about-to-fail && exit 3" in job.error.message, job.error.message
        assert "3" in job.error.message.rsplit("exit 3", 1)[-1]  # the exit code is said
        assert any("about-to-fail" in line for line in job.lines())  # streamed to the log
        client = private_engine.client()
        assert containers(client, ref.name) == []  # nothing was made
        client.close()
    finally:
        down_quietly(command, ref.name, folder, env)


CANCEL_FILE = f"""\
services:
  db:
    image: {TEST_IMAGE}
    command: ["sleep", "600"]
    stop_signal: SIGKILL
    healthcheck:
      test: ["CMD", "test", "-f", "/never"]
      interval: 1s
      retries: 600
  web:
    image: {TEST_IMAGE}
    command: ["sleep", "600"]
    stop_signal: SIGKILL
    depends_on:
      db:
        condition: service_healthy
  extra:
    image: {TEST_IMAGE}
    command: ["sleep", "600"]
    stop_signal: SIGKILL
"""


@pytest.mark.parametrize("which", VERSIONS)
def test_a_cancelled_up_leaves_nothing_half_made(
    which: str, request: pytest.FixtureRequest, private_engine: PrivateEngine, tmp_path: Path
) -> None:
    command: tuple[str, ...] = request.getfixturevalue(f"compose_{which}")
    env = engine_env(private_engine)
    tool = tool_for(which, command, env)
    folder = _small_project(tmp_path / "cancel", CANCEL_FILE)
    ref = ref_from_path(folder, name=unique(f"envdkcancel{which}"))
    client = private_engine.client()
    try:
        # made before, never started: not this run's to remove
        real_compose(command, "-p", ref.name, "up", "--no-start", "extra", cwd=folder, env=env)
        (extra,) = containers(client, ref.name)
        assert extra.state == "created"

        def db_running() -> bool:
            return any(
                c.labels["com.docker.compose.service"] == "db" and c.state == "running"
                for c in containers(client, ref.name)
            )

        def cancel_when_waiting(job: Any) -> None:
            def watch() -> None:
                wait_for(db_running, 60)
                wait_for(lambda: any("Waiting" in x for x in job.lines()), 1.5)
                job.cancel()

            threading.Thread(target=watch, daemon=True).start()

        job = run_job(tool, ref, up_argv(tool, ref, UpOptions(services=("web",))), env,
                      on_start=cancel_when_waiting)  # fmt: skip
        assert job.state is JobState.CANCELLED, (job.state, job.error)
        left = {c.id: c for c in containers(client, ref.name)}
        assert extra.id in left and left[extra.id].state == "created"  # untouched
        new_created = [c for c in left.values() if c.id != extra.id and c.state == "created"]
        assert new_created == [], [c.name for c in new_created]
        services = {c.labels["com.docker.compose.service"] for c in left.values()}
        assert "db" in services  # compose started it: it stays (it was made whole)
        if which == "v2":  # v2 had made web before waiting for db: ours to remove
            assert any("Removed" in x and "web" in x for x in job.lines()), job.lines()[-5:]
    finally:
        down_quietly(command, ref.name, folder, env)
        client.close()


# -- engines elsewhere ---------------------------------------------------------------------------
REMOTE_FILE = f"""\
services:
  one:
    image: {TEST_IMAGE}
    command: ["sleep", "600"]
    stop_signal: SIGKILL
"""


@pytest.mark.parametrize("which", VERSIONS)
def test_compose_reaches_ssh_and_tls_engines(
    which: str,
    request: pytest.FixtureRequest,
    ssh_remote: tuple[PrivateEngine, SshServer],
    tls_remote: tuple[PrivateEngine, CertSet, int],
    tmp_path: Path,
) -> None:
    """engine_env points compose at the engine EnvDock means, not the one DOCKER_HOST names;
    v1 goes over ssh through EnvDock's tunnel (Debian's has no paramiko) and to a TLS engine
    whatever CA bundle the machine sets for requests."""
    command: tuple[str, ...] = request.getfixturevalue(f"compose_{which}")
    ssh_engine, server = ssh_remote
    tls_engine, certs, port = tls_remote
    tls = TLSSettings(True, str(certs.ca), str(certs.cert), str(certs.key))
    targets = [
        (ssh_engine, EngineSpec("gpu1", Endpoint(server.url, "context gpu1"), "context")),
        (tls_engine, EngineSpec("tls1", Endpoint(f"tcp://127.0.0.1:{port}", "t", tls), "context")),
    ]
    bogus = make_certs(tmp_path / "company").ca  # a company CA bundle that knows no engine
    user_env = compose_env(server.env()) | {
        "DOCKER_HOST": f"unix://{tmp_path}/elsewhere.sock",
        "REQUESTS_CA_BUNDLE": str(bogus),
        "CURL_CA_BUNDLE": str(bogus),
    }
    folder = _small_project(tmp_path / "remote", REMOTE_FILE)
    ref = ref_from_path(folder, name=unique(f"envdkremote{which}"))
    for engine, spec in targets:
        env = run_env(compose_engine_env(spec), base=user_env)
        tool = tool_for(which, command, env)
        client = engine.client()
        try:
            ok(run_job(tool, ref, up_argv(tool, ref, UpOptions()), env))
            assert set(by_service(client, ref.name)) == {"one"}, spec.name
            ok(run_job(tool, ref, down_argv(tool, ref), env))
            assert containers(client, ref.name) == []
        finally:
            down_quietly(command, ref.name, folder, env)
            client.close()
