"""The packaged executable: bundle sizes and first paint.

Builds build.spec twice in this run — as shipped, and with ENVDOCK_UNTRIMMED=1 (no
plugin/library filtering, no strip, no compressed py-rattler: the anchor) — then
measures both folders, the one-file build, and first paint (median of 7, offscreen,
ENVDOCK_T0 set at launch so the bootloader's own work counts) of the packaged app next
to the same app run from source.

Targets (issue 7): one folder ≤ 120 MB, one file ≤ 70 MB, packaged first paint ≤ 0.8 s.
BENCH_REUSE=1 reuses the builds in bench/out/package/ when they exist.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import BIN, REPO, base_env, report

OUT = REPO / "bench" / "out" / "package"
MB = 1e6


def build(name: str, **env: str) -> Path:
    dist = OUT / name
    if os.environ.get("BENCH_REUSE") == "1" and (dist / "envdock" / "envdock").exists():
        return dist
    subprocess.run(
        [str(BIN / "pyinstaller"), str(REPO / "build.spec"), "--noconfirm", "--log-level",
         "ERROR", "--distpath", str(dist), "--workpath", str(OUT / f"work-{name}")],
        cwd=REPO, check=True, env=base_env(QT_QPA_PLATFORM="offscreen", **env),
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return dist


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def first_paint(cmd: list[str], cache: str, runs: int = 7) -> float:
    samples = []
    for _ in range(runs + 1):  # the first run warms the page cache (and unpacks py-rattler)
        env = base_env(
            QT_QPA_PLATFORM="offscreen", ENVDOCK_T0=repr(time.time()), XDG_CACHE_HOME=cache
        )
        out = subprocess.run(
            [*cmd, "self-test", "--json"], env=env, check=True, capture_output=True, text=True
        ).stdout
        samples.append(float(json.loads(out.strip().splitlines()[-1])["first_paint_s"]))
    return statistics.median(samples[1:])


def main() -> int:
    shipped = build("shipped")
    untrimmed = build("untrimmed", ENVDOCK_UNTRIMMED="1")
    folder = folder_size(shipped / "envdock") / MB
    anchor = folder_size(untrimmed / "envdock") / MB
    onefile = (shipped / "envdock-onefile").stat().st_size / MB
    report("bundle one-folder", folder, anchor, "untrimmed", unit="MB", target="<=120MB")
    report("bundle one-file", onefile, anchor, "untrimmed-folder", unit="MB", target="<=70MB")
    with tempfile.TemporaryDirectory() as cache:
        packaged = first_paint([str(shipped / "envdock" / "envdock")], cache)
        source = first_paint([sys.executable, "-m", "gui"], cache)
        one = first_paint([str(shipped / "envdock-onefile")], cache, runs=3)
    report("first paint packaged", packaged, source, "from-source", target="<=0.8s")
    report("first paint one-file (incl. unpacking)", one, source, "from-source")
    return 0


if __name__ == "__main__":
    sys.exit(main())
