"""No class in gui/ hides a method of its Qt base under an attribute or method of its own.

``self.metric = QComboBox()`` in a QDialog replaced Qt's virtual ``QPaintDevice.metric``:
every paint then called the combo box ("'QComboBox' object is not callable") and ``grab()``
crashed. Overriding a Qt virtual on purpose is fine, and those names are listed here;
anything else named like a Qt method is a trap.
"""

from __future__ import annotations

import ast
import inspect
import textwrap

from tests.support.gui_classes import gui_classes

# Qt virtual functions (and model/view hooks) that gui/ classes override on purpose
OVERRIDES = frozenset({
    "event", "eventFilter", "paintEvent", "resizeEvent", "closeEvent", "showEvent",
    "hideEvent", "changeEvent", "keyPressEvent", "keyReleaseEvent", "mousePressEvent",
    "mouseReleaseEvent", "mouseMoveEvent", "mouseDoubleClickEvent", "wheelEvent",
    "focusInEvent", "focusOutEvent", "contextMenuEvent", "timerEvent", "inputMethodEvent",
    "inputMethodQuery", "focusNextPrevChild", "enterEvent", "leaveEvent", "dragEnterEvent",
    "dropEvent", "sizeHint", "minimumSizeHint", "data", "setData", "headerData", "rowCount",
    "columnCount", "index", "parent", "flags", "hasChildren", "roleNames", "canFetchMore",
    "fetchMore", "sort", "filterAcceptsRow", "filterAcceptsColumn", "lessThan", "mapToSource",
    "mapFromSource", "paint", "createEditor", "setEditorData", "setModelData",
    "updateEditorGeometry", "helpEvent", "editorEvent", "displayText", "initStyleOption",
    "run", "accept", "reject", "done", "exec", "open", "highlightBlock", "tickStrings",
    "tickValues", "tickSpacing",
})  # fmt: skip


def _qt_names(cls: type) -> set[str]:
    names: set[str] = set()
    for base in cls.__mro__[1:]:
        if base.__module__.startswith(("PySide6", "Shiboken", "shiboken6")):
            names.update(n for n in dir(base) if not n.startswith("_"))
    return names


def _instance_attributes(cls: type) -> set[str]:
    """Names assigned as ``self.NAME = …`` in the class's own methods."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return set()
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        for target in targets:
            for item in ast.walk(target):
                if (
                    isinstance(item, ast.Attribute)
                    and isinstance(item.value, ast.Name)
                    and item.value.id == "self"
                ):
                    found.add(item.attr)
    return found


def shadowing(cls: type) -> list[str]:
    qt = _qt_names(cls)
    if not qt:
        return []
    own = {n for n in vars(cls) if not n.startswith("_")} - {"staticMetaObject"}
    problems = [f"{cls.__module__}.{cls.__name__}.{n} (method or class attribute)"
                for n in sorted((own & qt) - OVERRIDES)]  # fmt: skip
    problems += [f"{cls.__module__}.{cls.__name__}.{n} (self.{n} = …)"
                 for n in sorted(_instance_attributes(cls) & qt)]  # fmt: skip
    return problems


def test_no_gui_class_shadows_a_qt_method() -> None:
    problems = [p for cls in gui_classes() for p in shadowing(cls)]
    assert not problems, "names that hide a Qt method of the base class:\n" + "\n".join(problems)


def test_the_check_catches_the_alerts_dialog_trap() -> None:
    from PySide6.QtWidgets import QComboBox, QDialog

    class Trap(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.metric = QComboBox()  # type: ignore[method-assign,assignment]  # the trap

        def create(self) -> None:  # type: ignore[override]  # the trap
            pass

    assert shadowing(Trap) == [
        f"{__name__}.Trap.create (method or class attribute)",
        f"{__name__}.Trap.metric (self.metric = …)",
    ]
