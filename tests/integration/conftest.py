"""Fixtures of the integration tests that start engines beyond this machine (a second
engine over ssh, one over TLS): started once per session, stopped by their pids."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.engine import PrivateEngine
from tests.support.remote import SshServer, tls_engine
from tests.support.tls import CertSet


@pytest.fixture(scope="session")
def ssh_remote(private_engine: PrivateEngine) -> Iterator[tuple[PrivateEngine, SshServer]]:
    engine = PrivateEngine()
    engine.start()
    engine.build_test_image()
    server = SshServer(engine.socket)
    try:
        server.start()
        yield engine, server
    finally:
        server.stop()
        engine.stop()


@pytest.fixture(scope="session")
def tls_remote(
    private_engine: PrivateEngine, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[PrivateEngine, CertSet, int]]:
    engine, certs, port = tls_engine(tmp_path_factory.mktemp("tls"))
    engine.start()
    engine.build_test_image()
    try:
        yield engine, certs, port
    finally:
        engine.stop()
