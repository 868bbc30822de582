"""Asking before a compose action: "Up" with its options, "Down" with what it removes, each
with the exact ``docker compose …`` it runs (gui.widgets.command_line, with Copy)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.compose.actions import UpOptions
from core.compose.tool import UP_PULL, ComposeTool
from gui.widgets.command_line import CommandLine


def _checklist(names: Sequence[str], checked: Sequence[str] = ()) -> QListWidget:
    box = QListWidget()
    for name in names:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setMaximumHeight(110)
    return box


def _checked(box: QListWidget) -> tuple[str, ...]:
    return tuple(
        box.item(i).text()
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    )


class UpDialog(QDialog):
    """``up -d`` with its options; the command line follows every choice."""

    def __init__(
        self,
        tool: ComposeTool,
        command_of: Callable[[UpOptions], str],
        services: Sequence[str],
        profiles: Sequence[str],
        parent: QWidget | None = None,
        *,
        chosen_services: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Up"))
        self._command_of = command_of
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.build = QCheckBox(self.tr("Build images before starting (--build)"))
        self.force = QCheckBox(self.tr("Recreate containers even if unchanged (--force-recreate)"))
        self.orphans = QCheckBox(
            self.tr("Remove containers of services no longer in the file (--remove-orphans)")
        )
        for box in (self.build, self.force, self.orphans):
            box.toggled.connect(self._update)
            form.addRow(box)
        self.pull = QComboBox()
        self.pull.addItem(self.tr("As compose decides"), None)
        self.pull.addItem(self.tr("Always"), "always")
        self.pull.addItem(self.tr("When missing"), "missing")
        self.pull.addItem(self.tr("Never"), "never")
        self.pull.currentIndexChanged.connect(self._update)
        if not tool.supports(UP_PULL):
            self.pull.setEnabled(False)
            self.pull.setToolTip(tool.why_not(UP_PULL))
        form.addRow(self.tr("Pull images:"), self.pull)
        self.profiles = _checklist(profiles)
        self.profiles.itemChanged.connect(self._update)
        if profiles:
            form.addRow(self.tr("Profiles:"), self.profiles)
        else:
            self.profiles.hide()
        self.services = _checklist(services, chosen_services)
        self.services.itemChanged.connect(self._update)
        form.addRow(self.tr("Services (none: all):"), self.services)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Runs:")))
        self.command = CommandLine()
        layout.addWidget(self.command)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Up"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())
        self._update()

    def options(self) -> UpOptions:
        pull = self.pull.currentData()
        return UpOptions(
            build=self.build.isChecked(),
            pull=pull if isinstance(pull, str) else None,
            force_recreate=self.force.isChecked(),
            remove_orphans=self.orphans.isChecked(),
            profiles=_checked(self.profiles),
            services=_checked(self.services),
        )

    def _update(self, *_args: object) -> None:
        self.command.set_command(self._command_of(self.options()))


class DownDialog(QDialog):
    """``down``: what it always does, and the two things it removes only when asked."""

    def __init__(
        self,
        command_of: Callable[[bool, bool], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Down"))
        self._command_of = command_of
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Stops and removes the project's containers and the networks it made. "
                "Volumes and images stay unless chosen below (you will see their names "
                "before anything is removed)."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.volumes = QCheckBox(
            self.tr("Also remove the project's volumes (--volumes): their data is lost")
        )
        self.images = QCheckBox(self.tr("Also remove the images its services use (--rmi all)"))
        for box in (self.volumes, self.images):
            box.toggled.connect(self._update)
            layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Runs:")))
        self.command = CommandLine()
        layout.addWidget(self.command)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Down"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())
        self._update()

    def _update(self, *_args: object) -> None:
        self.command.set_command(
            self._command_of(self.volumes.isChecked(), self.images.isChecked())
        )
