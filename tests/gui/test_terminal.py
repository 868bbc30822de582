from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui.widgets.terminal import TerminalWidget, TerminalWindow
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine


def test_terminal_types_interrupts_resizes_and_ends(  # type: ignore[no-untyped-def]
    qtbot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    cid = create_container(docker_client, "gui-term")
    docker_client.start(cid)
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    tw = TerminalWindow(window.context, cid, "gui-term")
    qtbot.addWidget(tw)
    tw.show()
    term = tw.open_terminal()
    assert isinstance(term, TerminalWidget)
    qtbot.waitUntil(lambda: "/ #" in term.text(), timeout=10000)
    qtbot.keyClicks(term, "echo hi-$((6*7))")
    qtbot.keyClick(term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "hi-42" in term.text(), timeout=10000)
    qtbot.keyClicks(term, "sleep 60")
    qtbot.keyClick(term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "sleep 60" in term.text(), timeout=5000)
    qtbot.wait(300)  # the shell has started sleep
    qtbot.keyClick(term, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "^C" in term.text(), timeout=5000)
    qtbot.keyClicks(term, "echo done-waiting")
    qtbot.keyClick(term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: term.text().count("done-waiting") >= 2, timeout=10000)
    tw.resize(1100, 700)
    qtbot.waitUntil(lambda: term.screen.columns > 100, timeout=5000)
    qtbot.keyClicks(term, "stty size")
    qtbot.keyClick(term, Qt.Key.Key_Return)
    expected = f"{term.screen.lines} {term.screen.columns}"
    qtbot.waitUntil(lambda: expected in term.text(), timeout=5000)
    term.selection = (0, term.screen.lines - 1)
    assert "hi-42" in term.copy() and "hi-42" in QGuiApplication.clipboard().text()
    second = tw.open_terminal()  # several terminals at once
    assert tw.tabs.count() == 2 and second is not None
    docker_client.stop(cid, timeout=0)
    qtbot.waitUntil(lambda: term.finished and second.finished, timeout=15000)
    assert "process ended" in term.text()
    qtbot.waitUntil(lambda: "not running" in tw.error.text(), timeout=15000)
    tw.close()
