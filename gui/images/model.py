"""The images table: rows keyed by (engine, image id), updated from image events. One
engine's images, or every engine's together (the Engine column then says whose)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from core.docker.engine import ImagesUpdate
from core.docker.images import Image
from core.units import human_size
from gui.i18n import QT_TRANSLATE_NOOP
from gui.models.keyed_table import SORT_ROLE, KeyedTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("ImagesModel", "Repository:tag"),
    QT_TRANSLATE_NOOP("ImagesModel", "Id"),
    QT_TRANSLATE_NOOP("ImagesModel", "Size"),
    QT_TRANSLATE_NOOP("ImagesModel", "Created"),
    QT_TRANSLATE_NOOP("ImagesModel", "Used by"),
    QT_TRANSLATE_NOOP("ImagesModel", "Engine"),
)
TAGS, IMAGE_ID, SIZE, CREATED, USED, ENGINE = range(len(COLUMNS))
UNTAGGED_COLOUR = QColor("#8a8a8a")  # dangling and intermediate images are muted


class ImagesModel(KeyedTableModel[Image]):
    headers = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=lambda i: i.key, parent=parent)
        self.usage: dict[tuple[str, str], int] = {}  # (engine, image id) -> containers

    def used_by(self, image: Image) -> int:
        return self.usage.get(image.key, 0)

    def row_of(self, key: Hashable) -> int | None:
        """The row of an image by its (engine, id) key — or by its id alone when one
        engine's images are shown (the first such row otherwise)."""
        if isinstance(key, str):
            return next(
                (row for k, row in self._index.items() if isinstance(k, tuple) and k[1] == key),
                None,
            )
        return super().row_of(key)

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("ImagesModel", COLUMNS[section])

    def apply_update(self, update: ImagesUpdate, engine: str = "") -> None:
        """``engine``'s images changed (``update.removed`` holds that engine's ids)."""
        if update.upserts:
            self.upsert_many(update.upserts)
        if update.removed:
            self.remove_keys([(engine, iid) for iid in update.removed])

    def set_usage(self, usage: dict[tuple[str, str], int]) -> None:
        """Counts from the container cache, computed once per change (not per painted cell)."""
        if usage == self.usage:
            return
        self.usage = usage
        if self.rowCount():
            self.dataChanged.emit(self.index(0, USED), self.index(self.rowCount() - 1, USED))

    def cell(self, image: Image, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(image, column)
        if role == SORT_ROLE:
            if column == SIZE:
                return image.size
            if column == CREATED:
                return image.created
            if column == USED:
                return self.used_by(image)
            return self._display(image, column).lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([image.id, *image.tags, *image.digests])
        if role == Qt.ItemDataRole.ForegroundRole and not image.tags:
            return UNTAGGED_COLOUR
        return None

    def _display(self, image: Image, column: int) -> str:
        if column == TAGS:
            if image.intermediate:
                return QCoreApplication.translate("ImagesModel", "<none> (intermediate)")
            return ", ".join(image.tags) or QCoreApplication.translate(
                "ImagesModel", "<none> (dangling)"
            )
        if column == IMAGE_ID:
            return image.short_id
        if column == SIZE:
            return human_size(image.size)
        if column == CREATED:
            return dt.datetime.fromtimestamp(image.created).strftime("%Y-%m-%d %H:%M")
        if column == USED:
            n = self.used_by(image)
            return QCoreApplication.translate("ImagesModel", "%n container(s)", "", n) if n else ""
        if column == ENGINE:
            return image.engine
        return ""
