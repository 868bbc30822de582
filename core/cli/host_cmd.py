"""``envdock host …`` commands."""

from __future__ import annotations

import argparse
import time
from typing import Any

from core.cli.output import print_json, print_table


def register(sub: Any) -> None:
    host = sub.add_parser("host", help="host figures (JSON for scripts)")
    hsub = host.add_subparsers(dest="host_command", metavar="HOST_COMMAND", required=True)
    sample = hsub.add_parser("sample", help="one sample of the host figures")
    sample.add_argument("--json", action="store_true", help="print JSON")
    sample.set_defaults(handler=cmd_sample)


def cmd_sample(args: argparse.Namespace) -> int:
    from core.host.gpu import GpuSource
    from core.host.sampler import HostSampler
    from core.units import human_size

    gpu = GpuSource()
    sampler = HostSampler(interval=0.5, history=5, gpu=gpu)
    try:
        sampler.sample_once()  # primes CPU % and the rates
        time.sleep(0.5)
        snap = sampler.sample_once()
    finally:
        gpu.close()
    if args.json:
        data = snap.to_json()
        data["gpu_status"] = "ok" if gpu.available else gpu.reason
        print_json(data)
    else:
        print_table(
            ["FIGURE", "VALUE"],
            [
                ["CPU", f"{snap.cpu_total:.1f} %"],
                ["load", " ".join(f"{x:.2f}" for x in snap.load)],
                ["memory", f"{human_size(snap.mem_used)} / {human_size(snap.mem_total)}"],
                ["swap", f"{human_size(snap.swap_used)} / {human_size(snap.swap_total)}"],
                ["GPU", ", ".join(g.name for g in snap.gpus) or gpu.reason],
            ],
        )
    return 0
