"""The bridge: reading a container's packages, and writing a Dockerfile from an environment.

1. Parity read: EnvDock's probe (exec of the container's own Python, importlib.metadata)
   against `docker exec C pip list --format json` on the same container — the command a
   person types today. 2. Containerize: EnvDock writing the whole context (Dockerfile,
   pinned requirements, .dockerignore) against `pip freeze` of the same environment, the
   first step of doing it by hand. Medians of BENCH_RUNS (default 7), alternating, one
   session. Needs root: runs its own private engine and a local Python image.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import report

from core.bridge.containerize import ContainerizeOptions, containerize
from core.bridge.parity import container_packages
from core.docker.build import BuildRequest, build_image
from core.jobs import Job
from tests.support.engine import PrivateEngine
from tests.support.python_image import import_python_image

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
PACKAGES = ("six", "packaging", "idna", "certifi", "charset-normalizer", "urllib3", "requests")


def _job() -> Job:
    return Job("bench", lambda j: None)


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="envdock-bench-bridge-"))
    engine = PrivateEngine().start()
    try:
        api = engine.client()
        base = import_python_image(api)
        env = work / "env"
        subprocess.run([sys.executable, "-m", "virtualenv", "-q", str(env)], check=True)
        pip = [str(env / "bin" / "python"), "-m", "pip", "-q"]
        subprocess.run([*pip, "download", "-d", str(work / "wheels"), *PACKAGES], check=True)
        subprocess.run(
            [*pip, "install", "--no-index", "--find-links", str(work / "wheels"), *PACKAGES],
            check=True,
        )
        ctx = work / "ctx"
        containerize(
            _job(),
            ContainerizeOptions(env, ctx, base=base, vendor=True,
                                find_links=(work / "wheels",), no_index=True),
        )  # fmt: skip
        build_image(_job(), api, BuildRequest(ctx, tags=("envdock-bench/bridge:1",)))
        cid = api.create_container("envdock-bench/bridge:1", command=["sleep", "3600"])["Id"]
        api.start(cid)
        docker_env = engine.env()
        ours, anchor = [], []
        for _ in range(RUNS):
            ours.append(_timed(lambda: container_packages(api, cid)))
            anchor.append(
                _timed(
                    lambda: subprocess.run(
                        ["docker", "exec", cid, "pip", "list", "--format", "json"],
                        env=docker_env,
                        check=True,
                        capture_output=True,
                    )
                )
            )
        report("parity read of a container", statistics.median(ours),
               statistics.median(anchor), "docker exec pip list")  # fmt: skip
        gen, freeze = [], []
        for i in range(RUNS):
            out = work / f"gen{i}"
            gen.append(_timed(lambda: containerize(_job(), ContainerizeOptions(env, out))))  # noqa: B023
            freeze.append(
                _timed(lambda: subprocess.run([*pip, "freeze"], check=True, capture_output=True))
            )
        report("containerize (Dockerfile + context)", statistics.median(gen),
               statistics.median(freeze), "pip freeze")  # fmt: skip
        api.remove_container(cid, force=True)
        api.close()
    finally:
        engine.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
