"""Shared helpers for benchmarks: timing, medians and the `metric: value` lines."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

BIN = Path(sys.executable).parent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from gui.main_window import MainWindow


def median_time(fn: Callable[[], object], runs: int = 5, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def run_cmd(args: Sequence[str], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def report(  # noqa: PLR0917
    metric: str, ours: float, anchor: float, anchor_name: str, unit: str = "s", target: str = ""
) -> None:
    ratio = ours / anchor if anchor else float("nan")
    line = f"{metric}: ours={ours:.4f}{unit} {anchor_name}={anchor:.4f}{unit} ratio={ratio:.2f}"
    if target:
        line += f" target={target}"
    print(line, flush=True)


def envdock_cmd() -> list[str]:
    exe = BIN / "envdock"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "gui"]


def base_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    return env


def open_window(base_url: str, panel: str) -> tuple[MainWindow, QWidget]:
    """The app's window on the engine at ``base_url`` (started), sized as a user's, with
    the panel ``panel`` shown; close it with ``gui.app.shutdown``."""
    from core.docker.engine import Engine
    from core.docker.engines import EngineRegistry
    from gui.app import create_application
    from gui.context import AppContext
    from gui.engine_bridge import EngineBridge
    from gui.main_window import MainWindow
    from gui.widgets.notifications import Notifier
    from gui.workers import JobRunner

    create_application()
    engines = EngineRegistry(fixed=[Engine(env={"DOCKER_HOST": base_url})])
    context = AppContext(EngineBridge(engines), JobRunner(), Notifier())
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    context.engine.start()
    return window, window.show_panel(panel)
