"""What every panel receives: the engine, the job runner, the notifier, and the application
API through which features ask things of each other (none imports another)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from gui.engine_bridge import EngineBridge
from gui.widgets.notifications import Notifier
from gui.workers import JobRunner

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QWidget

    from core.docker.engine import Engine
    from core.docker.log_feeds import LogFeed
    from core.docker.merged_logs import Member
    from core.envs.locators import SearchContext
    from core.envs.model import Environment
    from gui.live import LiveData


class AppApi(Protocol):
    """The typed seam between features: each call opens what another feature owns.

    The main window implements it (``gui.routes``); a feature calls
    ``self.context.app.open_build(folder, tag)`` and never reaches into another panel.
    """

    def show_panel(self, key: str) -> QWidget:
        """Make the panel ``key`` current (built on first use) and return it."""
        ...

    def open_build(self, folder: Path | None = None, tag: str = "") -> None:
        """The build window for ``folder`` (a Dockerfile's context), tagged ``tag``."""
        ...

    def open_run(self, image: str = "", port: str = "") -> None:
        """The run dialog with ``image`` and a published ``port`` filled in."""
        ...

    def pull(self, reference: str) -> QWidget | None:
        """Pull ``reference``; returns the per-layer progress window."""
        ...

    def containerize(self, env: Environment) -> None:
        """Turn ``env`` into a Dockerfile and build context (the bridge)."""
        ...

    def compare(self, target: str, is_image: bool) -> QWidget:
        """Compare a container's (or image's) packages with an environment (the bridge);
        returns the comparison window."""
        ...

    def manage_engines(self) -> QWidget:
        """The engines window: add (saved as a Docker context), remove, rename, use."""
        ...

    def environment_search(self) -> SearchContext:
        """Where the Environments panel looks for environments (the user's settings)."""
        ...

    def open_merged_logs(self, engine: Engine, title: str, members: Sequence[Member]) -> QWidget:
        """One log window with the lines of several containers on ``engine`` merged by time,
        each prefixed by its member's label (a compose project's: ``web-1``), with follow,
        search, since/until and a service filter; returns the window (shown, loading)."""
        ...

    def open_log_feed(self, engine: Engine, title: str, feed: LogFeed) -> QWidget:
        """A log window on what ``feed`` reads (a swarm service's tasks merged), with the
        log view's paging, follow, search and since/until; returns it (shown, loading)."""
        ...

    def edit_compose_file(self, path: Path) -> QWidget | None:
        """The compose editor (YAML colouring, checks by compose as you type, the resolved
        configuration) on the compose file ``path`` (a stack's, say)."""
        ...


@dataclass(slots=True)
class AppContext:
    engine: EngineBridge  # the engine's signals (status, containers, images, resources)
    jobs: JobRunner
    notifier: Notifier
    live: LiveData | None = None
    routes: AppApi | None = None  # set by the main window

    @property
    def docker(self) -> Engine:
        """The engine the panels act on: its connection (``.api``), state and caches. The one
        way a panel reaches the engine."""
        return self.engine.engine

    @property
    def app(self) -> AppApi:
        """The application API (the main window's routes between features)."""
        if self.routes is None:
            raise RuntimeError("the main window sets the application API before any panel")
        return self.routes

    def live_data(self) -> LiveData:
        """The host sampler and container stats, made on first use."""
        if self.live is None:
            from gui.live import LiveData  # numpy and the samplers: only when a panel asks

            self.live = LiveData(self.engine)
        return self.live
