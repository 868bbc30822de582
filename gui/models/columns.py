"""A keyed table declared as columns: each column says how to show and sort an item."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from gui.models.keyed_table import SORT_ROLE, KeyedTableModel

T = TypeVar("T")


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # source text, translated in the model's context
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None


class ColumnsModel(KeyedTableModel[T]):
    def __init__(
        self,
        context: str,
        columns: Sequence[Column[T]],
        key: Callable[[T], Hashable],
        muted: Callable[[T], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        self.context = context
        self.columns = tuple(columns)
        self.headers = tuple(c.title for c in self.columns)
        self._muted = muted
        super().__init__(key=key, parent=parent)

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate(self.context, self.columns[section].title)

    def cell(self, item: T, column: int, role: int) -> Any:
        col = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(item)
        if role == SORT_ROLE:
            return col.sort(item) if col.sort is not None else col.text(item).lower()
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted is not None and self._muted(item):
            return QColor("#8a8a8a")
        return None

    def replace(self, items: Iterable[T]) -> None:
        """Make the rows equal ``items``: upserts and removals, never a reset."""
        fresh = list(items)
        keys = {self._key(i) for i in fresh}
        gone = [self._key(i) for i in self.items() if self._key(i) not in keys]
        if gone:
            self.remove_keys(gone)
        changed = []
        for item in fresh:
            row = self.row_of(self._key(item))
            if row is None or self.item(row) != item:
                changed.append(item)
        if changed:
            self.upsert_many(changed)
