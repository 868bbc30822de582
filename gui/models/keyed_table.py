"""A table model over rows keyed by id, changed row by row (never reset).

napari's Qt adapters turn list events into begin/end insert/remove calls; this base
does the same for keyed rows: ``upsert_many`` appends new rows in one insert and
emits ``dataChanged`` for changed ones, ``remove_keys`` removes rows one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class KeyedTableModel(QAbstractTableModel, Generic[T]):
    headers: Sequence[str] = ()

    def __init__(self, key: Callable[[T], Hashable], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._rows: list[T] = []
        self._index: dict[Hashable, int] = {}

    # -- Qt API --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.header_text(section)
        return None

    def header_text(self, section: int) -> str:
        return self.headers[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ITEM_ROLE:
            return item
        return self.cell(item, index.column(), role)

    def cell(self, item: T, column: int, role: int) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- keyed row operations ---------------------------------------------------------------
    def items(self) -> list[T]:
        return list(self._rows)

    def item(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, key: Hashable) -> int | None:
        return self._index.get(key)

    def upsert_many(self, items: Iterable[T]) -> None:
        new: list[T] = []
        for item in items:
            row = self._index.get(self._key(item))
            if row is None:
                new.append(item)
            else:
                self._rows[row] = item
                self.dataChanged.emit(
                    self.index(row, 0), self.index(row, max(0, self.columnCount() - 1))
                )
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for offset, item in enumerate(new):
                self._rows.append(item)
                self._index[self._key(item)] = first + offset
            self.endInsertRows()

    def remove_keys(self, keys: Iterable[Hashable]) -> None:
        for key in keys:
            row = self._index.get(key)
            if row is None:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            del self._index[key]
            for k, r in self._index.items():
                if r > row:
                    self._index[k] = r - 1
            self.endRemoveRows()

    def refresh_row(self, key: Hashable) -> None:
        row = self._index.get(key)
        if row is not None:
            self.dataChanged.emit(
                self.index(row, 0), self.index(row, max(0, self.columnCount() - 1))
            )


def model_data(index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
    """``index.data(role)`` without the QVariant round trip.

    PySide6 6.12's ``QModelIndex.data()`` drops a reference to ``None`` each time it returns
    an empty value, which crashes Python 3.11 after enough calls (a delegate painting a big
    log does that in seconds). Our models are Python, so ask them directly, through proxies.
    """
    model: Any = index.model()
    idx: Any = index
    while isinstance(model, QSortFilterProxyModel):
        idx = model.mapToSource(idx)
        model = idx.model()
    if model is None:
        return None
    return model.data(idx, role)
