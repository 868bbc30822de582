"""Create a pip-ready environment: ours (the create job, which runs virtualenv) against
plain `virtualenv`, with `uv venv --seed` reported beside them; warm, medians of 5."""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import BIN, report, run_cmd

from core.envs.ops import CreateOptions, create_venv
from core.jobs import Job


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="envdock-bench-"))
    counter = iter(range(10_000))
    try:

        def ours() -> None:
            target = root / f"ours{next(counter)}"
            job = Job("create", lambda j: create_venv(j, CreateOptions(target)))
            job.run()
            assert job.error is None, job.error

        def plain() -> None:
            run_cmd(
                [
                    sys.executable,
                    "-m",
                    "virtualenv",
                    "--no-periodic-update",
                    "--no-setuptools",
                    "--no-wheel",
                    str(root / f"plain{next(counter)}"),
                ]
            )

        uv_bin = shutil.which("uv") or str(BIN / "uv")

        def uv() -> None:
            run_cmd([uv_bin, "venv", "-q", "--seed", str(root / f"uv{next(counter)}")])

        # interleaved rounds: this machine is noisy, so each round sees the same load
        samples: dict[str, list[float]] = {"ours": [], "plain": [], "uv": []}
        for fn in (ours, plain, uv):
            fn()  # warm
        for _ in range(9):
            for name, fn in (("ours", ours), ("plain", plain), ("uv", uv)):
                t0 = time.perf_counter()
                fn()
                samples[name].append(time.perf_counter() - t0)
        o, p, u = (statistics.median(samples[k]) for k in ("ours", "plain", "uv"))
        report("create_pip_ready_env", o, p, "virtualenv", target="ratio<=1")
        report("create_pip_ready_env_vs_uv", o, u, "uv_venv_--seed")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
