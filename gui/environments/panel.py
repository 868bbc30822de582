"""Environments: every Python environment on the machine, its packages, and the operations
people do by hand today — each one a job in Activity, never a frozen window.

This module holds the panel itself: the environments table, its filter and count, and the
selection. Its parts live beside it: the packages pane (``packages.py``), the operations on
one environment (``operations.py``) and on all of them (``all_environments.py``), and the
saved folders (``folders.py``); ``base.py`` declares what they share.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
)

from core.envs.discovery import Discovery
from core.envs.model import Environment, EnvKind
from core.envs.safety import folder_size
from core.errors import EnvDockError
from core.jobs import Job
from gui.context import AppContext
from gui.environments.all_environments import AllEnvironmentsMixin
from gui.environments.folders import SavedFoldersMixin
from gui.environments.models import NAME, PATH, EnvironmentsModel
from gui.environments.operations import OperationsMixin
from gui.environments.packages import PackagesMixin
from gui.models.keyed_table import ITEM_ROLE, model_data
from gui.widgets import dialogs
from gui.widgets.dialogs import more_button
from gui.widgets.tables import make_proxy, make_table


class EnvironmentsPanel(PackagesMixin, OperationsMixin, AllEnvironmentsMixin, SavedFoldersMixin):
    def __init__(self, context: AppContext, settings: QSettings | None = None) -> None:
        super().__init__(context)
        self.settings = settings or QSettings()
        self.discovery = Discovery()
        self.environments = []
        self.current = None
        self.packages = []
        self._loaded_once = False
        self._sizing: set[str] = set()  # environments whose size is being measured
        # a dialog with Cancel as default; tests replace it
        self.confirm = partial(dialogs.confirm, self)

        self.model = EnvironmentsModel(self)
        self.proxy = make_proxy(self.model, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self._build_actions()

        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, kind, Python, path…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_change)
        bar.addWidget(self.filter_edit, 1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = make_table(self.proxy, multi=False)
        header = self.view.horizontalHeader()
        for column, width in enumerate((130, 200, 70, 70, 80, 110, 300)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(PATH, QHeaderView.ResizeMode.Stretch)
        self.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().currentRowChanged.connect(self._on_env_selection_change)
        self.view.customContextMenuRequested.connect(self._on_env_menu)
        self.view.doubleClicked.connect(lambda _i: self.open_terminal())
        splitter.addWidget(self.view)
        splitter.addWidget(self._build_packages_pane())
        splitter.setSizes([330, 330])
        layout.addWidget(splitter, 1)
        self._update_actions()

    # -- building ----------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.act_refresh = self.make_action(self.tr("Refresh"), self.refresh, "mdi6.refresh")
        self._build_operation_actions()
        self._build_all_environments_actions()
        self._build_folder_actions()
        for action in (
            self.act_refresh,
            self.act_create,
            self.act_clone,
            self.act_delete,
            self.act_terminal,
            self.act_containerize,
        ):
            self.toolbar.addAction(action)
        more = more_button(
            self,
            self.tr("More"),
            (
                self.act_rename,
                self.act_from_file,
                None,
                self.act_export_req,
                self.act_export_yml,
                None,
                self.act_activate,
                self.act_kernel,
                None,
                self.act_backup,
                self.act_restore,
                None,
                self.act_search,
                self.act_folder,
                self.act_who,
            ),
        )
        self.toolbar.addWidget(more)

    # -- discovery ---------------------------------------------------------------------------------
    def on_shown(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self.load_icons()
            self.refresh()

    def refresh(self) -> Job:
        ctx = self.context_for_search()
        self.count_label.setText(self.tr("Searching…"))
        return self.call(
            self.tr("Find environments"),
            lambda: self.discovery.discover(ctx),
            self.latest("discover", self._on_discovered),  # a later refresh supersedes it
            self.context.notifier.error,
        )

    def _on_discovered(self, envs: list[Environment]) -> None:
        self.environments = envs
        self.model.set_environments(envs)
        self._update_count()
        for env in envs:
            if env.kind is EnvKind.SYSTEM:
                # its prefix (/usr) is the whole system's: a size there would mislead
                self.model.set_size_note(
                    env.key,
                    self.tr(
                        "Not measured: a system Python shares {0} with the rest of the system."
                    ).format(env.path),
                )
            elif env.key not in self.model.sizes and env.key not in self._sizing:
                self._measure(env)
        if self.current is not None:
            fresh = next((e for e in envs if e.key == self.current.key), None)
            self._show_env(fresh)

    def _measure(self, env: Environment) -> None:
        """The size of ``env`` on disk, in a job not listed in Activity. Neither ``run_job``
        (listed) nor ``call`` (no job to cancel the walk through) fits: submitted directly."""
        self._sizing.add(env.key)
        job = Job(self.tr("Size of {0}").format(env.name), partial(_size, env.path), visible=False)
        self.context.jobs.submit(
            job,
            partial(self._on_size, env.key),
            partial(self._on_size_error, env.key),
            owner=self,
        )

    def _on_size(self, key: str, size: int) -> None:
        self._sizing.discard(key)
        self.model.set_size(key, size)

    def _on_size_error(self, key: str, err: EnvDockError) -> None:
        self._sizing.discard(key)
        self.model.set_size_note(key, self.tr("Not measured: {0}").format(err.message))

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        broken = sum(1 for e in self.model.items() if not e.healthy)
        text = self.tr("%n environment(s)", "", total)
        if broken:
            text += ", " + self.tr("%n broken", "", broken)
        if shown != total:
            text = self.tr("{0} of {1} shown").format(shown, total)
        self.count_label.setText(text)

    def _on_filter_change(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    # -- texts with a count, for the parts (the plural is read by lupdate from tr() alone) ---------
    def _backup_title(self, count: int) -> str:
        return self.tr("Back up %n environment(s)", "", count)

    def _outdated_note(self, count: int) -> str:
        return self.tr("%n outdated package(s) in {0}", "", count)

    # -- selection ---------------------------------------------------------------------------------
    def selected_env(self) -> Environment | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        env = model_data(index, ITEM_ROLE)
        return env if isinstance(env, Environment) else None

    def select_env(self, path: Path) -> bool:
        row = self.model.row_of(str(path))
        if row is None:
            return False
        self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def _on_env_selection_change(self, *_args: object) -> None:
        self._show_env(self.selected_env())

    def _show_env(self, env: Environment | None) -> None:
        changed = env is None or self.current is None or env.key != self.current.key
        self.current = env
        if changed:
            self.pkg_model.set_latest({})
        if env is None:
            self.details_label.setText(self.tr("Select an environment to see its packages."))
            self.pkg_model.set_packages([])
            self._update_actions()
            return
        self.details_label.setText(self._describe(env))
        self._update_actions()
        self._read_packages(env)

    def _describe(self, env: Environment) -> str:
        text = f"<b>{env.name}</b> — {env.kind.value}, Python {env.python_version or '?'}"
        text += f"<br><code>{env.path}</code>"
        if env.system_site_packages:
            text += "<br>" + self.tr("Uses the system site-packages.")
        if env.kind is EnvKind.SYSTEM:
            text += "<br>" + self.tr(
                "The system's Python: its packages belong to the system's package manager "
                "and are shown read-only, from {0}."
            ).format(", ".join(str(d) for d in env.site_dirs) or str(env.path))
        if not env.healthy:
            broken = self.tr("Broken: {0}").format(env.problem)
            text += f"<br><span style='color:#c0392b'>{broken}</span>"
        return text

    def _update_actions(self) -> None:
        env = self.current
        pipable = env is not None and bool(env.interpreter) and env.kind is not EnvKind.SYSTEM
        self.act_containerize.setEnabled(pipable and not (env is not None and env.conda_base))
        for action in (
            self.act_clone,
            self.act_rename,
            self.act_export_req,
            self.act_export_yml,
            self.act_terminal,
            self.act_activate,
            self.act_kernel,
        ):
            action.setEnabled(env is not None)
        deletable = (
            env is not None
            and env.kind not in (EnvKind.SYSTEM, EnvKind.PYENV)
            and not env.conda_base
        )
        self.act_delete.setEnabled(deletable)
        self.act_rename.setEnabled(deletable)
        for action in (self.act_install, self.act_outdated, self.act_upgrade_all):
            action.setEnabled(pipable)
        selected = bool(self.selected_packages())
        self.act_upgrade.setEnabled(pipable and selected)
        self.act_uninstall.setEnabled(pipable and selected)

    def _on_env_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.act_terminal,
            self.act_activate,
            None,
            self.act_clone,
            self.act_rename,
            self.act_delete,
            None,
            self.act_export_req,
            self.act_export_yml,
            self.act_kernel,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(pos))


def _size(path: Path, job: Job) -> int:
    return folder_size(path, job.cancel_event)
