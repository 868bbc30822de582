"""Where the Environments panel looks: the home folder walk (on or off) and the user's
own folders, walked the same way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class SearchSettingsDialog(QDialog):
    def __init__(
        self, scan_home: bool, folders: tuple[Path, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where to look for environments"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.scan_home = QCheckBox(self.tr("Scan my home folder"))
        self.scan_home.setChecked(scan_home)
        layout.addWidget(self.scan_home)
        hint = QLabel(
            self.tr(
                "Finds project environments (.venv, venv, uv, poetry in-project…) up to "
                "4 folders deep, without following links. Hidden folders, node_modules, "
                "caches and site-packages are skipped."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("Also scan these folders (4 levels deep):")))
        row = QHBoxLayout()
        self.folder_list = QListWidget()
        self.folder_list.addItems([str(f) for f in folders])
        self.folder_list.currentRowChanged.connect(self._on_folder_selection_change)
        row.addWidget(self.folder_list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self._on_add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._on_remove)
        self.remove_button.setEnabled(False)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def folders(self) -> tuple[Path, ...]:
        return tuple(Path(self.folder_list.item(i).text()) for i in range(self.folder_list.count()))

    def add_folder(self, folder: Path) -> None:
        if str(folder) not in {str(f) for f in self.folders()}:
            self.folder_list.addItem(str(folder))

    def _on_add(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to scan for environments"))
        if folder:
            self.add_folder(Path(folder))

    def _on_remove(self) -> None:
        row = self.folder_list.currentRow()
        if row >= 0:
            self.folder_list.takeItem(row)

    def _on_folder_selection_change(self, row: int) -> None:
        self.remove_button.setEnabled(row >= 0)
