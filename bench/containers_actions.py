"""An action on 50 selected containers (out of 200): EnvDock's parallel stop against
`docker stop` of the same 50 from the CLI, side by side in one run."""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor

from common import report, run_cmd

from core.docker.actions import ActionRequest, run_action
from core.jobs import Job
from tests.support.engine import TEST_IMAGE, PrivateEngine

SCRIPT = "trap 'exit 0' TERM; while true; do sleep 0.2; done"


def main() -> None:
    engine = PrivateEngine().start()
    try:
        engine.build_test_image()
        c = engine.client()
        with ThreadPoolExecutor(8) as pool:
            ids = list(
                pool.map(
                    lambda i: c.create_container(TEST_IMAGE, ["sh", "-c", SCRIPT], name=f"act-{i}")[
                        "Id"
                    ],
                    range(200),
                )
            )
        chosen = ids[:50]
        env = engine.env()

        def start_all() -> None:
            with ThreadPoolExecutor(8) as pool:
                list(pool.map(c.start, chosen))

        ours, cli = [], []
        for _ in range(3):
            start_all()
            t0 = time.perf_counter()
            job = Job(
                "stop", lambda j: run_action(j, c, ActionRequest("stop", tuple(chosen), timeout=10))
            )
            job.run()
            assert job.error is None, job.error
            ours.append(time.perf_counter() - t0)
            start_all()
            cli.append(run_cmd(["docker", "stop", *chosen], env))
        report(
            "stop_50_of_200_containers",
            statistics.median(ours),
            statistics.median(cli),
            "docker_stop_cli",
            target="ratio<=1",
        )
    finally:
        engine.stop()


if __name__ == "__main__":
    main()
