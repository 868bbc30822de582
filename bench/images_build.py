"""Build and push overhead: EnvDock's build (streamed step by step) of the multi-stage test
Dockerfile against `docker build` of the same (the classic builder for both, no cache),
then a push of the fresh image to a local registry against `docker push`, alternating
runs in one session. Needs root: runs its own private engine and registry.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from common import report

from core.docker.build import BuildRequest, build_image
from core.docker.transfer import push_image
from core.jobs import Job
from tests.integration.test_build import MULTI_STAGE
from tests.support.engine import PrivateEngine
from tests.support.registry import Registry

RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def _job() -> Job:
    return Job("bench", lambda j: None)


def main() -> None:
    engine = PrivateEngine().start()
    registry = Registry().start()
    try:
        engine.build_test_image()
        api = engine.client()
        ctx = Path(tempfile.mkdtemp(prefix="envdock-bench-build-"))
        (ctx / "Dockerfile").write_text(MULTI_STAGE)
        env = dict(engine.env(), DOCKER_BUILDKIT="0")
        ours_build, cli_build, ours_push, cli_push = [], [], [], []
        for run in range(RUNS + 1):  # the first round warms up
            ref = f"{registry.host}/bench/app"
            t0 = time.perf_counter()
            build_image(_job(), api, BuildRequest(ctx, tags=(f"{ref}:ours{run}",), no_cache=True))
            t1 = time.perf_counter()
            push_image(_job(), api, f"{ref}:ours{run}")
            t2 = time.perf_counter()
            subprocess.run(
                ["docker", "build", "-q", "--no-cache", "-t", f"{ref}:cli{run}", str(ctx)],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            t3 = time.perf_counter()
            subprocess.run(
                ["docker", "push", f"{ref}:cli{run}"],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            t4 = time.perf_counter()
            if run:
                ours_build.append(t1 - t0)
                ours_push.append(t2 - t1)
                cli_build.append(t3 - t2)
                cli_push.append(t4 - t3)
        med = statistics.median
        report(
            "build_multistage_nocache",
            med(ours_build),
            med(cli_build),
            "docker_build",
            target="<=1.1x",
        )
        report("push_fresh_image", med(ours_push), med(cli_push), "docker_push")
        api.close()
    finally:
        registry.stop()
        engine.stop()


if __name__ == "__main__":
    main()
