"""How an engine's row is drawn beyond its text: the state's coloured dot, the security
badge's warning icon and colour, the current engine's name in bold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from gui.engines.model import NAME, PLAIN_COLOR, SECURITY, STATE, UNVERIFIED_COLOR, EngineRow
from gui.icons import dot, icon
from gui.models.keyed_table import ITEM_ROLE, model_data


class EngineRowDelegate(QStyledItemDelegate):
    """The state's coloured dot, the badge's warning icon and colour, the current engine's
    name in bold."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        row = model_data(index, ITEM_ROLE)
        if not isinstance(row, EngineRow):
            return
        column = index.column()
        if column == NAME and row.current:
            option.font.setBold(True)
        elif column == STATE:
            self._decorate(option, dot(row.color, 10), 10)
        elif column == SECURITY and (row.tls_unverified or row.plain_tcp):
            color = UNVERIFIED_COLOR if row.tls_unverified else PLAIN_COLOR
            name = "mdi6.alert" if row.tls_unverified else "mdi6.alert-octagon"
            self._decorate(option, icon(name, color), 16)
            option.palette.setColor(QPalette.ColorRole.Text, QColor(color))

    @staticmethod
    def _decorate(option: QStyleOptionViewItem, image: QIcon, size: int) -> None:
        if not image.isNull():
            option.icon = image
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.decorationSize = QSize(size, size)
