"""The Environments panel's operations on one environment: create (from a form or a spec
file), clone, rename, delete, export, containerize, terminal and activate command, Jupyter
kernel — each one a job in Activity, never a frozen window."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from core.envs import condarc
from core.envs.conda_ops import create_conda_env
from core.envs.lifecycle import clone_env, create_from_file, rename_env
from core.envs.model import Environment
from core.envs.ops import CreateOptions, create_venv, remove_env
from core.envs.packages import read_packages
from core.envs.safety import DeletePlan, check_deletable
from core.envs.shell import activate_command, open_terminal, register_kernel
from core.envs.specfiles import to_environment_yml, to_requirements
from core.errors import EnvDockError
from core.jobs import Job
from core.units import human_size
from gui.environments.base import EnvironmentsBase, translate
from gui.environments.create_dialog import CreateEnvDialog, CreateRequest


def conda_channels() -> list[str]:
    """The channels of the user's .condarc files (YAML to read and parse: a worker's job)."""
    home = Path.home()
    return condarc.channels(home, os.environ, condarc.conda_roots(home, os.environ))


class OperationsMixin(EnvironmentsBase):
    """What the Environments panel does to one environment (its packages aside)."""

    def _build_operation_actions(self) -> None:
        self.act_create = self.make_action(
            translate("EnvironmentsPanel", "Create…"), self.create_dialog, "mdi6.plus"
        )
        self.act_from_file = self.make_action(
            translate("EnvironmentsPanel", "Create from file…"), self.create_from_file_dialog
        )
        self.act_clone = self.make_action(
            translate("EnvironmentsPanel", "Clone…"), self.clone_dialog, "mdi6.content-copy"
        )
        self.act_rename = self.make_action(
            translate("EnvironmentsPanel", "Rename…"), self.rename_dialog
        )
        self.act_delete = self.make_action(
            translate("EnvironmentsPanel", "Delete…"), self.delete_current, "mdi6.delete"
        )
        self.act_export_req = self.make_action(
            translate("EnvironmentsPanel", "Export requirements.txt…"),
            lambda: self.export_dialog("requirements"),
        )
        self.act_export_yml = self.make_action(
            translate("EnvironmentsPanel", "Export environment.yml…"),
            lambda: self.export_dialog("yml"),
        )
        self.act_terminal = self.make_action(
            translate("EnvironmentsPanel", "Open terminal"), self.open_terminal, "mdi6.console"
        )
        self.act_activate = self.make_action(
            translate("EnvironmentsPanel", "Copy activate command"), self.copy_activate
        )
        self.act_kernel = self.make_action(
            translate("EnvironmentsPanel", "Register Jupyter kernel…"), self.kernel_dialog
        )
        self.act_containerize = self.make_action(
            translate("EnvironmentsPanel", "Containerize…"),
            self.containerize_dialog,
            "mdi6.docker",
        )

    # -- create ------------------------------------------------------------------------------------
    def create_dialog(self) -> Job:
        def show(chans: list[str]) -> None:
            folder = Path.home() / ".virtualenvs"
            dialog = CreateEnvDialog(self.interpreters(), folder, chans, self)
            if dialog.exec():
                self.create_env(dialog.request())

        return self.call(
            translate("EnvironmentsPanel", "Read conda channels"),
            conda_channels,
            show,
            self.context.notifier.error,
        )

    def create_env(self, request: CreateRequest) -> Job:
        if request.kind == "conda":
            return self.run_job(
                translate("EnvironmentsPanel", "Create conda environment {0}").format(
                    request.path.name
                ),
                lambda job: create_conda_env(
                    job, request.path, request.specs, request.channels or ("conda-forge",)
                ),
                self._on_created,
                after=self.refresh,
            )
        opts = CreateOptions(
            request.path,
            request.python,
            request.system_site_packages,
            request.seed,
            request.requirements,
        )
        return self.run_job(
            translate("EnvironmentsPanel", "Create virtualenv {0}").format(request.path.name),
            lambda job: create_venv(job, opts),
            self._on_created,
            after=self.refresh,
        )

    def create_from_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("EnvironmentsPanel", "Create from requirements.txt or environment.yml"),
            "",
            translate("EnvironmentsPanel", "Spec files (*.txt *.yml *.yaml);;All files (*)"),
        )
        if not path:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("EnvironmentsPanel", "New environment"),
            translate("EnvironmentsPanel", "Name:"),
        )
        if ok and name:
            self.create_from_file(Path(path), Path.home() / ".virtualenvs" / name)

    def create_from_file(self, spec: Path, target: Path) -> Job:
        return self.run_job(
            translate("EnvironmentsPanel", "Create {0} from {1}").format(target.name, spec.name),
            lambda job: create_from_file(job, spec, target),
            self._on_created,
            after=self.refresh,
        )

    def _on_created(self, path: Path) -> None:
        self._remember_folder(Path(path).parent)

    # -- containerize ------------------------------------------------------------------------------
    def containerize_dialog(self) -> None:
        """The bridge turns the selected environment into a Dockerfile and context."""
        env = self._need_env()
        if env is not None:
            self.context.app.containerize(env)

    # -- clone, rename, delete ---------------------------------------------------------------------
    def _ask_new_name(self, title: str, env: Environment) -> Path | None:
        name, ok = QInputDialog.getText(
            self, title, translate("EnvironmentsPanel", "New name:"), text=f"{env.path.name}-copy"
        )
        return env.path.parent / name if ok and name else None

    def clone_dialog(self) -> None:
        env = self._need_env()
        if env is not None:
            title = translate("EnvironmentsPanel", "Clone {0}").format(env.name)
            target = self._ask_new_name(title, env)
            if target is not None:
                self.clone(env, target)

    def clone(self, env: Environment, target: Path) -> Job:
        return self.run_job(
            translate("EnvironmentsPanel", "Clone {0} to {1}").format(env.name, target.name),
            lambda job: clone_env(job, env.path, target),
            after=self.refresh,
        )

    def rename_dialog(self) -> None:
        env = self._need_env()
        if env is not None:
            title = translate("EnvironmentsPanel", "Rename {0}").format(env.name)
            target = self._ask_new_name(title, env)
            if target is not None:
                self.rename(env, target)

    def rename(self, env: Environment, target: Path) -> Job:
        return self.run_job(
            translate("EnvironmentsPanel", "Rename {0} to {1}").format(env.name, target.name),
            lambda job: rename_env(job, env.path, target),
            after=self.refresh,
        )

    def delete_current(self) -> None:
        env = self._need_env()
        if env is not None:
            self.delete(env)

    def delete(self, env: Environment) -> Job:
        """Check in a worker (size included), then confirm with path and size, then delete."""

        def planned(plan: DeletePlan) -> None:
            text = translate(
                "EnvironmentsPanel",
                "Delete the environment {0}?\n\n{1}\n{2} on disk will be freed. "
                "This cannot be undone.",
            ).format(env.name, plan.path, human_size(plan.size))
            title = translate("EnvironmentsPanel", "Delete environment")
            if self.confirm(title, text + "\n\n" + plan.summary()):
                self.run_job(
                    translate("EnvironmentsPanel", "Delete {0}").format(env.name),
                    lambda job: remove_env(job, plan),
                    after=self.refresh,
                )

        return self.call(
            translate("EnvironmentsPanel", "Check {0}").format(env.name),
            lambda: check_deletable(env.path),
            planned,
            self.context.notifier.error,
        )

    # -- export ------------------------------------------------------------------------------------
    def export_dialog(self, fmt: str) -> None:
        env = self._need_env()
        if env is None:
            return
        default = "requirements.txt" if fmt == "requirements" else "environment.yml"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("EnvironmentsPanel", "Export {0}").format(env.name),
            str(Path.home() / default),
        )
        if path:
            self.export(env, Path(path), fmt)

    def export(self, env: Environment, target: Path, fmt: str) -> Job:
        def work(job: Job) -> Path:
            packages = read_packages(env.path, with_size=False)
            if fmt == "requirements":
                text = to_requirements(packages)
            else:
                text = to_environment_yml(env.name, packages, conda_channels())
            target.write_text(text, encoding="utf-8")
            job.log(f"wrote {target}")
            return target

        return self.run_job(
            translate("EnvironmentsPanel", "Export {0}").format(env.name),
            work,
            lambda p: self.context.notifier.info(
                translate("EnvironmentsPanel", "Exported to {0}").format(p)
            ),
        )

    # -- terminal, activate, kernel ----------------------------------------------------------------
    def open_terminal(self) -> None:
        env = self._need_env()
        if env is None:
            return
        try:
            open_terminal(env)
        except EnvDockError as err:
            self.context.notifier.error(err)

    def copy_activate(self) -> str:
        env = self._need_env()
        if env is None:
            return ""
        command = activate_command(env)
        QGuiApplication.clipboard().setText(command)
        self.context.notifier.info(translate("EnvironmentsPanel", "Copied: {0}").format(command))
        return command

    def kernel_dialog(self) -> None:
        env = self._need_env()
        if env is None:
            return
        default = re.sub(r"[^A-Za-z0-9._-]", "-", env.name).strip("-.") or "env"
        name, ok = QInputDialog.getText(
            self,
            translate("EnvironmentsPanel", "Jupyter kernel"),
            translate("EnvironmentsPanel", "Kernel name:"),
            text=default,
        )
        if ok and name:
            self.register_kernel(env, name)

    def register_kernel(self, env: Environment, name: str) -> Job:
        return self.run_job(
            translate("EnvironmentsPanel", "Register Jupyter kernel {0}").format(name),
            lambda job: register_kernel(job, env, name),
        )
