"""The interface in Korean: menus, panels, core messages, and a font that has Hangul."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from core.docker.actions import ActionRequest, validate
from core.errors import EnvDockError, ValidationError
from gui import i18n
from tests.gui.conftest import WindowFactory


@pytest.fixture
def korean(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    assert i18n.install("ko") == "ko", "envdock_ko.qm is missing: run `make translations`"
    yield
    i18n.install("en")


def test_menus_and_panels_speak_korean(korean, qtbot, make_window: WindowFactory) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["파일(&F)", "보기(&V)", "도움말(&H)"]
    panel = window.show_panel("environments")
    model = panel.model  # type: ignore[attr-defined]
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert "이름" in headers
    window.show_panel("containers")
    qtbot.waitUntil(lambda: "Docker" in window.engine_label.text(), timeout=10000)
    # the engine is unreachable here: the status comes from core, in Korean
    qtbot.waitUntil(lambda: "Docker 엔진" in window.engine_label.text(), timeout=10000)


def test_core_messages_and_default_hints_are_korean(korean) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EnvDockError) as info:
        validate(ActionRequest(action="start", ids=()))
    assert info.value.message == "선택한 컨테이너가 없습니다."
    assert info.value.hint == "컨테이너를 하나 이상 고르세요."
    # made at import time in English, shown in Korean
    assert ValidationError("x").hint == "값을 고친 뒤 다시 시도하세요."


def test_back_to_english_when_chosen(qapp) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install("en") == "en"
    with pytest.raises(EnvDockError) as info:
        validate(ActionRequest(action="start", ids=()))
    assert info.value.message == "No container selected."


def test_language_follows_the_setting(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, "ko")
    assert i18n.chosen_language(settings) == "ko"
    settings.setValue(i18n.SETTING, "en")
    assert i18n.chosen_language(settings) == "en"
    settings.setValue(i18n.SETTING, "system")
    assert i18n.chosen_language(settings) in i18n.LANGUAGES


def test_a_font_with_hangul_is_present(qapp) -> None:  # type: ignore[no-untyped-def]
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    assert families, "no font with Hangul: install fonts-nanum (make syslibs does it)"
    metrics = QFontMetrics(QFont(families[0]))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "파일 보기 도움말")


# shown as they are in a Korean desktop too: signal names, a language's own name,
# technical abbreviations, and pyqtgraph's own context menu (not EnvDock's text)
# names, not words: "default" is the engine without a Docker context, as the CLI names it
RUNTIME_KEPT = {"English", "CPU", "CPU %", "PID", "Python", "GPU", "Export...", "Export", "default"}


def test_no_english_left_on_any_panel(korean, qtbot, make_window: WindowFactory) -> None:  # type: ignore[no-untyped-def]
    """Every panel opened in Korean: no button, label, tab, header or action in English."""
    window = make_window()
    for spec in window.specs:
        window.show_panel(spec.key)
    qtbot.wait(200)
    texts: set[tuple[str, str]] = set()
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel):
            texts.add((type(widget).__name__, widget.text()))
        if isinstance(widget, QLineEdit):
            texts.add(("placeholder", widget.placeholderText()))
        if isinstance(widget, QTabWidget):
            texts |= {("tab", widget.tabText(i)) for i in range(widget.count())}
        if isinstance(widget, QComboBox):
            texts |= {("combo", widget.itemText(i)) for i in range(widget.count())}
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts |= {
                ("header", str(model.headerData(c, widget.orientation()) or ""))
                for c in range(widget.count())
            }
        texts.add(("tooltip", widget.toolTip()))
    texts |= {("action", a.text()) for a in window.findChildren(QAction)}
    english = sorted(
        f"{kind}: {text!r}"
        for kind, text in texts
        if re.search(r"[A-Za-z]{3,}", re.sub(r"<[^>]*>", "", text))
        and not re.search("[\uac00-\ud7a3]", text)
        and text not in RUNTIME_KEPT
        and not text.startswith("SIG")  # kill signals
    )
    assert english == [], "\n".join(english)
