"""Pull, push, the registry browser and logins against a real registry."""

from __future__ import annotations

import json
import os
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest

from core.docker.registry import RegistryClient, known_registries, login, logout
from core.docker.transfer import TransferProgress, pull_image, push_image
from core.errors import Cancelled, DockerError, ValidationError
from core.jobs import Job
from tests.support.engine import TEST_IMAGE
from tests.support.registry import SlowProxy, free_port, push_random_image

pytestmark = pytest.mark.timeout(300)


def _job() -> Job:
    return Job("test", lambda j: None)


def _local_tags(client: Any) -> set[str]:
    return {t for i in client.images() for t in i.get("RepoTags") or ()}


def test_push_catalog_tags_manifest_and_pull_back(docker_client: Any, registry: Any) -> None:
    ref = f"{registry.host}/envdock/busybox:1.0"
    docker_client.tag(TEST_IMAGE, f"{registry.host}/envdock/busybox", "1.0")
    seen: list[TransferProgress] = []
    pushed = push_image(_job(), docker_client, ref, seen.append)
    assert pushed.digest.startswith("sha256:")
    assert pushed.layers and all(layer.done for layer in pushed.layers.values())
    assert seen and seen[-1].fraction == 1.0

    reg = RegistryClient(registry.host)
    try:
        assert "envdock/busybox" in reg.catalog()
        assert reg.tags("envdock/busybox") == ["1.0"]
        info = reg.manifest("envdock/busybox", "1.0")
        assert info.digest == pushed.digest
        local_layers = docker_client.inspect_image(TEST_IMAGE)["RootFS"]["Layers"]
        assert len(info.layers) == len(local_layers)
        assert info.os == "linux" and info.architecture
        assert info.size == sum(s for _, s in info.layers) + info.raw["config"]["size"]
    finally:
        reg.close()

    docker_client.remove_image(ref)
    assert ref not in _local_tags(docker_client)
    job = _job()
    pulled = pull_image(job, docker_client, ref)
    assert not pulled.up_to_date and pulled.digest == pushed.digest
    assert ref in _local_tags(docker_client)
    again = pull_image(_job(), docker_client, ref)
    assert again.up_to_date
    docker_client.remove_image(ref)


def test_delete_tag_takes_tags_sharing_the_manifest(docker_client: Any, registry: Any) -> None:
    repo = f"{registry.host}/envdock/deltest"
    for tag in ("a", "b"):
        docker_client.tag(TEST_IMAGE, repo, tag)
        push_image(_job(), docker_client, f"{repo}:{tag}")
        docker_client.remove_image(f"{repo}:{tag}")
    reg = RegistryClient(registry.host)
    try:
        assert reg.tags_sharing("envdock/deltest", "a") == ["a", "b"]
        digest = reg.delete_tag("envdock/deltest", "a")
        assert digest.startswith("sha256:")
        assert reg.tags("envdock/deltest") == []
        with pytest.raises(DockerError, match="Not found"):
            reg.manifest("envdock/deltest", "a")
    finally:
        reg.close()


def test_pull_bad_references_and_missing_images(docker_client: Any, registry: Any) -> None:
    for bad in ("UPPER/case", "a::b", "app:", ""):
        with pytest.raises(ValidationError):
            pull_image(_job(), docker_client, bad)
    with pytest.raises(DockerError, match="does not exist") as err:
        pull_image(_job(), docker_client, f"{registry.host}/nothing/here:1")
    assert err.value.hint
    down = f"127.0.0.1:{free_port()}/x/y:1"
    with pytest.raises(DockerError, match="cannot be reached"):
        pull_image(_job(), docker_client, down)
    with pytest.raises(DockerError):
        push_image(_job(), docker_client, f"{registry.host}/not/local:1")


def test_login_logout_and_auth_errors(
    docker_client: Any, auth_registry: Any, private_engine: Any
) -> None:
    host = auth_registry.host
    env = private_engine.env()
    ref = f"{host}/private/busybox:1"
    docker_client.tag(TEST_IMAGE, f"{host}/private/busybox", "1")
    try:
        with pytest.raises(DockerError, match="needs a login"):
            RegistryClient(host).catalog()
        with pytest.raises(DockerError, match="not logged in") as err:
            push_image(_job(), docker_client, ref)
        assert "Log in" in err.value.hint
        with pytest.raises(DockerError, match="refused"):
            login(_job(), host, "alice", "wrong-password", env=env)
        with pytest.raises(ValidationError):
            login(_job(), host, "alice", "", env=env)

        job = _job()
        login(job, host, "alice", auth_registry.password, env=env)
        # the password went through a pipe: never on a command line we ran
        assert all(auth_registry.password not in line for line in job.lines())
        assert host in {r.host for r in known_registries()}
        reg = RegistryClient(host)
        assert reg.catalog() == []
        reg.close()
        pushed = push_image(_job(), docker_client, ref)
        assert pushed.digest
        reg = RegistryClient(host)
        assert reg.tags("private/busybox") == ["1"]
        reg.close()

        logout(_job(), host, env=env)
        assert host not in {r.host for r in known_registries()}
        with pytest.raises(DockerError, match="needs a login"):
            RegistryClient(host).tags("private/busybox")
        config = Path(os.environ["DOCKER_CONFIG"]) / "config.json"
        assert host not in json.loads(config.read_text()).get("auths", {})
    finally:
        docker_client.remove_image(ref)


@pytest.fixture
def big_image(docker_client: Any, registry: Any, tmp_path: Path) -> Any:
    """An image of three 24 MiB random layers, pushed to the registry, removed locally."""
    return push_random_image(docker_client, registry, tmp_path / "ctx", "big", layers=3)


def test_cancel_pull_halfway_leaves_nothing_tagged(
    docker_client: Any, registry: Any, big_image: str, private_engine: Any
) -> None:
    proxy = SlowProxy(registry.port, rate=6 * 1024 * 1024)
    ref = big_image.replace(registry.host, proxy.host)
    try:
        job = _job()
        seen = threading.Event()

        def on_progress(p: TransferProgress) -> None:
            if p.bytes_done > 0:
                seen.set()
                job.cancel()

        with pytest.raises(Cancelled):
            pull_image(job, docker_client, ref, on_progress)
        assert seen.is_set()
        assert ref not in _local_tags(docker_client)
        # the docker command sees nothing under that reference either
        out = subprocess.run(
            ["docker", "images", "-q", ref],
            env=private_engine.env(),
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert out.strip() == ""
    finally:
        proxy.stop()
