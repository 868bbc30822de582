"""Set the thresholds that raise a desktop notification."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvDockError
from core.host.alerts import Alert, make_alert
from gui.widgets.dialogs import add_footer


class AlertsDialog(QDialog):
    def __init__(
        self, alerts: list[Alert], mounts: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alerts"))
        self.alerts = list(alerts)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Notify me when…")))
        self.list = QListWidget()
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.metric_box = QComboBox()
        for key, label in (
            ("memory", self.tr("memory %")),
            ("cpu", self.tr("CPU %")),
            ("swap", self.tr("swap %")),
            ("load", self.tr("load (1 min)")),
        ):
            self.metric_box.addItem(label, key)
        for mount in mounts:
            self.metric_box.addItem(self.tr("disk {0} %").format(mount), f"disk:{mount}")
        self.above = QDoubleSpinBox()
        self.above.setRange(0.1, 1000)
        self.above.setValue(90)
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(0, 86400)
        self.seconds.setValue(30)
        self.seconds.setSuffix(self.tr(" s"))
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_current)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        row.addWidget(self.metric_box)
        row.addWidget(QLabel(self.tr("above")))
        row.addWidget(self.above)
        row.addWidget(QLabel(self.tr("for")))
        row.addWidget(self.seconds)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        self.error, _buttons = add_footer(self, layout, self.tr("Save"))
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for a in self.alerts:
            self.list.addItem(a.describe())

    def add_current(self) -> bool:
        try:
            alert = make_alert(
                str(self.metric_box.currentData()), self.above.value(), self.seconds.value()
            )
        except EnvDockError as err:
            self.error.setText(f"{err.message} — {err.hint}")
            return False
        self.error.setText("")
        if alert not in self.alerts:
            self.alerts.append(alert)
        self._fill()
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.alerts):
            del self.alerts[row]
            self._fill()
