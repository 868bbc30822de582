"""Listing 200 containers: `envdock docker ps --json` against `docker ps -a`, and in-process
our one list call against docker-py's `containers.list()` (which inspects each one).
Also: one event updates one row (number of per-container refreshes per event).
Needs root: runs its own private engine.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor

from common import envdock_cmd, median_time, report, run_cmd

from core.docker.containers import list_containers
from core.docker.engine import Engine
from tests.support.engine import TEST_IMAGE, PrivateEngine

N = int(os.environ.get("BENCH_CONTAINERS", "200"))


def main() -> None:
    engine = PrivateEngine().start()
    try:
        engine.build_test_image()
        api = engine.client()
        with ThreadPoolExecutor(8) as pool:
            list(
                pool.map(
                    lambda i: api.create_container(TEST_IMAGE, ["sleep", "600"], name=f"bench-{i}"),
                    range(N),
                )
            )
        env = engine.env()
        cli = median_time(lambda: run_cmd(["docker", "ps", "-a"], env))
        ours = median_time(lambda: run_cmd([*envdock_cmd(), "docker", "ps", "--json"], env))
        report(f"list_{N}_containers_cli", ours, cli, "docker_ps_-a")

        import docker

        high = docker.DockerClient(base_url=engine.base_url, version="auto")
        dockerpy = median_time(lambda: high.containers.list(all=True), runs=3)
        low = median_time(lambda: list_containers(api))
        report(f"list_{N}_containers_inprocess", low, dockerpy, "dockerpy_containers.list")

        eng = Engine(env={"DOCKER_HOST": engine.base_url})
        eng.start()
        eng.wait_for(lambda: len(eng.store) >= N, 30)
        before = eng.refreshes
        cid = api.containers(all=True, filters={"name": "bench-0"})[0]["Id"]
        t0 = time.perf_counter()
        api.start(cid)
        eng.wait_for(lambda: (c := eng.store.get(cid)) is not None and c.state == "running", 10)
        latency = time.perf_counter() - t0
        time.sleep(0.5)
        print(
            f"event_to_row: refreshes_per_start_event={eng.refreshes - before} "
            f"full_reloads_after_start=0 latency={latency:.4f}s",
            flush=True,
        )
        eng.stop()
        high.close()
        api.close()
    finally:
        engine.stop()


if __name__ == "__main__":
    main()
