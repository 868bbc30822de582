"""Create a swarm service: the run dialog's fields where they apply, plus replicas,
placement, update and rollback policy, resources, secrets and configs, in tabs; the
equivalent ``docker service create`` live, with Copy.

What is wrong goes under its field, on its tab (that tab is brought forward), and the
dialog stays open with everything typed.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.docker.masking import mask_assignment
from core.errors import EnvDockError, ValidationError
from core.jobs import Job
from core.swarm.ops import (
    ENDPOINT_MODES,
    FAILURE_ACTIONS,
    MOUNT_TYPES,
    PROTOCOLS,
    PUBLISH_MODES,
    RESTART_CONDITIONS,
    UPDATE_ORDERS,
    FileRef,
    MountRequest,
    PortRequest,
    ServiceRequest,
    UpdatePolicy,
    validate_request,
)
from gui.swarm.dialogs import (
    WARNING_STYLE,
    FormError,
    ResourceFields,
    add_remove_buttons,
    cell_text,
    duration_text,
    error_text,
    make_table,
    note,
    parse_duration,
    parse_env,
    parse_labels,
    size_text,
)
from gui.widgets.command_line import CommandLine
from gui.widgets.dialogs import add_footer
from gui.widgets.field_errors import FieldErrors

# creates the service off the GUI thread: (request, on_result, on_error, owner) -> the Job
Submit = Callable[
    [ServiceRequest, Callable[[Any], None], Callable[[EnvDockError], None], QObject], Job
]
ROLLBACK_FAILURE_ACTIONS = ("pause", "continue")  # a rollback cannot roll back

# the tabs, in order (the field keys on each are in ServiceDialog.TAB_OF)
GENERAL, PORTS, STORAGE, NETWORKS, PLACEMENT, UPDATES, RESOURCES, FILES, LABELS = range(9)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _split(text: str, key: str) -> tuple[str, ...]:
    try:
        return tuple(shlex.split(text))
    except ValueError as exc:  # shlex: "No closing quotation"
        raise FormError(
            key,
            ValidationError(
                QCoreApplication.translate(
                    "ServiceDialog", "{text!r} has a quote that is not closed"
                ).format(text=text)
            ),
        ) from exc


def service_command(req: ServiceRequest) -> list[str]:
    """``docker service create …`` for ``req`` (secret-looking environment values masked)."""
    argv = ["docker", "service", "create", "--name", req.name]
    if req.mode == "global":
        argv += ["--mode", "global"]
    elif req.replicas != 1:
        argv += ["--replicas", str(req.replicas)]
    if req.endpoint_mode != "vip":
        argv += ["--endpoint-mode", req.endpoint_mode]
    if req.command:
        argv += ["--entrypoint", shlex.join(req.command)]
    for key, value in req.env.items():
        argv += ["--env", mask_assignment(f"{key}={value}")]
    for port in req.ports:
        parts = [f"target={port.target}"]
        if port.published:
            parts.append(f"published={port.published}")
        if port.protocol != "tcp":
            parts.append(f"protocol={port.protocol}")
        if port.mode != "ingress":
            parts.append(f"mode={port.mode}")
        argv += ["--publish", ",".join(parts)]
    for m in req.mounts:
        parts = [f"type={m.type}"] + ([f"source={m.source}"] if m.source else [])
        parts.append(f"target={m.target}")
        if m.read_only:
            parts.append("readonly")
        argv += ["--mount", ",".join(parts)]
    for net in req.networks:
        argv += ["--network", net]
    for constraint in req.constraints:
        argv += ["--constraint", constraint]
    for pref in req.preferences:
        argv += ["--placement-pref", f"spread={pref}"]
    for prefix, policy in (("update", req.update), ("rollback", req.rollback)):
        if policy is None:
            continue
        default = UpdatePolicy()
        if policy.parallelism != default.parallelism:
            argv += [f"--{prefix}-parallelism", str(policy.parallelism)]
        if policy.delay:
            argv += [f"--{prefix}-delay", duration_text(policy.delay)]
        if policy.failure_action != default.failure_action:
            argv += [f"--{prefix}-failure-action", policy.failure_action]
        if policy.order != default.order:
            argv += [f"--{prefix}-order", policy.order]
    res = req.resources
    if res is not None:
        for flag, cpus in (("--limit-cpu", res.cpu_limit), ("--reserve-cpu", res.cpu_reservation)):
            if cpus is not None:
                argv += [flag, f"{cpus:g}"]
        for flag, size in (
            ("--limit-memory", res.memory_limit),
            ("--reserve-memory", res.memory_reservation),
        ):
            if size is not None:
                argv += [flag, size_text(size)]
    for flag, refs in (("--secret", req.secrets), ("--config", req.configs)):
        for ref in refs:
            argv += [flag, f"source={ref.name},target={ref.target}" if ref.target else ref.name]
    if req.restart_condition != "any":
        argv += ["--restart-condition", req.restart_condition]
    if req.restart_max_attempts is not None:
        argv += ["--restart-max-attempts", str(req.restart_max_attempts)]
    if req.stop_grace_period is not None:
        argv += ["--stop-grace-period", duration_text(req.stop_grace_period)]
    if req.workdir:
        argv += ["--workdir", req.workdir]
    if req.user:
        argv += ["--user", req.user]
    for flag, labels in (("--label", req.labels), ("--container-label", req.container_labels)):
        for key, value in labels.items():
            argv += [flag, f"{key}={value}"]
    return [*argv, req.image or "IMAGE", *req.args]


def _checklist(names: Sequence[str]) -> QListWidget:
    box = QListWidget()
    for name in names:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)
    return box


def _file_refs(names: Sequence[str], headers: Sequence[str]) -> QTableWidget:
    """A table of secrets or configs: the name (tick to use it), its target in the tasks."""
    table = make_table(headers)
    for name in names:
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setFlags(
            (item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        table.setItem(row, 0, item)
        table.setItem(row, 1, QTableWidgetItem(""))
    table.setMinimumHeight(110)
    return table


def _combo(values: Sequence[str], current: str = "") -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(value, value)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class _PolicyFields:
    """Parallelism, delay, failure action and order of an update or a rollback."""

    def __init__(
        self, box: QGroupBox, key: str, failure_actions: Sequence[str], dialog: ServiceDialog
    ) -> None:
        form = QFormLayout(box)
        self.errors = FieldErrors(form)
        self.key = key
        self.parallelism = QSpinBox()
        self.parallelism.setRange(0, 1000)
        self.parallelism.setValue(1)
        self.parallelism.setSpecialValueText(
            QCoreApplication.translate("ServiceDialog", "all at once")
        )
        form.addRow(QCoreApplication.translate("ServiceDialog", "Parallelism"), self.parallelism)
        self.delay = QLineEdit()
        self.delay.setPlaceholderText(
            QCoreApplication.translate("ServiceDialog", "between batches, e.g. 10s (empty: none)")
        )
        form.addRow(QCoreApplication.translate("ServiceDialog", "Delay"), self.delay)
        dialog.attach(self.errors, f"{key}_delay", self.delay, UPDATES)
        self.failure_action = _combo(failure_actions, "pause")
        form.addRow(QCoreApplication.translate("ServiceDialog", "On failure"), self.failure_action)
        self.order = _combo(UPDATE_ORDERS, "stop-first")
        form.addRow(QCoreApplication.translate("ServiceDialog", "Order"), self.order)

    def read(self) -> UpdatePolicy | None:
        try:
            delay = parse_duration(self.delay.text()) or 0.0
        except ValidationError as exc:
            raise FormError(f"{self.key}_delay", exc) from exc
        policy = UpdatePolicy(
            parallelism=self.parallelism.value(),
            delay=delay,
            failure_action=str(self.failure_action.currentData()),
            order=str(self.order.currentData()),
        )
        return None if policy == UpdatePolicy() else policy


class ServiceDialog(QDialog):
    """Create a service. ``request()`` builds the ServiceRequest; OK checks it
    (``validate_request``) and, with ``submit``, creates it in a worker and closes only once
    the engine said yes."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        networks: Sequence[str],
        secrets: Sequence[str],
        configs: Sequence[str],
        images: Sequence[str],
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent)
        self.submit = submit
        self.pending: Job | None = None
        self.service_id = ""
        self.where: dict[str, tuple[FieldErrors, int]] = {}  # field key → its errors, its tab
        self.setWindowTitle(self.tr("Create a service"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._general(images)
        self._ports()
        self._storage()
        self._networks(networks)
        self._placement()
        self._updates()
        self._resources()
        self._files(secrets, configs)
        self._labels()
        layout.addWidget(QLabel(self.tr("Equivalent command line:")))
        self.command_line = CommandLine()
        layout.addWidget(self.command_line)
        self.error, self.buttons = add_footer(self, layout, self.tr("Create"))
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # every tab's title in sight (the Korean ones too)
        self.setMinimumWidth(max(720, self.tabs.tabBar().sizeHint().width() + 40))
        self._connect_changes()
        self._on_mode()
        self._on_form_change()

    # -- building the tabs -----------------------------------------------------------------
    def _page(self, title: str) -> tuple[QFormLayout, FieldErrors]:
        page = QWidget()
        form = QFormLayout(page)
        self.tabs.addTab(page, title)
        return form, FieldErrors(form)

    def attach(self, errors: FieldErrors, key: str, field: QWidget, tab: int) -> None:
        errors.attach(key, field)
        self.where[key] = (errors, tab)

    def _general(self, images: Sequence[str]) -> None:
        form, errors = self._page(self.tr("General"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("web")  # not translated: an example value
        form.addRow(self.tr("Name"), self.name_edit)
        self.attach(errors, "name", self.name_edit, GENERAL)
        self.image = QComboBox()
        self.image.setEditable(True)
        self.image.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.image.addItems(list(images))
        self.image.setCurrentText("")
        image_edit = self.image.lineEdit()
        assert image_edit is not None  # an editable combo has one
        image_edit.setPlaceholderText("busybox:latest")  # not translated: an example value
        form.addRow(self.tr("Image"), self.image)
        self.attach(errors, "image", image_edit, GENERAL)
        self.entrypoint = QLineEdit()
        self.entrypoint.setPlaceholderText(self.tr("optional: replaces the image's entrypoint"))
        form.addRow(self.tr("Entrypoint"), self.entrypoint)
        self.attach(errors, "command", self.entrypoint, GENERAL)
        self.args = QLineEdit()
        self.args.setPlaceholderText(self.tr("optional: replaces its command, e.g. httpd -f -p 80"))
        form.addRow(self.tr("Arguments"), self.args)
        self.attach(errors, "args", self.args, GENERAL)
        self.env = QPlainTextEdit()
        self.env.setPlaceholderText(self.tr("one per line: KEY=value"))
        self.env.setMaximumHeight(70)
        form.addRow(self.tr("Environment"), self.env)
        self.attach(errors, "env", self.env, GENERAL)

        self.mode = QComboBox()
        self.mode.addItem(self.tr("replicated"), "replicated")
        self.mode.addItem(self.tr("global (one task on every node)"), "global")
        self.replicas = QSpinBox()
        self.replicas.setRange(0, 100_000)
        self.replicas.setValue(1)
        self.replicas_label = QLabel(self.tr("Replicas"))
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.mode, 1)
        mode_row.addWidget(self.replicas_label)
        mode_row.addWidget(self.replicas)
        form.addRow(self.tr("Mode"), mode_row)
        self.attach(errors, "replicas", self.replicas, GENERAL)
        self.mode.currentIndexChanged.connect(self._on_mode)

        self.endpoint_mode = QComboBox()
        labels = {
            "vip": self.tr("vip (one virtual IP, balanced across the tasks)"),
            "dnsrr": self.tr("dnsrr (DNS round robin over the tasks' addresses)"),
        }
        for value in ENDPOINT_MODES:
            self.endpoint_mode.addItem(labels.get(value, value), value)
        form.addRow(self.tr("Endpoint mode"), self.endpoint_mode)
        self.attach(errors, "endpoint_mode", self.endpoint_mode, GENERAL)

        self.restart_condition = _combo(RESTART_CONDITIONS, "any")
        self.restart_attempts = QSpinBox()
        self.restart_attempts.setRange(0, 1000)
        self.restart_attempts.setSpecialValueText(self.tr("no limit"))
        self.restart_attempts.setMinimumWidth(
            self.restart_attempts.fontMetrics().horizontalAdvance(self.tr("no limit")) + 48
        )
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.restart_condition, 1)
        restart_row.addWidget(QLabel(self.tr("Max attempts")))
        restart_row.addWidget(self.restart_attempts)
        form.addRow(self.tr("Restart"), restart_row)
        self.stop_grace = QLineEdit()
        self.stop_grace.setPlaceholderText(self.tr("e.g. 30s (empty: the engine's 10s)"))
        form.addRow(self.tr("Stop grace period"), self.stop_grace)
        self.attach(errors, "stop_grace", self.stop_grace, GENERAL)
        self.workdir = QLineEdit()
        self.workdir.setPlaceholderText(self.tr("optional, e.g. /app"))
        form.addRow(self.tr("Working directory"), self.workdir)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("optional, e.g. 1000:1000"))
        form.addRow(self.tr("User"), self.user)

    def _ports(self) -> None:
        form, errors = self._page(self.tr("Ports"))
        self.ports = make_table(
            [self.tr("Target (in the task)"), self.tr("Published"), self.tr("Protocol"),
             self.tr("Mode")]
        )  # fmt: skip
        form.addRow(self.ports)
        self.attach(errors, "ports", self.ports, PORTS)
        form.addRow(add_remove_buttons(self.ports, lambda: self.add_port()))
        self.ingress_note = note(
            self.tr(
                "Ingress publishing and virtual IPs need IPVS in the engine's kernel; host mode "
                "with dnsrr works without it."
            ),
            WARNING_STYLE,
        )
        form.addRow(self.ingress_note)
        form.addRow(
            note(
                self.tr(
                    "Ingress: the port is open on every node and balanced across the tasks. "
                    "Host: only on the nodes that run a task, straight to that task. An empty "
                    "published port: the engine picks one (ingress) or none (host)."
                )
            )
        )

    def add_port(
        self, target: str = "", published: str = "", protocol: str = "tcp", mode: str = "ingress"
    ) -> int:
        row = self.ports.rowCount()
        self.ports.blockSignals(True)  # a row is read once all its cells are there
        self.ports.insertRow(row)
        self.ports.setItem(row, 0, QTableWidgetItem(target))
        self.ports.setItem(row, 1, QTableWidgetItem(published))
        proto = _combo(PROTOCOLS, protocol)
        publish = _combo(PUBLISH_MODES, mode)
        self.ports.setCellWidget(row, 2, proto)
        self.ports.setCellWidget(row, 3, publish)
        for combo in (proto, publish):
            combo.currentIndexChanged.connect(self._on_form_change)
        self.ports.blockSignals(False)
        self._on_form_change()
        return row

    def _storage(self) -> None:
        form, errors = self._page(self.tr("Storage"))
        self.mounts = make_table(
            [self.tr("Type"), self.tr("Source"), self.tr("Target (in the task)"),
             self.tr("Read-only")]
        )  # fmt: skip
        form.addRow(self.mounts)
        self.attach(errors, "mounts", self.mounts, STORAGE)
        form.addRow(add_remove_buttons(self.mounts, lambda: self.add_mount()))
        form.addRow(
            note(
                self.tr(
                    "volume: a named volume on each node (created there when missing); bind: a "
                    "path that must exist on every node the task may run on; tmpfs: memory."
                )
            )
        )

    def add_mount(
        self, kind: str = "volume", source: str = "", target: str = "", read_only: bool = False
    ) -> int:
        row = self.mounts.rowCount()
        self.mounts.blockSignals(True)  # a row is read once all its cells are there
        self.mounts.insertRow(row)
        kind_combo = _combo(MOUNT_TYPES, kind)
        kind_combo.currentIndexChanged.connect(self._on_form_change)
        self.mounts.setCellWidget(row, 0, kind_combo)
        self.mounts.setItem(row, 1, QTableWidgetItem(source))
        self.mounts.setItem(row, 2, QTableWidgetItem(target))
        ro = QTableWidgetItem()
        ro.setFlags((ro.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
        ro.setCheckState(Qt.CheckState.Checked if read_only else Qt.CheckState.Unchecked)
        self.mounts.setItem(row, 3, ro)
        self.mounts.blockSignals(False)
        self._on_form_change()
        return row

    def _networks(self, networks: Sequence[str]) -> None:
        form, errors = self._page(self.tr("Networks"))
        self.networks = _checklist(networks)
        form.addRow(self.networks)
        self.attach(errors, "networks", self.networks, NETWORKS)
        form.addRow(
            note(
                self.tr("Tick the overlay networks the tasks join (none: the ingress only).")
                if networks
                else self.tr(
                    "There is no overlay network: create one with the overlay driver to let "
                    "services reach each other by name."
                )
            )
        )

    def _placement(self) -> None:
        form, errors = self._page(self.tr("Placement"))
        self.constraints = QPlainTextEdit()
        self.constraints.setPlaceholderText(
            self.tr("one per line, e.g. node.role==worker or node.labels.zone!=a")
        )
        form.addRow(self.tr("Constraints"), self.constraints)
        self.attach(errors, "constraints", self.constraints, PLACEMENT)
        self.preferences = QPlainTextEdit()
        self.preferences.setPlaceholderText(self.tr("one per line, e.g. node.labels.zone"))
        form.addRow(self.tr("Spread over"), self.preferences)
        self.attach(errors, "preferences", self.preferences, PLACEMENT)
        form.addRow(
            note(
                self.tr(
                    "Tasks run only on nodes that meet every constraint; a task no node meets "
                    "stays pending. Preferences spread the tasks evenly over a node label's "
                    "values."
                )
            )
        )

    def _updates(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        update_box = QGroupBox(self.tr("Update"))
        rollback_box = QGroupBox(self.tr("Rollback"))
        self.update_policy = _PolicyFields(update_box, "update", FAILURE_ACTIONS, self)
        self.rollback_policy = _PolicyFields(
            rollback_box, "rollback", ROLLBACK_FAILURE_ACTIONS, self
        )
        column.addWidget(update_box)
        column.addWidget(rollback_box)
        column.addStretch(1)
        self.tabs.addTab(page, self.tr("Update && rollback"))

    def _resources(self) -> None:
        form, errors = self._page(self.tr("Resources"))
        self.resource_fields = ResourceFields(form, errors)
        for key in ResourceFields.KEYS:
            self.where[key] = (errors, RESOURCES)
        form.addRow(
            note(
                self.tr(
                    "A task is placed only on a node with its reservations free; limits cap "
                    "what it may use."
                )
            )
        )

    def _files(self, secrets: Sequence[str], configs: Sequence[str]) -> None:
        form, errors = self._page(self.tr("Secrets && configs"))
        self.secrets = _file_refs(secrets, [self.tr("Secret"), self.tr("Target (optional)")])
        form.addRow(QLabel(self.tr("Secrets (files under /run/secrets, or the path given):")))
        form.addRow(self.secrets if secrets else note(self.tr("No secrets in the swarm yet.")))
        self.attach(errors, "secrets", self.secrets, FILES)
        self.configs = _file_refs(configs, [self.tr("Config"), self.tr("Target (optional)")])
        form.addRow(QLabel(self.tr("Configs (files at /NAME, or the absolute path given):")))
        form.addRow(self.configs if configs else note(self.tr("No configs in the swarm yet.")))
        self.attach(errors, "configs", self.configs, FILES)

    def _labels(self) -> None:
        form, errors = self._page(self.tr("Labels"))
        self.labels = QPlainTextEdit()
        self.labels.setPlaceholderText(self.tr("one per line: key=value"))
        form.addRow(self.tr("Service labels"), self.labels)
        self.attach(errors, "labels", self.labels, LABELS)
        self.container_labels = QPlainTextEdit()
        self.container_labels.setPlaceholderText(self.tr("one per line: key=value"))
        form.addRow(self.tr("Container labels"), self.container_labels)
        self.attach(errors, "container_labels", self.container_labels, LABELS)

    def _connect_changes(self) -> None:
        """Every change redraws the command line; a table's change clears its error."""
        for edit in self.findChildren(QLineEdit):
            if edit is not self.command_line.edit:
                edit.textChanged.connect(self._on_form_change)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._on_form_change)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._on_form_change)
        for spin in self.findChildren(QSpinBox):
            spin.valueChanged.connect(self._on_form_change)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._on_form_change)
        self.networks.itemChanged.connect(self._on_form_change)
        self.networks.itemChanged.connect(lambda _i: self._clear("networks"))
        for key, table in (
            ("ports", self.ports),
            ("mounts", self.mounts),
            ("secrets", self.secrets),
            ("configs", self.configs),
        ):
            table.itemChanged.connect(self._on_form_change)
            table.itemChanged.connect(lambda _i, k=key: self._clear(k))
            table.model().rowsRemoved.connect(self._on_form_change)
            table.model().rowsRemoved.connect(lambda *_a, k=key: self._clear(k))

    def _clear(self, key: str) -> None:
        errors, _tab = self.where[key]
        errors.clear(key)

    def _on_mode(self, *_args: object) -> None:
        replicated = self.mode.currentData() == "replicated"
        self.replicas.setEnabled(replicated)
        self.replicas_label.setEnabled(replicated)
        self.replicas.setToolTip(
            "" if replicated else self.tr("A global service runs one task on every node")
        )

    def _on_form_change(self, *_args: object) -> None:
        ingress = any(
            isinstance(w := self.ports.cellWidget(r, 3), QComboBox) and w.currentData() == "ingress"
            for r in range(self.ports.rowCount())
        )
        self.ingress_note.setVisible(ingress)
        try:
            req = self.request()
        except FormError:
            return  # the command line stays as it was until the form reads again
        self.command_line.set_command(shlex.join(service_command(req)))

    # -- the request -----------------------------------------------------------------------
    def _port_rows(self) -> tuple[PortRequest, ...]:
        out = []
        for row in range(self.ports.rowCount()):
            target, published = cell_text(self.ports, row, 0), cell_text(self.ports, row, 1)
            if not target and not published:
                continue
            numbers: list[int | None] = []
            for column, text in ((0, target), (1, published)):
                if not text and column == 1:
                    numbers.append(None)
                    continue
                try:
                    numbers.append(int(text))
                except ValueError:
                    self.ports.setCurrentCell(row, column)
                    raise FormError(
                        "ports",
                        ValidationError(
                            self.tr("Row {row}: {text!r} is not a port number").format(
                                row=row + 1, text=text
                            )
                        ),
                    ) from None
            proto, publish = self.ports.cellWidget(row, 2), self.ports.cellWidget(row, 3)
            assert isinstance(proto, QComboBox) and isinstance(publish, QComboBox)
            port_target = numbers[0]
            assert port_target is not None
            out.append(
                PortRequest(
                    port_target, numbers[1], str(proto.currentData()), str(publish.currentData())
                )
            )
        return tuple(out)

    def _mount_rows(self) -> tuple[MountRequest, ...]:
        out = []
        for row in range(self.mounts.rowCount()):
            source, target = cell_text(self.mounts, row, 1), cell_text(self.mounts, row, 2)
            if not source and not target:
                continue
            kind = self.mounts.cellWidget(row, 0)
            assert isinstance(kind, QComboBox)
            ro = self.mounts.item(row, 3)
            read_only = ro is not None and ro.checkState() == Qt.CheckState.Checked
            out.append(MountRequest(target, source, str(kind.currentData()), read_only))
        return tuple(out)

    @staticmethod
    def _refs(table: QTableWidget) -> tuple[FileRef, ...]:
        out = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(FileRef(item.text(), cell_text(table, row, 1)))
        return tuple(out)

    def request(self) -> ServiceRequest:
        """The request the form describes; FormError names a field it cannot read (what
        ``validate_request`` would refuse is left to ``check``)."""

        def read(key: str, parse: Callable[[str], Any], text: str) -> Any:
            try:
                return parse(text)
            except ValidationError as exc:
                raise FormError(key, exc) from exc

        networks = tuple(
            self.networks.item(i).text()
            for i in range(self.networks.count())
            if self.networks.item(i).checkState() == Qt.CheckState.Checked
        )
        preferences = tuple(
            p.removeprefix("spread=") for p in _lines(self.preferences.toPlainText())
        )
        attempts = self.restart_attempts.value()
        return ServiceRequest(
            name=self.name_edit.text().strip(),
            image=self.image.currentText().strip(),
            command=_split(self.entrypoint.text(), "command"),
            args=_split(self.args.text(), "args"),
            env=read("env", parse_env, self.env.toPlainText()),
            ports=self._port_rows(),
            mounts=self._mount_rows(),
            networks=networks,
            mode=str(self.mode.currentData()),
            replicas=self.replicas.value(),
            constraints=_lines(self.constraints.toPlainText()),
            preferences=preferences,
            update=self.update_policy.read(),
            rollback=self.rollback_policy.read(),
            resources=self.resource_fields.read(),
            secrets=self._refs(self.secrets),
            configs=self._refs(self.configs),
            labels=read("labels", parse_labels, self.labels.toPlainText()),
            container_labels=read(
                "container_labels", parse_labels, self.container_labels.toPlainText()
            ),
            endpoint_mode=str(self.endpoint_mode.currentData()),
            restart_condition=str(self.restart_condition.currentData()),
            restart_max_attempts=attempts or None,
            stop_grace_period=read("stop_grace", parse_duration, self.stop_grace.text()),
            workdir=self.workdir.text().strip(),
            user=self.user.text().strip(),
        )

    @staticmethod
    def check(req: ServiceRequest) -> None:
        """``validate_request``, its refusal as a FormError naming the field: each part of
        the request is checked alone on a request that is otherwise fine."""
        base = ServiceRequest(name="service", image="image")
        parts: list[tuple[str, ServiceRequest]] = [
            ("name", replace(base, name=req.name)),
            ("image", replace(base, image=req.image)),
            ("replicas", replace(base, mode=req.mode, replicas=req.replicas)),
            ("endpoint_mode", replace(base, endpoint_mode=req.endpoint_mode)),
            ("ports", replace(base, ports=req.ports, endpoint_mode=req.endpoint_mode)),
            ("mounts", replace(base, mounts=req.mounts)),
            ("env", replace(base, env=req.env)),
            ("update_delay", replace(base, update=req.update)),
            ("rollback_delay", replace(base, rollback=req.rollback)),
            ("constraints", replace(base, constraints=req.constraints)),
            ("labels", replace(base, labels=req.labels)),
        ]
        for key, part in parts:
            try:
                validate_request(part)
            except ValidationError as exc:
                raise FormError(key, exc) from exc
        try:
            validate_request(req)
        except ValidationError as exc:
            raise FormError("", exc) from exc

    # -- errors by their field -------------------------------------------------------------
    def show_field_error(self, key: str, text: str) -> bool:
        """``text`` under the field ``key``, its tab brought forward; False: no such field."""
        where = self.where.get(key)
        if where is None:
            return False
        errors, tab = where
        self.tabs.setCurrentIndex(tab)
        return errors.show(key, text)

    def shown_errors(self) -> dict[str, str]:
        """The errors shown, by field (for tests)."""
        out: dict[str, str] = {}
        for errors, _tab in self.where.values():
            out.update(errors.shown())
        return out

    def clear_errors(self) -> None:
        for errors, _tab in self.where.values():
            errors.clear()
        self.error.clear()

    def show_error(self, err: EnvDockError) -> None:
        """The engine refused: its message under the field it most likely concerns (else
        at the bottom); everything typed stays."""
        text = error_text(err)
        low = f"{err.message} {err.hint} {err.details}".lower()
        guesses = (
            (("name conflicts", "already exists", "service name"), "name"),
            (("secret",), "secrets"),
            (("config",), "configs"),
            (("network",), "networks"),
            (("constraint",), "constraints"),
            (("mount", "volume", "bind source"), "mounts"),
            (("port",), "ports"),
            (("image",), "image"),
        )
        for words, key in guesses:
            if any(w in low for w in words) and self.show_field_error(key, text):
                return
        self.error.setText(text)

    # -- OK --------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.pending is not None:
            return  # one create at a time
        self.clear_errors()
        try:
            req = self.request()
            self.check(req)
        except FormError as exc:
            if not self.show_field_error(exc.key, error_text(exc.error)):
                self.error.setText(error_text(exc.error))
            return
        if self.submit is None:
            super().accept()
            return
        self._set_busy(True)
        self.pending = self.submit(req, self._on_created, self._on_failed, self)

    def _set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("Create"))

    def _on_created(self, service_id: object) -> None:
        self.pending = None
        self._set_busy(False)
        self.service_id = str(service_id or "")
        super().accept()

    def _on_failed(self, err: EnvDockError) -> None:
        self.pending = None
        self._set_busy(False)
        self.show_error(err)
