"""Secret-looking values are masked in every view of a container and in what is copied,
until the user reveals them."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from core.docker.masking import MASK, masked
from gui.containers.panel import ContainersPanel
from tests.gui.conftest import WindowFactory
from tests.integration.helpers import create_container
from tests.support.engine import PrivateEngine


def test_masked_keeps_what_is_not_secret() -> None:
    data: dict[str, Any] = {
        "Config": {
            "Env": ["API_TOKEN=supersecret123", "PATH=/bin", "DB_PASSWORD=", "apikey=k1"],
            "Labels": {"org.opencontainers.image.authors": "me", "vault.secret": "s3"},
            "Cmd": ["serve", "--auth-token=abc", "--port=80"],
        }
    }
    out = masked(data)
    assert out["Config"]["Env"] == [
        f"API_TOKEN={MASK}",
        "PATH=/bin",
        "DB_PASSWORD=",
        f"apikey={MASK}",
    ]
    assert out["Config"]["Labels"] == {
        "org.opencontainers.image.authors": "me",
        "vault.secret": MASK,
    }
    assert out["Config"]["Cmd"] == ["serve", f"--auth-token={MASK}", "--port=80"]
    assert data["Config"]["Env"][0] == "API_TOKEN=supersecret123"  # a copy, not changed in place


def test_inspect_view_and_copy_mask_until_revealed(
    qtbot: QtBot, make_window: WindowFactory, private_engine: PrivateEngine, docker_client: Any
) -> None:
    cid = create_container(docker_client, "secretive", environment={"API_TOKEN": "supersecret123"})
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = window.show_panel("containers")
    assert isinstance(panel, ContainersPanel)
    model = panel.model
    qtbot.waitUntil(lambda: model.row_of(cid) is not None, timeout=15000)
    source_row = model.row_of(cid)
    assert source_row is not None
    panel.view.selectRow(panel.proxy.mapFromSource(model.index(source_row, 0)).row())
    view = panel.details.inspect_view
    qtbot.waitUntil(lambda: "API_TOKEN" in view.text.toPlainText(), timeout=15000)
    overview = panel.details.overview.text()
    assert "API_TOKEN" in overview and "supersecret123" not in overview
    assert "supersecret123" not in view.text.toPlainText()
    assert f"API_TOKEN={MASK}" in view.text.toPlainText()
    copy = view.copy_button
    copy.click()
    assert "supersecret123" not in QGuiApplication.clipboard().text()
    view.reveal.setChecked(True)
    assert "API_TOKEN=supersecret123" in view.text.toPlainText()
    assert "supersecret123" in panel.details.overview.text()  # one choice for both views
    copy.click()
    assert "API_TOKEN=supersecret123" in QGuiApplication.clipboard().text()
