"""Engines beyond this machine: a private engine over real ssh (sshd started here) and one
over real TLS (certificates made here). Connect, list, act, logs, exec and stats on each;
every fault gives its own message and hint, and the engine recovers by itself."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.docker.connection import connect
from core.docker.contexts import EngineSpec, TLSFiles, create_context
from core.docker.endpoint import Endpoint, TLSSettings
from core.docker.engine import Engine
from core.docker.exec_session import ExecSession
from core.errors import DockerUnavailable
from tests.integration.helpers import wait_until
from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.remote import SshServer, keygen, tls_engine
from tests.support.tls import CertSet, make_certs


def _spec(url: str, tls: TLSSettings | None = None, name: str = "remote") -> EngineSpec:
    return EngineSpec(name, Endpoint(url, f"context {name}", tls), "added")


def _engine(spec: EngineSpec, env: dict[str, str]) -> Engine:
    engine = Engine(env=env, spec=spec)
    engine.start()
    return engine


def _exercise(engine: Engine, remote: PrivateEngine) -> None:
    """List, act, logs, exec and stats through ``engine`` on a container of ``remote``."""
    assert wait_until(lambda: engine.status.connected, 30), engine.status
    client = remote.client()
    try:
        cid = client.create_container(TEST_IMAGE, ["sh", "-c", "echo hello-remote; sleep 600"])[
            "Id"
        ]
        assert wait_until(lambda: engine.store.get(cid) is not None, 15)
        engine.api.start(cid)
        assert wait_until(lambda: (c := engine.store.get(cid)) is not None and c.state == "running")
        assert wait_until(lambda: b"hello-remote" in engine.api.logs(cid), 10)
        session = ExecSession(engine.api, cid, ["/bin/sh"])
        session.start()
        seen = bytearray()
        try:
            session.write(b"echo $((6*7))\n")
            assert wait_until(lambda: b"42" in seen.__iadd__(session.drain()), 10)
        finally:
            session.close()
        one = engine.api._get(
            engine.api._url("/containers/{0}/stats", cid), params={"stream": False}
        ).json()
        assert one["memory_stats"]["usage"] > 0
        engine.api.stop(cid, timeout=0)
        assert wait_until(lambda: (c := engine.store.get(cid)) is not None and c.state == "exited")
    finally:
        client.remove_container(cid, force=True)
        client.close()


def test_an_engine_over_ssh(ssh_remote: tuple[PrivateEngine, SshServer], tmp_path: Path) -> None:
    remote, server = ssh_remote
    env = server.env() | {"DOCKER_CONFIG": str(tmp_path / "dc")}
    spec = create_context("gpu1", server.url, env=env, home=tmp_path)
    assert spec.kind == "ssh"
    engine = _engine(spec, env)
    try:
        _exercise(engine, remote)
        assert engine.status.endpoint == server.url
        connection = engine._connection
        assert connection is not None and connection.tunnel is not None
        folder = connection.tunnel.folder
    finally:
        engine.stop()
    assert not folder.exists()  # the tunnel's socket and master are gone with it
    assert str(folder) not in os.popen("ps -eo args").read()  # noqa: S605 - no ssh left


def test_an_engine_over_tls_with_company_ca_variables_set(
    tls_remote: tuple[PrivateEngine, CertSet, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remote, certs, port = tls_remote
    bogus = make_certs(tmp_path / "other")  # a CA bundle that does not know the engine's CA
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bogus.ca))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(bogus.ca))
    env = dict(os.environ, DOCKER_CONFIG=str(tmp_path / "dc"))
    tls = TLSFiles(certs.ca, certs.cert, certs.key)
    spec = create_context("tls1", f"tcp://127.0.0.1:{port}", tls, env=env, home=tmp_path)
    assert spec.kind == "tls"
    engine = _engine(spec, env)
    try:
        _exercise(engine, remote)
        assert not engine.status.tls_unverified
    finally:
        engine.stop()


def _fails(endpoint: Endpoint, env: dict[str, str] | None = None) -> DockerUnavailable:
    with pytest.raises(DockerUnavailable) as info:
        connect(endpoint, env, timeout=15).close()
    assert "Traceback" not in info.value.message
    return info.value


def test_tls_faults_each_say_what_is_wrong(
    tls_remote: tuple[PrivateEngine, CertSet, int], tmp_path: Path
) -> None:
    _remote, certs, port = tls_remote
    url = f"tcp://127.0.0.1:{port}"
    other = make_certs(tmp_path / "other")
    wrong_ca = _fails(Endpoint(url, "t", TLSSettings(True, str(other.ca), str(certs.cert),
                                                     str(certs.key))))  # fmt: skip
    assert "not signed by the CA" in wrong_ca.message and "ca.pem" in wrong_ca.hint
    no_client = _fails(Endpoint(url, "t", TLSSettings(True, str(certs.ca))))
    assert "client certificate" in no_client.message, no_client.message
    foreign_client = _fails(Endpoint(url, "t", TLSSettings(True, str(certs.ca), str(other.cert),
                                                           str(other.key))))  # fmt: skip
    assert "refused the client certificate" in foreign_client.message, foreign_client.message
    plain = _fails(Endpoint(url, "t"))
    assert "speaks TLS" in plain.message or "closed the connection" in plain.message, plain.message
    certs_for_localhost = TLSSettings(True, str(certs.ca), str(certs.cert), str(certs.key))
    wrong_name = _fails(Endpoint(f"tcp://localhost:{port}", "t", certs_for_localhost))
    assert "for another name" in wrong_name.message, wrong_name.details


def test_an_expired_engine_certificate(private_engine: PrivateEngine, tmp_path: Path) -> None:
    engine, certs, port = tls_engine(tmp_path / "expired", expired=True)
    engine.start()
    try:
        tls = TLSSettings(True, str(certs.ca), str(certs.cert), str(certs.key))
        err = _fails(Endpoint(f"tcp://127.0.0.1:{port}", "t", tls))
        assert "expired" in err.message, err.details
    finally:
        engine.stop()


def test_ssh_faults_each_say_what_is_wrong_and_the_engine_recovers(
    ssh_remote: tuple[PrivateEngine, SshServer], tmp_path: Path
) -> None:
    _remote, server = ssh_remote
    env = server.env()
    endpoint = Endpoint(server.url, "t")
    saved = server.known_hosts.read_text()
    try:
        server.known_hosts.write_text("")
        unknown = _fails(endpoint, env)
        assert "is not known" in unknown.message and "SHA256:" in unknown.message, unknown
        assert "never accepts" in unknown.hint
        keygen(tmp_path / "k")  # another key: as if the server had been replaced
        other_key = (tmp_path / "k.pub").read_text().split()
        server.known_hosts.write_text(f"[127.0.0.1]:{server.port} {other_key[0]} {other_key[1]}\n")
        changed = _fails(endpoint, env)
        assert "has changed" in changed.message and "SHA256:" in changed.message, changed
    finally:
        server.known_hosts.write_text(saved)
    server.write_client_config(identity=tmp_path / "k")
    try:
        refused = _fails(endpoint, env)
        assert "refused the ssh key" in refused.message and "ssh-add" in refused.hint
    finally:
        server.write_client_config()
    # the port closed: the engine says so, then recovers by itself when sshd is back
    engine = _engine(_spec(server.url), env)
    try:
        assert wait_until(lambda: engine.status.connected, 30), engine.status
        server.stop(remove=False)
        engine.retry_now()
        closed = _fails(endpoint, env)
        assert "Nothing listens" in closed.message
        assert wait_until(lambda: not engine.status.connected, 30)
        server.start()
        assert wait_until(lambda: engine.status.connected, 30), engine.status
    finally:
        engine.stop()


def test_docker_missing_on_the_server(
    ssh_remote: tuple[PrivateEngine, SshServer], tmp_path: Path
) -> None:
    _remote, server = ssh_remote
    server.stop(remove=False)
    server.session_env = "PATH=/nonexistent"  # the sessions find no docker command
    try:
        server.start()
        err = _fails(Endpoint(server.url, "t"), server.env())
        assert "no docker command" in err.message, (err.message, err.details)
    finally:
        server.stop(remove=False)
        server.session_env = ""
        server.start()


def test_a_build_context_goes_over_ssh_with_progress(
    ssh_remote: tuple[PrivateEngine, SshServer], tmp_path: Path
) -> None:
    from core.docker.build import BuildRequest, build_image
    from core.jobs import Job

    remote, server = ssh_remote
    context = tmp_path / "ctx"
    context.mkdir()
    (context / "weights.bin").write_bytes(os.urandom(8 * 2**20))
    (context / "Dockerfile").write_text(f"FROM {TEST_IMAGE}\nCOPY weights.bin /weights.bin\n")
    connection = connect(Endpoint(server.url, "t"), server.env())
    lines: list[str] = []
    try:
        request = BuildRequest(context, tags=("over/ssh:1",))
        job = Job("build", lambda j: build_image(j, connection.client, request))
        job.listeners.logged.append(lambda _j, line: lines.append(line))
        job.run()
        assert job.error is None, job.error
    finally:
        connection.close()
    sent = [line for line in lines if line.startswith("sending the build context:")]
    assert len(sent) >= 5 and sent[-1].endswith("8.0 MiB of 8.0 MiB"), sent
    client = remote.client()
    try:
        assert client.inspect_image("over/ssh:1")["Size"] >= 8 * 2**20  # built over there
    finally:
        client.remove_image("over/ssh:1", force=True)
        client.close()
