"""The Containers panel's actions: start, stop, restart, pause, kill, remove and rename the
selected containers (each on its own engine, off the GUI thread), run a new one, and compare
one with an environment; the toolbar, its More menu and the context menu that offer them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QMenu, QWidget

from core.compose.export import RenderedCompose
from core.compose.export_save import export_to_file, spec_to_file
from core.docker.actions import (
    SIGNALS,
    TRANSITIONS,
    ActionReport,
    ActionRequest,
    rename,
    run_action,
)
from core.docker.containers import Container
from core.docker.engine import Engine
from core.docker.run_spec import RunSpec, run_container
from core.errors import EnvDockError
from core.jobs import Job
from gui.containers.base import ContainersBase, translate
from gui.containers.run_dialog import RunDialog
from gui.widgets.dialogs import confirm, more_button


@dataclass(frozen=True, slots=True)
class ActionOptions:
    timeout: int = 10
    signal: str = "SIGKILL"
    remove_volumes: bool = False
    force: bool = False


def unseen_container(cid: str, engine: str) -> Container:
    """A stand-in for a container not shown yet: enough to act on it by id."""
    return Container(cid, cid[:12], "", "", "", 0.0, engine=engine)


class ActionsMixin(ContainersBase):
    """What the Containers panel does to containers, and the actions that offer it."""

    def _build_actions(self) -> None:
        self.act_run = self.make_action(
            translate("ContainersPanel", "Run…"), self.run_dialog, "mdi6.plus"
        )
        self.act_start = self.make_action(
            translate("ContainersPanel", "Start"), lambda: self.act("start"), "mdi6.play"
        )
        self.act_stop = self.make_action(
            translate("ContainersPanel", "Stop"), lambda: self.act("stop"), "mdi6.stop"
        )
        self.act_restart = self.make_action(
            translate("ContainersPanel", "Restart"), lambda: self.act("restart"), "mdi6.restart"
        )
        self.act_pause = self.make_action(
            translate("ContainersPanel", "Pause"), lambda: self.act("pause"), "mdi6.pause"
        )
        self.act_unpause = self.make_action(
            translate("ContainersPanel", "Unpause"), lambda: self.act("unpause")
        )
        self.act_remove = self.make_action(
            translate("ContainersPanel", "Remove…"), self.remove_dialog, "mdi6.delete"
        )
        self.act_rename = self.make_action(
            translate("ContainersPanel", "Rename…"), self.rename_dialog
        )
        self.act_logs = self.make_action(
            translate("ContainersPanel", "Logs"), self.open_logs, "mdi6.text-box-outline"
        )
        self.act_terminal = self.make_action(
            translate("ContainersPanel", "Terminal"), self.open_terminal, "mdi6.console"
        )
        self.act_my_terminal = self.make_action(
            translate("ContainersPanel", "Open in my terminal emulator"), self.open_my_terminal
        )
        for a in (
            self.act_run,
            self.act_start,
            self.act_stop,
            self.act_restart,
            self.act_pause,
            self.act_remove,
            self.act_logs,
            self.act_terminal,
        ):
            self.toolbar.addAction(a)
        kill = QMenu(translate("ContainersPanel", "Kill with signal"), self)
        self.kill_actions: list[QAction] = []
        for sig in SIGNALS:
            a = self.make_action(sig, partial(self.act, "kill", signal=sig))
            kill.addAction(a)
            self.kill_actions.append(a)
        self.act_parity = self.make_action(
            translate("ContainersPanel", "Compare with an environment…"),
            self.parity_dialog,
            "mdi6.compare",
        )
        self.act_export_compose = self.make_action(
            translate("ContainersPanel", "Export to compose…"),
            self.export_compose_dialog,
            "mdi6.file-export-outline",
        )
        more = more_button(
            self,
            translate("ContainersPanel", "More"),
            (self.act_unpause, kill, self.act_rename, self.act_my_terminal, None, self.act_parity,
             self.act_export_compose),
        )  # fmt: skip
        self.toolbar.addWidget(more)

    def _update_actions(self) -> None:
        sel = self.selected()
        states = {c.state for c in sel}
        connected = self.context.engine.status.connected
        any_sel = bool(sel) and connected
        self.act_run.setEnabled(connected)
        self.act_start.setEnabled(any_sel and bool(states - {"running", "paused"}))
        self.act_stop.setEnabled(any_sel and bool(states & {"running", "paused", "restarting"}))
        self.act_restart.setEnabled(any_sel)
        self.act_pause.setEnabled(any_sel and "running" in states)
        self.act_unpause.setEnabled(any_sel and "paused" in states)
        self.act_parity.setEnabled(len(sel) == 1 and connected and states == {"running"})
        self.act_export_compose.setEnabled(any_sel)
        self.act_remove.setEnabled(any_sel)
        self.act_rename.setEnabled(connected and len(sel) == 1)
        self.act_logs.setEnabled(connected and len(sel) == 1)
        self.act_terminal.setEnabled(connected and len(sel) == 1 and "running" in states)
        self.act_my_terminal.setEnabled(connected and len(sel) == 1 and "running" in states)
        for a in self.kill_actions:
            a.setEnabled(any_sel and bool(states & {"running", "paused", "restarting"}))

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for a in (
            self.act_logs,
            self.act_terminal,
            None,
            self.act_start,
            self.act_stop,
            self.act_restart,
            self.act_pause,
            self.act_unpause,
            None,
            self.act_rename,
            self.act_remove,
            None,
            self.act_export_compose,
        ):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        menu.popup(self.active_view().viewport().mapToGlobal(pos))

    def act(
        self,
        action: str,
        ids: list[str] | None = None,
        *,
        timeout: int = 10,
        signal: str = "SIGKILL",
        remove_volumes: bool = False,
        force: bool = False,
    ) -> Job | None:
        """Run ``action`` on the selected containers (or ``ids``) off the GUI thread (the
        options and their defaults are ``ActionRequest``'s), each on its own engine."""
        if ids is None:
            chosen = self.selected()
        else:
            rows = (self.model.row_of(cid) for cid in ids)
            chosen = [self.model.item(r) for r in rows if r is not None]
            if len(chosen) < len(ids):  # ids not (yet) shown: the current engine's
                shown = {c.id for c in chosen}
                chosen += [unseen_container(cid, self.context.docker.name) for cid in ids
                           if cid not in shown]  # fmt: skip
        by_engine: dict[str, list[Container]] = {}
        for c in chosen:
            by_engine.setdefault(c.engine, []).append(c)
        jobs = [
            self._act_on(self.engine_of(group[0]), [c.id for c in group], action,
                         ActionOptions(timeout, signal, remove_volumes, force))
            for group in by_engine.values()
        ]  # fmt: skip
        return jobs[0] if jobs else None

    def _act_on(
        self, engine: Engine, targets: list[str], action: str, options: ActionOptions
    ) -> Job:
        names = {c.id: c.name for c in self.model.items()}
        request = ActionRequest(
            action,
            tuple(targets),
            timeout=options.timeout,
            signal=options.signal,
            remove_volumes=options.remove_volumes,
            force=options.force,
        )
        self.model.set_pending(targets, TRANSITIONS[action])
        title = translate("ContainersPanel", "{0} {1}").format(
            action,
            names.get(targets[0], targets[0][:12])
            if len(targets) == 1
            else self._containers_text(len(targets)),
        )

        def ended() -> None:
            # the events stream brings the final state; clear what it did not change
            for cid in targets:
                row = self.model.row_of(cid)
                if row is not None and self.model.pending.get(cid) == TRANSITIONS[action]:
                    self.model.clear_pending([cid])

        def work(job: Job) -> ActionReport:
            return run_action(job, engine.api, request, names)

        return self.run_job(title, work, after=ended)

    def remove_dialog(self) -> None:
        sel = self.selected()
        if not sel:
            return
        running = [c for c in sel if c.state in ("running", "paused", "restarting")]
        volumes = QCheckBox(
            translate("ContainersPanel", "Also remove their anonymous volumes (-v)")
        )
        if confirm(
            self,
            translate("ContainersPanel", "Remove containers"),
            self._remove_question(len(sel))
            + "\n"
            + ", ".join(c.name for c in sel[:10])
            + ("…" if len(sel) > 10 else ""),
            details=self._running_note(len(running)) if running else "",
            option=volumes,
        ):
            self.act("remove", remove_volumes=volumes.isChecked(), force=bool(running))

    def rename_dialog(self) -> None:
        sel = self.selected()
        if len(sel) != 1:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("ContainersPanel", "Rename"),
            translate("ContainersPanel", "New name:"),
            text=sel[0].name,
        )
        if ok and name and name != sel[0].name:
            self.rename(sel[0], name)

    def rename(self, container: Container, new_name: str) -> Job:
        engine = self.engine_of(container)
        self.model.set_pending([container.id], TRANSITIONS["rename"])
        return self.run_job(
            translate("ContainersPanel", "Rename {0} to {1}").format(container.name, new_name),
            lambda j: rename(j, engine.api, container.id, new_name),
            after=lambda: self.model.clear_pending([container.id]),
        )

    # -- run ------------------------------------------------------------------------------------
    def run_dialog(self, image: str = "", port: str = "") -> Job:
        """Lists images and networks in a worker, then opens the run dialog
        (``self.run_window``)."""
        engine = self.context.docker

        def lists() -> tuple[list[str], list[str]]:
            client = engine.api
            tags = sorted(
                {
                    str(t)
                    for img in client.images()
                    for t in (img.get("RepoTags") or [])
                    if t != "<none>:<none>"
                }
            )
            nets = sorted(str(n["Name"]) for n in client.networks())
            return tags, nets

        def show(result: tuple[list[str], list[str]]) -> None:
            # the dialog runs the spec in a worker and stays open when the engine refuses
            dialog = RunDialog(
                result[0], result[1], self, image=image, port=port, submit=self.run_container,
                save_compose=self.save_spec_as_compose,
            )  # fmt: skip
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.run_window = dialog
            dialog.open()

        return self.call(
            translate("ContainersPanel", "List images"), lists, show, self.context.notifier.error
        )

    def parity_dialog(self) -> QWidget | None:
        """Compare the selected (running) container's Python packages with an environment."""
        sel = self.selected()
        return self.context.app.compare(sel[0].name, False) if len(sel) == 1 else None

    def run_container(
        self,
        spec: RunSpec,
        start: bool = True,
        on_result: Callable[[str], object] | None = None,
        on_error: Callable[[EnvDockError], object] | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Create (and start) ``spec``'s container; the callbacks are ``owner``'s (the run
        dialog's: they are dropped if it is gone by then), else the panel's."""
        engine = self.context.docker
        return self.run_job(
            translate("ContainersPanel", "Run {0}").format(spec.name or spec.image),
            lambda _j: run_container(engine.api, spec, start),
            on_result,
            on_error,
            owner=owner,
        )

    # -- compose files ----------------------------------------------------------------------
    def export_compose_dialog(self) -> Job | None:
        """Asks for a compose file (a new one, or an existing one to add to), then exports."""
        sel = self.selected()
        if not sel:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ContainersPanel", "Export to compose (an existing file gets them added)"),
            str(Path.home() / "compose.yaml"),
            translate("ContainersPanel", "Compose files (*.yaml *.yml);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite
            | QFileDialog.Option.DontUseNativeDialog,
        )
        return self.export_compose(sel, Path(path)) if path else None

    def export_compose(self, containers: list[Container], path: Path) -> Job | None:
        """``containers`` (those on the first one's engine) as services in ``path``, added
        to it when it exists; inspecting and writing run in a job."""
        if not containers:
            return None
        engine = self.engine_of(containers[0])
        ids = [c.id for c in containers if c.engine == containers[0].engine]
        left_out = len(containers) - len(ids)
        return self.run_job(
            translate("ContainersPanel", "Export {0} to {1}").format(
                containers[0].name if len(ids) == 1 else self._containers_text(len(ids)),
                path.name,
            ),
            lambda _j: export_to_file(engine.api, ids, path),
            lambda done: self._on_compose_saved(done, left_out),
        )

    def save_spec_as_compose(
        self,
        spec: RunSpec,
        path: Path,
        on_result: Callable[[RenderedCompose], object] | None = None,
        on_error: Callable[[EnvDockError], object] | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """The run dialog's ``spec`` as a service in ``path`` (added when it exists)."""
        engine = self.context.docker

        def done(saved: RenderedCompose) -> None:
            self._on_compose_saved(saved, 0)
            if on_result is not None:
                on_result(saved)

        return self.run_job(
            translate("ContainersPanel", "Save {0} as a compose service").format(
                spec.name or spec.image
            ),
            lambda _j: spec_to_file(engine.api, spec, path),
            done,
            on_error,
            owner=owner,
        )

    def _on_compose_saved(self, saved: RenderedCompose, left_out: int) -> None:
        lines = saved.messages()
        if left_out:
            lines.append(
                translate(
                    "ContainersPanel", "{0} on other engines were left out: export them apart."
                ).format(self._containers_text(left_out))
            )
        self.context.notifier.notify(
            "info",
            translate("ContainersPanel", "Saved {0} to {1}").format(
                ", ".join(saved.services), saved.path
            ),
            "\n".join(lines),
        )
