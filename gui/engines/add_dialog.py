"""Add an engine: ssh, TLS, plain TCP or a unix socket, each with the fields it needs. Checked
before anything is written (the error by the field it concerns, the dialog stays open), then
saved as a Docker context in a worker, so ``docker --context NAME`` works with it too."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.docker.contexts import EngineSpec
from core.docker.refusals import FieldError
from core.errors import EnvDockError
from core.jobs import Job
from gui.context import AppContext
from gui.engines.form import KINDS, EngineForm, FormKind, check, command_line, save, say
from gui.widgets.dialogs import add_footer, confirm, with_button
from gui.widgets.field_errors import FieldErrors

WARNING_STYLE = "color:#8a5a00; background:#fff4d6; border:1px solid #f0d58c; padding:4px;"
DANGER_STYLE = "color:#8b1a10; background:#fde2df; border:1px solid #f0a59c; padding:4px;"
NOTE_STYLE = ""  # plain text: it says what to expect, and should be read


class AddEngineDialog(QDialog):
    saved = Signal(object)  # EngineSpec: the context was written

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pending: Job | None = None
        self.spec: EngineSpec | None = None  # what was saved
        self.setWindowTitle(self.tr("Add an engine"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.form = form = QFormLayout()
        self.field_errors = errors = FieldErrors(form)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("gpu1")  # not translated: an example value
        form.addRow(self.tr("Name"), self.name_edit)
        errors.attach("name", self.name_edit)
        self.kind = QComboBox()
        labels = {
            "ssh": self.tr("ssh (through your ssh client)"),
            "tls": self.tr("TLS (tcp:// with certificates)"),
            "tcp": self.tr("plain TCP (no encryption)"),
            "unix": self.tr("unix socket"),
        }
        for kind in KINDS:
            self.kind.addItem(labels[kind], kind)
        form.addRow(self.tr("Kind"), self.kind)
        self.address = QLineEdit()
        self.address_row = QWidget()  # the address, or the socket path with its button
        address_layout = with_button(self.address, self.tr("Browse…"), self._on_pick_socket)
        address_layout.setContentsMargins(0, 0, 0, 0)
        self.address_row.setLayout(address_layout)
        button = self.address_row.findChild(QPushButton)
        assert button is not None  # with_button made it
        self.socket_button = button
        form.addRow(self.tr("Address"), self.address_row)
        errors.attach("address", self.address)

        self.ssh_note = self._note(
            self.tr(
                "Uses your ssh config (~/.ssh/config), agent and known_hosts, as the ssh "
                "command does; the engine's machine runs docker system dial-stdio. EnvDock "
                "never asks for a password: use a key from your agent or your ssh config, "
                "and a host already in known_hosts."
            ),
            NOTE_STYLE,
        )
        form.addRow("", self.ssh_note)

        self.ca = self._file_row(self.tr("CA certificate"), "ca")
        self.cert = self._file_row(self.tr("Client certificate"), "cert")
        self.key = self._file_row(self.tr("Client key"), "key")
        self.skip_verify = QCheckBox(self.tr("Do not verify the engine's certificate"))
        form.addRow("", self.skip_verify)
        self.unverified_warning = self._note(
            self.tr(
                "⚠ The engine's certificate will not be checked: anyone on the network path "
                "can pretend to be this engine, and read or change everything sent to it. "
                "The engine carries a warning badge wherever it is shown."
            ),
            WARNING_STYLE,
        )
        form.addRow("", self.unverified_warning)
        self.plain_warning = self._note(
            self.tr(
                "⚠ Plain TCP has no encryption and no authentication: whoever can reach this "
                "port is root on the engine's machine. Use ssh or TLS unless the network is "
                "yours alone."
            ),
            DANGER_STYLE,
        )
        form.addRow("", self.plain_warning)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Description"), self.description)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Saved as a Docker context, as this command would:")))
        self.cli = QLineEdit()
        self.cli.setReadOnly(True)
        layout.addWidget(self.cli)
        self.error, buttons = add_footer(self, layout, self.tr("Add"))
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

        self.kind.currentIndexChanged.connect(self._on_kind_change)
        self.skip_verify.toggled.connect(self._on_skip_verify_toggle)
        for edit in (self.name_edit, self.address, self.ca, self.cert, self.key, self.description):
            edit.textChanged.connect(self._on_form_change)
        self._on_kind_change()

    # -- building ------------------------------------------------------------------------------
    @staticmethod
    def _note(text: str, style: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        return label

    def _file_row(self, label: str, key: str) -> QLineEdit:
        edit = QLineEdit()
        row = QWidget()
        row_layout = with_button(edit, self.tr("Browse…"), lambda: self._on_pick_file(edit, label))
        row_layout.setContentsMargins(0, 0, 0, 0)
        row.setLayout(row_layout)
        self.form.addRow(label, row)
        self.field_errors.attach(key, edit)
        return edit

    def _on_pick_file(self, edit: QLineEdit, title: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, title, edit.text(), self.tr("Certificates (*.pem *.crt *.key);;All files (*)")
        )
        if path:
            edit.setText(path)

    def _on_pick_socket(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Docker socket"), "/var/run")
        if path:
            self.address.setText(path)

    # -- the form ------------------------------------------------------------------------------
    @property
    def kind_value(self) -> FormKind:
        return cast(FormKind, self.kind.currentData())

    def set_kind(self, kind: FormKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def values(self) -> EngineForm:
        return EngineForm(
            name=self.name_edit.text().strip(),
            kind=self.kind_value,
            address=self.address.text(),
            ca=self.ca.text(),
            cert=self.cert.text(),
            key=self.key.text(),
            skip_verify=self.skip_verify.isChecked(),
            description=self.description.text(),
        )

    def _on_kind_change(self) -> None:
        kind = self.kind_value
        placeholders = {
            "ssh": "ssh://user@host[:port]",
            "tls": "tcp://host:2376",
            "tcp": "tcp://host:2375",
            "unix": "/var/run/docker.sock",
        }  # not translated: addresses
        self.address.setPlaceholderText(placeholders[kind])
        self.socket_button.setVisible(kind == "unix")
        self.form.setRowVisible(self.ssh_note, kind == "ssh")
        for edit in (self.ca, self.cert, self.key):
            row = edit.parentWidget()
            if row is not None:
                self.form.setRowVisible(row, kind == "tls")
        self.form.setRowVisible(self.skip_verify, kind == "tls")
        self.form.setRowVisible(self.plain_warning, kind == "tcp")
        self.field_errors.clear()
        self._on_form_change()

    def _on_skip_verify_toggle(self, on: bool) -> None:
        """Turning verification off is asked for, with the risk named; refused: back on."""
        if on and not confirm(
            self,
            self.tr("Do not verify the engine's certificate?"),
            self.tr(
                "Without verification, anyone on the network path between you and the "
                "engine can pretend to be it: they see your images, environment variables "
                "and secrets, and can run anything as root on your behalf."
            ),
            self.tr("Do not verify"),
            details=self.tr("Verify it instead: ask the engine's owner for the CA file."),
        ):
            self.skip_verify.blockSignals(True)
            self.skip_verify.setChecked(False)
            self.skip_verify.blockSignals(False)
        self._on_form_change()

    def _on_form_change(self) -> None:
        form = self.values()
        self.form.setRowVisible(
            self.unverified_warning, form.kind == "tls" and self.skip_verify.isChecked()
        )
        self.cli.setText(command_line(form))
        self.error.clear()
        self.ok.setEnabled(self.pending is None)

    # -- saving: the dialog stays open until the context is written -------------------------
    def known_names(self) -> set[str]:
        return {engine.name for engine in self.context.engine.engines()}

    def accept(self) -> None:
        if self.pending is not None:
            return  # one save at a time
        form = self.values()
        self.field_errors.clear()
        self.error.clear()
        try:
            check(form, self.known_names())
        except EnvDockError as err:
            self._show_refusal(err)
            return
        self._set_busy(True)
        registry = self.context.engine.registry  # its contexts folder, where the CLI's are
        self.pending = self.context.jobs.call(
            self.tr("Add engine {0}").format(form.name),
            lambda: save(form, registry.env, registry.home),
            self._on_saved,
            self._on_refused,
            self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)
        self.ok.setText(self.tr("Adding…") if busy else self.tr("Add"))

    def _on_saved(self, spec: object) -> None:
        self.pending = None
        self._set_busy(False)
        if isinstance(spec, EngineSpec):
            self.spec = spec
            self.saved.emit(spec)
        super().accept()

    def _on_refused(self, err: EnvDockError) -> None:
        """Refused: everything typed stays, the error goes by its field."""
        self.pending = None
        self._set_busy(False)
        self._show_refusal(err)

    def _show_refusal(self, err: EnvDockError) -> None:
        text = say(err.message, err.hint)
        field = err.field if isinstance(err, FieldError) else ""
        if not (field and self.field_errors.show(field, text)):
            self.error.setText(text)
