from __future__ import annotations

from typing import Any

from core.docker.containers import Container
from core.docker.engine import ContainerChange
from gui.models.containers import STATE, ContainersModel
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
    assert "connected" in window.engine_label.text()
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
