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
from pytestqt.qtbot import QtBot

from core.host.alerts import make_alert
from core.host.sampler import HostSnapshot
from gui.containers.model import CPU, SPARK_ROLE
from gui.containers.panel import ContainersPanel
from gui.host.panel import HostPanel
from gui.host.processes import ProcessesView
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine

pytestmark = pytest.mark.timeout(180)


def _host_panel(window: Any) -> HostPanel:
    panel = window.show_panel("host")
    assert isinstance(panel, HostPanel)
    return panel


def test_host_panel_graphs_windows_export(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(start_engine=False)
    panel = _host_panel(window)
    graphs = panel.graphs
    sampler = panel.sampler
    assert sampler.running
    # the plots are made in steps after the panel (pyqtgraph imported by a worker)
    assert not graphs.is_ready
    qtbot.waitUntil(lambda: graphs.is_ready, timeout=10000)
    assert graphs.grid is not None and graphs.grid.isVisible()
    qtbot.waitUntil(lambda: len(sampler.cpu) >= 3, timeout=10000)
    panel.refresh()
    assert "CPU" in panel.summary.text() and "memory" in panel.summary.text()
    cpu = graphs.cpu_plot
    x, y = cpu.curves[0].getData()
    assert len(x) >= 3 and x[-1] == 0 and all(0 <= v <= 100 for v in y)
    assert graphs.gpu_plot is None and "no NVIDIA GPU found" in graphs.gpu_label.text()
    assert [p.item.titleLabel.text for p in graphs.plots] == [
        "CPU",
        "Memory",
        "Disk I/O",
        "Network",
    ]
    for index, seconds in enumerate((60, 600, 3600)):
        panel.window_box.setCurrentIndex(index)
        assert cpu.window == seconds
        assert cpu.view_range()[0][0] == pytest.approx(-seconds)
    # pan: the view stops following until asked
    cpu._on_user_range()
    assert not cpu.follow
    panel._reset_views()
    assert cpu.follow
    rows = panel.export_csv(tmp_path / "host.csv")
    with (tmp_path / "host.csv").open() as f:
        table = list(csv.reader(f))
    assert rows >= 3 and len(table) == rows + 1
    assert table[0][:2] == ["seconds_ago", "cpu_percent"] and "mem_used" in table[0]
    assert (
        panel.save_png(tmp_path / "graphs.png") and (tmp_path / "graphs.png").stat().st_size > 1000
    )


def test_process_table_sorts_and_keeps_selection(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(start_engine=False)
    panel = _host_panel(window)
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
        source_row = view.model.row_of(sleeper.pid)
        assert source_row is not None
        view.view.selectRow(view.proxy.mapFromSource(view.model.index(source_row, 0)).row())
        assert _selected_pid(view) == sleeper.pid
        first = view._job

        def next_sample_read() -> bool:
            job = view._job
            return job is not first and job is not None and job.state.finished

        qtbot.waitUntil(next_sample_read, timeout=10000)
        qtbot.wait(100)
        assert _selected_pid(view) == sleeper.pid
        assert not resets
        view.tree_box.setChecked(True)
        assert view.model.depth.get(sleeper.pid, 0) >= 1  # a child of this test's process
        view.proxy.setFilterFixedString("time.sleep(60)")
        assert view.proxy.rowCount() >= 1
        selected = view.selected()
        assert selected is not None
        view.end(selected, force=False)
        assert sleeper.wait(10) is not None
        qtbot.waitUntil(lambda: view.model.row_of(sleeper.pid) is None, timeout=10000)
        panel.tabs.setCurrentIndex(0)
        assert not view.timer.isActive()
    finally:
        sleeper.kill()
        sleeper.wait()


def _selected_pid(view: ProcessesView) -> int | None:
    selected = view.selected()
    return selected.pid if selected is not None else None


def test_alert_reaches_the_notifications(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(start_engine=False)
    live = _host_panel(window).live
    live.set_alerts([make_alert("memory", 0.5, 0)])  # any machine uses more than 0.5 %
    snap = HostSnapshot(1.0, 1, [1], (0, 0, 0), math.nan, 100, 50, 0, 50, 0, 0)
    # the sampler's own samples may fire it first (it fires once until the value drops):
    # either way the notification must arrive
    live._check_alerts(snap)
    qtbot.waitUntil(
        lambda: any("memory above 0.5" in n.message for n in window.context.notifier.history),
        timeout=5000,
    )
    live.set_alerts([])
    assert live.load_alerts() == []


def test_containers_table_shows_live_figures(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    cid = create_container(docker_client, "gui-stats-burn", ["sh", "-c", "while :; do :; done"])
    docker_client.start(cid)
    panel = window.show_panel("containers")
    assert isinstance(panel, ContainersPanel)
    model = panel.model

    def cpu_text() -> str:
        row = model.row_of(cid)
        return "" if row is None else str(model.index(row, CPU).data() or "")

    qtbot.waitUntil(lambda: cpu_text().endswith("%") and float(cpu_text()[:-2]) > 30, timeout=20000)
    row = model.row_of(cid)
    assert row is not None
    spark = model.data(model.index(row, CPU), SPARK_ROLE)
    assert spark is not None and len(spark) >= 1
    docker_client.stop(cid, timeout=1)
    live = window.context.live
    assert live is not None
    stats = live.stats
    assert stats is not None
    qtbot.waitUntil(lambda: cid not in stats.latest, timeout=15000)
    qtbot.waitUntil(lambda: cpu_text() == "", timeout=5000)
