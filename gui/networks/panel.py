"""Networks: subnets and members; create a bridge with a subnet, remove, connect and
disconnect containers."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from core.docker.api import DockerAPI
from core.docker.networks import (
    Network,
    connect,
    create_network,
    disconnect,
    list_networks,
    remove_networks,
)
from core.docker.refusals import refusal_text, refused_field
from core.docker.volumes import validate_name
from core.errors import EnvDockError
from core.jobs import Job
from gui.context import AppContext
from gui.i18n import QT_TRANSLATE_NOOP
from gui.models.columns import Column, ColumnsModel
from gui.widgets.dialogs import add_footer, confirm
from gui.widgets.field_errors import FieldErrors
from gui.widgets.list_panel import ListPanel

C = "NetworksModel"

COLUMNS: tuple[Column[Network], ...] = (
    Column(QT_TRANSLATE_NOOP("NetworksModel", "Name"), lambda n: n.name),
    Column(QT_TRANSLATE_NOOP("NetworksModel", "Driver"), lambda n: n.driver),
    Column(QT_TRANSLATE_NOOP("NetworksModel", "Scope"), lambda n: n.scope),
    Column(QT_TRANSLATE_NOOP("NetworksModel", "Subnet"), lambda n: ", ".join(n.subnets)),
    Column(QT_TRANSLATE_NOOP("NetworksModel", "Gateway"), lambda n: ", ".join(n.gateways)),
    Column(
        QT_TRANSLATE_NOOP("NetworksModel", "Containers"),
        lambda n: ", ".join(n.containers),
        lambda n: len(n.containers),
        tooltip=lambda n: "\n".join(n.containers),
    ),
    Column(QT_TRANSLATE_NOOP("NetworksModel", "Id"), lambda n: n.short_id, tooltip=lambda n: n.id),
)
NAME, DRIVER, SCOPE, SUBNET, GATEWAY, CONTAINERS, NET_ID = range(len(COLUMNS))


class NetworksPanel(ListPanel[Network]):
    resource = "network"

    def __init__(self, context: AppContext) -> None:
        model: ColumnsModel[Network] = ColumnsModel(
            C, COLUMNS, key=lambda n: n.id, muted=lambda n: n.builtin
        )
        super().__init__(
            context,
            model,
            QCoreApplication.translate("NetworksPanel", "Filter by name, subnet, container…"),
            (200, 80, 70, 150, 120, 300),
            CONTAINERS,
        )
        self.act_create = self.make_action(self.tr("Create…"), self.create_dialog, "mdi6.plus")
        self.act_remove = self.make_action(self.tr("Remove…"), self.remove_dialog, "mdi6.delete")
        self.act_connect = self.make_action(
            self.tr("Connect container…"), self.connect_dialog, "mdi6.link"
        )
        self.act_disconnect = self.make_action(
            self.tr("Disconnect container…"), self.disconnect_dialog, "mdi6.link-off"
        )
        self.add_actions(
            [self.act_create, self.act_remove, None, self.act_connect, self.act_disconnect]
        )
        self.create_window: CreateNetworkDialog | None = None  # the last one opened

    def fetch(self, api: DockerAPI) -> list[Network]:
        return list_networks(api)

    def on_shown(self) -> None:
        # connecting a container that is not running sends no event: re-list when shown
        self.load_icons()
        self.reload()

    def update_count(self) -> None:
        self.count_label.setText(self.tr("%n network(s)", "", self.model.rowCount()))

    def create_dialog(self) -> CreateNetworkDialog:
        """The dialog creates the network in a worker and stays open when the engine
        refuses, with the error by the field it concerns."""
        dialog = CreateNetworkDialog(self, submit=self.add_network)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.create_window = dialog
        dialog.open()
        return dialog

    def add_network(  # noqa: PLR0917 - the dialog's fields, then its callbacks
        self,
        name: str,
        subnet: str = "",
        gateway: str = "",
        internal: bool = False,
        on_result: Callable[[str], object] | None = None,
        on_error: Callable[[EnvDockError], object] | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Creates in a worker; ``on_result`` / ``on_error`` are the dialog's (``owner``),
        dropped if it closed meanwhile."""
        engine = self.context.docker
        return self.run_job(
            self.tr("Create network {0}").format(name),
            lambda j: create_network(
                j, engine.api, name, subnet=subnet, gateway=gateway, internal=internal
            ),
            on_result,
            on_error,
            after=self.reload,
            owner=owner,
        )

    def remove_dialog(self) -> None:
        sel = self.selected()
        if not sel:
            return
        if confirm(
            self,
            self.tr("Remove networks"),
            self.tr("Remove %n network(s)?", "", len(sel))
            + "\n"
            + "\n".join(n.name for n in sel[:10]),
        ):
            self.remove(sel)

    def remove(self, networks: list[Network]) -> Job:
        engine = self.context.docker
        return self.run_job(
            self.tr("Remove %n network(s)", "", len(networks)),
            lambda j: remove_networks(j, engine.api, networks),
            after=self.reload,
        )

    def _container_names(self) -> list[str]:
        return sorted(c.name for c in self.context.docker.store.snapshot())

    def connect_dialog(self) -> None:
        sel = self.selected()
        if len(sel) != 1:
            return
        names = [n for n in self._container_names() if n not in sel[0].containers]
        if not names:
            QMessageBox.information(
                self, self.tr("Connect"), self.tr("No other container to connect.")
            )
            return
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Connect to {0}").format(sel[0].name),
            self.tr("Container:"),
            names,
            0,
            False,
        )
        if ok and name:
            self.connect_container(sel[0], name)

    def connect_container(self, network: Network, container: str, ipv4: str = "") -> Job:
        engine = self.context.docker
        return self.run_job(
            self.tr("Connect {0} to {1}").format(container, network.name),
            lambda j: connect(j, engine.api, network.id, container, ipv4=ipv4),
            after=self.reload,
        )

    def disconnect_dialog(self) -> None:
        sel = self.selected()
        if len(sel) != 1 or not sel[0].containers:
            return
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Disconnect from {0}").format(sel[0].name),
            self.tr("Container:"),
            list(sel[0].containers),
            0,
            False,
        )
        if ok and name:
            self.disconnect_container(sel[0], name)

    def disconnect_container(self, network: Network, container: str) -> Job:
        engine = self.context.docker
        return self.run_job(
            self.tr("Disconnect {0} from {1}").format(container, network.name),
            lambda j: disconnect(j, engine.api, network.id, container),
            after=self.reload,
        )


# creates in a worker: (name, subnet, gateway, internal, on_result, on_error, owner) -> Job
Submit = Callable[
    [str, str, str, bool, Callable[[str], object], Callable[[EnvDockError], object], QObject],
    Job,
]


class CreateNetworkDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, submit: Submit | None = None) -> None:
        super().__init__(parent)
        self.submit = submit  # None: OK only accepts (the caller creates)
        self.pending: Job | None = None
        self.setWindowTitle(self.tr("Create network"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.field_errors = errors = FieldErrors(form)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("backend")  # not translated: an example value
        self.driver = QComboBox()
        self.driver.addItems(["bridge"])
        self.subnet_edit = QLineEdit()
        self.subnet_edit.setPlaceholderText(self.tr("optional, e.g. 172.28.0.0/16"))
        self.gateway_edit = QLineEdit()
        self.gateway_edit.setPlaceholderText(self.tr("optional, e.g. 172.28.0.1"))
        self.internal = QCheckBox(self.tr("Internal (no access to the outside)"))
        form.addRow(self.tr("Name"), self.name_edit)
        errors.attach("name", self.name_edit)
        form.addRow(self.tr("Driver"), self.driver)
        form.addRow(self.tr("Subnet"), self.subnet_edit)
        errors.attach("subnet", self.subnet_edit)
        form.addRow(self.tr("Gateway"), self.gateway_edit)
        errors.attach("gateway", self.gateway_edit)
        form.addRow("", self.internal)
        layout.addLayout(form)
        self.error, buttons = add_footer(self, layout, self.tr("Create"))
        self.ok = buttons.button(buttons.StandardButton.Ok)
        for edit in (self.name_edit, self.subnet_edit, self.gateway_edit):
            edit.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        message = ""
        try:
            validate_name(self.name_edit.text(), "network")
            if self.subnet_edit.text().strip():
                net = ipaddress.ip_network(self.subnet_edit.text().strip(), strict=True)
                if self.gateway_edit.text().strip():
                    gw = ipaddress.ip_address(self.gateway_edit.text().strip())
                    if gw not in net:
                        message = self.tr("The gateway must be inside the subnet.")
            elif self.gateway_edit.text().strip():
                message = self.tr("A gateway needs a subnet.")
        except EnvDockError as err:
            message = f"{err.message} {err.hint}" if self.name_edit.text() else " "
        except ValueError as exc:
            message = str(exc)
        self.error.setText(message.strip())
        self.ok.setEnabled(not message and self.pending is None)

    # -- creating: the dialog stays open until the engine said yes --------------------------
    def accept(self) -> None:
        if self.submit is None:
            super().accept()
            return
        if self.pending is not None or not self.ok.isEnabled():
            return
        self.field_errors.clear()
        self._set_busy(True)
        self.pending = self.submit(
            self.name_edit.text(),
            self.subnet_edit.text(),
            self.gateway_edit.text(),
            self.internal.isChecked(),
            self._on_created,
            self._on_refused,
            self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)
        self.ok.setText(self.tr("Creating…") if busy else self.tr("Create"))

    def _on_created(self, _network_id: object) -> None:
        self.pending = None
        self._set_busy(False)
        super().accept()

    def _on_refused(self, err: EnvDockError) -> None:
        self.pending = None
        self._set_busy(False)
        self._validate()
        field = refused_field(err, "network")
        text = refusal_text(err, field)
        if not self.field_errors.show(field, text):
            self.error.setText(text)
