"""A desktop notification: the system tray's balloon where there is a tray, else the
freedesktop notifier (notify-send) when it is installed; nothing otherwise (the in-app
notification is always shown by the caller)."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QSystemTrayIcon

from core.procs import spawn_detached

_tray: QSystemTrayIcon | None = None


def desktop_notify(title: str, text: str) -> bool:
    global _tray
    if QSystemTrayIcon.isSystemTrayAvailable():
        if _tray is None:
            from gui.icons import icon  # lazy on purpose: qtawesome's import is not free

            _tray = QSystemTrayIcon(icon("mdi6.docker"))
            _tray.show()
        _tray.showMessage(title, text)
        return True
    exe = shutil.which("notify-send")
    if exe:
        spawn_detached([exe, title, text])
        return True
    return False
