"""Volume and network life cycles, browsing a volume, and prune previews that match."""

from __future__ import annotations

from typing import Any

import pytest

from core.docker.networks import connect, create_network, disconnect, list_networks, remove_networks
from core.docker.prune import preview, prune
from core.docker.volumes import (
    HELPER_LABEL,
    VolumeBrowser,
    create_volume,
    list_volumes,
    remove_volumes,
    volume_sizes,
)
from core.errors import DockerError, ValidationError
from core.jobs import Job
from tests.integration.helpers import create_container

pytestmark = pytest.mark.timeout(300)


def _job() -> Job:
    return Job("t", lambda j: None)


def test_volume_life_cycle_and_browse(docker_client: Any) -> None:
    name = create_volume(_job(), docker_client, "envdock-data", labels={"k": "v"})
    with pytest.raises(ValidationError, match="already exists"):
        create_volume(_job(), docker_client, "envdock-data")
    for bad in ("", "a", "-x", "has space", "x/y"):
        with pytest.raises(ValidationError):
            create_volume(_job(), docker_client, bad)
    # fill it from a container, then browse it read-only
    cid = create_container(
        docker_client,
        "vol-writer",
        [
            "sh",
            "-c",
            "mkdir -p /d/sub && echo hello > /d/a.txt"
            " && head -c 3000 /dev/zero > /d/sub/z && ln -s a.txt /d/link",
        ],
        host_config=docker_client.create_host_config(binds={name: {"bind": "/d", "mode": "rw"}}),
    )
    docker_client.start(cid)
    assert docker_client.wait(cid, timeout=30)["StatusCode"] == 0
    vol = next(v for v in list_volumes(docker_client) if v.name == name)
    assert vol.used_by == ("vol-writer",) and vol.labels == {"k": "v"} and vol.driver == "local"
    assert volume_sizes(docker_client)[name] >= 3006

    with pytest.raises(DockerError, match="in use by vol-writer"):
        remove_volumes(_job(), docker_client, [name])

    browser = VolumeBrowser(docker_client, name)
    try:
        entries = browser.list_dir("")
        assert [(e.name, e.kind) for e in entries] == [
            ("sub", "dir"),
            ("a.txt", "file"),
            ("link", "link"),
        ]
        assert next(e for e in entries if e.name == "link").target == "a.txt"
        assert [(e.name, e.size) for e in browser.list_dir("sub")] == [("z", 3000)]
        data, cut = browser.read_file("a.txt")
        assert (data, cut) == (b"hello\n", False)
        data, cut = browser.read_file("sub/z", limit=100)
        assert len(data) == 100 and cut
        with pytest.raises(ValidationError, match="folder"):
            browser.read_file("sub")
        with pytest.raises(DockerError):
            browser.list_dir("missing")
        # the helper was never started and cannot write
        helper = docker_client.inspect_container(browser.container)
        assert helper["State"]["Status"] == "created"
        assert helper["Mounts"][0]["RW"] is False
    finally:
        browser.close()
    assert not docker_client.containers(all=True, filters={"label": HELPER_LABEL})

    docker_client.remove_container(cid)
    assert remove_volumes(_job(), docker_client, [name]) == [name]
    assert name not in {v.name for v in list_volumes(docker_client)}


def test_network_life_cycle(docker_client: Any) -> None:
    net_id = create_network(
        _job(), docker_client, "envdock-net", subnet="10.231.0.0/24", gateway="10.231.0.1"
    )
    try:
        net = next(n for n in list_networks(docker_client) if n.id == net_id)
        assert (net.driver, net.subnets, net.gateways) == (
            "bridge",
            ("10.231.0.0/24",),
            ("10.231.0.1",),
        )
        with pytest.raises(ValidationError, match="already exists"):
            create_network(_job(), docker_client, "envdock-net")
        with pytest.raises(ValidationError, match="overlaps"):
            create_network(_job(), docker_client, "envdock-net2", subnet="10.231.0.128/25")
        with pytest.raises(ValidationError, match="not a subnet"):
            create_network(_job(), docker_client, "envdock-net2", subnet="10.1.2.3/24")
        with pytest.raises(ValidationError, match="not a host address"):
            create_network(
                _job(), docker_client, "envdock-net2", subnet="10.232.0.0/24", gateway="10.9.9.9"
            )
        with pytest.raises(ValidationError, match="needs a subnet"):
            create_network(_job(), docker_client, "envdock-net2", gateway="10.9.9.9")

        cid = create_container(docker_client, "net-member", ["sleep", "600"])
        docker_client.start(cid)
        connect(_job(), docker_client, net_id, cid, aliases=["db"], ipv4="10.231.0.50")
        info = docker_client.inspect_container(cid)["NetworkSettings"]["Networks"]["envdock-net"]
        assert info["IPAMConfig"]["IPv4Address"] == "10.231.0.50" and "db" in info["Aliases"]
        net = next(n for n in list_networks(docker_client) if n.id == net_id)
        assert net.containers == ("net-member",)
        with pytest.raises(DockerError, match="in use by net-member"):
            remove_networks(_job(), docker_client, [net])
        with pytest.raises(ValidationError):
            connect(_job(), docker_client, net_id, cid, ipv4="999.1.1.1")
        disconnect(_job(), docker_client, net_id, cid)
        assert (
            "envdock-net" not in docker_client.inspect_container(cid)["NetworkSettings"]["Networks"]
        )
        builtin = [n for n in list_networks(docker_client) if n.name == "bridge"]
        with pytest.raises(DockerError, match="engine's own"):
            remove_networks(_job(), docker_client, builtin)
        net = next(n for n in list_networks(docker_client) if n.id == net_id)
        assert remove_networks(_job(), docker_client, [net]) == ["envdock-net"]
    finally:
        try:
            docker_client.remove_network(net_id)
        except Exception:
            pass


def test_prune_previews_match_what_prune_removes(docker_client: Any) -> None:
    # stopped and running containers
    stopped = create_container(docker_client, "prune-stopped", ["true"])
    docker_client.start(stopped)
    docker_client.wait(stopped, timeout=30)
    created_only = create_container(docker_client, "prune-created")
    running = create_container(docker_client, "prune-running")
    docker_client.start(running)
    # a dangling image: build twice under one tag
    from tests.support.engine import TEST_IMAGE

    docker_client.tag(TEST_IMAGE, "envdock/prune-tag", "1")
    for n in range(2):
        import io
        import tarfile

        data = io.BytesIO()
        with tarfile.open(fileobj=data, mode="w") as tar:
            body = f"FROM {TEST_IMAGE}\nLABEL n={n}\n".encode()
            info = tarfile.TarInfo("Dockerfile")
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
        data.seek(0)
        for chunk in docker_client.build(
            fileobj=data, custom_context=True, tag="envdock/dangle:1", decode=True
        ):
            assert "error" not in chunk
    # volumes: one used, one not
    create_volume(_job(), docker_client, "prune-unused")
    create_volume(_job(), docker_client, "prune-used")
    user = create_container(
        docker_client,
        "prune-vol-user",
        host_config=docker_client.create_host_config(binds={"prune-used": {"bind": "/u"}}),
    )
    docker_client.start(user)

    pc = preview(docker_client, "containers")
    assert {stopped, created_only} <= {i.key for i in pc.items}
    assert running not in {i.key for i in pc.items} and user not in {i.key for i in pc.items}
    result = prune(_job(), docker_client, "containers")
    assert set(result.removed) == {i.key for i in pc.items}

    pi = preview(docker_client, "images")
    assert pi.items and all(not i.label.startswith("envdock/dangle") for i in pi.items)
    result = prune(_job(), docker_client, "images")
    assert {i.key for i in pi.items} <= set(result.removed)
    assert not preview(docker_client, "images").items

    pv = preview(docker_client, "volumes")
    keys = {i.key for i in pv.items}
    assert "prune-unused" in keys and "prune-used" not in keys
    result = prune(_job(), docker_client, "volumes")
    assert set(result.removed) == keys

    pa = preview(docker_client, "images", all_images=True)
    labels = {i.label for i in pa.items}
    assert "envdock/dangle:1" in labels  # unused, tagged: only "all" takes it
    assert not any(TEST_IMAGE in label for label in labels)  # used by running containers
    docker_client.remove_image("envdock/dangle:1")
    docker_client.remove_image("envdock/prune-tag:1")
    docker_client.remove_container(user, force=True)
    docker_client.remove_volume("prune-used")
