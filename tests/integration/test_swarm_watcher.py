"""SwarmWatcher on a real engine: it reconnects by itself when the engine dies and comes
back (each new stream announced, so the cache can be loaded again), and stop() returns
at once whether it is following a stream or waiting for an engine."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from core.docker.api import DockerAPI
from core.swarm.state import SwarmWatcher
from tests.integration.swarm_helpers import wait_for
from tests.support.engine import EngineUnavailable, PrivateEngine, scratch_netns
from tests.support.swarm import SwarmCluster

pytestmark = pytest.mark.engine


@pytest.fixture
def engine() -> Iterator[PrivateEngine]:
    try:
        with scratch_netns() as netns:
            engine = PrivateEngine(netns=netns, own_bridge=False)
            try:
                engine.start()
                yield engine
            finally:
                engine.stop()
    except EngineUnavailable as exc:
        pytest.skip(f"no engine in a namespace here: {exc}")


def test_reconnects_after_the_engine_restarts_and_stops_at_once(engine: PrivateEngine) -> None:
    api: DockerAPI = engine.client()
    connected: list[float] = []
    errors: list[BaseException] = []
    watcher = SwarmWatcher(
        lambda: api,
        lambda event: None,
        on_connected=lambda: connected.append(time.monotonic()),
        on_error=errors.append,
    )
    watcher.start()
    try:
        assert wait_for(lambda: len(connected) == 1, 10)
        engine.kill()
        assert wait_for(lambda: bool(errors), 10)  # the stream broke: said
        assert wait_for(lambda: not watcher.connected.is_set(), 5)
        engine.start()
        assert wait_for(lambda: len(connected) == 2, 30), errors
        assert watcher.sessions == 2 and watcher.running
    finally:
        began = time.monotonic()
        assert watcher.stop(5)
        stopped_in = time.monotonic() - began
        api.close()
    assert stopped_in < 1.0, stopped_in
    assert not watcher.running


def test_stop_while_waiting_for_an_engine() -> None:
    calls = threading.Event()

    def nothing() -> Any:
        calls.set()
        return None

    watcher = SwarmWatcher(nothing, lambda event: None)
    watcher.start()
    assert calls.wait(5)
    began = time.monotonic()
    assert watcher.stop(5)
    assert time.monotonic() - began < 1.0


def test_events_reach_the_callback_in_order(swarm: SwarmCluster) -> None:
    seen: list[tuple[str, str, str]] = []
    api = swarm.manager.client()
    watcher = SwarmWatcher(
        lambda: api,
        lambda e: seen.append((e["Type"], e["Action"], e["Actor"]["Attributes"].get("name", ""))),
    )
    watcher.start()
    try:
        assert watcher.connected.wait(10)
        config = api.create_config("watched", b"x")
        api.remove_config(config["ID"])
        assert wait_for(lambda: len(seen) >= 2, 10), seen
        assert seen[:2] == [("config", "create", "watched"), ("config", "remove", "watched")]
    finally:
        assert watcher.stop(5)
        api.close()
