"""The Swarm panel on a real three-node swarm: nodes and services appear from the engine's
events, scaling through the panel shows every task, a drained node's tasks move, a killed
node turns red and comes back, a secret's value shows nowhere; on a worker the panel says
so and names the managers."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from core.swarm import ops
from core.swarm.ipvs import local_ipvs
from gui.models.keyed_table import ITEM_ROLE
from gui.swarm.actions import SwarmPanel
from gui.swarm.panel import _Tab
from tests.gui.conftest import WindowFactory
from tests.integration.swarm_helpers import sleeper
from tests.support.engine import TEST_IMAGE
from tests.support.swarm import SwarmCluster

SECRET_VALUE = b"hunter2-never-shown"


def _panel(make_window: WindowFactory, base_url: str) -> SwarmPanel:
    window = make_window(env={"DOCKER_HOST": base_url})
    panel = window.show_panel("swarm")
    assert isinstance(panel, SwarmPanel)
    return panel


def _select(tab: _Tab, key: str) -> None:
    view = tab.view
    proxy = view.model()
    view.clearSelection()
    for row in range(proxy.rowCount()):
        item = proxy.index(row, 0).data(ITEM_ROLE)
        if getattr(item, "id", None) == key or getattr(item, "name", None) == key:
            view.selectionModel().select(
                proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{key} is not shown")


def _cells(panel: SwarmPanel, model: Any, key: str) -> tuple[str, ...]:
    row = model.row_of(key)
    assert row is not None, key
    cells: tuple[str, ...] = model.item(row).cells
    return cells


def _node_id(api: Any, hostname: str) -> str:
    return str(next(n["ID"] for n in api.nodes() if n["Description"]["Hostname"] == hostname))


def _all_texts(panel: SwarmPanel) -> str:
    out = []
    for model in (panel.nodes, panel.services, panel.tasks, panel.configs, panel.secrets):
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                out.append(str(model.index(r, c).data()))
                out.append(str(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)))
    return "\n".join(out)


def test_swarm_panel_follows_the_swarm(
    qtbot: QtBot, make_window: WindowFactory, swarm: SwarmCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = swarm.manager.client()
    name = f"guisvc{os.getpid()}"
    secret_id = ""
    node3 = _node_id(api, swarm.nodes[2].hostname)
    try:
        panel = _panel(make_window, swarm.manager.base_url)
        qtbot.waitUntil(lambda: panel.nodes.rowCount() == 3, timeout=30_000)
        assert panel.feed.info is not None and panel.feed.info.is_manager
        assert "3" in panel.info_label.text()
        leader = [panel.nodes.item(r).cells for r in range(3) if panel.nodes.item(r).cells[4]]
        assert [c[4] for c in leader] == ["leader"]

        # a service made elsewhere shows up by its event
        other = ops.service_create(api, sleeper(f"{name}-cli"))
        qtbot.waitUntil(lambda: panel.services.row_of(other) is not None, timeout=15_000)
        api.remove_service(other)
        qtbot.waitUntil(lambda: panel.services.row_of(other) is None, timeout=15_000)

        # one created through the panel's dialog (made in a worker; closes once accepted)
        panel.create_service()
        qtbot.waitUntil(lambda: getattr(panel, "service_dialog", None) is not None, timeout=15_000)
        dialog = panel.service_dialog
        dialog.name_edit.setText(name)
        dialog.image.setCurrentText(TEST_IMAGE)
        dialog.args.setText("sleep 100000")
        dialog.replicas.setValue(2)
        dialog.stop_grace.setText("1s")
        dialog.accept()
        qtbot.waitUntil(lambda: bool(dialog.service_id), timeout=30_000)
        sid = dialog.service_id
        qtbot.waitUntil(lambda: panel.services.row_of(sid) is not None, timeout=15_000)
        assert _cells(panel, panel.services, sid)[0] == name
        # scaled through the panel
        panel.tabs.setCurrentWidget(panel.services_tab)
        panel.scale_to(sid, 6)
        qtbot.waitUntil(lambda: _cells(panel, panel.services, sid)[2] == "6/6", timeout=60_000)
        panel.show_tasks(sid)
        qtbot.waitUntil(
            lambda: sum(1 for r in range(panel.tasks.rowCount())
                        if panel.tasks.item(r).cells[4] == "running") == 6,
            timeout=30_000,
        )  # fmt: skip
        engine_tasks = {
            t["ID"] for t in api.tasks(filters={"service": sid, "desired-state": "running"})
        }
        shown = {panel.tasks.item(r).id for r in range(panel.tasks.rowCount())
                 if panel.tasks.item(r).cells[3] == "running"}  # fmt: skip
        assert shown == engine_tasks

        # drain node 3 through the panel: its row says so, its tasks move
        panel.tabs.setCurrentWidget(panel.nodes_tab)
        _select(panel.nodes_tab, node3)
        assert panel.drain_action.isEnabled()
        panel.availability("drain")
        qtbot.waitUntil(lambda: _cells(panel, panel.nodes, node3)[2] == "drain", timeout=30_000)
        panel.show_tasks(sid)

        def moved() -> bool:
            rows = [panel.tasks.item(r).cells for r in range(panel.tasks.rowCount())]
            running = [c for c in rows if c[3] == "running" and c[4] == "running"]
            return len(running) == 6 and all(c[2] != swarm.nodes[2].hostname for c in running)

        qtbot.waitUntil(moved, timeout=60_000)
        _select(panel.nodes_tab, node3)
        panel.availability("active")
        qtbot.waitUntil(lambda: _cells(panel, panel.nodes, node3)[2] == "active", timeout=30_000)

        # node 3's engine killed: its row turns red (down) as the engine reports it, then back
        swarm.kill(2)
        qtbot.waitUntil(lambda: _cells(panel, panel.nodes, node3)[3] == "down", timeout=40_000)
        row = panel.nodes.row_of(node3)
        assert row is not None
        assert panel.nodes.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
        swarm.start(2)
        qtbot.waitUntil(lambda: _cells(panel, panel.nodes, node3)[3] == "ready", timeout=40_000)
        assert panel.nodes.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is None

        # a rolling update of the image, one task at a time: the Tasks tab follows it
        image = swarm.tag_image(f"envdock-test/rolled:{os.getpid()}")
        panel.show_tasks(sid)
        ops.service_update(api, sid, image=image)
        qtbot.waitUntil(lambda: "Update: " in panel.update_label.text(), timeout=30_000)

        def rolled() -> bool:
            rows = [panel.tasks.item(r).cells for r in range(panel.tasks.rowCount())]
            new = [c for c in rows if c[1].startswith("envdock-test/rolled") and c[4] == "running"]
            return len(new) == 6 and "completed" in panel.update_label.text()

        qtbot.waitUntil(rolled, timeout=120_000)
        old = [panel.tasks.item(r).cells for r in range(panel.tasks.rowCount())]
        assert sum(1 for c in old if c[3] == "shutdown") >= 6  # the replaced ones, kept as history

        # a port published through ingress: the panel says what it needs (IPVS)
        ingress = ops.service_create(api, sleeper(f"{name}-web", ports=(
            ops.PortRequest(target=80, published=18080, mode="ingress"),)))  # fmt: skip
        qtbot.waitUntil(lambda: panel.services.row_of(ingress) is not None, timeout=15_000)
        panel.tabs.setCurrentWidget(panel.services_tab)
        _select(panel.services_tab, ingress)
        if local_ipvs() is not True:  # a kernel with IPVS: nothing to warn about
            qtbot.waitUntil(lambda: panel.ipvs_label.isVisibleTo(panel), timeout=15_000)
            assert "IPVS" in panel.ipvs_label.text()
        api.remove_service(ingress)

        # a secret typed into the panel's dialog: created by a job, listed by name, its value
        # nowhere in the panel, the job's title and lines, or what the job keeps
        panel.tabs.setCurrentWidget(panel.secrets_tab)
        monkeypatch.setattr(QDialog, "exec", _fill_secret(f"{name}-token"))
        panel.create_object("secret")
        qtbot.waitUntil(lambda: panel.secrets.rowCount() == 1, timeout=30_000)
        secret_id = panel.secrets.item(0).id
        assert panel.secrets.item(0).name == f"{name}-token"
        assert SECRET_VALUE.decode() not in _all_texts(panel)
        jobs = [j for j in panel.context.jobs.jobs() if "token" in j.title]
        assert jobs and all(SECRET_VALUE.decode() not in j.title + "".join(j.lines()) for j in jobs)
        assert all(j._work is None for j in jobs)

        # removed through the panel (confirmed): the row goes by the engine's event
        panel.tabs.setCurrentWidget(panel.services_tab)
        _select(panel.services_tab, sid)
        monkeypatch.setattr("gui.swarm.actions.confirm", lambda *_a, **_k: True)
        assert panel.remove_service() is not None
        qtbot.waitUntil(lambda: panel.services.row_of(sid) is None, timeout=30_000)
    finally:
        node = swarm.nodes[2]
        if node.proc is None or node.proc.poll() is not None:
            with contextlib.suppress(Exception):
                swarm.start(2)
        with contextlib.suppress(Exception):
            ops.node_update(api, node3, availability="active")
        with contextlib.suppress(Exception):
            api.remove_service(name)
        if secret_id:
            with contextlib.suppress(Exception):
                api.remove_secret(secret_id)
        api.close()


def test_on_a_worker_the_panel_names_the_managers(
    qtbot: QtBot, make_window: WindowFactory, swarm: SwarmCluster
) -> None:
    panel = _panel(make_window, swarm.nodes[1].base_url)
    qtbot.waitUntil(lambda: panel.feed.info is not None, timeout=30_000)
    assert panel.feed.info is not None and not panel.feed.info.is_manager
    assert "worker" in panel.info_label.text()
    assert swarm.manager.addr in panel.info_label.text()
    assert not panel.tabs.isEnabled()
    assert panel.engines_button.isVisibleTo(panel) and not panel.init_button.isVisibleTo(panel)


def _fill_secret(name: str) -> Any:
    """``QDialog.exec`` for the secret dialog: type the name and the value, accept."""

    def exec_(dialog: QDialog) -> int:
        from gui.swarm.dialogs import SwarmObjectDialog

        assert isinstance(dialog, SwarmObjectDialog)
        dialog.name_edit.setText(name)
        edit = dialog.text_edit
        assert isinstance(edit, QLineEdit)  # a secret is typed like a password
        edit.setText(SECRET_VALUE.decode())
        dialog.accept()
        return int(dialog.result())

    return exec_


STACK_FILE = f"""\
version: "3.8"
services:
  api:
    image: {TEST_IMAGE}
    container_name: shop-api  # the swarm names tasks itself: ignored
    command: ["sleep", "100000"]
    stop_grace_period: 1s
    networks: [backend]
    deploy:
      replicas: 2
      endpoint_mode: dnsrr
  worker:
    image: {TEST_IMAGE}
    command: ["sleep", "100000"]
    stop_grace_period: 1s
    networks: [backend]
    deploy:
      endpoint_mode: dnsrr
networks:
  backend:
    driver: overlay
"""


def test_a_stack_deployed_and_removed_through_the_panel(
    qtbot: QtBot,
    make_window: WindowFactory,
    swarm: SwarmCluster,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Deployed from a compose file (the options the swarm ignores are said), listed with
    its services, then removed after a confirmation that names them."""
    stack = f"guistack{os.getpid()}"
    compose = tmp_path / "stack.yaml"
    compose.write_text(STACK_FILE)
    told: list[str] = []
    monkeypatch.setattr(
        "gui.swarm.actions.QMessageBox.information", lambda *a, **_k: told.append(str(a[2]))
    )
    asked: list[str] = []

    def confirm(*args: Any, **_kwargs: Any) -> bool:
        asked.append(str(args[2]))
        return True

    monkeypatch.setattr("gui.swarm.actions.confirm", confirm)
    panel = _panel(make_window, swarm.manager.base_url)
    try:
        qtbot.waitUntil(lambda: panel.nodes.rowCount() == 3, timeout=30_000)
        panel.tabs.setCurrentWidget(panel.stacks_tab)
        job = panel.deploy(stack, compose)
        assert job is not None
        qtbot.waitUntil(lambda: job.state.finished, timeout=120_000)
        assert job.error is None, job.error
        assert told and "container_name" in told[0]
        qtbot.waitUntil(lambda: panel.stacks.row_of(stack) is not None, timeout=30_000)
        row = panel.stacks.row_of(stack)
        assert row is not None
        names = {s.name for s in panel.stacks.item(row).services}
        assert names == {f"{stack}_api", f"{stack}_worker"}

        _select(panel.stacks_tab, stack)
        removal = panel.remove_stack()
        assert removal is not None
        assert all(n in asked[0] for n in names)  # the confirmation named its services
        qtbot.waitUntil(lambda: removal.state.finished, timeout=120_000)
        qtbot.waitUntil(lambda: panel.stacks.row_of(stack) is None, timeout=30_000)
    finally:
        swarm.remove_services()
