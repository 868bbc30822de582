"""Volumes: who uses them, create, remove (in-use ones refused), prune, browse read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.docker.api import DockerAPI
from core.docker.engine import Engine
from core.docker.prune import PrunePreview, preview, prune
from core.docker.volumes import (
    Entry,
    Volume,
    VolumeBrowser,
    create_volume,
    list_volumes,
    remove_volumes,
    validate_name,
    volume_sizes,
)
from core.errors import EnvDockError
from core.jobs import Job
from core.units import human_size
from gui.context import AppContext
from gui.i18n import QT_TRANSLATE_NOOP
from gui.models.columns import Column, ColumnsModel
from gui.widgets.dialogs import add_footer, confirm
from gui.widgets.engine_label import keep_title
from gui.widgets.list_panel import ListPanel
from gui.widgets.prune_dialog import PruneDialog

C = "VolumesModel"
T = TypeVar("T")


def _ignore(_value: object) -> None:
    pass


COLUMNS: tuple[Column[Volume], ...] = (
    Column(QT_TRANSLATE_NOOP("VolumesModel", "Name"), lambda v: v.name, tooltip=lambda v: v.name),
    Column(QT_TRANSLATE_NOOP("VolumesModel", "Driver"), lambda v: v.driver),
    Column(
        QT_TRANSLATE_NOOP("VolumesModel", "Used by"),
        lambda v: (
            ", ".join(v.used_by)
            if v.used_by
            else QCoreApplication.translate("VolumesModel", "unused")
        ),
        lambda v: len(v.used_by),
    ),
    Column(
        QT_TRANSLATE_NOOP("VolumesModel", "Size"),
        lambda v: human_size(v.size) if v.size is not None else "",
        lambda v: v.size or -1,
    ),
    Column(
        QT_TRANSLATE_NOOP("VolumesModel", "Created"), lambda v: v.created[:19].replace("T", " ")
    ),
    Column(
        QT_TRANSLATE_NOOP("VolumesModel", "Mountpoint"),
        lambda v: v.mountpoint,
        tooltip=lambda v: v.mountpoint,
    ),
)
NAME, DRIVER, USED, SIZE, CREATED, MOUNTPOINT = range(len(COLUMNS))


class VolumesPanel(ListPanel[Volume]):
    resource = "volume"

    def __init__(self, context: AppContext) -> None:
        model: ColumnsModel[Volume] = ColumnsModel(
            C, COLUMNS, key=lambda v: v.name, muted=lambda v: not v.in_use
        )
        super().__init__(
            context,
            model,
            QCoreApplication.translate("VolumesPanel", "Filter by name, container…"),
            (260, 70, 200, 90, 140),
            MOUNTPOINT,
        )
        self.sizes: dict[str, int] = {}
        self.act_create = self.make_action(self.tr("Create…"), self.create_dialog, "mdi6.plus")
        self.act_remove = self.make_action(self.tr("Remove…"), self.remove_dialog, "mdi6.delete")
        self.act_browse = self.make_action(
            self.tr("Browse files"), self.browse_selected, "mdi6.folder-open"
        )
        self.act_sizes = self.make_action(
            self.tr("Compute sizes"), self.compute_sizes, "mdi6.harddisk"
        )
        self.act_prune = self.make_action(self.tr("Prune unused…"), self.prune_dialog, "mdi6.broom")
        self.add_actions(
            [
                self.act_create,
                self.act_remove,
                None,
                self.act_browse,
                self.act_sizes,
                None,
                self.act_prune,
            ]
        )
        self.view.doubleClicked.connect(lambda _i: self.browse_selected())
        self.browser_dialog: VolumeBrowserDialog | None = None  # the last one opened

    def fetch(self, api: DockerAPI) -> list[Volume]:
        return list_volumes(api, self.sizes)

    def update_count(self) -> None:
        items = self.model.items()
        unused = sum(1 for v in items if not v.in_use)
        self.count_label.setText(
            self.tr("%n volume(s)", "", len(items)) + self.tr(", {0} unused").format(unused)
        )

    def compute_sizes(self) -> None:
        engine = self.context.docker

        def done(sizes: dict[str, int]) -> None:
            self.sizes = sizes
            self.reload()

        self.call(
            self.tr("Volume sizes"),
            lambda: volume_sizes(engine.api),
            done,
            self.context.notifier.error,
        )

    def create_dialog(self) -> None:
        dialog = CreateVolumeDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_volume(dialog.name_edit.text(), dialog.labels())

    def add_volume(self, name: str, labels: dict[str, str] | None = None) -> Job:
        engine = self.context.docker
        return self.run_job(
            self.tr("Create volume {0}").format(name),
            lambda j: create_volume(j, engine.api, name, labels=labels),
            after=self.reload,
        )

    def remove_dialog(self) -> None:
        sel = self.selected()
        if not sel:
            return
        used = [v for v in sel if v.in_use]
        if used and len(used) == len(sel):
            QMessageBox.information(
                self,
                self.tr("Volumes in use"),
                self.tr("Kept: {0}\nRemove the containers using them first.").format(
                    "; ".join(f"{v.name} ({', '.join(v.used_by)})" for v in used)
                ),
            )
            return
        if confirm(
            self,
            self.tr("Remove volumes"),
            self.tr("Remove %n volume(s) and all their data?", "", len(sel))
            + "\n"
            + "\n".join(v.name for v in sel[:10]),
        ):
            self.remove(sel)

    def remove(self, volumes: list[Volume]) -> Job:
        engine, names = self.context.docker, [v.name for v in volumes]
        return self.run_job(
            self.tr("Remove %n volume(s)", "", len(names)),
            lambda j: remove_volumes(j, engine.api, names),
            after=self.reload,
        )

    def prune_dialog(self) -> None:
        engine = self.context.docker

        def show(p: PrunePreview) -> None:
            dialog = PruneDialog(p, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.run_job(
                    self.tr("Prune volumes"),
                    lambda j: prune(j, engine.api, "volumes"),
                    after=self.reload,
                )

        self.call(
            self.tr("Prune preview"),
            lambda: preview(engine.api, "volumes"),
            show,
            self.context.notifier.error,
        )

    def browse_selected(self) -> QDialog | None:
        sel = self.selected()
        if len(sel) != 1:
            return None
        dialog = VolumeBrowserDialog(self, sel[0].name)
        dialog.show()
        self.browser_dialog = dialog
        return dialog


class CreateVolumeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create volume"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("project-data")  # not translated: an example value
        self.labels_edit = QLineEdit()
        # not translated: an example value
        self.labels_edit.setPlaceholderText("team=ml, purpose=datasets")
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Labels"), self.labels_edit)
        layout.addLayout(form)
        self.error, buttons = add_footer(self, layout, self.tr("Create"))
        self.ok = buttons.button(buttons.StandardButton.Ok)
        self.name_edit.textChanged.connect(self._validate)
        self.labels_edit.textChanged.connect(self._validate)
        self._validate()

    def labels(self) -> dict[str, str]:
        out = {}
        for part in self.labels_edit.text().split(","):
            key, sep, value = part.partition("=")
            if part.strip():
                if not sep or not key.strip():
                    raise ValueError(part)
                out[key.strip()] = value.strip()
        return out

    def _validate(self) -> None:
        message = ""
        try:
            validate_name(self.name_edit.text())
        except EnvDockError as err:
            message = err.message + " " + err.hint if self.name_edit.text() else ""
            self.ok.setEnabled(False)
        else:
            self.ok.setEnabled(True)
        try:
            self.labels()
        except ValueError as exc:
            message = self.tr("Label {0!r} is not key=value").format(str(exc).strip())
            self.ok.setEnabled(False)
        self.error.setText(message)


class VolumeBrowserDialog(QDialog):
    """Read-only browsing: a never-started helper container mounts the volume read-only, on
    ``engine`` (default: the current one when the dialog opened) for the dialog's life."""

    def __init__(self, panel: VolumesPanel, volume: str, engine: Engine | None = None) -> None:
        super().__init__(panel)
        self.panel = panel
        self.engine = engine if engine is not None else panel.context.docker
        self.volume = volume
        self.browser: VolumeBrowser | None = None
        self.path = ""
        self.entries: list[Entry] = []
        self.preview_path = ""  # the file whose start the preview shows
        self._preview_key = f"volume preview {id(self)}"  # panel.latest: the newest answers
        title = self.tr("Volume {0} (read-only)").format(volume)
        keep_title(self, panel.context.engine, self.engine, title)
        self.resize(820, 520)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(self.go_up)
        bar.addWidget(self.up_button)
        self.path_label = QLabel("/")
        bar.addWidget(self.path_label, 1)
        layout.addLayout(bar)
        split = QSplitter()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Size"), self.tr("Modified")]
        )
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 80)
        self.table.setColumnWidth(2, 130)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._on_double_click)
        split.addWidget(self.table)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Double-click a file to see its start here."))
        split.addWidget(self.preview)
        split.setSizes([420, 380])
        layout.addWidget(split, 1)
        self.status = QLabel(self.tr("Opening…"))
        layout.addWidget(self.status)
        engine = self.engine
        self._call(lambda: VolumeBrowser(engine.api, volume), self._on_open)

    def _call(self, fn: Callable[[], T], done: Callable[[T], object]) -> None:
        """``fn`` in a worker; ``done`` on the GUI thread while this window exists."""
        self.panel.context.jobs.call(self.tr("Browse volume"), fn, done, self._on_error, owner=self)

    def _on_error(self, err: EnvDockError) -> None:
        self.status.setText(f"{err.message} {err.hint}".strip())

    def _on_open(self, browser: VolumeBrowser) -> None:
        self.browser = browser
        self.open_path("")

    def open_path(self, path: str) -> None:
        if self.browser is None:
            return
        browser = self.browser
        self.status.setText(self.tr("Reading…"))

        def done(entries: list[Entry]) -> None:
            if path != self.path:  # another folder: the previous file's text goes too
                self.panel.latest(self._preview_key, _ignore)  # a reading under way is dropped
                self.preview_path = ""
                self.preview.clear()
            self.path = path
            self.entries = entries
            self.path_label.setText("/" + path)
            self.up_button.setEnabled(bool(path))
            self.table.setRowCount(len(entries))
            for row, e in enumerate(entries):
                name = (
                    e.name
                    + ("/" if e.kind == "dir" else "")
                    + (f" → {e.target}" if e.target else "")
                )
                values = [
                    name,
                    human_size(e.size) if e.kind == "file" else "",
                    dt.datetime.fromtimestamp(e.mtime).strftime("%Y-%m-%d %H:%M"),
                ]
                for col, value in enumerate(values):
                    self.table.setItem(row, col, QTableWidgetItem(value))
            self.status.setText(self.tr("%n entry(ies)", "", len(entries)))

        self._call(lambda: browser.list_dir(path), done)

    def go_up(self) -> None:
        self.open_path(self.path.rsplit("/", 1)[0] if "/" in self.path else "")

    def _on_double_click(self, row: int, _col: int) -> None:
        if not 0 <= row < len(self.entries) or self.browser is None:
            return
        entry = self.entries[row]
        target = f"{self.path}/{entry.name}".lstrip("/")
        if entry.kind == "dir":
            self.open_path(target)
        elif entry.kind == "file":
            self.show_file(target)

    def show_file(self, path: str) -> None:
        browser = self.browser
        if browser is None:
            return

        def done(result: tuple[bytes, bool]) -> None:
            self.preview_path = path
            data, cut = result
            if b"\0" in data[:4096]:
                self.preview.setPlainText(self.tr("{0}: binary file").format(path))
            else:
                text = data.decode("utf-8", errors="replace")
                if cut:
                    text += "\n" + self.tr("[… only the first {0} shown]").format(
                        human_size(len(data))
                    )
                self.preview.setPlainText(text)

        # only the newest request answers: the user may have moved on (another file or folder)
        self._call(lambda: browser.read_file(path), self.panel.latest(self._preview_key, done))

    def done(self, result: int) -> None:  # closing: remove the helper container
        browser, self.browser = self.browser, None
        if browser is not None:
            self.panel.context.jobs.call(self.tr("Close volume"), browser.close)
        super().done(result)
