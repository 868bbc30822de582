"""An engine that comes back is seen at once: the app reconnects within 2 s of the engine
answering again, however long it was away (the backoff is capped, the socket is watched)."""

from __future__ import annotations

import threading
import time

from core.docker.connection import EngineState
from core.docker.engine import Engine
from tests.integration.helpers import wait_until
from tests.support.engine import PrivateEngine


def test_reconnects_within_two_seconds_of_the_engine_answering(
    private_engine: PrivateEngine,
) -> None:
    second = PrivateEngine()
    second.start()
    engine = Engine(env={"DOCKER_HOST": second.base_url})
    engine.start()
    try:
        assert wait_until(lambda: engine.status.state is EngineState.CONNECTED, 20)
        second.kill()
        assert wait_until(lambda: engine.status.state is not EngineState.CONNECTED, 10)
        time.sleep(12)  # away long enough for an uncapped backoff to grow past 8 s
        connected_at: list[float] = []
        engine.on_status(lambda st: connected_at.append(time.monotonic()) if st.connected else None)
        answered_at: list[float] = []

        def watch() -> None:
            while not answered_at and time.monotonic() < deadline:
                if second.ping():
                    answered_at.append(time.monotonic())
                time.sleep(0.02)

        deadline = time.monotonic() + 90
        watcher = threading.Thread(target=watch)
        watcher.start()
        second.start()
        watcher.join()
        assert answered_at, "the restarted engine never answered"
        assert wait_until(lambda: bool(connected_at), 10), engine.status
        assert connected_at[0] - answered_at[0] <= 2.0, connected_at[0] - answered_at[0]
    finally:
        engine.stop()
        second.stop()
