import errno
import socket
from pathlib import Path

import pytest

from core.docker import connection
from core.docker.connection import EngineState, open_client, status_from_error
from core.docker.endpoint import Endpoint
from core.errors import DockerUnavailable


def _state(env: dict[str, str], home: Path) -> EngineState:
    with pytest.raises(DockerUnavailable) as info:
        open_client(env, home)
    return status_from_error(info.value).state


def test_missing_socket_is_not_running(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "docker_installed", lambda: True)
    assert (
        _state({"DOCKER_HOST": f"unix://{tmp_path}/none.sock"}, tmp_path) is EngineState.NOT_RUNNING
    )


def test_missing_socket_without_docker_is_not_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "docker_installed", lambda: False)
    with pytest.raises(DockerUnavailable) as info:
        open_client({"DOCKER_HOST": f"unix://{tmp_path}/none.sock"}, tmp_path)
    assert info.value.state == "not_installed"
    assert "apt-get install" in info.value.hint


def test_dead_socket_file_is_not_running(tmp_path: Path) -> None:
    path = tmp_path / "dead.sock"
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(str(path))
    srv.close()  # the file stays, nobody listens: ECONNREFUSED
    assert _state({"DOCKER_HOST": f"unix://{path}"}, tmp_path) is EngineState.NOT_RUNNING


def test_closed_tcp_port_is_not_running(tmp_path: Path) -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    assert _state({"DOCKER_HOST": f"tcp://127.0.0.1:{port}"}, tmp_path) is EngineState.NOT_RUNNING


def test_bad_host_state(tmp_path: Path) -> None:
    assert _state({"DOCKER_HOST": "tcp://:::x"}, tmp_path) is EngineState.BAD_HOST


def test_permission_error_maps_to_docker_group_hint() -> None:
    ep = Endpoint("unix:///var/run/docker.sock", "default socket")
    err = connection._socket_error(ep, PermissionError(errno.EACCES, "Permission denied"))
    assert err.state == "permission_denied"
    assert "docker group" in err.hint
