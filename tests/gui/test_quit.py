"""Quitting is prompt: every thread is asked to stop at once and waited for together, and
nothing waits on a socket that will not answer (an engine that accepts connections and
then says nothing, as a dead ssh tunnel or a hung dockerd does). Before, the engine
thread's join alone took its full 5 s there, and the stats collector's as much again."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import docker
import pytest
from pytestqt.qtbot import QtBot

from core.docker.containers import Container
from core.docker.stats import StatsCollector
from gui.app import shutdown
from gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine
from tests.support.silent_engine import silent_engine

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(name="silent_engine")
def silent_engine_fixture() -> Iterator[str]:
    with silent_engine() as url:
        yield url


def _timed_shutdown(window: MainWindow) -> float:
    window.close()
    t0 = time.perf_counter()
    shutdown(window)
    return time.perf_counter() - t0


def test_quit_is_prompt_when_the_engine_never_answers(
    qtbot: QtBot, make_window: WindowFactory, silent_engine: str
) -> None:
    window = make_window(env={"DOCKER_HOST": silent_engine})
    window.show_panel("host")  # the host sampler and the stats collector run too
    qtbot.wait(500)  # the engine thread is now waiting for the engine's first answer
    assert not window.context.engine.status.connected
    took = _timed_shutdown(window)
    assert took < 0.5, f"quitting took {took:.2f} s"


def test_quit_is_prompt_with_stats_streams(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    """Four running containers whose stats come from the API's streams (as on a remote
    engine): the streams are closed together, not one join after another."""
    for i in range(4):
        docker_client.start(create_container(docker_client, f"quit-stats-{i}"))
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    live = window.context.live_data()
    collector = live.ensure_stats()
    collector.use_cgroups = False
    collector.request_sync([])  # drop what was tracked from the cgroup files …
    qtbot.waitUntil(lambda: not collector.tracked_ids(), timeout=10000)
    live._sync()  # … and track them again through the API
    qtbot.waitUntil(lambda: len(collector.latest) >= 4, timeout=20000)
    took = _timed_shutdown(window)
    assert took < 0.5, f"quitting took {took:.2f} s"
    assert not [t.name for t in threading.enumerate() if t.name.startswith("stats-")]


def test_stats_collector_stops_without_waiting_on_a_silent_engine(silent_engine: str) -> None:
    client = docker.APIClient(base_url=silent_engine, version="1.41", timeout=30)
    collector = StatsCollector(lambda: client)
    running = Container.from_list_entry(
        {"Id": "c" * 64, "Names": ["/x"], "State": "running", "Status": "Up 1 second"}
    )
    collector.start()
    collector.request_sync([running])  # its thread now waits on the engine's inspect
    time.sleep(0.3)
    t0 = time.perf_counter()
    ended = collector.stop(timeout=0.3)
    took = time.perf_counter() - t0
    assert took < 0.5, f"stopping took {took:.2f} s"
    assert not ended  # its thread is still in the call: left, not waited for
    client.close()
