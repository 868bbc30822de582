"""Environments: every Python environment on the machine, its packages, and the
operations people do by hand today — each one a job in Activity, never a frozen window."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.envs import condarc
from core.envs.discovery import Discovery
from core.envs.model import Environment, EnvKind, Package
from core.errors import EnvDockError
from core.jobs import Job
from core.units import human_size
from gui.context import AppContext
from gui.environments.create_dialog import CreateEnvDialog, CreateRequest
from gui.environments.folders import (
    FOLDERS_KEY,
    SCAN_HOME_KEY,
    saved_folders,
    saved_scan_home,
    search_context,
)
from gui.environments.models import (
    NAME,
    P_NAME,
    P_SUMMARY,
    PATH,
    EnvironmentsModel,
    PackagesModel,
)
from gui.models.keyed_table import ITEM_ROLE, model_data
from gui.panel import Panel
from gui.widgets.dialogs import more_button
from gui.widgets.tables import make_proxy, make_table


class EnvironmentsPanel(Panel):
    SETTINGS_FOLDERS = FOLDERS_KEY

    def __init__(self, context: AppContext, settings: QSettings | None = None) -> None:
        super().__init__(context)
        self.settings = settings or QSettings()
        self.discovery = Discovery()
        self.environments: list[Environment] = []
        self.current: Environment | None = None
        self.packages: list[Package] = []
        self._loaded_once = False
        self._packages_request = 0
        self._discover_request = 0
        self._sizing: set[str] = set()  # environments whose size is being measured
        # overridable by tests; dialogs by default
        self.confirm: Callable[[str, str], bool] = self._confirm_dialog

        self.model = EnvironmentsModel(self)
        self.proxy = make_proxy(self.model, self)
        self.pkg_model = PackagesModel(self)
        self.pkg_proxy = make_proxy(self.pkg_model, self)

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
        splitter.addWidget(self._build_details())
        splitter.setSizes([330, 330])
        layout.addWidget(splitter, 1)
        self._update_actions()

    # -- building ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.act_refresh = self.make_action(self.tr("Refresh"), self.refresh, "mdi6.refresh")
        self.act_create = self.make_action(self.tr("Create…"), self.create_dialog, "mdi6.plus")
        self.act_from_file = self.make_action(
            self.tr("Create from file…"), self.create_from_file_dialog
        )
        self.act_clone = self.make_action(self.tr("Clone…"), self.clone_dialog, "mdi6.content-copy")
        self.act_rename = self.make_action(self.tr("Rename…"), self.rename_dialog)
        self.act_delete = self.make_action(self.tr("Delete…"), self.delete_current, "mdi6.delete")
        self.act_export_req = self.make_action(
            self.tr("Export requirements.txt…"), lambda: self.export_dialog("requirements")
        )
        self.act_export_yml = self.make_action(
            self.tr("Export environment.yml…"), lambda: self.export_dialog("yml")
        )
        self.act_terminal = self.make_action(
            self.tr("Open terminal"), self.open_terminal, "mdi6.console"
        )
        self.act_activate = self.make_action(self.tr("Copy activate command"), self.copy_activate)
        self.act_kernel = self.make_action(self.tr("Register Jupyter kernel…"), self.kernel_dialog)
        self.act_backup = self.make_action(self.tr("Back up all…"), self.backup_dialog)
        self.act_restore = self.make_action(self.tr("Restore all…"), self.restore_dialog)
        self.act_folder = self.make_action(self.tr("Add folder to scan…"), self.add_folder_dialog)
        self.act_search = self.make_action(
            self.tr("Where to look…"), self.search_settings_dialog, "mdi6.folder-search"
        )
        self.act_who = self.make_action(
            self.tr("Which environments have…"), self.who_has_dialog, "mdi6.magnify"
        )
        self.act_containerize = self.make_action(
            self.tr("Containerize…"), self.containerize_dialog, "mdi6.docker"
        )
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

    def _build_details(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        self.details_label = QLabel(self.tr("Select an environment to see its packages."))
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details_label)
        bar = QHBoxLayout()
        self.pkg_filter = QLineEdit()
        self.pkg_filter.setPlaceholderText(self.tr("Filter packages…"))
        self.pkg_filter.setClearButtonEnabled(True)
        self.pkg_filter.textChanged.connect(self.pkg_proxy.setFilterFixedString)
        bar.addWidget(self.pkg_filter, 1)
        self.pkg_bar = QToolBar()
        self.pkg_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.act_install = self.make_action(
            self.tr("Install…"), self.install_dialog, "mdi6.download"
        )
        self.act_upgrade = self.make_action(self.tr("Upgrade selected"), self.upgrade_selected)
        self.act_uninstall = self.make_action(
            self.tr("Uninstall selected"), self.uninstall_selected
        )
        self.act_outdated = self.make_action(self.tr("Check outdated"), self.check_outdated)
        self.act_upgrade_all = self.make_action(
            self.tr("Upgrade all outdated"), self.upgrade_all_outdated
        )
        self.act_tree = self.make_action(self.tr("Dependency tree"), self.toggle_tree)
        self.act_tree.setCheckable(True)
        for action in (
            self.act_install,
            self.act_upgrade,
            self.act_uninstall,
            self.act_outdated,
            self.act_upgrade_all,
            self.act_tree,
        ):
            self.pkg_bar.addAction(action)
        bar.addWidget(self.pkg_bar)
        layout.addLayout(bar)
        self.pkg_view = make_table(self.pkg_proxy, multi=True)
        self.pkg_view.sortByColumn(P_NAME, Qt.SortOrder.AscendingOrder)
        pheader = self.pkg_view.horizontalHeader()
        for column, width in enumerate((180, 110, 90, 70, 90, 200, 80, 300)):
            pheader.resizeSection(column, width)
        pheader.setSectionResizeMode(P_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.pkg_view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Package"), self.tr("Version")])
        self.tree.setColumnWidth(0, 320)
        self.pkg_stack = QStackedWidget()
        self.pkg_stack.addWidget(self.pkg_view)
        self.pkg_stack.addWidget(self.tree)
        layout.addWidget(self.pkg_stack, 1)
        return box

    # -- discovery --------------------------------------------------------------------------
    def on_shown(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self.load_icons()
            self.refresh()

    def folders(self) -> tuple[Path, ...]:
        return saved_folders(self.settings)

    def scan_home(self) -> bool:
        return saved_scan_home(self.settings)

    def context_for_search(self) -> Any:
        return search_context(self.settings)

    def search_settings_dialog(self) -> None:
        from gui.environments.search_dialog import SearchSettingsDialog

        dialog = SearchSettingsDialog(self.scan_home(), self.folders(), self)
        if dialog.exec():
            self.set_search(dialog.scan_home.isChecked(), dialog.folders())

    def set_search(self, scan_home: bool, folders: tuple[Path, ...]) -> Job:
        """Save where to look (home folder on/off, the user's folders) and search again."""
        self.settings.setValue(SCAN_HOME_KEY, scan_home)
        self.settings.setValue(self.SETTINGS_FOLDERS, [str(f) for f in folders])
        return self.refresh()

    def refresh(self) -> Job:
        ctx = self.context_for_search()
        self.count_label.setText(self.tr("Searching…"))
        self._discover_request += 1
        request = self._discover_request

        def done(envs: list[Environment]) -> None:
            if request == self._discover_request:  # a later refresh supersedes this one
                self._on_discovered(envs)

        return self._call(
            self.tr("Find environments"),
            lambda: self.discovery.discover(ctx),
            done,
            self._on_error,
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
                self._sizing.add(env.key)
                job = Job(
                    self.tr("Size of {0}").format(env.name),
                    lambda j, p=env.path: _size(p, j),
                    visible=False,
                )
                self.context.jobs.submit(
                    job,
                    partial(self._on_size, env.key),
                    partial(self._on_size_error, env.key),
                    owner=self,
                )
        if self.current is not None:
            fresh = next((e for e in envs if e.key == self.current.key), None)
            self._show_env(fresh)

    def _on_size(self, key: str, size: int) -> None:
        self._sizing.discard(key)
        self.model.set_size(key, size)

    def _on_size_error(self, key: str, err: EnvDockError) -> None:
        self._sizing.discard(key)
        self.model.set_size_note(key, self.tr("Not measured: {0}").format(err.message))

    def _on_error(self, err: EnvDockError) -> None:
        self.context.notifier.error(err)

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

    # -- selection and packages -------------------------------------------------------------
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
        self.details_label.setText(text)
        self._update_actions()
        self._packages_request += 1
        request = self._packages_request

        def done(packages: list[Package]) -> None:
            if request == self._packages_request:
                self.packages = packages
                self.pkg_model.set_packages(packages)
                if self.act_tree.isChecked():
                    self._fill_tree()

        from core.envs.packages import read_env_packages

        self._call(
            self.tr("Read packages"), lambda e=env: read_env_packages(e), done, self._on_error
        )

    def selected_packages(self) -> list[Package]:
        rows = self.pkg_view.selectionModel().selectedRows()
        return [p for p in (model_data(r, ITEM_ROLE) for r in rows) if isinstance(p, Package)]

    def _update_actions(self) -> None:
        env = self.current
        has = env is not None
        pipable = (
            has and env is not None and bool(env.interpreter) and env.kind is not EnvKind.SYSTEM
        )
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
            action.setEnabled(has)
        deletable = (
            has
            and env is not None
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

    def _on_env_menu(self, pos: Any) -> None:
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

    # -- running operations -----------------------------------------------------------------
    def run(
        self,
        title: str,
        work: Callable[[Job], Any],
        on_result: Callable[[Any], None] | None = None,
        refresh: bool = True,
    ) -> Job:
        def done(result: Any) -> None:
            if on_result is not None:
                on_result(result)
            if refresh:
                self.refresh()

        def failed(_err: EnvDockError) -> None:
            if refresh:
                self.refresh()

        return self.context.jobs.submit(Job(title, work), done, failed, owner=self)

    def _call(
        self,
        title: str,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[EnvDockError], None] | None = None,
    ) -> Job:
        return self.context.jobs.call(title, fn, on_result, on_error, owner=self)

    def _confirm_dialog(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _need_env(self) -> Environment | None:
        env = self.current
        if env is None:
            self.context.notifier.info(self.tr("Select an environment first."))
        return env

    # create ------------------------------------------------------------------------------
    def interpreters(self) -> list[Environment]:
        seen: set[str] = set()
        out = []
        for env in self.environments:
            if (
                env.kind in (EnvKind.SYSTEM, EnvKind.PYENV, EnvKind.CONDA)
                and env.interpreter
                and env.healthy
                and env.python_version
                and env.interpreter not in seen
            ):
                seen.add(env.interpreter)
                out.append(env)
        return out

    def create_dialog(self) -> Job:
        home = Path.home()

        def show(chans: list[str]) -> None:
            dialog = CreateEnvDialog(self.interpreters(), home / ".virtualenvs", chans, self)
            if dialog.exec():
                self.create_env(dialog.request())

        # the condarc files are YAML to read and parse: a worker's job, not the GUI's
        return self._call(
            self.tr("Read conda channels"),
            lambda: condarc.channels(home, os.environ, condarc.conda_roots(home, os.environ)),
            show,
            self._on_error,
        )

    def create_env(self, request: CreateRequest) -> Job:
        if request.kind == "conda":
            from core.envs.conda_ops import create_conda_env

            return self.run(
                self.tr("Create conda environment {0}").format(request.path.name),
                lambda job: create_conda_env(
                    job, request.path, request.specs, request.channels or ("conda-forge",)
                ),
                lambda p: self._remember_folder(Path(p).parent),
            )
        from core.envs.ops import CreateOptions, create_venv

        opts = CreateOptions(
            request.path,
            request.python,
            request.system_site_packages,
            request.seed,
            request.requirements,
        )
        return self.run(
            self.tr("Create virtualenv {0}").format(request.path.name),
            lambda job: create_venv(job, opts),
            lambda p: self._remember_folder(Path(p).parent),
        )

    def create_from_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Create from requirements.txt or environment.yml"),
            "",
            self.tr("Spec files (*.txt *.yml *.yaml);;All files (*)"),
        )
        if not path:
            return
        name, ok = QInputDialog.getText(self, self.tr("New environment"), self.tr("Name:"))
        if ok and name:
            self.create_from_file(Path(path), Path.home() / ".virtualenvs" / name)

    def create_from_file(self, spec: Path, target: Path) -> Job:
        from core.envs.lifecycle import create_from_file

        return self.run(
            self.tr("Create {0} from {1}").format(target.name, spec.name),
            lambda job: create_from_file(job, spec, target),
            lambda p: self._remember_folder(Path(p).parent),
        )

    def _remember_folder(self, folder: Path) -> None:
        """Make sure environments created in a folder EnvDock does not scan are found."""
        from core.envs.locators import locations

        loc = locations(self.context_for_search())
        scanned = [*loc.poetry, *loc.pipenv, *loc.wrapper, *loc.hatch, *self.folders()]
        if not any(folder == s or folder.is_relative_to(s) for s in scanned):
            self.add_folder(folder, refresh=False)

    # containerize ----------------------------------------------------------------------------
    def containerize_dialog(self) -> None:
        """The bridge turns the selected environment into a Dockerfile and context."""
        env = self._need_env()
        if env is not None:
            self.context.app.containerize(env)

    # clone / rename / delete --------------------------------------------------------------
    def _ask_new_name(self, title: str, env: Environment) -> Path | None:
        name, ok = QInputDialog.getText(
            self, title, self.tr("New name:"), text=f"{env.path.name}-copy"
        )
        return env.path.parent / name if ok and name else None

    def clone_dialog(self) -> None:
        env = self._need_env()
        if env is not None:
            target = self._ask_new_name(self.tr("Clone {0}").format(env.name), env)
            if target is not None:
                self.clone(env, target)

    def clone(self, env: Environment, target: Path) -> Job:
        from core.envs.lifecycle import clone_env

        return self.run(
            self.tr("Clone {0} to {1}").format(env.name, target.name),
            lambda job: clone_env(job, env.path, target),
        )

    def rename_dialog(self) -> None:
        env = self._need_env()
        if env is not None:
            target = self._ask_new_name(self.tr("Rename {0}").format(env.name), env)
            if target is not None:
                self.rename(env, target)

    def rename(self, env: Environment, target: Path) -> Job:
        from core.envs.lifecycle import rename_env

        return self.run(
            self.tr("Rename {0} to {1}").format(env.name, target.name),
            lambda job: rename_env(job, env.path, target),
        )

    def delete_current(self) -> None:
        env = self._need_env()
        if env is not None:
            self.delete(env)

    def delete(self, env: Environment) -> Job:
        """Check in a worker (size included), then confirm with path and size, then delete."""
        from core.envs.safety import check_deletable

        def planned(plan: Any) -> None:
            text = self.tr(
                "Delete the environment {0}?\n\n{1}\n{2} on disk will be freed. "
                "This cannot be undone."
            ).format(env.name, plan.path, human_size(plan.size))
            if self.confirm(self.tr("Delete environment"), text + "\n\n" + plan.summary()):
                from core.envs.ops import remove_env

                self.run(self.tr("Delete {0}").format(env.name), lambda job: remove_env(job, plan))

        return self._call(
            self.tr("Check {0}").format(env.name),
            lambda: check_deletable(env.path),
            planned,
            self._on_error,
        )

    # export -------------------------------------------------------------------------------
    def export_dialog(self, fmt: str) -> None:
        env = self._need_env()
        if env is None:
            return
        default = "requirements.txt" if fmt == "requirements" else "environment.yml"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export {0}").format(env.name), str(Path.home() / default)
        )
        if path:
            self.export(env, Path(path), fmt)

    def export(self, env: Environment, target: Path, fmt: str) -> Job:
        def work(job: Job) -> Path:
            from core.envs.packages import read_packages
            from core.envs.specfiles import to_environment_yml, to_requirements

            packages = read_packages(env.path, with_size=False)
            if fmt == "requirements":
                text = to_requirements(packages)
            else:
                home = Path.home()
                chans = condarc.channels(home, os.environ, condarc.conda_roots(home, os.environ))
                text = to_environment_yml(env.name, packages, chans)
            target.write_text(text, encoding="utf-8")
            job.log(f"wrote {target}")
            return target

        return self.run(
            self.tr("Export {0}").format(env.name),
            work,
            lambda p: self.context.notifier.info(self.tr("Exported to {0}").format(p)),
            refresh=False,
        )

    # packages -----------------------------------------------------------------------------
    def install_dialog(self) -> None:
        env = self._need_env()
        if env is None:
            return
        from gui.environments.install_dialog import InstallDialog

        dialog = InstallDialog(env.name, self, conda=env.kind.is_conda_like)
        if dialog.exec():
            self.install(
                env,
                dialog.arguments(),
                dialog.no_deps.isChecked(),
                dialog.upgrade.isChecked(),
                use_pip=dialog.use_pip.isChecked(),
            )

    def install(
        self,
        env: Environment,
        args: list[str],
        no_deps: bool = False,
        upgrade: bool = False,
        use_pip: bool = False,
    ) -> Job:
        """pip for venv-like environments; conda specs through py-rattler for conda ones
        (unless ``use_pip``)."""
        from core.envs.ops import pip_install

        if env.kind.is_conda_like and not use_pip:
            from core.envs.conda_ops import conda_install

            return self.run(
                self.tr("Install into {0} (conda): {1}").format(env.name, " ".join(args)),
                lambda job: conda_install(job, env.path, args),
            )
        return self.run(
            self.tr("Install into {0}: {1}").format(env.name, " ".join(args)),
            lambda job: pip_install(job, env.path, args, no_deps, upgrade),
        )

    def upgrade_selected(self) -> None:
        env = self._need_env()
        names = [p.name for p in self.selected_packages()]
        if env is not None and names:
            self.install(env, names, upgrade=True)

    def uninstall_selected(self) -> None:
        env = self._need_env()
        names = [p.name for p in self.selected_packages()]
        if env is None or not names:
            return
        if self.confirm(
            self.tr("Uninstall"),
            self.tr("Uninstall {0} from {1}?").format(", ".join(names), env.name),
        ):
            self.uninstall(env, names)

    def uninstall(self, env: Environment, names: list[str]) -> Job:
        """conda packages go through a conda re-solve, pip packages through pip."""
        from core.envs.model import canonical_name
        from core.envs.ops import pip_uninstall

        conda_keys = {p.key for p in self.packages if p.source == "conda"}
        conda = [n for n in names if canonical_name(n) in conda_keys]
        pip = [n for n in names if canonical_name(n) not in conda_keys]

        def work(job: Job) -> None:
            if conda:
                from core.envs.conda_ops import conda_remove

                conda_remove(job, env.path, conda)
            if pip:
                pip_uninstall(job, env.path, pip)

        return self.run(self.tr("Uninstall from {0}: {1}").format(env.name, " ".join(names)), work)

    def check_outdated(self) -> Job | None:
        env = self._need_env()
        if env is None:
            return None
        from core.envs.insight import outdated

        def done(latest: dict[str, str]) -> None:
            if self.current is not None and self.current.key == env.key:
                self.pkg_model.set_latest(latest)
                self.context.notifier.info(
                    self.tr("%n outdated package(s) in {0}", "", len(latest)).format(env.name)
                )

        return self.run(
            self.tr("Check outdated packages of {0}").format(env.name),
            lambda job: outdated(job, env.path),
            done,
            refresh=False,
        )

    def upgrade_all_outdated(self) -> None:
        env = self._need_env()
        names = self.pkg_model.outdated_names()
        if env is None:
            return
        if not names:
            self.context.notifier.info(
                self.tr("Nothing known to be outdated: run “Check outdated” first.")
            )
            return
        self.install(env, names, upgrade=True)

    def toggle_tree(self) -> None:
        if self.act_tree.isChecked():
            self._fill_tree()
            self.pkg_stack.setCurrentWidget(self.tree)
        else:
            self.pkg_stack.setCurrentWidget(self.pkg_view)

    def _fill_tree(self) -> None:
        from core.envs.insight import DepNode, dependency_tree

        self.tree.clear()
        version = self.current.python_version if self.current else ""

        def add(parent: QTreeWidget | QTreeWidgetItem, node: DepNode) -> None:
            label = (
                node.name
                + (self.tr(" (missing)") if node.missing else "")
                + (self.tr(" (cycle)") if node.cycle else "")
            )
            item = QTreeWidgetItem([label, node.package.version if node.package else ""])
            if isinstance(parent, QTreeWidget):
                parent.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in node.children:
                add(item, child)

        for root in dependency_tree(self.packages, version):
            add(self.tree, root)

    # the rest --------------------------------------------------------------------------------
    def open_terminal(self) -> None:
        env = self._need_env()
        if env is None:
            return
        from core.envs.shell import open_terminal

        try:
            open_terminal(env)
        except EnvDockError as err:
            self.context.notifier.error(err)

    def copy_activate(self) -> str:
        env = self._need_env()
        if env is None:
            return ""
        from core.envs.shell import activate_command

        command = activate_command(env)
        QGuiApplication.clipboard().setText(command)
        self.context.notifier.info(self.tr("Copied: {0}").format(command))
        return command

    def kernel_dialog(self) -> None:
        env = self._need_env()
        if env is None:
            return
        default = re.sub(r"[^A-Za-z0-9._-]", "-", env.name).strip("-.") or "env"
        name, ok = QInputDialog.getText(
            self, self.tr("Jupyter kernel"), self.tr("Kernel name:"), text=default
        )
        if ok and name:
            self.register_kernel(env, name)

    def register_kernel(self, env: Environment, name: str) -> Job:
        from core.envs.shell import register_kernel

        return self.run(
            self.tr("Register Jupyter kernel {0}").format(name),
            lambda job: register_kernel(job, env, name),
            refresh=False,
        )

    def backup_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up every environment to"))
        if folder:
            self.backup_all(Path(folder))

    def backup_all(self, folder: Path) -> Job:
        from core.envs.lifecycle import backup_all

        envs = [e for e in self.environments if e.kind not in (EnvKind.SYSTEM, EnvKind.PYENV)]
        return self.run(
            self.tr("Back up %n environment(s)", "", len(envs)),
            lambda job: backup_all(job, envs, folder),
            refresh=False,
        )

    def restore_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Restore from a backup folder"))
        if folder:
            self.restore_all(Path(folder))

    def restore_all(self, folder: Path) -> Job:
        from core.envs.lifecycle import restore_all

        def done(results: list[Any]) -> None:
            counts = {
                k: sum(1 for r in results if r.outcome == k)
                for k in ("created", "skipped", "failed")
            }
            self.context.notifier.notify(
                "warning" if counts["failed"] else "info",
                self.tr("Restore: {0} created, {1} skipped, {2} failed").format(
                    counts["created"], counts["skipped"], counts["failed"]
                ),
                "; ".join(f"{r.name}: {r.message}" for r in results if r.outcome == "failed"),
            )

        return self.run(
            self.tr("Restore environments"),
            lambda job: restore_all(job, folder, self.interpreters()),
            done,
        )

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to scan for environments"))
        if folder:
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path, refresh: bool = True) -> None:
        folders = [str(f) for f in self.folders()]
        if str(folder) not in folders:
            folders.append(str(folder))
            self.settings.setValue(self.SETTINGS_FOLDERS, folders)
        if refresh:
            self.refresh()

    def who_has_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Which environments have a package"), self.tr("Package name:")
        )
        if ok and name.strip():
            self.who_has(name.strip())

    def who_has(self, name: str, show: bool = True) -> Job:
        from core.envs.insight import who_has

        envs = list(self.environments)

        def done(found: list[tuple[Environment, Package]]) -> None:
            if not show:
                return
            lines = [f"{env.name} ({env.path}): {pkg.version}" for env, pkg in found]
            QMessageBox.information(
                self,
                self.tr("Who has {0}").format(name),
                "\n".join(lines) if lines else self.tr("No environment has {0}.").format(name),
            )

        return self.run(
            self.tr("Find {0} in every environment").format(name),
            lambda _job: who_has(envs, name),
            done,
            refresh=False,
        )


def _size(path: Path, job: Job) -> int:
    from core.envs.safety import folder_size

    return folder_size(path, job.cancel_event)
