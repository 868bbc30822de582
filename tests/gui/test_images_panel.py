from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from core.docker.image_ops import history, parse_reference
from core.docker.images import Image
from core.errors import ValidationError
from gui.images.history import HistoryDialog
from gui.images.panel import ImagesPanel
from gui.main_window import MainWindow
from gui.widgets.json_view import JsonView
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import TEST_IMAGE, PrivateEngine


@pytest.mark.parametrize("bad", ["UPPER/case", "a::b", "app:", "", "bad tag:x y", "-lead"])
def test_bad_references(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_reference(bad)


def test_good_references() -> None:
    assert parse_reference("app") == ("app", "latest")
    assert parse_reference("localhost:5000/team/app:1.0") == ("localhost:5000/team/app", "1.0")


def _images_panel(qtbot: QtBot, window: MainWindow) -> ImagesPanel:
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    panel = window.show_panel("images")
    assert isinstance(panel, ImagesPanel)
    qtbot.waitUntil(lambda: any(TEST_IMAGE in i.tags for i in panel.model.items()), timeout=10000)
    return panel


def _shown(panel: ImagesPanel, image_id: str) -> Image:
    """The row the panel shows for ``image_id`` (it must have one)."""
    row = panel.model.row_of(image_id)
    assert row is not None, image_id
    return panel.model.item(row)


def test_images_follow_events_tag_remove_history(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    panel = _images_panel(qtbot, make_window(env={"DOCKER_HOST": private_engine.base_url}))
    image = next(i for i in panel.model.items() if TEST_IMAGE in i.tags)
    before = panel.model.used_by(image)
    create_container(docker_client, "img-used")  # "used by" follows the container events
    qtbot.waitUntil(lambda: panel.model.used_by(image) == before + 1, timeout=10000)
    resets: list[bool] = []
    panel.model.modelReset.connect(lambda: resets.append(True))
    job = panel.tag(image, "envdock-test/gui-tag:v2")
    qtbot.waitUntil(lambda: job.state.finished, timeout=10000)
    qtbot.waitUntil(
        lambda: "envdock-test/gui-tag:v2" in _shown(panel, image.id).tags, timeout=10000
    )
    bad = panel.tag(image, "UPPER/case")
    qtbot.waitUntil(lambda: bad.state.finished, timeout=10000)
    assert bad.error is not None and "not a valid image reference" in bad.error.message
    tagged = _shown(panel, image.id)
    job = panel.remove(
        [tagged.__class__(tagged.id, ("envdock-test/gui-tag:v2",), tagged.size, tagged.created)]
    )
    qtbot.waitUntil(lambda: job.state.finished, timeout=10000)
    qtbot.waitUntil(
        lambda: "envdock-test/gui-tag:v2" not in _shown(panel, image.id).tags, timeout=10000
    )
    assert not resets
    layers = history(docker_client, image.id)
    assert len(layers) == len(docker_client.history(image.id))
    assert any("busybox" in layer.created_by for layer in layers)
    dialog = HistoryDialog(image, layers)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(layers)


def test_image_inspect_json(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine
) -> None:
    panel = _images_panel(qtbot, make_window(env={"DOCKER_HOST": private_engine.base_url}))
    image = next(i for i in panel.model.items() if TEST_IMAGE in i.tags)
    row = panel.model.row_of(image.id)
    assert row is not None
    panel.view.selectRow(panel.proxy.mapFromSource(panel.model.index(row, 0)).row())
    job = panel.show_inspect()
    assert job is not None
    qtbot.waitUntil(lambda: panel.inspect_dialog is not None, timeout=10000)
    dialog = panel.inspect_dialog
    assert dialog is not None
    view = dialog.findChild(JsonView)
    assert view is not None
    assert image.id in view.text.toPlainText()
    view.search.setText("RepoTags")
    assert view.find_next()
    dialog.close()
