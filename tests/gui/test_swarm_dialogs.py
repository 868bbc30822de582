"""The swarm dialogs filled in as a user would: what each hands back, and what it does with
input it cannot use (stays open, the message under the field, what was typed kept). No
engine: the dialogs only collect input."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from core.docker.masking import MASK
from core.errors import DockerError, EnvDockError
from core.jobs import Job
from core.swarm.model import Node, PublishedPort, Service
from core.swarm.ops import (
    FileRef,
    JoinInfo,
    MountRequest,
    PortRequest,
    Resources,
    ServiceRequest,
    UpdatePolicy,
)
from core.swarm.stacks import deploy_argv
from gui.swarm.dialogs import (
    InitDialog,
    JoinDialog,
    NodeLabelsDialog,
    StackDeployDialog,
    SwarmObjectDialog,
    TokensDialog,
    UpdateChanges,
    UpdateServiceDialog,
    parse_duration,
)
from gui.swarm.service_dialog import (
    GENERAL,
    PORTS,
    RESOURCES,
    UPDATES,
    ServiceDialog,
    service_command,
)

MiB = 1024 * 1024
WORKER = "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx"
MANAGER = "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2"


def _service_dialog(qtbot: QtBot, **kwargs: Any) -> ServiceDialog:
    dialog = ServiceDialog(
        None,
        networks=["backend", "frontend"],
        secrets=["db_password", "api_token"],
        configs=["nginx.conf"],
        images=["busybox:latest", "nginx:1.27"],
        **kwargs,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _tick(dialog: ServiceDialog, table_or_list: Any, name: str, target: str = "") -> None:
    if table_or_list is dialog.networks:
        item = dialog.networks.findItems(name, Qt.MatchFlag.MatchExactly)[0]
        item.setCheckState(Qt.CheckState.Checked)
        return
    for row in range(table_or_list.rowCount()):
        if table_or_list.item(row, 0).text() == name:
            table_or_list.item(row, 0).setCheckState(Qt.CheckState.Checked)
            table_or_list.item(row, 1).setText(target)
            return
    raise AssertionError(name)


def _fill_valid(dialog: ServiceDialog) -> None:
    dialog.name_edit.setText("web")
    dialog.image.setCurrentText("busybox:latest")
    dialog.args.setText("httpd -f -p '8080'")


def test_service_dialog_builds_the_request_from_every_tab(qtbot: QtBot) -> None:
    dialog = _service_dialog(qtbot)
    _fill_valid(dialog)
    dialog.entrypoint.setText("/bin/sh -c")
    dialog.args.setText("'echo hi; sleep 600'")
    dialog.env.setPlainText("A=1\n# a comment\nDB_PASSWORD=hunter2\n")
    dialog.replicas.setValue(6)
    dialog.endpoint_mode.setCurrentIndex(dialog.endpoint_mode.findData("dnsrr"))
    dialog.restart_condition.setCurrentIndex(dialog.restart_condition.findData("on-failure"))
    dialog.restart_attempts.setValue(3)
    dialog.stop_grace.setText("1m30s")
    dialog.workdir.setText("/srv")
    dialog.add_port("80", "8080", "tcp", "host")
    dialog.add_port("53", "", "udp", "host")
    dialog.add_port()  # an empty row is left out
    dialog.add_mount("volume", "data", "/data")
    dialog.add_mount("bind", "/etc/hosts", "/etc/hosts", read_only=True)
    _tick(dialog, dialog.networks, "backend")
    dialog.constraints.setPlainText("node.role==worker\nnode.labels.zone!=b")
    dialog.preferences.setPlainText("spread=node.labels.zone")
    dialog.update_policy.parallelism.setValue(2)
    dialog.update_policy.delay.setText("10s")
    dialog.update_policy.failure_action.setCurrentIndex(
        dialog.update_policy.failure_action.findData("rollback")
    )
    dialog.rollback_policy.order.setCurrentIndex(
        dialog.rollback_policy.order.findData("start-first")
    )
    dialog.resource_fields.cpu_limit.setText("1.5")
    dialog.resource_fields.memory_limit.setText("512m")
    dialog.resource_fields.memory_reservation.setText("1g")
    _tick(dialog, dialog.secrets, "db_password", "/run/secrets/db")
    _tick(dialog, dialog.configs, "nginx.conf")
    dialog.labels.setPlainText("team=ml")
    dialog.container_labels.setPlainText("tier=web")

    req = dialog.request()
    assert req == ServiceRequest(
        name="web",
        image="busybox:latest",
        command=("/bin/sh", "-c"),
        args=("echo hi; sleep 600",),
        env={"A": "1", "DB_PASSWORD": "hunter2"},
        ports=(PortRequest(80, 8080, "tcp", "host"), PortRequest(53, None, "udp", "host")),
        mounts=(
            MountRequest("/data", "data", "volume", False),
            MountRequest("/etc/hosts", "/etc/hosts", "bind", True),
        ),
        networks=("backend",),
        mode="replicated",
        replicas=6,
        constraints=("node.role==worker", "node.labels.zone!=b"),
        preferences=("node.labels.zone",),
        update=UpdatePolicy(parallelism=2, delay=10.0, failure_action="rollback"),
        rollback=UpdatePolicy(order="start-first"),
        resources=Resources(cpu_limit=1.5, memory_limit=512 * MiB, memory_reservation=1024 * MiB),
        secrets=(FileRef("db_password", "/run/secrets/db"),),
        configs=(FileRef("nginx.conf"),),
        labels={"team": "ml"},
        container_labels={"tier": "web"},
        endpoint_mode="dnsrr",
        restart_condition="on-failure",
        restart_max_attempts=3,
        stop_grace_period=90.0,
        workdir="/srv",
    )
    # the command line follows the form, the secret-looking value masked
    shown = dialog.command_line.edit.text()
    assert shown == shlex.join(service_command(req))
    argv = shlex.split(shown)
    assert argv[:5] == ["docker", "service", "create", "--name", "web"]
    assert argv[argv.index("--replicas") : argv.index("--replicas") + 2] == ["--replicas", "6"]
    assert "--publish" in argv and "target=80,published=8080,mode=host" in argv
    assert "--limit-memory" in argv and "512m" in argv and "--reserve-memory" in argv
    assert "--stop-grace-period" in argv and "1m30s" in argv
    assert "hunter2" not in shown and f"DB_PASSWORD={MASK}" in argv
    assert argv[-2:] == ["busybox:latest", "echo hi; sleep 600"]

    dialog.accept()  # no submit: OK only accepts, the caller reads request()
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    ("change", "key", "tab", "words"),
    [
        (lambda d: d.name_edit.setText("bad name!"), "name", GENERAL, "not a valid service name"),
        (lambda d: d.image.setCurrentText("  "), "image", GENERAL, "needs an image"),
        (
            lambda d: d.resource_fields.memory_limit.setText("lots"),
            "memory_limit",
            RESOURCES,
            "not a memory size",
        ),
        (lambda d: d.stop_grace.setText("soon"), "stop_grace", GENERAL, "not a duration"),
        (lambda d: d.env.setPlainText("1BAD=x"), "env", GENERAL, "is not KEY=value"),
        (lambda d: d.args.setText("echo 'unclosed"), "args", GENERAL, "quote that is not closed"),
        (lambda d: d.add_port("eighty"), "ports", PORTS, "not a port number"),
        (lambda d: d.add_port("70000"), "ports", PORTS, "not a port number"),
        (
            lambda d: d.update_policy.delay.setText("x"),
            "update_delay",
            UPDATES,
            "not a duration",
        ),
    ],
)
def test_service_dialog_keeps_the_input_and_marks_the_field(
    qtbot: QtBot, change: Callable[[ServiceDialog], object], key: str, tab: int, words: str
) -> None:
    dialog = _service_dialog(qtbot)
    _fill_valid(dialog)
    dialog.env.setPlainText("A=1")
    dialog.replicas.setValue(3)
    change(dialog)
    typed = (
        dialog.name_edit.text(),
        dialog.image.currentText(),
        dialog.args.text(),
        dialog.env.toPlainText(),
    )
    dialog.tabs.setCurrentIndex(tab + 1 if tab + 1 < dialog.tabs.count() else 0)  # elsewhere

    dialog.accept()

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    errors = dialog.shown_errors()
    assert list(errors) == [key], errors
    assert words in errors[key]
    assert dialog.tabs.currentIndex() == tab  # the tab with the field is brought forward
    assert (
        dialog.name_edit.text(),
        dialog.image.currentText(),
        dialog.args.text(),
        dialog.env.toPlainText(),
    ) == typed
    assert dialog.replicas.value() == 3
    assert dialog.error.text() == ""  # by its field, not at the bottom


def test_service_dialog_error_goes_when_the_field_changes(qtbot: QtBot) -> None:
    dialog = _service_dialog(qtbot)
    _fill_valid(dialog)
    dialog.name_edit.setText("-web")
    dialog.accept()
    assert list(dialog.shown_errors()) == ["name"]
    dialog.name_edit.setText("web")
    assert dialog.shown_errors() == {}
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_dnsrr_with_an_ingress_port_is_refused_on_the_ports_tab(qtbot: QtBot) -> None:
    dialog = _service_dialog(qtbot)
    _fill_valid(dialog)
    dialog.endpoint_mode.setCurrentIndex(dialog.endpoint_mode.findData("dnsrr"))
    row = dialog.add_port("80", "8080")  # ingress, the default
    assert not dialog.ingress_note.isHidden()  # (its tab is not the current one)
    dialog.accept()
    errors = dialog.shown_errors()
    assert list(errors) == ["ports"] and "dnsrr" in errors["ports"]
    assert dialog.tabs.currentIndex() == PORTS
    # host mode fixes it: the note about IPVS goes with the last ingress row
    mode = dialog.ports.cellWidget(row, 3)
    assert isinstance(mode, QComboBox)
    mode.setCurrentIndex(mode.findData("host"))
    assert dialog.ingress_note.isHidden()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_global_mode_disables_replicas(qtbot: QtBot) -> None:
    dialog = _service_dialog(qtbot)
    _fill_valid(dialog)
    assert dialog.replicas.isEnabled()
    dialog.mode.setCurrentIndex(dialog.mode.findData("global"))
    assert not dialog.replicas.isEnabled()
    assert dialog.request().mode == "global"
    assert "--mode global" in dialog.command_line.edit.text()
    assert "--replicas" not in dialog.command_line.edit.text()
    dialog.mode.setCurrentIndex(dialog.mode.findData("replicated"))
    assert dialog.replicas.isEnabled()


def test_remove_row_takes_the_selected_port(qtbot: QtBot) -> None:
    dialog = _service_dialog(qtbot)
    _fill_valid(dialog)
    dialog.add_port("80", "8080", mode="host")
    dialog.add_port("443", "8443", mode="host")
    dialog.tabs.setCurrentIndex(PORTS)
    dialog.ports.selectRow(0)
    page = dialog.tabs.widget(PORTS)
    assert page is not None
    remove = page.findChild(QPushButton, "remove_row")
    assert isinstance(remove, QPushButton)
    remove.click()
    assert dialog.request().ports == (PortRequest(443, 8443, "tcp", "host"),)
    assert "target=443" in dialog.command_line.edit.text()
    assert "target=80," not in dialog.command_line.edit.text()


class _FakeSubmit:
    """Stands for the panel's worker: keeps the callbacks for the test to answer."""

    def __init__(self) -> None:
        self.calls: list[tuple[ServiceRequest, Callable[[Any], None], Callable[..., None]]] = []

    def __call__(
        self,
        req: ServiceRequest,
        on_result: Callable[[Any], None],
        on_error: Callable[[EnvDockError], None],
        _owner: QObject,
    ) -> Job:
        self.calls.append((req, on_result, on_error))
        return Job("create service", lambda _job: None)


def test_service_dialog_stays_open_when_the_engine_refuses(qtbot: QtBot) -> None:
    submit = _FakeSubmit()
    dialog = _service_dialog(qtbot, submit=submit)
    _fill_valid(dialog)
    dialog.accept()
    assert len(submit.calls) == 1 and submit.calls[0][0].name == "web"
    assert not dialog.create_button.isEnabled()  # one create at a time
    dialog.accept()
    assert len(submit.calls) == 1
    submit.calls[0][2](
        DockerError(
            "Cannot create service web", "rpc error: name conflicts with an existing object"
        )
    )
    assert dialog.isVisible() and dialog.create_button.isEnabled()
    assert "Cannot create service web" in dialog.shown_errors()["name"]
    assert dialog.name_edit.text() == "web"

    dialog.name_edit.setText("web2")
    dialog.accept()
    submit.calls[1][1]("svc-id-1")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.service_id == "svc-id-1"


# -- update ----------------------------------------------------------------------------------
def _service() -> Service:
    return Service(
        "svc1", "web", "replicated", 3, 3, "busybox:latest@sha256:" + "a" * 64,
        (PublishedPort(80, 8080),),
    )  # fmt: skip


def _update_dialog(qtbot: QtBot, resources: Resources | None = None) -> UpdateServiceDialog:
    dialog = UpdateServiceDialog(
        None,
        _service(),
        env={"A": "1", "DB_PASSWORD": "hunter2"},
        resources=resources,
        images=["busybox:latest", "nginx:1.27"],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_update_dialog_nothing_changed_stays_open(qtbot: QtBot) -> None:
    dialog = _update_dialog(qtbot, Resources(memory_limit=512 * MiB))
    assert dialog.changes() == UpdateChanges()
    assert dialog.resources.memory_limit.text() == "512m"
    dialog.accept()
    assert dialog.isVisible() and "Nothing changed" in dialog.error.text()
    dialog.force.setChecked(True)
    assert dialog.changes() == UpdateChanges(force=True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_update_dialog_keeps_masked_values_unless_shown_and_edited(qtbot: QtBot) -> None:
    dialog = _update_dialog(qtbot)
    assert "hunter2" not in dialog.env.toPlainText()
    assert f"DB_PASSWORD={MASK}" in dialog.env.toPlainText()
    assert dialog.show_values.isVisibleTo(dialog)

    # another line edited while masked: the masked value goes back as it was
    dialog.env.setPlainText(dialog.env.toPlainText().replace("A=1", "A=2") + "\nB=3")
    assert dialog.changes().env == {"A": "2", "DB_PASSWORD": "hunter2", "B": "3"}

    # shown: the real value, which the user changes
    dialog.show_values.setChecked(True)
    assert "DB_PASSWORD=hunter2" in dialog.env.toPlainText()
    assert "A=2" in dialog.env.toPlainText()  # what was typed stays
    dialog.env.setPlainText(dialog.env.toPlainText().replace("hunter2", "s3cret"))
    assert dialog.changes().env == {"A": "2", "DB_PASSWORD": "s3cret", "B": "3"}
    # hidden again: masked, the new value kept behind the mask
    dialog.show_values.setChecked(False)
    assert "s3cret" not in dialog.env.toPlainText()
    assert dialog.changes().env == {"A": "2", "DB_PASSWORD": "s3cret", "B": "3"}

    # a masked line removed: that variable is removed
    dialog.env.setPlainText("A=2")
    assert dialog.changes().env == {"A": "2"}


def test_update_dialog_image_resources_parallelism(qtbot: QtBot) -> None:
    dialog = _update_dialog(qtbot, Resources(memory_limit=512 * MiB))
    assert dialog.image.currentText() == "busybox:latest"  # without the digest
    dialog.image.setCurrentText("nginx:1.27")
    dialog.resources.memory_limit.setText("1g")
    dialog.resources.cpu_limit.setText("2")
    dialog.parallelism.setValue(1)  # unchanged: the engine's default
    changes = dialog.changes()
    assert changes == UpdateChanges(
        image="nginx:1.27", resources=Resources(cpu_limit=2.0, memory_limit=1024 * MiB)
    )
    dialog.parallelism.setValue(3)
    assert dialog.changes().update_policy == UpdatePolicy(parallelism=3)
    # every limit removed: resources sent empty (not "unchanged")
    for edit in dialog.resources.edits():
        edit.clear()
    assert dialog.changes().resources == Resources()


def test_update_dialog_marks_a_bad_memory_value(qtbot: QtBot) -> None:
    dialog = _update_dialog(qtbot)
    dialog.resources.memory_reservation.setText("12 apples")
    dialog.accept()
    assert dialog.isVisible()
    assert list(dialog.field_errors.shown()) == ["memory_reservation"]
    assert dialog.resources.memory_reservation.text() == "12 apples"


# -- the swarm itself ------------------------------------------------------------------------
def test_init_dialog_candidates_and_free_text(qtbot: QtBot) -> None:
    dialog = InitDialog(None, [("10.0.0.2", "eth0"), ("192.168.1.5", "wlan0")])
    qtbot.addWidget(dialog)
    assert dialog.advertise_addr() == "10.0.0.2"
    dialog.address.setCurrentIndex(1)
    assert dialog.advertise_addr() == "192.168.1.5"
    dialog.address.setCurrentText("eth1")
    assert dialog.advertise_addr() == "eth1"
    dialog.address.setCurrentText("")
    dialog.accept()  # with candidates, one must be chosen
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert list(dialog.field_errors.shown()) == ["address"]

    free = InitDialog(None)
    qtbot.addWidget(free)
    assert free.advertise_addr() is None  # the engine chooses
    free.address.setCurrentText("10.9.0.1:2377")
    assert free.advertise_addr() == "10.9.0.1:2377"
    free.address.setCurrentText("10.9.0.1 eth0")
    free.accept()
    assert free.result() != QDialog.DialogCode.Accepted and free.field_errors.shown()


def test_join_dialog_values_and_token_check(qtbot: QtBot) -> None:
    dialog = JoinDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.manager.setText("10.0.0.2")
    dialog.token.setText("SWMTKN-2-nope")
    dialog.accept()
    assert dialog.isVisible()
    assert list(dialog.field_errors.shown()) == ["token"]
    assert dialog.token.text() == "SWMTKN-2-nope"
    dialog.token.setText(f"  {WORKER}\n")
    assert dialog.values() == ("10.0.0.2:2377", WORKER, None)
    dialog.manager.setText("manager.example:4000")
    dialog.advertise.setText("10.0.0.7")
    assert dialog.values() == ("manager.example:4000", WORKER, "10.0.0.7")
    dialog.manager.clear()
    dialog.accept()
    assert list(dialog.field_errors.shown()) == ["manager"]
    dialog.manager.setText("[fd00::1]")
    assert dialog.values()[0] == "[fd00::1]:2377"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_tokens_are_hidden_until_shown(qtbot: QtBot) -> None:
    info = JoinInfo(WORKER, MANAGER, "10.0.0.2:2377")
    dialog = TokensDialog(None, info)
    qtbot.addWidget(dialog)
    dialog.show()

    def everything_shown() -> str:
        texts = [w.text() for w in dialog.findChildren(QLineEdit)]
        texts += [w.toPlainText() for w in dialog.findChildren(QPlainTextEdit)]
        texts += [w.text() for w in dialog.findChildren(QLabel)]
        texts += [w.text() for w in dialog.findChildren(QPushButton)]
        return "\n".join(texts)

    assert WORKER not in everything_shown() and MANAGER not in everything_shown()
    assert "10.0.0.2:2377" in dialog.commands["worker"].toPlainText()
    assert "manager token" in everything_shown()  # the warning

    dialog.show_buttons["worker"].click()
    assert dialog.commands["worker"].toPlainText() == info.join_command("worker")
    assert MANAGER not in everything_shown()
    dialog.show_buttons["worker"].click()  # hidden again
    assert WORKER not in everything_shown()

    dialog.copy_buttons["manager"].click()  # Copy gives the real command, shown or not
    assert (
        QGuiApplication.clipboard().text() == f"docker swarm join --token {MANAGER} 10.0.0.2:2377"
    )
    assert MANAGER not in everything_shown()


# -- node labels -----------------------------------------------------------------------------
def test_node_labels_added_and_removed(qtbot: QtBot) -> None:
    node = Node("n1", "node-3", "worker", "active", "ready", "", "", "10.0.0.4", "27.5.1",
                {"gpu": "true", "old": "x", "zone": "a"})  # fmt: skip
    dialog = NodeLabelsDialog(None, node)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.added() == {} and dialog.removed() == []
    keys = [dialog.table.item(r, 0) for r in range(dialog.table.rowCount())]
    rows = {key.text(): r for r, key in enumerate(keys) if key is not None}
    zone = dialog.table.item(rows["zone"], 1)
    assert zone is not None
    zone.setText("b")
    dialog.table.removeRow(rows["old"])
    dialog.add_row("disk", "ssd")
    dialog.add_row()  # an empty row is left out
    assert dialog.added() == {"zone": "b", "disk": "ssd"}
    assert dialog.removed() == ["old"]

    dialog.add_row("bad key", "1")
    dialog.accept()
    assert dialog.isVisible() and "not a label name" in dialog.error.text()
    dialog.table.removeRow(dialog.table.rowCount() - 1)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


# -- configs and secrets ---------------------------------------------------------------------
def test_secret_take_data_clears_the_value(qtbot: QtBot) -> None:
    dialog = SwarmObjectDialog(None, "secret")
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.text_edit
    assert isinstance(edit, QLineEdit) and edit.echoMode() == QLineEdit.EchoMode.Password
    labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "not kept by EnvDock" in labels
    dialog.name_edit.setText("db_password")
    dialog.labels_edit.setPlainText("app=web")
    edit.setText("hunter2")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.name(), dialog.labels()) == ("db_password", {"app": "web"})
    assert dialog.take_data() == b"hunter2"
    assert edit.text() == ""  # EnvDock keeps no secret value


@pytest.mark.parametrize(
    ("name", "value", "key", "words"),
    [
        ("bad name", "x", "name", "not a valid secret name"),
        ("db_password", "", "text", "is empty"),
    ],
)
def test_secret_dialog_marks_the_field(
    qtbot: QtBot, name: str, value: str, key: str, words: str
) -> None:
    dialog = SwarmObjectDialog(None, "secret")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText(name)
    assert isinstance(dialog.text_edit, QLineEdit)
    dialog.text_edit.setText(value)
    dialog.accept()
    assert dialog.isVisible()
    errors = dialog.field_errors.shown()
    assert list(errors) == [key] and words in errors[key]
    assert dialog.name_edit.text() == name


def test_config_from_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SwarmObjectDialog(None, "config")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("nginx.conf")
    dialog.load_file(tmp_path / "missing.conf")
    dialog.accept()
    assert dialog.isVisible() and list(dialog.field_errors.shown()) == ["file"]
    big = tmp_path / "big.conf"
    big.write_bytes(b"x" * (500 * 1024 + 1))
    dialog.load_file(big)
    dialog.accept()
    assert "500 KB" in dialog.field_errors.shown()["file"]
    conf = tmp_path / "nginx.conf"
    conf.write_bytes(b"server { listen 80; }\n")
    dialog.load_file(conf)
    assert dialog.from_file.isChecked() and not dialog.text_edit.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.take_data() == b"server { listen 80; }\n"
    assert dialog.file_edit.text() == ""


def test_config_typed_text(qtbot: QtBot) -> None:
    dialog = SwarmObjectDialog(None, "config")
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("app.ini")
    edit = dialog.text_edit
    assert isinstance(edit, QPlainTextEdit)
    edit.setPlainText("[app]\nport = 80\n")
    assert dialog.take_data() == b"[app]\nport = 80\n"
    assert edit.toPlainText() == ""


# -- stacks ----------------------------------------------------------------------------------
def test_stack_deploy_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "My App"
    folder.mkdir()
    compose = folder / "compose.yaml"
    dialog = StackDeployDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.edit_button.isEnabled()
    dialog.set_path(compose)
    assert dialog.name() == "my_app"  # from the folder, made a valid stack name
    assert dialog.path() == compose
    assert dialog.command.edit.text() == shlex.join(deploy_argv("my_app", compose))
    with qtbot.waitSignal(dialog.edit_requested, timeout=1000) as signal:
        dialog.edit_button.click()
    assert signal.args == [compose]

    dialog.accept()  # the file is not there yet
    assert dialog.isVisible() and list(dialog.field_errors.shown()) == ["file"]
    compose.write_text("services:\n  web:\n    image: busybox\n")
    dialog.name_edit.setText("-bad")
    dialog.accept()
    assert list(dialog.field_errors.shown()) == ["name"]
    dialog.name_edit.setText("app")
    assert dialog.command.edit.text().endswith("--resolve-image never app")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_stack_deploy_dialog_keeps_a_given_name(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = StackDeployDialog(None, name="shop", path=tmp_path / "x" / "compose.yml")
    qtbot.addWidget(dialog)
    assert dialog.name() == "shop"


def test_durations() -> None:
    assert parse_duration("") is None
    assert parse_duration("10") == 10.0
    assert parse_duration("1m30s") == 90.0
    assert parse_duration("500ms") == 0.5
    assert parse_duration("1h") == 3600.0
    with pytest.raises(EnvDockError):
        parse_duration("10 parsecs")
