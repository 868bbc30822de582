"""The Volumes, Networks, Registries and Disk use panels, and the Images panel's pull,
push and build windows, against the private engine and a real registry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QTableWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

import gui.widgets.prune_dialog as pd
from core.docker.prune import PrunePreview
from core.docker.transfer import push_image
from core.docker.volumes import Volume
from core.jobs import Job, JobState
from gui.disk.panel import DiskPanel
from gui.images.build_dialog import BuildDialog
from gui.images.panel import ImagesPanel
from gui.images.transfer_dialog import TransferDialog
from gui.main_window import MainWindow
from gui.networks.panel import NetworksPanel
from gui.registries.panel import RegistriesPanel
from gui.volumes.panel import VolumeBrowserDialog, VolumesPanel
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import TEST_IMAGE, PrivateEngine

pytestmark = pytest.mark.timeout(240)


def _window(qtbot: QtBot, make_window: WindowFactory, engine: PrivateEngine) -> MainWindow:
    window = make_window(env={"DOCKER_HOST": engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    return window


def _finish(qtbot: QtBot, job: Job | None) -> Job:
    assert job is not None
    qtbot.waitUntil(lambda: job.state.finished, timeout=60000)
    return job


def _text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return item.text()


def _error(job: Job) -> str:
    assert job.error is not None, job
    return job.error.message


def _volume(panel: VolumesPanel, name: str) -> Volume | None:
    row = panel.model.row_of(name)
    return None if row is None else panel.model.item(row)


def _transfer(dialog: TransferDialog | None) -> TransferDialog:
    assert isinstance(dialog, TransferDialog)
    return dialog


def test_volumes_panel_create_browse_refuse_remove(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    window = _window(qtbot, make_window, private_engine)
    panel = window.show_panel("volumes")
    assert isinstance(panel, VolumesPanel)
    resets: list[bool] = []
    panel.model.modelReset.connect(lambda: resets.append(True))
    _finish(qtbot, panel.add_volume("gui-vol", {"team": "ml"}))
    qtbot.waitUntil(lambda: panel.model.row_of("gui-vol") is not None, timeout=10000)
    bad = _finish(qtbot, panel.add_volume("x"))
    assert bad.state is JobState.FAILED and "not a valid volume name" in _error(bad)
    cid = create_container(
        docker_client,
        "gui-vol-user",
        ["sh", "-c", "echo hi > /v/note.txt"],
        host_config=docker_client.create_host_config(binds={"gui-vol": {"bind": "/v"}}),
    )
    docker_client.start(cid)
    docker_client.wait(cid, timeout=30)
    panel.reload()  # the create event re-lists too (test_resources_fresh); so does Refresh
    qtbot.waitUntil(
        lambda: (v := _volume(panel, "gui-vol")) is not None and v.used_by == ("gui-vol-user",),
        timeout=10000,
    )
    vol = _volume(panel, "gui-vol")
    assert vol is not None
    job = _finish(qtbot, panel.remove([vol]))
    assert job.state is JobState.FAILED and "in use by gui-vol-user" in _error(job)

    row = panel.model.row_of("gui-vol")
    assert row is not None
    panel.view.selectRow(panel.proxy.mapFromSource(panel.model.index(row, 0)).row())
    dialog = panel.browse_selected()
    assert isinstance(dialog, VolumeBrowserDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=15000)
    assert _text(dialog.table, 0, 0) == "note.txt"
    dialog.show_file("note.txt")
    qtbot.waitUntil(lambda: dialog.preview.toPlainText() == "hi\n", timeout=10000)
    assert dialog.browser is not None
    helper = dialog.browser.container
    dialog.close()
    qtbot.waitUntil(
        lambda: not docker_client.containers(all=True, filters={"id": helper}), timeout=10000
    )
    docker_client.remove_container(cid)
    _finish(qtbot, panel.remove([vol]))
    qtbot.waitUntil(lambda: panel.model.row_of("gui-vol") is None, timeout=10000)
    assert not resets


def test_networks_panel_life_cycle(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    window = _window(qtbot, make_window, private_engine)
    panel = window.show_panel("networks")
    assert isinstance(panel, NetworksPanel)
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 3, timeout=10000)  # bridge, host, none
    _finish(qtbot, panel.add_network("gui-net", "10.240.0.0/24", "10.240.0.1"))

    def net() -> Any:
        return next((n for n in panel.model.items() if n.name == "gui-net"), None)

    qtbot.waitUntil(lambda: net() is not None, timeout=10000)
    assert net().subnets == ("10.240.0.0/24",)
    cid = create_container(docker_client, "gui-net-member")
    docker_client.start(cid)
    _finish(qtbot, panel.connect_container(net(), "gui-net-member"))
    qtbot.waitUntil(lambda: net().containers == ("gui-net-member",), timeout=10000)
    job = _finish(qtbot, panel.remove([net()]))
    assert job.state is JobState.FAILED and "in use by gui-net-member" in _error(job)
    _finish(qtbot, panel.disconnect_container(net(), "gui-net-member"))
    qtbot.waitUntil(lambda: net().containers == (), timeout=10000)
    _finish(qtbot, panel.remove([net()]))
    qtbot.waitUntil(lambda: net() is None, timeout=10000)


def test_disk_panel_on_demand_and_prune_preview(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, make_window, private_engine)
    panel = window.show_panel("disk")
    assert isinstance(panel, DiskPanel)
    assert panel.table.item(0, 1) is None  # nothing computed before asked
    _finish(qtbot, panel.refresh())
    qtbot.waitUntil(lambda: panel.table.item(0, 1) is not None, timeout=10000)
    images_row = int(_text(panel.table, 1, 1))
    assert images_row == len(docker_client.images())
    stopped = create_container(docker_client, "gui-prune-me", ["true"])
    shown: list[PrunePreview] = []

    def fake_exec(dialog: pd.PruneDialog) -> int:
        shown.append(dialog.preview)
        return QDialog.DialogCode.Rejected.value  # the user says no: nothing removed

    with monkeypatch.context() as patched:
        patched.setattr(pd.PruneDialog, "exec", fake_exec)
        _finish(qtbot, panel.prune_dialog("containers"))
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert stopped in {i.key for i in shown[0].items}
    assert docker_client.containers(all=True, filters={"id": stopped})  # still there
    job = _finish(qtbot, panel.run_prune("containers"))
    assert stopped in job.result.removed  # a PruneResult
    docker_client.envdock_created.remove(stopped)


def test_registries_panel_browse_manifest_delete(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,
    registry: Any,
) -> None:
    repo = f"{registry.host}/gui/browse"
    docker_client.tag(TEST_IMAGE, repo, "7")
    push_image(Job("p", lambda j: None), docker_client, f"{repo}:7")
    docker_client.remove_image(f"{repo}:7")
    window = _window(qtbot, make_window, private_engine)
    panel = window.show_panel("registries")
    assert isinstance(panel, RegistriesPanel)
    assert not panel.add_address("not a host/")
    assert panel.add_address(registry.host)

    def find_repo() -> QTreeWidgetItem | None:
        items = (panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount()))
        return next((i for i in items if i is not None and i.text(0) == "gui/browse"), None)

    def repo_item() -> QTreeWidgetItem:
        item = find_repo()
        assert item is not None
        return item

    qtbot.waitUntil(lambda: find_repo() is not None, timeout=15000)
    panel.tree.expandItem(repo_item())
    qtbot.waitUntil(lambda: repo_item().childCount() == 1, timeout=10000)
    tag_item = repo_item().child(0)
    assert tag_item is not None
    panel.tree.setCurrentItem(tag_item)
    qtbot.waitUntil(lambda: "Digest: sha256:" in panel.details.toPlainText(), timeout=10000)
    assert "linux/" in panel.details.toPlainText()
    pulled = panel.pull_selected()
    assert isinstance(pulled, TransferDialog)
    qtbot.waitUntil(lambda: pulled.job.state.finished, timeout=60000)
    assert pulled.job.state is JobState.SUCCEEDED
    assert f"{repo}:7" in {t for i in docker_client.images() for t in i.get("RepoTags") or ()}
    pulled.close()
    docker_client.remove_image(f"{repo}:7")
    _finish(qtbot, panel.delete_tag("gui/browse", "7"))
    qtbot.waitUntil(
        lambda: (item := find_repo()) is not None and item.childCount() == 0, timeout=10000
    )
    panel.tree.expandItem(repo_item())
    qtbot.wait(500)
    assert repo_item().childCount() == 0


def test_images_pull_up_to_date_push_and_cancel(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,
    registry: Any,
) -> None:
    window = _window(qtbot, make_window, private_engine)
    panel = window.show_panel("images")
    assert isinstance(panel, ImagesPanel)
    qtbot.waitUntil(lambda: any(TEST_IMAGE in i.tags for i in panel.model.items()), timeout=10000)
    image = next(i for i in panel.model.items() if TEST_IMAGE in i.tags)
    ref = f"{registry.host}/gui/pushed:1"
    push = _transfer(panel.push(image, ref))  # a new name: tagged, then pushed
    qtbot.waitUntil(lambda: push.result_label.text().startswith("Done"), timeout=60000)
    assert push.job.state is JobState.SUCCEEDED, push.job.error
    assert push.table.rowCount() >= 1
    push.close()
    again = _transfer(panel.pull(ref))
    qtbot.waitUntil(lambda: "Up to date" in again.result_label.text(), timeout=60000)
    again.close()
    assert panel.pull("UPPER/case") is None  # refused before anything starts
    assert window.context.notifier.history[-1].message.startswith("'UPPER/case'")
    docker_client.remove_image(ref)


def test_build_window_success_failure_and_marks(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,
    tmp_path: Path,
) -> None:
    window = _window(qtbot, make_window, private_engine)
    panel = window.show_panel("images")
    assert isinstance(panel, ImagesPanel)
    ctx = tmp_path / "app"
    ctx.mkdir()
    (ctx / "Dockerfile").write_text(
        f'FROM {TEST_IMAGE} AS base\nRUN echo one\n\nFROM base\nCMD ["sh"]\n'
    )
    dialog = panel.build_dialog(ctx, "gui/built:1")
    assert dialog.target.count() == 2  # "(last stage)" and "base"
    assert (
        "line 1: envdock-test/busybox:latest is not pinned" in dialog.editor.warnings.item(0).text()
    )
    job = _built(qtbot, dialog, 60000)
    assert job.state is JobState.SUCCEEDED, job.error
    assert dialog.steps_table.rowCount() == 4
    qtbot.waitUntil(
        lambda: any("gui/built:1" in i.tags for i in panel.model.items()), timeout=10000
    )

    # edit in the editor: a failing step; Build saves the file first
    dialog.editor.set_text(f"FROM {TEST_IMAGE}\nRUN echo fine\nRUN exit 7\n")
    dialog.editor.text.document().setModified(True)
    job = _built(qtbot, dialog, 60000)
    assert job.state is JobState.FAILED
    assert "RUN exit 7" in (ctx / "Dockerfile").read_text()
    assert "Step 3/3 failed" in dialog.status.text()
    assert _text(dialog.steps_table, 2, 2) == "FAILED"
    marks = dialog.editor.text.extraSelections()
    assert len(marks) == 1 and marks[0].cursor.blockNumber() == 2  # line 3

    # a syntax error is caught before anything is sent
    dialog.editor.set_text(f"FROM {TEST_IMAGE}\nRUNN echo\n")
    dialog.editor.text.document().setModified(True)
    _built(qtbot, dialog, 30000)
    assert "line 2" in dialog.status.text()
    assert any(
        "RUNN" in dialog.editor.warnings.item(i).text()
        for i in range(dialog.editor.warnings.count())
    )

    dialog.context_edit.setText(str(tmp_path / "missing"))
    job = _built(qtbot, dialog, 30000)
    assert job.state is JobState.FAILED and "does not exist" in dialog.status.text()
    dialog.close()
    docker_client.remove_image("gui/built:1")


def _built(qtbot: QtBot, dialog: BuildDialog, timeout: int) -> Job:
    """Start a build and wait until it ended and the window can build again."""
    job = dialog.start_build()
    assert job is not None
    qtbot.waitUntil(lambda: job.state.finished and dialog.build_button.isEnabled(), timeout=timeout)
    return job
