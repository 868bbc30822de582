"""Discovery of 50 environments (venvs, virtualenvs, conda prefixes), with versions and
package counts. Ours: cold (a fresh Discovery) and warm (a refresh that finds nothing
changed). Anchor measured in the same run: asking each environment's interpreter for its
version (one `python -c` per environment, what a naive tool does). VS Code's PET reports
about 250 ms for conda alone on 50 environments (not runnable here).

Home scan: a home with 50,000 folders of ordinary files and 12 project environments at
depths 2-4, two shapes — "reach", where every folder lies within the 4 levels the walk
visits (the worst case: all of it must be looked at), and "typical", where most folders
are source trees deeper than 4 levels, node_modules, .git and caches. Ours: discovery
with the home scan (cold: a fresh Discovery; refresh: nothing changed; one new env).
Anchor measured in the same run: today's cold scan before the home scan existed — the
home folder added by hand and walked to depth 3 by the old walker (it finds fewer: the
depth-4 envs are out of its reach). Medians of 7 runs; "cold" means a fresh Discovery
(the kernel's directory cache is warm for both)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import median_time, report

from core.envs.discovery import Discovery, default_context, inspect_candidate
from core.envs.locators import Candidate, _scan, locations
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


def _files(folder: Path, n: int = 2) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        (folder / f"file{k}.txt").write_bytes(b"data\n")


def _venv(path: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    return path


def build_home(home: Path, shape: str) -> tuple[list[Path], int]:
    """50,000 ordinary folders (two files each) and 12 project envs; returns (envs, folders)."""
    folders = 0
    if shape == "reach":  # 45 x 10 x 10 x 10 below home, all within depth 4
        for a in range(45):
            _files(home / f"area{a}")
            for b in range(10):
                _files(home / f"area{a}" / f"b{b}")
                for c in range(10):
                    _files(home / f"area{a}" / f"b{b}" / f"c{c}")
                    for d in range(10):
                        _files(home / f"area{a}" / f"b{b}" / f"c{c}" / f"d{d}")
        folders = 45 * (1 + 10 + 100 + 1000)
    else:  # 40 projects: src 4 levels deep, node_modules, .git objects; ~/.cache
        for p in range(40):
            proj = home / "code" / f"proj{p}"
            for a in range(4):
                for b in range(4):
                    for c in range(4):
                        for d in range(4):
                            _files(proj / "src" / f"a{a}" / f"b{b}" / f"c{c}" / f"d{d}")
            folders += 4 + 16 + 64 + 256 + 1
            for i in range(250):
                _files(proj / "node_modules" / f"pkg{i}" / "lib", 1)
                _files(proj / "node_modules" / f"pkg{i}" / "dist", 1)
            folders += 750 + 1
            for i in range(256):
                _files(proj / ".git" / "objects" / f"{i:02x}", 1)
            folders += 257
        left = 50_000 - folders
        for i in range(left):
            _files(home / ".cache" / "pip" / f"{i // 100}" / f"h{i}", 1)
        folders = 50_000
    envs = []
    for i in range(4):
        envs.append(_venv(home / f"proj-{i}" / ".venv"))  # depth 2
        envs.append(_venv(home / "code" / f"svc{i}" / "venv"))  # depth 3
        envs.append(_venv(home / "work" / "team" / f"app{i}" / ".venv"))  # depth 4
    return envs, folders


def bench_home_scan(root: Path, shape: str) -> None:
    home = root / f"home-{shape}"
    envs, folders = build_home(home, shape)
    time.sleep(2.2)  # listings younger than walk.RACY_NS are not trusted by a refresh
    ctx = default_context(env={"HOME": str(home), "PATH": ""}, home=home, include_system=False)
    d = Discovery()
    found = {e.path for e in d.discover(ctx)}
    assert found == set(envs), (len(found), len(envs))
    listed_cold = len(d.walker.last_listed)
    loc = locations(ctx)

    def todays_scan() -> list[object]:
        """Before the home scan: the home folder added by hand, old walker, depth 3."""
        return [inspect_candidate(Candidate(r), loc) for r in _scan(home, 3)]

    old_found = len(todays_scan())
    cold = median_time(lambda: Discovery().discover(ctx), runs=7)
    anchor = median_time(todays_scan, runs=7)
    warm = median_time(lambda: d.discover(ctx), runs=7)
    assert d.walker.last_listed == []
    extra = _venv(home / "work" / "team" / "new" / ".venv")
    t0 = time.perf_counter()
    again = {e.path for e in d.discover(ctx)}
    one_new = time.perf_counter() - t0
    assert extra in again
    name = f"home_scan_{shape}_{folders}_folders"
    print(
        f"# {shape}: {len(envs)} envs found (today's scan finds {old_found}); "
        f"folders listed cold={listed_cold}, after one new env={len(d.walker.last_listed)}",
        flush=True,
    )
    report(f"{name}_cold", cold, anchor, "todays_cold_scan_depth3", target="<=0.300s")
    report(f"{name}_refresh", warm, cold, "cold_discovery")
    report(f"{name}_refresh_one_new_env", one_new, cold, "cold_discovery")


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="envdock-bench-"))
    try:
        for shape in ("reach", "typical"):
            bench_home_scan(root, shape)
    finally:
        shutil.rmtree(root, ignore_errors=True)
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
