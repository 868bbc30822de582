"""Every class defined in the ``gui`` package (each module imported once)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import gui


def gui_classes() -> Iterator[type]:
    for info in pkgutil.walk_packages(gui.__path__, "gui."):
        if info.name == "gui.__main__":  # runs the command line when imported
            continue
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if inspect.isclass(obj) and obj.__module__ == module.__name__:
                yield obj


def dialog_and_window_classes() -> set[str]:
    """Names of the dialogs and top-level windows (not the main window) the GUI defines."""
    from PySide6.QtWidgets import QDialog, QWidget

    return {
        cls.__name__
        for cls in gui_classes()
        if issubclass(cls, QDialog)
        or (issubclass(cls, QWidget) and cls.__name__.endswith("Window"))
    } - {"MainWindow"}


def model_classes() -> set[type]:
    """The Qt item models the GUI defines: every QAbstractItemModel subclass (proxies too)."""
    from PySide6.QtCore import QAbstractItemModel

    return {cls for cls in gui_classes() if issubclass(cls, QAbstractItemModel)}
