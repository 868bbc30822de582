from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from core.docker.containers import Container
from core.docker.engine import ContainerChange
from core.errors import DockerUnavailable
from core.jobs import JobState
from gui.containers.compose_tree import ComposeTreeModel, Group
from gui.containers.details import overview_html
from gui.containers.model import STATE, ContainersModel
from gui.containers.panel import ContainersPanel
from gui.containers.run_dialog import RunDialog
from gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine
from tests.unit.test_containers_parse import ENTRY


class ModelChecker(Protocol):
    """pytest-qt's ``qtmodeltester`` (its ``check`` has no annotations)."""

    def check(self, model: QAbstractItemModel, force_py: bool = False) -> None: ...


def _panel(window: MainWindow) -> ContainersPanel:
    panel = window.show_panel("containers")
    assert isinstance(panel, ContainersPanel), panel  # not the stand-in of a failed build
    return panel


def _row(model: ContainersModel, cid: str) -> int:
    row = model.row_of(cid)
    assert row is not None, cid
    return row


def _state(model: ContainersModel, cid: str) -> str:
    """The state the engine last reported for ``cid`` ("" while it has no row)."""
    row = model.row_of(cid)
    return "" if row is None else model.item(row).state


def test_containers_follow_events_row_by_row(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,
) -> None:
    existing = create_container(docker_client, "gui-existing")
    create_container(docker_client, "gui-other")
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = _panel(window)
    model = panel.model
    qtbot.waitUntil(lambda: model.row_of(existing) is not None, timeout=15000)
    qtbot.waitUntil(lambda: "connected" in window.engine_label.text(), timeout=15000)
    assert not panel.banner.isVisible()
    proxy = panel.proxy
    panel.view.selectRow(proxy.mapFromSource(model.index(_row(model, existing), 0)).row())

    def selected_ids() -> list[str]:
        rows = panel.view.selectionModel().selectedRows()
        return [model.item(proxy.mapToSource(i).row()).id for i in rows]

    assert selected_ids() == [existing]
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    cid = create_container(docker_client, "gui-new")
    qtbot.waitUntil(lambda: model.row_of(cid) is not None, timeout=10000)
    docker_client.start(cid)
    qtbot.waitUntil(lambda: _state(model, cid) == "running", timeout=10000)
    assert model.index(_row(model, cid), STATE).data() == "running"

    docker_client.remove_container(cid, force=True)
    qtbot.waitUntil(lambda: model.row_of(cid) is None, timeout=10000)
    assert not resets
    assert selected_ids() == [existing]  # selection survived inserts, changes, removals

    panel.filter_edit.setText("gui-exist")
    assert proxy.rowCount() == 1
    assert "1 of" in panel.count_label.text()
    panel.filter_edit.setText("no-such-thing")
    assert panel.stack.currentWidget() is panel.empty_label
    panel.filter_edit.clear()
    assert panel.stack.currentWidget() is panel.view


def test_containers_model_is_a_valid_qt_model(qtmodeltester: ModelChecker) -> None:
    model = ContainersModel()
    qtmodeltester.check(model)  # attached before the changes: each is checked as it happens
    a = Container.from_list_entry(ENTRY)
    b = Container.from_list_entry({**ENTRY, "Id": "b" * 64, "Names": ["/db"], "State": "exited"})
    model.apply_changes([ContainerChange("added", a), ContainerChange("added", b)])
    model.apply_changes([ContainerChange("removed", a)])
    model.apply_changes([ContainerChange("changed", b), ContainerChange("added", a)])
    assert [c.name for c in model.items()] == ["db", "web"]


def test_actions_show_transitions_and_final_state(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    cid = create_container(docker_client, "gui-act")
    docker_client.start(cid)
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = _panel(window)
    model = panel.model
    qtbot.waitUntil(lambda: model.row_of(cid) is not None, timeout=15000)
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    seen: list[str] = []

    def on_change(*_args: object) -> None:
        row = model.row_of(cid)
        if row is not None:
            seen.append(model.index(row, STATE).data())

    model.dataChanged.connect(on_change)
    job = panel.act("stop", [cid], timeout=1)
    assert job is not None
    assert model.index(_row(model, cid), STATE).data() == "stopping…"
    qtbot.waitUntil(lambda: job.state.finished, timeout=20000)
    qtbot.waitUntil(lambda: _state(model, cid) == "exited", timeout=10000)
    qtbot.waitUntil(lambda: model.index(_row(model, cid), STATE).data() == "exited", timeout=10000)
    assert "stopping…" in seen

    panel.view.selectRow(panel.proxy.mapFromSource(model.index(_row(model, cid), 0)).row())
    details = panel.details
    qtbot.waitUntil(lambda: details.info is not None and details.info["Id"] == cid, timeout=10000)
    assert "gui-act" in details.overview.text()
    details.search.setText('"Status"')
    assert details.find_next()

    panel.rename(model.item(_row(model, cid)), "gui-act-2")
    qtbot.waitUntil(lambda: model.item(_row(model, cid)).name == "gui-act-2", timeout=10000)
    panel.act("remove", [cid])
    qtbot.waitUntil(lambda: model.row_of(cid) is None, timeout=10000)


def test_run_dialog_builds_the_command_line(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = RunDialog(["envdock-test/busybox:latest"], ["bridge", "host"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.image.setText("envdock-test/busybox:latest")
    dialog.name.setText("web")
    dialog.ports.setPlainText("8080:80")
    dialog.command.setText("httpd -f -p 80")
    assert ok.isEnabled()
    assert dialog.cli.text() == (
        "docker run -d --name web -p 8080:80/tcp envdock-test/busybox:latest httpd -f -p 80"
    )
    dialog.ports.setPlainText("8080:99999")
    assert not ok.isEnabled() and "out of range" in dialog.error.text()
    dialog.ports.setPlainText("")
    dialog.remove.setChecked(True)
    dialog.restart.setCurrentIndex(1)
    assert not ok.isEnabled() and "--rm" in dialog.error.text()


def test_secret_values_are_masked() -> None:
    info = {
        "Name": "/x",
        "Config": {"Env": ["API_TOKEN=abc123", "MODE=prod"]},
        "NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]}},
    }
    text = overview_html(info, False)
    assert "abc123" not in text and "MODE=prod" in text
    assert "http://localhost:8080" in text and "reachable from the network" in text
    assert "abc123" in overview_html(info, True)


def test_compose_projects_group_as_a_tree(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    compose_v2: tuple[str, ...],
    tmp_path: Path,
) -> None:
    command = compose_v2  # the harness's `docker compose` (v2 plugin in the tests' config)
    (tmp_path / "docker-compose.yml").write_text(
        "version: '3'\nservices:\n"
        "  web:\n    image: envdock-test/busybox:latest\n    command: sleep 600\n"
        "  worker:\n    image: envdock-test/busybox:latest\n    command: sleep 600\n"
    )
    env = private_engine.env()
    up = subprocess.run(
        [*command, "-p", "shop", "up", "-d"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert up.returncode == 0, up.stderr
    try:
        window = make_window(env={"DOCKER_HOST": private_engine.base_url})
        panel = _panel(window)
        tree = panel.tree_model
        qtbot.waitUntil(
            lambda: any(g.project == "shop" and len(g.containers) == 2 for g in tree.groups),
            timeout=15000,
        )
        qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
        panel.group_box.setChecked(True)
        assert panel.stack.currentWidget() is panel.tree_view
        group = next(g for g in tree.groups if g.project == "shop")
        assert isinstance(group, Group)
        assert {c.compose_service for c in group.containers} == {"web", "worker"}
        assert panel.select_project("shop")
        assert {c.id for c in panel.selected()} == set(group.ids)
        job = panel.act("stop", timeout=1)
        assert job is not None
        qtbot.waitUntil(lambda: job.state.finished, timeout=30000)
        qtbot.waitUntil(
            lambda: all(
                c.state == "exited"
                for c in next(g for g in tree.groups if g.project == "shop").containers
            ),
            timeout=15000,
        )
        gi = next(i for i, g in enumerate(tree.groups) if g.project == "shop")
        assert tree.index(gi, 2).data() == "0/2 running"
        qtmodel = tree
        assert qtmodel.rowCount(tree.index(gi, 0)) == 2
    finally:
        subprocess.run(
            [*command, "-p", "shop", "down"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )


def test_compose_tree_is_a_valid_model(qtmodeltester: ModelChecker) -> None:
    flat = ContainersModel()
    tree = ComposeTreeModel(flat)
    qtmodeltester.check(tree)  # attached before the changes: each is checked as it happens
    a = Container.from_list_entry(ENTRY)
    b = Container.from_list_entry({**ENTRY, "Id": "b" * 64, "Names": ["/db"], "Labels": {}})
    tree.apply_changes([ContainerChange("added", a), ContainerChange("added", b)])
    moved = Container.from_list_entry({**ENTRY, "Labels": {"com.docker.compose.project": "x"}})
    tree.apply_changes([ContainerChange("changed", moved)])
    assert [g.project for g in tree.groups] == ["x", ""]
    tree.apply_changes([ContainerChange("removed", b)])
    assert [g.project for g in tree.groups] == ["x"]
    assert tree.parent() is None  # no argument: QObject's parent, not an index
    assert not tree.parent(tree.index(0, 0)).isValid()  # a group is a top-level row


def test_run_from_the_dialog_adds_a_running_row(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = _panel(window)
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    dialog = RunDialog(["envdock-test/busybox:latest"], ["bridge"])
    qtbot.addWidget(dialog)
    dialog.image.setText("envdock-test/busybox:latest")
    dialog.name.setText("gui-run")
    dialog.command.setText("sleep 300")
    dialog.env.setPlainText("MODE=gui")
    job = panel.run_container(dialog.spec(), dialog.start.isChecked())
    qtbot.waitUntil(lambda: job.state.finished, timeout=20000)
    assert job.error is None, job.error
    cid = str(job.result)
    docker_client.envdock_created.append(cid)
    model = panel.model
    qtbot.waitUntil(lambda: _state(model, cid) == "running", timeout=10000)


# -- without an engine ---------------------------------------------------------------------
def _offline_panel(make_window: WindowFactory, *containers: Container) -> ContainersPanel:
    """The panel of a window whose engine never connects, showing ``containers``."""
    window = make_window(start_engine=False)
    panel = _panel(window)
    window.context.engine.containers_changed.emit([ContainerChange("added", c) for c in containers])
    return panel


def test_without_an_engine_an_action_fails_as_not_connected(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    web = Container.from_list_entry(ENTRY)
    panel = _offline_panel(make_window, web)
    job = panel.act("stop", [web.id])
    assert job is not None
    assert panel.model.pending == {web.id: "stopping…"}
    # the transition shown meanwhile goes once the failure reached the GUI thread
    qtbot.waitUntil(lambda: panel.model.pending == {}, timeout=5000)
    assert job.state is JobState.FAILED
    assert isinstance(job.error, DockerUnavailable)  # reported, not an AttributeError on None

    rename = panel.rename(web, "web-2")
    assert panel.model.pending == {web.id: "renaming…"}
    qtbot.waitUntil(lambda: panel.model.pending == {}, timeout=5000)
    assert rename.state is JobState.FAILED
    assert isinstance(rename.error, DockerUnavailable)


def test_without_an_engine_the_details_clear(qtbot: QtBot, make_window: WindowFactory) -> None:
    web = Container.from_list_entry(ENTRY)
    panel = _offline_panel(make_window, web)
    panel.details.set_info({"Name": "/someone-else", "Id": "c" * 64})
    panel.view.selectRow(0)  # inspecting fails: the details of another container go
    qtbot.waitUntil(lambda: panel.details.info is None, timeout=5000)
    assert panel.details.overview.text() == "Select a container."


def test_only_the_latest_request_answers(make_window: WindowFactory) -> None:
    panel = _offline_panel(make_window)
    shown: list[str] = []
    first = panel.latest("inspect", shown.append)
    second = panel.latest("inspect", shown.append)
    other = panel.latest("logs", shown.append)
    first("old selection")  # answered after a newer request: dropped
    second("current selection")
    other("another kind of request")  # its own key: not affected
    assert shown == ["current selection", "another kind of request"]


def _answer_the_box(answer: Callable[[QMessageBox], None]) -> list[str]:
    """Answers the next message box with ``answer``; returns its text, its second paragraph
    and its default button's text (filled in once it was answered)."""
    seen: list[str] = []

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        boxes = [w for w in shown if isinstance(w, QMessageBox)]
        if not boxes:
            QTimer.singleShot(10, look)
            return
        box = boxes[0]
        default = box.defaultButton()
        seen.extend([box.text(), box.informativeText(), default.text() if default else ""])
        answer(box)

    QTimer.singleShot(0, look)
    return seen


def test_remove_asks_first_with_cancel_as_the_default(
    make_window: WindowFactory, monkeypatch: Any
) -> None:
    running = Container.from_list_entry(ENTRY)  # the recorded entry is a running container
    assert running.state == "running"
    panel = _offline_panel(make_window, running)
    asked: list[dict[str, object]] = []
    monkeypatch.setattr(panel, "act", lambda action, **options: asked.append({action: options}))
    panel.view.selectRow(0)

    seen = _answer_the_box(lambda box: box.reject())  # Escape
    panel.remove_dialog()
    assert seen[0].startswith("Remove 1 container")
    assert "running and will be stopped" in seen[1]
    assert seen[2] == "Cancel"  # Enter cancels: nothing is removed by a stray key
    assert asked == []

    def keep_volumes_off(box: QMessageBox) -> None:
        check = box.checkBox()
        assert check is not None and "anonymous volumes" in check.text()
        check.setChecked(True)
        yes = box.button(QMessageBox.StandardButton.Yes)
        assert yes is not None
        yes.click()

    _answer_the_box(keep_volumes_off)
    panel.remove_dialog()
    assert asked == [{"remove": {"remove_volumes": True, "force": True}}]


def test_building_the_panel_leaves_the_graphs_for_the_stats_tab(tmp_path: Path) -> None:
    """pyqtgraph (about half a second) is imported when the Stats tab is first shown, not
    when the panel is built (a fresh interpreter: this one may have imported it)."""
    script = textwrap.dedent(
        """
        import os
        import sys
        from pathlib import Path

        from core.docker.engine import Engine
        from gui.app import create_application
        from gui.containers.panel import ContainersPanel
        from gui.context import AppContext
        from gui.engine_bridge import EngineBridge
        from gui.widgets.notifications import Notifier
        from gui.workers import JobRunner

        app = create_application()
        engine = Engine(env={"DOCKER_HOST": "unix:///nonexistent.sock"}, home=Path("/nonexistent"))
        context = AppContext(engine=EngineBridge(engine), jobs=JobRunner(), notifier=Notifier())
        panel = ContainersPanel(context)
        panel.show()
        app.processEvents()
        print("built", "pyqtgraph" in sys.modules, panel.details.stats_graphs is not None)
        panel.details.setCurrentWidget(panel.details.stats_page)
        app.processEvents()
        print("stats", "pyqtgraph" in sys.modules, panel.details.stats_graphs is not None)
        panel.details.show_stats(None, None)
        print(panel.details.stats_note.text(), flush=True)
        context.jobs.shutdown(2000)
        os._exit(0)  # no teardown: Python may free the application before its widgets
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stdout.splitlines()
    assert lines[:2] == ["built False False", "stats True True"], proc.stdout
    assert lines[2] == "No live figures: the container is not running."
