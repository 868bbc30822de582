"""Qt models hold data, not widgets: no module that defines a Qt item model imports Qt's
widgets or ours (import-linter checks ours; it cannot name a part of an external package)."""

from __future__ import annotations

import ast
import inspect

from PySide6.QtCore import QAbstractItemModel

from tests.support.gui_classes import gui_classes


def _imports(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def model_modules() -> set[str]:
    return {
        cls.__module__
        for cls in gui_classes()
        if issubclass(cls, QAbstractItemModel) and not cls.__name__.startswith("_")
    }


def test_model_modules_import_no_widgets() -> None:
    import importlib

    modules = model_modules()
    assert "gui.containers.model" in modules and "gui.models.keyed_table" in modules
    offenders = {
        name: sorted(i for i in _imports(inspect.getsource(importlib.import_module(name)))
                     if i.startswith(("PySide6.QtWidgets", "gui.widgets")))
        for name in sorted(modules)
    }  # fmt: skip
    assert not {k: v for k, v in offenders.items() if v}, offenders
