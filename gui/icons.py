"""Icons from qtawesome's bundled icon fonts, loaded lazily (after first paint)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from core.logfile import get_logger

log = get_logger("gui.icons")


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """A qtawesome icon by name (``mdi6.docker``); an empty icon if it cannot load."""
    try:
        # imported on first use: after the first paint
        import qtawesome  # no type hints: excused in pyproject.toml

        found: QIcon = qtawesome.icon(name, color=color) if color else qtawesome.icon(name)
        return found
    except Exception:
        log.warning("icon %s unavailable", name, exc_info=True)
        return QIcon()


@cache
def dot(color: str, size: int = 10) -> QIcon:
    """A small filled circle, used for states (cheap: no font needed)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pix)


STATE_COLORS = {
    "running": "#2e9d4f",
    "paused": "#d08c0b",
    "restarting": "#d08c0b",
    "created": "#6c8ebf",
    "exited": "#8a8a8a",
    "dead": "#c0392b",
    "removing": "#c0392b",
}
