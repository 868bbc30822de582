"""Where the Environments panel looks: the folders the user added and the home-folder scan,
kept in the settings (and read by other features through the application API)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from core.envs.discovery import default_context
from core.envs.locators import SearchContext

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
