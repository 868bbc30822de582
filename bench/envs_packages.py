"""Packages of one environment with about 100 packages: ours (in-process, and the CLI
`envdock envs packages PATH --json`) against `pip list --format json` and
`uv pip list --format json`, in the same run."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import BIN, envdock_cmd, median_time, report, run_cmd

from core.envs.packages import read_packages
from tests.support.wheels import make_wheel

N = 100


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="envdock-bench-"))
    try:
        wheels = root / "wheels"
        for i in range(N - 1):
            deps = [f"bench-pkg-{i + 1}"] if i % 10 and i + 1 < N - 1 else []
            make_wheel(wheels, f"bench-pkg-{i}", "1.0", requires=deps)
        env = root / "env"
        subprocess.run([sys.executable, "-m", "virtualenv", "-q", str(env)], check=True)
        subprocess.run(
            [
                str(env / "bin/python"),
                "-m",
                "pip",
                "install",
                "-q",
                "--no-index",
                "--find-links",
                str(wheels),
                *[f"bench-pkg-{i}" for i in range(N - 1)],
            ],
            check=True,
        )
        count = len(read_packages(env))
        ours = median_time(lambda: read_packages(env), runs=9)
        cli = median_time(
            lambda: run_cmd([*envdock_cmd(), "envs", "packages", str(env), "--json"]), runs=7
        )
        pip = median_time(
            lambda: run_cmd(
                [
                    str(env / "bin/python"),
                    "-m",
                    "pip",
                    "list",
                    "--format",
                    "json",
                    "--disable-pip-version-check",
                ]
            ),
            runs=5,
        )
        uv_bin = shutil.which("uv") or str(BIN / "uv")
        uv = median_time(
            lambda: run_cmd(
                [uv_bin, "pip", "list", "--python", str(env / "bin/python"), "--format", "json"]
            ),
            runs=7,
        )
        report(f"packages_{count}_inprocess_vs_pip", ours, pip, "pip_list", target="ratio<=0.05")
        report(f"packages_{count}_inprocess_vs_uv", ours, uv, "uv_pip_list", target="ratio<=1")
        report(f"packages_{count}_cli_vs_pip", cli, pip, "pip_list")
        report(f"packages_{count}_cli_vs_uv", cli, uv, "uv_pip_list")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
