"""Registries: logins as Docker keeps them, and a browser for any v2 registry
(repositories, tags, manifests; pull, delete a tag)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.docker.registry import (
    KnownRegistry,
    ManifestInfo,
    known_registries,
    login,
    logout,
    normalize_host,
    registry_call,
)
from core.errors import EnvDockError
from core.jobs import Job
from core.units import human_size
from gui.context import AppContext
from gui.panel import Panel
from gui.widgets.dialogs import add_footer, confirm

SETTINGS_KEY = "registries/addresses"  # addresses only: never a secret
HOST_ROLE = Qt.ItemDataRole.UserRole + 10
KIND_ROLE = Qt.ItemDataRole.UserRole + 11


class RegistriesPanel(Panel):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.known: list[KnownRegistry] = []
        self.current = ""  # the address being browsed
        self._browse_job: Job | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        split = QSplitter()
        layout.addWidget(split)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Registries</b>")))
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda cur, _prev: self._on_pick(cur))
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_dialog)
        self.forget_button = QPushButton(self.tr("Forget"))
        self.forget_button.clicked.connect(self.forget_current)
        row.addWidget(self.add_button)
        row.addWidget(self.forget_button)
        left_layout.addLayout(row)
        row = QHBoxLayout()
        self.login_button = QPushButton(self.tr("Log in…"))
        self.login_button.clicked.connect(self.login_dialog)
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.clicked.connect(self.logout_current)
        row.addWidget(self.login_button)
        row.addWidget(self.logout_button)
        left_layout.addLayout(row)
        note = QLabel(
            self.tr(
                "Logins are Docker's own (docker login): EnvDock passes the password to "
                "Docker through a pipe and never stores it."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color:#777;")
        left_layout.addWidget(note)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.browse_current)
        self.pull_button = QPushButton(self.tr("Pull"))
        self.pull_button.clicked.connect(self.pull_selected)
        self.delete_button = QPushButton(self.tr("Delete tag…"))
        self.delete_button.clicked.connect(self.delete_dialog)
        self.copy_button = QPushButton(self.tr("Copy reference"))
        self.copy_button.clicked.connect(self.copy_reference)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter repositories…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        for w in (self.refresh_button, self.pull_button, self.delete_button, self.copy_button):
            bar.addWidget(w)
        bar.addWidget(self.filter, 1)
        right_layout.addLayout(bar)
        self.status = QLabel(self.tr("Pick or add a registry."))
        self.status.setWordWrap(True)
        right_layout.addWidget(self.status)
        inner = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Repository / tag")])
        self._tree_address = ""  # the registry whose repositories the tree shows
        self.tree.itemExpanded.connect(self._on_expand)
        self.tree.currentItemChanged.connect(lambda cur, _prev: self._on_tree_pick(cur))
        inner.addWidget(self.tree)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a tag to see its manifest."))
        inner.addWidget(self.details)
        inner.setSizes([360, 200])
        right_layout.addWidget(inner, 1)
        split.addWidget(right)
        split.setSizes([260, 700])
        self._update_buttons()

    # -- the list of registries ------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload_list()

    def saved_addresses(self) -> list[str]:
        value = QSettings().value(SETTINGS_KEY, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def reload_list(self) -> Job:
        return self.call(self.tr("Registries"), known_registries, self._fill_list)

    def _fill_list(self, known: list[KnownRegistry]) -> None:
        self.known = known
        current = self.current
        logged = {k.host for k in known}
        addresses = list(dict.fromkeys([*self.saved_addresses(), *sorted(logged)]))
        self.list.blockSignals(True)
        self.list.clear()
        for address in addresses:
            host = address.split("://", 1)[-1]
            label = address + ("   ✓ " + self.tr("logged in") if host in logged else "")
            item = QListWidgetItem(label)
            item.setData(HOST_ROLE, address)
            self.list.addItem(item)
            if address == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()
        pending = self._browse_job is not None and not self._browse_job.state.finished
        if self.current and self.tree.topLevelItemCount() == 0 and not pending:
            self.browse_current()

    def _on_pick(self, item: QListWidgetItem | None) -> None:
        self.current = str(item.data(HOST_ROLE)) if item is not None else ""
        self._update_buttons()
        if self.current:
            self.browse_current()

    def _update_buttons(self) -> None:
        has = bool(self.current)
        host = self.current.split("://", 1)[-1]
        logged = host in {k.host for k in self.known}
        self.forget_button.setEnabled(has and self.current in self.saved_addresses())
        self.login_button.setEnabled(has)
        self.logout_button.setEnabled(has and logged)
        self.refresh_button.setEnabled(has)
        tag = self._selected_tag()
        self.pull_button.setEnabled(tag is not None)
        self.delete_button.setEnabled(tag is not None)
        self.copy_button.setEnabled(tag is not None)

    def add_dialog(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Add registry"), self.tr("Address (host:port, or http://host:port):")
        )
        if ok and text.strip():
            self.add_address(text)

    def add_address(self, text: str) -> bool:
        try:
            scheme, host = normalize_host(text)
        except EnvDockError as err:
            self.context.notifier.error(err)
            return False
        address = host if text.strip().find("://") < 0 else f"{scheme}://{host}"
        saved = self.saved_addresses()
        if address not in saved:
            QSettings().setValue(SETTINGS_KEY, [*saved, address])
        self.current = address
        self.reload_list()
        return True

    def forget_current(self) -> None:
        saved = [a for a in self.saved_addresses() if a != self.current]
        QSettings().setValue(SETTINGS_KEY, saved)
        self.current = ""
        self.tree.clear()
        self._tree_address = ""
        self.reload_list()

    # -- logins ----------------------------------------------------------------------------
    def login_dialog(self) -> None:
        if not self.current:
            return
        dialog = LoginDialog(self.current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.login(dialog.user.text(), dialog.take_password())

    def login(self, user: str, password: str) -> Job:
        address = self.current
        return self.run_job(
            self.tr("Log in to {0}").format(address),
            lambda j: login(j, address, user, password),
            lambda _host: self._after_login(),
        )

    def _after_login(self) -> None:
        self.reload_list()
        self.browse_current()

    def logout_current(self) -> Job | None:
        if not self.current:
            return None
        address = self.current
        return self.run_job(
            self.tr("Log out of {0}").format(address),
            lambda j: logout(j, address),
            lambda _host: self.reload_list(),
        )

    # -- browsing --------------------------------------------------------------------------
    def browse_current(self) -> Job | None:
        if not self.current:
            return None
        address = self.current
        self.status.setText(self.tr("Reading {0}…").format(address))

        self._browse_job = self.call(
            self.tr("Registry catalog"),
            lambda: registry_call(address, lambda c: c.catalog()),
            lambda repos: self._fill_tree(address, repos),
            self._on_error,
        )
        return self._browse_job

    def _on_error(self, err: EnvDockError) -> None:
        self.status.setText(f"<b>{err.message}</b> — {err.hint}" if err.hint else err.message)

    def _fill_tree(self, address: str, repos: list[str]) -> None:
        if address != self.current:
            return  # an answer for a registry no longer shown
        if address != self._tree_address:  # another registry's tree: start afresh
            self.tree.clear()
            self._tree_address = address
        # row by row: a repository still there keeps its item (its tags, expanded or not,
        # the one chosen); one gone is taken out; a new one is added
        wanted = set(repos)
        for item in self._repo_items():
            if item.text(0) not in wanted:
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        shown = {item.text(0) for item in self._repo_items()}
        for repo in repos:
            if repo in shown:
                continue
            item = QTreeWidgetItem([repo])
            item.setData(0, KIND_ROLE, "repo")
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(item)
        self.status.setText(self.tr("{0}: %n repository(ies)", "", len(repos)).format(address))
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.lower()
        for item in self._repo_items():
            item.setHidden(bool(needle) and needle not in item.text(0).lower())

    def _repo_items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _on_expand(self, item: QTreeWidgetItem) -> Job | None:
        if item.data(0, KIND_ROLE) != "repo" or item.childCount():
            return None
        return self.load_tags(item)

    def _repo_item(self, repo: str) -> QTreeWidgetItem | None:
        return next((item for item in self._repo_items() if item.text(0) == repo), None)

    def load_tags(self, item: QTreeWidgetItem) -> Job:
        repo, address = item.text(0), self.current

        def done(tags: list[str]) -> None:
            item = self._repo_item(repo)  # the tree may have been refilled meanwhile
            if item is None or address != self.current:
                return
            item.takeChildren()
            for tag in tags:
                child = QTreeWidgetItem([tag])
                child.setData(0, KIND_ROLE, "tag")
                item.addChild(child)
            if not tags:
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicator)

        return self.call(
            self.tr("Tags"),
            lambda: registry_call(address, lambda c: c.tags(repo)),
            done,
            self._on_error,
        )

    def _selected_tag(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        parent = item.parent() if item is not None else None
        if item is None or parent is None or item.data(0, KIND_ROLE) != "tag":
            return None
        return parent.text(0), item.text(0)

    def _on_tree_pick(self, _item: QTreeWidgetItem | None) -> None:
        self._update_buttons()
        picked = self._selected_tag()
        if picked is None:
            return
        repo, tag = picked
        address = self.current

        self.call(
            self.tr("Manifest"),
            lambda: registry_call(address, lambda c: c.manifest(repo, tag)),
            lambda m: self._show_manifest(repo, tag, m),
            self._on_error,
        )

    def _show_manifest(self, repo: str, tag: str, m: ManifestInfo) -> None:
        if self._selected_tag() != (repo, tag):
            return
        lines = [
            f"{self.reference(repo, tag)}",
            self.tr("Digest: {0}").format(m.digest),
            self.tr("Media type: {0}").format(m.media_type),
            self.tr("Size: {0}").format(human_size(m.size)),
        ]
        if m.is_index:
            lines.append(self.tr("Platforms: {0}").format(", ".join(m.platforms)))
        else:
            lines.append(self.tr("Platform: {0}/{1}").format(m.os or "?", m.architecture or "?"))
            if m.created:
                lines.append(self.tr("Created: {0}").format(m.created))
            lines.append(self.tr("Layers (%n):", "", len(m.layers)))
            lines += [f"  {d[:19]}…  {human_size(s)}" for d, s in m.layers]
        self.details.setPlainText("\n".join(lines))

    def reference(self, repo: str, tag: str) -> str:
        return f"{self.current.split('://', 1)[-1]}/{repo}:{tag}"

    def copy_reference(self) -> None:
        picked = self._selected_tag()
        if picked is not None:
            QGuiApplication.clipboard().setText(self.reference(*picked))

    def pull_selected(self) -> QWidget | None:
        picked = self._selected_tag()
        return self.context.app.pull(self.reference(*picked)) if picked is not None else None

    def delete_dialog(self) -> None:
        picked = self._selected_tag()
        if picked is None:
            return
        repo, tag = picked
        address = self.current

        def ask(sharing: list[str]) -> None:
            others = [t for t in sharing if t != tag]
            text = self.tr("Delete {0} from {1}?").format(f"{repo}:{tag}", address)
            if others:
                text += "\n\n" + self.tr(
                    "These tags point at the same image and go with it: {0}"
                ).format(", ".join(others))
            if confirm(self, self.tr("Delete tag"), text):
                self.delete_tag(repo, tag)

        self.call(
            self.tr("Tags"),
            lambda: registry_call(address, lambda c: c.tags_sharing(repo, tag)),
            ask,
            self._on_error,
        )

    def delete_tag(self, repo: str, tag: str) -> Job:
        address = self.current

        def work(job: Job) -> str:
            digest = registry_call(address, lambda c: c.delete_tag(repo, tag))
            job.log(f"deleted {repo}:{tag} ({digest})")
            return digest

        def deleted(_digest: str) -> None:
            item = self._repo_item(repo)
            if item is not None and address == self.current:
                self.load_tags(item)  # its tags as the registry has them now
            self.browse_current()

        return self.run_job(self.tr("Delete {0}").format(f"{repo}:{tag}"), work, deleted)


class LoginDialog(QDialog):
    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to {0}").format(address))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password or token"), self.password)
        layout.addLayout(form)
        note = QLabel(self.tr("Docker keeps the login in its credential store."))
        note.setStyleSheet("color:#777;")
        layout.addWidget(note)
        self.error, buttons = add_footer(self, layout, self.tr("Log in"))
        self.ok = buttons.button(buttons.StandardButton.Ok)
        self.user.textChanged.connect(self._validate)
        self.password.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        self.ok.setEnabled(bool(self.user.text().strip() and self.password.text()))

    def take_password(self) -> str:
        """The password, cleared from the widget as it is handed over."""
        value = self.password.text()
        self.password.clear()
        return value
