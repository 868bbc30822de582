"""Run the app offscreen on one panel for a while and print its own CPU use and memory.

Used by the host benchmarks: `python _app_probe.py PANEL [TAB] SECONDS WARMUP`.
Prints `cpu_percent=… rss_mb=…` measured over SECONDS after WARMUP seconds.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> int:
    import psutil
    from PySide6.QtCore import QTimer

    from gui.app import build_window, shutdown

    panel_key, tab, seconds, warmup = (
        sys.argv[1],
        int(sys.argv[2]),
        float(sys.argv[3]),
        float(sys.argv[4]),
    )
    visit_all = os.environ.get("PROBE_VISIT_ALL") == "1"
    app, window = build_window()
    window.resize(1280, 800)
    window.show()
    me = psutil.Process()
    marks: dict[str, float] = {}

    def start() -> None:
        if visit_all:
            for spec in window.specs:
                window.show_panel(spec.key)
                app.processEvents()
        panel = window.show_panel(panel_key)
        tabs = getattr(panel, "tabs", None)
        if tabs is not None:
            tabs.setCurrentIndex(tab)

    def measure_from() -> None:
        t = me.cpu_times()
        marks["cpu0"] = t.user + t.system
        marks["t0"] = time.monotonic()

    def finish() -> None:
        t = me.cpu_times()
        used = t.user + t.system - marks["cpu0"]
        wall = time.monotonic() - marks["t0"]
        print(
            f"cpu_percent={100 * used / wall:.3f} rss_mb={me.memory_info().rss / 2**20:.1f}",
            flush=True,
        )
        shutdown(window)
        app.quit()

    QTimer.singleShot(500, start)
    QTimer.singleShot(int((warmup + 0.5) * 1000), measure_from)
    QTimer.singleShot(int((warmup + 0.5 + seconds) * 1000), finish)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
