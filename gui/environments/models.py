"""Environments and packages tables, keyed by path and by package name."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from core.envs.model import Environment, Package
from core.units import human_size
from gui.icons import icon
from gui.models.keyed_table import SORT_ROLE, KeyedTableModel

# QT_TRANSLATE_NOOP returns its text unchanged (PySide6's stub says ``object``)
ENV_COLUMNS = cast(
    tuple[str, ...],
    (
        QT_TRANSLATE_NOOP("EnvironmentsModel", "Kind"),
        QT_TRANSLATE_NOOP("EnvironmentsModel", "Name"),
        QT_TRANSLATE_NOOP("EnvironmentsModel", "Python"),
        QT_TRANSLATE_NOOP("EnvironmentsModel", "Packages"),
        QT_TRANSLATE_NOOP("EnvironmentsModel", "Size"),
        QT_TRANSLATE_NOOP("EnvironmentsModel", "Health"),
        QT_TRANSLATE_NOOP("EnvironmentsModel", "Path"),
    ),
)
KIND, NAME, PYTHON, PACKAGES, SIZE, HEALTH, PATH = range(len(ENV_COLUMNS))

KIND_ICONS = {
    "conda": "mdi6.snake",
    "pixi": "mdi6.snake",
    "system": "mdi6.desktop-classic",
    "pyenv": "mdi6.language-python",
    "poetry": "mdi6.feather",
    "uv": "mdi6.lightning-bolt",
    "hatch": "mdi6.egg-outline",
    "pipenv": "mdi6.pipe",
}


def version_key(version: str) -> tuple[Any, ...]:
    parts: list[Any] = []
    for piece in version.replace("-", ".").split("."):
        parts.append((0, int(piece), "") if piece.isdigit() else (1, 0, piece))
    return tuple(parts)


class EnvironmentsModel(KeyedTableModel[Environment]):
    headers = ENV_COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda e: e.key, parent=parent)
        self.sizes: dict[str, int] = {}
        self.size_notes: dict[str, str] = {}  # why a size is not shown ("—" in the cell)

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("EnvironmentsModel", ENV_COLUMNS[section])

    def set_environments(self, envs: list[Environment]) -> None:
        keys = {e.key for e in envs}
        self.remove_keys([e.key for e in self.items() if e.key not in keys])
        self.upsert_many(envs)

    def set_size(self, key: str, size: int) -> None:
        self.sizes[key] = size
        self.size_notes.pop(key, None)
        self._size_changed(key)

    def set_size_note(self, key: str, note: str) -> None:
        """No size for this row, and why (shown as "—" with the reason as tooltip)."""
        self.sizes.pop(key, None)
        self.size_notes[key] = note
        self._size_changed(key)

    def _size_changed(self, key: str) -> None:
        row = self.row_of(key)
        if row is not None:
            index = self.index(row, SIZE)
            self.dataChanged.emit(index, index)

    def cell(self, env: Environment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(env, column)
        if role == SORT_ROLE:
            if column == PYTHON:
                return version_key(env.python_version)
            if column == PACKAGES:
                return env.package_count
            if column == SIZE:
                return self.sizes.get(env.key, -1)
            return self._display(env, column).lower()
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return icon(KIND_ICONS.get(env.kind.value, "mdi6.language-python"))
        if role == Qt.ItemDataRole.ForegroundRole and column == HEALTH and not env.healthy:
            return QColor("#c0392b")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == HEALTH and env.problem:
                return env.problem
            if column == SIZE and env.key in self.size_notes:
                return self.size_notes[env.key]
            if column == NAME:
                return "\n".join(x for x in (env.name, str(env.path), env.manager) if x)
            return self._display(env, column)
        return None

    def _display(self, env: Environment, column: int) -> str:
        if column == KIND:
            return env.kind.value + (" (base)" if env.conda_base else "")
        if column == NAME:
            return env.name
        if column == PYTHON:
            return env.python_version
        if column == PACKAGES:
            return str(env.package_count)
        if column == SIZE:
            if env.key in self.size_notes:
                return "—"
            return human_size(self.sizes.get(env.key))
        if column == HEALTH:
            if env.healthy:
                return QCoreApplication.translate("EnvironmentsModel", "ok")
            return QCoreApplication.translate("EnvironmentsModel", "broken: {0}").format(
                env.problem
            )
        if column == PATH:
            return str(env.path)
        return ""


PKG_COLUMNS = cast(
    tuple[str, ...],
    (
        QT_TRANSLATE_NOOP("PackagesModel", "Name"),
        QT_TRANSLATE_NOOP("PackagesModel", "Version"),
        QT_TRANSLATE_NOOP("PackagesModel", "Latest"),
        QT_TRANSLATE_NOOP("PackagesModel", "Installer"),
        QT_TRANSLATE_NOOP("PackagesModel", "Requested"),
        QT_TRANSLATE_NOOP("PackagesModel", "Origin"),
        QT_TRANSLATE_NOOP("PackagesModel", "Size"),
        QT_TRANSLATE_NOOP("PackagesModel", "Summary"),
    ),
)
P_NAME, P_VERSION, P_LATEST, P_INSTALLER, P_REQUESTED, P_ORIGIN, P_SIZE, P_SUMMARY = range(
    len(PKG_COLUMNS)
)


class PackagesModel(KeyedTableModel[Package]):
    headers = PKG_COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda p: p.key, parent=parent)
        self.latest: dict[str, str] = {}

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("PackagesModel", PKG_COLUMNS[section])

    def set_packages(self, packages: list[Package]) -> None:
        keys = {p.key for p in packages}
        self.remove_keys([p.key for p in self.items() if p.key not in keys])
        self.upsert_many(packages)

    def set_latest(self, latest: dict[str, str]) -> None:
        self.latest = dict(latest)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, P_LATEST), self.index(self.rowCount() - 1, P_LATEST)
            )

    def outdated_names(self) -> list[str]:
        return [p.name for p in self.items() if p.key in self.latest]

    def cell(self, pkg: Package, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pkg, column)
        if role == SORT_ROLE:
            if column == P_SIZE:
                return pkg.size
            if column in (P_VERSION, P_LATEST):
                return version_key(self._display(pkg, column))
            return self._display(pkg, column).lower()
        if role == Qt.ItemDataRole.ForegroundRole and column == P_LATEST and pkg.key in self.latest:
            return QColor("#d08c0b")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == P_NAME and pkg.requires:
                return QCoreApplication.translate("PackagesModel", "Requires: {0}").format(
                    ", ".join(pkg.requires)
                )
            return self._display(pkg, column)
        return None

    def _display(self, pkg: Package, column: int) -> str:
        translate = QCoreApplication.translate
        if column == P_NAME:
            return pkg.name
        if column == P_VERSION:
            return pkg.version + (f" ({pkg.build})" if pkg.build else "")
        if column == P_LATEST:
            return self.latest.get(pkg.key, "")
        if column == P_INSTALLER:
            return pkg.installer or pkg.source
        if column == P_REQUESTED:
            if pkg.requested is None:
                return ""
            return (
                translate("PackagesModel", "requested")
                if pkg.requested
                else translate("PackagesModel", "dependency")
            )
        if column == P_ORIGIN:
            if pkg.editable:
                return translate("PackagesModel", "editable: {0}").format(pkg.origin)
            return pkg.origin or pkg.channel
        if column == P_SIZE:
            return human_size(pkg.size) if pkg.size else ""
        if column == P_SUMMARY:
            return pkg.summary
        return ""
