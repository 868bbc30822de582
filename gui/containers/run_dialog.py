"""Run a container: the `docker run` options as a form, the equivalent command line live,
and a copy button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStringListModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.docker.refusals import refusal_text, refused_field
from core.docker.run_spec import RESTART_POLICIES, RunSpec, build_spec
from core.errors import EnvDockError, ValidationError
from core.jobs import Job
from gui.widgets.dialogs import add_footer, with_button
from gui.widgets.field_errors import FieldErrors

# runs the spec off the GUI thread: (spec, start, on_result, on_error, owner) -> the Job
Submit = Callable[
    [RunSpec, bool, Callable[[Any], None], Callable[[EnvDockError], None], QObject], Job
]
# saves the spec as a compose service off the GUI thread: (spec, path, on_result,
# on_error, owner) -> the Job; on_result gets a core.compose.export.RenderedCompose
SaveCompose = Callable[
    [RunSpec, Path, Callable[[Any], None], Callable[[EnvDockError], None], QObject], Job
]


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class RunDialog(QDialog):
    def __init__(
        self,
        images: list[str],
        networks: list[str],
        parent: QWidget | None = None,
        image: str = "",
        port: str = "",
        *,
        submit: Submit | None = None,
        save_compose: SaveCompose | None = None,
    ) -> None:
        super().__init__(parent)
        self.submit = submit  # None: OK only accepts (the caller runs the spec)
        self.save_compose = save_compose  # None: no "Save as compose service…" button
        self.saving: Job | None = None
        self.pending: Job | None = None
        self.container_id = ""
        self.setWindowTitle(self.tr("Run a container"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.field_errors = errors = FieldErrors(form)
        self.image = QLineEdit(image)
        self.image.setPlaceholderText("busybox:latest")  # not translated: an example value
        completer = QCompleter(QStringListModel(images, self), self)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.image.setCompleter(completer)
        form.addRow(self.tr("Image"), self.image)
        errors.attach("image", self.image)
        self.name = QLineEdit()
        form.addRow(self.tr("Name"), self.name)
        errors.attach("name", self.name)
        self.command = QLineEdit()
        self.command.setPlaceholderText(self.tr("optional, e.g. httpd -f -p 80"))
        form.addRow(self.tr("Command"), self.command)
        errors.attach("command", self.command)
        self.ports = QPlainTextEdit(port)
        self.ports.setPlaceholderText(self.tr("one per line: 8080:80 or 127.0.0.1:8080:80/tcp"))
        self.ports.setMaximumHeight(60)
        form.addRow(self.tr("Ports"), self.ports)
        errors.attach("ports", self.ports)
        self.volumes = QPlainTextEdit()
        self.volumes.setPlaceholderText(
            self.tr("one per line: NAME:/path or /host/path:/path[:ro]")
        )
        self.volumes.setMaximumHeight(60)
        form.addRow(self.tr("Volumes"), self.volumes)
        errors.attach("volumes", self.volumes)
        self.env = QPlainTextEdit()
        self.env.setPlaceholderText(self.tr("one per line: KEY=value"))
        self.env.setMaximumHeight(60)
        form.addRow(self.tr("Environment"), self.env)
        errors.attach("env", self.env)
        self.env_file = QLineEdit()
        self.env_file.setPlaceholderText(self.tr("optional .env file"))
        form.addRow(
            self.tr("Env file"),
            with_button(self.env_file, self.tr("Browse…"), self._on_pick_env_file),
        )
        errors.attach("env_file", self.env_file)
        self.labels = QPlainTextEdit()
        self.labels.setPlaceholderText(self.tr("one per line: key=value"))
        self.labels.setMaximumHeight(50)
        form.addRow(self.tr("Labels"), self.labels)
        errors.attach("labels", self.labels)
        self.restart = QComboBox()
        for policy in RESTART_POLICIES:
            self.restart.addItem(policy, policy)
        form.addRow(self.tr("Restart"), self.restart)
        self.network = QComboBox()
        self.network.addItem(self.tr("default"), "")
        for net in networks:
            self.network.addItem(net, net)
        form.addRow(self.tr("Network"), self.network)
        errors.attach("network", self.network)
        limits = QHBoxLayout()
        self.cpus = QLineEdit()
        self.cpus.setPlaceholderText(self.tr("CPUs, e.g. 1.5"))
        self.memory = QLineEdit()
        self.memory.setPlaceholderText(self.tr("memory, e.g. 512m"))
        limits.addWidget(self.cpus)
        limits.addWidget(self.memory)
        form.addRow(self.tr("Limits"), limits)
        errors.attach("limits", self.cpus)
        self.memory.textChanged.connect(lambda _t: errors.clear("limits"))
        flags = QHBoxLayout()
        self.remove = QCheckBox(self.tr("Remove when it exits (--rm)"))
        self.interactive = QCheckBox(self.tr("Interactive (-i)"))
        self.tty = QCheckBox(self.tr("TTY (-t)"))
        self.start = QCheckBox(self.tr("Start it (unchecked: only create)"))
        self.start.setChecked(True)
        # two rows: in one, the longer labels (and their Korean) were cut off
        for w in (self.interactive, self.tty, self.remove):
            flags.addWidget(w)
        flags.addStretch(1)
        form.addRow("", flags)
        form.addRow("", self.start)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Equivalent command line:")))
        cli_row = QHBoxLayout()
        self.cli = QLineEdit()
        self.cli.setReadOnly(True)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.cli.text()))
        cli_row.addWidget(self.cli, 1)
        cli_row.addWidget(copy)
        layout.addLayout(cli_row)
        self.saved = QLabel()  # where "Save as compose service…" wrote it
        self.saved.setWordWrap(True)
        layout.addWidget(self.saved)
        self.error, self.buttons = add_footer(self, layout, self.tr("Run"))
        self.run_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if save_compose is not None:
            self.compose_button = self.buttons.addButton(
                self.tr("Save as compose service…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.compose_button.clicked.connect(self._on_save_compose_click)
        for line in (self.image, self.name, self.command, self.env_file, self.cpus, self.memory):
            line.textChanged.connect(self._on_form_change)
        for text in (self.ports, self.volumes, self.env, self.labels):
            text.textChanged.connect(self._on_form_change)
        for combo in (self.restart, self.network):
            combo.currentIndexChanged.connect(self._on_form_change)
        for box in (self.remove, self.interactive, self.tty):
            box.toggled.connect(self._on_form_change)
        self._on_form_change()

    def _on_pick_env_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Env file"))
        if path:
            self.env_file.setText(path)

    def spec(self) -> RunSpec:
        return build_spec(
            image=self.image.text(),
            name=self.name.text(),
            command=self.command.text(),
            ports=_lines(self.ports),
            volumes=_lines(self.volumes),
            env=_lines(self.env),
            env_file=self.env_file.text().strip(),
            labels=_lines(self.labels),
            restart=str(self.restart.currentData()),
            network=str(self.network.currentData()),
            cpus=self.cpus.text(),
            memory=self.memory.text(),
            remove=self.remove.isChecked(),
            interactive=self.interactive.isChecked(),
            tty=self.tty.isChecked(),
        )

    def _on_form_change(self) -> None:
        ok = self.run_button
        try:
            spec = self.spec()
        except ValidationError as exc:
            self.error.setText(f"{exc.message} {exc.hint}".strip())
            ok.setEnabled(False)
            return
        self.error.clear()
        self.cli.setText(spec.command_line())
        ok.setEnabled(self.pending is None)

    # -- running: the dialog stays open until the engine said yes ---------------------------
    def accept(self) -> None:
        if self.submit is None:
            super().accept()
            return
        if self.pending is not None:
            return  # one run at a time
        try:
            spec = self.spec()
        except ValidationError as exc:
            self.error.setText(f"{exc.message} {exc.hint}".strip())
            return
        self.field_errors.clear()
        self.error.clear()
        self._set_busy(True)
        self.pending = self.submit(
            spec, self.start.isChecked(), self._on_run_done, self._on_run_failed, self
        )

    def _set_busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.run_button.setText(self.tr("Running…") if busy else self.tr("Run"))

    def _on_run_done(self, container_id: object) -> None:
        self.pending = None
        self._set_busy(False)
        self.container_id = str(container_id or "")
        super().accept()

    def _on_run_failed(self, err: EnvDockError) -> None:
        """The engine refused: everything typed stays, the error goes by its field."""
        self.pending = None
        self._set_busy(False)
        self._on_form_change()
        field = refused_field(err, "run")
        text = refusal_text(err, field)
        if not self.field_errors.show(field, text):
            self.error.setText(text)

    # -- saving as a compose service: the dialog stays open --------------------------------
    def _on_save_compose_click(self) -> None:
        try:
            self.spec()
        except ValidationError as exc:
            self.error.setText(f"{exc.message} {exc.hint}".strip())
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as compose service (an existing file gets it added)"),
            str(Path.home() / "compose.yaml"),
            self.tr("Compose files (*.yaml *.yml);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite
            | QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.save_compose_to(Path(path))

    def save_compose_to(self, path: Path) -> Job | None:
        """The form's spec as a service in ``path`` (added to it when it exists), in a job."""
        if self.save_compose is None or self.saving is not None:
            return None
        try:
            spec = self.spec()
        except ValidationError as exc:
            self.error.setText(f"{exc.message} {exc.hint}".strip())
            return None
        self.error.clear()
        self.saved.clear()
        self.saving = self.save_compose(
            spec, path, self._on_compose_saved, self._on_compose_failed, self
        )
        return self.saving

    def _on_compose_saved(self, saved: Any) -> None:
        self.saving = None
        self.saved.setText(
            self.tr("Saved as {0} in {1}").format(", ".join(saved.services), saved.path)
        )

    def _on_compose_failed(self, err: EnvDockError) -> None:
        self.saving = None
        self.error.setText(f"{err.message} {err.hint}".strip())
