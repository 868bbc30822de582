"""The compose project the compose tests share (a build, profiles, an override file, .env
interpolation, a healthcheck dependency, a named volume, two networks) and small helpers
to run compose (ours and the real one) against the private engine."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.compose.actions import run_compose
from core.compose.projects import ProjectRef
from core.compose.tool import ComposeTool, probe_tool
from core.docker.containers import COMPOSE_PROJECT, COMPOSE_SERVICE, Container
from core.jobs import Job
from tests.support.compose import compose_env
from tests.support.engine import TEST_IMAGE, PrivateEngine

COMPOSE_FILE = f"""\
services:
  db:
    image: {TEST_IMAGE}
    command: ["sh", "-c", "touch /ok; exec sleep 600"]
    stop_signal: SIGKILL
    healthcheck:
      test: ["CMD", "test", "-f", "/ok"]
      interval: 1s
      retries: 30
    volumes:
      - data:/data
    networks: [back]
  web:
    build: ./web
    image: ${{WEB_IMAGE}}:${{TAG}}
    command: ["sleep", "600"]
    stop_signal: SIGKILL
    environment:
      GREETING: ${{GREETING}}
    ports:
      - "127.0.0.1::80"
    depends_on:
      db:
        condition: service_healthy
    networks: [front, back]
  debug:
    image: {TEST_IMAGE}
    command: ["sleep", "600"]
    stop_signal: SIGKILL
    profiles: [debug]
networks:
  front:
  back:
volumes:
  data:
"""
OVERRIDE_FILE = """\
services:
  web:
    environment:
      MODE: override
"""
DOCKERFILE = f"FROM {TEST_IMAGE}\nRUN echo built > /built\n"


def write_project(folder: Path, web_image: str) -> Path:
    """The shared project in ``folder`` (made), its web image named ``web_image``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "compose.yaml").write_text(COMPOSE_FILE)
    (folder / "compose.override.yaml").write_text(OVERRIDE_FILE)
    (folder / ".env").write_text(f"WEB_IMAGE={web_image}\nTAG=t1\nGREETING=hello\n")
    (folder / "web").mkdir(exist_ok=True)
    (folder / "web" / "Dockerfile").write_text(DOCKERFILE)
    return folder


def tool_for(which: str, command: tuple[str, ...], env: dict[str, str]) -> ComposeTool:
    tool = probe_tool(command, env)
    assert tool is not None, f"{command} does not answer"
    assert tool.major == (2 if which == "v2" else 1), tool
    return tool


def engine_env(engine: PrivateEngine) -> dict[str, str]:
    """What compose runs in for the private engine (the tests' DOCKER_CONFIG, its plugin)."""
    return compose_env(engine.env())


def run_job(
    tool: ComposeTool,
    ref: ProjectRef,
    argv: list[str],
    env: dict[str, str],
    on_start: Callable[[Job], None] | None = None,
) -> Job:
    """``run_compose`` as a job, run here; the job (its state and error) is returned."""
    job = Job("compose test", lambda j: run_compose(j, tool, ref, argv, env))
    if on_start is not None:
        on_start(job)
    job.run()
    return job


def ok(job: Job) -> Job:
    assert job.error is None, f"{job.error}\n{job.error.details if job.error else ''}"
    return job


def containers(client: Any, project: str) -> list[Container]:
    rows = client.containers(all=True, filters={"label": f"{COMPOSE_PROJECT}={project}"})
    return [Container.from_list_entry(r) for r in rows]


def by_service(client: Any, project: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for c in containers(client, project):
        found.setdefault(c.labels[COMPOSE_SERVICE], []).append(c.id)
    return {k: sorted(v) for k, v in found.items()}


def real_compose(
    command: tuple[str, ...], *args: str, cwd: Path, env: dict[str, str], check: bool = True
) -> str:
    """Run the real compose (what a user would type) and return its stdout."""
    proc = subprocess.run(
        [*command, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=180,
        check=False,
    )  # fmt: skip
    if check:
        assert proc.returncode == 0, f"{' '.join(args)}: {proc.stderr}"
    return proc.stdout


def ps_v2_json(out: str) -> list[dict[str, Any]]:
    """``docker compose ps --format json``: one object per line (or one array)."""
    text = out.strip()
    if not text:
        return []
    return json.loads(text) if text.startswith("[") else [json.loads(x) for x in text.splitlines()]


def down_quietly(command: tuple[str, ...], project: str, cwd: Path, env: dict[str, str]) -> None:
    """Tidy up a test project whatever happened (every profile, volumes, orphans)."""
    profiles = ["--profile", "*"] if command[-1] == "compose" else []
    subprocess.run(
        [*command, "-p", project, *profiles, "down", "-v", "--remove-orphans", "-t", "0"],
        cwd=cwd, env=env, capture_output=True, timeout=180, check=False,
    )  # fmt: skip


def wait_for(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def unique(prefix: str) -> str:
    return f"{prefix}{os.getpid()}"
