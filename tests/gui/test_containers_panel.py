from __future__ import annotations

from typing import Any

from core.docker.containers import Container
from core.docker.engine import ContainerChange
from gui.containers.model import STATE, ContainersModel
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine
from tests.unit.test_containers_parse import ENTRY


def test_containers_follow_events_row_by_row(
    qtbot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,  # type: ignore[no-untyped-def]
) -> None:
    existing = create_container(docker_client, "gui-existing")
    create_container(docker_client, "gui-other")
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = window.show_panel("containers")
    model: ContainersModel = panel.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.row_of(existing) is not None, timeout=15000)
    qtbot.waitUntil(lambda: "connected" in window.engine_label.text(), timeout=15000)
    assert not panel.banner.isVisible()  # type: ignore[attr-defined]
    proxy = panel.proxy  # type: ignore[attr-defined]
    source_row = model.row_of(existing)
    panel.view.selectRow(proxy.mapFromSource(model.index(source_row, 0)).row())  # type: ignore[attr-defined]

    def selected_ids() -> list[str]:
        rows = panel.view.selectionModel().selectedRows()  # type: ignore[attr-defined]
        return [model.item(proxy.mapToSource(i).row()).id for i in rows]

    assert selected_ids() == [existing]
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    cid = create_container(docker_client, "gui-new")
    qtbot.waitUntil(lambda: model.row_of(cid) is not None, timeout=10000)
    docker_client.start(cid)
    qtbot.waitUntil(lambda: model.item(model.row_of(cid)).state == "running", timeout=10000)  # type: ignore[arg-type]
    row = model.row_of(cid)
    assert model.index(row, STATE).data() == "running"  # type: ignore[arg-type]

    docker_client.remove_container(cid, force=True)
    qtbot.waitUntil(lambda: model.row_of(cid) is None, timeout=10000)
    assert not resets
    assert selected_ids() == [existing]  # selection survived inserts, changes, removals

    panel.filter_edit.setText("gui-exist")  # type: ignore[attr-defined]
    assert proxy.rowCount() == 1
    assert "1 of" in panel.count_label.text()  # type: ignore[attr-defined]
    panel.filter_edit.setText("no-such-thing")  # type: ignore[attr-defined]
    assert panel.stack.currentWidget() is panel.empty_label  # type: ignore[attr-defined]
    panel.filter_edit.clear()  # type: ignore[attr-defined]
    assert panel.stack.currentWidget() is panel.view  # type: ignore[attr-defined]


def test_containers_model_is_a_valid_qt_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ContainersModel()
    a = Container.from_list_entry(ENTRY)
    b = Container.from_list_entry({**ENTRY, "Id": "b" * 64, "Names": ["/db"], "State": "exited"})
    model.apply_changes([ContainerChange("added", a), ContainerChange("added", b)])
    model.apply_changes([ContainerChange("removed", a)])
    model.apply_changes([ContainerChange("changed", b), ContainerChange("added", a)])
    assert [c.name for c in model.items()] == ["db", "web"]
    qtmodeltester.check(model)


def test_actions_show_transitions_and_final_state(  # type: ignore[no-untyped-def]
    qtbot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    cid = create_container(docker_client, "gui-act")
    docker_client.start(cid)
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = window.show_panel("containers")
    model: ContainersModel = panel.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.row_of(cid) is not None, timeout=15000)
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    seen: list[str] = []
    model.dataChanged.connect(
        lambda *_: (
            seen.append(model.index(model.row_of(cid), STATE).data())  # type: ignore[arg-type]
            if model.row_of(cid) is not None
            else None
        )
    )
    job = panel.act("stop", [cid], timeout=1)  # type: ignore[attr-defined]
    assert model.index(model.row_of(cid), STATE).data() == "stopping…"  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: job.state.finished, timeout=20000)
    qtbot.waitUntil(lambda: model.item(model.row_of(cid)).state == "exited", timeout=10000)  # type: ignore[arg-type]
    qtbot.waitUntil(
        lambda: model.index(model.row_of(cid), STATE).data() == "exited",  # type: ignore[arg-type]
        timeout=10000,
    )
    assert "stopping…" in seen

    row = panel.proxy.mapFromSource(model.index(model.row_of(cid), 0)).row()  # type: ignore[attr-defined, arg-type]
    panel.view.selectRow(row)  # type: ignore[attr-defined]
    details = panel.details  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: details.info is not None and details.info["Id"] == cid, timeout=10000)
    assert "gui-act" in details.overview.text()
    details.search.setText('"Status"')
    assert details.find_next()

    job = panel.rename(model.item(model.row_of(cid)), "gui-act-2")  # type: ignore[attr-defined, arg-type]
    qtbot.waitUntil(lambda: model.item(model.row_of(cid)).name == "gui-act-2", timeout=10000)  # type: ignore[arg-type]
    job = panel.act("remove", [cid])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.row_of(cid) is None, timeout=10000)


def test_run_dialog_builds_the_command_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from gui.containers.run_dialog import RunDialog

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
    from gui.containers.details import overview_html

    info = {
        "Name": "/x",
        "Config": {"Env": ["API_TOKEN=abc123", "MODE=prod"]},
        "NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]}},
    }
    text = overview_html(info, False)
    assert "abc123" not in text and "MODE=prod" in text
    assert "http://localhost:8080" in text and "reachable from the network" in text
    assert "abc123" in overview_html(info, True)


def test_compose_projects_group_as_a_tree(  # type: ignore[no-untyped-def]
    qtbot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    compose_v2: tuple[str, ...],
    tmp_path,
) -> None:
    import subprocess

    from gui.containers.compose_tree import Group

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
        panel = window.show_panel("containers")
        tree = panel.tree_model  # type: ignore[attr-defined]
        qtbot.waitUntil(
            lambda: any(g.project == "shop" and len(g.containers) == 2 for g in tree.groups),
            timeout=15000,
        )
        qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
        panel.group_box.setChecked(True)  # type: ignore[attr-defined]
        assert panel.stack.currentWidget() is panel.tree_view  # type: ignore[attr-defined]
        group = next(g for g in tree.groups if g.project == "shop")
        assert isinstance(group, Group)
        assert {c.compose_service for c in group.containers} == {"web", "worker"}
        assert panel.select_project("shop")  # type: ignore[attr-defined]
        assert {c.id for c in panel.selected()} == set(group.ids)  # type: ignore[attr-defined]
        job = panel.act("stop", timeout=1)  # type: ignore[attr-defined]
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


def test_compose_tree_is_a_valid_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from gui.containers.compose_tree import ComposeTreeModel

    flat = ContainersModel()
    tree = ComposeTreeModel(flat)
    a = Container.from_list_entry(ENTRY)
    b = Container.from_list_entry({**ENTRY, "Id": "b" * 64, "Names": ["/db"], "Labels": {}})
    tree.apply_changes([ContainerChange("added", a), ContainerChange("added", b)])
    moved = Container.from_list_entry({**ENTRY, "Labels": {"com.docker.compose.project": "x"}})
    tree.apply_changes([ContainerChange("changed", moved)])
    assert [g.project for g in tree.groups] == ["x", ""]
    tree.apply_changes([ContainerChange("removed", b)])
    assert [g.project for g in tree.groups] == ["x"]
    qtmodeltester.check(tree)


def test_run_from_the_dialog_adds_a_running_row(  # type: ignore[no-untyped-def]
    qtbot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    from gui.containers.run_dialog import RunDialog

    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = window.show_panel("containers")
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    dialog = RunDialog(["envdock-test/busybox:latest"], ["bridge"])
    qtbot.addWidget(dialog)
    dialog.image.setText("envdock-test/busybox:latest")
    dialog.name.setText("gui-run")
    dialog.command.setText("sleep 300")
    dialog.env.setPlainText("MODE=gui")
    job = panel.run_container(dialog.spec(), dialog.start.isChecked())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: job.state.finished, timeout=20000)
    assert job.error is None, job.error
    docker_client.envdock_created.append(job.result)
    model: ContainersModel = panel.model  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: (
            model.row_of(job.result) is not None
            and model.item(model.row_of(job.result)).state == "running"
        ),
        timeout=10000,
    )  # type: ignore[arg-type]
