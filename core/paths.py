"""Where EnvDock keeps its logs and settings (platform directories)."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "envdock"


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where EnvDock keeps what it remembers between starts (``$XDG_CONFIG_HOME/envdock`` on
    Linux: platformdirs honours XDG_CONFIG_HOME)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The resources folder, both from a source tree and from a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
