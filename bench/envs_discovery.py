"""Discovery of 50 environments (venvs, virtualenvs, conda prefixes), with versions and
package counts. Ours: cold (a fresh Discovery) and warm (a refresh that finds nothing
changed). Anchor measured in the same run: asking each environment's interpreter for its
version (one `python -c` per environment, what a naive tool does). VS Code's PET reports
about 250 ms for conda alone on 50 environments (not runnable here)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import median_time, report

from core.envs.discovery import Discovery, default_context
from tests.support.conda_channel import build_channel, make_prefix
from tests.support.wheels import make_wheel

N_VENV, N_CONDA = 40, 10


def build(root: Path) -> list[Path]:
    home = root / "home"
    projects = home / "projects"
    projects.mkdir(parents=True)
    wheels = root / "wheels"
    for i in range(8):
        make_wheel(wheels, f"pkg{i}", "1.0")
    template = projects / "env0"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(template)], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(template / "bin/python"),
            "install",
            "-q",
            "--no-index",
            "--find-links",
            str(wheels),
            *[f"pkg{i}" for i in range(8)],
        ],
        check=True,
    )
    envs = [template]
    for i in range(1, N_VENV):
        env = projects / f"env{i}"
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
        site = next(env.glob("lib/python*/site-packages"))
        for dist in next(template.glob("lib/python*/site-packages")).iterdir():
            if dist.is_dir():
                shutil.copytree(dist, site / dist.name, dirs_exist_ok=True)
        envs.append(env)
    channel = build_channel(root / "channel")
    for i in range(N_CONDA):
        envs.append(
            make_prefix(
                channel,
                home / "miniforge3" / "envs" / f"c{i}",
                ["demo-b", "python"],
                root / "cache",
            )
        )
    return envs


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="envdock-bench-"))
    try:
        envs = build(root)
        home = root / "home"
        ctx = default_context(
            (home / "projects",),
            env={"HOME": str(home), "PATH": ""},
            home=home,
            include_system=False,
        )
        found = Discovery().discover(ctx)
        assert len(found) == len(envs), (len(found), len(envs))
        cold = median_time(lambda: Discovery().discover(ctx), runs=7)
        warm_d = Discovery()
        warm_d.discover(ctx)
        warm = median_time(lambda: warm_d.discover(ctx), runs=7)

        def ask_each() -> None:
            for env in envs[:N_VENV]:
                subprocess.run(
                    [str(env / "bin/python"), "-c", "import sys; sys.version"], check=True
                )

        t0 = time.perf_counter()
        ask_each()
        naive = (time.perf_counter() - t0) * len(envs) / N_VENV
        report(
            f"discover_{len(envs)}_envs_cold",
            cold,
            naive,
            "one_python_start_per_env",
            target="<=0.300s",
        )
        report(f"discover_{len(envs)}_envs_refresh", warm, cold, "cold_discovery")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
