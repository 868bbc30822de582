"""A compose ``up`` cancelled while it pulls a big image through a slow link (the real
registry behind the tests' rate-limited proxy): the job ends cancelled, and nothing of the
project is left half-made — no container created, the image not tagged."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.compose.actions import UpOptions, up_argv
from core.compose.projects import ref_from_path
from core.jobs import Job, JobState
from tests.integration.compose_helpers import (
    containers,
    down_quietly,
    engine_env,
    run_job,
    tool_for,
    unique,
)
from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.registry import Registry, SlowProxy, push_random_image

RATE = 4 * 1024 * 1024  # bytes a second through the proxy: the pull takes ~12 s


@pytest.fixture
def slow_image(docker_client: Any, registry: Registry, tmp_path: Path) -> Iterator[str]:
    """A 48 MiB image in the registry (not on the engine), and its name through a proxy
    that passes ``RATE`` bytes a second."""
    ref = push_random_image(docker_client, registry, tmp_path / "big-ctx", "compose-big", 2)
    proxy = SlowProxy(registry.port, rate=RATE)
    yield ref.replace(registry.host, proxy.host)
    proxy.stop()


@pytest.mark.parametrize("which", ["v2", "v1"])
def test_an_up_cancelled_during_a_slow_pull_leaves_nothing_half_made(  # noqa: PLR0917 - fixtures
    which: str,
    request: pytest.FixtureRequest,
    private_engine: PrivateEngine,
    docker_client: Any,
    slow_image: str,
    tmp_path: Path,
) -> None:
    command: tuple[str, ...] = request.getfixturevalue(f"compose_{which}")
    env = engine_env(private_engine)
    tool = tool_for(which, command, env)
    folder = tmp_path / "slow"
    folder.mkdir()
    (folder / "compose.yaml").write_text(
        f"services:\n"
        f"  here:\n    image: {TEST_IMAGE}\n    command: [sleep, '600']\n"
        f"  big:\n    image: {slow_image}\n    command: [sleep, '600']\n"
    )  # fmt: skip
    ref = ref_from_path(folder, name=unique(f"envdkslow{which}"))
    pulling_seen = threading.Event()

    def cancel_while_pulling(job: Job) -> None:
        def watch() -> None:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not job.state.finished:
                if any("Pull" in line for line in job.lines()):
                    pulling_seen.set()
                    time.sleep(1.0)  # well inside the ~12 s the pull needs
                    job.cancel()
                    return
                time.sleep(0.05)

        threading.Thread(target=watch, daemon=True).start()

    try:
        began = time.monotonic()
        job = run_job(tool, ref, up_argv(tool, ref, UpOptions()), env,
                      on_start=cancel_while_pulling)  # fmt: skip
        took = time.monotonic() - began
        assert pulling_seen.is_set(), job.lines()[-10:]
        assert job.state is JobState.CANCELLED, (job.state, job.error)
        assert took < 12, f"the cancel took effect after {took:.1f} s (the pull is ~12 s)"
        assert containers(docker_client, ref.name) == [], [
            c.name for c in containers(docker_client, ref.name)
        ]
        tags = {t for i in docker_client.images() for t in (i.get("RepoTags") or [])}
        assert slow_image not in tags
    finally:
        down_quietly(command, ref.name, folder, env)
