"""An image with two tags can lose one of them and keep the other (and itself): in the
Images panel, through core, and as ``envdock docker untag REF --json``. The last tag is
refused, since removing it removes the image."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from core.docker.image_ops import untag_image
from core.docker.images import Image
from core.errors import EnvDockError, ValidationError
from core.jobs import JobState
from gui.images.panel import ImagesPanel
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import envdock_json
from tests.support.engine import TEST_IMAGE, PrivateEngine

pytestmark = pytest.mark.timeout(240)


def _image(client: Any, tag: str) -> str:
    """An image of its own (one tag), made from the test image in a second."""
    dockerfile = io.BytesIO(f"FROM {TEST_IMAGE}\nLABEL purpose={tag}\n".encode())
    for chunk in client.build(fileobj=dockerfile, tag=tag, rm=True, decode=True):
        assert "error" not in chunk, chunk
    return str(client.inspect_image(tag)["Id"])


def _tags(client: Any, image_id: str) -> set[str]:
    return set(client.inspect_image(image_id).get("RepoTags") or ())


def test_images_panel_untags_one_of_two_tags(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    image_id = _image(docker_client, "untag-gui:one")
    try:
        docker_client.tag(image_id, "untag-gui", "two")
        window = make_window(env={"DOCKER_HOST": private_engine.base_url})
        qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=15000)
        panel = window.show_panel("images")
        assert isinstance(panel, ImagesPanel)

        def shown() -> Image | None:
            row = panel.model.row_of(image_id)
            return None if row is None else panel.model.item(row)

        def shown_tags() -> tuple[str, ...] | None:
            image = shown()
            return None if image is None else tuple(sorted(image.tags))

        qtbot.waitUntil(lambda: shown_tags() == ("untag-gui:one", "untag-gui:two"), timeout=10000)
        image = shown()
        assert image is not None
        job = panel.untag(image, "untag-gui:one")
        qtbot.waitUntil(lambda: job.state.finished, timeout=30000)
        assert job.state is JobState.SUCCEEDED, job.error
        assert _tags(docker_client, image_id) == {"untag-gui:two"}  # the image stays
        qtbot.waitUntil(lambda: shown_tags() == ("untag-gui:two",), timeout=10000)

        # its last tag is refused: that would remove the image
        image = shown()
        assert image is not None
        job = panel.untag(image, "untag-gui:two")
        qtbot.waitUntil(lambda: job.state.finished, timeout=30000)
        assert job.state is JobState.FAILED
        assert job.error is not None and "only tag" in job.error.message
        assert _tags(docker_client, image_id) == {"untag-gui:two"}
    finally:
        docker_client.remove_image(image_id, force=True)


def test_untag_core_and_command_line(private_engine: PrivateEngine, docker_client: Any) -> None:
    image_id = _image(docker_client, "untag-cli:one")
    try:
        docker_client.tag(image_id, "untag-cli", "two")
        docker_client.tag(image_id, "untag-cli", "three")
        env = private_engine.env()
        out = envdock_json(["docker", "untag", "untag-cli:one", "--json"], env=env)
        assert out == {
            "untagged": "untag-cli:one",
            "image": image_id,
            "remaining": sorted(["untag-cli:two", "untag-cli:three"], key=out["remaining"].index),
        }
        assert _tags(docker_client, image_id) == {"untag-cli:two", "untag-cli:three"}

        result = untag_image(None, docker_client, "untag-cli:three")
        assert result.remaining == ("untag-cli:two",)
        assert _tags(docker_client, image_id) == {"untag-cli:two"}
        with pytest.raises(ValidationError, match="only tag"):
            untag_image(None, docker_client, "untag-cli:two")
        with pytest.raises(EnvDockError, match="No such image"):
            untag_image(None, docker_client, "untag-cli:nope")
        assert _tags(docker_client, image_id) == {"untag-cli:two"}
    finally:
        docker_client.remove_image(image_id, force=True)
