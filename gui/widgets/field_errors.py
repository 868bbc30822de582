"""An error shown right under the form field it concerns: the dialog stays open, what the
user typed stays, the field gets the focus, and the message goes once that field changes."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

ERROR_STYLE = "color:#c0392b;"


class FieldErrors:
    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def attach(self, key: str, field: QWidget) -> QLabel:
        """A hidden error line as the form's next row, for ``field`` (added just before)."""
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        self.form.addRow("", label)
        self.form.setRowVisible(label, False)
        self.labels[key] = label
        self.fields[key] = field
        if isinstance(field, QLineEdit):
            field.textChanged.connect(lambda _t, k=key: self.clear(k))
        elif isinstance(field, QPlainTextEdit):
            field.textChanged.connect(lambda k=key: self.clear(k))
        return label

    def show(self, key: str, text: str) -> bool:
        """Show ``text`` under the field ``key``; False when there is no such field."""
        label = self.labels.get(key)
        if label is None:
            return False
        label.setText(text)
        label.show()
        self.form.setRowVisible(label, True)
        field = self.fields[key]
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()
        return True

    def clear(self, key: str | None = None) -> None:
        for k in [key] if key is not None else list(self.labels):
            label = self.labels.get(k)
            if label is not None and label.text():
                label.clear()
                self.form.setRowVisible(label, False)

    def shown(self) -> dict[str, str]:
        """The errors now shown, by field (for tests and the self-test)."""
        return {k: label.text() for k, label in self.labels.items() if label.text()}
