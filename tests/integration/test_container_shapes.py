"""A container read by inspect (what an event refreshes) equals the same container read by
the list (what a full refresh reads), so rows never flip between the two shapes."""

from __future__ import annotations

import time
from typing import Any

from core.docker.containers import Container
from tests.integration.helpers import create_container, wait_until


def test_inspect_and_list_agree(docker_client: Any) -> None:
    client = docker_client
    ports = client.create_host_config(port_bindings={80: ("127.0.0.1", None), 53: None})
    running = create_container(
        client, "shape-running", ["sh", "-c", "sleep 600"], ports=[80, (53, "udp")],
        host_config=ports, labels={"team": "ml"},
    )  # fmt: skip
    exited = create_container(client, "shape-exited", ["sh", "-c", "exit 3"])
    created = create_container(client, "shape-created")
    paused = create_container(client, "shape-paused")
    for cid in (running, exited, paused):
        client.start(cid)
    client.pause(paused)
    assert wait_until(lambda: client.inspect_container(exited)["State"]["Status"] == "exited")
    time.sleep(1.5)  # let the list's copy catch up with the pause
    listed = {c.id: c for c in (Container.from_list_entry(e) for e in client.containers(all=True))}
    for cid, state in ((running, "running"), (exited, "exited"), (created, "created"),
                       (paused, "paused")):  # fmt: skip
        from_list = listed[cid]
        from_inspect = Container.from_inspect(client.inspect_container(cid))
        assert from_inspect.state == state
        for field in ("id", "name", "image", "state", "created", "ports", "command", "labels",
                      "image_id", "exit_code", "health"):  # fmt: skip
            assert getattr(from_inspect, field) == getattr(from_list, field), (state, field)
        # the status lines agree (the list's is rounded as Docker rounds)
        assert from_inspect.status_at() == from_list.status_at(), state
