"""The live figures with several engines: the Host panel stays this machine and says so when
the current engine is elsewhere; container stats follow the current engine, and those of
an engine over ssh come from its API (its cgroup files are visible here — the test's
"remote" engine runs on this machine — and still are not used), with its streams open only
while a view that shows them is shown."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.docker.contexts import EngineSpec
from core.docker.endpoint import Endpoint
from core.docker.engine import Engine
from core.docker.engines import EngineRegistry
from gui.context import AppContext
from gui.engine_bridge import EngineBridge
from gui.host.panel import HostPanel
from gui.widgets.notifications import Notifier
from gui.workers import JobRunner
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.remote import SshServer

HERE = "This machine (where EnvDock runs)"


def test_the_host_panel_says_it_is_this_machine(qtbot: QtBot, make_window: WindowFactory) -> None:
    local = Engine(
        env={"DOCKER_HOST": "unix:///nonexistent/docker.sock"}, home=Path("/nonexistent")
    )
    # never reached: a closed port (the panel only needs to know where it is)
    far = Endpoint("ssh://root@127.0.0.1:1", "t")
    gpu1 = Engine(env={"PATH": "/usr/bin:/bin"}, spec=EngineSpec("gpu1", far, "added"))
    window = make_window(engines=EngineRegistry(fixed=[local, gpu1]))
    host = window.show_panel("host")
    assert isinstance(host, HostPanel)
    assert host.where.text() == HERE
    window.context.engine.use("gpu1")  # the user switches the engine
    assert host.where.text() == f"{HERE} — the engine gpu1 is elsewhere"
    host.tabs.setCurrentIndex(2)  # top containers: the engine's, on its own machine
    qtbot.waitUntil(lambda: host.sampler.latest is not None, timeout=10000)
    host.refresh()
    assert "of the engine gpu1 (on its own machine" in host.top_summary.text()
    assert "the host:" not in host.top_summary.text()
    window.context.engine.use("default")
    assert host.where.text() == HERE
    host.refresh()
    assert "the host:" in host.top_summary.text()


def _streams() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("stats-")]


@pytest.fixture
def two_engines(
    private_engine: PrivateEngine, ssh_remote: tuple[PrivateEngine, SshServer]
) -> Iterator[AppContext]:
    _remote, server = ssh_remote
    local = Engine(env={"DOCKER_HOST": private_engine.base_url})
    gpu1 = Engine(env=server.env(), spec=EngineSpec("gpu1", Endpoint(server.url, "t"), "added"))
    bridge = EngineBridge(EngineRegistry(fixed=[local, gpu1]))
    context = AppContext(engine=bridge, jobs=JobRunner(), notifier=Notifier())
    bridge.start()
    try:
        yield context
    finally:
        if context.live is not None:
            context.live.stop()
        bridge.stop()


def test_container_stats_follow_the_engine_and_read_an_ssh_engine_through_its_api(
    qtbot: QtBot,
    two_engines: AppContext,
    ssh_remote: tuple[PrivateEngine, SshServer],
    docker_client: Any,
) -> None:
    context = two_engines
    remote, _server = ssh_remote
    here = create_container(docker_client, "live-here")
    docker_client.start(here)
    remote_client = remote.client()
    there = remote_client.create_container(TEST_IMAGE, ["sleep", "600"], name="live-there")["Id"]
    remote_client.start(there)
    try:
        viewer = QWidget()  # a view that shows container figures
        qtbot.addWidget(viewer)
        viewer.show()
        live = context.live_data()
        collector = live.ensure_stats(viewer)
        qtbot.waitUntil(lambda: here in collector.latest, timeout=20000)
        assert collector.latest[here].source == "cgroup"  # the local engine: its files
        assert there not in collector.tracked_ids()

        context.engine.use("gpu1")  # the collector follows the current engine
        qtbot.waitUntil(lambda: there in collector.latest, timeout=30000)
        assert collector.latest[there].source == "api"  # elsewhere: its API, files or not
        assert here not in collector.tracked_ids()
        assert _streams() == [f"stats-{there[:12]}"]

        viewer.hide()  # nobody looks: the stream closes, the container stays tracked
        qtbot.waitUntil(lambda: not _streams() and there not in collector.latest, timeout=10000)
        assert not live.stats_wanted() and collector.tracked_ids() == [there]
        viewer.show()
        qtbot.waitUntil(lambda: there in collector.latest, timeout=20000)

        remote_client.stop(there, timeout=0)  # stops: its stream ends
        qtbot.waitUntil(lambda: not _streams() and not collector.tracked_ids(), timeout=20000)

        context.engine.use("default")
        qtbot.waitUntil(lambda: here in collector.latest, timeout=20000)
        assert collector.latest[here].source == "cgroup" and not _streams()
        viewer.close()
    finally:
        remote_client.remove_container(there, force=True)
        remote_client.close()
