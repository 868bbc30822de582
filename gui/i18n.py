"""The interface language: English or Korean, from the system locale or the user's choice.

Qt's translators carry the GUI's ``tr()`` strings and, through ``core.text``'s lookup,
the messages and hints that come from ``core``. The choice is stored under
``view/language`` ("system", "en" or "ko") and applies from the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from core import text
from core.logfile import get_logger
from core.paths import resources_dir

log = get_logger("gui.i18n")

SETTING = "view/language"
LANGUAGES = {"en": "English", "ko": "한국어"}  # each name in its own language
_installed: list[QTranslator] = []

# Marks a string for translation in a context (lupdate finds it by this name) and returns it
# unchanged; PySide6 types it as returning object.
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", _QT_TRANSLATE_NOOP)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_language(settings: QSettings | None = None) -> str:
    """ "en" or "ko": the stored choice, else the system locale's language."""
    choice = str((settings or QSettings()).value(SETTING, "system"))
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(language: str | None = None) -> str:
    """Load the translators for ``language`` (default: the chosen one); returns it.

    English needs no translator. A missing ``.qm`` leaves the interface in English
    and says so in the log instead of failing the start.
    """
    app = QCoreApplication.instance()
    lang = language or chosen_language()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    text.set_lookup(None)
    if lang == "en" or app is None:
        return "en"
    ours = QTranslator(app)
    if not ours.load(str(translations_dir() / f"envdock_{lang}.qm")):
        log.warning("no compiled translation for %s in %s", lang, translations_dir())
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)  # Qt's own dialogs and context menus
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    text.set_lookup(lambda template: QCoreApplication.translate(text.CONTEXT, template))
    QLocale.setDefault(QLocale(lang))
    return lang
