"""The engines window's table: one row per engine — name, whether EnvDock or the docker CLI
uses it, kind, endpoint, where it came from, its state with a coloured dot, the server's
version and a warning badge when its connection is not protected — changed row by row as
engines come, go and change state (never a reset)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from core.docker.connection import EngineState
from core.docker.contexts import DEFAULT
from gui.i18n import QT_TRANSLATE_NOOP
from gui.icons import dot, icon
from gui.models.keyed_table import SORT_ROLE, KeyedTableModel

C = "EnginesModel"
IDLE_COLOR = "#9e9e9e"  # known, not connected (it connects when first used)
UNVERIFIED_COLOR = "#d08c0b"
PLAIN_COLOR = "#c0392b"

HEADERS = (
    QT_TRANSLATE_NOOP(C, "Name"),
    QT_TRANSLATE_NOOP(C, "In use by"),
    QT_TRANSLATE_NOOP(C, "Kind"),
    QT_TRANSLATE_NOOP(C, "Endpoint"),
    QT_TRANSLATE_NOOP(C, "Source"),
    QT_TRANSLATE_NOOP(C, "State"),
    QT_TRANSLATE_NOOP(C, "Version"),
    QT_TRANSLATE_NOOP(C, "Security"),
)
NAME, IN_USE, KIND, ENDPOINT, SOURCE, STATE, VERSION, SECURITY = range(len(HEADERS))

KIND_TEXT = {
    "local": QT_TRANSLATE_NOOP(C, "local"),
    "unix": QT_TRANSLATE_NOOP(C, "unix socket"),
    "ssh": QT_TRANSLATE_NOOP(C, "ssh"),
    "tls": QT_TRANSLATE_NOOP(C, "TLS"),
    "tcp": QT_TRANSLATE_NOOP(C, "plain TCP"),
}
SOURCE_TEXT = {
    "default": QT_TRANSLATE_NOOP(C, "default"),
    "context": QT_TRANSLATE_NOOP(C, "Docker context"),
    "added": QT_TRANSLATE_NOOP(C, "added in EnvDock"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


@dataclass(frozen=True, slots=True)
class EngineRow:
    name: str
    kind: str  # local / unix / ssh / tls / tcp
    endpoint: str
    source: str  # default / context / added
    state: str  # an EngineState's value, "idle" (not connected yet) or "problem" (unusable)
    message: str
    hint: str
    version: str
    color: str
    tls_unverified: bool
    current: bool  # the engine EnvDock acts on
    cli_current: bool  # the docker CLI's current context

    @property
    def plain_tcp(self) -> bool:
        return self.kind == "tcp"

    @property
    def usable(self) -> bool:
        return self.state != "problem"

    @property
    def connected(self) -> bool:
        return self.state == EngineState.CONNECTED.value


def state_text(row: EngineRow) -> str:
    if row.state == "idle":
        return _tr("not connected")
    if row.state == EngineState.CONNECTED.value:
        return _tr("connected")
    if row.state == EngineState.CONNECTING.value:
        return _tr("connecting…")
    return row.message or row.state


def security_text(row: EngineRow) -> str:
    """The badge: what is wrong with how the connection is protected ("" when nothing)."""
    if row.tls_unverified:
        return _tr("TLS NOT verified")
    if row.plain_tcp:
        return _tr("unencrypted TCP")
    return ""


def security_tooltip(row: EngineRow) -> str:
    if row.tls_unverified:
        return _tr(
            "The engine's certificate is not checked: anyone on the network path can "
            "pretend to be this engine and read everything sent to it."
        )
    if row.plain_tcp:
        return _tr(
            "No encryption and no authentication: whoever can reach this port is root on "
            "the engine's machine."
        )
    if row.kind == "tls":
        return _tr("TLS, the engine's certificate verified")
    return ""


def in_use_text(row: EngineRow) -> str:
    users = []
    if row.current:
        users.append("EnvDock")  # not translated: names
    if row.cli_current:
        users.append(_tr("docker CLI"))
    return ", ".join(users)


class EnginesModel(KeyedTableModel[EngineRow]):
    headers = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda r: r.name, parent=parent)

    def header_text(self, section: int) -> str:
        return _tr(self.headers[section])

    def cell(self, item: EngineRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == SORT_ROLE:  # by name: the default engine first
            if column == NAME:
                return ("1" if item.name != DEFAULT else "0") + item.name.lower()
            return self._text(item, column).lower()
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == SECURITY:
            return QColor(UNVERIFIED_COLOR if item.tls_unverified else PLAIN_COLOR)
        if role == Qt.ItemDataRole.FontRole and column == NAME and item.current:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, item: EngineRow, column: int) -> str:
        texts = {
            NAME: item.name,
            IN_USE: in_use_text(item),
            KIND: _tr(KIND_TEXT.get(item.kind, item.kind)),
            ENDPOINT: item.endpoint,
            SOURCE: _tr(SOURCE_TEXT.get(item.source, item.source)),
            STATE: state_text(item),
            VERSION: item.version,
            SECURITY: security_text(item),
        }
        return texts.get(column, "")

    def _decoration(self, item: EngineRow, column: int) -> Any:
        if column == STATE:
            return dot(item.color, 10)
        if column == SECURITY and item.tls_unverified:
            return icon("mdi6.alert", UNVERIFIED_COLOR)
        if column == SECURITY and item.plain_tcp:
            return icon("mdi6.alert-octagon", PLAIN_COLOR)
        return None

    def _tooltip(self, item: EngineRow, column: int) -> str | None:
        if column == STATE:
            return "\n".join(x for x in (item.message, item.hint) if x) or None
        if column == SECURITY:
            return security_tooltip(item) or None
        if column == ENDPOINT:
            return item.endpoint
        return None

    def replace(self, rows: list[EngineRow]) -> None:
        """Make the rows equal ``rows``: removals and upserts, never a reset."""
        names = {r.name for r in rows}
        gone = [r.name for r in self.items() if r.name not in names]
        if gone:
            self.remove_keys(gone)
        changed = [r for r in rows if (i := self.row_of(r.name)) is None or self.item(i) != r]
        if changed:
            self.upsert_many(changed)


def sorted_view(model: EnginesModel) -> QSortFilterProxyModel:
    """The default engine first, then by name (as the engine box lists them)."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setDynamicSortFilter(True)
    return proxy
