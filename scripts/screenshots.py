"""Grab a screenshot of every panel (run under Xvfb: `xvfb-run -a python scripts/screenshots.py`).

Uses the Docker engine the environment points at (DOCKER_HOST etc.), waits for it to
connect, then saves docs/screenshots/<panel>.png.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from core.jobs import Job
    from core.procs import run_streaming
    from gui.app import build_window, shutdown

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app, window = build_window()
    window.resize(1280, 760)
    window.show()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not window.context.engine.status.connected:
        app.processEvents()
        time.sleep(0.02)
    # something for the Activity panel to show
    window.context.jobs.submit(
        Job(
            "Example: list the files of /usr/lib (ls -l)",
            lambda j: run_streaming(["ls", "-l", "/usr/lib"], j.log),
        )
    )

    def _long_example(job: Job) -> None:
        job.set_progress(0.4)
        run_streaming(["sleep", "30"], cancel_event=job.cancel_event)

    window.context.jobs.submit(
        Job(
            "Example: a long operation (sleep 30)",
            _long_example,
        )
    )
    for _ in range(50):
        app.processEvents()
        time.sleep(0.02)

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    only = [k for k in os.environ.get("ENVDOCK_SHOTS", "").split(",") if k]
    for spec in window.specs:
        if only and spec.key not in only:
            continue
        panel = window.show_panel(spec.key)
        if spec.key == "activity":
            panel.select_job(window.context.jobs.jobs()[0])  # type: ignore[attr-defined]
        if spec.key == "environments":
            for folder in os.environ.get("ENVDOCK_SCAN", "").split(os.pathsep):
                if folder:
                    panel.add_folder(Path(folder))  # type: ignore[attr-defined]
            pump(3)
            envs = [e for e in panel.model.items() if e.package_count > 1]  # type: ignore[attr-defined]
            demo = [e for e in envs if os.environ.get("ENVDOCK_SCAN", "\0") in str(e.path)]
            demo.sort(key=lambda e: e.name != "ml-train")
            if demo or envs:
                panel.select_env((demo or envs)[0].path)  # type: ignore[attr-defined]
            if demo:
                from gui.bridge.containerize_dialog import (
                    ContainerizeDialog,
                    image_name,
                )

                target = Path("/home/me/envdock-images") / image_name(demo[0])
                dialog = ContainerizeDialog(demo[0], target, panel)
                dialog.port.setValue(9002)
                dialog.command.setText("uvicorn app:app --host 0.0.0.0 --port 9002")
                dialog.show()
                pump(0.5)
                dialog.grab().save(str(out / "containerize.png"))
                dialog.close()
        if spec.key == "registries" and os.environ.get("ENVDOCK_DEMO_REGISTRY"):
            panel.add_address(os.environ["ENVDOCK_DEMO_REGISTRY"])  # type: ignore[attr-defined]
            pump(2)
            tree = panel.tree  # type: ignore[attr-defined]
            if tree.topLevelItemCount():
                tree.expandItem(tree.topLevelItem(0))
                pump(1)
                tree.setCurrentItem(tree.topLevelItem(0).child(0))
        if spec.key == "containers" and os.environ.get("ENVDOCK_DEMO_PARITY"):
            from gui.bridge.parity_dialog import ParityDialog

            parity = ParityDialog(window.context, os.environ["ENVDOCK_DEMO_PARITY"], False, panel)
            parity.show()
            deadline = time.monotonic() + 30
            while not parity.compare_button.isEnabled() and time.monotonic() < deadline:
                pump(0.2)
            wanted = [i for i, e in enumerate(parity.envs) if e.name == "ml-train"]
            if wanted:
                parity.env_box.setCurrentIndex(wanted[0])
                parity.compare()
                deadline = time.monotonic() + 30
                while parity.table.rowCount() == 0 and time.monotonic() < deadline:
                    pump(0.2)
            pump(0.5)
            parity.grab().save(str(out / "parity.png"))
            parity.close()
        if spec.key == "containers":
            pump(4)  # a few stats samples for the sparklines
            model = panel.model  # type: ignore[attr-defined]
            rows = [r for r in range(model.rowCount()) if model.item(r).state == "running"]
            if rows:
                panel.view.selectRow(panel.proxy.mapFromSource(panel.model.index(rows[0], 0)).row())  # type: ignore[attr-defined]
                panel.details.setCurrentIndex(panel.details.count() - 1)  # type: ignore[attr-defined]
                pump(2)
        if spec.key == "host":
            pump(4)  # a few samples for the graphs
        if spec.key == "disk":
            panel.refresh()  # type: ignore[attr-defined]
        pump(1.5)
        path = out / f"{spec.key}.png"
        window.grab().save(str(path))
        print(path)
        if spec.key == "host":
            for index, name in ((1, "host-processes"), (2, "host-top-containers")):
                panel.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
                pump(2.5)
                window.grab().save(str(out / f"{name}.png"))
            panel.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        if spec.key == "images" and os.environ.get("ENVDOCK_DEMO_BUILD"):
            dialog = panel.build_dialog(Path(os.environ["ENVDOCK_DEMO_BUILD"]), "demo/app:1")  # type: ignore[attr-defined]
            pump(1)
            dialog.grab().save(str(out / "build-editor.png"))
            dialog.start_build()
            pump(6)
            dialog.grab().save(str(out / "build-output.png"))
            dialog.tabs.setCurrentIndex(0)
            pump(0.5)
            dialog.grab().save(str(out / "build-failed-line.png"))
            dialog.close()
            ref = os.environ.get("ENVDOCK_DEMO_PULL")
            if ref:
                transfer = panel.pull(ref)  # type: ignore[attr-defined]
                pump(4)
                transfer.grab().save(str(out / "pull.png"))
                transfer.close()
    window.close()
    shutdown(window)
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
