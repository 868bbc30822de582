"""The compose tree dressed like the flat containers table: the CPU and Memory
sparklines, a Created column wide enough for its date, and every column in view at the
window's default size, the Name column (indented, with the service) taking the rest."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeView

from gui.containers.model import (
    CPU,
    CREATED,
    ENGINE,
    IMAGE,
    MEMORY,
    NAME,
    PORTS,
    SPARK_ROLE,
    STATE,
    STATUS,
)
from gui.widgets.sparkline import SparklineDelegate

# narrower than the flat table's where a cell is rarely full (cut text has its tooltip)
WIDTHS = {IMAGE: 130, STATE: 84, STATUS: 110, PORTS: 90, CPU: 105, MEMORY: 110}


def dress_tree_view(tree: QTreeView) -> None:
    header = tree.header()
    header.setStretchLastSection(False)
    for column, width in WIDTHS.items():
        header.resizeSection(column, width)
    # "2026-12-02 05:06" and the header's own padding: never cut to "2026-12-02 0…"
    header.resizeSection(CREATED, tree.fontMetrics().horizontalAdvance("8888-88-88 88:88") + 24)
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    tree.setItemDelegateForColumn(CPU, SparklineDelegate(SPARK_ROLE, "#1e88e5", 100.0, tree))
    tree.setItemDelegateForColumn(MEMORY, SparklineDelegate(SPARK_ROLE, "#8e24aa", None, tree))
    tree.setColumnHidden(ENGINE, True)  # the tree shows one engine's projects
