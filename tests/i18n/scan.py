"""Finds user-visible strings that bypass translation (used by test_translations)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASE_ERRORS = {"EnvDockError"}

# Qt calls whose first argument is shown to the user
GUI_SETTERS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "addAction", "addItem", "addTab", "setTabText", "setTitle", "showMessage", "setLabelText",
    "setHeaderLabels", "addMenu", "setWhatsThis", "insertItem", "setInformativeText",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton", "QToolButton",
    "QMenu", "critical", "warning", "information", "question", "getText", "getExistingDirectory",
    "getOpenFileName", "getSaveFileName", "notify", "setPrefix", "setSuffix", "setSpecialValueText",
    "make_action", "add_footer", "Column", "setHorizontalHeaderLabels", "addRow",
}  # fmt: skip


def _error_classes(trees: list[ast.Module]) -> set[str]:
    names = set(BASE_ERRORS)
    changed = True
    while changed:
        changed = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases
                    }
                    if bases & names:
                        names.add(node.name)
                        changed = True
    return names


NAMES = {"EnvDock"}  # product names stay as they are


def _wordy(text: str) -> bool:
    """Holds words (two letters or more) once markup and entities are taken out."""
    plain = re.sub(r"<[^>]*>|&\w+;", "", text)
    return plain not in NAMES and re.search(r"[^\W\d_]{2,}", plain) is not None


def _bare_texts(expr: ast.expr) -> Iterator[ast.expr]:
    """String literals in ``expr`` that reach the user untranslated."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        if _wordy(expr.value):
            yield expr
    elif isinstance(expr, ast.JoinedStr):
        parts = "".join(
            v.value for v in expr.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if _wordy(parts):
            yield expr
    elif isinstance(expr, ast.IfExp):
        yield from _bare_texts(expr.body)
        yield from _bare_texts(expr.orelse)
    elif isinstance(expr, ast.BoolOp):
        for value in expr.values:
            yield from _bare_texts(value)
    elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        yield from _bare_texts(expr.left)
        yield from _bare_texts(expr.right)


def _files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


SHOWN_PARAMS = ("message", "hint")
REASON_CALLBACKS = ("refuse", "explain")


def _text_params(trees: list[ast.Module]) -> dict[str, list[int]]:
    """Functions (and dataclasses) of core taking a ``message`` or ``hint``: their positions."""
    out: dict[str, list[int]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name != "__init__":
                names = [a.arg for a in node.args.args if a.arg not in ("self", "cls")]
                if any(a.arg in SHOWN_PARAMS for a in node.args.kwonlyargs):
                    out.setdefault(node.name, [])  # given by keyword only
            elif isinstance(node, ast.ClassDef) and any(
                _name(d.func if isinstance(d, ast.Call) else d) == "dataclass"
                for d in node.decorator_list
            ):
                names = [
                    st.target.id
                    for st in node.body
                    if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name)
                ]
            else:
                continue
            positions = [i for i, n in enumerate(names) if n in SHOWN_PARAMS]
            if positions:
                out[node.name] = positions
    return out


def core_findings() -> list[str]:
    files = _files("core")
    trees = [ast.parse(p.read_text(), str(p)) for p in files]
    errors = _error_classes(trees)
    helpers = _text_params(trees)
    out = []
    for path, tree in zip(files, trees, strict=True):
        rel = path.relative_to(ROOT)
        for node in ast.walk(tree):
            shown: list[ast.expr] = []
            if isinstance(node, ast.Call) and _name(node.func) in errors:
                shown = node.args[:2] + [k.value for k in node.keywords if k.arg in SHOWN_PARAMS]
            elif isinstance(node, ast.Call) and _name(node.func) in helpers:
                at = helpers[_name(node.func)]
                shown = [a for i, a in enumerate(node.args) if i in at]
                shown += [k.value for k in node.keywords if k.arg in SHOWN_PARAMS]
                # reasons a callback gives (remove_each's refuse / explain)
                shown += [
                    k.value.body
                    for k in node.keywords
                    if k.arg in REASON_CALLBACKS and isinstance(k.value, ast.Lambda)
                ]
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "default_hint" for t in node.targets
            ):
                shown = [node.value]
            for expr in shown:
                for bare in _bare_texts(expr):
                    out.append(f"{rel}:{bare.lineno}: {ast.unparse(bare)[:70]}")
    return out


def gui_findings() -> list[str]:
    out = []
    for path in _files("gui"):
        rel = path.relative_to(ROOT)
        source = path.read_text()
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source, str(path))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr in ("tr", "translate")
                and not all(
                    isinstance(t, ast.Name) and t.id in ("tr", "translate") for t in node.targets
                )
            ):
                out.append(f"{rel}:{node.lineno}: tr() under another name: lupdate cannot see it")
            if isinstance(node, ast.FunctionDef) and node.name in ("_tr", "tr_", "_", "t"):
                out.append(f"{rel}:{node.lineno}: {node.name}() wraps tr(): lupdate cannot see it")
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _name(inner.func) in ("tr", "translate"):
                        out.append(f"{rel}:{node.lineno}: {_name(inner.func)}() inside an f-string")
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"):
                # a template must be a plain literal: lupdate cannot read an f-string
                for arg in node.args[:2]:
                    if isinstance(arg, ast.JoinedStr):
                        out.append(f"{rel}:{arg.lineno}: f-string inside {name}()")
                continue
            if name not in GUI_SETTERS:
                continue
            span = lines[max(0, node.lineno - 2) : node.end_lineno or node.lineno]
            if any("# not translated" in line for line in span):
                continue  # an example value, a unit symbol, an identifier: said on the line
            args = list(node.args)
            if name in ("critical", "warning", "information", "question", "getText"):
                args = args[1:3]  # (parent, title, text)
            elif name == "add_footer":
                args = args[2:3]  # (dialog, layout, button text)
            elif name in ("getExistingDirectory", "getOpenFileName", "getSaveFileName"):
                args = args[1:2]  # (parent, caption, folder or file name)
            elif name in ("addAction", "addItem", "insertItem", "addTab", "setTabText", "notify"):
                # addItem(text, data) / addItem(icon, text, data) / addTab(widget, text) /
                # notify(level, message)
                first = args[0] if args else None
                while (
                    isinstance(first, ast.Call)
                    and isinstance(first.func, ast.Attribute)
                    and first.func.attr == "format"
                ):
                    first = first.func.value  # self.tr("…").format(…)
                if name == "notify" or not isinstance(first, ast.Constant | ast.JoinedStr):
                    translated = isinstance(first, ast.Call) and _name(first.func) in (
                        "tr", "translate",
                    )  # fmt: skip
                    args = [] if translated else args[1:2]
                else:
                    args = [first]
            else:
                args = args[:1]
            args += [k.value for k in node.keywords if k.arg in ("title", "toolTip")]
            for expr in args:
                for bare in _bare_texts(expr):
                    out.append(f"{rel}:{bare.lineno}: {name}({ast.unparse(bare)[:60]})")
    return out
