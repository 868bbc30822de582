"""Pieces every dialog and toolbar shares."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)


def add_footer(
    dialog: QDialog, layout: QBoxLayout, ok_text: str
) -> tuple[QLabel, QDialogButtonBox]:
    """A red line for what is wrong with the form, then OK (named ``ok_text``) and Cancel."""
    error = QLabel()
    error.setWordWrap(True)
    error.setStyleSheet("color:#c0392b;")
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, buttons


def more_button(
    parent: QWidget, text: str, actions: Sequence[QAction | QMenu | None]
) -> QToolButton:
    """A toolbar button that drops down a menu (None: a separator)."""
    button = QToolButton(parent)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for item in actions:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)
    button.setMenu(menu)
    return button


def with_button(field: QWidget, text: str, on_click: Callable[[], object]) -> QHBoxLayout:
    """A form row: the field stretched, then a button (Browse…, Choose…) beside it."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    button = QPushButton(text)
    button.clicked.connect(on_click)
    row.addWidget(button)
    return row


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    yes: str = "",
    *,
    details: str = "",
    option: QCheckBox | None = None,
) -> bool:
    """Ask before something that cannot be undone. Cancel is the default button, so Enter
    or Escape never destroys anything. ``details`` is a second paragraph; ``option`` a
    check box shown in the box (read it once this returns)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if details:
        box.setInformativeText(details)
    ok = box.addButton(QMessageBox.StandardButton.Yes)
    if yes:
        ok.setText(yes)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    if option is not None:
        box.setCheckBox(option)
    box.exec()
    answer = box.clickedButton() is ok
    box.deleteLater()  # not one box per question kept under the parent
    return answer
