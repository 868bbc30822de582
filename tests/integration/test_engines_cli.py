"""``envdock engines …`` and ``envdock --engine NAME docker …`` against real engines: the
default one, a context over ssh, a context over TLS."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.support.engine import PrivateEngine
from tests.support.remote import SshServer
from tests.support.tls import CertSet


def envdock(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip


def test_list_add_use_remove_and_act_on_a_named_engine(
    private_engine: PrivateEngine,
    ssh_remote: tuple[PrivateEngine, SshServer],
    tls_remote: tuple[PrivateEngine, CertSet, int],
    tmp_path: Path,
) -> None:
    remote, server = ssh_remote
    tls_engine, certs, port = tls_remote
    env = server.env() | {"DOCKER_CONFIG": str(tmp_path / "dc"), "HOME": str(tmp_path)}
    env["DOCKER_HOST"] = private_engine.base_url
    added = envdock(env, "engines", "add", "gpu1", "--host", server.url, "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["kind"] == "ssh"
    tls = envdock(env, "engines", "add", "tls1", "--host", f"tcp://127.0.0.1:{port}",
                  "--tls-ca", str(certs.ca), "--tls-cert", str(certs.cert),
                  "--tls-key", str(certs.key))  # fmt: skip
    assert tls.returncode == 0 and "warning" not in tls.stderr, tls.stderr
    plain = envdock(env, "engines", "add", "open", "--host", "tcp://127.0.0.1:1")
    assert plain.returncode == 0 and "is root on its host" in plain.stderr
    listed = envdock(env, "engines", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows: dict[str, Any] = {r["name"]: r for r in json.loads(listed.stdout)}
    assert set(rows) == {"default", "gpu1", "tls1", "open"}
    assert rows["default"]["current"] and rows["default"]["source"] == "default"
    assert (rows["gpu1"]["kind"], rows["gpu1"]["source"], rows["gpu1"]["state"]) == (
        "ssh", "added", "connected",
    )  # fmt: skip
    assert rows["tls1"]["state"] == "connected" and rows["tls1"]["server_version"]
    assert rows["open"]["state"] == "not_running"

    client = remote.client()
    cid = client.create_container("envdock-test/busybox:latest", ["true"], name="on-gpu1")["Id"]
    try:
        over_ssh = envdock(env, "--engine", "gpu1", "docker", "ps", "--json")
        assert over_ssh.returncode == 0, over_ssh.stderr
        assert cid in {c["id"] for c in json.loads(over_ssh.stdout)}
        here = envdock(env, "docker", "ps", "--json")  # DOCKER_HOST: the default engine
        assert cid not in {c["id"] for c in json.loads(here.stdout)}
        inspect = envdock(env, "--engine", "gpu1", "docker", "inspect", "on-gpu1")
        assert json.loads(inspect.stdout)["Id"] == cid
        tls_ids = json.loads(envdock(env, "--engine", "tls1", "docker", "ps", "--json").stdout)
        assert {c["id"] for c in tls_ids} == {
            c["Id"] for c in tls_engine.client().containers(all=True)
        }
    finally:
        client.remove_container(cid, force=True)
        client.close()

    env.pop("DOCKER_HOST")
    assert envdock(env, "engines", "use", "gpu1").returncode == 0
    rows = {r["name"]: r for r in json.loads(envdock(env, "engines", "list", "--json",
                                                     "--no-probe").stdout)}  # fmt: skip
    assert rows["gpu1"]["current"] and not rows["default"]["current"]
    for name in ("gpu1", "tls1", "open"):
        assert envdock(env, "engines", "remove", name).returncode == 0
    gone = envdock(env, "--engine", "gpu1", "docker", "ps", "--json")
    assert gone.returncode == 1 and "No engine named 'gpu1'" in gone.stderr
    assert "Traceback" not in gone.stderr
    bad = envdock(env, "engines", "add", "bad name", "--host", server.url)
    assert bad.returncode == 1 and "not a valid context name" in bad.stderr
