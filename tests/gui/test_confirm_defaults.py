"""Removing images, volumes and networks and ending a process ask first, with Cancel as the
default button: Enter (or Escape) in the question removes nothing. Images' question also
offers to force, as a check box in the same box."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from core.docker.images import Image
from core.docker.networks import Network
from core.docker.volumes import Volume
from core.host.processes import ProcInfo
from gui.host.panel import HostPanel
from gui.images.panel import ImagesPanel
from gui.main_window import MainWindow
from gui.networks.panel import NetworksPanel
from gui.volumes.panel import VolumesPanel
from tests.gui.conftest import WindowFactory


@dataclass
class Asked:
    title: str
    default: str  # the default button's text
    with_check_box: bool


def _press_when_asked(qtbot: QtBot, key: Qt.Key) -> list[Asked]:
    """Once a question is up, note what it offers and press ``key`` in it."""
    asked: list[Asked] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        default = box.defaultButton()
        text = default.text() if default is not None else ""
        asked.append(Asked(box.windowTitle(), text.replace("&", ""), box.checkBox() is not None))
        QTest.keyClick(box, key)

    QTimer.singleShot(0, answer)
    return asked


def _window(make_window: WindowFactory) -> MainWindow:
    return make_window(start_engine=False)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_removing_volumes_defaults_to_cancel(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, key: Qt.Key
) -> None:
    panel = _window(make_window).show_panel("volumes")
    assert isinstance(panel, VolumesPanel)
    panel.model.replace([Volume("scratch", "local", "/var/lib/x", "", "local", {}, ())])
    panel.view.selectRow(0)
    removed: list[list[Volume]] = []
    monkeypatch.setattr(panel, "remove", removed.append)
    asked = _press_when_asked(qtbot, key)
    panel.remove_dialog()
    assert asked == [Asked("Remove volumes", "Cancel", False)]
    assert removed == []


def test_removing_networks_defaults_to_cancel(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _window(make_window).show_panel("networks")
    assert isinstance(panel, NetworksPanel)
    panel.model.replace([Network("n" * 64, "backend", "bridge", "local", (), (), False, "", ())])
    panel.view.selectRow(0)
    removed: list[list[Network]] = []
    monkeypatch.setattr(panel, "remove", removed.append)
    asked = _press_when_asked(qtbot, Qt.Key.Key_Return)
    panel.remove_dialog()
    assert asked == [Asked("Remove networks", "Cancel", False)]
    assert removed == []


def test_removing_images_defaults_to_cancel_and_offers_force(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _window(make_window).show_panel("images")
    assert isinstance(panel, ImagesPanel)
    tagged = Image("sha256:" + "a" * 64, ("app:1",), 1000, 0.0)
    dangling = Image("sha256:" + "b" * 64, (), 1000, 0.0)
    panel.model.upsert_many([tagged, dangling])
    row = panel.model.row_of(tagged.id)
    assert row is not None
    panel.view.selectRow(panel.proxy.mapFromSource(panel.model.index(row, 0)).row())
    removed: list[object] = []
    monkeypatch.setattr(panel, "remove", lambda images, force=False: removed.append(images))
    monkeypatch.setattr(panel, "run_job", lambda *args, **kwargs: removed.append(args))
    asked = _press_when_asked(qtbot, Qt.Key.Key_Return)
    panel.remove_dialog()
    assert asked == [Asked("Remove images", "Cancel", True)]
    asked = _press_when_asked(qtbot, Qt.Key.Key_Return)
    panel.remove_dangling_dialog()
    assert asked == [Asked("Remove dangling", "Cancel", False)]
    assert removed == []


@pytest.mark.parametrize(("force", "title"), [(True, "Kill"), (False, "Terminate")])
def test_ending_a_process_defaults_to_cancel(
    qtbot: QtBot,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    force: bool,
    title: str,
) -> None:
    panel = _window(make_window).show_panel("host")
    assert isinstance(panel, HostPanel)
    view = panel.processes  # its tab is not shown: nothing re-reads the table meanwhile
    view.model.replace([ProcInfo(999_999, 1, "worker", "me", 0.0, 0, 1, "worker --serve")])
    view.view.selectRow(0)
    ended: list[ProcInfo] = []
    monkeypatch.setattr(view, "end", lambda proc, _force: ended.append(proc))
    asked = _press_when_asked(qtbot, Qt.Key.Key_Return)
    view.end_dialog(force)
    assert asked == [Asked(title, "Cancel", False)]
    assert ended == []
