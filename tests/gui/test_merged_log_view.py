"""The log window on several real containers merged (a compose project's logs): the tail in
time order with each service's prefix, follow across them, the service filter (checked by
Qt's model tester while lines arrive), search within the filter, a container removed while
the window follows, save, and the window opened through the application API
(``open_merged_logs``)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from core.docker.merged_logs import Member, MergedFollower
from gui.containers.log_model import MatchesModel, MemberFilterModel
from gui.containers.log_view import LogWindow
from gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine

LABELS = ("web-1", "web-2", "db-1")
WIDTH = 5
LINES = 800  # each: 2,400 in all, more than the tail (2,000): older lines are paged in


class ModelChecker(Protocol):
    """pytest-qt's ``qtmodeltester`` (its ``check`` has no annotations)."""

    def check(self, model: QAbstractItemModel, force_py: bool = False) -> None: ...


def _chatty(label: str) -> list[str]:
    # LINES lines at once (interleaved with the others'), then a tick every 0.2 s
    return [
        "sh",
        "-c",
        f'i=0; while [ $i -lt {LINES} ]; do i=$((i+1)); echo "{label} line $i"; usleep 500; done; '
        f'while true; do echo "{label} tick"; sleep 0.2; done',
    ]


def _rows(model: QAbstractItemModel) -> list[tuple[str, str]]:
    """(label, text) of every row as shown (timestamps off)."""
    out = []
    for r in range(model.rowCount()):
        label, _, text = str(model.index(r, 0).data()).partition(" | ")
        assert len(label) == WIDTH, label  # padded to the longest label
        out.append((label.strip(), text))
    return out


def _connected(qtbot: QtBot, make_window: WindowFactory, engine: PrivateEngine) -> MainWindow:
    window = make_window(env={"DOCKER_HOST": engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    return window


def test_merged_window_tail_follow_filter_search_removed_save(  # noqa: PLR0917
    qtbot: QtBot,
    qtmodeltester: ModelChecker,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,
    tmp_path: Path,
) -> None:
    cids = [create_container(docker_client, f"mlv-{lb}", _chatty(lb)) for lb in LABELS]
    for cid in cids:
        docker_client.start(cid)
    qtbot.waitUntil(
        lambda: all(b"tick" in docker_client.logs(c, tail=1) for c in cids), timeout=20000
    )
    window = _connected(qtbot, make_window, private_engine)
    members = [Member(c, lb) for c, lb in zip(cids, LABELS, strict=True)]
    # what the Compose panel calls (the application API: gui.containers.log_view underneath)
    logs = window.context.app.open_merged_logs(window.context.docker, "shop", members)
    assert isinstance(logs, LogWindow) and logs.isVisible() and logs.parent() is window
    assert logs.windowTitle() == "Logs — shop"
    view = logs.log_view
    try:
        qtbot.waitUntil(lambda: view.model.rowCount() >= 2000, timeout=15000)
        qtbot.waitUntil(lambda: isinstance(view.follower, MergedFollower), timeout=15000)
        assert view.services is not None and len(view.member_actions) == 3
        assert not view.complete
        view.view.verticalScrollBar().setValue(0)  # scrolling to the top pages older lines in
        qtbot.waitUntil(lambda: view.complete, timeout=15000)
        # in time order, each line with its member's prefix, every line once
        stamps = [line[:30] for line in view.store.lines]
        assert stamps == sorted(stamps)
        view.timestamps.setChecked(False)
        rows = _rows(view.model)
        for label in LABELS:
            mine = [t for lb, t in rows if lb == label and " line " in t]
            assert mine == [f"{label} line {i}" for i in range(1, LINES + 1)]  # all, in order
            assert all(t.startswith(label) for lb, t in rows if lb == label)
        printed = [lb for lb, t in rows if " line " in t]
        changes = sum(a != b for a, b in pairwise(printed))
        assert changes > 20  # interleaved by time, not one member after another

        # following: new lines of every member arrive
        count = view.model.rowCount()
        qtbot.waitUntil(lambda: view.model.rowCount() >= count + 12, timeout=15000)
        assert {lb for lb, _ in _rows(view.model)[count:]} == set(LABELS)
        assert "following 3 of 3 containers" in view.status.text()

        # the service filter: only web-1 and db-1, while lines keep coming
        view.set_members_shown({0, 2})
        filtered = view.view.model()
        assert isinstance(filtered, MemberFilterModel)
        qtmodeltester.check(filtered)
        assert view.services.text() == "Services (2 of 3)"
        shown = filtered.rowCount()
        assert shown == sum(1 for lb, _ in _rows(view.model) if lb != "web-2")
        qtbot.waitUntil(lambda: filtered.rowCount() >= shown + 6, timeout=15000)
        assert {lb for lb, _ in _rows(filtered)} == {"web-1", "db-1"}

        # search within the filter: web-2's hit is not among the lines shown
        view.search.setText("web-2 line 150")
        assert view.run_search() is not None
        qtbot.waitUntil(lambda: bool(view.hits), timeout=10000)
        assert len(view.hits) == 1 and view.model.current_match == -1  # none shown to go to
        view.show_all_members()
        assert view.view.model() is view.model and view.services.text() == "Services"
        view.only.setChecked(True)
        only = view.view.model()
        assert isinstance(only, MatchesModel)
        assert _rows(only) == [("web-2", "web-2 line 150")]
        view.set_members_shown({1})  # the only-matching view keeps to the filter too
        assert _rows(view.view.model()) == [("web-2", "web-2 line 150")]
        view.set_members_shown({0})
        assert view.view.model().rowCount() == 0
        view.only.setChecked(False)
        view.show_all_members()

        # a member removed while following: a note line, the status says so, the rest go on
        docker_client.remove_container(cids[1], force=True)
        qtbot.waitUntil(
            lambda: any("removed" in t for lb, t in _rows(view.model) if lb == "web-2"),
            timeout=15000,
        )
        qtbot.waitUntil(lambda: "1 removed" in view.status.text(), timeout=5000)
        assert "following 2 of 3 containers" in view.status.text()

        # save: the whole merged log from the engine, the removed member as a note
        target = tmp_path / "shop.log"
        job = view.save(target)
        qtbot.waitUntil(lambda: job.state.finished, timeout=15000)
        saved = target.read_text().splitlines()
        assert f"web-1 | web-1 line {LINES}" in saved and "db-1  | db-1 line 1" in saved
        assert saved[-1].startswith("web-2 | (container") and "removed" in saved[-1]
    finally:
        logs.close()
    assert view.follower is None and not view.timer.isActive()
    qtbot.waitUntil(lambda: not shiboken6.isValid(logs), timeout=5000)  # deleted on close
