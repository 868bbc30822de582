"""Install packages: names/specs, a local wheel or sdist, a git URL, a requirements file,
an editable local project; with --no-deps and --upgrade."""

from __future__ import annotations

import shlex

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class InstallDialog(QDialog):
    def __init__(self, env_name: str, parent: QWidget | None = None, conda: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Install into {0}").format(env_name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Packages, separated by spaces: names (numpy), specs (numpy==1.26.4), "
                    "git URLs (git+https://…), or files:"
                )
            )
        )
        self.specs = QLineEdit()
        self.specs.setPlaceholderText("numpy==1.26.4 requests")  # not translated: an example value
        layout.addWidget(self.specs)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Wheel or sdist…"), self._on_pick_archive),
            (self.tr("Requirements file…"), self._on_pick_requirements),
            (self.tr("Editable project…"), self._on_pick_project),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.no_deps = QCheckBox(self.tr("Do not install dependencies (--no-deps)"))
        self.upgrade = QCheckBox(self.tr("Upgrade if already installed (--upgrade)"))
        layout.addWidget(self.no_deps)
        layout.addWidget(self.upgrade)
        self.use_pip = QCheckBox(self.tr("Install with pip instead of conda"))
        self.use_pip.setVisible(conda)
        layout.addWidget(self.use_pip)
        if conda:
            self.specs.setPlaceholderText("numpy=1.26 scipy")  # not translated: an example value
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Install"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.specs.textChanged.connect(self._on_specs_change)
        self._on_specs_change()

    def _append(self, *parts: str) -> None:
        current = self.specs.text().strip()
        self.specs.setText(f"{current} {shlex.join(parts)}".strip())

    def _on_pick_archive(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Wheel or source archive"),
            "",
            self.tr("Python packages (*.whl *.tar.gz *.zip)"),
        )
        if path:
            self._append(path)

    def _on_pick_requirements(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Requirements file"), "", self.tr("Requirements (*.txt);;All files (*)")
        )
        if path:
            self._append("-r", path)

    def _on_pick_project(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Project folder"))
        if path:
            self._append("-e", path)

    def _on_specs_change(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.specs.text().split())
        )

    def arguments(self) -> list[str]:
        try:
            return shlex.split(self.specs.text())
        except ValueError:  # an unclosed quote
            return self.specs.text().split()
