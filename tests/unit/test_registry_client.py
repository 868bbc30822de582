"""The registry client's errors with no registry there, and addresses it refuses."""

from __future__ import annotations

import pytest

from core.docker.registry import RegistryClient
from core.errors import DockerError, ValidationError
from tests.support.registry import free_port


def test_registry_down_and_bad_addresses() -> None:
    reg = RegistryClient(f"127.0.0.1:{free_port()}")
    with pytest.raises(DockerError, match="cannot be reached") as err:
        reg.catalog()
    assert "host:port" in err.value.hint
    reg.close()
    for bad in ("", "http://", "a b", "host/path"):
        with pytest.raises(ValidationError):
            RegistryClient(bad)
