"""Create an environment: virtualenv (the -p choice, --system-site-packages, seeds,
a requirements file) or conda (specs and channels, through py-rattler)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.envs.model import Environment
from core.envs.names import validate_name
from core.errors import ValidationError
from gui.widgets.dialogs import add_footer, with_button


@dataclass(frozen=True, slots=True)
class CreateRequest:
    kind: str  # "virtualenv" | "conda"
    path: Path
    python: str = ""
    system_site_packages: bool = False
    seed: str = "pip"
    requirements: Path | None = None
    specs: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()


class CreateEnvDialog(QDialog):
    def __init__(
        self,
        interpreters: list[Environment],
        default_location: Path,
        channels: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create an environment"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("virtualenv (pip)"), "virtualenv")
        self.kind.addItem(self.tr("conda (py-rattler)"), "conda")
        form.addRow(self.tr("Kind"), self.kind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("my-project"))
        form.addRow(self.tr("Name"), self.name)
        self.location = QLineEdit(str(default_location))
        form.addRow(
            self.tr("Location"),
            with_button(self.location, self.tr("Browse…"), self._on_browse_location),
        )

        self.python = QComboBox()
        self.python.addItem(self.tr("The Python EnvDock runs virtualenv with"), "")
        for env in interpreters:
            label = f"Python {env.python_version} — {env.interpreter} ({env.kind.value})"
            self.python.addItem(label, env.interpreter)
        self.python_label = QLabel(self.tr("Python (-p)"))
        form.addRow(self.python_label, self.python)
        self.system_site = QCheckBox(
            self.tr("Give access to the system site-packages (--system-site-packages)")
        )
        form.addRow("", self.system_site)
        self.seed = QComboBox()
        self.seed.addItem(self.tr("pip"), "pip")
        self.seed.addItem(self.tr("pip, setuptools and wheel"), "all")
        self.seed.addItem(self.tr("nothing (no pip)"), "none")
        self.seed_label = QLabel(self.tr("Seed packages"))
        form.addRow(self.seed_label, self.seed)
        self.requirements = QLineEdit()
        self.requirements.setPlaceholderText(self.tr("optional: requirements.txt to install"))
        self.requirements_label = QLabel(self.tr("Requirements"))
        form.addRow(
            self.requirements_label,
            with_button(self.requirements, self.tr("Browse…"), self._on_browse_requirements),
        )

        self.specs = QLineEdit("python=3.11")
        self.specs_label = QLabel(self.tr("Packages (conda specs)"))
        form.addRow(self.specs_label, self.specs)
        self.channels = QLineEdit(" ".join(channels))
        self.channels_label = QLabel(self.tr("Channels"))
        form.addRow(self.channels_label, self.channels)
        layout.addLayout(form)

        self.error, self.buttons = add_footer(self, layout, self.tr("Create"))
        for w in (self.name, self.location, self.requirements, self.specs, self.channels):
            w.textChanged.connect(self._on_input_change)
        self.kind.currentIndexChanged.connect(self._on_input_change)
        self._on_input_change()

    def _on_browse_location(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to create it"), self.location.text()
        )
        if folder:
            self.location.setText(folder)

    def _on_browse_requirements(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Requirements file"), "", self.tr("Requirements (*.txt);;All files (*)")
        )
        if path:
            self.requirements.setText(path)

    def _on_input_change(self) -> None:
        conda = self.kind.currentData() == "conda"
        for w in (
            self.python,
            self.python_label,
            self.system_site,
            self.seed,
            self.seed_label,
            self.requirements,
            self.requirements_label,
        ):
            w.setVisible(not conda)
        for w in (self.specs, self.specs_label, self.channels, self.channels_label):
            w.setVisible(conda)
        problem = self.problem()
        self.error.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def problem(self) -> str:
        name = self.name.text()
        if not name:
            return self.tr("Type a name.")
        try:
            validate_name(name)
        except ValidationError as exc:
            return f"{exc.message} {exc.hint}"
        location = Path(self.location.text()).expanduser()
        if not location.is_absolute():
            return self.tr("The location must be an absolute folder path.")
        if (location / name).exists():
            return self.tr("{0} already exists.").format(location / name)
        req = self.requirements.text().strip()
        if self.kind.currentData() == "virtualenv" and req and not Path(req).is_file():
            return self.tr("The requirements file does not exist.")
        if self.kind.currentData() == "conda" and not self.specs.text().split():
            return self.tr("Name at least one package, e.g. python=3.11.")
        return ""

    def request(self) -> CreateRequest:
        path = Path(self.location.text()).expanduser() / self.name.text()
        req = self.requirements.text().strip()
        return CreateRequest(
            kind=str(self.kind.currentData()),
            path=path,
            python=str(self.python.currentData()),
            system_site_packages=self.system_site.isChecked(),
            seed=str(self.seed.currentData()),
            requirements=Path(req) if req else None,
            specs=tuple(self.specs.text().split()),
            channels=tuple(self.channels.text().split()),
        )
