"""The engines window and the add-engine dialog, against real engines: an engine over ssh
(a real sshd, the system ssh client through the tests' wrapper), a TLS engine, the real
docker CLI on the same contexts. Nothing is mocked: the dialogs write Docker contexts into
the test's own DOCKER_CONFIG, the registry's watcher picks them up, questions are answered
in the real message boxes."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from core.docker import contexts
from core.docker.contexts import DEFAULT
from core.docker.engines import EngineRegistry
from gui.app import create_application, shutdown
from gui.containers.panel import ContainersPanel
from gui.context import AppContext
from gui.engine_bridge import EngineBridge
from gui.engines.add_dialog import AddEngineDialog
from gui.engines.delegate import EngineRowDelegate
from gui.engines.dialog import EnginesDialog
from gui.engines.model import SECURITY, STATE, EngineRow, in_use_text
from gui.main_window import MainWindow
from gui.widgets.notifications import Notifier
from gui.workers import JobRunner
from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.remote import SshServer
from tests.support.tls import CertSet

Factory = Callable[[dict[str, str]], MainWindow]
UNREACHABLE = "unix:///nonexistent/docker.sock"


@pytest.fixture
def docker_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test's own Docker config: the dialogs, the registry and the CLI all use it."""
    folder = tmp_path / "docker-config"
    folder.mkdir()
    monkeypatch.setenv("DOCKER_CONFIG", str(folder))
    return folder


@pytest.fixture
def engines_window(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, docker_config: Path
) -> Iterator[Factory]:
    """A main window over every engine of ``env`` (the default one and the contexts in the
    test's DOCKER_CONFIG), shut down the way the app quits."""
    create_application()
    windows: list[MainWindow] = []

    def factory(env: dict[str, str]) -> MainWindow:
        registry = EngineRegistry(env | {"DOCKER_CONFIG": str(docker_config)}, tmp_path)
        context = AppContext(engine=EngineBridge(registry), jobs=JobRunner(), notifier=Notifier())
        window = MainWindow(context, settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        context.engine.start()
        return window

    yield factory
    stuck = [shutdown(w).stuck_jobs for w in windows]
    assert not any(stuck), stuck


def cli_env(env: dict[str, str]) -> dict[str, str]:
    """The docker CLI's environment: no DOCKER_HOST, so the contexts decide."""
    return {k: v for k, v in env.items() if k not in ("DOCKER_HOST", "DOCKER_CONTEXT")}


def docker(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["docker", *args], env=cli_env(env), capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip


def cli_current(env: dict[str, str]) -> str:
    """The docker CLI's current context (Debian's docker 20.10 has no `docker context show`)."""
    listing = docker(env, "context", "ls", "--format", "{{json .}}")
    assert listing.returncode == 0, listing.stderr
    rows = [json.loads(line) for line in listing.stdout.splitlines() if line.strip()]
    return next(str(r["Name"]) for r in rows if r.get("Current"))


def open_engines(window: MainWindow) -> EnginesDialog:
    dialog = window.context.app.manage_engines()  # what the engine box's last entry calls
    assert isinstance(dialog, EnginesDialog)
    return dialog


def open_add(engines: EnginesDialog) -> AddEngineDialog:
    engines.add_button.click()
    dialog = engines.add_window
    assert isinstance(dialog, AddEngineDialog) and dialog.isVisible()
    return dialog


def listed(qtbot: QtBot, engines: EnginesDialog, name: str, timeout: int = 10000) -> EngineRow:
    qtbot.waitUntil(lambda: engines.row(name) is not None, timeout=timeout)
    row = engines.row(name)
    assert row is not None
    return row


def answer_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Once a message box is up, note its title and text and press ``button`` in it."""
    deadline = time.monotonic() + 10

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if time.monotonic() < deadline:
                QTimer.singleShot(10, answer)
            return
        seen.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        pressed = box.button(button)
        assert pressed is not None
        pressed.click()

    QTimer.singleShot(0, answer)


def answer_input(text: str) -> None:
    """Once an input dialog is up, type ``text`` in it and press OK."""
    deadline = time.monotonic() + 10

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            if time.monotonic() < deadline:
                QTimer.singleShot(10, answer)
            return
        box.setTextValue(text)
        box.accept()

    QTimer.singleShot(0, answer)


def drawn_with_icon(engines: EnginesDialog, name: str, column: int) -> bool:
    """Whether the view draws an icon in that cell (the delegate adds dots and badges)."""
    row = engines.model.row_of(name)
    assert row is not None
    index = engines.proxy.mapFromSource(engines.model.index(row, column))
    delegate = engines.view.itemDelegate()
    assert isinstance(delegate, EngineRowDelegate)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    has = QStyleOptionViewItem.ViewItemFeature.HasDecoration
    return bool(option.features & has) and not option.icon.isNull()


def context_names(env: dict[str, str]) -> set[str]:
    return {s.name for s in contexts.list_contexts(env, Path("/nonexistent"))}


# -- refusals: nothing written, the dialog stays open, the message by its field -----------------
def test_refusals_keep_the_dialog_open_with_the_message_by_the_field(
    qtbot: QtBot, engines_window: Factory, docker_config: Path, tmp_path: Path
) -> None:
    env = dict(os.environ) | {"DOCKER_HOST": UNREACHABLE}
    contexts.create_context("gpu1", "ssh://root@127.0.0.1:1", env=env)
    engines = open_engines(engines_window(env))
    listed(qtbot, engines, "gpu1")
    add = open_add(engines)
    cert = tmp_path / "cert.pem"
    cert.write_text("not really a certificate\n")

    def refused(field: str, fill: Callable[[], None], words: str, timeout: int = 5000) -> None:
        add.field_errors.clear()
        fill()
        add.ok.click()
        qtbot.waitUntil(lambda: field in add.field_errors.shown(), timeout=timeout)
        assert words in add.field_errors.shown()[field], add.field_errors.shown()
        assert add.isVisible() and add.pending is None
        assert context_names(env) == {"gpu1"}  # nothing written

    def ssh(name: str, address: str) -> Callable[[], None]:
        def fill() -> None:
            add.set_kind("ssh")
            add.name_edit.setText(name)
            add.address.setText(address)

        return fill

    def tls(ca: str = "", cert_file: str = "", key: str = "") -> Callable[[], None]:
        def fill() -> None:
            add.set_kind("tls")
            add.name_edit.setText("lab")
            add.address.setText("tcp://127.0.0.1:2376")
            add.ca.setText(ca)
            add.cert.setText(cert_file)
            add.key.setText(key)

        return fill

    refused("name", ssh("my engine", "ssh://root@host"), "not a valid context name")
    refused("name", ssh("gpu1", "ssh://root@host"), "exists already")
    refused("name", ssh("default", "ssh://root@host"), "default")
    refused("address", ssh("gpu2", "tcp://host:2376"), "ssh://")
    refused("address", ssh("gpu2", "ssh://"), "nothing after the scheme")
    refused("key", tls(cert_file=str(cert)), "needs its key")
    refused("cert", tls(key=str(cert)), "needs its client certificate")
    refused("ca", tls(), "needs the CA")
    # files are looked at in the worker: a missing one is refused there, by its field
    missing = str(tmp_path / "nowhere" / "ca.pem")
    refused("ca", tls(ca=missing), "is not a file")
    refused("key", tls(ca=str(cert), cert_file=str(cert), key=missing), "is not a file")
    # what the user typed stays
    assert add.name_edit.text() == "lab" and add.key.text() == missing


def test_turning_verification_off_asks_naming_the_risk(
    qtbot: QtBot, engines_window: Factory
) -> None:
    engines = open_engines(engines_window(dict(os.environ) | {"DOCKER_HOST": UNREACHABLE}))
    add = open_add(engines)
    add.set_kind("tls")
    assert add.skip_verify.isVisible() and not add.unverified_warning.isVisible()
    asked: list[str] = []
    answer_box(QMessageBox.StandardButton.Cancel, asked)
    add.skip_verify.click()
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "pretend to be it" in asked[0]
    assert not add.skip_verify.isChecked()  # refused: verification stays on
    answer_box(QMessageBox.StandardButton.Yes, asked)
    add.skip_verify.click()
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert add.skip_verify.isChecked() and add.unverified_warning.isVisible()
    assert "skip-tls-verify=true" in add.cli.text()
    add.skip_verify.click()  # back on: no question
    assert not add.skip_verify.isChecked() and len(asked) == 2
    # plain TCP says who reaches the port is root; ssh that no password is asked for
    add.set_kind("tcp")
    assert add.plain_warning.isVisible() and "is root" in add.plain_warning.text()
    assert not add.skip_verify.isVisible()
    add.set_kind("ssh")
    assert add.ssh_note.isVisible() and "never asks for a password" in add.ssh_note.text()
    assert "known_hosts" in add.ssh_note.text() and not add.plain_warning.isVisible()


# -- an engine over ssh: added, listed, used, renamed, made the CLI's, removed --------------------
def test_ssh_engine_added_through_the_dialog_is_used_and_shared_with_the_cli(
    qtbot: QtBot,
    engines_window: Factory,
    private_engine: PrivateEngine,
    ssh_remote: tuple[PrivateEngine, SshServer],
    docker_config: Path,
) -> None:
    remote, server = ssh_remote
    env = server.env() | {"DOCKER_HOST": private_engine.base_url}
    client = remote.client()
    cid = str(client.create_container(TEST_IMAGE, ["true"], name="on-the-ssh-engine")["Id"])
    try:
        window = engines_window(env)
        engines = open_engines(window)
        resets: list[None] = []  # the rows change one by one, never all at once
        engines.model.modelReset.connect(lambda: resets.append(None))
        default = listed(qtbot, engines, DEFAULT)
        assert default.current and default.kind == "local"
        engines.select(DEFAULT)
        assert not engines.remove_button.isEnabled() and not engines.rename_button.isEnabled()

        add = open_add(engines)
        add.set_kind("ssh")
        add.name_edit.setText("gpu-ssh")
        add.address.setText(server.url)
        with qtbot.waitSignal(add.saved, timeout=10000):  # then it closes (and is deleted)
            add.ok.click()
        row = listed(qtbot, engines, "gpu-ssh")  # through the watcher
        assert (row.kind, row.source, row.endpoint) == ("ssh", "added", server.url)
        assert window.engine_switch.combo.findData("gpu-ssh") >= 0  # the sidebar's box
        qtbot.waitUntil(lambda: engines.selected() == engines.row("gpu-ssh"))

        engines.use_button.click()
        assert window.context.docker.name == "gpu-ssh"
        qtbot.waitUntil(lambda: (r := engines.row("gpu-ssh")) is not None and r.connected,
                        timeout=30000)  # fmt: skip
        row = listed(qtbot, engines, "gpu-ssh")
        assert row.current and row.version
        assert "EnvDock" in in_use_text(row)
        qtbot.waitUntil(lambda: "gpu-ssh" in window.engine_label.text())
        panel = window.show_panel("containers")
        assert isinstance(panel, ContainersPanel)
        qtbot.waitUntil(lambda: panel.model.row_of(cid) is not None, timeout=10000)

        # the docker CLI sees the same engine under the same name
        ps = docker(env, "--context", "gpu-ssh", "ps", "-a", "--no-trunc", "--format", "{{.ID}}")
        assert ps.returncode == 0, ps.stderr
        assert cid in ps.stdout.split()

        # the CLI's current context changes only on the explicit click
        assert cli_current(env) == DEFAULT
        engines.cli_button.click()
        qtbot.waitUntil(lambda: (r := engines.row("gpu-ssh")) is not None and r.cli_current)
        assert cli_current(env) == "gpu-ssh"

        # renamed while in use: the new name is used, and is the CLI's current context
        answer_input("gpu-renamed")
        engines.rename_button.click()
        listed(qtbot, engines, "gpu-renamed")
        qtbot.waitUntil(lambda: engines.row("gpu-ssh") is None)
        qtbot.waitUntil(lambda: window.context.docker.name == "gpu-renamed", timeout=10000)
        qtbot.waitUntil(lambda: (r := engines.row("gpu-renamed")) is not None and r.connected,
                        timeout=30000)  # fmt: skip
        assert window.engine_switch.combo.findData("gpu-ssh") < 0
        assert window.engine_switch.combo.findData("gpu-renamed") >= 0
        assert cli_current(env) == "gpu-renamed"
        qtbot.waitUntil(lambda: panel.model.row_of(cid) is not None, timeout=10000)

        # removed only once confirmed; the panels go back to the default engine
        engines.select("gpu-renamed")
        asked: list[str] = []
        answer_box(QMessageBox.StandardButton.Cancel, asked)
        engines.remove_button.click()
        assert len(asked) == 1 and "docker --context gpu-renamed" in asked[0]
        qtbot.wait(1500)  # longer than the watcher's interval: nothing changed
        assert engines.row("gpu-renamed") is not None
        answer_box(QMessageBox.StandardButton.Yes, asked)
        engines.remove_button.click()
        qtbot.waitUntil(lambda: engines.row("gpu-renamed") is None, timeout=10000)
        assert window.context.docker.name == DEFAULT
        assert window.engine_switch.combo.findData("gpu-renamed") < 0
        names = docker(env, "context", "ls", "--format", "{{.Name}}").stdout.split()
        assert "gpu-renamed" not in names and cli_current(env) == DEFAULT
        qtbot.waitUntil(lambda: panel.model.row_of(cid) is None, timeout=10000)
        assert resets == []
    finally:
        client.remove_container(cid, force=True)
        client.close()


def test_a_context_made_by_the_cli_appears_without_a_restart(
    qtbot: QtBot,
    engines_window: Factory,
    ssh_remote: tuple[PrivateEngine, SshServer],
) -> None:
    _remote, server = ssh_remote
    env = server.env() | {"DOCKER_HOST": UNREACHABLE}
    window = engines_window(env)
    engines = open_engines(window)
    listed(qtbot, engines, DEFAULT)
    made = docker(env, "context", "create", "from-cli", "--docker", f"host={server.url}")
    assert made.returncode == 0, made.stderr
    row = listed(qtbot, engines, "from-cli")
    assert (row.kind, row.source, row.state) == ("ssh", "context", "idle")
    assert window.engine_switch.combo.findData("from-cli") >= 0
    engines.select("from-cli")
    engines.connect_button.click()  # connected without being used
    qtbot.waitUntil(lambda: (r := engines.row("from-cli")) is not None and r.connected,
                    timeout=30000)  # fmt: skip
    assert window.context.docker.name == DEFAULT
    gone = docker(env, "context", "rm", "from-cli")
    assert gone.returncode == 0, gone.stderr
    qtbot.waitUntil(lambda: engines.row("from-cli") is None, timeout=10000)


# -- a TLS engine without verification: asked, then badged everywhere ---------------------------
def test_tls_engine_without_verification_carries_the_badge(
    qtbot: QtBot,
    engines_window: Factory,
    tls_remote: tuple[PrivateEngine, CertSet, int],
    docker_config: Path,
) -> None:
    _engine, certs, port = tls_remote
    env = dict(os.environ) | {"DOCKER_HOST": UNREACHABLE}
    window = engines_window(env)
    engines = open_engines(window)

    def add_tls(name: str, ca: str, skip: bool) -> AddEngineDialog:
        add = open_add(engines)
        add.set_kind("tls")
        add.name_edit.setText(name)
        add.address.setText(f"127.0.0.1:{port}")  # tcp:// added
        add.ca.setText(ca)
        add.cert.setText(str(certs.cert))
        add.key.setText(str(certs.key))
        if skip:
            answer_box(QMessageBox.StandardButton.Yes, asked)
            add.skip_verify.click()
        with qtbot.waitSignal(add.saved, timeout=10000):  # then it closes (and is deleted)
            add.ok.click()
        return add

    asked: list[str] = []
    add_tls("tls-open", "", skip=True)
    assert len(asked) == 1 and "Do not verify" in asked[0]
    add_tls("tls-checked", str(certs.ca), skip=False)
    assert len(asked) == 1
    unverified = listed(qtbot, engines, "tls-open")
    checked = listed(qtbot, engines, "tls-checked")
    assert (unverified.kind, unverified.tls_unverified) == ("tls", True)
    assert (checked.kind, checked.tls_unverified) == ("tls", False)

    def badge(name: str) -> str:
        row = engines.model.row_of(name)
        assert row is not None
        return str(engines.model.data(engines.model.index(row, SECURITY)))

    assert badge("tls-open") == "TLS NOT verified" and badge("tls-checked") == ""
    assert drawn_with_icon(engines, "tls-open", SECURITY)
    assert not drawn_with_icon(engines, "tls-checked", SECURITY)
    assert drawn_with_icon(engines, "tls-open", STATE)  # the state's dot
    meta = json.loads(next((docker_config / "contexts" / "meta").glob("*/meta.json")).read_text())
    assert "Endpoints" in meta  # the CLI's format

    engines.select("tls-open")
    engines.use_button.click()
    qtbot.waitUntil(lambda: (r := engines.row("tls-open")) is not None and r.connected,
                    timeout=30000)  # fmt: skip
    assert badge("tls-open") == "TLS NOT verified"
    qtbot.waitUntil(lambda: "TLS NOT verified" in window.engine_label.text())
    combo = window.engine_switch.combo
    tooltip = combo.itemData(combo.findData("tls-open"), Qt.ItemDataRole.ToolTipRole)
    assert "NOT verified" in str(tooltip)
    assert "TLS NOT verified" in engines.detail.text() or "not checked" in engines.detail.text()

    engines.select("tls-checked")
    engines.use_button.click()
    qtbot.waitUntil(lambda: (r := engines.row("tls-checked")) is not None and r.connected,
                    timeout=30000)  # fmt: skip
    qtbot.waitUntil(lambda: "tls-checked" in window.engine_label.text())
    assert "NOT verified" not in window.engine_label.text()

    for name in ("tls-open", "tls-checked"):  # the docker CLI uses both as saved
        ps = docker(env, "--context", name, "ps", "-a")
        assert ps.returncode == 0, ps.stderr
