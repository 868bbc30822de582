"""The swarm's small dialogs: updating a service, initialising and joining a swarm, the join
tokens, a node's labels, creating a config or a secret, deploying a stack; and the form
pieces the service dialog shares (durations, CPUs and memory, KEY=value lines).

Each dialog only collects input: the caller runs the engine calls in a worker. When what
was typed is wrong, the dialog stays open with the message under the field concerned.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.docker.masking import MASK, looks_secret
from core.docker.run_spec import parse_env_line, parse_label, parse_memory
from core.errors import EnvDockError, ValidationError
from core.swarm.model import Node, Service, short_image
from core.swarm.ops import (
    _TOKEN as JOIN_TOKEN,
)
from core.swarm.ops import (
    MAX_OBJECT_BYTES,
    SWARM_PORT,
    JoinInfo,
    Resources,
    UpdatePolicy,
    _check_object,
)
from core.swarm.stacks import _check_name as check_stack_name
from core.swarm.stacks import deploy_argv
from core.text import localized
from gui.widgets.command_line import CommandLine
from gui.widgets.dialogs import add_footer, with_button
from gui.widgets.field_errors import FieldErrors

WARNING_STYLE = "color:#8a5a00; background:#fff4d6; border:1px solid #f0d58c; padding:4px;"
DANGER_STYLE = "color:#8b1a10; background:#fde2df; border:1px solid #f0a59c; padding:4px;"


def error_text(err: EnvDockError) -> str:
    """The message and its hint as one text (a ValidationError's generic hint left out: the
    text stands under the field to correct)."""
    message = err.message.strip()
    hint = err.hint.strip()
    if isinstance(err, ValidationError) and hint == localized(ValidationError.default_hint):
        hint = ""
    if not hint:
        return message
    return f"{message}{'' if message.endswith(('.', '!', '?', ':')) else '.'} {hint}"


class FormError(Exception):
    """A value the form cannot use: ``key`` names the field, ``error`` says why."""

    def __init__(self, key: str, error: ValidationError) -> None:
        super().__init__(error.message)
        self.key = key
        self.error = error


# -- reading fields --------------------------------------------------------------------------
_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")


def parse_duration(text: str) -> float | None:
    """``10s``, ``1m30s``, ``500ms``, ``1h``, or plain seconds (``10``) → seconds; empty →
    None."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    parts = _DURATION.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise ValidationError(
            QCoreApplication.translate("SwarmForm", "{text!r} is not a duration").format(text=text),
            QCoreApplication.translate(
                "SwarmForm", "Write e.g. 10s, 1m30s or 500ms (plain numbers are seconds)."
            ),
        )
    scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
    return sum(float(n) * scale[u] for n, u in parts)


def duration_text(seconds: float) -> str:
    """Seconds as the docker CLI writes a duration (``90`` → ``1m30s``)."""
    if seconds and seconds < 1:
        return f"{round(seconds * 1000)}ms"
    minutes, secs = divmod(seconds, 60)
    if minutes and not secs:
        return f"{int(minutes)}m"
    if minutes:
        return f"{int(minutes)}m{secs:g}s"
    return f"{secs:g}s"


def parse_cpus(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value <= 0:
        raise ValidationError(
            QCoreApplication.translate("SwarmForm", "{text!r} is not a number of CPUs").format(
                text=text
            ),
            QCoreApplication.translate("SwarmForm", "Write e.g. 0.5 or 2."),
        )
    return value


def parse_size(text: str) -> int | None:
    """``512m``, ``1g`` → bytes; empty → None."""
    return parse_memory(text) if text.strip() else None


def size_text(value: int) -> str:
    """Bytes as the docker CLI takes them (``1g``, ``512m``)."""
    for unit, factor in (("g", 1024**3), ("m", 1024**2), ("k", 1024)):
        if value % factor == 0:
            return f"{value // factor}{unit}"
    return str(value)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def parse_env(text: str) -> dict[str, str]:
    """KEY=value lines (``#`` comments and blank lines skipped)."""
    env: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            key, value = parse_env_line(
                line.strip(), QCoreApplication.translate("SwarmForm", "line {n}: ").format(n=n)
            )
            env[key] = value
    return env


def parse_labels(text: str) -> dict[str, str]:
    return dict(parse_label(line) for line in _lines(text))


def env_text(env: Mapping[str, str]) -> str:
    return "\n".join(f"{k}={v}" for k, v in env.items())


# -- form pieces -----------------------------------------------------------------------------
class ResourceFields:
    """CPU and memory limits and reservations as four form rows, each with its error line."""

    KEYS = ("cpu_limit", "memory_limit", "cpu_reservation", "memory_reservation")

    def __init__(
        self, form: QFormLayout, errors: FieldErrors, initial: Resources | None = None
    ) -> None:
        self.cpu_limit = QLineEdit()
        self.memory_limit = QLineEdit()
        self.cpu_reservation = QLineEdit()
        self.memory_reservation = QLineEdit()
        rows = (
            (
                self.cpu_limit,
                QCoreApplication.translate("SwarmForm", "CPU limit"),
                QCoreApplication.translate("SwarmForm", "CPUs, e.g. 1.5 (empty: no limit)"),
            ),
            (
                self.memory_limit,
                QCoreApplication.translate("SwarmForm", "Memory limit"),
                QCoreApplication.translate("SwarmForm", "e.g. 512m or 1g (empty: no limit)"),
            ),
            (
                self.cpu_reservation,
                QCoreApplication.translate("SwarmForm", "CPU reservation"),
                QCoreApplication.translate("SwarmForm", "CPUs a node must have free"),
            ),
            (
                self.memory_reservation,
                QCoreApplication.translate("SwarmForm", "Memory reservation"),
                QCoreApplication.translate("SwarmForm", "memory a node must have free"),
            ),
        )
        for key, (edit, label, placeholder) in zip(self.KEYS, rows, strict=True):
            edit.setPlaceholderText(placeholder)
            form.addRow(label, edit)
            errors.attach(key, edit)
        if initial is not None:
            if initial.cpu_limit is not None:
                self.cpu_limit.setText(f"{initial.cpu_limit:g}")
            if initial.memory_limit is not None:
                self.memory_limit.setText(size_text(initial.memory_limit))
            if initial.cpu_reservation is not None:
                self.cpu_reservation.setText(f"{initial.cpu_reservation:g}")
            if initial.memory_reservation is not None:
                self.memory_reservation.setText(size_text(initial.memory_reservation))

    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.cpu_limit, self.memory_limit, self.cpu_reservation, self.memory_reservation)

    def read(self) -> Resources | None:
        """What the four fields say (None: all empty); FormError names a wrong one."""
        values: list[float | int | None] = []
        for key, edit in zip(self.KEYS, self.edits(), strict=True):
            try:
                parse = parse_cpus if key.startswith("cpu") else parse_size
                values.append(parse(edit.text()))
            except ValidationError as exc:
                raise FormError(key, exc) from exc
        if all(v is None for v in values):
            return None
        cpu_limit, memory_limit, cpu_reservation, memory_reservation = values
        return Resources(
            cpu_limit=None if cpu_limit is None else float(cpu_limit),
            memory_limit=None if memory_limit is None else int(memory_limit),
            cpu_reservation=None if cpu_reservation is None else float(cpu_reservation),
            memory_reservation=None if memory_reservation is None else int(memory_reservation),
        )


def make_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(150)
    return table


def add_remove_buttons(table: QTableWidget, on_add: Callable[[], object]) -> QHBoxLayout:
    """ "Add" (calls ``on_add``) and "Remove" (the selected rows) under a table."""
    row = QHBoxLayout()
    add = QPushButton(QCoreApplication.translate("SwarmForm", "Add"))
    add.setObjectName("add_row")
    add.clicked.connect(lambda: on_add())
    remove = QPushButton(QCoreApplication.translate("SwarmForm", "Remove"))
    remove.setObjectName("remove_row")

    def on_remove() -> None:
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()}, reverse=True)
        if not rows and table.currentRow() >= 0:
            rows = [table.currentRow()]
        for r in rows:
            table.removeRow(r)

    remove.clicked.connect(on_remove)
    row.addWidget(add)
    row.addWidget(remove)
    row.addStretch(1)
    return row


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def note(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


# -- updating a service ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class UpdateChanges:
    """What the update dialog changes, as ``core.swarm.ops.service_update`` takes it
    (None: unchanged)."""

    image: str | None = None
    env: dict[str, str] | None = None
    resources: Resources | None = None
    update_policy: UpdatePolicy | None = None
    force: bool = False

    @property
    def empty(self) -> bool:
        return (
            self.image is None
            and self.env is None
            and self.resources is None
            and self.update_policy is None
            and not self.force
        )


class UpdateServiceDialog(QDialog):
    """Change a running service's image, environment, resources or update parallelism; the
    engine then replaces its tasks by its update policy."""

    def __init__(
        self,
        parent: QWidget | None,
        service: Service,
        *,
        env: Mapping[str, str],
        resources: Resources | None,
        images: Sequence[str],
        update_policy: UpdatePolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.original_env = dict(env)
        self.original_resources = resources
        self.original_policy = update_policy
        self._hidden: dict[str, str] = {}  # the values behind the masks shown
        self.setWindowTitle(self.tr("Update service {name}").format(name=service.name))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.field_errors = errors = FieldErrors(form)

        self.image = QComboBox()
        self.image.setEditable(True)
        self.image.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        current = short_image(service.image)
        names = [current, *(i for i in images if i != current)]
        self.image.addItems(names)
        self.image.setCurrentText(current)
        form.addRow(self.tr("Image"), self.image)
        edit = self.image.lineEdit()
        assert edit is not None  # an editable combo has one
        errors.attach("image", edit)

        self.env = QPlainTextEdit()
        self.env.setPlaceholderText(self.tr("one per line: KEY=value"))
        self.env.setMinimumHeight(110)
        form.addRow(self.tr("Environment"), self.env)
        errors.attach("env", self.env)
        self.show_values = QCheckBox(self.tr("Show values"))
        self.show_values.setToolTip(
            self.tr("Values of names such as PASSWORD, TOKEN or KEY are masked until shown")
        )
        self.show_values.toggled.connect(self._on_show_values)
        masked_count = sum(1 for k, v in env.items() if v and looks_secret(k))
        form.addRow("", self.show_values)
        self.show_values.setVisible(masked_count > 0)
        self.env.setPlainText(self._render(self.original_env, masked=True))

        self.resources = ResourceFields(form, errors, resources)

        self.parallelism = QSpinBox()
        self.parallelism.setRange(0, 1000)
        self.parallelism.setSpecialValueText(self.tr("all at once"))
        self.parallelism.setValue((update_policy or UpdatePolicy()).parallelism)
        self.parallelism.setToolTip(self.tr("How many tasks are replaced at a time"))
        form.addRow(self.tr("Update parallelism"), self.parallelism)
        self.force = QCheckBox(self.tr("Force (replace tasks even if unchanged)"))
        form.addRow("", self.force)
        layout.addLayout(form)
        self.error, self.buttons = add_footer(self, layout, self.tr("Update"))

    # -- the environment, masked ----------------------------------------------------------
    def _render(self, env: Mapping[str, str], masked: bool) -> str:
        lines = []
        for key, value in env.items():
            if masked and value and looks_secret(key):
                self._hidden[key] = value
                lines.append(f"{key}={MASK}")
            else:
                lines.append(f"{key}={value}")
        return "\n".join(lines)

    def _env(self) -> dict[str, str]:
        """The environment typed, a masked value standing for the value behind it."""
        env = parse_env(self.env.toPlainText())
        return {
            k: self._hidden[k] if v == MASK and k in self._hidden else v for k, v in env.items()
        }

    def _on_show_values(self, shown: bool) -> None:
        try:
            env = self._env()
        except ValidationError as exc:
            self.field_errors.show("env", error_text(exc))
            self.show_values.blockSignals(True)
            self.show_values.setChecked(not shown)
            self.show_values.blockSignals(False)
            return
        self.env.setPlainText(self._render(env, masked=not shown))

    # -- the result -------------------------------------------------------------------------
    def changes(self) -> UpdateChanges:
        """What changed; FormError names a field that cannot be read."""
        image = self.image.currentText().strip()
        if not image:
            raise FormError("image", ValidationError(self.tr("A service needs an image")))
        unchanged_image = image in (short_image(self.service.image), self.service.image)
        try:
            env = self._env()
        except ValidationError as exc:
            raise FormError("env", exc) from exc
        resources = self.resources.read()
        if resources is None and self.original_resources is not None:
            resources = Resources()  # every limit and reservation removed
        if resources == self.original_resources or (
            resources == Resources() and self.original_resources is None
        ):
            resources = None
        policy = None
        current = self.original_policy or UpdatePolicy()
        if self.parallelism.value() != current.parallelism:
            policy = replace(current, parallelism=self.parallelism.value())
        return UpdateChanges(
            image=None if unchanged_image else image,
            env=None if env == self.original_env else env,
            resources=resources,
            update_policy=policy,
            force=self.force.isChecked(),
        )

    def accept(self) -> None:
        self.field_errors.clear()
        try:
            changes = self.changes()
        except FormError as exc:
            self.field_errors.show(exc.key, error_text(exc.error))
            return
        if changes.empty:
            self.error.setText(
                self.tr("Nothing changed: change a value or tick Force to replace the tasks.")
            )
            return
        self.error.clear()
        super().accept()


# -- the swarm itself ------------------------------------------------------------------------
class InitDialog(QDialog):
    """Make this engine the first manager of a new swarm: the address the other nodes reach
    it at, from the engine's interfaces or typed."""

    def __init__(self, parent: QWidget | None, candidates: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(parent)
        self.candidates = tuple(candidates)
        self.setWindowTitle(self.tr("Initialise a swarm"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "This engine becomes the swarm's first manager. Other engines join it at the "
                    "address advertised here (port {port})."
                ).format(port=SWARM_PORT)
            )
        )
        form = QFormLayout()
        self.field_errors = FieldErrors(form)
        self.address = QComboBox()
        self.address.setEditable(True)
        self.address.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for addr, interface in self.candidates:
            self.address.addItem(f"{addr} ({interface})", addr)
        edit = self.address.lineEdit()
        assert edit is not None
        if self.candidates:
            edit.setPlaceholderText(self.tr("an address or an interface name"))
        else:
            self.address.setCurrentText("")
            edit.setPlaceholderText(self.tr("empty: the engine chooses"))
        form.addRow(self.tr("Advertise address"), self.address)
        self.field_errors.attach("address", edit)
        layout.addLayout(form)
        if self.candidates:
            layout.addWidget(
                note(
                    self.tr(
                        "The engine has several addresses: choose the one the other nodes "
                        "reach it at, or type another."
                    )
                )
            )
        self.error, self.buttons = add_footer(self, layout, self.tr("Initialise"))

    def advertise_addr(self) -> str | None:
        """The address chosen or typed (``addr``, ``addr:port`` or an interface name); None
        lets the engine choose (only when it named no candidates)."""
        text = self.address.currentText().strip()
        index = self.address.findText(text)
        if index >= 0 and self.address.itemData(index):
            return str(self.address.itemData(index))
        if not text:
            if self.candidates:
                raise FormError(
                    "address",
                    ValidationError(self.tr("Choose the address the other nodes reach it at")),
                )
            return None
        if any(c.isspace() for c in text):
            raise FormError(
                "address",
                ValidationError(
                    self.tr("{text!r} is not an address").format(text=text),
                    self.tr("Write an IP address (10.0.0.2), with a port if needed, or an "
                            "interface name (eth0)."),
                ),
            )  # fmt: skip
        return text

    def accept(self) -> None:
        try:
            self.advertise_addr()
        except FormError as exc:
            self.field_errors.show(exc.key, error_text(exc.error))
            return
        super().accept()


class JoinDialog(QDialog):
    """Join this engine to a swarm: a manager's address and the token it gave."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a swarm"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "The token comes from a manager of the swarm (its join tokens): a worker "
                    "token makes this engine a worker, a manager token a manager."
                )
            )
        )
        form = QFormLayout()
        self.field_errors = errors = FieldErrors(form)
        self.manager = QLineEdit()
        self.manager.setPlaceholderText(
            self.tr("host:port (port {port} when left out)").format(port=SWARM_PORT)
        )
        form.addRow(self.tr("Manager address"), self.manager)
        errors.attach("manager", self.manager)
        self.token = QLineEdit()
        self.token.setPlaceholderText("SWMTKN-1-…")  # not translated: the token's form
        form.addRow(self.tr("Join token"), self.token)
        errors.attach("token", self.token)
        self.advertise = QLineEdit()
        self.advertise.setPlaceholderText(self.tr("optional: the address others reach it at"))
        form.addRow(self.tr("Advertise address"), self.advertise)
        errors.attach("advertise", self.advertise)
        layout.addLayout(form)
        self.error, self.buttons = add_footer(self, layout, self.tr("Join"))

    def values(self) -> tuple[str, str, str | None]:
        """(manager host:port, token, advertise address or None); FormError names a field
        that is wrong."""
        manager = self.manager.text().strip()
        if not manager or any(c.isspace() for c in manager):
            raise FormError(
                "manager",
                ValidationError(
                    self.tr("Give the address of a manager of the swarm"),
                    self.tr("Write host:port, e.g. 10.0.0.2:2377."),
                ),
            )
        if not re.search(r":\d+$", manager) or manager.endswith("]"):
            manager = f"{manager}:{SWARM_PORT}"
        token = self.token.text().strip()
        if not JOIN_TOKEN.match(token):
            raise FormError(
                "token",
                ValidationError(
                    self.tr("That is not a swarm join token"),
                    self.tr("Copy it from the manager: it starts with SWMTKN-1-."),
                ),
            )
        advertise = self.advertise.text().strip()
        if any(c.isspace() for c in advertise):
            raise FormError(
                "advertise",
                ValidationError(self.tr("{text!r} is not an address").format(text=advertise)),
            )
        return manager, token, advertise or None

    def accept(self) -> None:
        try:
            self.values()
        except FormError as exc:
            self.field_errors.show(exc.key, error_text(exc.error))
            return
        super().accept()


class TokensDialog(QDialog):
    """The commands that join another engine to this swarm, each token hidden until asked."""

    def __init__(self, parent: QWidget | None, info: JoinInfo) -> None:
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(self.tr("Join tokens"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("Run one of these on the engine that joins the swarm:")))
        grid = QGridLayout()
        self.commands: dict[str, QPlainTextEdit] = {}
        self.show_buttons: dict[str, QPushButton] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        roles = (("worker", self.tr("As a worker")), ("manager", self.tr("As a manager")))
        for n, (role, label) in enumerate(roles):
            row = 2 * n
            grid.addWidget(QLabel(label), row, 0, 1, 2)
            edit = QPlainTextEdit()
            edit.setReadOnly(True)
            edit.setObjectName(f"command_{role}")
            edit.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)  # a token has no spaces
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            grid.addWidget(edit, row + 1, 0)
            buttons = QVBoxLayout()
            shown = QPushButton(self.tr("Show"))
            shown.setCheckable(True)
            shown.toggled.connect(lambda on, r=role: self._on_show(r, on))
            copy = QPushButton(self.tr("Copy"))
            copy.setToolTip(self.tr("Copy the command with its token"))
            copy.clicked.connect(lambda _c=False, r=role: self.copy(r))
            buttons.addWidget(shown)
            buttons.addWidget(copy)
            buttons.addStretch(1)
            grid.addLayout(buttons, row + 1, 1)
            self.commands[role] = edit
            self.show_buttons[role] = shown
            self.copy_buttons[role] = copy
            self._on_show(role, False)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        layout.addWidget(
            note(
                self.tr(
                    "Whoever holds the manager token can join as a manager and control the "
                    "whole swarm: give it only to the machines that should manage it."
                ),
                DANGER_STYLE,
            )
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(close)
        layout.addLayout(footer)

    def _on_show(self, role: str, shown: bool) -> None:
        command = self.info.join_command(role)
        token = self.info.token(role)
        self.commands[role].setPlainText(
            command if shown or not token else command.replace(token, MASK)
        )
        self.show_buttons[role].setText(self.tr("Hide") if shown else self.tr("Show"))

    def copy(self, role: str) -> None:
        QGuiApplication.clipboard().setText(self.info.join_command(role))


# -- a node's labels -------------------------------------------------------------------------
class NodeLabelsDialog(QDialog):
    """A node's labels as an editable table; placement constraints match them
    (``node.labels.zone==a``)."""

    def __init__(self, parent: QWidget | None, node: Node) -> None:
        super().__init__(parent)
        self.node = node
        self.original = dict(node.labels)
        self.setWindowTitle(
            self.tr("Labels of node {name}").format(name=node.hostname or node.id[:12])
        )
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.table = make_table([self.tr("Name"), self.tr("Value")])
        for key, value in sorted(self.original.items()):
            self.add_row(key, value)
        layout.addWidget(self.table)
        layout.addLayout(add_remove_buttons(self.table, lambda: self.add_row(edit=True)))
        layout.addWidget(
            note(self.tr("Services place their tasks by them, e.g. node.labels.zone==a."))
        )
        self.error, self.buttons = add_footer(self, layout, self.tr("Save"))

    def add_row(self, key: str = "", value: str = "", *, edit: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        if edit:
            self.table.setCurrentCell(row, 0)
            item = self.table.item(row, 0)
            if item is not None:
                self.table.editItem(item)
        return row

    def labels(self) -> dict[str, str]:
        """The table's labels (rows with neither name nor value skipped); ValidationError
        for a bad or repeated name."""
        out: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            key, value = cell_text(self.table, row, 0), cell_text(self.table, row, 1)
            if not key and not value:
                continue
            if not key or "=" in key or any(c.isspace() for c in key):
                self.table.setCurrentCell(row, 0)
                raise ValidationError(
                    self.tr("{key!r} is not a label name").format(key=key),
                    self.tr("A label name is not empty and has no '=' or spaces."),
                )
            if key in out:
                self.table.setCurrentCell(row, 0)
                raise ValidationError(self.tr("The label {key} is there twice").format(key=key))
            out[key] = value
        return out

    def added(self) -> dict[str, str]:
        """Labels new or with a new value."""
        return {k: v for k, v in self.labels().items() if self.original.get(k) != v}

    def removed(self) -> list[str]:
        labels = self.labels()
        return [k for k in self.original if k not in labels]

    def accept(self) -> None:
        try:
            self.labels()
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.clear()
        super().accept()


# -- configs and secrets ---------------------------------------------------------------------
class SwarmObjectDialog(QDialog):
    """Create a config or a secret: its name, its data from a file or typed, its labels.
    ``take_data`` hands the data over once and clears it from the dialog."""

    def __init__(self, parent: QWidget | None, kind: str) -> None:
        super().__init__(parent)
        if kind not in ("config", "secret"):
            raise ValueError(f"kind is config or secret, not {kind!r}")
        self.kind = kind
        secret = kind == "secret"
        self.setWindowTitle(self.tr("Create a secret") if secret else self.tr("Create a config"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.field_errors = errors = FieldErrors(form)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(
            self.tr("e.g. db_password") if secret else self.tr("e.g. nginx.conf")
        )
        form.addRow(self.tr("Name"), self.name_edit)
        errors.attach("name", self.name_edit)

        self.from_file = QRadioButton(self.tr("From a file"))
        self.from_text = QRadioButton(self.tr("Typed"))
        self.from_text.setChecked(True)
        source = QHBoxLayout()
        source.addWidget(self.from_text)
        source.addWidget(self.from_file)
        source.addStretch(1)
        form.addRow(self.tr("Value"), source)
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("a file of at most 500 KB"))
        self.file_row = QWidget()
        file_layout = with_button(self.file_edit, self.tr("Browse…"), self._on_browse)
        file_layout.setContentsMargins(0, 0, 0, 0)
        self.file_row.setLayout(file_layout)
        form.addRow(self.tr("File"), self.file_row)
        errors.attach("file", self.file_edit)
        self.text_edit: QLineEdit | QPlainTextEdit
        if secret:
            line = QLineEdit()
            line.setEchoMode(QLineEdit.EchoMode.Password)
            line.setPlaceholderText(self.tr("the secret's value"))
            self.text_edit = line
        else:
            text = QPlainTextEdit()
            text.setPlaceholderText(self.tr("the config's content"))
            text.setMinimumHeight(120)
            self.text_edit = text
        form.addRow(self.tr("Text"), self.text_edit)
        errors.attach("text", self.text_edit)
        self.labels_edit = QPlainTextEdit()
        self.labels_edit.setPlaceholderText(self.tr("one per line: key=value"))
        self.labels_edit.setMaximumHeight(60)
        form.addRow(self.tr("Labels"), self.labels_edit)
        errors.attach("labels", self.labels_edit)
        self.form = form
        layout.addLayout(form)
        layout.addStretch(1)  # a hidden row's space goes here, not between the rows
        if secret:
            layout.addWidget(
                note(
                    self.tr(
                        "The value is sent to the engine and not kept by EnvDock; it cannot be "
                        "shown again."
                    ),
                    WARNING_STYLE,
                )
            )
        self.error, self.buttons = add_footer(self, layout, self.tr("Create"))
        self.from_file.toggled.connect(self._on_source)
        self._on_source()

    def _on_source(self, *_args: object) -> None:
        by_file = self.from_file.isChecked()
        self.form.setRowVisible(self.file_row, by_file)
        self.form.setRowVisible(self.text_edit, not by_file)
        self.field_errors.clear("file")
        self.field_errors.clear("text")
        self.adjustSize()

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path | str) -> None:
        """Take the value from ``path`` (read when the dialog is accepted)."""
        self.from_file.setChecked(True)
        self.file_edit.setText(str(path))

    def name(self) -> str:
        return self.name_edit.text().strip()

    def labels(self) -> dict[str, str]:
        try:
            return parse_labels(self.labels_edit.toPlainText())
        except ValidationError as exc:
            raise FormError("labels", exc) from exc

    def _data(self) -> bytes:
        if self.from_file.isChecked():
            text = self.file_edit.text().strip()
            path = Path(text).expanduser()
            if not text or not path.is_file():
                raise FormError(
                    "file", ValidationError(self.tr("There is no file {path}").format(path=text))
                )
            if path.stat().st_size > MAX_OBJECT_BYTES:
                raise FormError(
                    "file",
                    ValidationError(self.tr("The file is larger than the engine takes (500 KB)")),
                )
            try:
                return path.read_bytes()
            except OSError as exc:
                raise FormError(
                    "file",
                    ValidationError(
                        self.tr("Cannot read {path}: {reason}").format(
                            path=path, reason=exc.strerror
                        )
                    ),
                ) from exc
        edit = self.text_edit
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        return text.encode()

    def _check(self) -> None:
        """FormError for the field that is wrong (the value is read, then let go)."""
        self.labels()
        data = self._data()
        try:
            _check_object(self.kind, self.name(), data or b".")
        except ValidationError as exc:
            raise FormError("name", exc) from exc
        try:
            _check_object(self.kind, "x", data)
        except ValidationError as exc:
            raise FormError("file" if self.from_file.isChecked() else "text", exc) from exc

    def take_data(self) -> bytes:
        """The value, read once: the typed text and the file's path are cleared."""
        data = self._data()
        self.text_edit.clear()
        self.file_edit.clear()
        return data

    def take_source(self) -> bytes | Path:
        """The typed value, or the chosen file's path (read by the job, in a worker: see
        ``core.swarm.ops.object_data``); the widgets are cleared."""
        if self.from_file.isChecked():
            source: bytes | Path = Path(self.file_edit.text().strip()).expanduser()
        else:
            edit = self.text_edit
            text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            source = text.encode()
        self.text_edit.clear()
        self.file_edit.clear()
        return source

    def accept(self) -> None:
        self.field_errors.clear()
        try:
            self._check()
        except FormError as exc:
            self.field_errors.show(exc.key, error_text(exc.error))
            return
        super().accept()

    def reject(self) -> None:
        self.text_edit.clear()  # nothing typed stays behind a closed dialog
        super().reject()


# -- stacks ----------------------------------------------------------------------------------
def _stack_name_from(path: Path) -> str:
    """A stack name from the compose file's folder (``my app`` → ``my_app``)."""
    name = re.sub(r"[^a-zA-Z0-9_-]+", "_", path.parent.name).strip("_-")
    return name.lower()


class StackDeployDialog(QDialog):
    """Deploy a compose file as a stack (``docker stack deploy``): its name, the file (with
    Edit file… to open it in the compose editor) and the command it runs."""

    edit_requested = Signal(Path)

    def __init__(self, parent: QWidget | None, *, name: str = "", path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deploy a stack"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.field_errors = errors = FieldErrors(form)
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("letters, digits, - and _"))
        form.addRow(self.tr("Stack name"), self.name_edit)
        errors.attach("name", self.name_edit)
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText("compose.yaml")  # not translated: a file name
        file_row = with_button(self.file_edit, self.tr("Browse…"), self._on_browse)
        self.edit_button = QPushButton(self.tr("Edit file…"))
        self.edit_button.setToolTip(self.tr("Open it in the compose editor (checked as you type)"))
        self.edit_button.clicked.connect(self._on_edit)
        file_row.addWidget(self.edit_button)
        form.addRow(self.tr("Compose file"), file_row)
        errors.attach("file", self.file_edit)
        layout.addLayout(form)
        layout.addWidget(
            note(
                self.tr(
                    "Deploying again updates the stack. The swarm ignores some compose options "
                    "(build, container_name, …): they are listed once it is deployed."
                )
            )
        )
        layout.addWidget(QLabel(self.tr("Runs:")))
        self.command = CommandLine()
        layout.addWidget(self.command)
        self.error, self.buttons = add_footer(self, layout, self.tr("Deploy"))
        self.name_edit.textChanged.connect(self._update)
        self.file_edit.textChanged.connect(self._on_file_changed)
        if path is not None:
            self.set_path(path)
        self._update()

    def _on_browse(self) -> None:
        start = self.file_edit.text().strip() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Compose file"),
            start,
            self.tr("Compose files (*.yaml *.yml);;All files (*)"),
        )
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        self.file_edit.setText(str(path))

    def _on_file_changed(self, text: str) -> None:
        if text.strip() and not self.name_edit.text().strip():
            self.name_edit.setText(_stack_name_from(Path(text.strip())))
        self._update()

    def _on_edit(self) -> None:
        path = self.path()
        if path is not None:
            self.edit_requested.emit(path)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def path(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _update(self, *_args: object) -> None:
        path = self.path()
        self.edit_button.setEnabled(path is not None)
        self.command.set_command(
            shlex.join(deploy_argv(self.name() or "NAME", path or "compose.yaml"))
        )

    def accept(self) -> None:
        self.field_errors.clear()
        try:
            check_stack_name(self.name())
        except ValidationError as exc:
            self.field_errors.show("name", error_text(exc))
            return
        path = self.path()
        if path is None or not path.is_file():
            self.field_errors.show(
                "file",
                self.tr("There is no compose file {path}").format(path=path or ""),
            )
            return
        super().accept()
