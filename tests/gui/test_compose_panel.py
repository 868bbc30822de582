"""The Compose panel on a real engine with the real compose (v2 plugin): a project opened from
its folder, up / scale / recreate / down through the panel, its rows following the engine's
events and agreeing with ``docker compose ps``; the editor checks files as typed (problems
on their lines), shows the resolved configuration, masks ``.env`` secrets and saves with a
``.bak``."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from core.compose.actions import UpOptions
from core.compose.tool import UP_PULL, WATCH
from core.docker.masking import MASK
from core.docker.merged_logs import MergedFeed
from gui.compose.actions import ComposePanel
from gui.compose.dialogs import UpDialog
from gui.compose.editor import ComposeEditor
from gui.containers.log_view import LogView
from tests.gui.conftest import WindowFactory
from tests.support.compose import compose_env
from tests.support.engine import TEST_IMAGE, PrivateEngine

COMPOSE = f"""\
services:
  web:
    image: {TEST_IMAGE}
    command: ["sleep", "600"]
    environment:
      GREETING: ${{GREETING}}
      API_TOKEN: ${{API_TOKEN}}
  worker:
    image: {TEST_IMAGE}
    command: ["sleep", "600"]
    depends_on: [web]
  debug:
    image: {TEST_IMAGE}
    command: ["sleep", "600"]
    profiles: [debug]
"""
DOTENV = "GREETING=hello\nAPI_TOKEN=s3cret-value\n"


def _ps(
    command: tuple[str, ...], project: str, folder: Path, env: dict[str, str]
) -> dict[str, str]:
    """{container name: state} as ``docker compose ps --format json`` lists them."""
    out = subprocess.run(
        [*command, "-p", project, "ps", "-a", "--format", "json"], cwd=folder, env=env,
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout.strip()  # fmt: skip
    rows = json.loads(out) if out.startswith("[") else [json.loads(x) for x in out.splitlines()]
    return {row["Name"]: row["State"] for row in rows}


def _shown(panel: ComposePanel, project: str) -> dict[str, str]:
    row = panel.projects.row_of(project)
    assert row is not None
    return {c.name: c.state for c in panel.projects.item(row).containers}


def _wait_job(qtbot: QtBot, panel: ComposePanel) -> None:
    job = panel.current_job
    assert job is not None
    qtbot.waitUntil(lambda: job.state.finished, timeout=180_000)
    assert job.error is None, job.error


def test_panel_runs_a_project_and_follows_the_engine(  # noqa: PLR0917 - fixtures
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    compose_v2: tuple[str, ...],
    tmp_path: Path,
    docker_client: Any,
) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    (folder / "compose.yaml").write_text(COMPOSE)
    (folder / ".env").write_text(DOTENV)
    project = f"guishop{os.getpid()}"
    env = compose_env(private_engine.env())
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = window.show_panel("compose")
    assert isinstance(panel, ComposePanel)
    qtbot.waitUntil(lambda: panel.tool is not None, timeout=60_000)
    assert panel.tool is not None and panel.tool.major == 2
    assert panel.tool.version in panel.tool_label.text()
    try:
        panel.open_project(folder, name=project)
        qtbot.waitUntil(lambda: panel.projects.row_of(project) is not None, timeout=30_000)
        assert panel.select_project(project)
        qtbot.waitUntil(lambda: project in panel.configs, timeout=60_000)
        # the file's services, the profiled one among them (not active)
        assert {s.name for s in panel.services.items()} == {"web", "worker", "debug"}
        assert panel.configs[project].profiles == ("debug",)

        job = panel.up_with(UpOptions())
        assert job is not None
        shown = panel.command.edit.text()  # the exact command, shown before it runs
        assert "compose" in shown and f"-p {project}" in shown and " up " in shown and "-d" in shown
        _wait_job(qtbot, panel)
        qtbot.waitUntil(lambda: len(_shown(panel, project)) == 2, timeout=30_000)
        qtbot.waitUntil(
            lambda: _shown(panel, project) == _ps(compose_v2, project, folder, env), timeout=30_000
        )
        assert set(_shown(panel, project).values()) == {"running"}
        row = panel.projects.row_of(project)
        assert row is not None
        assert panel.projects.index(row, 1).data() == "running 2/2"

        # the project's logs: one window, every service's containers in it
        logs = panel.logs()
        assert logs is not None
        assert logs.windowTitle().count("Logs") == 1 and project in logs.windowTitle()
        log_view = logs.findChild(LogView)
        assert log_view is not None and isinstance(log_view.feed, MergedFeed)
        assert {m.label for m in log_view.feed.members} == {"web-1", "worker-1"}
        logs.close()

        # scale web to 3: exactly two more web containers, the worker untouched
        worker_before = {c["Id"] for c in docker_client.containers(
            all=True, filters={"label": [f"com.docker.compose.project={project}",
                                         "com.docker.compose.service=worker"]})}  # fmt: skip
        assert panel.scale_to("web", 3) is not None
        _wait_job(qtbot, panel)
        expected = _ps(compose_v2, project, folder, env)
        assert len(expected) == 4 and set(expected.values()) == {"running"}
        qtbot.waitUntil(lambda: _shown(panel, project) == expected, timeout=30_000)
        worker_after = {c["Id"] for c in docker_client.containers(
            all=True, filters={"label": [f"com.docker.compose.project={project}",
                                         "com.docker.compose.service=worker"]})}  # fmt: skip
        assert worker_after == worker_before

        # stop the whole project: the row follows the engine's events
        assert panel.verb("stop") is not None
        _wait_job(qtbot, panel)
        qtbot.waitUntil(lambda: set(_shown(panel, project).values()) == {"exited"}, timeout=30_000)
        row = panel.projects.row_of(project)
        assert row is not None and panel.projects.index(row, 1).data() == "exited"

        # down: the containers go, the remembered project stays, "not created"
        assert panel.down_with(False, False) is not None
        _wait_job(qtbot, panel)
        qtbot.waitUntil(lambda: _shown(panel, project) == {}, timeout=30_000)
        assert _ps(compose_v2, project, folder, env) == {}
        row = panel.projects.row_of(project)
        assert row is not None and panel.projects.index(row, 1).data() == "not created"
        assert "$ " in panel.output.toPlainText()
    finally:
        subprocess.run([*compose_v2, "-p", project, "down", "--remove-orphans"], cwd=folder,
                       env=env, capture_output=True, timeout=180, check=False)  # fmt: skip


def test_editor_checks_as_typed_masks_and_saves(
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    compose_v2: tuple[str, ...],
    tmp_path: Path,
) -> None:
    folder = tmp_path / "edit"
    folder.mkdir()
    compose = folder / "compose.yaml"
    compose.write_text(COMPOSE)
    (folder / ".env").write_text(DOTENV)
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = window.show_panel("compose")
    assert isinstance(panel, ComposePanel)
    qtbot.waitUntil(lambda: panel.tool is not None, timeout=60_000)
    project = f"guiedit{os.getpid()}"
    panel.open_project(folder, name=project)
    qtbot.waitUntil(lambda: panel.select_project(project), timeout=30_000)
    editor = panel.edit_files()
    assert isinstance(editor, ComposeEditor)
    qtbot.waitUntil(lambda: editor.model is not None, timeout=60_000)
    # the resolved tab: variables filled in from .env, a secret-looking one masked
    assert "GREETING: hello" in editor.resolved.toPlainText()
    assert "s3cret-value" not in editor.resolved.toPlainText()
    assert f"API_TOKEN: {MASK}" in editor.resolved.toPlainText()
    # .env: the token is masked (and read-only) until shown
    env_text = editor.env_file.editor.toPlainText()
    assert "s3cret-value" not in env_text and f"API_TOKEN={MASK}" in env_text
    assert editor.env_file.editor.isReadOnly()
    editor.show_secrets.setChecked(True)
    assert "s3cret-value" in editor.env_file.editor.toPlainText()
    assert "API_TOKEN: s3cret-value" in editor.resolved.toPlainText()
    assert not editor.env_file.editor.isReadOnly()

    # a YAML syntax error: placed on its line, marked in the editor
    broken = COMPOSE.replace("  worker:\n", "  worker:\n   bad: [unclosed\n")
    editor.set_text(compose, broken)
    qtbot.waitUntil(lambda: any(p.severity != "warning" for p in editor.problems), timeout=60_000)
    problem = next(p for p in editor.problems if p.severity != "warning")
    assert problem.line is not None and abs(problem.line - 9) <= 2, problem
    assert editor.files[0].editor.extraSelections()
    assert "stale" in editor.tabs.tabText(editor.tabs.indexOf(editor.resolved)).lower()
    assert compose.read_text() == COMPOSE  # nothing written while checking

    # an unknown key: compose's complaint placed on that key's line
    unknown = COMPOSE.replace("    depends_on", "    colour: blue\n    depends_on")
    editor.set_text(compose, unknown)
    qtbot.waitUntil(
        lambda: any(p.line == unknown.splitlines().index("    colour: blue") + 1
                    for p in editor.problems),
        timeout=60_000,
    )  # fmt: skip

    # fixed: valid again, saved atomically with the previous file kept as .bak
    fixed = COMPOSE.replace("GREETING: ${GREETING}", "GREETING: ${GREETING} world")
    editor.set_text(compose, fixed)
    qtbot.waitUntil(lambda: "hello world" in editor.resolved.toPlainText(), timeout=60_000)
    assert not [p for p in editor.problems if p.severity != "warning"]
    editor.save()
    qtbot.waitUntil(lambda: compose.read_text() == fixed, timeout=30_000)
    assert (folder / "compose.yaml.bak").read_text() == COMPOSE
    assert not editor.modified()
    editor.close()


def test_panel_acts_through_compose_v1_and_says_what_v1_cannot(  # noqa: PLR0917 - fixtures
    qtbot: QtBot,
    make_window: WindowFactory,
    private_engine: PrivateEngine,
    compose_v1: tuple[str, ...],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without the v2 plugin (a docker config with no cli-plugins) the panel finds Debian's
    docker-compose 1.x, names it, runs a project through it, and keeps what v1 lacks
    disabled with the reason (watch; up's pull policy)."""
    empty = tmp_path / "docker-config-without-plugins"
    empty.mkdir()
    monkeypatch.setenv("DOCKER_CONFIG", str(empty))
    folder = tmp_path / "legacy"
    folder.mkdir()
    (folder / "docker-compose.yml").write_text(COMPOSE)
    (folder / ".env").write_text(DOTENV)
    project = f"guiv1{os.getpid()}"
    window = make_window(env={"DOCKER_HOST": private_engine.base_url})
    panel = window.show_panel("compose")
    assert isinstance(panel, ComposePanel)
    qtbot.waitUntil(lambda: panel.tool is not None, timeout=60_000)
    tool = panel.tool
    assert tool is not None and tool.major == 1 and tool.argv == compose_v1
    assert "docker-compose" in panel.tool_label.text() and tool.version in panel.tool_label.text()
    env = compose_env(private_engine.env(), empty)
    try:
        panel.open_project(folder, name=project)
        qtbot.waitUntil(lambda: panel.select_project(project), timeout=30_000)
        qtbot.waitUntil(lambda: project in panel.configs, timeout=60_000)
        assert not panel.watch_action.isEnabled()
        assert panel.watch_action.toolTip() == tool.why_not(WATCH)
        dialog = UpDialog(tool, lambda _o: "", ["web"], [], panel)
        assert not dialog.pull.isEnabled() and dialog.pull.toolTip() == tool.why_not(UP_PULL)
        dialog.deleteLater()

        assert panel.up_with(UpOptions()) is not None
        assert panel.command.edit.text().startswith("docker-compose ")
        _wait_job(qtbot, panel)
        qtbot.waitUntil(lambda: len(_shown(panel, project)) == 2, timeout=30_000)
        qtbot.waitUntil(lambda: set(_shown(panel, project).values()) == {"running"},
                        timeout=30_000)  # fmt: skip
        made = subprocess.run(
            [*compose_v1, "-p", project, "ps", "-q"], cwd=folder, env=env, capture_output=True,
            text=True, timeout=120, check=True,
        ).stdout.split()  # fmt: skip
        row = panel.projects.row_of(project)
        assert row is not None
        assert {c.id for c in panel.projects.item(row).containers} == set(made)

        assert panel.down_with(False, False) is not None
        _wait_job(qtbot, panel)
        qtbot.waitUntil(lambda: _shown(panel, project) == {}, timeout=30_000)
    finally:
        subprocess.run([*compose_v1, "-p", project, "down"], cwd=folder, env=env,
                       capture_output=True, timeout=180, check=False)  # fmt: skip
