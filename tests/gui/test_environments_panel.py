from __future__ import annotations

from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from core.envs.discovery import default_context
from core.envs.model import Environment, EnvKind
from core.envs.packages import read_packages
from core.jobs import Job, JobState
from gui.environments.create_dialog import CreateEnvDialog, CreateRequest
from gui.environments.models import HEALTH, SIZE, EnvironmentsModel, PackagesModel
from gui.environments.panel import EnvironmentsPanel
from tests.gui.conftest import WindowFactory
from tests.support.zoo import Zoo


class ModelChecker(Protocol):
    """pytest-qt's ``qtmodeltester`` (its ``check`` has no annotations)."""

    def check(self, model: QAbstractItemModel, force_py: bool = False) -> None: ...


@pytest.fixture
def extra(tmp_path: Path) -> Path:
    """A folder the panel searches besides the zoo's projects (environments made here)."""
    folder = tmp_path / "made"
    folder.mkdir()
    return folder


@pytest.fixture
def panel(
    qtbot: QtBot,
    make_window: WindowFactory,
    zoo: Zoo,
    extra: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> EnvironmentsPanel:
    window = make_window(start_engine=False)
    panel = window.show_panel("environments")
    assert isinstance(panel, EnvironmentsPanel)
    monkeypatch.setattr(
        panel,
        "context_for_search",
        lambda: default_context(
            (zoo.projects, extra), env=zoo.env(), home=zoo.home, include_system=False
        ),
    )
    wait_job(qtbot, panel.refresh())
    qtbot.waitUntil(lambda: panel.model.rowCount() >= len(zoo.envs) - 1, timeout=20000)
    return panel


def wait_job(qtbot: QtBot, job: Job | None, timeout: int = 120_000) -> Job:
    assert job is not None
    qtbot.waitUntil(lambda: job.state.finished, timeout=timeout)
    qtbot.wait(50)  # let the queued finished signal run its callbacks
    return job


def test_lists_the_zoo_and_marks_the_broken_one(
    qtbot: QtBot, panel: EnvironmentsPanel, zoo: Zoo
) -> None:
    model = panel.model
    paths = {e.path for e in model.items()}
    for label in ("venv", "virtualenv", "conda", "pixi", "poetry", "broken"):
        assert zoo.envs[label] in paths, label
    row = model.row_of(str(zoo.envs["broken"]))
    assert row is not None and "broken" in model.index(row, HEALTH).data()
    qtbot.waitUntil(
        lambda: all(model.index(r, SIZE).data() != "…" for r in range(model.rowCount())),
        timeout=30000,
    )
    panel.filter_edit.setText("pixi")
    assert panel.proxy.rowCount() == 1
    panel.filter_edit.clear()


def test_packages_tree_and_no_reset_on_refresh(
    qtbot: QtBot, panel: EnvironmentsPanel, zoo: Zoo
) -> None:
    assert panel.select_env(zoo.envs["venv"])
    qtbot.waitUntil(lambda: panel.pkg_model.rowCount() == 2, timeout=10000)
    names = {p.name for p in panel.pkg_model.items()}
    assert names == {"demo-a", "demo-b"}
    panel.act_tree.setChecked(True)
    panel.toggle_tree()
    top = panel.tree.topLevelItem(0)
    assert top is not None and top.text(0) == "demo-b"
    child = top.child(0)
    assert child is not None and child.text(0) == "demo-a"
    resets: list[bool] = []
    panel.model.modelReset.connect(lambda: resets.append(True))
    wait_job(qtbot, panel.refresh())
    assert not resets
    selected = panel.selected_env()
    assert selected is not None and selected.path == zoo.envs["venv"]


def test_create_install_export_delete(
    qtbot: QtBot, panel: EnvironmentsPanel, extra: Path, offline_pip: Path, tmp_path: Path
) -> None:
    target = extra / "guienv"
    job = wait_job(qtbot, panel.create_env(CreateRequest("virtualenv", target)))
    assert job.state is JobState.SUCCEEDED, job.error
    qtbot.waitUntil(lambda: panel.model.row_of(str(target)) is not None, timeout=20000)
    assert panel.select_env(target)
    env = panel.current
    assert env is not None
    job = wait_job(qtbot, panel.install(env, ["demo-b"]))
    assert job.state is JobState.SUCCEEDED, job.error
    qtbot.waitUntil(lambda: "demo-b" in {p.name for p in panel.pkg_model.items()}, timeout=20000)
    out = tmp_path / "req.txt"
    wait_job(qtbot, panel.export(env, out, "requirements"))
    assert "demo-b==2.0" in out.read_text()
    wait_job(qtbot, panel.uninstall(env, ["demo-b"]))
    assert "demo-b" not in {p.key for p in read_packages(target)}

    panel.confirm = lambda _t, _x: False
    wait_job(qtbot, panel.delete(env))
    qtbot.wait(200)
    assert target.exists()
    asked: list[str] = []

    def yes(_title: str, text: str) -> bool:
        asked.append(text)
        return True

    panel.confirm = yes
    wait_job(qtbot, panel.delete(env))
    qtbot.waitUntil(lambda: not target.exists(), timeout=20000)
    assert str(target) in asked[0] and ("MiB" in asked[0] or "KiB" in asked[0])
    assert "whole folder" in asked[0]
    qtbot.waitUntil(lambda: panel.model.row_of(str(target)) is None, timeout=20000)


def test_refused_delete_is_a_notification(qtbot: QtBot, panel: EnvironmentsPanel) -> None:
    base = next(e for e in panel.model.items() if e.conda_base)
    panel.confirm = lambda _t, _x: pytest.fail("must not ask")
    wait_job(qtbot, panel.delete(base))
    qtbot.waitUntil(lambda: bool(panel.context.notifier.history), timeout=5000)
    assert "conda installation" in panel.context.notifier.history[-1].message
    assert base.path.exists()


def test_create_dialog_validates(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CreateEnvDialog([], tmp_path, ["conda-forge"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.setText("my env")
    assert not ok.isEnabled() and "space" in dialog.error.text()
    dialog.name.setText("good-name")
    assert ok.isEnabled()
    request = dialog.request()
    assert request.path == tmp_path / "good-name" and request.kind == "virtualenv"
    dialog.kind.setCurrentIndex(1)
    dialog.specs.setText("")
    assert not ok.isEnabled()
    dialog.specs.setText("python=3.11 numpy")
    assert dialog.request().specs == ("python=3.11", "numpy")


def test_models_are_valid(qtmodeltester: ModelChecker, zoo: Zoo) -> None:
    envs = [
        Environment(path=p, kind=EnvKind.VENV, name=p.name) for p in list(zoo.envs.values())[:4]
    ]
    model = EnvironmentsModel()
    model.set_environments(envs)
    model.set_size(str(envs[0].path), 1234)
    model.set_environments(envs[1:])
    qtmodeltester.check(model)
    pkgs = PackagesModel()
    pkgs.set_packages(read_packages(zoo.envs["virtualenv"]))
    pkgs.set_latest({"demo-c": "9.0"})
    qtmodeltester.check(pkgs)
