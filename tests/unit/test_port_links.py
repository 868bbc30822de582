""" "Open port in browser": a port published by an engine elsewhere (ssh, tcp) is reached at
that engine's host, not at localhost; a local engine's at localhost."""

from __future__ import annotations

import pytest

from core.docker.contexts import EngineSpec
from core.docker.endpoint import Endpoint
from core.docker.engine import Engine
from gui.containers.details import is_remote, overview_html, port_url
from gui.widgets.engine_label import engine_is_local, engine_url


@pytest.mark.parametrize(
    ("engine", "host_ip", "url"),
    [
        ("unix:///var/run/docker.sock", "0.0.0.0", "http://localhost:8080"),
        ("unix:///var/run/docker.sock", "127.0.0.1", "http://localhost:8080"),
        ("", "", "http://localhost:8080"),  # not connected yet, named by nothing: here
        ("ssh://me@gpu1", "0.0.0.0", "http://gpu1:8080"),
        ("ssh://me@gpu1.lab.example:2222", "::", "http://gpu1.lab.example:8080"),
        ("ssh://gpu1", "", "http://gpu1:8080"),
        ("tcp://10.0.0.5:2376", "0.0.0.0", "http://10.0.0.5:8080"),
        ("tcp://[fd00::5]:2376", "0.0.0.0", "http://[fd00::5]:8080"),
        ("TCP://Build.Example:2375", "0.0.0.0", "http://build.example:8080"),
        # bound to one address of the engine's machine: that address
        ("ssh://me@gpu1", "192.168.7.20", "http://192.168.7.20:8080"),
        ("tcp://10.0.0.5:2376", "fd00::9", "http://[fd00::9]:8080"),
        # bound to its loopback: still its host (the note says it is not reachable)
        ("ssh://me@gpu1", "127.0.0.1", "http://gpu1:8080"),
    ],
)
def test_port_url(engine: str, host_ip: str, url: str) -> None:
    assert port_url(engine, host_ip, 8080) == url


def test_which_engines_are_elsewhere() -> None:
    assert is_remote("ssh://me@gpu1") and is_remote("tcp://h:2376") and is_remote("https://h")
    assert not is_remote("unix:///run/docker.sock") and not is_remote("")


def _inspect(ip: str) -> dict[str, object]:
    return {
        "Name": "/web",
        "Id": "a" * 64,
        "Config": {"Image": "web"},
        "State": {"Status": "running"},
        "NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": ip, "HostPort": "8080"}]}},
    }


def test_overview_links_lead_to_the_engine_host() -> None:
    assert "href='http://localhost:8080'" in overview_html(_inspect("0.0.0.0"), False)
    remote = overview_html(_inspect("0.0.0.0"), False, "ssh://root@gpu1:22")
    assert "href='http://gpu1:8080'" in remote and "localhost" not in remote
    loopback = overview_html(_inspect("127.0.0.1"), False, "ssh://root@gpu1")
    assert "not reachable from here" in loopback
    assert "not reachable" not in overview_html(_inspect("127.0.0.1"), False)


def test_where_an_engine_is() -> None:
    gpu1 = Engine(spec=EngineSpec("gpu1", Endpoint("ssh://me@gpu1", "t"), "added"))
    here = Engine(spec=EngineSpec("here", Endpoint("unix:///run/d.sock", "t"), "default"))
    unnamed = Engine(env={"DOCKER_HOST": "tcp://10.0.0.5:2376"})  # said on connecting
    assert engine_url(gpu1) == "ssh://me@gpu1" and not engine_is_local(gpu1)
    assert engine_is_local(here)
    assert engine_url(unnamed) == "" and engine_is_local(unnamed)
