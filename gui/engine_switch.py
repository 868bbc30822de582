"""The engine the panels act on, shown and switched at the top of the sidebar: every engine
EnvDock knows (the default one and the Docker contexts) with a dot for its state; a warning
sign on one whose TLS is not verified; "Manage engines…" at the end."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from core.docker.connection import EngineState, EngineStatus
from core.docker.engine import Engine
from core.errors import EnvDockError
from gui.context import AppContext
from gui.icons import dot

MANAGE = "\0manage"  # the last entry's data: opens the engines window
COLORS = {
    EngineState.CONNECTED: "#2e9d4f",
    EngineState.CONNECTING: "#6c8ebf",
}
UNVERIFIED = "#d08c0b"


def state_color(status: EngineStatus) -> str:
    """Green connected, amber connected without TLS verification, blue connecting, red not."""
    if status.state is EngineState.CONNECTED and status.tls_unverified:
        return UNVERIFIED
    return COLORS.get(status.state, "#c0392b")


class EngineSwitch(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(2)
        caption = QLabel(self.tr("Engine"))
        caption.setStyleSheet("color: palette(mid); font-size: 11px;")
        layout.addWidget(caption)
        self.combo = QComboBox()
        policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.combo.setSizeAdjustPolicy(policy)
        self.combo.setMinimumContentsLength(8)
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._on_activated)
        bridge = context.engine
        bridge.engines_changed.connect(lambda _e: self.refill())
        bridge.engine_status_changed.connect(self._on_engine_status)
        bridge.current_changed.connect(lambda _e: self.refill())
        self.refill()

    def refill(self) -> None:
        """Every engine, the current one selected (no signal while filling)."""
        current = self.context.docker.name
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for engine in self.context.engine.engines():
                shown = f"⚠ {engine.name}" if _unsafe(engine) else engine.name
                self.combo.addItem(dot(state_color(engine.status), 10), shown, engine.name)
                self.combo.setItemData(self.combo.count() - 1, _tooltip(engine),
                                       Qt.ItemDataRole.ToolTipRole)  # fmt: skip
                if engine.name == current:
                    self.combo.setCurrentIndex(self.combo.count() - 1)
            self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(self.tr("Manage engines…"), MANAGE)

    def _on_engine_status(self, name: str, status: EngineStatus) -> None:
        index = self.combo.findData(name)
        if index >= 0:
            self.combo.setItemIcon(index, dot(state_color(status), 10))
            engine = next((e for e in self.context.engine.engines() if e.name == name), None)
            if engine is not None:
                self.combo.setItemData(index, _tooltip(engine), Qt.ItemDataRole.ToolTipRole)

    def _on_activated(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name == MANAGE:
            self.refill()  # back to the current engine in the box
            self.context.app.manage_engines()
            return
        if isinstance(name, str) and name != self.context.docker.name:
            try:
                self.context.engine.use(name)
            except EnvDockError as err:
                self.context.notifier.error(err)
                self.refill()


def _unsafe(engine: Engine) -> bool:
    """TLS not verified, or plain TCP: marked with a warning sign before it even connects."""
    spec = engine.spec
    if spec is None:
        return engine.status.tls_unverified
    return spec.endpoint.tls_unverified or spec.kind == "tcp"


def _tooltip(engine: Engine) -> str:
    status = engine.status
    where = engine.spec.host if engine.spec is not None else status.endpoint
    lines = [f"{engine.name}: {where}", status.message]
    if status.tls_unverified or (engine.spec is not None and engine.spec.endpoint.tls_unverified):
        lines.append(
            QCoreApplication.translate(
                "EngineSwitch", "TLS is NOT verified: anyone on the way can pretend to be it."
            )
        )
    elif engine.spec is not None and engine.spec.kind == "tcp":
        lines.append(
            QCoreApplication.translate(
                "EngineSwitch", "Plain TCP: whoever reaches its port is root on its host."
            )
        )
    return "\n".join(x for x in lines if x)
