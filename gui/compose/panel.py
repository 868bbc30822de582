"""The Compose panel: projects given by their files and projects running on the engine
(linked back to their files by their labels), the chosen project's services and containers,
and the compose tool that acts on them (the user's own, named with its version).

Projects' states come from the engine's container cache, kept current by its events: the
rows are recomputed when containers change (a pure function, well under a millisecond for
20 projects), never by polling. The files' view of a project (services, profiles, networks)
comes from ``compose config`` in a worker, when a project is chosen and after each action.
The actions are in ``actions.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.compose.actions import ComposeProgress
from core.compose.config import ComposeModel
from core.compose.projects import ProjectRef, ProjectRow, ProjectStore, project_rows, service_rows
from core.compose.tool import ComposeTool, env_for, find_tool, redetect
from core.docker.engine import ContainerChange
from core.errors import EnvDockError
from core.jobs import Job
from gui.compose.models import (
    ProgressModel,
    ProjectContainersModel,
    ProjectsModel,
    ServicesModel,
)
from gui.context import AppContext
from gui.panel import Panel
from gui.widgets.command_line import CommandLine
from gui.widgets.engine_banner import EngineBanner
from gui.widgets.tables import make_filter, make_proxy, make_table

REFRESH_MS = 80  # container events come in bursts (an `up` of ten services): one recount


class ComposeBase(Panel):
    """The panel's state and views (``ComposePanel`` adds the actions)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.store = ProjectStore()
        self.refs: list[ProjectRef] = []  # remembered projects (read in a worker)
        self.tool: ComposeTool | None = None
        self.tool_error: EnvDockError | None = None
        self.configs: dict[str, ComposeModel] = {}  # each project's files, resolved
        self.config_errors: dict[str, EnvDockError] = {}
        self.current_job: Job | None = None
        self._started = False
        self._closed = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(EngineBanner(context.engine, self))
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)

        tool_bar = QHBoxLayout()
        self.tool_label = QLabel(self.tr("Looking for compose…"))
        self.tool_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tool_label.setWordWrap(True)
        tool_bar.addWidget(self.tool_label, 1)
        self.detect_button = QPushButton(self.tr("Detect again"))
        self.detect_button.clicked.connect(self.detect_tool)
        self.detect_button.hide()
        tool_bar.addWidget(self.detect_button)
        layout.addLayout(tool_bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.projects = ProjectsModel(self)
        self.projects_proxy = make_proxy(self.projects, self)
        filter_row = QHBoxLayout()
        filter_row.addWidget(make_filter(self.tr("Filter projects"),
                                         self.projects_proxy.setFilterFixedString), 1)  # fmt: skip
        self.count_label = QLabel()
        filter_row.addWidget(self.count_label)
        left_layout.addLayout(filter_row)
        self.project_view: QTableView = make_table(
            self.projects_proxy, multi=False, widths=(160, 130), stretch=2,
            sort=(0, Qt.SortOrder.AscendingOrder),
        )  # fmt: skip
        self.project_view.selectionModel().selectionChanged.connect(self._on_project_chosen)
        self.project_view.doubleClicked.connect(lambda _i: self.edit_files())
        left_layout.addWidget(self.project_view, 1)
        self.empty_label = QLabel(
            self.tr(
                "No compose projects yet. Open a compose file or a folder holding one, or "
                "start one with docker compose: projects running on the engine show here."
            )
        )
        self.empty_label.setWordWrap(True)
        left_layout.addWidget(self.empty_label)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.header)
        self.tabs = QTabWidget()
        self.services = ServicesModel(self)
        self.services_proxy = make_proxy(self.services, self)
        self.service_view = make_table(
            self.services_proxy, widths=(120, 220, 140, 110, 120, 80, 110), stretch=7,
            sort=(0, Qt.SortOrder.AscendingOrder),
        )  # fmt: skip
        self.tabs.addTab(self.service_view, self.tr("Services"))
        self.containers = ProjectContainersModel(self)
        self.containers_proxy = make_proxy(self.containers, self)
        self.container_view = make_table(
            self.containers_proxy, widths=(110, 200, 80, 80, 150), stretch=5,
            sort=(1, Qt.SortOrder.AscendingOrder),
        )  # fmt: skip
        self.tabs.addTab(self.container_view, self.tr("Containers"))
        output = QSplitter(Qt.Orientation.Vertical)
        self.progress = ProgressModel(self)
        self.progress_view = make_table(make_proxy(self.progress, self), multi=False,
                                        widths=(90, 260), stretch=2)  # fmt: skip
        self.progress_view.setSortingEnabled(False)
        output.addWidget(self.progress_view)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setMaximumBlockCount(5000)
        self.output.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        output.addWidget(self.output)
        self.output_tab = output
        self.tabs.addTab(output, self.tr("Output"))
        right_layout.addWidget(self.tabs, 1)
        command_row = QHBoxLayout()
        self.command = CommandLine()
        command_row.addWidget(self.command, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_action)
        command_row.addWidget(self.cancel_button)
        right_layout.addLayout(command_row)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        context.engine.containers_changed.connect(self._on_containers)
        context.engine.current_changed.connect(self._on_engine_changed)
        context.jobs.logged.connect(self._on_job_line)
        context.jobs.reported.connect(self._on_job_report)
        context.jobs.finished.connect(self._on_job_finished)

    # -- start ------------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.load_icons()
        if self._started:
            return
        self._started = True
        self.detect_tool()
        self.call(self.tr("Read compose projects"), self.store.refs, self._on_refs)
        self.refresh()

    def detect_tool(self) -> None:
        self.tool_label.setText(self.tr("Looking for compose…"))
        find = redetect if self.tool is not None or self.tool_error is not None else find_tool
        self.call(self.tr("Find compose"), find, self._on_tool, self._on_tool_error)

    def _on_tool(self, tool: ComposeTool) -> None:
        self.tool, self.tool_error = tool, None
        self.tool_label.setText(self.tr("Acting through {0}").format(tool.label))
        self.tool_label.setStyleSheet("")
        self.detect_button.hide()
        self.update_actions()
        self.configs.clear()
        self._load_config()

    def _on_tool_error(self, err: EnvDockError) -> None:
        self.tool, self.tool_error = None, err
        self.tool_label.setText(f"⚠ {err.message} {err.hint}".strip())
        self.tool_label.setStyleSheet("color: #b00020;")
        self.detect_button.show()
        self.update_actions()

    def _on_refs(self, refs: list[ProjectRef]) -> None:
        self.refs = refs
        self.refresh()

    # -- rows -------------------------------------------------------------------------------
    def _on_containers(self, _changes: list[ContainerChange]) -> None:
        # once per burst: restarting the timer on every event could put it off for good
        if not self._closed and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _on_engine_changed(self, _engine: object) -> None:
        self.configs.clear()
        self.config_errors.clear()
        self.refresh()

    def refresh(self) -> None:
        """Rows from the remembered projects and the engine's container cache (no I/O)."""
        engine = self.context.docker
        rows = project_rows(self.refs, engine.store.snapshot(), engine=engine.name)
        self.projects.replace(rows)
        self.show_count(len(rows))
        self.empty_label.setVisible(not rows)
        self._show_project()
        self.update_actions()

    def show_count(self, projects: int) -> None:
        """The count line (the panel's: a plural's translation is found only through tr()
        on the class itself)."""

    def selected_row(self) -> ProjectRow | None:
        rows = self.project_view.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.projects_proxy.mapToSource(rows[0]).row()
        return self.projects.item(row) if 0 <= row < self.projects.rowCount() else None

    def select_project(self, name: str) -> bool:
        row = self.projects.row_of(name)
        if row is None:
            return False
        index = self.projects_proxy.mapFromSource(self.projects.index(row, 0))
        self.project_view.selectRow(index.row())
        return True

    def selected_services(self) -> tuple[str, ...]:
        rows = self.service_view.selectionModel().selectedRows()
        out = []
        for index in rows:
            row = self.services_proxy.mapToSource(index).row()
            if 0 <= row < self.services.rowCount():
                out.append(self.services.item(row).name)
        return tuple(out)

    def _on_project_chosen(self, *_args: object) -> None:
        self._show_project()
        self._load_config()
        self.update_actions()

    def _show_project(self) -> None:
        row = self.selected_row()
        if row is None:
            self.header.setText(self.tr("Choose a project to see its services."))
            self.services.replace([])
            self.containers.replace([])
            return
        config = self.configs.get(row.name)
        self.services.replace(service_rows(row, config))
        self.containers.replace(row.containers)
        lines = [f"<b>{row.name}</b> — {row.status_text}"]
        if row.ref is not None:
            lines.append(self.tr("Files: {0}").format(", ".join(str(p) for p in row.ref.files)))
            if row.ref.env_file is not None:
                lines.append(self.tr("Environment file: {0}").format(row.ref.env_file))
        else:
            lines.append(self.tr("Its files are not known here (started elsewhere)."))
        error = self.config_errors.get(row.name)
        if error is not None:
            lines.append(f"<span style='color:#b00020'>⚠ {error.message}</span>")
        elif config is not None and config.profiles:
            lines.append(self.tr("Profiles: {0}").format(", ".join(config.profiles)))
        self.header.setText("<br>".join(lines))

    def _load_config(self) -> None:
        """The chosen project's files as compose resolves them (in a worker)."""
        row = self.selected_row()
        tool = self.tool
        if row is None or row.ref is None or tool is None:
            return
        ref, engine = row.ref, self.context.docker

        def work() -> ComposeModel:
            from core.compose.config import resolve

            return resolve(tool, ref, env=env_for(engine))

        def done(model: ComposeModel) -> None:
            self.configs[ref.name] = model
            self.config_errors.pop(ref.name, None)
            self._show_project()

        def failed(err: EnvDockError) -> None:
            self.config_errors[ref.name] = err
            self._show_project()

        self.call(
            self.tr("Read a compose project"), work, *self.latest_pair("config", done, failed)
        )

    def update_actions(self) -> None:
        """Enable what the chosen project and the tool allow (the actions' part)."""

    # -- the running action's output ---------------------------------------------------------
    def _on_job_line(self, job: Job, line: str) -> None:
        if job is self.current_job:
            self.output.appendPlainText(line)

    def _on_job_report(self, job: Job, value: object) -> None:
        if job is self.current_job and isinstance(value, ComposeProgress):
            self.progress.replace(value.items)

    def _on_job_finished(self, job: Job) -> None:
        if job is self.current_job:
            self.cancel_button.setEnabled(False)

    def cancel_action(self) -> None:
        if self.current_job is not None and not self.current_job.state.finished:
            self.current_job.cancel()

    def remembered(self, ref: ProjectRef) -> None:
        """``ref`` was added to the store (by the actions)."""
        self.refs = [r for r in self.refs if (r.name, r.engine) != (ref.name, ref.engine)]
        self.refs.append(ref)
        self.refresh()
        self.select_project(ref.name)

    def project_path(self) -> Path | None:
        row = self.selected_row()
        return row.ref.workdir if row is not None and row.ref is not None else None

    def edit_files(self) -> QWidget | None:  # the actions' part
        """Open the chosen project's files in the editor."""
        return None

    def shutdown(self) -> None:
        self._closed = True
        self._refresh_timer.stop()
