"""A list model over a LogStore: rows are inserted and removed, never reset, so a log of
a million lines scrolls as fast as one of a hundred."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.ansi import plain
from core.docker.logs import STDERR, LogStore, split_line
from core.docker.merged_logs import MergedLogStore

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
STREAM_ROLE = Qt.ItemDataRole.UserRole + 2
MATCH_ROLE = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex


class LogModel(QAbstractListModel):
    def __init__(self, store: LogStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.timestamps = True
        self.matches: set[int] = set()
        self.current_match = -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.store)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.store):
            return None
        if role == RAW_ROLE:
            return split_line(self.store.lines[row], self.timestamps)
        if role == Qt.ItemDataRole.DisplayRole:
            return plain(split_line(self.store.lines[row], self.timestamps))
        if role == STREAM_ROLE:
            return self.store.streams[row]
        if role == MATCH_ROLE:
            return 2 if row == self.current_match else (1 if row in self.matches else 0)
        if role == Qt.ItemDataRole.ForegroundRole and self.store.streams[row] == STDERR:
            return QColor("#d9534f")
        return None

    def append_lines(self, lines: list[bytes], streams: bytes) -> None:
        # a batch larger than the store: only its newest lines stay (the store counts the
        # others as dropped)
        added = min(len(lines), self.store.max_lines)
        if not added:
            return
        over = self.store.overflow(len(lines))
        if over:  # stay bounded: the oldest rows go first
            self.beginRemoveRows(QModelIndex(), 0, over - 1)
            self.store.drop_oldest(over)
            self.endRemoveRows()
            self.matches = {m - over for m in self.matches if m >= over}
        first = len(self.store)
        self.beginInsertRows(QModelIndex(), first, first + added - 1)
        self.store.append(lines, streams)
        self.endInsertRows()

    def prepend_lines(self, lines: list[bytes], streams: bytes) -> int:
        room = max(0, self.store.max_lines - len(self.store))
        if not lines or not room:
            return 0
        lines, streams = lines[-room:], streams[-room:]
        self.beginInsertRows(QModelIndex(), 0, len(lines) - 1)
        self.store.prepend(lines, streams)
        self.endInsertRows()
        self.matches = {m + len(lines) for m in self.matches}
        return len(lines)

    def clear(self) -> None:
        if len(self.store):
            self.beginRemoveRows(QModelIndex(), 0, len(self.store) - 1)
            self.store.clear()
            self.endRemoveRows()
        self.matches = set()
        self.current_match = -1

    def set_timestamps(self, on: bool) -> None:
        self.timestamps = on
        if len(self.store):
            self.dataChanged.emit(self.index(0), self.index(len(self.store) - 1))


class MatchesModel(QAbstractListModel):
    """Only the matching lines (the filter view), by index into the same store. It follows
    the source's rows as they shift: older lines paged in at the top, the oldest trimmed
    (a match among them leaves this view too), a clear."""

    def __init__(self, source: LogModel, rows: list[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.rows = sorted(rows)
        self._going = (0, 0)  # our rows that go with the source's rows being removed
        source.rowsInserted.connect(self._on_source_rows_inserted)
        source.rowsAboutToBeRemoved.connect(self._on_source_rows_about_to_be_removed)
        source.rowsRemoved.connect(self._on_source_rows_removed)
        source.dataChanged.connect(self._on_source_data_changed)

    def _on_source_rows_inserted(self, _parent: AnyIndex, first: int, last: int) -> None:
        if self.rows and first <= self.rows[-1]:
            count = last - first + 1
            self.rows = [r + count if r >= first else r for r in self.rows]

    def _on_source_rows_about_to_be_removed(self, _parent: AnyIndex, first: int, last: int) -> None:
        self._going = (bisect_left(self.rows, first), bisect_right(self.rows, last))
        if self._going[1] > self._going[0]:
            self.beginRemoveRows(QModelIndex(), self._going[0], self._going[1] - 1)

    def _on_source_rows_removed(self, _parent: AnyIndex, first: int, last: int) -> None:
        lo, hi = self._going
        self._going = (0, 0)
        del self.rows[lo:hi]
        count = last - first + 1
        self.rows = [r - count if r > last else r for r in self.rows]
        if hi > lo:
            self.endRemoveRows()

    def _on_source_data_changed(self, *_args: object) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == MATCH_ROLE:
            return 0
        return self.source.data(self.source.index(row), role)


class MemberFilterModel(QAbstractListModel):
    """The lines of chosen members of a merged log (its service filter), by index into the
    same store, found through the store's member byte per line (a few milliseconds for
    200,000 lines). It follows the source: lines appended while following (those of the
    chosen members join), older lines paged in at the top, the oldest trimmed, a clear."""

    def __init__(
        self,
        source: LogModel,
        store: MergedLogStore,
        allowed: set[int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.store = store
        self.allowed = set(allowed)
        self.rows = store.rows_of(self.allowed)
        self._going = (0, 0)
        source.rowsInserted.connect(self._on_source_rows_inserted)
        source.rowsAboutToBeRemoved.connect(self._on_source_rows_about_to_be_removed)
        source.rowsRemoved.connect(self._on_source_rows_removed)
        source.dataChanged.connect(self._on_source_data_changed)

    def row_of(self, source_row: int) -> int:
        """Our row showing the source's ``source_row``, or -1 when it is filtered out."""
        pos = bisect_left(self.rows, source_row)
        return pos if pos < len(self.rows) and self.rows[pos] == source_row else -1

    def _on_source_rows_inserted(self, _parent: AnyIndex, first: int, last: int) -> None:
        count = last - first + 1
        new = self.store.rows_of(self.allowed, first, last + 1)
        pos = bisect_left(self.rows, first)
        if pos < len(self.rows):  # the same lines, further down in the source
            self.rows[pos:] = [r + count for r in self.rows[pos:]]
        if new:
            self.beginInsertRows(QModelIndex(), pos, pos + len(new) - 1)
            self.rows[pos:pos] = new
            self.endInsertRows()

    def _on_source_rows_about_to_be_removed(self, _parent: AnyIndex, first: int, last: int) -> None:
        self._going = (bisect_left(self.rows, first), bisect_right(self.rows, last))
        if self._going[1] > self._going[0]:
            self.beginRemoveRows(QModelIndex(), self._going[0], self._going[1] - 1)

    def _on_source_rows_removed(self, _parent: AnyIndex, first: int, last: int) -> None:
        lo, hi = self._going
        self._going = (0, 0)
        del self.rows[lo:hi]
        count = last - first + 1
        if lo < len(self.rows):
            self.rows[lo:] = [r - count for r in self.rows[lo:]]
        if hi > lo:
            self.endRemoveRows()

    def _on_source_data_changed(self, *_args: object) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.source.data(self.source.index(self.rows[index.row()]), role)
