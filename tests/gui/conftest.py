from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from core.docker.engine import Engine
from core.docker.engines import EngineRegistry
from gui.app import create_application, shutdown
from gui.context import AppContext
from gui.engine_bridge import EngineBridge
from gui.main_window import MainWindow
from gui.widgets.notifications import Notifier
from gui.workers import JobRunner

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, settings: QSettings) -> Iterator[WindowFactory]:
    create_application()
    windows: list[MainWindow] = []

    def factory(
        env: dict[str, str] | None = None,
        start_engine: bool = True,
        engines: EngineRegistry | None = None,
    ) -> MainWindow:
        """A window on one engine (``env``'s), or on ``engines`` (several at once)."""
        if engines is None:
            engine = Engine(
                env=env or {"DOCKER_HOST": "unix:///nonexistent/docker.sock"},
                home=Path("/nonexistent"),
            )
            engines = EngineRegistry(fixed=[engine])
        context = AppContext(engine=EngineBridge(engines), jobs=JobRunner(), notifier=Notifier())
        window = MainWindow(context, settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        if start_engine:
            context.engine.start()
        return window

    yield factory
    # the way the app quits (gui.app.shutdown); a job whose worker does not end fails the test
    stuck = []
    for window in windows:
        stopped = shutdown(window)
        if not stopped.jobs_drained:
            stuck.append(stopped.stuck_jobs or ("(finished jobs, workers still busy)",))
    if stuck:
        pytest.fail(f"jobs still running when the window shut down: {stuck}", pytrace=False)
