"""How long quitting takes, and where the time goes.

A window connected to the private engine with four running containers; the Host panel
(host sampler, container stats, process table), the Volumes and Networks panels visited and
a log window following a container; then File ▸ Quit, timed from the click until the
app's shutdown is done, each part on its own. Three engines:

- ``local``: the private engine on its socket (stats from the cgroup files);
- ``remote``: the same behind a proxy adding 150 ms per round trip, stats streamed by the
  API as for an engine on another machine;
- ``hung``: an engine that accepts connections and never answers (a dead ssh tunnel).

Anchor: a bare PySide6 QMainWindow closed the same way in the same run.
"""

from __future__ import annotations

import functools
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import REPO, report

from tests.support.silent_engine import silent_engine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(REPO))


def _pump(app: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def ours_once(docker_host: str, api_stats: bool) -> dict[str, float]:
    import gui.live
    from core.docker.engine import Engine
    from core.docker.stats import StatsCollector
    from gui.app import create_application, shutdown
    from gui.context import AppContext
    from gui.engine_bridge import EngineBridge
    from gui.main_window import MainWindow
    from gui.widgets.notifications import Notifier
    from gui.workers import JobRunner

    # the collector as the app makes it, or made to read every container through the API
    vars(gui.live)["StatsCollector"] = (
        functools.partial(StatsCollector, use_cgroups=False) if api_stats else StatsCollector
    )
    app = create_application()
    engine = Engine(env={"DOCKER_HOST": docker_host}, home=Path("/nonexistent"))
    context = AppContext(EngineBridge(engine), JobRunner(), Notifier())
    window = MainWindow(context)
    window.show()
    context.engine.start()
    deadline = time.monotonic() + 4
    while not context.engine.status.connected and time.monotonic() < deadline:
        _pump(app, 0.05)
    for key in ("volumes", "networks", "containers", "host"):
        window.show_panel(key)
        _pump(app, 0.3)
    containers = window.panels["containers"]
    if containers.model.rowCount():  # type: ignore[attr-defined]
        containers.open_logs(containers.model.item(0))  # type: ignore[attr-defined]
    host = window.show_panel("host")
    host.tabs.setCurrentWidget(host.processes)  # type: ignore[attr-defined]
    _pump(app, 1.5)
    host.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    _pump(app, 2.5)  # stats streams and samplers in their steady state

    parts: dict[str, float] = {}

    def timing(name: str, fn: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                parts[name] = parts.get(name, 0.0) + time.perf_counter() - t

        return run

    targets: list[tuple[str, Any]] = [
        ("window.shutdown", window),
        ("engine", context.docker),
        ("jobs", context.jobs),
    ]
    if context.live is not None:
        targets.append(("live", context.live))
    for name, obj in targets:  # stop, or the parallel request_stop + join, whichever runs
        for attr in ("shutdown", "stop", "join"):
            if hasattr(obj, attr) and not (name == "window.shutdown" and attr != "shutdown"):
                setattr(obj, attr, timing(name, getattr(obj, attr)))
    t0 = time.perf_counter()
    window.close()  # File ▸ Quit closes the window; run_gui then calls shutdown(window)
    parts["window.close"] = time.perf_counter() - t0
    shutdown(window)
    parts["total"] = time.perf_counter() - t0
    alive = [t.name for t in threading.enumerate() if t.name.startswith(("docker-", "stats-"))]
    if alive:
        parts["threads left"] = float(len(alive))
    for w in app.topLevelWidgets():
        w.close()
        w.deleteLater()
    _pump(app, 0.05)
    return parts


def bare_once() -> float:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance()
    w = QMainWindow()
    w.setCentralWidget(QLabel("hello"))
    w.show()
    _pump(app, 0.1)
    t0 = time.perf_counter()
    w.close()
    took = time.perf_counter() - t0
    w.deleteLater()
    return took


def main() -> None:
    from tests.support.engine import TEST_IMAGE, PrivateEngine
    from tests.support.latency_proxy import LatencyProxy

    runs = int(os.environ.get("RUNS", "3"))
    engine = PrivateEngine().start()
    client = engine.client()
    try:
        engine.build_test_image()
        for i in range(4):
            cid = client.create_container(
                TEST_IMAGE, ["sh", "-c", "while true; do echo tick; sleep 5; done"], name=f"q{i}"
            )["Id"]
            client.start(cid)
        results: dict[str, list[dict[str, float]]] = {}
        results["local"] = [ours_once(engine.base_url, False) for _ in range(runs)]
        with LatencyProxy(engine.socket, 0.150) as proxy:
            results["remote"] = [ours_once(proxy.base_url, True) for _ in range(runs)]
        with silent_engine() as url:
            results["hung"] = [ours_once(url, False) for _ in range(runs)]
        bare = statistics.median(bare_once() for _ in range(runs))
        for scenario, parts in results.items():
            keys = list(dict.fromkeys(k for p in parts for k in p))
            line = ", ".join(
                f"{k} {statistics.median(p.get(k, 0.0) for p in parts):.3f}" for k in keys
            )
            print(f"  {scenario}: {line}", flush=True)
            report(
                f"quit_{scenario}",
                statistics.median(p["total"] for p in parts),
                bare,
                "bare_pyside6_window_close",
                target="<=0.3s",
            )
    finally:
        client.close()
        engine.stop()


if __name__ == "__main__":
    main()
