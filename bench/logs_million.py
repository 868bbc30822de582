"""Logs of a container that printed 1,000,000 lines: first screen, search over the whole
log once loaded, memory for the whole log, and event-loop gaps while following a container
that writes about 10,000 lines per second. `docker logs` (full and --tail) in the same run."""

from __future__ import annotations

import os
import statistics
import time

from common import median_time, report, run_cmd

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.docker.logs import LogSource, LogStore
from tests.support.engine import TEST_IMAGE, PrivateEngine


def wait_log(client: object, cid: str, last: bytes) -> None:
    while client.logs(cid, tail=1).strip() != last:  # type: ignore[attr-defined]
        time.sleep(0.3)


def main() -> None:
    import psutil

    engine = PrivateEngine().start()
    try:
        engine.build_test_image()
        c = engine.client()
        cid = c.create_container(TEST_IMAGE, ["sh", "-c", "seq 1 1000000; sleep 100000"])["Id"]
        c.start(cid)
        wait_log(c, cid, b"1000000")
        env = engine.env()
        full = median_time(lambda: run_cmd(["docker", "logs", cid], env), runs=3, warmup=0)
        tail = median_time(lambda: run_cmd(["docker", "logs", "--tail", "1000", cid], env))
        src = LogSource(c, cid)
        first = median_time(lambda: src.tail(2000), runs=7)
        report("logs_1M_first_screen", first, full, "docker_logs_full", target="<=0.3s")
        report("logs_1M_first_screen_vs_tail", first, tail, "docker_logs_--tail_1000")

        proc = psutil.Process()
        rss0 = proc.memory_info().rss
        store = LogStore()
        page = src.tail(2000)
        store.append(page.lines, page.streams)
        offset = page.offset
        t0 = time.perf_counter()
        while offset:
            p = src.before(store.first_timestamp(), offset, 200_000)
            store.prepend(p.lines, p.streams)
            offset = p.offset
        load_all = time.perf_counter() - t0
        rss = (proc.memory_info().rss - rss0) / 2**20
        print(
            f"logs_1M_load_all: ours={load_all:.3f}s lines={len(store)} "
            f"extra_rss={rss:.0f}MiB target<=150MiB",
            flush=True,
        )
        search = median_time(lambda: store.search("99999"), runs=3)
        report("logs_1M_search_all", search, full, "docker_logs_full", target="<=1s")

        # following ~10,000 lines per second: the GUI event loop must keep gaps < 100 ms
        from PySide6.QtCore import QElapsedTimer, QTimer
        from PySide6.QtWidgets import QApplication

        from gui.app import create_context
        from gui.containers.log_view import LogWindow

        app = QApplication.instance() or QApplication([])
        fast = c.create_container(
            TEST_IMAGE, ["sh", "-c", "while true; do seq 1 1000; sleep 0.1; done"]
        )["Id"]
        c.start(fast)
        context = create_context(None)
        context.docker._env = {"DOCKER_HOST": engine.base_url}
        context.engine.start()
        deadline = time.monotonic() + 20
        while not context.engine.status.connected and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        window = LogWindow(context, fast, "fast")
        window.show()
        window.log_view.open()
        gaps: list[float] = []
        when: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            when.append(now)
            last[0] = now

        probe = QTimer()
        probe.setInterval(10)
        probe.timeout.connect(tick)
        probe.start()
        start_rows = 0
        end = time.monotonic() + 8
        while time.monotonic() < end:
            app.processEvents()
            if not start_rows and window.log_view.model.rowCount():
                start_rows = window.log_view.model.rowCount()
        rows = window.log_view.model.rowCount() - start_rows
        probe.stop()
        worst = sorted(zip(gaps, when, strict=True), reverse=True)[:5]
        print("worst gaps (ms, at ms):", [(round(g), round(w)) for g, w in worst])
        gaps.sort()
        print(
            f"logs_follow_10k_lines_per_s: lines_per_s={rows / 8:.0f} "
            f"max_event_loop_gap={gaps[-1]:.0f}ms p99_gap={gaps[int(len(gaps) * 0.99)]:.0f}ms "
            f"median_gap={statistics.median(gaps):.0f}ms target<100ms",
            flush=True,
        )
        window.close()
        context.engine.stop()
        context.jobs.shutdown()
        c.remove_container(fast, force=True)
        c.remove_container(cid, force=True)
    finally:
        engine.stop()


if __name__ == "__main__":
    main()
