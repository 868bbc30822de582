"""Container action requests refused before any engine is asked."""

from __future__ import annotations

from typing import cast

import pytest

from core.docker.actions import ActionRequest, rename, run_action
from core.docker.api import DockerAPI
from core.errors import DockerError, ValidationError
from core.jobs import Job

NEVER_CALLED = cast(DockerAPI, object())  # refused before the client is used
NOT_CONNECTED = cast(DockerAPI, None)  # no engine connection yet


def test_bad_requests() -> None:
    job = Job("x", lambda j: run_action(j, NEVER_CALLED, ActionRequest("explode", ("a",))))
    job.run()
    assert isinstance(job.error, ValidationError)
    job = Job("x", lambda j: run_action(j, NOT_CONNECTED, ActionRequest("stop", ("a",))))
    job.run()
    assert isinstance(job.error, DockerError) and "Not connected" in job.error.message
    with pytest.raises(ValidationError):
        rename(Job("x", lambda j: None), NEVER_CALLED, "id", "bad name")
