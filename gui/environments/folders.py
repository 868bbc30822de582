"""Where the Environments panel looks: the folders the user added and the home-folder scan,
kept in the settings (and read by other features through the application API), and the
panel's part that edits them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from core.envs.discovery import default_context
from core.envs.locators import SearchContext, locations
from core.jobs import Job
from gui.environments.base import EnvironmentsBase, translate
from gui.environments.search_dialog import SearchSettingsDialog

FOLDERS_KEY = "envs/folders"
SCAN_HOME_KEY = "envs/scan_home"


def saved_folders(settings: QSettings | None = None) -> tuple[Path, ...]:
    """The folders the user added to the search (View them in Environments ▸ More)."""
    value = (settings or QSettings()).value(FOLDERS_KEY, [])
    items = value if isinstance(value, list) else [value] if value else []
    return tuple(Path(str(v)) for v in items if v)


def saved_scan_home(settings: QSettings | None = None) -> bool:
    """Whether the home folder is walked for project environments (on unless turned off)."""
    value = (settings or QSettings()).value(SCAN_HOME_KEY, True)
    return str(value).lower() not in ("false", "0", "no")


def search_context(settings: QSettings | None = None) -> SearchContext:
    """Where the Environments panel looks, from the saved settings (for other panels too)."""
    return default_context(saved_folders(settings), home_scan=saved_scan_home(settings))


class SavedFoldersMixin(EnvironmentsBase):
    """The Environments panel's search settings: home folder on or off, the user's folders."""

    SETTINGS_FOLDERS = FOLDERS_KEY

    def _build_folder_actions(self) -> None:
        self.act_folder = self.make_action(
            translate("EnvironmentsPanel", "Add folder to scan…"), self.add_folder_dialog
        )
        self.act_search = self.make_action(
            translate("EnvironmentsPanel", "Where to look…"),
            self.search_settings_dialog,
            "mdi6.folder-search",
        )

    def folders(self) -> tuple[Path, ...]:
        return saved_folders(self.settings)

    def scan_home(self) -> bool:
        return saved_scan_home(self.settings)

    def context_for_search(self) -> SearchContext:
        return search_context(self.settings)

    def search_settings_dialog(self) -> None:
        dialog = SearchSettingsDialog(self.scan_home(), self.folders(), self)
        if dialog.exec():
            self.set_search(dialog.scan_home.isChecked(), dialog.folders())

    def set_search(self, scan_home: bool, folders: tuple[Path, ...]) -> Job:
        """Save where to look (home folder on/off, the user's folders) and search again."""
        self.settings.setValue(SCAN_HOME_KEY, scan_home)
        self.settings.setValue(self.SETTINGS_FOLDERS, [str(f) for f in folders])
        return self.refresh()

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("EnvironmentsPanel", "Folder to scan for environments")
        )
        if folder:
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path, refresh: bool = True) -> None:
        folders = [str(f) for f in self.folders()]
        if str(folder) not in folders:
            folders.append(str(folder))
            self.settings.setValue(self.SETTINGS_FOLDERS, folders)
        if refresh:
            self.refresh()

    def _remember_folder(self, folder: Path) -> None:
        """Make sure environments created in a folder EnvDock does not scan are found."""
        loc = locations(self.context_for_search())
        scanned = [*loc.poetry, *loc.pipenv, *loc.wrapper, *loc.hatch, *self.folders()]
        if not any(folder == s or folder.is_relative_to(s) for s in scanned):
            self.add_folder(folder, refresh=False)
