"""The Images panel and its dialogs."""

from gui.panels.images.history import HistoryDialog
from gui.panels.images.panel import ImagesPanel

__all__ = ["HistoryDialog", "ImagesPanel"]
