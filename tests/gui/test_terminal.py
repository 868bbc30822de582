from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QTabBar
from pytestqt.qtbot import QtBot

from core.docker.exec_session import ExecSession
from gui.containers.terminal import TerminalWidget, TerminalWindow
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container, wait_until
from tests.support.engine import PrivateEngine, static_busybox


def _commands(client: Any, cid: str) -> list[str]:
    """What `docker top` shows running in the container (the command column)."""
    return [row[-1] for row in client.top(cid)["Processes"]]


def _open_window(
    qtbot: QtBot, make_window: WindowFactory, engine: PrivateEngine, cid: str
) -> TerminalWindow:
    window = make_window(env={"DOCKER_HOST": engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    tw = TerminalWindow(window.context, cid, "gui-term")
    qtbot.addWidget(tw)
    tw.show()
    return tw


def test_terminal_types_interrupts_resizes_and_ends(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    cid = create_container(docker_client, "gui-term")
    docker_client.start(cid)
    tw = _open_window(qtbot, make_window, private_engine, cid)
    term = tw.open_terminal()
    assert isinstance(term, TerminalWidget)
    qtbot.waitUntil(lambda: "/ #" in term.text(), timeout=10000)
    QTest.keyClicks(term, "echo hi-$((6*7))")
    QTest.keyClick(term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "hi-42" in term.text(), timeout=10000)
    QTest.keyClicks(term, "sleep 60")
    QTest.keyClick(term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "sleep 60" in term.text(), timeout=5000)
    qtbot.wait(300)  # the shell has started sleep
    QTest.keyClick(term, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "^C" in term.text(), timeout=5000)
    QTest.keyClicks(term, "echo done-waiting")
    QTest.keyClick(term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: term.text().count("done-waiting") >= 2, timeout=10000)
    for width in (1000, 1040, 1100):  # a drag: the engine hears the last size only
        tw.resize(width, 700)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: term.term_screen.columns > 100, timeout=5000)
    size = (term.term_screen.lines, term.term_screen.columns)
    qtbot.waitUntil(lambda: term.session.sent_size == size, timeout=5000)
    QTest.keyClicks(term, "stty size")
    QTest.keyClick(term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: f"{size[0]} {size[1]}" in term.text(), timeout=5000)
    term.selection = (0, term.term_screen.lines - 1)
    assert "hi-42" in term.copy() and "hi-42" in QGuiApplication.clipboard().text()
    second = tw.open_terminal()  # several terminals at once
    assert tw.tabs.count() == 2 and second is not None
    qtbot.waitUntil(lambda: "/ #" in second.text(), timeout=10000)
    docker_client.stop(cid, timeout=0)
    qtbot.waitUntil(lambda: term.finished and second.finished, timeout=15000)
    assert "process ended" in term.text()
    qtbot.waitUntil(lambda: "not running" in tw.error.text(), timeout=15000)
    tw.close()


def test_closing_a_tab_or_the_window_ends_the_shell_in_the_container(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    cid = create_container(docker_client, "gui-term-close", ["sleep", "3600"])
    docker_client.start(cid)
    tw = _open_window(qtbot, make_window, private_engine, cid)
    term = tw.open_terminal()
    assert term is not None
    QTest.keyClicks(term, "sleep 777")  # typed before the exec runs: kept and sent
    QTest.keyClick(term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "sleep 777" in _commands(docker_client, cid), timeout=10000)
    assert "/bin/sh" in _commands(docker_client, cid)
    close = tw.tabs.tabBar().tabButton(0, QTabBar.ButtonPosition.RightSide)
    assert isinstance(close, QAbstractButton)
    close.click()  # the tab's close button, as a user does
    assert tw.tabs.count() == 0
    # the shell and its foreground job are gone, as after a closed ssh terminal
    qtbot.waitUntil(lambda: _commands(docker_client, cid) == ["sleep 3600"], timeout=5000)

    first, second = tw.open_terminal(), tw.open_terminal()
    assert first is not None and second is not None
    qtbot.waitUntil(lambda: _commands(docker_client, cid).count("/bin/sh") == 2, timeout=10000)
    tw.close()  # closing the window ends every terminal in it
    qtbot.waitUntil(lambda: _commands(docker_client, cid) == ["sleep 3600"], timeout=5000)


def test_a_refused_command_shows_why_and_closes_its_tab(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    cid = create_container(docker_client, "gui-term-refused")  # created, not started
    tw = _open_window(qtbot, make_window, private_engine, cid)
    assert tw.open_terminal() is not None  # the tab opens at once; the engine answers later
    qtbot.waitUntil(lambda: "not running" in tw.error.text(), timeout=10000)
    qtbot.waitUntil(lambda: tw.tabs.count() == 0, timeout=5000)
    tw.command.setEditText("")
    assert tw.open_terminal() is None and "/bin/sh" in tw.error.text()
    tw.close()


def test_no_engine_no_terminal(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(start_engine=False)
    tw = TerminalWindow(window.context, "0" * 64, "nowhere")
    qtbot.addWidget(tw)
    assert tw.open_terminal() is None and tw.tabs.count() == 0
    assert "Not connected" in tw.error.text()


def test_a_process_that_ignores_hangup_is_killed(docker_client: Any) -> None:
    cid = create_container(docker_client, "term-nohup", ["sleep", "3600"])
    docker_client.start(cid)
    session = ExecSession(docker_client, cid, ["/bin/sh", "-c", "trap '' HUP; sleep 778"])
    session.start()
    assert wait_until(lambda: "sleep 778" in _commands(docker_client, cid), 10)
    session.close(grace=1.0)
    assert session.hung_up_with == "KILL"
    assert _commands(docker_client, cid) == ["sleep 3600"]


def test_a_container_without_a_shell_is_ended_from_this_host(
    docker_client: Any, tmp_path: Path
) -> None:
    busybox = static_busybox()
    assert busybox is not None
    shutil.copy2(busybox, tmp_path / "busybox")
    (tmp_path / "Dockerfile").write_text("FROM scratch\nCOPY busybox /busybox\n")
    for _chunk in docker_client.build(path=str(tmp_path), tag="envdock-test/noshell", rm=True):
        pass
    cid = docker_client.create_container("envdock-test/noshell", ["/busybox", "sleep", "3600"])[
        "Id"
    ]
    docker_client.envdock_created.append(cid)
    docker_client.start(cid)
    session = ExecSession(docker_client, cid, ["/busybox", "sh"])
    session.start()
    assert wait_until(lambda: "/busybox sh" in _commands(docker_client, cid), 10)
    session.close()
    # no /bin/sh in there to hang up from inside: the engine is local and the pid is
    # provably the container's, so it is signalled from this host
    assert session.hung_up_with == "host"
    assert _commands(docker_client, cid) == ["/busybox sleep 3600"]
