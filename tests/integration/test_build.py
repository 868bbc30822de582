"""Builds through the engine: multi-stage with a target, args, failing steps, cancel."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest

from core.docker.build import BuildFailed, BuildRequest, BuildStep, build_image
from core.docker.image_ops import history
from core.errors import Cancelled, ValidationError
from core.jobs import Job
from tests.support.engine import TEST_IMAGE

pytestmark = pytest.mark.timeout(300)

MULTI_STAGE = f"""\
FROM {TEST_IMAGE} AS builder
ARG GREETING=hello
RUN mkdir /out && echo "$GREETING from the builder" > /out/msg
RUN dd if=/dev/zero of=/out/filler bs=1k count=64 2>/dev/null

FROM {TEST_IMAGE} AS final
COPY --from=builder /out/msg /msg
LABEL org.example.stage=final
CMD ["cat", "/msg"]
"""


def _job() -> Job:
    return Job("build", lambda j: None)


def _context(tmp_path: Path, dockerfile: str) -> Path:
    ctx = tmp_path / "ctx"
    ctx.mkdir(exist_ok=True)
    (ctx / "Dockerfile").write_text(dockerfile)
    return ctx


def _tags(client: Any) -> set[str]:
    return {t for i in client.images() for t in i.get("RepoTags") or ()}


def test_multi_stage_build_with_args_tags_and_history(
    docker_client: Any, tmp_path: Path, private_engine: Any
) -> None:
    ctx = _context(tmp_path, MULTI_STAGE)
    seen: list[list[BuildStep]] = []
    req = BuildRequest(
        ctx,
        tags=("envdock/multi:1", "envdock/multi:latest"),
        build_args={"GREETING": "bonjour"},
    )
    result = build_image(_job(), docker_client, req, seen.append)
    # the id the build reported is the image the tags name
    assert docker_client.inspect_image("envdock/multi:1")["Id"] == result.image_id
    assert {"envdock/multi:1", "envdock/multi:latest"} <= _tags(docker_client)
    assert [s.instruction.split()[0] for s in result.steps] == [
        "FROM",
        "ARG",
        "RUN",
        "RUN",
        "FROM",
        "COPY",
        "LABEL",
        "CMD",
    ]
    assert all(s.state in ("done", "cached") for s in result.steps)
    # steps point back at their Dockerfile lines (for the editor)
    assert [s.line for s in result.steps] == [1, 2, 3, 4, 6, 7, 8, 9]
    assert seen and seen[-1][-1].state in ("done", "cached")
    out = docker_client.create_container("envdock/multi:1")
    docker_client.envdock_created.append(out["Id"])
    docker_client.start(out["Id"])
    docker_client.wait(out["Id"], timeout=30)
    assert docker_client.logs(out["Id"]).strip() == b"bonjour from the builder"

    # only the builder stage, by target
    target = build_image(
        _job(), docker_client, BuildRequest(ctx, tags=("envdock/multi:builder",), target="builder")
    )
    assert len(target.steps) == 4
    # history rows match `docker history` (same count, same sizes)
    layers = history(docker_client, "envdock/multi:1")
    cli = subprocess.run(
        ["docker", "history", "--no-trunc", "--format", "{{.Size}}", "envdock/multi:1"],
        env=private_engine.env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert len(layers) == len(cli)
    docker_client.remove_image("envdock/multi:builder")
    # the classic builder leaves untagged parents: only `docker images -a` lists them
    from core.docker.images import list_images

    everything = list_images(docker_client, include_intermediate=True)
    intermediate = [i for i in everything if i.intermediate]
    assert intermediate and all(not i.tags and not i.dangling for i in intermediate)
    cli_all = subprocess.run(
        ["docker", "images", "-a", "-q", "--no-trunc"],
        env=private_engine.env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert {i.id for i in everything} == set(cli_all)
    assert {i.id for i in list_images(docker_client)} == {i.id for i in everything} - {
        i.id for i in intermediate
    }


def test_rebuild_uses_cache_and_no_cache_does_not(docker_client: Any, tmp_path: Path) -> None:
    ctx = _context(tmp_path, f"FROM {TEST_IMAGE}\nRUN echo cached > /c\n")
    build_image(_job(), docker_client, BuildRequest(ctx, tags=("envdock/cache:1",)))
    again = build_image(_job(), docker_client, BuildRequest(ctx, tags=("envdock/cache:1",)))
    assert again.steps[1].state == "cached"
    fresh = build_image(
        _job(), docker_client, BuildRequest(ctx, tags=("envdock/cache:1",), no_cache=True)
    )
    assert fresh.steps[1].state == "done"


def test_failing_step_is_named_and_nothing_is_tagged(docker_client: Any, tmp_path: Path) -> None:
    ctx = _context(
        tmp_path, f'FROM {TEST_IMAGE}\nRUN echo before\nRUN echo oops >&2; exit 3\nCMD ["sh"]\n'
    )
    before = docker_client.containers(all=True)
    with pytest.raises(BuildFailed) as err:
        build_image(_job(), docker_client, BuildRequest(ctx, tags=("envdock/failing:1",)))
    assert "Step 3/4 failed" in err.value.message
    assert "non-zero code: 3" in err.value.hint
    failed = err.value.steps[-1]
    assert failed.state == "failed" and failed.line == 3
    assert any("oops" in line for line in failed.output)
    assert "envdock/failing:1" not in _tags(docker_client)
    assert len(docker_client.containers(all=True)) == len(before)  # forcerm


def test_bad_input(docker_client: Any, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        build_image(_job(), docker_client, BuildRequest(tmp_path / "missing"))
    with pytest.raises(ValidationError, match="No Dockerfile"):
        build_image(_job(), docker_client, BuildRequest(tmp_path))
    ctx = _context(tmp_path, f"FROM {TEST_IMAGE}\nRUNN echo\n")
    with pytest.raises(ValidationError, match="line 2: Unknown instruction RUNN"):
        build_image(_job(), docker_client, BuildRequest(ctx))
    _context(tmp_path, f"FROM {TEST_IMAGE}\n")
    with pytest.raises(ValidationError, match="no stage named"):
        build_image(_job(), docker_client, BuildRequest(ctx, target="nope"))
    with pytest.raises(ValidationError):
        build_image(_job(), docker_client, BuildRequest(ctx, tags=("UPPER/case",)))
    _context(tmp_path, "FROM envdock-test/does-not-exist:1\n")
    with pytest.raises(BuildFailed, match="base image cannot be found"):
        build_image(_job(), docker_client, BuildRequest(ctx))


def test_dockerfile_outside_the_context_and_dockerignore(
    docker_client: Any, tmp_path: Path
) -> None:
    ctx = tmp_path / "ctx"
    ctx.mkdir()
    (ctx / "keep.txt").write_text("k")
    (ctx / "secret.env").write_text("s")
    (ctx / ".dockerignore").write_text("secret.env\n")
    other = tmp_path / "elsewhere.Dockerfile"
    other.write_text(f'FROM {TEST_IMAGE}\nCOPY . /ctx\nCMD ["ls", "/ctx"]\n')
    build_image(_job(), docker_client, BuildRequest(ctx, str(other), ("envdock/ignore:1",)))
    cid = docker_client.create_container("envdock/ignore:1")["Id"]
    docker_client.envdock_created.append(cid)
    docker_client.start(cid)
    docker_client.wait(cid, timeout=30)
    listing = docker_client.logs(cid).decode().split()
    assert "keep.txt" in listing and "secret.env" not in listing


def test_cancel_a_running_build(docker_client: Any, tmp_path: Path) -> None:
    ctx = _context(tmp_path, f"FROM {TEST_IMAGE}\nRUN echo started; sleep 60\n")
    job = _job()
    before = len(docker_client.containers(all=True))

    def on_steps(steps: list[BuildStep]) -> None:
        if steps and any("started" in line for line in steps[-1].output):
            job.cancel()

    timer = threading.Timer(20, job.cancel)  # a safety net: the test must end
    timer.start()
    try:
        with pytest.raises(Cancelled):
            build_image(job, docker_client, BuildRequest(ctx, tags=("envdock/cancel:1",)), on_steps)
    finally:
        timer.cancel()
    assert "envdock/cancel:1" not in _tags(docker_client)

    def settled() -> bool:
        return len(docker_client.containers(all=True)) == before

    from tests.integration.helpers import wait_until

    assert wait_until(settled, 30), "the build's container was left behind"
