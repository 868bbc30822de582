"""Tables that look right: Disk use and Top containers span the window, the compose tree
has the flat table's sparklines and an uncut Created column, and the process tree does
not cut names to "…"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTreeView
from pytestqt.qtbot import QtBot

from core.host.processes import ProcInfo
from gui.containers.model import CPU, CREATED, MEMORY, NAME, SPARK_ROLE
from gui.containers.panel import ContainersPanel
from gui.disk.panel import DiskPanel
from gui.host.panel import HostPanel
from gui.widgets.sparkline import SparklineDelegate
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine

pytestmark = pytest.mark.timeout(240)


def _spans(view: QTableView | QTreeView) -> bool:
    """The columns fill the view's width (within a few pixels)."""
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    return abs(header.length() - view.viewport().width()) <= 3


@pytest.mark.parametrize("width", [1180, 1600])
def test_disk_use_table_spans_the_window(
    qtbot: QtBot, make_window: WindowFactory, width: int
) -> None:
    window = make_window(start_engine=False)
    window.resize(width, 720)
    panel = window.show_panel("disk")
    assert isinstance(panel, DiskPanel)
    qtbot.waitUntil(lambda: panel.table.viewport().width() > 600)
    qtbot.waitUntil(lambda: _spans(panel.table), timeout=3000)
    # every row shows whole, with no empty band under the last one
    table = panel.table
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.viewport().height() >= rows
    assert table.viewport().height() - rows < table.rowHeight(0)


@pytest.mark.parametrize("width", [1180, 1600])
def test_top_containers_table_spans_the_window(
    qtbot: QtBot, make_window: WindowFactory, width: int
) -> None:
    window = make_window(start_engine=False)
    window.resize(width, 720)
    panel = window.show_panel("host")
    assert isinstance(panel, HostPanel)
    panel.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: panel.top.viewport().width() > 600)
    qtbot.waitUntil(lambda: _spans(panel.top), timeout=3000)
    assert panel.top.columnWidth(0) > panel.top.columnWidth(2)  # the name gets the room


def test_compose_tree_has_sparklines_and_whole_dates(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    labels = {"com.docker.compose.project": "tree", "com.docker.compose.service": "web"}
    cid = create_container(docker_client, "tree-web-1", labels=labels)
    docker_client.start(cid)
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    window.resize(1180, 720)
    panel = window.show_panel("containers")
    assert isinstance(panel, ContainersPanel)
    panel.group_box.setChecked(True)
    tree, view = panel.tree_model, panel.tree_view
    qtbot.waitUntil(lambda: any(g.project == "tree" for g in tree.groups), timeout=15000)
    gi = next(i for i, g in enumerate(tree.groups) if g.project == "tree")
    group = tree.index(gi, CPU)
    row = tree.index(0, CPU, tree.index(gi, 0))

    for column in (CPU, MEMORY):
        assert isinstance(view.itemDelegateForColumn(column), SparklineDelegate)
    # live figures reach the tree: the same history the flat table draws
    panel.model.set_stats({}, {cid: (np.arange(10.0), np.arange(10.0) * 1000)})
    assert list(tree.data(row, SPARK_ROLE)) == list(np.arange(10.0))
    assert tree.data(group, SPARK_ROLE) is None  # a project row has no line to draw

    # the Created text fits its column, as in the flat table
    created = tree.data(tree.index(0, CREATED, tree.index(gi, 0)), Qt.ItemDataRole.DisplayRole)
    needed = view.fontMetrics().horizontalAdvance(created) + 2 * view.style().pixelMetric(
        view.style().PixelMetric.PM_FocusFrameHMargin
    )
    assert view.header().sectionSize(CREATED) >= needed + 8, (created, needed)
    assert view.header().sectionSize(CREATED) >= panel.view.horizontalHeader().sectionSize(CREATED)
    # every column in view at the default size (no sideways scrolling to the sparklines),
    # the indented "service  (container)" name whole
    qtbot.waitUntil(lambda: _spans(view), timeout=3000)
    name = tree.data(tree.index(0, NAME, tree.index(gi, 0)), Qt.ItemDataRole.DisplayRole)
    indent = 2 * view.indentation()
    assert view.header().sectionSize(NAME) >= view.fontMetrics().horizontalAdvance(name) + indent


def test_process_tree_names_are_not_cut(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    # a chain six processes deep ending in a long name, as a real tree has
    long_name = tmp_path / "a-rather-long-worker-process-name"
    long_name.symlink_to("/bin/sleep")
    inner = f"import os; os.execv({str(long_name)!r}, [{str(long_name)!r}, '60'])"
    for _ in range(5):
        inner = (
            "import subprocess, sys; "
            f"subprocess.run([sys.executable, '-c', {inner!r}], check=False)"
        )
    chain = subprocess.Popen([sys.executable, "-c", inner], start_new_session=True)
    try:
        window = make_window(start_engine=False)
        window.resize(1180, 720)
        panel = window.show_panel("host")
        assert isinstance(panel, HostPanel)
        processes = panel.processes
        panel.tabs.setCurrentWidget(processes)
        processes.tree_box.setChecked(True)
        model = processes.model

        def deep() -> ProcInfo | None:
            return next((p for p in model.items() if p.name == long_name.name), None)

        def read() -> bool:
            job = processes._job
            return job is None or job.state.finished

        qtbot.waitUntil(
            lambda: (p := deep()) is not None and model.depth.get(p.pid, 0) >= 5, timeout=20000
        )
        processes.refresh()
        qtbot.waitUntil(read)
        qtbot.wait(100)
        metrics = processes.view.fontMetrics()
        width = processes.view.horizontalHeader().sectionSize(1)
        names = [model.data(model.index(r, 1)) for r in range(model.rowCount())]  # as shown
        widest = max(names, key=metrics.horizontalAdvance)
        assert metrics.horizontalAdvance(widest) + 8 <= width, (widest, width)
        # a user who narrows the column keeps it narrow (no tug of war every 2 s)
        processes.view.horizontalHeader().resizeSection(1, 150)
        processes.refresh()
        qtbot.waitUntil(read)
        qtbot.wait(100)
        assert processes.view.horizontalHeader().sectionSize(1) == 150
    finally:
        os.killpg(chain.pid, signal.SIGKILL)  # the whole chain: its own process group
        chain.wait()
