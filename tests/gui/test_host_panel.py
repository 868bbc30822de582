"""The Host panel: renders, windows switch, processes sort and keep the selection,
export, alerts; the containers table shows live figures."""

from __future__ import annotations

import csv
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.host.alerts import make_alert
from core.host.sampler import HostSnapshot
from gui.host.panel import HostPanel
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine

pytestmark = pytest.mark.timeout(180)


def test_host_panel_graphs_windows_export(  # type: ignore[no-untyped-def]
    qtbot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(start_engine=False)
    panel = window.show_panel("host")
    assert isinstance(panel, HostPanel)
    sampler = panel.sampler
    assert sampler.running
    qtbot.waitUntil(lambda: len(sampler.cpu) >= 3, timeout=10000)
    panel.refresh()
    assert "CPU" in panel.summary.text() and "memory" in panel.summary.text()
    x, y = panel.cpu_plot.curves[0].getData()
    assert len(x) >= 3 and x[-1] == 0 and all(0 <= v <= 100 for v in y)
    assert panel.gpu_plot is None and "no NVIDIA GPU found" in panel.gpu_label.text()
    for index, seconds in enumerate((60, 600, 3600)):
        panel.window_box.setCurrentIndex(index)
        assert panel.cpu_plot.window == seconds
        assert panel.cpu_plot.view_range()[0][0] == pytest.approx(-seconds)
    # pan: the view stops following until asked
    panel.cpu_plot._on_user_range()
    assert not panel.cpu_plot.follow
    panel._reset_views()
    assert panel.cpu_plot.follow
    rows = panel.export_csv(tmp_path / "host.csv")
    with (tmp_path / "host.csv").open() as f:
        table = list(csv.reader(f))
    assert rows >= 3 and len(table) == rows + 1
    assert table[0][:2] == ["seconds_ago", "cpu_percent"] and "mem_used" in table[0]
    assert (
        panel.save_png(tmp_path / "graphs.png") and (tmp_path / "graphs.png").stat().st_size > 1000
    )


def test_process_table_sorts_and_keeps_selection(  # type: ignore[no-untyped-def]
    qtbot, make_window: WindowFactory
) -> None:
    window = make_window(start_engine=False)
    panel = window.show_panel("host")
    assert isinstance(panel, HostPanel)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        panel.tabs.setCurrentWidget(panel.processes)
        view = panel.processes
        assert view.timer.isActive()
        qtbot.waitUntil(lambda: view.model.row_of(sleeper.pid) is not None, timeout=10000)
        resets: list[bool] = []
        view.model.modelReset.connect(lambda: resets.append(True))
        view.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        pids = [int(view.proxy.index(r, 0).data()) for r in range(min(20, view.proxy.rowCount()))]
        assert pids == sorted(pids)
        row = view.proxy.mapFromSource(view.model.index(view.model.row_of(sleeper.pid), 0)).row()
        view.view.selectRow(row)
        assert view.selected().pid == sleeper.pid
        first = view._job
        qtbot.waitUntil(lambda: view._job is not first and view._job.state.finished, timeout=10000)
        qtbot.wait(100)
        assert view.selected() is not None and view.selected().pid == sleeper.pid
        assert not resets
        view.tree_box.setChecked(True)
        assert view.model.depth.get(sleeper.pid, 0) >= 1  # a child of this test's process
        view.proxy.setFilterFixedString("time.sleep(60)")
        assert view.proxy.rowCount() >= 1
        view.end(view.selected(), force=False)
        assert sleeper.wait(10) is not None
        qtbot.waitUntil(lambda: view.model.row_of(sleeper.pid) is None, timeout=10000)
        panel.tabs.setCurrentIndex(0)
        assert not view.timer.isActive()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_alert_reaches_the_notifications(  # type: ignore[no-untyped-def]
    qtbot, make_window: WindowFactory
) -> None:
    window = make_window(start_engine=False)
    panel = window.show_panel("host")
    live = panel.live  # type: ignore[attr-defined]
    live.set_alerts([make_alert("memory", 0.5, 0)])  # any machine uses more than 0.5 %
    snap = HostSnapshot(1.0, 1, [1], (0, 0, 0), math.nan, 100, 50, 0, 50, 0, 0)
    with qtbot.waitSignal(live.alert_fired, timeout=5000):
        live._check_alerts(snap)
    qtbot.waitUntil(
        lambda: any("memory above 0.5" in n.message for n in window.context.notifier.history),
        timeout=5000,
    )
    live.set_alerts([])
    assert live.load_alerts() == []


def test_containers_table_shows_live_figures(  # type: ignore[no-untyped-def]
    qtbot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    cid = create_container(docker_client, "gui-stats-burn", ["sh", "-c", "while :; do :; done"])
    docker_client.start(cid)
    panel = window.show_panel("containers")
    from gui.containers.model import CPU, SPARK_ROLE

    def cpu_text() -> str:
        row = panel.model.row_of(cid)  # type: ignore[attr-defined]
        return "" if row is None else panel.model.index(row, CPU).data()  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: cpu_text().endswith("%") and float(cpu_text()[:-2]) > 30, timeout=20000)
    row = panel.model.row_of(cid)  # type: ignore[attr-defined]
    spark = panel.model.data(panel.model.index(row, CPU), SPARK_ROLE)  # type: ignore[attr-defined]
    assert spark is not None and len(spark) >= 1
    docker_client.stop(cid, timeout=1)
    live = window.context.live
    qtbot.waitUntil(lambda: cid not in live.stats.latest, timeout=15000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: cpu_text() == "", timeout=5000)
