"""The swarm itself on a fresh engine: init where the engine cannot choose its address (two
interfaces: the candidates come back for the user to pick), join tokens and the join
command, joining it as a worker from another engine, leave with what it costs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.docker.api import DockerAPI
from core.errors import DockerError, ValidationError
from core.swarm import ops
from core.swarm.errors import NotInSwarm
from core.swarm.ops import AdvertiseAddressNeeded
from core.swarm.state import SwarmState
from tests.integration.swarm_helpers import wait_for
from tests.support.engine import EngineUnavailable, PrivateEngine, ip, scratch_netns

pytestmark = pytest.mark.engine


@pytest.fixture
def two_engines() -> Iterator[tuple[PrivateEngine, PrivateEngine]]:
    """Two engines in one network namespace of their own: the first sees two interfaces
    (10.77.0.2 on d0, 10.78.0.2 on d1, a veth pair), the second runs in another namespace
    on the far end of d0's link."""
    try:
        with scratch_netns() as first, scratch_netns() as second:
            ip("link", "add", "d0", "type", "veth", "peer", "name", "d1", netns=first)
            ip("addr", "add", "10.77.0.2/24", "dev", "d0", netns=first)
            ip("addr", "add", "10.78.0.2/24", "dev", "d1", netns=first)
            ip("link", "add", "p0", "type", "veth", "peer", "name", "p1", "netns", second,
               netns=first)  # fmt: skip
            ip("addr", "add", "10.79.0.2/24", "dev", "p0", netns=first)
            ip("addr", "add", "10.79.0.3/24", "dev", "p1", netns=second)
            for dev in ("d0", "d1", "p0"):
                ip("link", "set", dev, "up", netns=first)
            ip("link", "set", "p1", "up", netns=second)
            engines = (
                PrivateEngine(netns=first, own_bridge=False),
                PrivateEngine(netns=second, own_bridge=False),
            )
            try:
                for engine in engines:
                    engine.start()
                yield engines
            finally:
                for engine in engines:
                    engine.stop()
    except EngineUnavailable as exc:
        pytest.skip(f"network namespaces are unavailable: {exc}")


def test_init_join_and_leave(two_engines: tuple[PrivateEngine, PrivateEngine]) -> None:
    first, second = two_engines
    api: DockerAPI = first.client()
    other: DockerAPI = second.client()
    try:
        assert not ops.swarm_info(api).active
        with pytest.raises(NotInSwarm):
            SwarmState().load(api)
        assert ops.leave_consequences(api) == []

        with pytest.raises(AdvertiseAddressNeeded) as needed:
            ops.swarm_init(api)
        assert set(needed.value.candidates) >= {("10.77.0.2", "d0"), ("10.78.0.2", "d1")}
        assert "10.77.0.2 (d0)" in needed.value.hint
        node_id = ops.swarm_init(api, advertise_addr="10.79.0.2")
        info = ops.swarm_info(api)
        assert info.is_manager and info.node_id == node_id and info.node_addr == "10.79.0.2"
        with pytest.raises(DockerError) as twice:
            ops.swarm_init(api, advertise_addr="10.79.0.2")
        assert "already part of a swarm" in twice.value.message

        join = ops.join_tokens(api)
        assert join.worker_token.startswith("SWMTKN-1-") and join.manager_token != join.worker_token
        assert join.manager_addr == "10.79.0.2:2377"
        assert join.join_command("worker") == (
            f"docker swarm join --token {join.worker_token} 10.79.0.2:2377"
        )
        assert join.join_command("manager").endswith(f"{join.manager_token} 10.79.0.2:2377")

        with pytest.raises(ValidationError):
            ops.swarm_join(other, "10.79.0.2", "SWMTKN-2-nonsense")
        ops.swarm_join(other, "10.79.0.2", join.worker_token)  # the port is added
        assert ops.swarm_info(other).active and not ops.swarm_info(other).is_manager
        state = SwarmState()

        def both() -> bool:
            state.load(api)
            return len(state.nodes) == 2

        assert wait_for(both, 20)
        assert {n.role for n in state.node_list()} == {"manager", "worker"}

        said = ops.leave_consequences(api)
        assert any("last manager" in line and "2 nodes" in line for line in said), said
        assert ops.leave_consequences(other) == []  # a worker with no tasks loses nothing
        ops.swarm_leave(other)
        assert not ops.swarm_info(other).active
        with pytest.raises(DockerError) as refused:
            ops.swarm_leave(api)
        assert "ends the swarm" in refused.value.hint
        ops.swarm_leave(api, force=True)
        assert not ops.swarm_info(api).active
    finally:
        api.close()
        other.close()
