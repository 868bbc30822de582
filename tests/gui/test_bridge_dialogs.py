"""The bridge in the window: containerize opens the build window; the parity dialog shows a diff."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from core.envs.model import Environment, EnvKind
from gui.bridge.containerize_dialog import ContainerizeDialog, image_name, run_containerize
from gui.bridge.parity_dialog import ParityDialog
from gui.environments.folders import FOLDERS_KEY
from gui.images.panel import ImagesPanel
from tests.gui.conftest import WindowFactory
from tests.support.engine import PrivateEngine
from tests.support.zoo import Zoo


def _venv(path: Path, zoo: Zoo, *packages: str) -> Environment:
    subprocess.run([sys.executable, "-m", "virtualenv", "-q", str(path)], check=True)
    if packages:
        subprocess.run(
            [str(path / "bin" / "python"), "-m", "pip", "-q", "install", "--no-index",
             "--find-links", str(zoo.wheels), *packages],
            check=True,
        )  # fmt: skip
    version = ".".join(str(n) for n in sys.version_info[:3])
    return Environment(
        path, EnvKind.VIRTUALENV, path.name, version, interpreter=str(path / "bin" / "python")
    )


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def test_containerize_opens_the_build_window(
    qtbot: QtBot, make_window: WindowFactory, zoo: Zoo, tmp_path: Path
) -> None:
    env = _venv(tmp_path / "shop-api", zoo, "demo-b")
    window = make_window()
    panel = window.show_panel("environments")
    # the dialog refuses a folder that is not empty, with the reason on the form
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("x")
    dialog = ContainerizeDialog(env, busy, panel)
    qtbot.addWidget(dialog)
    assert dialog.base.text() == f"python:{env.python_version}-slim"
    dialog.accept()
    assert dialog.result() == 0 and "not empty" in dialog.error.text()
    dialog.out.setText(str(tmp_path / "ctx"))
    dialog.port.setValue(9002)
    dialog.command.setText("uvicorn app:app --port 9002")
    opts = dialog.options()
    assert opts.port == 9002 and opts.multi_stage is None

    job = run_containerize(window.context, env, opts)
    qtbot.waitUntil(lambda: job.state.finished, timeout=60000)
    images = window.show_panel("images")
    assert isinstance(images, ImagesPanel)
    qtbot.waitUntil(lambda: images.build_window is not None, timeout=10000)
    build = images.build_window
    assert build is not None
    assert build.context_edit.text() == str(tmp_path / "ctx")
    assert image_name(env) == "shop-api"
    assert "shop-api:latest" in build.tags_edit.text()
    text = build.editor.text.toPlainText()
    assert "EXPOSE 9002" in text and '"uvicorn", "app:app"' in text
    # after a build, Run fills the port from EXPOSE
    assert build.exposed_port() == "9002:9002"


def test_parity_dialog_shows_what_differs(  # noqa: PLR0917
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    docker_client: Any,
    python_base: str,
    zoo: Zoo,
    tmp_path: Path,
) -> None:
    cid = docker_client.create_container(python_base, command=["sleep", "600"], name="plain-py")
    docker_client.envdock_created.append(cid["Id"])
    docker_client.start(cid["Id"])
    env = _venv(tmp_path / "wants-demo", zoo, "demo-b")
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    qtbot.waitUntil(lambda: window.context.engine.status.connected, timeout=20000)
    # a folder the user added in the Environments panel: the dialog finds its envs too
    QSettings().setValue(FOLDERS_KEY, [str(tmp_path)])
    try:
        dialog = ParityDialog(window.context, "plain-py", False, window)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.compare_button.isEnabled(), timeout=60000)
    finally:
        QSettings().remove(FOLDERS_KEY)
    dialog.select_env(env.path)
    selected = dialog.current_env()
    assert selected is not None and selected.path == env.path
    dialog.compare()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=60000)
    table = dialog.table
    cells = {_cell(table, r, 0): _cell(table, r, 3) for r in range(table.rowCount())}
    # the environment has demo-b and its dependency demo-a; the container neither
    assert cells["demo-a"] == "missing in the container"
    assert cells["demo-b"] == "missing in the container"
    assert "missing in the container" in dialog.summary.text()
    saved = dialog.write_difference(tmp_path / "diff.txt")
    assert saved is not None
    assert sorted(saved.read_text().split()) == ["demo-a==1.1", "demo-b==2.0"]
