"""Which engine a window acts on, said in its title, and where that engine is.

A window opened on an engine keeps it for its whole life (switching the current engine
never redirects it); once more than one engine is known its title names that engine
("Logs — web (gpu1)"), and it keeps doing so as engines are added or removed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from core.docker.engine import Engine
from gui.engine_bridge import EngineBridge


def engine_url(engine: Engine) -> str:
    """Where ``engine`` is (``ssh://…``, ``tcp://…``, ``unix://…``); "" for an engine named
    by nothing but the environment that has not connected yet. Never a file read or a
    round trip (the GUI thread asks)."""
    if engine.spec is not None:
        return engine.spec.endpoint.base_url
    return engine.status.endpoint


def engine_is_local(engine: Engine) -> bool:
    """The engine runs on this machine (reached through a local socket)."""
    url = engine_url(engine)
    return not url or url.startswith(("unix://", "npipe://"))


def titled(bridge: EngineBridge, engine: Engine, title: str) -> str:
    """``title`` with the engine's name once more than one engine is known."""
    if len(bridge.engines()) > 1:
        return QCoreApplication.translate("EngineTitle", "{0} ({1})").format(title, engine.name)
    return title


class _TitleKeeper(QObject):
    """A child of the window: its slot dies with the window, so no call reaches a window
    that is gone."""

    def __init__(self, window: QWidget, bridge: EngineBridge, engine: Engine, title: str) -> None:
        super().__init__(window)
        self.window_ = window
        self.bridge = bridge
        self.engine = engine
        self.title = title
        bridge.engines_changed.connect(self._on_engines_change)
        self._on_engines_change()

    def _on_engines_change(self, *_args: object) -> None:
        self.window_.setWindowTitle(titled(self.bridge, self.engine, self.title))


def keep_title(window: QWidget, bridge: EngineBridge, engine: Engine, title: str) -> None:
    """Title ``window`` with ``title`` (and its engine's name while several are known)."""
    keeper = window.findChild(_TitleKeeper)
    if keeper is not None:
        keeper.title, keeper.engine = title, engine
        keeper._on_engines_change()
        return
    _TitleKeeper(window, bridge, engine, title)
