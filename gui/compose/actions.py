"""The Compose panel's actions: open and forget projects, up, down, start, stop, restart,
pull, build, recreate and scale, the files' editor and the project's merged logs. Each
action shows the exact command it runs (with Copy), runs it as a job (progress in
Activity, output in the Output tab, Cancel), and the rows follow from the engine's events."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from core.compose.actions import (
    UpOptions,
    command_text,
    down_argv,
    down_would_remove,
    project_args,
    recreate_argv,
    run_compose,
    scale_argv,
    up_commands,
    verb_argv,
)
from core.compose.projects import LABEL_NUMBER, ProjectRef, ref_from_path
from core.compose.tool import WATCH, ComposeTool, env_for
from core.docker.containers import COMPOSE_SERVICE
from core.docker.merged_logs import Member
from core.errors import EnvDockError
from core.jobs import Job
from gui.compose.dialogs import DownDialog, UpDialog
from gui.compose.panel import ComposeBase
from gui.context import AppContext
from gui.widgets.dialogs import confirm

Argv = list[str]


def commands_text(commands: list[Argv]) -> str:
    """Commands as a shell runs them one after the other (what Copy gives)."""
    return " && ".join(command_text(argv) for argv in commands)


class ComposePanel(ComposeBase):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        act = self.make_action
        self.open_action = act(self.tr("Open…"), self.open_file, "mdi6.folder-open")
        self.open_action.setToolTip(self.tr("Open a compose file (or a folder holding one)"))
        self.up_action = act(self.tr("Up…"), self.up, "mdi6.play")
        self.down_action = act(self.tr("Down…"), self.down, "mdi6.arrow-collapse-down")
        self.start_action = act(
            self.tr("Start"), lambda: self.verb("start"), "mdi6.play-circle-outline"
        )
        self.stop_action = act(
            self.tr("Stop"), lambda: self.verb("stop"), "mdi6.stop-circle-outline"
        )
        self.restart_action = act(self.tr("Restart"), lambda: self.verb("restart"), "mdi6.restart")
        self.pull_action = act(
            self.tr("Pull"), lambda: self.verb("pull"), "mdi6.cloud-download-outline"
        )
        self.build_action = act(self.tr("Build"), lambda: self.verb("build"), "mdi6.hammer-wrench")
        self.recreate_action = act(self.tr("Recreate service"), self.recreate, "mdi6.refresh")
        self.scale_action = act(self.tr("Scale…"), self.scale, "mdi6.layers-triple")
        self.watch_action = act(self.tr("Watch"), self.watch, "mdi6.eye")
        self.edit_action = act(self.tr("Edit files"), self.edit_files, "mdi6.text-box-edit-outline")
        self.logs_action = act(self.tr("Logs"), self.logs, "mdi6.text-long")
        self.forget_action = act(self.tr("Forget"), self.forget, "mdi6.close")
        self.forget_action.setToolTip(
            self.tr("Remove the project from this list (its files and containers stay)")
        )
        for action in (
            self.open_action, None, self.up_action, self.down_action, self.start_action,
            self.stop_action, self.restart_action, self.pull_action, self.build_action, None,
            self.recreate_action, self.scale_action, self.watch_action, None, self.edit_action,
            self.logs_action, self.forget_action,
        ):  # fmt: skip
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.service_view.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_actions()
        )
        self.log_windows: list[QWidget] = []
        self.update_actions()

    def show_count(self, projects: int) -> None:
        self.count_label.setText(self.tr("%n project(s)", "", projects))

    # -- what is allowed --------------------------------------------------------------------
    def update_actions(self) -> None:
        if not hasattr(self, "up_action"):
            return  # the base calls this while building
        row = self.selected_row()
        files = row is not None and row.ref is not None
        tool = self.tool is not None
        busy = self.current_job is not None and not self.current_job.state.finished
        for action in (self.up_action, self.down_action, self.start_action, self.stop_action,
                       self.restart_action, self.pull_action, self.build_action):  # fmt: skip
            action.setEnabled(files and tool and not busy)
        watch = self.tool is not None and self.tool.supports(WATCH)
        self.watch_action.setEnabled(files and watch and not busy)
        self.watch_action.setToolTip(
            self.tr("Rebuild and update services as their files change (until Cancel)")
            if watch or self.tool is None
            else self.tool.why_not(WATCH)
        )
        one_service = len(self.selected_services()) == 1
        self.recreate_action.setEnabled(files and tool and not busy and one_service)
        self.scale_action.setEnabled(files and tool and not busy and one_service)
        self.edit_action.setEnabled(files)
        self.logs_action.setEnabled(row is not None and bool(row.containers))
        self.forget_action.setEnabled(row is not None and self._remembered(row.name) is not None)
        why = ""
        if self.tool_error is not None:
            why = self.tool_error.message
        elif row is not None and row.ref is None:
            why = self.tr("The project's compose files are not known here.")
        for action in (self.up_action, self.down_action, self.start_action, self.stop_action):
            action.setToolTip(why)

    def _remembered(self, name: str) -> ProjectRef | None:
        engine = self.context.docker.name
        return next((r for r in self.refs if r.name == name and r.engine in ("", engine)), None)

    # -- projects ---------------------------------------------------------------------------
    def open_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a compose file"),
            str(self.project_path() or Path.home()),
            self.tr("Compose files (*.yml *.yaml);;All files (*)"),
        )
        if path:
            self.open_project(Path(path))

    def open_project(self, path: Path, name: str | None = None) -> Job:
        """Remember the project of ``path`` (a compose file or a folder) for this engine."""
        engine = self.context.docker.name

        def work(_job: Job) -> ProjectRef:
            ref = ref_from_path(path, name=name)
            ref = ProjectRef(ref.name, ref.files, ref.workdir, ref.env_file, engine)
            self.store.add(ref)
            return ref

        return self.run_job(self.tr("Open compose project {0}").format(path.name), work,
                            self.remembered)  # fmt: skip

    def forget(self) -> None:
        row = self.selected_row()
        ref = self._remembered(row.name) if row is not None else None
        if ref is None:
            return
        self.refs = [r for r in self.refs if r is not ref]
        self.refresh()
        self.call(
            self.tr("Forget a compose project"),
            lambda: self.store.remove(ref.name, ref.engine),
            None,
            self.context.notifier.error,
        )

    # -- running compose --------------------------------------------------------------------
    def _ready(self) -> tuple[ComposeTool, ProjectRef] | None:
        row = self.selected_row()
        if self.tool is None or row is None or row.ref is None:
            return None
        return self.tool, row.ref

    def run_argv(self, title: str, argv: Argv) -> Job | None:
        return self.run_commands(title, [argv])

    def run_commands(self, title: str, commands: list[Argv]) -> Job | None:
        """Show the commands, run them one after the other as a job (the first that fails
        stops it); the project is re-read when it ends."""
        ready = self._ready()
        if ready is None or not commands:
            return None
        tool, ref = ready
        engine = self.context.docker
        self.command.set_command(commands_text(commands))
        self.output.clear()  # the job's lines follow (its first: the command)
        self.progress.replace([])
        self.tabs.setCurrentWidget(self.output_tab)

        def work(job: Job) -> object:
            env = env_for(engine)
            return [run_compose(job, tool, ref, argv, env, client=engine.client)
                    for argv in commands]  # fmt: skip

        def failed(err: EnvDockError) -> None:
            self.output.appendPlainText(f"⚠ {err.message}")
            if err.hint:
                self.output.appendPlainText(err.hint)

        def after() -> None:
            self.configs.pop(ref.name, None)
            self._load_config()
            self.update_actions()

        self.current_job = self.run_job(f"{title} — {ref.name}", work, None, failed, after)
        self.cancel_button.setEnabled(True)
        self.update_actions()
        return self.current_job

    def _argv(self, build: Callable[[ComposeTool, ProjectRef], Argv]) -> Argv | None:
        ready = self._ready()
        return build(*ready) if ready is not None else None

    def up(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        tool, ref = ready
        config = self.configs.get(ref.name)
        services = sorted(config.services) if config is not None else []
        profiles = list(config.profiles) if config is not None else []

        def preview(options: UpOptions) -> str:
            try:
                return commands_text(up_commands(tool, ref, options, config))
            except EnvDockError as exc:
                return f"⚠ {exc.message}"

        dialog = UpDialog(tool, preview, services, profiles, self,
                          chosen_services=self.selected_services())  # fmt: skip
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        options = dialog.options()
        dialog.deleteLater()
        if accepted:
            self.up_with(options)

    def up_with(self, options: UpOptions) -> Job | None:
        ready = self._ready()
        if ready is None:
            return None
        tool, ref = ready
        try:
            commands = up_commands(tool, ref, options, self.configs.get(ref.name))
        except EnvDockError as exc:
            self.command.set_command(f"⚠ {exc.message} {exc.hint}".strip())
            return None
        return self.run_commands(self.tr("Up"), commands)

    def verb(self, verb: str) -> Job | None:
        services = self.selected_services()
        argv = self._argv(lambda t, r: verb_argv(t, r, verb, services))
        titles = {"start": self.tr("Start"), "stop": self.tr("Stop"), "restart": self.tr("Restart"),
                  "pull": self.tr("Pull"), "build": self.tr("Build")}  # fmt: skip
        return self.run_argv(titles.get(verb, verb), argv) if argv is not None else None

    def recreate(self) -> Job | None:
        services = self.selected_services()
        if len(services) != 1:
            return None
        argv = self._argv(lambda t, r: recreate_argv(t, r, services[0]))
        return self.run_argv(self.tr("Recreate"), argv) if argv is not None else None

    def watch(self) -> Job | None:
        """``compose watch``: runs until cancelled (v2 only: v1 has it disabled, saying why)."""
        argv = self._argv(lambda t, r: [*project_args(t, r), "watch"])
        return self.run_argv(self.tr("Watch"), argv) if argv is not None else None

    def scale(self) -> None:
        services = self.selected_services()
        if len(services) != 1:
            return
        current = sum(
            1 for s in self.services.items() if s.name == services[0] for _c in s.containers
        )
        count, ok = QInputDialog.getInt(
            self, self.tr("Scale"), self.tr("Containers of {0}:").format(services[0]),
            max(1, current), 0, 100,
        )  # fmt: skip
        if ok:
            self.scale_to(services[0], count)

    def scale_to(self, service: str, replicas: int) -> Job | None:
        argv = self._argv(lambda t, r: scale_argv(t, r, service, replicas))
        return self.run_argv(self.tr("Scale"), argv) if argv is not None else None

    def down(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        tool, ref = ready
        dialog = DownDialog(
            lambda v, i: command_text(down_argv(tool, ref, volumes=v, images="all" if i else None)),
            self,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        volumes, images = dialog.volumes.isChecked(), dialog.images.isChecked()
        dialog.deleteLater()
        if not accepted:
            return
        if not (volumes or images):
            self.down_with(False, False)
            return
        engine, config = self.context.docker, self.configs.get(ref.name)

        def names() -> tuple[list[str], list[str]]:
            from core.compose.config import resolve

            model = config or resolve(tool, ref, env=env_for(engine))
            api = engine.api
            existing = [v["Name"] for v in (api.volumes().get("Volumes") or [])]
            tags = [t for i in api.images() for t in (i.get("RepoTags") or [])]
            return down_would_remove(tool, ref, model, volumes=volumes,
                                     images="all" if images else None,
                                     existing_volumes=existing, existing_images=tags)  # fmt: skip

        self.call(self.tr("What down removes"), names,
                  lambda found: self._confirm_down(found, volumes, images))  # fmt: skip

    def _confirm_down(
        self, found: tuple[list[str], list[str]], volumes: bool, images: bool
    ) -> None:
        vols, imgs = found
        lines = []
        if volumes:
            lines.append(self.tr("Volumes: {0}").format(", ".join(vols) or self.tr("none")))
        if images:
            lines.append(self.tr("Images: {0}").format(", ".join(imgs) or self.tr("none")))
        if confirm(
            self,
            self.tr("Down"),
            self.tr("Down removes these for good, with the containers:"),
            self.tr("Remove"),
            details="\n".join(lines),
        ):
            self.down_with(volumes, images)

    def down_with(self, volumes: bool, images: bool) -> Job | None:
        argv = self._argv(
            lambda t, r: down_argv(t, r, volumes=volumes, images="all" if images else None)
        )
        return self.run_argv(self.tr("Down"), argv) if argv is not None else None

    # -- files and logs ---------------------------------------------------------------------
    def edit_files(self) -> QWidget | None:
        row = self.selected_row()
        if row is None or row.ref is None:
            return None
        from gui.compose.editor import ComposeEditor, validator

        editor = ComposeEditor(
            self.context.jobs, row.ref, validator(row.ref, self.context.docker), self
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it holds the .env's values
        editor.show()
        return editor

    def logs(self) -> QWidget | None:
        """The project's merged logs (the chosen services', if some are chosen)."""
        row = self.selected_row()
        if row is None or not row.containers:
            return None
        chosen = set(self.selected_services())
        members = [
            Member(c.id, f"{service}-{c.labels.get(LABEL_NUMBER, '1')}")
            for c in sorted(row.containers, key=lambda c: c.name)
            if (service := c.labels.get(COMPOSE_SERVICE, "")) and (not chosen or service in chosen)
        ]
        if not members:
            return None
        window = self.context.app.open_merged_logs(
            self.context.docker,
            row.name,
            members,  # the window says "Logs — name"
        )
        self.log_windows = [w for w in self.log_windows if shiboken6.isValid(w)] + [window]
        return window

    def shutdown(self) -> None:
        for window in self.log_windows:  # closing a log window stops its followers
            if shiboken6.isValid(window):
                window.close()
        self.log_windows = []
        super().shutdown()
