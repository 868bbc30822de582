"""Several engines at once: the default one and the Docker contexts, each with its own
connection and cache; contexts the CLI creates or removes are seen without a restart."""

from __future__ import annotations

import subprocess
from pathlib import Path

from core.docker.contexts import DEFAULT
from core.docker.engine import Engine
from core.docker.engines import EngineRegistry
from tests.integration.helpers import wait_until
from tests.support.engine import PrivateEngine
from tests.support.remote import SshServer


def test_engines_follow_the_contexts_and_stay_connected(
    private_engine: PrivateEngine, ssh_remote: tuple[PrivateEngine, SshServer], tmp_path: Path
) -> None:
    remote, server = ssh_remote
    env = server.env() | {"DOCKER_CONFIG": str(tmp_path / "dc")}
    env.pop("DOCKER_HOST", None)
    default_env = env | {"DOCKER_HOST": private_engine.base_url}
    registry = EngineRegistry(default_env, tmp_path)
    seen: list[list[str]] = []
    currents: list[str] = []
    registry.on_engines(lambda engines: seen.append(sorted(e.name for e in engines)))
    registry.on_current(lambda engine: currents.append(engine.name))
    registry.start()
    try:
        assert [e.name for e in registry.engines()] == [DEFAULT]
        assert wait_until(lambda: registry.current.status.connected, 20)
        cli = subprocess.run(
            ["docker", "context", "create", "gpu1", "--docker", f"host={server.url}"],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert cli.returncode == 0, cli.stderr
        assert wait_until(lambda: bool(seen) and seen[-1] == [DEFAULT, "gpu1"], 10), seen
        gpu1 = registry.get("gpu1")
        assert isinstance(gpu1, Engine) and not gpu1.running  # connects when first needed
        client = remote.client()
        cid = client.create_container("envdock-test/busybox:latest", ["true"])["Id"]
        try:
            registry.use("gpu1")
            assert currents == ["gpu1"]
            assert wait_until(lambda: registry.current.status.connected, 30)
            assert registry.current.store.get(cid) is not None
            default = registry.get(DEFAULT)
            assert default is not None and default.status.connected  # both at once
            assert default.store.get(cid) is None  # each its own cache
            registry.use(DEFAULT)
            registry.use("gpu1")  # back again: connected, its cache already there
            assert registry.current.status.connected and registry.current.store.get(cid)
        finally:
            client.remove_container(cid, force=True)
            client.close()
        rm = subprocess.run(["docker", "context", "rm", "-f", "gpu1"], env=env,
                            capture_output=True, text=True, check=False)  # fmt: skip
        assert rm.returncode == 0, rm.stderr
        assert wait_until(lambda: seen[-1] == [DEFAULT], 10), seen
        assert currents[-1] == DEFAULT and registry.current.name == DEFAULT
    finally:
        assert registry.stop()
