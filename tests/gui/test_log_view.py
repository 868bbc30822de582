from __future__ import annotations

import time
from typing import Any

from pytestqt.qtbot import QtBot

from gui.containers.log_view import LogWindow
from gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine


def _connected(qtbot: QtBot, make_window: WindowFactory, engine: PrivateEngine) -> MainWindow:
    window = make_window(env={"DOCKER_HOST": engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    return window


def test_a_million_lines_open_tail_first_and_search(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    million_line_container: str,
) -> None:
    window = _connected(qtbot, make_window, private_engine)
    logs = LogWindow(window.context, million_line_container, "million")
    qtbot.addWidget(logs)
    logs.show()
    view = logs.log_view
    view.follow.setChecked(False)
    t0 = time.perf_counter()
    view.open()
    qtbot.waitUntil(lambda: view.model.rowCount() >= 2000, timeout=10000)
    assert time.perf_counter() - t0 < 3
    last = view.model.index(view.model.rowCount() - 1).data()
    assert last.endswith("x" * 50)
    texts = [view.model.index(r).data() for r in range(view.model.rowCount())]
    assert any(t.endswith("red plain") for t in texts)  # ANSI codes stripped from the text
    view.timestamps.setChecked(False)
    assert view.model.index(0).data().startswith("row ")
    before = view.model.rowCount()
    view.view.verticalScrollBar().setValue(0)  # scrolling to the top pages older lines in
    qtbot.waitUntil(lambda: view.model.rowCount() > before, timeout=10000)
    assert view.model.rowCount() == before + 20_000
    view.search.setText("row 999999")
    job = view.run_search()
    assert job is not None
    qtbot.waitUntil(lambda: bool(view.hits), timeout=10000)
    assert [view.model.index(i).data() for i in view.hits] == ["row 999999"]
    view.only.setChecked(True)
    assert view.view.model().rowCount() == 1
    view.only.setChecked(False)
    logs.close()


def test_follow_appends_live_lines(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    cid = create_container(
        docker_client, "gui-follow", ["sh", "-c", "while true; do echo tick; sleep 0.1; done"]
    )
    docker_client.start(cid)
    window = _connected(qtbot, make_window, private_engine)
    logs = LogWindow(window.context, cid, "gui-follow")
    qtbot.addWidget(logs)
    logs.show()
    view = logs.log_view
    view.open()
    qtbot.waitUntil(lambda: view.follower is not None, timeout=10000)
    count = view.model.rowCount()
    qtbot.waitUntil(lambda: view.model.rowCount() >= count + 5, timeout=10000)
    assert "following" in view.status.text()
    view.clear_button.click()
    assert view.model.rowCount() == 0
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    logs.close()
    assert view.follower is None and not view.timer.isActive()
