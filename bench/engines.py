"""Engines beyond this machine (a private engine behind a real sshd started here).

- Over ssh, after connecting: listing 200 containers in-process through EnvDock's tunnel
  (one ssh master, kept-alive HTTP connections) vs `docker -H ssh://… ps -a` and vs docker-py
  with `use_ssh_client=True` (an ssh per request), same run; our first connect time too.
- Memory per additional connected engine holding 200 containers (RSS growth of this
  process when a second Engine connects and fills its cache).
Needs root: runs its own engines and sshd.
"""

from __future__ import annotations

import os
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import psutil
from common import median_time, report, run_cmd

from core.docker.connection import connect
from core.docker.contexts import EngineSpec
from core.docker.endpoint import Endpoint
from core.docker.engine import Engine
from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.remote import SshServer

N = int(os.environ.get("BENCH_CONTAINERS", "200"))


def _fill(engine: PrivateEngine) -> None:
    api = engine.client()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: api.create_container(TEST_IMAGE, ["true"], name=f"b{i}"), range(N)))
    api.close()


def main() -> None:
    remote = PrivateEngine().start()
    server = SshServer(remote.socket)
    try:
        remote.build_test_image()
        _fill(remote)
        server.start()
        env = server.env()

        t0 = time.perf_counter()
        connection = connect(Endpoint(server.url, "bench"), env)
        first_connect = time.perf_counter() - t0
        ours = median_time(lambda: connection.client.containers(all=True), runs=9, warmup=2)
        connection.close()
        cli = median_time(lambda: run_cmd(["docker", "-H", server.url, "ps", "-a"], env), runs=5)
        report(f"ssh_list_{N}_containers", ours, cli, "docker_-H_ssh_ps_-a", target="<=0.050s")

        import docker

        old_path = os.environ["PATH"]
        os.environ["PATH"] = env["PATH"]  # docker-py starts `ssh` from our own PATH
        try:
            slow = docker.APIClient(base_url=server.url, use_ssh_client=True, version="auto")
            anchor = median_time(lambda: slow.containers(all=True), runs=3, warmup=1)
            slow.close()
        finally:
            os.environ["PATH"] = old_path
        report(f"ssh_list_{N}_containers_docker_py", ours, anchor, "docker-py_use_ssh_client")
        print(f"ssh_first_connect: ours={first_connect:.3f}s", flush=True)

        # memory of one more connected engine with N containers in its cache
        process = psutil.Process()
        spec = EngineSpec("bench", Endpoint(server.url, "bench"), "added")
        samples = []
        for _ in range(3):
            before = process.memory_info().rss
            engine = Engine(env=env, spec=spec)
            engine.start()
            deadline = time.monotonic() + 60
            while len(engine.store) < N and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.5)
            samples.append((process.memory_info().rss - before) / 2**20)
            engine.stop()
        print(f"memory_per_engine_{N}_containers: ours={statistics.median(samples):.1f}MB "
              f"target=<=20MB (first {samples[0]:.1f}MB includes docker-py's first use)",
              flush=True)  # fmt: skip
    finally:
        server.stop()
        remote.stop()


if __name__ == "__main__":
    main()
