"""Docker contexts, shared with the real docker CLI: what the CLI creates EnvDock lists and
uses; what EnvDock creates the CLI uses (`docker --context NAME ps -a`) with the same result."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from core.docker import contexts as ctx
from core.docker.contexts import TLSFiles
from core.errors import ValidationError
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine
from tests.support.tls import make_certs


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """The docker CLI and EnvDock on one private Docker config folder, no DOCKER_HOST."""
    env = {k: v for k, v in os.environ.items() if k not in ("DOCKER_HOST", "DOCKER_CONTEXT")}
    env["DOCKER_CONFIG"] = str(tmp_path / "docker-config")
    return env


def docker(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["docker", *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def cli_current(env: dict[str, str]) -> str:
    """The docker CLI's current context (20.10 has no `docker context show`)."""
    rows = [json.loads(line) for line in docker(env, "context", "ls", "--format", "{{json .}}")
            .splitlines()]  # fmt: skip
    return next(str(r["Name"]) for r in rows if r.get("Current"))


def _certs(folder: Path) -> TLSFiles:
    made = make_certs(folder)
    return TLSFiles(made.ca, made.cert, made.key)


def test_contexts_made_by_the_cli_are_listed_and_used(
    cli_env: dict[str, str], private_engine: PrivateEngine, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    docker(cli_env, "context", "create", "local-test", "--description", "the private engine",
           "--docker", f"host={private_engine.base_url}")  # fmt: skip
    certs = _certs(tmp_path / "certs")
    tls_host = f"host=tcp://127.0.0.1:23761,ca={certs.ca},cert={certs.cert},key={certs.key}"
    docker(cli_env, "context", "create", "tls-box", "--docker", tls_host)
    specs = {s.name: s for s in ctx.all_engines(cli_env, home)}
    assert {"default", "local-test", "tls-box"} <= set(specs)
    local = specs["local-test"]
    assert (local.host, local.kind, local.source) == (private_engine.base_url, "unix", "context")
    assert local.description == "the private engine"
    tls = specs["tls-box"]
    assert tls.kind == "tls" and tls.endpoint.tls is not None and tls.endpoint.tls.verify
    assert Path(tls.endpoint.tls.ca_cert or "").read_bytes() == (certs.ca or Path()).read_bytes()
    assert ctx.current_name(cli_env, home) == "default"
    docker(cli_env, "context", "use", "local-test")
    assert ctx.current_name(cli_env, home) == "local-test"
    assert ctx.resolve_endpoint(cli_env, home).base_url == private_engine.base_url
    assert ctx.current_name({**cli_env, "DOCKER_HOST": "unix:///x.sock"}, home) == "default"


def test_contexts_made_by_envdock_work_with_the_cli(
    cli_env: dict[str, str], private_engine: PrivateEngine, docker_client: Any, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    cid = create_container(docker_client, "ctx-visible")
    before = ctx.contexts_stamp(cli_env, home)
    spec = ctx.create_context("envdock-made", private_engine.base_url, description="made here",
                              env=cli_env, home=home)  # fmt: skip
    assert spec.source == "added" and spec.kind == "unix"
    assert ctx.contexts_stamp(cli_env, home) != before  # a watcher sees it without a restart
    listed = docker(cli_env, "--context", "envdock-made", "ps", "-a", "--no-trunc",
                    "--format", "{{.ID}}").split()  # fmt: skip
    assert cid in listed
    assert set(listed) == {c["Id"] for c in docker_client.containers(all=True)}
    lines = docker(cli_env, "context", "ls", "--format", "{{json .}}").splitlines()
    rows = {json.loads(line)["Name"]: json.loads(line) for line in lines}
    assert rows["envdock-made"]["DockerEndpoint"] == private_engine.base_url
    assert rows["envdock-made"]["Description"] == "made here"

    certs = _certs(tmp_path / "certs")
    ctx.create_context("tls-made", "tcp://127.0.0.1:23762", certs, env=cli_env, home=home)
    inspect = json.loads(docker(cli_env, "context", "inspect", "tls-made"))[0]
    assert sorted(inspect["TLSMaterial"]["docker"]) == ["ca.pem", "cert.pem", "key.pem"]
    assert inspect["Endpoints"]["docker"]["Host"] == "tcp://127.0.0.1:23762"
    assert inspect["Endpoints"]["docker"]["SkipTLSVerify"] is False

    ctx.use_context("envdock-made", cli_env, home)
    assert cli_current(cli_env) == "envdock-made"
    renamed = ctx.rename_context("envdock-made", "renamed", cli_env, home)
    assert renamed.host == private_engine.base_url
    assert cli_current(cli_env) == "renamed"  # still the current one
    assert cid in docker(cli_env, "ps", "-a", "--no-trunc", "--format", "{{.ID}}").split()
    ctx.remove_context("renamed", cli_env, home)
    ctx.remove_context("tls-made", cli_env, home)
    listing = docker(cli_env, "context", "ls", "--format", "{{json .}}")
    names = [json.loads(line)["Name"] for line in listing.splitlines()]
    assert names == ["default"]
    assert cli_current(cli_env) == "default"


@pytest.mark.parametrize(
    ("name", "host", "why"),
    [
        ("default", "unix:///x.sock", "default"),
        ("has space", "unix:///x.sock", "not a valid context name"),
        ("ok", "ftp://x", "not a valid address"),
        ("ok", "ssh://me@box", ""),  # valid: created, then a second one is refused
    ],
)
def test_bad_input_is_refused_with_a_reason(
    cli_env: dict[str, str], tmp_path: Path, name: str, host: str, why: str
) -> None:
    home = tmp_path / "home"
    if not why:
        ctx.create_context(name, host, env=cli_env, home=home)
        why = "exists already"
    with pytest.raises(ValidationError, match=why):
        ctx.create_context(name, host, env=cli_env, home=home)


def test_tls_files_must_be_whole(cli_env: dict[str, str], tmp_path: Path) -> None:
    home = tmp_path / "home"
    certs = _certs(tmp_path / "certs")
    with pytest.raises(ValidationError, match="needs its key"):
        ctx.create_context("half", "tcp://h:2376", TLSFiles(certs.ca, certs.cert), env=cli_env,
                           home=home)  # fmt: skip
    with pytest.raises(ValidationError, match="is not a file"):
        ctx.create_context("gone", "tcp://h:2376", TLSFiles(tmp_path / "nope.pem"), env=cli_env,
                           home=home)  # fmt: skip
    with pytest.raises(ValidationError, match="tcp://"):
        ctx.create_context("sshtls", "ssh://me@h", certs, env=cli_env, home=home)
    assert [s.name for s in ctx.list_contexts(cli_env, home)] == []  # nothing half-written
