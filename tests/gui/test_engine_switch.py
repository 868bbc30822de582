"""Several engines in one window: the sidebar's engine box switches the engine every panel
acts on; a connected engine's containers paint from its cache; the status bar and the
title say which engine it is."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from core.docker.contexts import EngineSpec
from core.docker.endpoint import Endpoint
from core.docker.engine import Engine
from core.docker.engines import EngineRegistry
from gui.containers.model import ENGINE
from gui.containers.panel import ContainersPanel
from gui.disk.panel import DiskPanel
from gui.images.model import ENGINE as IMAGE_ENGINE
from gui.images.panel import ImagesPanel
from gui.volumes.panel import VolumesPanel
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.remote import SshServer


def test_switching_engines(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    ssh_remote: tuple[PrivateEngine, SshServer],
    docker_client: Any,
) -> None:
    remote, server = ssh_remote
    local_cid = create_container(docker_client, "on-local")
    local_volume = docker_client.create_volume("local-data")["Name"]
    remote_client = remote.client()
    remote_cid = remote_client.create_container(TEST_IMAGE, ["sleep", "600"], name="on-gpu1")["Id"]
    volume = remote_client.create_volume("gpu1-data")["Name"]
    try:
        local = Engine(env={"DOCKER_HOST": private_engine.base_url})
        gpu1 = Engine(env=server.env(), spec=EngineSpec("gpu1", Endpoint(server.url, "t"), "added"))
        window = make_window(engines=EngineRegistry(fixed=[local, gpu1]))
        switch = window.engine_switch.combo
        assert [switch.itemText(i) for i in range(2)] == ["default", "gpu1"]
        containers = window.show_panel("containers")
        assert isinstance(containers, ContainersPanel)
        model = containers.model
        qtbot.waitUntil(lambda: model.row_of(local_cid) is not None, timeout=20000)
        assert "default: Docker" in window.engine_label.text()

        switch.activated.emit(switch.findData("gpu1"))  # the user picks gpu1
        assert window.context.docker is gpu1
        qtbot.waitUntil(lambda: model.row_of(remote_cid) is not None, timeout=30000)
        assert model.row_of(local_cid) is None  # only gpu1's containers
        qtbot.waitUntil(lambda: "gpu1: Docker" in window.engine_label.text(), timeout=30000)
        assert window.windowTitle() == "EnvDock — gpu1"
        volumes = window.show_panel("volumes")
        assert isinstance(volumes, VolumesPanel)
        qtbot.waitUntil(lambda: volume in {v.name for v in volumes.model.items()}, timeout=15000)
        images = window.show_panel("images")
        assert isinstance(images, ImagesPanel)
        qtbot.waitUntil(lambda: images.model.rowCount() > 0, timeout=15000)
        disk = window.show_panel("disk")
        assert isinstance(disk, DiskPanel)

        resets: list[bool] = []
        model.modelReset.connect(lambda: resets.append(True))
        switch.activated.emit(switch.findData("default"))
        # back to a connected engine: its containers are there at once, from its cache
        assert model.row_of(local_cid) is not None and model.row_of(remote_cid) is None
        assert not resets
        assert window.engine_label.text().startswith("default: Docker")
        assert volume not in {v.name for v in volumes.model.items()}  # gpu1's are gone
        qtbot.waitUntil(
            lambda: local_volume in {v.name for v in volumes.model.items()}, timeout=15000
        )
        assert volume not in {v.name for v in volumes.model.items()}
        # an action goes to the engine whose containers are shown
        switch.activated.emit(switch.findData("gpu1"))
        job = containers.act("start", [remote_cid])
        assert job is not None
        qtbot.waitUntil(lambda: job.state.finished, timeout=30000)
        assert remote_client.inspect_container(remote_cid)["State"]["Status"] == "running"
        # every engine together, with an Engine column; actions go to each one's engine
        switch.activated.emit(switch.findData("default"))
        containers.all_engines_box.setChecked(True)
        assert not containers.view.isColumnHidden(ENGINE)
        qtbot.waitUntil(
            lambda: (
                model.row_of(("gpu1", remote_cid)) is not None
                and model.row_of(("default", local_cid)) is not None
            ),
            timeout=20000,
        )
        row = model.row_of(("gpu1", remote_cid))
        assert row is not None and model.index(row, ENGINE).data() == "gpu1"
        stop = containers.act("stop", [remote_cid], timeout=0)
        assert stop is not None
        qtbot.waitUntil(lambda: stop.state.finished, timeout=30000)
        assert remote_client.inspect_container(remote_cid)["State"]["Status"] == "exited"
        images.all_engines_box.setChecked(True)
        assert not images.view.isColumnHidden(IMAGE_ENGINE)
        qtbot.waitUntil(
            lambda: (
                {i.engine for i in images.model.items() if TEST_IMAGE in i.tags}
                == {"default", "gpu1"}
            ),
            timeout=20000,
        )
        images.all_engines_box.setChecked(False)
        assert {i.engine for i in images.model.items()} == {"default"}
        containers.all_engines_box.setChecked(False)
        assert containers.view.isColumnHidden(ENGINE)
        assert model.row_of(remote_cid) is None and model.row_of(local_cid) is not None
    finally:
        remote_client.remove_container(remote_cid, force=True)
        remote_client.remove_volume(volume)
        remote_client.close()
        docker_client.remove_volume(local_volume)
