"""The compose tool without an engine: versions, features and their reasons, detection
order and its cache (with small stand-in programs on a private PATH), and the
environment that points compose at an engine."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from core.compose import tool as compose_tool
from core.compose.tool import (
    FEATURES,
    LS,
    PS_JSON,
    UP_PULL,
    UP_WAIT,
    WATCH,
    ComposeMissing,
    ComposeTool,
    cached_tool,
    engine_env,
    find_tool,
    parse_version,
    redetect,
    run_env,
)
from core.docker.contexts import EngineSpec
from core.docker.endpoint import Endpoint, TLSSettings
from core.errors import DockerUnavailable

V2 = ComposeTool(("/usr/bin/docker", "compose"), "2.40.3", 2)
OLD_V2 = ComposeTool(("/usr/bin/docker", "compose"), "2.12.2", 2)
V1 = ComposeTool(("/usr/bin/docker-compose",), "1.29.2", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.40.3\n", ("2.40.3", (2, 40, 3))),
        ("v2.24.6-desktop.1", ("2.24.6-desktop.1", (2, 24, 6))),
        ("1.29.2", ("1.29.2", (1, 29, 2))),
        ("WARNING: something\n2.5.0\n", ("2.5.0", (2, 5, 0))),
        ("not a version", None),
    ],
)
def test_parse_version(text: str, expected: tuple[str, tuple[int, ...]] | None) -> None:
    assert parse_version(text) == expected


def test_labels() -> None:
    assert V2.label == "docker compose 2.40.3" and V2.is_plugin
    assert V1.label == "docker-compose 1.29.2" and not V1.is_plugin
    standalone_v2 = ComposeTool(("/usr/local/bin/docker-compose",), "2.20.0", 2)
    assert standalone_v2.label == "docker-compose 2.20.0"


def test_what_v1_and_old_v2_cannot_do_is_said() -> None:
    assert all(V2.supports(f) for f in FEATURES) and all(V2.why_not(f) == "" for f in FEATURES)
    for feature in (WATCH, PS_JSON, LS, UP_PULL, UP_WAIT):
        assert not V1.supports(feature)
        reason = V1.why_not(feature)
        assert "docker-compose 1.29.2" in reason and "v2" in reason, reason
    assert "watch" in V1.why_not(WATCH) and "ps --format json" in V1.why_not(PS_JSON)
    assert not OLD_V2.supports(WATCH) and "2.22" in OLD_V2.why_not(WATCH)
    assert OLD_V2.supports(UP_PULL)
    with pytest.raises(ValueError, match="unknown compose feature"):
        V2.supports("teleport")


def _program(folder: Path, name: str, script: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def _env(path: Path) -> dict[str, str]:
    return {"PATH": str(path), "HOME": str(path), "DOCKER_CONFIG": str(path / "cfg")}


def test_the_plugin_first_then_docker_compose_and_the_answer_is_kept(tmp_path: Path) -> None:
    calls = tmp_path / "calls"
    _program(tmp_path, "docker", f'echo "$*" >> {calls}\n[ "$1" = compose ] && echo v2.30.1\n')
    _program(tmp_path, "docker-compose", f'echo "v1 $*" >> {calls}\necho 1.29.2\n')
    env = _env(tmp_path)
    found = redetect(env)
    assert found == ComposeTool((str(tmp_path / "docker"), "compose"), "2.30.1", 2)
    assert find_tool(env) is found and cached_tool(env) is found
    assert calls.read_text().splitlines() == ["compose version --short"]  # asked once

    # a docker CLI without the plugin answers "unknown command": docker-compose it is
    _program(tmp_path, "docker", 'echo "docker: unknown command: docker compose" >&2\nexit 1\n')
    assert find_tool(env) is found  # still the kept answer, until asked again
    v1 = redetect(env)
    assert v1 == ComposeTool((str(tmp_path / "docker-compose"),), "1.29.2", 1)


def test_neither_is_a_message_with_how_to_install(tmp_path: Path) -> None:
    _program(tmp_path, "docker", "exit 1\n")
    with pytest.raises(ComposeMissing) as err:
        redetect(_env(tmp_path))
    assert "not installed" in err.value.message
    assert "docker-compose-plugin" in err.value.hint
    assert "no docker-compose on PATH" in err.value.details
    assert cached_tool(_env(tmp_path)) is None


def test_engine_env_for_each_kind_of_engine(tmp_path: Path) -> None:
    assert engine_env(Endpoint("unix:///run/x.sock", "test")) == {
        "DOCKER_HOST": "unix:///run/x.sock"
    }
    assert engine_env(Endpoint("ssh://me@gpu1:2222", "test")) == {
        "DOCKER_HOST": "ssh://me@gpu1:2222"
    }
    # a context's TLS files: ca.pem, cert.pem, key.pem in its own folder
    folder = tmp_path / "tls"
    folder.mkdir()
    for name in ("ca.pem", "cert.pem", "key.pem"):
        (folder / name).write_text(name)
    tls = TLSSettings(
        True, str(folder / "ca.pem"), str(folder / "cert.pem"), str(folder / "key.pem")
    )
    spec = EngineSpec("remote", Endpoint("tcp://10.0.0.5:2376", "context remote", tls), "context")
    assert engine_env(spec) == {
        "DOCKER_HOST": "tcp://10.0.0.5:2376",
        "DOCKER_TLS_VERIFY": "1",
        "DOCKER_CERT_PATH": str(folder),
    }
    unverified = Endpoint("https://10.0.0.5:2376", "t", TLSSettings(False, None, None, None))
    assert engine_env(unverified) == {"DOCKER_HOST": "tcp://10.0.0.5:2376", "DOCKER_TLS": "1"}


def test_tls_files_named_otherwise_get_a_folder_of_links(tmp_path: Path) -> None:
    ca, cert, key = (tmp_path / n for n in ("my-ca.crt", "client.crt", "client.key"))
    for path in (ca, cert, key):
        path.write_text(path.name)
    tls = TLSSettings(True, str(ca), str(cert), str(key))
    env = engine_env(Endpoint("tcp://h:2376", "t", tls))
    links = Path(env["DOCKER_CERT_PATH"])
    assert links.parent != tmp_path
    assert {p.name: p.read_text() for p in links.iterdir()} == {
        "ca.pem": "my-ca.crt", "cert.pem": "client.crt", "key.pem": "client.key",
    }  # fmt: skip
    assert engine_env(Endpoint("tcp://h:2376", "t", tls)) == env  # made once


class _Engine:
    def endpoint(self) -> Endpoint:
        return Endpoint("unix:///var/run/docker.sock", "default socket")


def test_engine_env_of_an_engine_and_of_a_broken_context() -> None:
    assert engine_env(_Engine()) == {"DOCKER_HOST": "unix:///var/run/docker.sock"}
    broken = EngineSpec("bad", Endpoint("", "context bad"), "context", problem="Cannot read it")
    with pytest.raises(DockerUnavailable, match="Cannot read it"):
        engine_env(broken)


def test_run_env_replaces_the_users_engine_variables() -> None:
    base = {
        "PATH": "/bin",
        "DOCKER_CONTEXT": "theirs",
        "DOCKER_TLS_VERIFY": "1",
        "DOCKER_CERT_PATH": "/x",
        "DOCKER_CONFIG": "/cfg",
        "PYTHONPATH": "/ours",
    }
    env = run_env({"DOCKER_HOST": "unix:///s.sock"}, base=base)
    assert env == {"PATH": "/bin", "DOCKER_CONFIG": "/cfg", "DOCKER_HOST": "unix:///s.sock"}
    bundles = {"REQUESTS_CA_BUNDLE": "/company.pem", "CURL_CA_BUNDLE": "/company.pem"}
    tls = run_env({"DOCKER_HOST": "tcp://h:2376", "DOCKER_TLS_VERIFY": "1"}, base=base | bundles)
    assert "REQUESTS_CA_BUNDLE" not in tls and "CURL_CA_BUNDLE" not in tls  # v1 would obey them
    plain = run_env({"DOCKER_HOST": "unix:///s.sock"}, base=base | bundles)
    assert plain["REQUESTS_CA_BUNDLE"] == "/company.pem"
    # no engine given: the user's own choice stays (compose decides as the docker CLI does)
    kept = run_env(base=base, extra={"COMPOSE_X": "1"})
    assert kept["DOCKER_CONTEXT"] == "theirs" and kept["COMPOSE_X"] == "1"
    assert "PYTHONPATH" not in kept


def test_find_tool_without_env_uses_ours(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _program(tmp_path, "docker-compose", "echo 1.27.4\n")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(compose_tool, "_cache", {})
    assert find_tool().version == "1.27.4"
    assert os.environ["PATH"] == str(tmp_path)
