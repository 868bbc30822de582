"""Containerize an environment: where the Dockerfile goes and what the image runs; the
Dockerfile is written in a worker and opened in the build window."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.bridge.containerize import (
    ContainerizeOptions,
    ContainerizeResult,
    check_options,
    containerize,
    default_base,
)
from core.envs.model import Environment
from core.errors import EnvDockError
from core.jobs import Job
from gui.context import AppContext
from gui.widgets.dialogs import add_footer, with_button


def image_name(env: Environment) -> str:
    """A repository name from the environment's name: lower case, safe characters."""
    name = env.path.parent.name if env.path.name in (".venv", "venv", "env") else env.path.name
    cleaned = re.sub(r"[^a-z0-9._-]+", "-", name.lower()).strip("-._")
    return cleaned or "environment"


class ContainerizeDialog(QDialog):
    def __init__(self, env: Environment, out: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Containerize {0}").format(env.name))
        self.resize(640, 0)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "EnvDock writes a Dockerfile and its build context from what is installed in "
                "{0}, then opens it in the build window."
            ).format(env.path)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.base = QLineEdit(default_base(env.python_version, env.kind.is_conda_like))
        form.addRow(self.tr("Base image"), self.base)
        self.out = QLineEdit(str(out))
        form.addRow(self.tr("Write to (a new folder)"), self._with_browse(self.out))
        self.project = QLineEdit()
        self.project.setPlaceholderText(self.tr("optional: your code, copied into the image"))
        form.addRow(self.tr("Project folder"), self._with_browse(self.project))
        self.workdir = QLineEdit("/app")
        form.addRow(self.tr("Working directory"), self.workdir)
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("none"))
        form.addRow(self.tr("Port the app listens on"), self.port)
        self.command = QLineEdit()
        self.command.setPlaceholderText(self.tr("optional, e.g. uvicorn app:app --port 9002"))
        form.addRow(self.tr("Start command"), self.command)
        self.stages = QComboBox()
        self.stages.addItem(self.tr("Builder stage when it saves size"), None)
        self.stages.addItem(self.tr("Always a builder stage"), True)
        self.stages.addItem(self.tr("One stage"), False)
        form.addRow(self.tr("Stages"), self.stages)
        self.vendor = QCheckBox(
            self.tr("Put every package file in the context (builds without a package index)")
        )
        form.addRow("", self.vendor)
        layout.addLayout(form)
        self.error, self.buttons = add_footer(self, layout, self.tr("Write Dockerfile"))

    def _with_browse(self, edit: QLineEdit) -> QHBoxLayout:
        return with_button(edit, self.tr("Browse…"), lambda: self._browse(edit))

    def _browse(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        if folder:
            edit.setText(folder)

    def options(self) -> ContainerizeOptions:
        project = self.project.text().strip()
        return ContainerizeOptions(
            env=self.env.path,
            out=Path(self.out.text().strip()).expanduser(),
            base=self.base.text().strip(),
            project=Path(project).expanduser() if project else None,
            workdir=self.workdir.text().strip() or "/app",
            port=self.port.value() or None,
            command=self.command.text().strip(),
            multi_stage=self.stages.currentData(),
            vendor=self.vendor.isChecked(),
        )

    def accept(self) -> None:
        try:
            check_options(self.options())
        except EnvDockError as err:
            self.error.setText(f"{err.message} — {err.hint}" if err.hint else err.message)
            return
        super().accept()


def containerize_flow(context: AppContext, env: Environment, parent: QWidget | None) -> None:
    """Ask where and how (the dialog), write the Dockerfile and context in a worker, then
    open it in the build window tagged ``<name>:latest``."""
    out = Path.home() / "envdock-images" / image_name(env)
    dialog = ContainerizeDialog(env, out, parent)
    if dialog.exec():
        run_containerize(context, env, dialog.options())


def run_containerize(context: AppContext, env: Environment, opts: ContainerizeOptions) -> Job:
    def open_build(result: ContainerizeResult) -> None:
        for warning in result.warnings:
            context.notifier.notify("warning", warning)
        context.app.open_build(result.context, f"{image_name(env)}:latest")

    title = QCoreApplication.translate("ContainerizeDialog", "Containerize {0}").format(env.name)
    return context.jobs.submit(Job(title, lambda job: containerize(job, opts)), open_build)
