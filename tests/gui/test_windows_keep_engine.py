"""Windows keep the engine they were opened on: logs, a terminal, a build, a pull/push window,
the parity dialog and the volume browser opened on engine A go on acting on A after the
user made engine B (here: the engine over ssh) the current one; their titles name A."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from core.docker.contexts import EngineSpec
from core.docker.endpoint import Endpoint
from core.docker.engine import Engine
from core.docker.engines import EngineRegistry
from core.docker.transfer import TransferProgress
from core.jobs import Job, JobState
from gui.bridge.parity_dialog import ParityDialog
from gui.containers.log_view import LogWindow
from gui.containers.terminal import TerminalWidget, TerminalWindow
from gui.images.build_dialog import BuildDialog
from gui.images.transfer_dialog import TransferDialog
from gui.main_window import MainWindow
from gui.volumes.panel import VolumeBrowserDialog, VolumesPanel
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.remote import SshServer

LOOP = "i=0; while :; do echo from-a-$i; i=$((i+1)); sleep 0.2; done"
CHATTY = ["sh", "-c", f"echo engine-a > /where; {LOOP}"]


def _two_engines(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    server: SshServer,
) -> tuple[MainWindow, Engine, Engine]:
    local = Engine(env={"DOCKER_HOST": private_engine.base_url})
    gpu1 = Engine(env=server.env(), spec=EngineSpec("gpu1", Endpoint(server.url, "t"), "added"))
    window = make_window(engines=EngineRegistry(fixed=[local, gpu1]))
    gpu1.start()  # both connected: switching is immediate
    qtbot.waitUntil(lambda: local.status.connected and gpu1.status.connected, timeout=30000)
    return window, local, gpu1


def test_logs_and_terminal_stay_on_their_engine(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    ssh_remote: tuple[PrivateEngine, SshServer],
    docker_client: Any,
) -> None:
    remote, server = ssh_remote
    cid = create_container(docker_client, "keep-a", CHATTY)
    docker_client.start(cid)
    remote_client = remote.client()
    # the same name on the other engine: nothing may reach it instead
    other = remote_client.create_container(TEST_IMAGE, CHATTY, name="keep-a")["Id"]
    remote_client.start(other)
    try:
        window, local, gpu1 = _two_engines(qtbot, make_window, private_engine, server)
        context = window.context
        qtbot.waitUntil(lambda: local.store.get(cid) is not None, timeout=15000)

        logs = LogWindow(context, cid, "keep-a")
        qtbot.addWidget(logs)
        logs.show()
        logs.log_view.open()
        view = logs.log_view
        qtbot.waitUntil(
            lambda: view.model.rowCount() > 0 and view.follower is not None, timeout=15000
        )
        terms = TerminalWindow(context, cid, "keep-a")
        qtbot.addWidget(terms)
        terms.show()
        term = terms.open_terminal()
        assert isinstance(term, TerminalWidget)
        qtbot.waitUntil(lambda: "/ #" in term.text(), timeout=15000)
        assert logs.windowTitle() == "Logs — keep-a (default)"
        assert terms.windowTitle() == "Terminal — keep-a (default)"

        context.engine.use("gpu1")  # the user switches the current engine
        assert context.docker is gpu1

        # the terminal still types into A's container
        QTest.keyClicks(term, "cat /where; hostname")
        QTest.keyClick(term, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: cid[:12] in term.text(), timeout=15000)
        assert "engine-a" in term.text()
        assert other[:12] not in term.text()
        # a second tab opens on A too, not on the current engine
        second = terms.open_terminal()
        assert isinstance(second, TerminalWidget)
        qtbot.waitUntil(lambda: "/ #" in second.text(), timeout=15000)
        QTest.keyClicks(second, "hostname")
        QTest.keyClick(second, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: cid[:12] in second.text(), timeout=15000)

        # the logs still follow A's container; following again (a new follower) too
        view.follow.setChecked(False)
        view.follow.setChecked(True)
        before = view.model.rowCount()
        qtbot.waitUntil(lambda: view.model.rowCount() >= before + 5, timeout=15000)
        assert view.engine is local and view.follower is not None
        lines = [line.decode() for line in view.store.lines[-5:]]
        assert all("from-a-" in line for line in lines), lines
        assert view.follower.state == "following"
        assert logs.windowTitle() == "Logs — keep-a (default)"  # still names its engine

        # A's container stops while gpu1 is current: the terminal window hears it from A
        docker_client.stop(cid, timeout=0)
        qtbot.waitUntil(lambda: "not running" in terms.error.text(), timeout=20000)
        qtbot.waitUntil(lambda: view.follower is not None and view.follower.state == "waiting")
        terms.close()
        logs.close()
    finally:
        remote_client.remove_container(other, force=True)
        remote_client.close()


def test_build_transfer_parity_and_volume_windows_keep_their_engine(  # noqa: PLR0917 - fixtures
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    ssh_remote: tuple[PrivateEngine, SshServer],
    docker_client: Any,
    tmp_path: Path,
) -> None:
    remote, server = ssh_remote
    window, local, _gpu1 = _two_engines(qtbot, make_window, private_engine, server)
    context = window.context
    (tmp_path / "Dockerfile").write_text(f"FROM {TEST_IMAGE}\nLABEL built-on=a\n")
    build = BuildDialog(context, window, tmp_path, "keep-engine-build:1")
    qtbot.addWidget(build)
    parity = ParityDialog(context, "keep-a", False, window)
    qtbot.addWidget(parity)
    volume = docker_client.create_volume("keep-a-data")["Name"]
    volumes = window.panel("volumes")
    assert isinstance(volumes, VolumesPanel)
    browser = VolumeBrowserDialog(volumes, volume)  # deleted on close
    for dialog in (build, parity, browser):
        dialog.show()
    seen: list[str] = []

    def work(_job: Job) -> TransferProgress:
        seen.append(local.name)  # what the images panel binds: the engine at opening
        return TransferProgress(reference="x")

    transfer = TransferDialog("Pull x", context.jobs, work, window, engine=local,
                              bridge=context.engine)  # fmt: skip
    transfer.show()  # kept until closed (a hidden one goes when its job ends)
    remote_client = remote.client()
    try:
        context.engine.use("gpu1")
        assert build.engine is local and parity.engine is local and browser.engine is local
        assert build.windowTitle() == "Build image (default)"
        assert parity.windowTitle() == "Compare keep-a with an environment (default)"
        assert browser.windowTitle() == "Volume keep-a-data (read-only) (default)"
        assert transfer.windowTitle() == "Pull x (default)"
        qtbot.waitUntil(lambda: transfer.job.state is JobState.SUCCEEDED, timeout=15000)
        # the volume's files are read on A (the helper container is A's)
        qtbot.waitUntil(lambda: browser.browser is not None, timeout=30000)
        assert docker_client.containers(all=True, filters={"volume": volume})
        browser.open_path("")  # listed now, on A
        qtbot.waitUntil(lambda: "entr" in browser.status.text(), timeout=30000)
        # a build started now goes to A, not to the current engine
        job = build.start_build()
        assert job is not None
        qtbot.waitUntil(lambda: job.state.finished, timeout=60000)
        assert job.state is JobState.SUCCEEDED, job.error
        labels = docker_client.inspect_image("keep-engine-build:1")["Config"]["Labels"]
        assert labels["built-on"] == "a"
        assert not remote_client.images(name="keep-engine-build")
    finally:
        browser.close()
        build.close()
        parity.close()
        transfer.close()
        remote_client.close()
        docker_client.remove_image("keep-engine-build:1", force=True)
        qtbot.waitUntil(lambda: not context.jobs.running(), timeout=90000)
        helpers = {"all": True, "filters": {"volume": volume}}
        qtbot.waitUntil(lambda: not docker_client.containers(**helpers), timeout=30000)
        docker_client.remove_volume(volume, force=True)
