from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from core.docker.connection import EngineState
from core.errors import EnvDockError
from gui import dialog_catalogue
from gui import registry as panel_registry
from gui.app import install_error_hooks
from gui.containers.panel import ContainersPanel
from gui.panel import FailedPanel, Panel
from gui.registry import PANELS, PanelSpec
from tests.gui.conftest import WindowFactory
from tests.support.gui_classes import dialog_and_window_classes


def test_every_registered_panel_opens(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.first_paint_s is not None)
    assert window.sidebar.count() == len(PANELS)
    for spec in PANELS:
        widget = window.show_panel(spec.key)
        assert isinstance(widget, Panel), spec.key
        assert window.stack.currentWidget() is widget


def test_last_panel_and_geometry_are_remembered(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(start_engine=False)
    window.show_panel("activity")
    window.resize(700, 500)
    window.close()
    again = make_window(start_engine=False)
    assert again.current_key() == "activity"
    assert again.size().width() == 700


def test_a_failing_panel_does_not_take_the_app_down(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = PanelSpec("broken", "Broken", "mdi6.alert", "gui.no_such_module:Nope")
    monkeypatch.setattr(panel_registry, "PANELS", [*PANELS, broken])
    import gui.main_window as mw

    monkeypatch.setattr(mw, "PANELS", [*PANELS, broken])
    window = make_window(start_engine=False)
    widget = window.show_panel("broken")
    assert isinstance(widget, FailedPanel)
    assert "no_such_module" in widget.error.message
    assert window.context.notifier.history[-1].level == "error"
    assert window.banner.isVisible()
    # the rest still works
    assert isinstance(window.show_panel("containers"), Panel)


def test_garbage_docker_host_is_shown_and_app_stays_up(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(env={"DOCKER_HOST": "tcp://:::x"})
    qtbot.waitUntil(lambda: "not a valid address" in window.engine_label.text(), timeout=10000)
    assert window.context.engine.status.state is EngineState.BAD_HOST
    assert "DOCKER_HOST" in window.engine_label.toolTip()
    panel = window.show_panel("containers")
    assert isinstance(panel, ContainersPanel)
    assert panel.banner.isVisible()
    assert "tcp://:::x" in panel.banner.label.text()


def test_engine_not_running_then_hint(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(env={"DOCKER_HOST": f"unix://{tmp_path}/docker.sock"})
    qtbot.waitUntil(lambda: "not running" in window.engine_label.text(), timeout=10000)
    assert window.context.engine.status.state is EngineState.NOT_RUNNING


def test_unexpected_exception_shows_a_readable_dialog(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(start_engine=False)
    old_hook = sys.excepthook
    try:
        install_error_hooks(window)
        try:
            raise RuntimeError("disk on fire")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: bool(window._dialogs))
    finally:
        sys.excepthook = old_hook
    dialog = window._dialogs[-1]
    assert "disk on fire" in dialog.message_label.text()
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert "RuntimeError" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "Traceback" in QGuiApplication.clipboard().text()
    dialog.close()


def test_notification_details_open_error_dialog(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(start_engine=False)
    window.context.notifier.error(EnvDockError("Pull failed", "Check the name", "trace…"))
    assert window.banner.isVisible()
    window.banner.details_button.click()
    assert window._dialogs and window._dialogs[-1].error.message == "Pull failed"
    assert window.notifications.unread == 1


def test_self_test_command() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "gui", "self-test", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**__import__("os").environ, "DOCKER_HOST": "unix:///nonexistent.sock"},
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["ok"] and set(result["panels"]) == {p.key for p in PANELS}
    # every dialog and window was opened and painted, none left out
    assert set(result["dialogs"].values()) == {"ok"}, result["dialogs"]
    assert dialog_and_window_classes() <= set(result["dialogs"]), result["dialogs"]
    assert 0 < result["first_paint_s"] < 30


def test_self_test_reports_a_dialog_that_fails_to_paint(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    class Broken(QDialog):
        def paintEvent(self, _event: QPaintEvent) -> None:
            raise RuntimeError("cannot paint")

    window = make_window(start_engine=False)
    saved = dict(dialog_catalogue.CATALOGUE)
    try:
        dialog_catalogue.CATALOGUE.clear()
        dialog_catalogue.CATALOGUE["Broken"] = lambda w: Broken(w)
        dialog_catalogue.CATALOGUE["ErrorDialog"] = saved["ErrorDialog"]
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        results = dialog_catalogue.paint_all(window, app)
    finally:
        dialog_catalogue.CATALOGUE.clear()
        dialog_catalogue.CATALOGUE.update(saved)
    assert results == {"Broken": "RuntimeError: cannot paint", "ErrorDialog": "ok"}
