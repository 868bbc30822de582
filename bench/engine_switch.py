"""Switching to an engine that is already connected: from the user's pick in the engine box
to the Containers table painted with that engine's 200 containers (offscreen, the real
window), beside `docker --context OTHER ps -a` (what a CLI user runs to see them) measured in
the same run. Needs root: runs two private engines.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

from common import median_time, report, run_cmd

from tests.support.engine import TEST_IMAGE, PrivateEngine

N = int(os.environ.get("BENCH_CONTAINERS", "200"))


def _fill(engine: PrivateEngine, prefix: str) -> None:
    api = engine.client()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: api.create_container(TEST_IMAGE, ["true"], name=f"{prefix}{i}"),
                      range(N)))  # fmt: skip
    api.close()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config = tempfile.mkdtemp(prefix="envdock-bench-cfg-")
    os.environ["DOCKER_CONFIG"] = config
    first, second = PrivateEngine().start(), PrivateEngine().start()
    try:
        for engine, prefix in ((first, "a"), (second, "b")):
            engine.build_test_image()
            _fill(engine, prefix)
        env = dict(os.environ, DOCKER_CONFIG=config)
        env.pop("DOCKER_HOST", None)
        subprocess.run(["docker", "context", "create", "other", "--docker",
                        f"host={second.base_url}"], env=env, check=True,
                       capture_output=True)  # fmt: skip
        anchor = median_time(lambda: run_cmd(["docker", "--context", "other", "ps", "-a"], env))

        from PySide6.QtWidgets import QApplication

        from core.docker.contexts import EngineSpec
        from core.docker.endpoint import Endpoint
        from core.docker.engine import Engine
        from core.docker.engines import EngineRegistry
        from gui.app import create_application, shutdown
        from gui.containers.panel import ContainersPanel
        from gui.context import AppContext
        from gui.engine_bridge import EngineBridge
        from gui.main_window import MainWindow
        from gui.widgets.notifications import Notifier
        from gui.workers import JobRunner

        app = create_application()
        engines = EngineRegistry(fixed=[
            Engine(env={"DOCKER_HOST": first.base_url}),
            Engine(spec=EngineSpec("other", Endpoint(second.base_url, "bench"), "context")),
        ])  # fmt: skip
        context = AppContext(EngineBridge(engines), JobRunner(), Notifier())
        window = MainWindow(context)
        window.resize(1280, 800)
        window.show()
        engines.connect_all()
        panel = window.show_panel("containers")
        assert isinstance(panel, ContainersPanel)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all(
            len(e.store) >= N and e.status.connected for e in engines.engines()
        ):
            app.processEvents()
            time.sleep(0.01)
        combo = window.engine_switch.combo
        samples = []
        for i in range(10):
            name = "other" if i % 2 == 0 else "default"
            wanted = "b" if name == "other" else "a"
            t0 = time.perf_counter()
            combo.activated.emit(combo.findData(name))
            while not (
                panel.model.rowCount() == N
                and all(c.name.startswith(wanted) for c in panel.model.items()[:3])
            ):
                QApplication.processEvents()
            panel.view.viewport().repaint()  # painted, not only in the model
            samples.append(time.perf_counter() - t0)
        report(f"switch_engine_paint_{N}_containers", statistics.median(samples), anchor,
               "docker_--context_ps_-a", target="<=0.3s")  # fmt: skip
        shutdown(window)
    finally:
        first.stop()
        second.stop()


if __name__ == "__main__":
    main()
