"""The Environments panel finds project environments in the home folder with nothing
added by hand, its search settings turn that off or add roots, and a system Python row
shows its packages and a settled size cell."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from core.envs.discovery import default_context
from core.envs.locators import SearchContext
from core.envs.model import Environment, EnvKind
from core.envs.packages import read_packages
from gui.environments.folders import SCAN_HOME_KEY
from gui.environments.models import PACKAGES, SIZE
from gui.environments.panel import EnvironmentsPanel
from gui.environments.search_dialog import SearchSettingsDialog
from tests.gui.conftest import WindowFactory
from tests.gui.test_environments_panel import wait_job
from tests.support.zoo import BASE_PY, Zoo, run


def _venv(path: Path) -> Path:
    run(BASE_PY, "-m", "venv", "--without-pip", path)
    return path


def _open(make_window: WindowFactory) -> EnvironmentsPanel:
    window = make_window(start_engine=False)
    panel = window.show_panel("environments")
    assert isinstance(panel, EnvironmentsPanel)
    return panel


def _paths(panel: EnvironmentsPanel) -> set[Path]:
    return {e.path for e in panel.model.items()}


def test_home_projects_found_and_search_settings(
    qtbot: QtBot,
    make_window: WindowFactory,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"
    proj = _venv(home / "proj-a" / ".venv")
    deep = _venv(home / "work" / "team" / "app" / ".venv")
    elsewhere = _venv(tmp_path / "elsewhere" / "svc" / ".venv")
    monkeypatch.setenv("HOME", str(home))
    panel = _open(make_window)
    panel.settings = settings  # this test's own (the panel's default is app-wide)
    threads: list[threading.Thread] = []
    discover = panel.discovery.discover

    def spy(ctx: SearchContext) -> list[Environment]:
        threads.append(threading.current_thread())
        return discover(ctx)

    monkeypatch.setattr(panel.discovery, "discover", spy)
    assert panel.scan_home() and panel.folders() == ()
    wait_job(qtbot, panel.refresh())
    assert {proj, deep} <= _paths(panel)  # no folder added by hand
    assert elsewhere not in _paths(panel)
    assert threads and threading.main_thread() not in threads  # the walk is a worker's

    wait_job(qtbot, panel.set_search(False, ()))
    assert not {proj, deep} & _paths(panel)
    assert str(panel.settings.value(SCAN_HOME_KEY)).lower() == "false"
    wait_job(qtbot, panel.set_search(False, (tmp_path / "elsewhere",)))
    assert elsewhere in _paths(panel) and proj not in _paths(panel)
    wait_job(qtbot, panel.set_search(True, (tmp_path / "elsewhere",)))
    assert {proj, deep, elsewhere} <= _paths(panel)

    dialog = SearchSettingsDialog(panel.scan_home(), panel.folders(), panel)
    qtbot.addWidget(dialog)
    assert dialog.scan_home.isChecked()
    assert dialog.folders() == (tmp_path / "elsewhere",)
    dialog.add_folder(tmp_path / "more")
    dialog.add_folder(tmp_path / "more")
    assert dialog.folders() == (tmp_path / "elsewhere", tmp_path / "more")
    assert not dialog.remove_button.isEnabled()
    dialog.folder_list.setCurrentRow(0)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert dialog.folders() == (tmp_path / "more",)
    dialog.scan_home.setChecked(False)
    dialog.resize(620, 320)
    dialog.grab().save(str(tmp_path / "search_dialog.png"))
    menus = [b.menu() for b in panel.toolbar.findChildren(QToolButton) if b.menu()]
    assert any(panel.act_search in m.actions() for m in menus)  # More ▸ Where to look…


def _debian_python(root: Path, wheels: Path) -> tuple[Path, Path]:
    """A system Python laid out as Debian does (prefix/bin/python3.X, packages in
    lib/python3/dist-packages and local/lib/python3.X/dist-packages), installed by pip."""
    short = f"{sys.version_info.major}.{sys.version_info.minor}"
    prefix = root / "usr"
    (prefix / "bin").mkdir(parents=True)
    exe = prefix / "bin" / f"python{short}"
    shutil.copy2(os.path.realpath(BASE_PY), exe)
    (prefix / "bin" / "python3").symlink_to(exe.name)
    apt = prefix / "lib" / "python3" / "dist-packages"
    local = prefix / "local" / "lib" / f"python{short}" / "dist-packages"
    for target, names in ((apt, ["demo-a==1.1"]), (local, ["demo-c"])):
        run(
            sys.executable,
            "-m",
            "pip",
            "--disable-pip-version-check",
            "install",
            "-q",
            "--no-index",
            "--no-deps",
            "--find-links",
            wheels,
            "--target",
            target,
            *names,
        )
    for installer in apt.glob("*.dist-info/INSTALLER"):
        installer.unlink()  # Debian's packages carry no INSTALLER
    return prefix, exe


def test_system_python_shows_packages_and_a_settled_size(
    qtbot: QtBot,
    make_window: WindowFactory,
    zoo: Zoo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prefix, _exe = _debian_python(tmp_path / "sys", zoo.wheels)
    panel = _open(make_window)
    monkeypatch.setattr(
        panel,
        "context_for_search",
        lambda: default_context(
            env={"HOME": str(tmp_path), "PATH": str(prefix / "bin")},
            home=tmp_path,
            home_scan=False,
        ),
    )
    wait_job(qtbot, panel.refresh())
    row = panel.model.row_of(str(prefix))
    assert row is not None, [e.path for e in panel.model.items()]
    env = panel.model.items()[row]
    assert env.kind is EnvKind.SYSTEM and env.package_count == 2
    assert panel.model.index(row, PACKAGES).data() == "2"
    assert panel.select_env(prefix)
    qtbot.waitUntil(lambda: panel.pkg_model.rowCount() == 2, timeout=10000)
    assert {(p.name, p.version, p.installer) for p in panel.pkg_model.items()} == {
        ("demo-a", "1.1", "apt"),
        ("demo-c", "3.0", "pip"),
    }
    assert "dist-packages" in panel.details_label.text()
    size = panel.model.index(row, SIZE)
    qtbot.waitUntil(lambda: size.data() != "…", timeout=5000)
    assert size.data() == "—"
    assert str(prefix) in size.data(Qt.ItemDataRole.ToolTipRole)
    assert not panel.act_install.isEnabled()  # the system's packages are shown read-only


def test_the_machines_system_python_row(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row the issue was about: the system Python on PATH (e.g. /usr/bin/python3)."""
    panel = _open(make_window)
    monkeypatch.setattr(
        panel,
        "context_for_search",
        lambda: default_context(
            env={"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin")},
            home=tmp_path,
            home_scan=False,
        ),
    )
    wait_job(qtbot, panel.refresh())
    system = [e for e in panel.model.items() if e.kind is EnvKind.SYSTEM]
    if not system:
        pytest.skip("no system Python on PATH")
    env = system[0]
    expected = {p.key for p in read_packages(env.path, list(env.site_dirs))}
    assert len(expected) == env.package_count
    assert panel.select_env(env.path)
    qtbot.waitUntil(lambda: panel.pkg_model.rowCount() == env.package_count, timeout=10000)
    assert {p.key for p in panel.pkg_model.items()} == expected
    row = panel.model.row_of(env.key)
    assert row is not None
    qtbot.waitUntil(lambda: panel.model.index(row, SIZE).data() == "—", timeout=5000)
    panel.resize(1100, 700)
    panel.grab().save(str(tmp_path / "system_python.png"))
