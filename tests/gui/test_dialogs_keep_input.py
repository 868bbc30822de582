"""Dialogs keep what the user typed when the engine refuses, and destructive defaults are
safe: the run and create-network dialogs stay open with the error by its field, the prune
preview's default is Cancel, the build window asks before dropping Dockerfile edits, the
pull window's bar stops once it is done."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from docker.types import IPAMConfig, IPAMPool
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from core.docker.prune import PruneItem, PrunePreview
from core.docker.refusals import refused_field
from core.docker.transfer import TransferProgress
from core.errors import DockerError
from core.jobs import Job, JobState
from gui.containers.panel import ContainersPanel
from gui.containers.run_dialog import RunDialog
from gui.images.build_dialog import BuildDialog
from gui.images.transfer_dialog import TransferDialog
from gui.main_window import MainWindow
from gui.networks.panel import CreateNetworkDialog, NetworksPanel
from gui.widgets.prune_dialog import PruneDialog
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import TEST_IMAGE, PrivateEngine

pytestmark = pytest.mark.timeout(240)


def _window(qtbot: QtBot, make_window: WindowFactory, engine: PrivateEngine) -> MainWindow:
    window = make_window(env={"DOCKER_HOST": engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    return window


def _run_dialog(qtbot: QtBot, window: MainWindow) -> RunDialog:
    panel = window.show_panel("containers")
    assert isinstance(panel, ContainersPanel)
    panel.run_window = None
    panel.run_dialog()
    qtbot.waitUntil(lambda: getattr(panel, "run_window", None) is not None, timeout=15000)
    dialog = panel.run_window
    assert isinstance(dialog, RunDialog) and dialog.isVisible()
    return dialog


def _click_run(qtbot: QtBot, window: MainWindow, dialog: RunDialog) -> Job:
    assert dialog.run_button.isEnabled(), dialog.error.text()
    QTest.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    job = dialog.pending
    assert job is not None  # the engine call went to a worker: the click returned at once
    assert job in window.context.jobs.jobs()
    assert not dialog.run_button.isEnabled()  # one run at a time
    qtbot.waitUntil(lambda: _closed(dialog) or dialog.pending is None, timeout=60000)
    return job


def _closed(dialog: QDialog) -> bool:
    """Closed (and, with WA_DeleteOnClose, perhaps deleted already)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_run_dialog_stays_open_with_the_error_by_the_name(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    create_container(docker_client, "keep-taken")
    window = _window(qtbot, make_window, private_engine)
    dialog = _run_dialog(qtbot, window)
    dialog.image.setText(TEST_IMAGE)
    dialog.name.setText("keep-taken")
    dialog.command.setText("sleep 600")
    dialog.env.setPlainText("A=1\nB=2")
    dialog.labels.setPlainText("team=ml")
    job = _click_run(qtbot, window, dialog)

    assert job.state is JobState.FAILED
    assert dialog.isVisible()  # not closed: nothing typed is lost
    errors = dialog.field_errors.shown()
    assert list(errors) == ["name"], errors
    assert "already in use" in errors["name"]
    assert dialog.field_errors.labels["name"].isVisible()
    assert dialog.error.text() == ""  # by the field, not only at the bottom
    assert (dialog.image.text(), dialog.name.text(), dialog.command.text()) == (
        TEST_IMAGE,
        "keep-taken",
        "sleep 600",
    )
    assert dialog.env.toPlainText() == "A=1\nB=2"
    assert dialog.labels.toPlainText() == "team=ml"
    assert dialog.run_button.isEnabled()

    # the user fixes the name: its error goes at once, and the run succeeds and closes
    dialog.name.setText("keep-fresh")
    assert dialog.field_errors.shown() == {}
    job = _click_run(qtbot, window, dialog)
    assert job.state is JobState.SUCCEEDED, job.error
    docker_client.envdock_created.append(str(job.result))
    assert _closed(dialog)
    info = docker_client.inspect_container("keep-fresh")
    assert info["Config"]["Labels"]["team"] == "ml" and info["State"]["Running"]


def test_run_dialog_shows_a_taken_port_by_the_ports(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    port = _free_port()
    holder = create_container(
        docker_client,
        "keep-port-holder",
        ports=[80],
        host_config=docker_client.create_host_config(port_bindings={80: ("127.0.0.1", port)}),
    )
    docker_client.start(holder)
    window = _window(qtbot, make_window, private_engine)
    dialog = _run_dialog(qtbot, window)
    dialog.image.setText(TEST_IMAGE)
    dialog.name.setText("keep-port-second")
    dialog.ports.setPlainText(f"127.0.0.1:{port}:80")
    job = _click_run(qtbot, window, dialog)

    assert job.state is JobState.FAILED
    assert dialog.isVisible()
    errors = dialog.field_errors.shown()
    assert list(errors) == ["ports"], errors
    assert "already allocated" in errors["ports"] or "in use" in errors["ports"]
    assert dialog.ports.toPlainText() == f"127.0.0.1:{port}:80"
    assert dialog.name.text() == "keep-port-second"
    # the failed start left no half-made container behind
    assert not docker_client.containers(all=True, filters={"name": "keep-port-second"})


def _network_dialog(qtbot: QtBot, window: MainWindow) -> tuple[NetworksPanel, CreateNetworkDialog]:
    panel = window.show_panel("networks")
    assert isinstance(panel, NetworksPanel)
    dialog = panel.create_dialog()
    assert dialog.isVisible()
    return panel, dialog


def _click_create(qtbot: QtBot, window: MainWindow, dialog: CreateNetworkDialog) -> Job:
    assert dialog.ok.isEnabled(), dialog.error.text()
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    job = dialog.pending
    assert job is not None and job in window.context.jobs.jobs()
    qtbot.waitUntil(lambda: _closed(dialog) or dialog.pending is None, timeout=60000)
    return job


def test_create_network_dialog_stays_open_with_the_error_by_its_field(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    made = [docker_client.create_network("keep-net-a", ipam=_ipam("10.231.0.0/24"))["Id"]]
    try:
        window = _window(qtbot, make_window, private_engine)
        _panel, dialog = _network_dialog(qtbot, window)
        dialog.name_edit.setText("keep-net-a")
        dialog.subnet_edit.setText("10.232.0.0/24")
        job = _click_create(qtbot, window, dialog)
        assert job.state is JobState.FAILED
        assert dialog.isVisible()
        errors = dialog.field_errors.shown()
        assert list(errors) == ["name"] and "keep-net-a" in errors["name"], errors

        dialog.name_edit.setText("keep-net-b")
        dialog.subnet_edit.setText("10.231.0.0/16")  # overlaps keep-net-a's subnet
        dialog.gateway_edit.setText("10.231.0.1")
        job = _click_create(qtbot, window, dialog)
        assert job.state is JobState.FAILED and dialog.isVisible()
        errors = dialog.field_errors.shown()
        assert list(errors) == ["subnet"] and "overlaps" in errors["subnet"], errors
        assert (dialog.name_edit.text(), dialog.gateway_edit.text()) == (
            "keep-net-b",
            "10.231.0.1",
        )
        assert dialog.subnet_edit.hasFocus() or not dialog.isActiveWindow()

        dialog.subnet_edit.setText("10.233.0.0/24")
        dialog.gateway_edit.setText("10.233.0.1")
        assert dialog.field_errors.shown() == {}
        job = _click_create(qtbot, window, dialog)
        assert job.state is JobState.SUCCEEDED, job.error
        made.append(str(job.result))
        assert _closed(dialog)
        assert docker_client.inspect_network("keep-net-b")["IPAM"]["Config"][0]["Subnet"] == (
            "10.233.0.0/24"
        )
    finally:
        for nid in made:
            docker_client.remove_network(nid)


def test_engine_refusals_find_their_field() -> None:
    """Refusals that only the engine knows (its own words) are placed too."""

    def err(text: str) -> DockerError:
        return DockerError(f"start web: {text}")

    assert refused_field(err("Pool overlaps with other one on this address space"), "network") == (
        "subnet"
    )
    assert refused_field(err("network with name x already exists"), "network") == "name"
    assert (
        refused_field(
            err(
                "driver failed programming external connectivity on endpoint x: Bind for "
                "127.0.0.1:8080 failed: port is already allocated"
            ),
            "run",
        )
        == "ports"
    )
    assert refused_field(err("No such image: nothere:1"), "run") == "image"
    assert refused_field(err('exec: "nosuch": executable file not found in $PATH'), "run") == (
        "command"
    )
    assert refused_field(err("network nope not found"), "run") == "network"
    assert refused_field(err("something else entirely"), "run") == ""


def _ipam(subnet: str) -> Any:
    return IPAMConfig(pool_configs=[IPAMPool(subnet=subnet)])


def test_prune_preview_default_button_is_cancel(qtbot: QtBot) -> None:
    preview = PrunePreview("volumes", (PruneItem("data", "data", 1024),))
    dialog = PruneDialog(preview)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert defaults == [cancel], [b.text() for b in defaults]
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter does what the default does
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def _type(dialog: BuildDialog, text: str) -> None:
    """Replace the editor's text the way typing does (setPlainText would not mark it)."""
    cursor = dialog.editor.text.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)


def _answer(qtbot: QtBot, dialog: BuildDialog, button: QMessageBox.StandardButton) -> None:
    qtbot.waitUntil(lambda: dialog.unsaved_box is not None and dialog.unsaved_box.isVisible())
    box = dialog.unsaved_box
    assert box is not None
    box.button(button).click()


def test_build_window_asks_before_dropping_dockerfile_edits(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    (tmp_path / "Dockerfile").write_text("FROM scratch\n")
    window = make_window(start_engine=False)
    dialog = BuildDialog(window.context, window, tmp_path)
    dialog.show()
    assert dialog.editor.plain_text() == "FROM scratch\n"
    dialog.close()  # nothing edited: closes without a question
    assert not dialog.isVisible()

    dialog.show()
    _type(dialog, "FROM scratch\nCOPY app /app\n")
    assert dialog.editor.modified
    dialog.close()
    assert dialog.isVisible()  # asked first
    _answer(qtbot, dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible()
    assert dialog.editor.plain_text() == "FROM scratch\nCOPY app /app\n"

    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Escape asks too
    _answer(qtbot, dialog, QMessageBox.StandardButton.Save)
    assert not dialog.isVisible()
    assert (tmp_path / "Dockerfile").read_text() == "FROM scratch\nCOPY app /app\n"

    dialog.show()
    _type(dialog, "FROM scratch\nRUN oops\n")
    dialog.close()
    _answer(qtbot, dialog, QMessageBox.StandardButton.Discard)
    assert not dialog.isVisible()
    assert (tmp_path / "Dockerfile").read_text() == "FROM scratch\nCOPY app /app\n"
    assert dialog.editor.plain_text() == "FROM scratch\nCOPY app /app\n"  # no stale edits

    # quitting with unsaved edits asks too, and the quit waits for the answer
    dialog.show()
    _type(dialog, "FROM scratch\nRUN quit-edit\n")
    window.close()
    assert window.isVisible() and dialog.isVisible()
    _answer(qtbot, dialog, QMessageBox.StandardButton.Save)
    assert (tmp_path / "Dockerfile").read_text() == "FROM scratch\nRUN quit-edit\n"
    window.close()
    assert not window.isVisible()


def test_pull_window_bar_stops_after_done(qtbot: QtBot, make_window: WindowFactory) -> None:
    """A pull with nothing to transfer (up to date) reports no fraction; once done the
    total bar must not be left busy (range 0..0 animates for ever)."""
    window = make_window(start_engine=False)
    done = TransferProgress("envdock/sample:latest", up_to_date=True, finished=True)

    def work(job: Job) -> TransferProgress:
        job.report(TransferProgress("envdock/sample:latest"))  # nothing known yet: busy
        return done

    dialog = TransferDialog("Pull envdock/sample:latest", window.context.jobs, work, window)
    dialog.show()
    assert dialog.total.maximum() == 0  # busy while it runs
    qtbot.waitUntil(lambda: dialog.job.state.finished, timeout=10000)
    qtbot.waitUntil(lambda: "Up to date" in dialog.result_label.text(), timeout=10000)
    assert dialog.total.maximum() > 0, "the bar still animates after Done"
    assert dialog.total.value() == dialog.total.maximum()
    dialog.close()
