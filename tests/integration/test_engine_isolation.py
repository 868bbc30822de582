"""Test engines leave every other engine of the machine alone: docker0 survives them, each
has a bridge and subnet of its own and an identity of its own; and the run's docker0 guard
(tests/conftest.py) really fails when an engine deletes docker0."""

from __future__ import annotations

import ipaddress
from typing import Any

import pytest

from tests.support.engine import (
    BRIDGE_POOLS,
    TEST_IMAGE,
    LinkWatch,
    PrivateEngine,
    free_subnet,
    ip,
    link_index,
    scratch_netns,
)


@pytest.fixture
def netns(private_engine: PrivateEngine) -> Any:  # root and iproute2, as the engine has
    with scratch_netns() as name:
        yield name


def _add_docker0(netns: str) -> None:
    """A docker0 like the one a user's engine keeps, inside NETNS."""
    ip("link", "add", "docker0", "type", "bridge", netns=netns)
    ip("addr", "add", "172.17.0.1/16", "dev", "docker0", netns=netns)
    ip("link", "set", "docker0", "up", netns=netns)


def test_guard_fails_when_an_engine_deletes_docker0(netns: str) -> None:
    """The harness's engine keeps docker0; a bridge-less one deletes it and the guard says so."""
    _add_docker0(netns)
    watch = LinkWatch("docker0", netns)
    assert watch.before is not None and watch.problem() is None

    ours = PrivateEngine(netns=netns)
    try:
        ours.start()
        assert link_index(ours.bridge, netns) is not None
    finally:
        ours.stop()
    assert watch.problem() is None  # the harness's engine left docker0 alone

    bridgeless = PrivateEngine(netns=netns, own_bridge=False)  # what make test used to start
    try:
        bridgeless.start()
        problem = watch.problem()
    finally:
        bridgeless.stop()
    assert problem == "docker0 existed before and is gone", problem

    _add_docker0(netns)  # deleted and made again: a new interface, the guard sees that too
    assert "made again" in (watch.problem() or "")


def test_free_subnet_skips_what_the_machine_uses(netns: str) -> None:
    first = free_subnet(netns)
    assert first == next(BRIDGE_POOLS[0].subnets(new_prefix=24))
    # a network that covers the whole first pool (a VPN, a user's docker network…)
    ip("link", "add", "busy0", "type", "bridge", netns=netns)
    ip("addr", "add", "172.31.9.1/16", "dev", "busy0", netns=netns)
    nxt = free_subnet(netns)
    assert nxt.subnet_of(BRIDGE_POOLS[1]), nxt
    # a route alone (no address here) also counts
    ip("link", "set", "busy0", "up", netns=netns)
    ip("route", "add", f"{nxt}", "dev", "busy0", netns=netns)
    assert not free_subnet(netns).overlaps(nxt)


def test_a_second_engine_has_its_own_bridge_and_identity(private_engine: PrivateEngine) -> None:
    """Two engines in one process (the old per-pid name and subnet made them share one)."""
    main_index = link_index(private_engine.bridge)
    assert main_index is not None and private_engine.subnet is not None
    second = PrivateEngine()
    try:
        second.start()
        assert second.subnet is not None
        assert second.bridge != private_engine.bridge
        assert not second.subnet.overlaps(private_engine.subnet)
        assert link_index(private_engine.bridge) == main_index  # untouched
        main_client, second_client = private_engine.client(), second.client()
        try:
            # each its own key.json, so its own ID (a shared /etc/docker/key.json gave one)
            assert main_client.info()["ID"] != second_client.info()["ID"]
            assert (private_engine.root / "key.json").is_file()  # type: ignore[operator]
            # the main engine still runs containers on its own bridge
            cid = main_client.create_container(TEST_IMAGE, ["sleep", "30"])["Id"]
            try:
                main_client.start(cid)
                address = main_client.inspect_container(cid)["NetworkSettings"]["IPAddress"]
                assert ipaddress.IPv4Address(address) in private_engine.subnet
            finally:
                main_client.remove_container(cid, force=True)
        finally:
            main_client.close()
            second_client.close()
    finally:
        second.stop()
    assert link_index(private_engine.bridge) == main_index
