from __future__ import annotations

from typing import Any

import pytest

from core.docker.image_ops import parse_reference
from core.errors import ValidationError
from gui.images.history import HistoryDialog
from gui.images.panel import ImagesPanel
from tests.gui.conftest import WindowFactory
from tests.support.engine import TEST_IMAGE, PrivateEngine


@pytest.mark.parametrize("bad", ["UPPER/case", "a::b", "app:", "", "bad tag:x y", "-lead"])
def test_bad_references(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_reference(bad)


def test_good_references() -> None:
    assert parse_reference("app") == ("app", "latest")
    assert parse_reference("localhost:5000/team/app:1.0") == ("localhost:5000/team/app", "1.0")


def test_images_follow_events_tag_remove_history(  # type: ignore[no-untyped-def]
    qtbot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    panel = window.show_panel("images")
    assert isinstance(panel, ImagesPanel)
    qtbot.waitUntil(lambda: any(TEST_IMAGE in i.tags for i in panel.model.items()), timeout=10000)
    image = next(i for i in panel.model.items() if TEST_IMAGE in i.tags)
    from tests.integration.helpers import create_container

    before = panel.model.used_by(image.id)
    create_container(docker_client, "img-used")  # "used by" follows the container events
    qtbot.waitUntil(lambda: panel.model.used_by(image.id) == before + 1, timeout=10000)
    resets: list[bool] = []
    panel.model.modelReset.connect(lambda: resets.append(True))
    job = panel.tag(image, "envdock-test/gui-tag:v2")
    qtbot.waitUntil(lambda: job.state.finished, timeout=10000)
    qtbot.waitUntil(
        lambda: "envdock-test/gui-tag:v2" in panel.model.item(panel.model.row_of(image.id)).tags,
        timeout=10000,
    )  # type: ignore[arg-type]
    bad = panel.tag(image, "UPPER/case")
    qtbot.waitUntil(lambda: bad.state.finished, timeout=10000)
    assert bad.error is not None and "not a valid image reference" in bad.error.message
    tagged = panel.model.item(panel.model.row_of(image.id))  # type: ignore[arg-type]
    job = panel.remove(
        [tagged.__class__(tagged.id, ("envdock-test/gui-tag:v2",), tagged.size, tagged.created)]
    )
    qtbot.waitUntil(lambda: job.state.finished, timeout=10000)
    qtbot.waitUntil(
        lambda: (
            "envdock-test/gui-tag:v2" not in panel.model.item(panel.model.row_of(image.id)).tags
        ),
        timeout=10000,
    )  # type: ignore[arg-type]
    assert not resets
    from core.docker.image_ops import history

    layers = history(docker_client, image.id)
    assert len(layers) == len(docker_client.history(image.id))
    assert any("busybox" in layer.created_by for layer in layers)
    dialog = HistoryDialog(image, layers)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(layers)


def test_image_inspect_json(  # type: ignore[no-untyped-def]
    qtbot, make_window: WindowFactory, private_engine: PrivateEngine
) -> None:
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
    panel = window.show_panel("images")
    assert isinstance(panel, ImagesPanel)
    qtbot.waitUntil(lambda: any(TEST_IMAGE in i.tags for i in panel.model.items()), timeout=10000)
    image = next(i for i in panel.model.items() if TEST_IMAGE in i.tags)
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(image.id), 0)).row()  # type: ignore[arg-type]
    panel.view.selectRow(row)
    job = panel.show_inspect()
    assert job is not None
    qtbot.waitUntil(lambda: getattr(panel, "inspect_dialog", None) is not None, timeout=10000)
    view = panel.inspect_dialog.findChild(
        __import__("gui.widgets.json_view", fromlist=["JsonView"]).JsonView
    )
    assert image.id in view.text.toPlainText()
    view.search.setText("RepoTags")
    assert view.find_next()
    panel.inspect_dialog.close()
