import hashlib
import json
from pathlib import Path

import pytest

from core.docker.contexts import resolve_endpoint
from core.docker.endpoint import validate_host
from core.errors import DockerUnavailable


@pytest.mark.parametrize(
    "value",
    [
        "tcp://:::x",
        "tcp://host:abc",
        "tcp://",
        "ftp://host",
        "nonsense",
        "unix://relative",
        "tcp://host:70000",
        "tcp://:2375",
    ],
)
def test_garbage_docker_host_is_refused_with_a_hint(value: str) -> None:
    with pytest.raises(DockerUnavailable) as info:
        resolve_endpoint({"DOCKER_HOST": value}, Path("/nonexistent"))
    assert info.value.state == "bad_host"
    assert value.strip() in info.value.message
    assert "DOCKER_HOST" in info.value.hint


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("unix:///run/x.sock", "unix:///run/x.sock"),
        ("tcp://10.0.0.5:2376", "tcp://10.0.0.5:2376"),
        ("tcp://[::1]:2375", "tcp://[::1]:2375"),
        ("ssh://me@host", "ssh://me@host"),
    ],
)
def test_valid_hosts(value: str, expected: str) -> None:
    assert validate_host(value) == expected


def test_docker_host_wins_and_tls_from_env(tmp_path: Path) -> None:
    ep = resolve_endpoint(
        {
            "DOCKER_HOST": "tcp://h:2376",
            "DOCKER_TLS_VERIFY": "1",
            "DOCKER_CERT_PATH": str(tmp_path),
        },
        tmp_path,
    )
    assert ep.base_url == "tcp://h:2376" and ep.source == "DOCKER_HOST"
    assert ep.tls is not None and ep.tls.verify
    assert ep.tls.ca_cert == str(tmp_path / "ca.pem")
    assert not ep.tls_unverified


def test_cert_path_without_verify_is_marked_unverified(tmp_path: Path) -> None:
    ep = resolve_endpoint(
        {"DOCKER_HOST": "tcp://h:2376", "DOCKER_CERT_PATH": str(tmp_path)}, tmp_path
    )
    assert ep.tls_unverified


def _write_context(home: Path, name: str, host: str, skip_verify: bool = False) -> None:
    digest = hashlib.sha256(name.encode()).hexdigest()
    meta = home / ".docker" / "contexts" / "meta" / digest
    meta.mkdir(parents=True)
    (meta / "meta.json").write_text(
        json.dumps(
            {
                "Name": name,
                "Metadata": {},
                "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": skip_verify}},
            }
        )
    )


def test_current_context_from_config(tmp_path: Path) -> None:
    _write_context(tmp_path, "remote", "tcp://build-box:2376", skip_verify=True)
    (tmp_path / ".docker" / "config.json").write_text(json.dumps({"currentContext": "remote"}))
    ep = resolve_endpoint({}, tmp_path)
    assert ep.base_url == "tcp://build-box:2376"
    assert ep.source == "context remote"
    assert ep.tls_unverified


def test_docker_context_env_overrides_config(tmp_path: Path) -> None:
    _write_context(tmp_path, "a", "unix:///a.sock")
    _write_context(tmp_path, "b", "unix:///b.sock")
    (tmp_path / ".docker" / "config.json").write_text(json.dumps({"currentContext": "a"}))
    assert resolve_endpoint({"DOCKER_CONTEXT": "b"}, tmp_path).base_url == "unix:///b.sock"


def test_missing_context_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / ".docker").mkdir()
    (tmp_path / ".docker" / "config.json").write_text(json.dumps({"currentContext": "gone"}))
    with pytest.raises(DockerUnavailable) as info:
        resolve_endpoint({}, tmp_path)
    assert "gone" in info.value.message and "docker context" in info.value.hint


def test_default_socket_fallbacks(tmp_path: Path) -> None:
    run = tmp_path / "xdg"
    run.mkdir()
    (run / "docker.sock").touch()
    ep = resolve_endpoint({"XDG_RUNTIME_DIR": str(run)}, tmp_path)
    if not Path("/var/run/docker.sock").exists():
        assert ep.base_url == f"unix://{run}/docker.sock"
    (tmp_path / ".docker" / "run").mkdir(parents=True)
    (tmp_path / ".docker" / "run" / "docker.sock").touch()
    ep = resolve_endpoint({"XDG_RUNTIME_DIR": str(run)}, tmp_path)
    if not Path("/var/run/docker.sock").exists():
        assert ep.base_url == f"unix://{tmp_path}/.docker/run/docker.sock"


def test_default_context_means_sockets(tmp_path: Path) -> None:
    (tmp_path / ".docker").mkdir()
    (tmp_path / ".docker" / "config.json").write_text(json.dumps({"currentContext": "default"}))
    assert resolve_endpoint({}, tmp_path).source == "default socket"
