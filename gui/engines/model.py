"""The engines window's table: one row per engine — name, whether EnvDock or the docker CLI
uses it, kind, endpoint, where it came from, its state, the server's version and a warning
badge when its connection is not protected — as columns of the shared ColumnsModel, changed
row by row as engines come, go and change state (never a reset). The coloured state dot, the
badge's icon and the current engine in bold are drawn by ``gui.engines.delegate``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from core.docker.connection import EngineState
from core.docker.contexts import DEFAULT
from gui.i18n import QT_TRANSLATE_NOOP
from gui.models.columns import Column, ColumnsModel

C = "EnginesModel"
IDLE_COLOR = "#9e9e9e"  # known, not connected (it connects when first used)
UNVERIFIED_COLOR = "#b07500"
PLAIN_COLOR = "#c0392b"

KIND_TEXT = {
    "local": QT_TRANSLATE_NOOP("EnginesModel", "local"),
    "unix": QT_TRANSLATE_NOOP("EnginesModel", "unix socket"),
    "ssh": QT_TRANSLATE_NOOP("EnginesModel", "ssh"),
    "tls": QT_TRANSLATE_NOOP("EnginesModel", "TLS"),
    "tcp": QT_TRANSLATE_NOOP("EnginesModel", "plain TCP"),
}
SOURCE_TEXT = {
    "default": QT_TRANSLATE_NOOP("EnginesModel", "default"),
    "context": QT_TRANSLATE_NOOP("EnginesModel", "Docker context"),
    "added": QT_TRANSLATE_NOOP("EnginesModel", "added in EnvDock"),
}


translate = QCoreApplication.translate


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
    color: str  # the state dot's
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
        return translate("EnginesModel", "not connected")
    if row.state == EngineState.CONNECTED.value:
        return translate("EnginesModel", "connected")
    if row.state == EngineState.CONNECTING.value:
        return translate("EnginesModel", "connecting…")
    return row.message or row.state


def security_text(row: EngineRow) -> str:
    """The badge: what is wrong with how the connection is protected ("" when nothing)."""
    if row.tls_unverified:
        return translate("EnginesModel", "TLS NOT verified")
    if row.plain_tcp:
        return translate("EnginesModel", "unencrypted TCP")
    return ""


def security_tooltip(row: EngineRow) -> str:
    if row.tls_unverified:
        return translate(
            "EnginesModel",
            "The engine's certificate is not checked: anyone on the network path can "
            "pretend to be this engine and read everything sent to it.",
        )
    if row.plain_tcp:
        return translate(
            "EnginesModel",
            "No encryption and no authentication: whoever can reach this port is root on "
            "the engine's machine.",
        )
    if row.kind == "tls":
        return translate("EnginesModel", "TLS, the engine's certificate verified")
    return ""


def in_use_text(row: EngineRow) -> str:
    users = []
    if row.current:
        users.append("EnvDock")  # not translated: a name
    if row.cli_current:
        users.append(translate("EnginesModel", "docker CLI"))
    return ", ".join(users)


def _name_order(row: EngineRow) -> str:
    return ("0" if row.name == DEFAULT else "1") + row.name.lower()  # the default one first


COLUMNS: tuple[Column[EngineRow], ...] = (
    Column(QT_TRANSLATE_NOOP("EnginesModel", "Name"), lambda r: r.name, _name_order),
    Column(QT_TRANSLATE_NOOP("EnginesModel", "In use by"), in_use_text),
    Column(
        QT_TRANSLATE_NOOP("EnginesModel", "Kind"),
        lambda r: translate(C, KIND_TEXT.get(r.kind, r.kind)),
    ),
    Column(
        QT_TRANSLATE_NOOP("EnginesModel", "Endpoint"),
        lambda r: r.endpoint,
        tooltip=lambda r: r.endpoint,
    ),
    Column(
        QT_TRANSLATE_NOOP("EnginesModel", "Source"),
        lambda r: translate(C, SOURCE_TEXT.get(r.source, r.source)),
    ),
    Column(
        QT_TRANSLATE_NOOP("EnginesModel", "State"),
        state_text,
        tooltip=lambda r: "\n".join(x for x in (r.message, r.hint) if x),
    ),
    Column(QT_TRANSLATE_NOOP("EnginesModel", "Version"), lambda r: r.version),
    Column(QT_TRANSLATE_NOOP("EnginesModel", "Security"), security_text, tooltip=security_tooltip),
)
NAME, IN_USE, KIND, ENDPOINT, SOURCE, STATE, VERSION, SECURITY = range(len(COLUMNS))

EnginesModel = ColumnsModel[EngineRow]


def make_model(parent: QObject | None = None) -> EnginesModel:
    return ColumnsModel(C, COLUMNS, key=lambda r: r.name, parent=parent)
