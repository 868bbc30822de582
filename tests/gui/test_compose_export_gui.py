"""Export to compose from the Containers panel, and Save as compose service from the run
dialog: the work runs as a job, the file is written (or added to), the user is told where
and where the secrets went."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import yaml
from pytestqt.qtbot import QtBot

from core.compose.export import read_dotenv
from core.jobs import JobState
from gui.containers.panel import ContainersPanel
from gui.containers.run_dialog import RunDialog
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import TEST_IMAGE, PrivateEngine


def _connected_panel(
    qtbot: QtBot, make_window: WindowFactory, engine: PrivateEngine
) -> ContainersPanel:
    window = make_window(env={"DOCKER_HOST": engine.base_url})
    panel = window.show_panel("containers")
    assert isinstance(panel, ContainersPanel), panel
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    return panel


def test_export_selected_containers_to_a_new_then_an_existing_file(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,
    tmp_path: Path,
) -> None:
    cid = create_container(
        docker_client, "gui-export", environment={"API_TOKEN": "tok$en", "MODE": "x"}
    )
    panel = _connected_panel(qtbot, make_window, private_engine)
    model = panel.model
    qtbot.waitUntil(lambda: model.row_of(cid) is not None, timeout=15000)
    row = model.row_of(cid)
    assert row is not None
    assert not panel.act_export_compose.isEnabled()  # nothing selected yet
    panel.view.selectRow(panel.proxy.mapFromSource(model.index(row, 0)).row())
    assert panel.act_export_compose.isEnabled()
    notes = panel.context.notifier.history

    target = tmp_path / "compose.yaml"
    job = panel.export_compose(panel.selected(), target)
    assert job is not None
    qtbot.waitUntil(lambda: job.state.finished, timeout=20000)
    assert job.state is JobState.SUCCEEDED, job.error
    service = yaml.safe_load(target.read_text())["services"]["gui-export"]
    assert service["environment"] == {"API_TOKEN": "${API_TOKEN}", "MODE": "x"}
    assert read_dotenv(tmp_path / ".env") == {"API_TOKEN": "tok$en"}
    assert stat.S_IMODE((tmp_path / ".env").stat().st_mode) == 0o600
    qtbot.waitUntil(lambda: bool(notes) and str(target) in notes[-1].message, timeout=5000)
    assert notes[-1].level == "info" and ".env" in notes[-1].hint  # where the secret went

    again = panel.export_compose(panel.selected(), target)  # an existing file: added to
    assert again is not None
    qtbot.waitUntil(lambda: again.state.finished, timeout=20000)
    assert again.state is JobState.SUCCEEDED, again.error
    assert list(yaml.safe_load(target.read_text())["services"]) == ["gui-export", "gui-export-2"]
    qtbot.waitUntil(lambda: "gui-export-2" in notes[-1].message, timeout=5000)
    assert "compose.yaml.bak" in notes[-1].hint


def test_export_of_a_vanished_container_fails_as_a_job(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,
    tmp_path: Path,
) -> None:
    cid = create_container(docker_client, "gui-vanish")
    panel = _connected_panel(qtbot, make_window, private_engine)
    qtbot.waitUntil(lambda: panel.model.row_of(cid) is not None, timeout=15000)
    row = panel.model.row_of(cid)
    assert row is not None
    container = panel.model.item(row)
    docker_client.remove_container(cid, force=True)
    folder = tmp_path / "project"
    folder.mkdir()
    job = panel.export_compose([container], folder / "compose.yaml")
    assert job is not None
    qtbot.waitUntil(lambda: job.state.finished, timeout=20000)
    assert job.state is JobState.FAILED
    assert job.error is not None and "does not exist" in job.error.message
    assert cid[:12] in job.error.message
    assert list(folder.iterdir()) == []


def test_run_dialog_saves_its_spec_as_a_compose_service(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    tmp_path: Path,
) -> None:
    panel = _connected_panel(qtbot, make_window, private_engine)
    dialog = RunDialog([TEST_IMAGE], ["bridge"], save_compose=panel.save_spec_as_compose)
    qtbot.addWidget(dialog)
    assert dialog.compose_button.text() == "Save as compose service…"
    dialog.image.setText(TEST_IMAGE)
    dialog.name.setText("gui-svc")
    dialog.command.setText("sleep 300")
    dialog.ports.setPlainText("127.0.0.1:18181:80")
    dialog.env.setPlainText("DB_PASSWORD=pw\nMODE=gui")
    target = tmp_path / "svc.yaml"
    job = dialog.save_compose_to(target)
    assert job is not None
    assert dialog.save_compose_to(target) is None  # one save at a time
    qtbot.waitUntil(lambda: job.state.finished, timeout=20000)
    assert job.state is JobState.SUCCEEDED, job.error
    qtbot.waitUntil(lambda: str(target) in dialog.saved.text(), timeout=5000)
    service = yaml.safe_load(target.read_text())["services"]["gui-svc"]
    assert service["command"] == ["sleep", "300"] and service["ports"] == ["127.0.0.1:18181:80"]
    assert service["environment"] == {"DB_PASSWORD": "${DB_PASSWORD}", "MODE": "gui"}
    assert read_dotenv(tmp_path / ".env") == {"DB_PASSWORD": "pw"}
    assert dialog.result() == 0 and dialog.container_id == ""  # nothing ran, not accepted

    dialog.image.clear()  # an invalid form is refused in the dialog, nothing written
    assert dialog.save_compose_to(tmp_path / "other.yaml") is None
    assert dialog.error.text() and not (tmp_path / "other.yaml").exists()
