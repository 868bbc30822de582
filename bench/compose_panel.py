"""The Compose panel's rows for 20 projects of 5 containers each (100 containers, made by a
real `docker compose up` per project on a private engine; half of the projects remembered,
half only seen running): ``project_rows`` from the engine's event-driven cache (in-process,
median of many runs, with each row's status and services read as the panel does) beside
`docker compose ls` + `docker compose ps` for each project, what a CLI user runs to see the
same, measured in the same run; then the panel itself: its project table emptied and filled
again from the cache and painted (``ComposePanel.refresh``, the call the engine's events
trigger), median of many runs, beside the same anchor."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from common import open_window, report

from core.compose.projects import ProjectRef
from tests.support.compose import compose_env, v2_command
from tests.support.engine import TEST_IMAGE, PrivateEngine

PROJECTS = int(os.environ.get("BENCH_COMPOSE_PROJECTS", "20"))
SERVICES = ("web", "api", "worker", "db", "cache")
RUNS = int(os.environ.get("BENCH_RUNS", "200"))


def compose_file() -> str:
    services = "".join(
        f"  {name}:\n    image: {TEST_IMAGE}\n    command: [sleep, '100000']\n"
        f"    stop_signal: SIGKILL\n"
        for name in SERVICES
    )
    return f"services:\n{services}"


def gui_fill(base_url: str, refs: list[ProjectRef], total: int) -> float:
    """Median seconds for the Compose panel to fill its project table from the engine's
    cache (emptied first) and paint it."""
    from PySide6.QtWidgets import QApplication

    from gui.app import shutdown
    from gui.compose.actions import ComposePanel

    window, panel = open_window(base_url, "compose")
    app = QApplication.instance()
    assert isinstance(panel, ComposePanel) and app is not None
    context = window.context
    panel.refs = list(refs)  # what the store read in a worker gives it
    engine = context.docker
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
        engine.status.connected and len(engine.store) >= total
    ):
        app.processEvents()
        time.sleep(0.01)
    samples = []
    for _ in range(max(20, RUNS // 5)):
        panel.projects.replace([])
        QApplication.processEvents()
        t0 = time.perf_counter()
        panel.refresh()
        panel.project_view.viewport().repaint()  # painted, not only in the model
        samples.append(time.perf_counter() - t0)
    assert panel.projects.rowCount() == PROJECTS
    shutdown(window)
    return statistics.median(samples)


def main() -> None:
    config = Path(tempfile.mkdtemp(prefix="envdock-bench-cfg-"))
    root = Path(tempfile.mkdtemp(prefix="envdock-bench-projects-"))
    engine = PrivateEngine().start()
    compose = v2_command(config)
    env = compose_env(engine.env(), docker_config=config)
    names = [f"benchproj{i:02d}" for i in range(PROJECTS)]
    folders = []
    for name in names:
        folder = root / name
        folder.mkdir()
        (folder / "compose.yaml").write_text(compose_file())
        folders.append(folder)
    try:
        engine.build_test_image()

        def up(folder: Path) -> None:
            subprocess.run([*compose, "up", "-d"], cwd=folder, env=env, check=True,
                           capture_output=True)  # fmt: skip

        with ThreadPoolExecutor(4) as pool:
            list(pool.map(up, folders))

        from core.compose.projects import ProjectStore, project_rows, ref_from_path
        from core.docker.engine import Engine

        store = ProjectStore(root / "projects.json")
        for folder in folders[::2]:
            store.add(ref_from_path(folder))
        refs = store.refs()
        eng = Engine(env={"DOCKER_HOST": engine.base_url})
        eng.start()
        total = PROJECTS * len(SERVICES)
        if not eng.wait_for(lambda: len(eng.store) >= total and eng.status.connected, 60):
            raise RuntimeError(f"the engine cache holds {len(eng.store)} of {total} containers")

        def fill() -> int:
            rows = project_rows(refs, eng.store.snapshot())
            cells = [(r.name, r.status_text, r.services, r.config_files) for r in rows]
            return len(cells)

        assert fill() == PROJECTS
        samples = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            fill()
            samples.append(time.perf_counter() - t0)
        ours = statistics.median(samples)
        eng.stop()
        painted = gui_fill(engine.base_url, refs, total)

        def cli() -> float:
            t0 = time.perf_counter()
            out = subprocess.run([*compose, "ls", "--all", "--format", "json"], env=env,
                                 check=True, capture_output=True).stdout  # fmt: skip
            assert out.count(b'"Name"') >= PROJECTS
            for name in names:
                subprocess.run([*compose, "-p", name, "ps", "-a"], env=env, check=True,
                               capture_output=True)  # fmt: skip
            return time.perf_counter() - t0

        cli()  # warm
        anchor = statistics.median(cli() for _ in range(3))
        p90 = sorted(samples)[int(RUNS * 0.9)]
        print(
            f"compose_panel_rows: runs={RUNS} p90={p90 * 1000:.3f}ms speedup={anchor / ours:.0f}x"
        )
        report(
            f"compose_panel_rows_{PROJECTS}_projects_{total}_containers",
            ours * 1000,
            anchor * 1000,
            "docker_compose_ls+ps_each",
            unit="ms",
            target="<=50ms",
        )
        report(
            f"compose_panel_painted_{PROJECTS}_projects_{total}_containers",
            painted * 1000,
            anchor * 1000,
            "docker_compose_ls+ps_each",
            unit="ms",
            target="<=50ms",
        )
    finally:
        for name in names:
            subprocess.run([*compose, "-p", name, "down", "-t", "0"], env=env,
                           capture_output=True, check=False)  # fmt: skip
        engine.stop()


if __name__ == "__main__":
    main()
