"""What the Containers panel shows is what the engine says: after bulk actions on 20
containers every row equals ``docker ps -a``; counts and status lines follow."""

from __future__ import annotations

import subprocess
import time
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from core.docker.containers import Container
from core.docker.engine import ContainerChange
from gui.containers.model import STATUS, ContainersModel
from gui.containers.panel import ContainersPanel
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine

N = 20


def _engine_states(engine: PrivateEngine, ids: list[str]) -> dict[str, str]:
    """{id: state} as the docker CLI lists them."""
    out = subprocess.run(
        ["docker", "ps", "-a", "--no-trunc", "--format", "{{.ID}} {{.State}}"],
        env=engine.env(),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    states = dict(line.split(" ", 1) for line in out.splitlines() if line)
    return {cid: states[cid] for cid in ids}


def _row_states(model: ContainersModel, ids: list[str]) -> dict[str, str]:
    shown: dict[str, str] = {}
    for cid in ids:
        row = model.row_of(cid)
        assert row is not None
        # what the State column shows (a pending "pausing…" included), in English
        shown[cid] = str(model.index(row, 2).data())
    return shown


@pytest.mark.parametrize("rounds", [2])
def test_bulk_actions_converge_to_the_engine(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,
    rounds: int,
) -> None:
    ids = [create_container(docker_client, f"bulk-{i}") for i in range(N)]
    for cid in ids:
        docker_client.start(cid)
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = window.show_panel("containers")
    assert isinstance(panel, ContainersPanel)
    model = panel.model
    qtbot.waitUntil(lambda: all(model.row_of(c) is not None for c in ids), timeout=20000)

    def settle(expected: str) -> None:
        jobs = window.context.jobs
        qtbot.waitUntil(lambda: not jobs.running(), timeout=60000)
        engine = _engine_states(private_engine, ids)
        assert set(engine.values()) == {expected}, engine
        # the rows converge to the engine's state, and stay there
        qtbot.waitUntil(lambda: _row_states(model, ids) == engine, timeout=10000)
        qtbot.wait(1500)
        assert _row_states(model, ids) == _engine_states(private_engine, ids)
        running = sum(1 for s in engine.values() if s == "running")
        others = len(model.items()) - N
        total_running = running + sum(
            1 for c in model.items() if c.id not in ids and c.state == "running"
        )
        assert panel.count_label.text() == (
            f"{N + others} container(s), {total_running} running"
        ), panel.count_label.text()

    for _ in range(rounds):
        panel.act("pause", ids)
        settle("paused")
        panel.act("unpause", ids)
        settle("running")
    panel.act("stop", ids, timeout=0)
    settle("exited")
    panel.act("start", ids)
    settle("running")


def test_status_line_keeps_counting(qtbot: QtBot) -> None:
    model = ContainersModel()
    entry = {
        "Id": "c" * 64,
        "Names": ["/ticking"],
        "Image": "busybox",
        "State": "running",
        "Status": "Up 58 seconds",
        "Created": int(time.time()) - 100,
    }
    container = Container.from_list_entry(entry)
    model.apply_changes([ContainerChange("added", container)])
    assert model.index(0, STATUS).data() == "Up 58 seconds"
    changed: list[int] = []

    def on_change(top: QModelIndex, _bottom: QModelIndex, *_roles: object) -> None:
        changed.append(top.column())

    model.dataChanged.connect(on_change)
    model.tick_status()
    assert not changed  # nothing to repaint within the same second
    qtbot.wait(2100)
    model.tick_status()
    assert changed == [STATUS]
    assert model.index(0, STATUS).data() == "Up About a minute"
    # five minutes on, as the engine would say it then
    assert container.status_at(container.since + 300) == "Up 5 minutes"
