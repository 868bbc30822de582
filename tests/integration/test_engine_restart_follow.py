"""An engine that dies while logs follow and a terminal is open: clear states, no hang,
and following resumes when the engine returns."""

from __future__ import annotations

from core.docker.exec_session import ExecSession
from core.docker.logs import Follower
from tests.integration.helpers import wait_until
from tests.support.engine import TEST_IMAGE, PrivateEngine


def test_follow_and_terminal_across_an_engine_restart(private_engine: PrivateEngine) -> None:
    second = PrivateEngine()
    second.start()
    try:
        second.build_test_image()
        client = second.client()
        hc = client.create_host_config(network_mode="none", restart_policy={"Name": "always"})
        cid = client.create_container(
            TEST_IMAGE, ["sh", "-c", "while true; do echo tick; sleep 0.2; done"], host_config=hc
        )["Id"]
        client.start(cid)
        holder = {"client": client}
        follower = Follower(lambda: holder["client"], cid, "")
        follower.start()
        session = ExecSession(client, cid, ["/bin/sh"])
        session.start()
        try:
            assert wait_until(lambda: len(follower.buffer) >= 2)
            second.kill()
            assert session.ended.wait(10)  # the terminal learns it, nothing hangs
            assert wait_until(lambda: follower.state == "reconnecting", 10)
            follower.drain()
            second.start()
            holder["client"] = second.client()
            assert wait_until(
                lambda: follower.state == "following" and len(follower.buffer) > 0, 30
            ), follower.state
        finally:
            follower.stop()
            session.close()
        assert not follower.alive
    finally:
        second.stop()
