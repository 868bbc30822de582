"""Build an image: the Dockerfile in an editor with warnings, the build's options, and
the output step by step with the failing step marked (in the table and in the editor)."""

from __future__ import annotations

from pathlib import Path
from typing import TypeGuard

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.ansi import strip_ansi
from core.docker.build import (
    BuildFailed,
    BuildRequest,
    BuildResult,
    BuildStep,
    build_image,
    parse_build_args,
)
from core.docker.dockerfile import ContextScan, parse, scan_context
from core.docker.engine import Engine
from core.errors import EnvDockError, ValidationError
from core.jobs import Job, JobState
from gui.context import AppContext
from gui.images.dockerfile_editor import DockerfileEditor, stage_names
from gui.widgets.dialogs import with_button
from gui.widgets.engine_label import keep_title

STATE_COLOURS = {"failed": QColor(192, 57, 43, 70), "running": QColor(21, 101, 192, 40)}


def _is_steps(value: object) -> TypeGuard[list[BuildStep]]:
    """What ``build_image`` reports (through ``job.report``): the steps so far."""
    return isinstance(value, list) and all(isinstance(step, BuildStep) for step in value)


class BuildDialog(QDialog):
    """Builds on ``engine`` (default: the current one when the window opened) for the
    window's whole life; the title names that engine while several are known."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        folder: Path | None = None,
        tag: str = "",
        engine: Engine | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.engine = engine if engine is not None else context.docker
        self.job: Job | None = None
        self.steps: list[BuildStep] = []
        keep_title(self, context.engine, self.engine, self.tr("Build image"))
        self.resize(980, 720)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.context_edit = QLineEdit()
        self.context_edit.setPlaceholderText(self.tr("The folder sent to the engine"))
        form.addRow(
            self.tr("Context folder"),
            with_button(self.context_edit, self.tr("Choose…"), self._pick_context),
        )
        self.dockerfile_edit = QLineEdit("Dockerfile")
        form.addRow(
            self.tr("Dockerfile"),
            with_button(self.dockerfile_edit, self.tr("Choose…"), self._pick_dockerfile),
        )
        self.tags_edit = QLineEdit(tag)
        self.tags_edit.setPlaceholderText(self.tr("app:1.0, app:latest"))
        form.addRow(self.tr("Tags"), self.tags_edit)
        self.args_edit = QPlainTextEdit()
        # not translated: an example value
        self.args_edit.setPlaceholderText("PYTHON_VERSION=3.12\nHTTP_PROXY=…")
        self.args_edit.setFixedHeight(54)
        form.addRow(self.tr("Build arguments"), self.args_edit)
        self.target = QComboBox()
        form.addRow(self.tr("Target stage"), self.target)
        opts = QHBoxLayout()
        self.no_cache = QCheckBox(self.tr("No cache"))
        self.pull = QCheckBox(self.tr("Pull newer base images"))
        opts.addWidget(self.no_cache)
        opts.addWidget(self.pull)
        opts.addStretch(1)
        form.addRow("", opts)
        layout.addLayout(form)

        self.tabs = QTabWidget()
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.setContentsMargins(0, 4, 0, 0)
        self.editor = DockerfileEditor()
        self.editor.findings_changed.connect(lambda _f: self._refresh_targets())
        editor_layout.addWidget(self.editor, 1)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save Dockerfile"))
        self.save_button.clicked.connect(self.save_dockerfile)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        editor_layout.addLayout(save_row)
        self.tabs.addTab(editor_page, self.tr("Dockerfile"))

        out_page = QSplitter(Qt.Orientation.Vertical)
        self.steps_table = QTableWidget(0, 4)
        self.steps_table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Instruction"), self.tr("State"), self.tr("Time")]
        )
        self.steps_table.verticalHeader().hide()
        self.steps_table.setColumnWidth(0, 60)
        self.steps_table.setColumnWidth(1, 560)
        self.steps_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.steps_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.steps_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.steps_table.currentCellChanged.connect(lambda r, _c, _pr, _pc: self._show_step(r))
        out_page.addWidget(self.steps_table)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setMaximumBlockCount(20000)
        out_page.addWidget(self.output)
        out_page.setSizes([220, 300])
        self.tabs.addTab(out_page, self.tr("Output"))
        layout.addWidget(self.tabs, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.build_button = QPushButton(self.tr("Build"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.start_build)
        self.cancel_button = QPushButton(self.tr("Cancel build"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_build)
        self.run_button = QPushButton(self.tr("Run…"))
        self.run_button.setToolTip(self.tr("Run a container from the image just built"))
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self.run_built)
        self.built_ref = ""
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for b in (self.build_button, self.cancel_button, self.run_button, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self._loaded_path: Path | None = None
        self.unsaved_box: QMessageBox | None = None
        self.context.jobs.reported.connect(self._on_reported)
        self.context.jobs.logged.connect(self._on_log)
        self.context.jobs.finished.connect(self._on_finished)
        self.context_edit.editingFinished.connect(self.load_dockerfile)
        self.dockerfile_edit.editingFinished.connect(self.load_dockerfile)
        if folder is not None:
            self.context_edit.setText(str(folder))
            self.load_dockerfile()

    # -- files -----------------------------------------------------------------------------
    def dockerfile_path(self) -> Path:
        path = Path(self.dockerfile_edit.text().strip() or "Dockerfile").expanduser()
        return (
            path
            if path.is_absolute()
            else Path(self.context_edit.text().strip()).expanduser() / path
        )

    def _pick_context(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Build context"))
        if folder:
            self.context_edit.setText(folder)
            self.load_dockerfile()

    def _pick_dockerfile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Dockerfile"), self.context_edit.text())
        if path:
            self.dockerfile_edit.setText(path)
            self.load_dockerfile()

    def load_dockerfile(self) -> None:
        if not self.context_edit.text().strip():
            return
        path = self.dockerfile_path()
        if path == self._loaded_path:
            return  # editingFinished also fires on a mere focus change
        self._loaded_path = path
        try:
            text = path.read_text(errors="replace") if path.is_file() else ""
        except OSError as exc:
            self.status.setText(self.tr("Cannot read {0}: {1}").format(path, exc.strerror))
            return
        if not self.editor.modified:
            self.editor.set_text(text)
        if not text:
            self.status.setText(
                self.tr("No Dockerfile at {0} yet: write one and save it.").format(path)
            )
        self._scan_context()

    def _scan_context(self) -> None:
        folder = Path(self.context_edit.text().strip()).expanduser()
        if not folder.is_dir():
            self.editor.set_extra_findings([])
            return

        def done(scan: ContextScan) -> None:
            finding = scan.finding()
            self.editor.set_extra_findings([finding] if finding else [])

        self.context.jobs.call(
            self.tr("Context size"), lambda: scan_context(folder), done, owner=self
        )

    def save_dockerfile(self) -> bool:
        path = self.dockerfile_path()
        try:
            path.write_text(self.editor.plain_text())
        except OSError as exc:
            self.status.setText(self.tr("Cannot save {0}: {1}").format(path, exc.strerror or exc))
            return False
        self.editor.text.document().setModified(False)
        self.status.setText(self.tr("Saved {0}").format(path))
        return True

    def _refresh_targets(self) -> None:
        names = stage_names(self.editor.plain_text())
        current = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self.tr("(last stage)"), "")
        for name in names:
            self.target.addItem(name, name)
        index = self.target.findData(current)
        self.target.setCurrentIndex(max(0, index))
        self.target.blockSignals(False)

    # -- building --------------------------------------------------------------------------
    def request(self) -> BuildRequest:
        context_text = self.context_edit.text().strip()
        if not context_text:
            raise ValidationError(
                "Choose the build context", "The folder whose files the Dockerfile copies."
            )
        tags = tuple(
            t.strip() for t in self.tags_edit.text().replace(" ", ",").split(",") if t.strip()
        )
        return BuildRequest(
            Path(context_text).expanduser(),
            self.dockerfile_edit.text().strip() or "Dockerfile",
            tags,
            parse_build_args(self.args_edit.toPlainText()),
            str(self.target.currentData() or ""),
            self.no_cache.isChecked(),
            self.pull.isChecked(),
        )

    def start_build(self) -> Job | None:
        if self.job is not None and not self.job.state.finished:
            return None
        engine = self.engine
        if engine.client is None:
            self.status.setText(self.tr("Not connected to a Docker engine."))
            return None
        try:
            request = self.request()
        except EnvDockError as err:
            self._show_error(err)
            return None
        needs_save = self.editor.modified or not request.dockerfile_path().exists()
        if needs_save and request.context.is_dir() and not self.save_dockerfile():
            return None
        self.editor.mark_line(0)
        self.steps = []
        self.steps_table.setRowCount(0)
        self.output.clear()
        self.tabs.setCurrentIndex(1)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Building…"))
        self.build_button.setEnabled(False)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        title = self.tr("Build {0}").format(", ".join(request.tags) or request.context.name)
        self.job = Job(title, lambda job: build_image(job, engine.api, request, job.report))
        self.context.jobs.submit(self.job)
        return self.job

    def cancel_build(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_reported(self, job: Job, value: object) -> None:
        if job is self.job and _is_steps(value):
            self.show_steps(value)

    def _on_log(self, job: Job, line: str) -> None:
        if job is self.job:
            self.output.appendPlainText(strip_ansi(line))

    def show_steps(self, steps: list[BuildStep]) -> None:
        self.steps = steps
        if self.steps_table.rowCount() != len(steps):
            self.steps_table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            values = [
                f"{step.number}/{step.total}",
                step.instruction,
                self._state_text(step.state),
                f"{step.duration:.1f} s" if step.started else "",
            ]
            for col, value in enumerate(values):
                item = self.steps_table.item(row, col)
                if item is None:
                    item = QTableWidgetItem(value)
                    self.steps_table.setItem(row, col, item)
                elif item.text() != value:
                    item.setText(value)
                colour = STATE_COLOURS.get(step.state)
                item.setBackground(colour if colour is not None else QColor(0, 0, 0, 0))
        last = self.steps_table.item(len(steps) - 1, 0) if steps else None
        if last is not None:
            self.steps_table.scrollToItem(last)

    def _state_text(self, state: str) -> str:
        return {
            "running": self.tr("running"),
            "cached": self.tr("cached"),
            "done": self.tr("done"),
            "failed": self.tr("FAILED"),
        }.get(state, state)

    def exposed_port(self) -> str:
        """The first EXPOSE of the last stage as a run-dialog mapping ("9002:9002")."""
        port = ""
        for ins in parse(self.editor.text.toPlainText()).instructions:
            if ins.keyword == "FROM":
                port = ""
            elif ins.keyword == "EXPOSE" and not port and ins.args.split():
                port = ins.args.split()[0].split("/")[0]
        return f"{port}:{port}" if port.isdigit() else ""

    def run_built(self) -> None:
        """The run dialog of the Containers panel, with the image and its port filled in."""
        if self.built_ref:
            self.context.app.open_run(image=self.built_ref, port=self.exposed_port())

    def _show_step(self, row: int) -> None:
        if 0 <= row < len(self.steps) and self.steps[row].state == "failed":
            self.output.setPlainText("\n".join(strip_ansi(x) for x in self.steps[row].output))

    def _show_error(self, err: EnvDockError) -> None:
        self.status.setStyleSheet("color:#c0392b;")
        self.status.setText(f"{err.message}\n{err.hint}".strip())

    def _on_finished(self, job: Job) -> None:
        if job is not self.job:
            return
        self.build_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if job.state is JobState.SUCCEEDED:
            result: BuildResult = job.result
            self.built_ref = result.tags[0] if result.tags else result.image_id
            self.run_button.setEnabled(True)
            self.show_steps(result.steps)
            self.status.setStyleSheet("color:#2e7d32;")
            self.status.setText(
                self.tr("Built {0}").format(result.image_id.removeprefix("sha256:")[:12])
                + (f" — {', '.join(result.tags)}" if result.tags else "")
            )
        elif job.state is JobState.CANCELLED:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Build cancelled. Nothing was tagged."))
        elif job.error is not None:
            if isinstance(job.error, BuildFailed) and job.error.steps:
                self.show_steps(job.error.steps)
                failed = job.error.steps[-1]
                row = len(job.error.steps) - 1
                self.steps_table.selectRow(row)
                self._show_step(row)
                if failed.line:
                    self.editor.mark_line(failed.line)
            self._show_error(job.error)

    # -- closing: unsaved Dockerfile edits are never dropped without asking -------------------
    def done(self, result: int) -> None:
        """Closing hides the window; a running build goes on (Activity shows it) and
        "Build…" in the Images panel brings this window back. With unsaved Dockerfile
        edits it first asks: save, discard or keep editing (``self.unsaved_box``)."""
        if self.has_unsaved_changes():
            self._ask_unsaved(result)
            return
        self._close(result)

    def has_unsaved_changes(self) -> bool:
        """Edits in the editor that the file on disk does not have (one small read)."""
        return self.editor.modified and self.editor.plain_text() != self._disk_text()

    def _close(self, result: int) -> None:
        self.editor.shutdown()
        super().done(result)

    def _ask_unsaved(self, result: int) -> None:
        if self.unsaved_box is not None and self.unsaved_box.isVisible():
            self.unsaved_box.raise_()
            return
        Btn = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved Dockerfile"),
            self.tr("The Dockerfile has changes that are not saved:\n{0}").format(
                self.dockerfile_path()
            ),
            Btn.Save | Btn.Discard | Btn.Cancel,
            self,
        )
        box.setInformativeText(self.tr("Save them before closing?"))
        box.setDefaultButton(Btn.Save)
        box.setEscapeButton(Btn.Cancel)
        box.finished.connect(lambda answer: self._on_unsaved_answer(box, result))
        self.unsaved_box = box
        box.open()  # window-modal, without a nested event loop

    def _on_unsaved_answer(self, box: QMessageBox, result: int) -> None:
        self.unsaved_box = None
        button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        Btn = QMessageBox.StandardButton
        if button == Btn.Save:
            if not self.context_edit.text().strip():
                self._show_error(
                    ValidationError(
                        self.tr("Choose the build context first"),
                        self.tr("The Dockerfile is saved in (or relative to) that folder."),
                    )
                )
            elif self.save_dockerfile():
                self._close(result)
        elif button == Btn.Discard:
            self._loaded_path = None
            text = self._disk_text()
            self.editor.set_text(text)  # what is on disk: reopening shows no stale edits
            self._close(result)
        # Cancel (or Escape): stay open, edits kept

    def _disk_text(self) -> str:
        if not self.context_edit.text().strip():
            return ""
        path = self.dockerfile_path()
        try:
            return path.read_text(errors="replace") if path.is_file() else ""
        except OSError:
            return ""
