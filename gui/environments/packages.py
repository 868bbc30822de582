"""The Environments panel's packages pane: the selected environment's packages as a table
or a dependency tree, their filter, and install / upgrade / uninstall / check outdated."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.envs.conda_ops import conda_install, conda_remove
from core.envs.insight import DepNode, dependency_tree, outdated
from core.envs.model import Environment, Package, canonical_name
from core.envs.ops import pip_install, pip_uninstall
from core.envs.packages import read_env_packages
from core.jobs import Job
from gui.environments.base import EnvironmentsBase, translate
from gui.environments.install_dialog import InstallDialog
from gui.environments.models import P_NAME, P_SUMMARY, PackagesModel
from gui.models.keyed_table import ITEM_ROLE, model_data
from gui.widgets.tables import make_proxy, make_table


class PackagesMixin(EnvironmentsBase):
    """The lower half of the Environments panel, for the selected environment."""

    def _build_packages_pane(self) -> QWidget:
        self.pkg_model = PackagesModel(self)
        self.pkg_proxy = make_proxy(self.pkg_model, self)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        self.details_label = QLabel(
            translate("EnvironmentsPanel", "Select an environment to see its packages.")
        )
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details_label)
        bar = QHBoxLayout()
        self.pkg_filter = QLineEdit()
        self.pkg_filter.setPlaceholderText(translate("EnvironmentsPanel", "Filter packages…"))
        self.pkg_filter.setClearButtonEnabled(True)
        self.pkg_filter.textChanged.connect(self.pkg_proxy.setFilterFixedString)
        bar.addWidget(self.pkg_filter, 1)
        self.pkg_bar = QToolBar()
        self.pkg_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self._build_package_actions():
            self.pkg_bar.addAction(action)
        bar.addWidget(self.pkg_bar)
        layout.addLayout(bar)
        self.pkg_view = make_table(self.pkg_proxy, multi=True)
        self.pkg_view.sortByColumn(P_NAME, Qt.SortOrder.AscendingOrder)
        header = self.pkg_view.horizontalHeader()
        for column, width in enumerate((180, 110, 90, 70, 90, 200, 80, 300)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(P_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.pkg_view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [translate("EnvironmentsPanel", "Package"), translate("EnvironmentsPanel", "Version")]
        )
        self.tree.setColumnWidth(0, 320)
        self.pkg_stack = QStackedWidget()
        self.pkg_stack.addWidget(self.pkg_view)
        self.pkg_stack.addWidget(self.tree)
        layout.addWidget(self.pkg_stack, 1)
        return box

    def _build_package_actions(self) -> tuple[QAction, ...]:
        self.act_install = self.make_action(
            translate("EnvironmentsPanel", "Install…"), self.install_dialog, "mdi6.download"
        )
        self.act_upgrade = self.make_action(
            translate("EnvironmentsPanel", "Upgrade selected"), self.upgrade_selected
        )
        self.act_uninstall = self.make_action(
            translate("EnvironmentsPanel", "Uninstall selected"), self.uninstall_selected
        )
        self.act_outdated = self.make_action(
            translate("EnvironmentsPanel", "Check outdated"), self.check_outdated
        )
        self.act_upgrade_all = self.make_action(
            translate("EnvironmentsPanel", "Upgrade all outdated"), self.upgrade_all_outdated
        )
        self.act_tree = self.make_action(
            translate("EnvironmentsPanel", "Dependency tree"), self.toggle_tree
        )
        self.act_tree.setCheckable(True)
        return (
            self.act_install,
            self.act_upgrade,
            self.act_uninstall,
            self.act_outdated,
            self.act_upgrade_all,
            self.act_tree,
        )

    # -- reading -----------------------------------------------------------------------------------
    def _read_packages(self, env: Environment) -> Job:
        """Read ``env``'s packages off the GUI thread; the newest selection's answer wins."""
        return self.call(
            translate("EnvironmentsPanel", "Read packages"),
            lambda: read_env_packages(env),
            self.latest("packages", self._on_packages_read),
            self.context.notifier.error,
        )

    def _on_packages_read(self, packages: list[Package]) -> None:
        self.packages = packages
        self.pkg_model.set_packages(packages)
        if self.act_tree.isChecked():
            self._fill_tree()

    def selected_packages(self) -> list[Package]:
        rows = self.pkg_view.selectionModel().selectedRows()
        return [p for p in (model_data(r, ITEM_ROLE) for r in rows) if isinstance(p, Package)]

    # -- install, upgrade, uninstall ---------------------------------------------------------------
    def install_dialog(self) -> None:
        env = self._need_env()
        if env is None:
            return
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
        if env.kind.is_conda_like and not use_pip:
            return self.run_job(
                translate("EnvironmentsPanel", "Install into {0} (conda): {1}").format(
                    env.name, " ".join(args)
                ),
                lambda job: conda_install(job, env.path, args),
                after=self.refresh,
            )
        return self.run_job(
            translate("EnvironmentsPanel", "Install into {0}: {1}").format(
                env.name, " ".join(args)
            ),
            lambda job: pip_install(job, env.path, args, no_deps, upgrade),
            after=self.refresh,
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
            translate("EnvironmentsPanel", "Uninstall"),
            translate("EnvironmentsPanel", "Uninstall {0} from {1}?").format(
                ", ".join(names), env.name
            ),
        ):
            self.uninstall(env, names)

    def uninstall(self, env: Environment, names: list[str]) -> Job:
        """conda packages go through a conda re-solve, pip packages through pip."""
        conda_keys = {p.key for p in self.packages if p.source == "conda"}
        conda = [n for n in names if canonical_name(n) in conda_keys]
        pip = [n for n in names if canonical_name(n) not in conda_keys]

        def work(job: Job) -> None:
            if conda:
                conda_remove(job, env.path, conda)
            if pip:
                pip_uninstall(job, env.path, pip)

        return self.run_job(
            translate("EnvironmentsPanel", "Uninstall from {0}: {1}").format(
                env.name, " ".join(names)
            ),
            work,
            after=self.refresh,
        )

    # -- outdated ----------------------------------------------------------------------------------
    def check_outdated(self) -> Job | None:
        env = self._need_env()
        if env is None:
            return None

        def done(latest: dict[str, str]) -> None:
            if self.current is not None and self.current.key == env.key:
                self.pkg_model.set_latest(latest)
                self.context.notifier.info(self._outdated_note(len(latest)).format(env.name))

        return self.run_job(
            translate("EnvironmentsPanel", "Check outdated packages of {0}").format(env.name),
            lambda job: outdated(job, env.path),
            done,
        )

    def upgrade_all_outdated(self) -> None:
        env = self._need_env()
        names = self.pkg_model.outdated_names()
        if env is None:
            return
        if not names:
            self.context.notifier.info(
                translate(
                    "EnvironmentsPanel", "Nothing known to be outdated: run “Check outdated” first."
                )
            )
            return
        self.install(env, names, upgrade=True)

    # -- dependency tree ---------------------------------------------------------------------------
    def toggle_tree(self) -> None:
        if self.act_tree.isChecked():
            self._fill_tree()
            self.pkg_stack.setCurrentWidget(self.tree)
        else:
            self.pkg_stack.setCurrentWidget(self.pkg_view)

    def _fill_tree(self) -> None:
        self.tree.clear()
        version = self.current.python_version if self.current else ""
        for root in dependency_tree(self.packages, version):
            self._add_node(self.tree, root)

    def _add_node(self, parent: QTreeWidget | QTreeWidgetItem, node: DepNode) -> None:
        label = (
            node.name
            + (translate("EnvironmentsPanel", " (missing)") if node.missing else "")
            + (translate("EnvironmentsPanel", " (cycle)") if node.cycle else "")
        )
        item = QTreeWidgetItem([label, node.package.version if node.package else ""])
        if isinstance(parent, QTreeWidget):
            parent.addTopLevelItem(item)
        else:
            parent.addChild(item)
        for child in node.children:
            self._add_node(item, child)
