"""The delete confirmation says what goes and what stays; the user's files stay."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.environments.panel import EnvironmentsPanel
from tests.gui.test_environments_panel import extra, panel, wait_job

__all__ = ["extra", "panel"]  # the fixtures, shared with the panel's own tests


def test_in_place_environment_keeps_the_users_files(
    qtbot: QtBot, panel: EnvironmentsPanel, extra: Path
) -> None:
    project = extra / "myproject"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(project)], check=True)
    (project / "src").mkdir()
    (project / "src" / "app.py").write_text("print('mine')\n")
    (project / "NOTES.md").write_text("notes\n")
    wait_job(qtbot, panel.refresh())
    qtbot.waitUntil(lambda: panel.model.row_of(str(project)) is not None, timeout=20000)
    assert panel.select_env(project)
    env = panel.current
    assert env is not None
    asked: list[str] = []

    def yes(_title: str, text: str) -> bool:
        asked.append(text)
        return True

    panel.confirm = yes
    wait_job(qtbot, panel.delete(env))
    qtbot.waitUntil(lambda: not (project / "pyvenv.cfg").exists(), timeout=20000)
    assert "Stays, not the environment's (2): NOTES.md, src/" in asked[0]
    assert "pyvenv.cfg" in asked[0] and "lib/" in asked[0]
    assert (project / "src" / "app.py").read_text() == "print('mine')\n"
    assert sorted(p.name for p in Path(project).iterdir()) == ["NOTES.md", "src"]
    qtbot.waitUntil(lambda: panel.model.row_of(str(project)) is None, timeout=20000)
