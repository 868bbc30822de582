"""What watching costs. EnvDock runs offscreen with one panel shown; its own CPU time is
measured over a window after a warm-up, next to an anchor measured the same way:

- Host panel (graphs) at 1 Hz vs `glances --stdout` at 1 Hz (target <= 1 % of a core).
- Processes tab over ~1,000 processes at its 2 s refresh vs `top -b -d 2` (target <= 3 %).
- Stats for 50 running containers at 1 Hz with the Containers panel shown: EnvDock's CPU
  plus the engine's (dockerd + containerd) vs `docker stats` plus the engine's
  (target: at most half).
- Memory: RSS after BENCH_MEMORY_SECONDS (default 120) with 50 containers streaming and
  every panel opened once (target <= 200 MB after 10 minutes).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
from common import BIN, REPO

from tests.support.engine import TEST_IMAGE, PrivateEngine

HERE = Path(__file__).resolve().parent
SECONDS = float(os.environ.get("BENCH_SECONDS", "30"))
WARMUP = 5.0
MEMORY_SECONDS = float(os.environ.get("BENCH_MEMORY_SECONDS", "120"))


def probe(
    panel: str, tab: int, seconds: float, env: dict[str, str] | None = None
) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(HERE / "_app_probe.py"), panel, str(tab), str(seconds), str(WARMUP)],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 120,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("cpu_percent="))
    return {k: float(v) for k, v in (p.split("=") for p in line.split())}


def cpu_of(procs: list[psutil.Process]) -> float:
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system + getattr(t, "children_user", 0) * 0
        except psutil.NoSuchProcess:
            pass
    return total


def anchor_cost(
    args: list[str],
    seconds: float,
    env: dict[str, str] | None = None,
    extra: list[psutil.Process] | None = None,
) -> tuple[float, float]:
    """CPU % of one core of a command (and of ``extra`` processes) over ``seconds``."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        time.sleep(WARMUP)
        me = psutil.Process(proc.pid)
        mine = [me, *me.children(recursive=True)]
        c0, e0, t0 = cpu_of(mine), cpu_of(extra or []), time.monotonic()
        time.sleep(seconds)
        mine = [me, *me.children(recursive=True)]
        c1, e1, t1 = cpu_of(mine), cpu_of(extra or []), time.monotonic()
    finally:
        proc.terminate()
        proc.wait(10)
    return 100 * (c1 - c0) / (t1 - t0), 100 * (e1 - e0) / (t1 - t0)


def engine_procs(engine: PrivateEngine) -> list[psutil.Process]:
    pid = int(engine.pidfile.read_text())
    dockerd = psutil.Process(pid)
    return [dockerd, *[c for c in dockerd.children() if "containerd" in c.name()]]


def report_line(metric: str, ours: float, anchor: float, name: str, target: str) -> None:
    ratio = ours / anchor if anchor else float("nan")
    print(
        f"{metric}: ours={ours:.2f}% {name}={anchor:.2f}% ratio={ratio:.2f} target={target}",
        flush=True,
    )


PARTS = set(os.environ.get("BENCH_PARTS", "host,processes,stats").split(","))


def live_count() -> int:
    """Processes that are not zombies (a zombie costs a table nothing to skip)."""
    return sum(1 for p in psutil.process_iter(["status"]) if p.info["status"] != "zombie")


def main() -> None:
    no_engine = {"DOCKER_HOST": "unix:///nonexistent/docker.sock"}
    if "host" in PARTS:
        host_part(no_engine)
    if "processes" in PARTS:
        processes_part(no_engine)
    if "stats" in PARTS:
        stats_part()


def host_part(no_engine: dict[str, str]) -> None:
    # 1. the Host panel at 1 Hz
    ours = probe("host", 0, SECONDS, no_engine)["cpu_percent"]
    glances = str(BIN / "glances")
    anchor, _ = anchor_cost([glances, "--stdout", "cpu.total,mem.percent", "-t", "1"], SECONDS)
    report_line("host_panel_1hz_cpu", ours, anchor, "glances_stdout_1s", "<=1%")


def processes_part(no_engine: dict[str, str]) -> None:
    # 2. the process table over ~1000 processes
    sleepers = [subprocess.Popen(["sleep", "600"]) for _ in range(max(0, 1000 - live_count()))]
    try:
        n = live_count()
        ours = probe("host", 1, SECONDS, no_engine)["cpu_percent"]
        anchor, _ = anchor_cost(["top", "-b", "-d", "2"], SECONDS)
        report_line(f"processes_{n}_2s_cpu", ours, anchor, "top_-b_-d_2", "<=3%")
    finally:
        for s in sleepers:
            s.kill()
        for s in sleepers:
            s.wait()


def stats_part() -> None:
    # 3. and 4. container stats for 50 running containers
    engine = PrivateEngine().start()
    try:
        engine.build_test_image()
        api = engine.client()
        with ThreadPoolExecutor(8) as pool:
            ids = list(
                pool.map(
                    lambda i: api.create_container(TEST_IMAGE, ["sleep", "3600"], name=f"stat-{i}")[
                        "Id"
                    ],
                    range(50),
                )
            )
            list(pool.map(api.start, ids))
        env = engine.env()
        extra = engine_procs(engine)
        # EnvDock: the app with the Containers panel shown, plus the engine's share
        e0, t0 = cpu_of(extra), time.monotonic()
        ours_app = probe("containers", 0, SECONDS, {"DOCKER_HOST": engine.base_url})
        e1, t1 = cpu_of(extra), time.monotonic()
        # the engine's share over the app's whole life (start-up included): an upper bound
        engine_ours = 100 * (e1 - e0) / (t1 - t0)
        cli, engine_cli = anchor_cost(["docker", "stats"], SECONDS, env, extra)
        ours_total = ours_app["cpu_percent"] + engine_ours
        print(
            f"stats_50_containers_1hz: ours={ours_total:.2f}% "
            f"(envdock {ours_app['cpu_percent']:.2f}% + engine {engine_ours:.2f}%) "
            f"docker_stats={cli + engine_cli:.2f}% (cli {cli:.2f}% + engine {engine_cli:.2f}%) "
            f"ratio={ours_total / (cli + engine_cli):.2f} target=<=0.5",
            flush=True,
        )
        mem = probe(
            "containers",
            0,
            MEMORY_SECONDS,
            {"DOCKER_HOST": engine.base_url, "PROBE_VISIT_ALL": "1"},
        )
        print(
            f"memory_after_{MEMORY_SECONDS:.0f}s_50_containers_all_panels: "
            f"rss={mem['rss_mb']:.1f}MB target=<=200MB",
            flush=True,
        )
        api.close()
    finally:
        engine.stop()


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
