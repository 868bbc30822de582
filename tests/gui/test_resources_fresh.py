"""What the Networks and Volumes panels show follows the engine: a container just
connected is listed, a deleted container leaves "used by", the file preview follows the
folder. Against the private engine; changes made outside the app (as with the docker CLI)
reach the panels through the engine's events."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from core.jobs import JobState
from gui.main_window import MainWindow
from gui.networks.panel import NetworksPanel
from gui.volumes.panel import VolumeBrowserDialog, VolumesPanel
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine

pytestmark = pytest.mark.timeout(240)


def _window(qtbot: QtBot, make_window: WindowFactory, engine: PrivateEngine) -> MainWindow:
    window = make_window(env={"DOCKER_HOST": engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    return window


def test_networks_list_a_container_just_connected(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    nid = docker_client.create_network("fresh-net")["Id"]
    try:
        window = _window(qtbot, make_window, private_engine)
        panel = window.show_panel("networks")
        assert isinstance(panel, NetworksPanel)

        def members() -> tuple[str, ...] | None:
            net = next((n for n in panel.model.items() if n.id == nid), None)
            return None if net is None else net.containers

        qtbot.waitUntil(lambda: members() == (), timeout=10000)
        # a container that is not running: the engine gives it no endpoint (and sends no
        # event), so its NetworkID stays empty until it starts
        stopped = create_container(docker_client, "fresh-stopped")
        net = next(n for n in panel.model.items() if n.id == nid)
        job = panel.connect_container(net, "fresh-stopped")
        qtbot.waitUntil(lambda: job.state.finished, timeout=30000)
        assert job.state is JobState.SUCCEEDED, job.error
        qtbot.waitUntil(lambda: members() == ("fresh-stopped",), timeout=10000)

        # connected from outside the app (docker network connect): the event re-lists
        running = create_container(docker_client, "fresh-running")
        docker_client.start(running)
        docker_client.connect_container_to_network(running, nid)
        qtbot.waitUntil(lambda: members() == ("fresh-running", "fresh-stopped"), timeout=10000)

        # removed from outside: a container's destroy event re-lists its networks too
        docker_client.remove_container(stopped, force=True)
        qtbot.waitUntil(lambda: members() == ("fresh-running",), timeout=10000)
        docker_client.remove_container(running, force=True)
        qtbot.waitUntil(lambda: members() == (), timeout=10000)
    finally:
        docker_client.remove_network(nid)


def test_volume_used_by_drops_a_deleted_container(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    docker_client.create_volume("fresh-vol")
    try:
        window = _window(qtbot, make_window, private_engine)
        panel = window.show_panel("volumes")
        assert isinstance(panel, VolumesPanel)

        def used_by() -> tuple[str, ...] | None:
            row = panel.model.row_of("fresh-vol")
            return None if row is None else panel.model.item(row).used_by

        qtbot.waitUntil(lambda: used_by() == (), timeout=10000)
        cid = create_container(
            docker_client,
            "fresh-vol-user",
            host_config=docker_client.create_host_config(binds={"fresh-vol": {"bind": "/v"}}),
        )
        # created outside the app: no volume event, the container's create event re-lists
        qtbot.waitUntil(lambda: used_by() == ("fresh-vol-user",), timeout=10000)
        row = panel.model.row_of("fresh-vol")
        assert row is not None
        assert "fresh-vol-user" in panel.model.data(panel.model.index(row, 2))
        docker_client.remove_container(cid)
        qtbot.waitUntil(lambda: used_by() == (), timeout=10000)
    finally:
        docker_client.remove_volume("fresh-vol")


def test_volume_preview_follows_the_folder(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    docker_client.create_volume("fresh-files")
    cid = create_container(
        docker_client,
        "fresh-files-writer",
        ["sh", "-c", "echo top secret plan > /v/a.txt; mkdir /v/sub; echo inner > /v/sub/b.txt"],
        host_config=docker_client.create_host_config(binds={"fresh-files": {"bind": "/v"}}),
    )
    try:
        docker_client.start(cid)
        docker_client.wait(cid, timeout=30)
        window = _window(qtbot, make_window, private_engine)
        panel = window.show_panel("volumes")
        assert isinstance(panel, VolumesPanel)
        qtbot.waitUntil(lambda: panel.model.row_of("fresh-files") is not None, timeout=10000)
        source_row = panel.model.row_of("fresh-files")
        assert source_row is not None
        panel.view.selectRow(panel.proxy.mapFromSource(panel.model.index(source_row, 0)).row())
        dialog = panel.browse_selected()
        assert isinstance(dialog, VolumeBrowserDialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=15000)
        dialog.show_file("a.txt")
        qtbot.waitUntil(lambda: dialog.preview.toPlainText() == "top secret plan\n", timeout=10000)

        dialog.open_path("sub")
        qtbot.waitUntil(lambda: dialog.path == "sub", timeout=10000)
        assert dialog.preview.toPlainText() == ""  # not a.txt's text under sub/'s listing
        dialog.show_file("sub/b.txt")
        qtbot.waitUntil(lambda: dialog.preview.toPlainText() == "inner\n", timeout=10000)
        dialog.go_up()
        qtbot.waitUntil(lambda: dialog.path == "", timeout=10000)
        assert dialog.preview.toPlainText() == ""

        # a reply for a file the user already left is dropped, not shown over the new one
        dialog.show_file("a.txt")
        dialog.open_path("sub")
        qtbot.waitUntil(lambda: dialog.path == "sub", timeout=10000)
        qtbot.wait(500)
        assert dialog.preview.toPlainText() == ""
        helper = dialog.browser.container if dialog.browser is not None else ""
        dialog.close()
        qtbot.waitUntil(
            lambda: not docker_client.containers(all=True, filters={"id": helper}), timeout=10000
        )
    finally:
        docker_client.remove_container(cid, force=True)
        docker_client.remove_volume("fresh-files")
